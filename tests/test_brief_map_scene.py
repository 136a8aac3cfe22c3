"""A brief whose map runs over several pages gathers the map's drawing once for all of them (a
500-person map took seconds per page to build again), without the window's scene of items, and
every page still shows its part."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import map_pages as brief_map_pages
from consensus_app.ui.exports.brief import write_brief
from consensus_app.ui.map.scene import MapScene
from tests.large_accounts import ACCOUNT_120, account_document

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


def test_the_map_pages_share_one_drawing(
    qapp: QApplication, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_120)))
    pursuit = workspace.repos.pursuits.list_where()[0].id
    builds: list[int] = []
    drawings: list[int] = []
    original = MapScene.set_map
    original_drawing = brief_map_pages.map_drawing

    def counted(scene: MapScene, *args: object, **kwargs: object) -> None:
        builds.append(1)
        original(scene, *args, **kwargs)  # type: ignore[arg-type]

    def counted_drawing(*args: object) -> object:
        drawings.append(1)
        return original_drawing(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(MapScene, "set_map", counted)
    monkeypatch.setattr(brief_map_pages, "map_drawing", counted_drawing)
    pdf = write_brief(workspace, pursuit, tmp_path / "brief.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    map_pages = [page for page in text.stdout.split("\f") if "committee view:" in page]
    assert len(map_pages) == 4
    assert all(f"part {n} of 4" in page for n, page in enumerate(map_pages, 1))
    assert all(len(page.split()) > 40 for page in map_pages)  # each part has its cards' names
    assert len(drawings) == 1  # measured for the tiling and drawn on all four pages
    assert not builds  # no scene of items: a printed page is drawn at full detail
