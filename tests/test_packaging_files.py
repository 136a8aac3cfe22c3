"""The installers' own files agree with each other and with the app (the builds themselves run in
.ci/run, packaging/smoke_test_linux.sh, and in .github/workflows/release.yml)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from consensus_app import __version__
from consensus_app.resources import DEMO_WORKSPACE, INTERCHANGE_SCHEMA

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_the_menu_entry_starts_the_installed_command_with_the_installed_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "consensus-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Consensus"
    build = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    command = desktop["Exec"].split()[0]
    assert f'ln -s /opt/consensus/consensus-app "$root/usr/bin/{command}"' in build
    assert f"apps/{desktop['Icon']}.svg" in build and f"apps/{desktop['Icon']}.png" in build


def test_the_bundle_carries_the_resources_where_the_app_looks_for_them() -> None:
    spec = (PACKAGING / "consensus.spec").read_text(encoding="utf-8")
    # resources.py looks for consensus_app/resources first (as in the wheel).
    assert '(str(ROOT / "resources"), "consensus_app/resources")' in spec
    for parts in (DEMO_WORKSPACE, INTERCHANGE_SCHEMA, ("icons", "consensus.svg")):
        assert (ROOT / "resources").joinpath(*parts).is_file()
    assert '"consensus_app/storage/migrations"' in spec  # Alembic reads its scripts as files


def test_every_file_the_release_workflow_uses_exists() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"packaging[/\\][\w./\\-]+\.(?:sh|spec|py|txt|iss|plist)", workflow))
    assert {"packaging/consensus.spec", "packaging/build_linux.sh", "packaging/smoke_test_linux.sh"} <= used
    for path in used:
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    # The version the packages are named with is the app's (Help ▸ About shows the same).
    assert "consensus_app/__init__.py" in workflow and re.fullmatch(r"\d+\.\d+\.\d+", __version__)
