"""The brief's "What changed" for a busy month: names not ids, one line per import, about two pages."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.exports.brief import write_brief
from tests.test_change_notes import crew_document

POPPLER = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    # NFKC: pdftotext reads some CJK glyphs back as their compatibility forms (⽥ for 田).
    return [
        unicodedata.normalize("NFKC", " ".join(page.split()))
        for page in out.stdout.split("\f")
        if page.strip()
    ]


def test_a_busy_month_reads_as_notes_on_about_two_pages(
    qapp: QApplication, db_url: str, tmp_path: Path
) -> None:
    with open_workspace(db_url, actor="Ingrid Solberg") as ingrid:
        import_document(ingrid, check_document(crew_document(120)), source="nordlys.json")
        people = {s.name: s.id for s in ingrid.repos.stakeholders.list_where()}
        account = ingrid.repos.accounts.list()[0].id
        with ingrid.write():  # a contact-list import: 32 new people under the CEO
            for n in range(32):
                person = ingrid.repos.stakeholders.create(account_id=account, name=f"Ny kollega {n}")
                ingrid.repos.stakeholders.update(person.id, reports_to_id=people["Ingrid Solberg"])
        ingrid.repos.stakeholders.update(people["田中 美咲 3"], reports_to_id=people["Dewi Kusumawati 2"])
        seat = next(m for m in ingrid.repos.committee.list_where() if m.stakeholder_id == people["김민준 7"])
        ingrid.repos.committee.update(seat.id, stance=2)
    for author in ("Øystein Håland", "مریم رضایی", "이서연"):  # 150 small edits by three colleagues
        with open_workspace(db_url, actor=author) as colleague:
            for n in range(50):
                colleague.repos.stakeholders.update(n % 100 + 10, phone=f"+47 {n:04} {len(author)}")
    with open_workspace(db_url, actor="Ingrid Solberg") as ws:
        pdf = write_brief(ws, 1, tmp_path / "brief.pdf", since=date.today() - timedelta(days=30))
    texts = page_texts(pdf)
    first = next(i for i, t in enumerate(texts) if "What changed since" in t)
    changes = " ".join(texts[first:])
    assert len(texts) - first <= 2, f"the changes take {len(texts) - first} pages"
    assert "Imported account Nordlys Shipping ASA from nordlys.json" in changes
    assert "Added 32 people and set 32 reporting lines" in changes
    assert "田中 美咲 3 now reports to Dewi Kusumawati 2" in changes
    assert "김민준 7: stance neutral → advocate" in changes
    assert "Ingrid Solberg" in changes  # the author, above her notes
    assert "reports_to_id" not in changes and "reports to id" not in changes
    # Ingrid's four operations are all there; the colleagues' phone edits are counted, not listed.
    assert "And 150 smaller edits by 3 people." in changes and "phone" not in changes
