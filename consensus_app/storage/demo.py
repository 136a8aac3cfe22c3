"""The built-in demo workspace: three accounts shipped as an interchange file."""

from __future__ import annotations

from pathlib import Path

from consensus_app.core.interchange import load_document
from consensus_app.resources import DEMO_WORKSPACE, resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace


def create_demo_workspace(database: Path, actor: str | None = None) -> Workspace:
    """A new SQLite workspace at `database` holding a fresh copy of the demo accounts."""
    workspace = open_workspace(str(database), actor=actor)
    import_document(workspace, load_document(resource_path(*DEMO_WORKSPACE)), source="the demo workspace")
    return workspace
