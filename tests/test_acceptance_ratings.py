"""Colleagues see people differently, through the real window on the 32-person Nordhavn account
(names in Norwegian, Japanese, Persian, Korean, Indonesian): a colleague (Ana Lima, another user id
on the same database) rated members yesterday; the user sets a stance in the inspector and an
influence in the committee table. Each sets the agreed value and keeps the user's own view; the
card gets a ± badge listing both views, the Assessment names the gap ("You and Ana Lima see …"),
selecting it shows the person on the map, and undo takes the user's view back with the edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.core.ratings import isolated
from consensus_app.operations import edits
from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.identity import Identity
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import Profile
from tests.acceptance_kit import commit_cell, covers, open_cell_editor, person_id, select, settle, undo
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("sqlite", "postgresql")
ANA = Identity.named("Ana Lima")


def _colleague_rates(db_url: str) -> dict[str, Any]:
    """Ana, on her own machine, gives her views of two members: a stance and an influence."""
    ana = open_workspace(db_url, actor=ANA)
    try:
        snapshot = ana.repos.accounts.snapshot(1)
        names = {s.id: s.name for s in snapshot.stakeholders}
        stance_seat, influence_seat = snapshot.committee[1][2], snapshot.committee[1][4]
        versions = Versions()
        versions.show(STAKEHOLDER, snapshot.stakeholders)
        versions.show(SEAT, snapshot.committee[1])
        ledger = Ledger(ana, versions, lambda conflict: pytest.fail(f"unexpected conflict: {conflict}"))
        for seat, change in ((stance_seat, {"stance": 2}), (influence_seat, {"influence": 5})):
            operation = edits.edit(ana.repos, SEAT, seat.id, "Change", **change)
            assert operation is not None
            operation.apply(ledger)
        return {
            "stance": names[stance_seat.stakeholder_id],
            "influence": names[influence_seat.stakeholder_id],
        }
    finally:
        ana.close()


@pytest.fixture
def rated(
    qtbot: QtBot, workspace: Workspace, db_url: str, settings: UiSettings
) -> tuple[MainWindow, dict[str, Any]]:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    names = _colleague_rates(db_url)
    return open_window(qtbot, workspace, settings), names


def _assessed(qtbot: QtBot, window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    panel = window.assessment
    qtbot.waitUntil(
        lambda: panel.assessment is not None and not panel.runner.busy and until(), timeout=30_000
    )


def _badge(window: MainWindow, name: str) -> str | None:
    """The tooltip of the ± badge on the person's card (None: no badge)."""
    badge = window.insights.rating_badges.badges.get(person_id(window, name))
    if badge is None or badge.scene() is None:
        return None
    assert badge.parentItem() is window.scene.node_item(person_id(window, name))  # on that card
    return badge.toolTip()


def _sentences(window: MainWindow) -> list[str]:
    box = window.assessment.disagreement_box
    if box.isHidden():
        return []
    return [box.list.item(i).text().replace("\n", " ") for i in range(box.list.count())]  # (two lines)


def _my_views(window: MainWindow) -> list[tuple[str, str]]:
    me = window.controller.workspace.identity.user_id
    return [(r.field, r.value) for r in window.controller.repos.ratings.for_account(1) if r.rater_id == me]


@covers("panel:assessment.colleagues")
def test_a_stance_set_in_the_inspector_keeps_my_view_and_the_map_and_assessment_name_the_gap(
    qtbot: QtBot, rated: tuple[MainWindow, dict[str, Any]]
) -> None:
    window, names = rated
    member = names["stance"]
    _assessed(qtbot, window)
    assert _sentences(window) == [] and _badge(window, member) is None  # Ana alone: no disagreement

    select(qtbot, window, member)
    inspector = window.inspector
    inspector.stance.setCurrentIndex(inspector.stance.findData(-1))  # as a person picks "−1 …"
    settle(window)
    _assessed(qtbot, window, lambda: bool(_sentences(window)))

    assert _my_views(window) == [("stance", "-1")]
    seat = next(n for n in window.controller.pursuit_map.nodes if n.name == member)  # type: ignore[union-attr]
    assert seat.stance == -1  # the agreed value: mine, the latest
    assert _sentences(window) == [f"You and Ana Lima see {isolated(member)} differently: stance −1 vs +2"]
    assert _badge(window, member) == (
        f"Colleagues see {isolated(member)} differently:\nStance: You −1 · Ana Lima +2 (agreed −1)"
    )
    assert window.insights.rating_badges.badges[person_id(window, member)].isVisible()
    # The inspector shows each view beside the agreed value it shows in its fields.
    assert inspector.colleague_views.text() == "Views on the team:\nStance: You −1 · Ana Lima +2"

    box = window.assessment.disagreement_box.list
    box.setCurrentRow(0)  # selecting the gap shows the person on the map
    assert window.scene._highlighted == {person_id(window, member)}

    assert undo(qtbot, window).replace("&", "") == f"Undo Change stance of {member}"
    settle(window)
    _assessed(qtbot, window, lambda: not _sentences(window))
    assert _my_views(window) == []
    assert _badge(window, member) is None
    assert window.controller.repos.committee.get(seat.member_id).stance == 2  # Ana's value, agreed again


def test_an_influence_set_in_the_committee_table_keeps_my_view_too(
    qtbot: QtBot, rated: tuple[MainWindow, dict[str, Any]]
) -> None:
    window, names = rated
    member = names["influence"]
    _assessed(qtbot, window)
    editor = open_cell_editor(window, member, C.INFLUENCE)
    assert isinstance(editor, QSpinBox)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2")
    commit_cell(qtbot, window, editor)
    settle(window)
    _assessed(qtbot, window, lambda: bool(_sentences(window)))

    assert _my_views(window) == [("influence", "2")]
    # (a Persian name stays one run in the left-to-right sentence)
    assert _sentences(window) == [f"You and Ana Lima see {isolated(member)} differently: influence 2 vs 5"]
    assert "Influence: You 2 · Ana Lima 5 (agreed 2)" in (_badge(window, member) or "")


def test_a_profile_set_in_the_inspector_is_my_view_of_the_person_on_every_pursuit(
    qtbot: QtBot, rated: tuple[MainWindow, dict[str, Any]]
) -> None:
    window, names = rated
    member = names["stance"]
    _assessed(qtbot, window)
    select(qtbot, window, member)
    inspector = window.inspector
    assert inspector.colleague_views.text() == "Views on the team:\nStance: Ana Lima +2"
    inspector.profile.setCurrentIndex(inspector.profile.findData(Profile.SKEPTIC))
    settle(window)

    def mine() -> list[tuple[str, str, int | None]]:
        ratings = window.controller.repos.ratings.for_account(1)
        return [(r.field, r.value, r.pursuit_id) for r in ratings if r.rater_id != ANA.user_id]

    qtbot.waitUntil(lambda: mine() == [("profile", "skeptic", None)], timeout=10_000)  # the person's own
    # My view alone is what the Profile field shows: it is not repeated as a colleague's view.
    assert inspector.colleague_views.text() == "Views on the team:\nStance: Ana Lima +2"
    undo(qtbot, window)
    settle(window)
    qtbot.waitUntil(lambda: mine() == [], timeout=10_000)
    assert inspector.profile.currentData() != Profile.SKEPTIC
    assert {r.rater_id for r in window.controller.repos.ratings.for_account(1)} == {ANA.user_id}  # mine went
