"""The review brief names CHAMPION_LEFT with its advice when a supportive mobilizer left: a
40-person account (names in five scripts), with the finding's research."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.operations.leavers import mark_left
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from models import Profile
from tests.large_accounts import account_document, member_indexes, person_name
from tests.test_brief import POPPLER, page_texts

pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) is not installed")
CHAMPION = person_name(member_indexes(40, 14)[2])


def test_the_brief_says_a_champion_left_and_what_to_do(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(account_document(40, 14)))
    people = {p.name: p.id for p in workspace.repos.stakeholders.for_account(1)}
    seat = next(m for m in workspace.repos.committee.for_pursuit(1) if m.stakeholder_id == people[CHAMPION])
    workspace.repos.stakeholders.update(people[CHAMPION], profile=Profile.GO_GETTER)
    workspace.repos.committee.update(seat.id, stance=2)
    leaving = mark_left(workspace.repos, people[CHAMPION], date.today() - timedelta(days=3))
    assert leaving is not None
    leaving.apply(Ledger(workspace, Versions(), lambda _conflict: True))

    pdf = write_brief(workspace, 1, tmp_path / "brief.pdf")
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    # Critical: she also signed off, so her seat's approval must be won again from whoever steps in.
    assert f"CRITICAL A champion has left Left the company: {CHAMPION} (champion, left" in text
    assert "Mobilizers — not the easy-to-reach talkers — are the ones who build consensus" in text
    assert "Retell the shared view of the problem" in text
