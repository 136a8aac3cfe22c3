"""The brief's findings show what DIVERGENT_PRIORITIES compared, compactly: each pair, why they
count as apart, and a few statements per side in the speakers' own words, naming who said them."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from tests.acceptance_kit import nordlys  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed"
)


def test_the_brief_names_the_statements_its_divergent_finding_compared(
    qapp: QApplication, nordlys: Workspace, tmp_path: Path
) -> None:
    pursuit_id = next(p.id for p in nordlys.repos.pursuits.list_where())
    pdf = write_brief(nordlys, pursuit_id, tmp_path / "brief.pdf", today=date(2026, 12, 7))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    marks = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))  # direction marks
    page = unicodedata.normalize(
        "NFKC", next(p for p in text.split("\f") if "No priority theme in common" in p)
    )
    flat = " ".join(page.translate(marks).split())
    assert "Compared Finance and IT (both sign off)" in flat
    assert "Øystein Bråten, Finance: “Hold opex flat through 2027”" in flat
    assert "No theme its members agree on holds statements of both" in flat or "Neither" in flat
    assert "Compared Finance and Legal (both sign off)" in flat
