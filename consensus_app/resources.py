"""The one way to find files in `resources/`, from a source checkout or an installed wheel.

In a checkout (and an editable install) they sit beside the packages in `resources/`;
the wheel ships them inside the package as `consensus_app/resources/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    bundled = _PACKAGE_DIR / "resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. `resource_path("schema", "consensus-map.v2.schema.json")`."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource not found: {'/'.join(parts)} (looked in {path.parent})")
    return path


DEMO_WORKSPACE = ("demo_workspace.json",)
INTERCHANGE_SCHEMA = ("schema", "consensus-map.v2.schema.json")
