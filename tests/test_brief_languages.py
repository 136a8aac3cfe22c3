"""The brief's Drafted messages page in Persian and Japanese, read back from the PDF with poppler.

The committees are those of test_messaging_languages.py, imported as a user's file would be.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from models import BuyingStage
from tests.test_messaging_languages import COMMITTEES

POPPLER = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")


def committee_document(language: str, stage: BuyingStage) -> dict[str, Any]:
    pursuit_map, priorities, _, _ = COMMITTEES[language]
    people = [
        {
            "id": f"s-{n.stakeholder_id}",
            "name": n.name,
            "function": n.function.value,
            "profile": n.profile.value,
        }
        | ({"language": n.language} if n.language else {})
        for n in pursuit_map.nodes
    ]
    said = [
        {"id": f"p-{p.id}", "stakeholder": f"s-{p.stakeholder_id}", "text": p.text, "kind": p.kind.value}
        | {"importance": p.importance}
        for p in priorities
    ]
    committee = [
        {"id": f"m-{n.stakeholder_id}", "stakeholder": f"s-{n.stakeholder_id}", "approver": n.approver}
        | {"stance": n.stance, "influence": n.influence}
        for n in pursuit_map.members()
    ]
    account, pursuit = pursuit_map.title.split(" — ")
    pursuits = [{"id": "opp-1", "name": pursuit, "stage": stage.value, "committee": committee}]
    accounts = [{"id": f"acc-{language}", "name": account, "stakeholders": people, "priorities": said}]
    accounts[0]["pursuits"] = pursuits
    return {"format": "consensus-map", "version": 1, "accounts": accounts}


def messages_page(workspace: Workspace, tmp_path: Path, language: str, stage: BuyingStage) -> list[str]:
    """The lines of the Drafted messages page as pdftotext lays them out (indentation kept)."""
    import_document(workspace, check_document(committee_document(language, stage)))
    pursuit_id = next(p.id for p in workspace.repos.pursuits.list_where())
    pdf = write_brief(workspace, pursuit_id, tmp_path / "brief.pdf", today=date(2026, 12, 7))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    page = next(p for p in text.split("\f") if "Drafted messages" in p and "Brings together" in p)
    marks = dict.fromkeys(map(ord, "\u202a\u202b\u202c"))  # pdftotext's direction marks
    return [unicodedata.normalize("NFKC", line).translate(marks) for line in page.splitlines()]


def test_a_persian_committees_drafts_read_right_to_left_in_the_brief(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    lines = messages_page(workspace, tmp_path, "fa", BuyingStage.SUPPLIER_SELECTION)
    assert any("همکاران" in line for line in lines)  # the Persian templates, not the English ones
    label = next(line for line in lines if "Brings together" in line)
    closing = next(line for line in lines if "بایستند" in line)  # a one-line Persian sentence
    indent = len(label) - len(label.lstrip())
    # Right-aligned: the short sentence starts far from the left margin the seller's label uses.
    assert len(closing) - len(closing.lstrip()) > indent + 30


def test_a_japanese_committees_drafts_are_japanese_in_the_brief(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    lines = messages_page(workspace, tmp_path, "ja", BuyingStage.SOLUTION_IDENTIFICATION)
    body = "\n".join(lines)
    assert "次のステップのご提案" in body and "皆さま" in body
    assert "Suggested next step" not in body and "「" in body


def test_the_drafts_language_the_seller_chose_writes_the_briefs_drafts(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    """A Japanese committee's drafts, written in English because the seller chose it in the
    Messages tab (`drafts_language`; `export --drafts-language en`)."""
    import_document(workspace, check_document(committee_document("ja", BuyingStage.SOLUTION_IDENTIFICATION)))
    pursuit_id = next(p.id for p in workspace.repos.pursuits.list_where())
    pdf = write_brief(
        workspace, pursuit_id, tmp_path / "brief.pdf", today=date(2026, 12, 7), drafts_language="en"
    )
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    page = next(p for p in text.split("\f") if "Drafted messages" in p and "Brings together" in p)
    assert "Suggested next step" in page and "次のステップのご提案" not in page


def test_export_refuses_a_drafts_language_with_no_templates(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from consensus_app.cli import main

    import_document(workspace, check_document(committee_document("ja", BuyingStage.SOLUTION_IDENTIFICATION)))
    out = tmp_path / "brief.pdf"
    args = [
        "export",
        "--db",
        str(workspace.url),
        "--format",
        "brief",
        "--drafts-language",
        "xx",
        "-o",
        str(out),
    ]
    assert main(args) != 0
    assert "--drafts-language xx: drafts are written in en, fa, id, ja, ko" in capsys.readouterr().err
    assert not out.exists()
