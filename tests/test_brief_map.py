"""The brief's map reads on paper: the committee view, names at least 7 pt, split over pages if need be."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from consensus_app.ui.exports.brief.map_pages import NAME_PT, PX_PER_PT, tiling
from consensus_app.ui.map.card import fonts
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120, account_document, member_keys

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")


@pytest.mark.parametrize(("account", "pages"), [(ACCOUNT_32, 1), (ACCOUNT_120, 4)])
def test_the_map_pages_show_the_committee_view_with_every_member_named(
    qapp: QApplication, workspace: Workspace, tmp_path: Path, account: tuple[int, int], pages: int
) -> None:
    document = account_document(*account)
    import_document(workspace, check_document(document))
    pursuit = workspace.repos.pursuits.list_where()[0].id
    texts = page_texts(write_brief(workspace, pursuit, tmp_path / "brief.pdf"))
    map_pages = [t for t in texts if "committee view:" in t]
    assert len(map_pages) == pages
    if pages > 1:
        assert all(f"part {n} of {pages}" in page for n, page in enumerate(map_pages, 1))
    words = " ".join(" ".join(map_pages).split())
    people = {p["id"]: p["name"] for p in document["accounts"][0]["stakeholders"]}
    for key in member_keys(*account):
        # Each word of every member's name is printed whole (names wrap at spaces, never cut).
        assert all(word in words for word in people[key].split() if word.isascii()), people[key]
    hidden = [name for name in people.values() if name.isascii() and " ".join(name.split()) not in words]
    assert hidden  # not everyone: the people who link no members are left out


def test_names_are_at_least_7_pt_on_a_landscape_page_however_large_the_map() -> None:
    page = QSizeF(1123, 732)  # A4 landscape, CSS pixels, above the footer
    for width, height in [(900, 500), (2100, 1260), (3000, 1800)]:
        cut = tiling(QRectF(0, 0, width, height), page)
        assert fonts()[0][0].pixelSize() * cut.scale >= NAME_PT * PX_PER_PT - 1e-6
        assert NAME_PT >= 7
    assert tiling(QRectF(0, 0, 900, 500), page).count == 1
    assert tiling(QRectF(0, 0, 2100, 1260), page).count > 1


def test_a_map_export_shows_the_committee_view_too(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    from consensus_app.exporters.map_source import load_map_source
    from consensus_app.ui.exports.map_image import write_map_image

    document = account_document(*ACCOUNT_120)
    import_document(workspace, check_document(document))
    pursuit = workspace.repos.pursuits.list_where()[0].id
    svg = write_map_image(load_map_source(workspace, pursuit), tmp_path / "map.svg", "svg").read_text("utf-8")
    people = {p["id"]: p["name"] for p in document["accounts"][0]["stakeholders"]}
    members = {people[key] for key in member_keys(*ACCOUNT_120)}
    assert all(name.split()[0] in svg for name in members if name.isascii())
    assert "25 on the committee" in svg and "120 people" not in svg  # the subtitle counts who is drawn
