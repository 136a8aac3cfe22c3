"""The internal review brief names where colleagues see people differently (four raters on the
32-person account): the largest gap in words, each colleague's view and the agreed value; the
buyer-safe brief leaves it out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from tests.rater_views import rated_document
from tests.test_brief import POPPLER, page_texts

pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) is not installed")


def test_the_brief_names_the_largest_disagreements(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(rated_document()))
    text = " ".join(
        " ".join(page.split()) for page in page_texts(write_brief(workspace, 1, tmp_path / "b.pdf"))
    )
    section = text.split("Where colleagues see people differently")[-1]  # (after the contents)
    # Two gaps of the largest size: the more influential person first.
    assert section.startswith(
        " Ana Lima and 김지우 see Takeshi Yamamoto differently: profile Teacher vs Blocker."
    )
    assert "Øystein Kristiansen" in section and "Teacher · 김지우 Blocker" in section
    assert "The score uses the agreed value" in section
    assert "Ingrid Sæther −2 · رضا احمدی" in section and "김지우 −2 · Ana" in section  # each colleague's view
