"""Marking someone as having left, without Qt, on both engines: the person row stays with the day,
their history and seats are kept, the committees lose them, the assessment raises CHAMPION_LEFT,
and undo puts them back on the very same seats (ids, roles, stances)."""

from __future__ import annotations

from datetime import date

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.journey import move_stage
from consensus_app.operations.leavers import mark_left, mark_many_left
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from models import BuyingStage, Profile
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")
LEFT_ON = date(2026, 12, 1)
TODAY = date(2026, 12, 7)


@pytest.fixture
def nordhavn(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    return workspace


def _ledger(ws: Workspace) -> Ledger:
    versions = Versions()
    snapshot = ws.repos.accounts.snapshot(1)
    versions.show(STAKEHOLDER, snapshot.stakeholders)
    versions.show(SEAT, snapshot.committee[1])
    return Ledger(ws, versions, lambda conflict: pytest.fail(f"unexpected conflict: {conflict}"))


def _champion(ws: Workspace) -> tuple[int, int]:
    """The committee's first member made a supportive go-getter: (seat id, stakeholder id)."""
    seat = ws.repos.accounts.snapshot(1).committee[1][0]
    ws.repos.stakeholders.update(seat.stakeholder_id, profile=Profile.GO_GETTER)
    ws.repos.committee.update(seat.id, stance=2, influence=5)
    return seat.id, seat.stakeholder_id


def _codes(ws: Workspace) -> dict[str, tuple[int, ...]]:
    pursuit_map = build_pursuit_map(ws.repos.accounts.snapshot(1), 1)
    return {f.code: f.stakeholders for f in assess(pursuit_map, TODAY).findings}


def test_a_champion_who_left_keeps_their_row_and_history_leaves_the_committee_and_undo_seats_them_again(
    nordhavn: Workspace,
) -> None:
    seat_id, person_id = _champion(nordhavn)
    ledger = _ledger(nordhavn)
    move = move_stage(
        nordhavn.repos, seat_id, "move", BuyingStage.SUPPLIER_SELECTION, note="Demo", day=LEFT_ON
    )
    assert move is not None
    move.apply(ledger)
    seat_before = nordhavn.repos.committee.get(seat_id)
    assert "CHAMPION_LEFT" not in _codes(nordhavn)

    leaving = mark_left(nordhavn.repos, person_id, LEFT_ON)
    assert leaving is not None and leaving.text.startswith("Mark ") and "left the company" in leaving.text
    leaving.apply(ledger)

    person = nordhavn.repos.stakeholders.get(person_id)
    assert person.left_on == LEFT_ON and person.name  # the row stays, flagged
    assert [m.stakeholder_id for m in nordhavn.repos.committee.for_pursuit(1)].count(person_id) == 0
    kept = nordhavn.repos.former_seats.of_person(person_id)
    assert [(s.pursuit_id, s.role, s.stance, s.influence, s.left_on) for s in kept] == [
        (1, seat_before.role, 2, 5, LEFT_ON)
    ]
    assert [m.stakeholder_id for m in nordhavn.repos.journey.moves(1)] == [person_id]  # history kept
    codes = _codes(nordhavn)
    assert codes["CHAMPION_LEFT"] == (person_id,)
    assert all(person_id not in who for code, who in codes.items() if code != "CHAMPION_LEFT")
    assert mark_left(nordhavn.repos, person_id) is None  # already marked: nothing to undo

    leaving.revert(ledger)
    again = nordhavn.repos.committee.get(seat_id)
    assert again.model_dump(exclude={"version"}) == seat_before.model_dump(exclude={"version"})
    assert nordhavn.repos.stakeholders.get(person_id).left_on is None
    assert nordhavn.repos.former_seats.of_person(person_id) == []
    assert "CHAMPION_LEFT" not in _codes(nordhavn)

    leaving.apply(ledger)  # redo: the same kept seat comes back
    assert [s.id for s in nordhavn.repos.former_seats.of_person(person_id)] == [kept[0].id]
    assert "CHAMPION_LEFT" in _codes(nordhavn)


def test_someone_off_every_committee_leaves_with_no_seat_kept_and_several_leave_as_one_undo(
    nordhavn: Workspace,
) -> None:
    seated = {m.stakeholder_id for m in nordhavn.repos.committee.for_pursuit(1)}
    outside = [p.id for p in nordhavn.repos.stakeholders.for_account(1) if p.id not in seated][:2]
    inside = sorted(seated)[:2]
    ledger = _ledger(nordhavn)
    both = mark_many_left(nordhavn.repos, [*outside, *inside], LEFT_ON)
    assert both is not None and both.text == "Mark 4 people as left the company"
    both.apply(ledger)
    assert {p.id for p in nordhavn.repos.stakeholders.for_account(1) if p.left_on == LEFT_ON} == {
        *outside,
        *inside,
    }
    assert {s.stakeholder_id for s in nordhavn.repos.former_seats.of_pursuit(1)} == set(inside)
    assert len(nordhavn.repos.committee.for_pursuit(1)) == len(seated) - 2
    both.revert(ledger)
    assert {m.stakeholder_id for m in nordhavn.repos.committee.for_pursuit(1)} == seated
    assert not any(p.left_on for p in nordhavn.repos.stakeholders.for_account(1))


def test_deleting_a_person_who_left_takes_their_kept_seats_along(nordhavn: Workspace) -> None:
    _seat_id, person_id = _champion(nordhavn)
    leaving = mark_left(nordhavn.repos, person_id, LEFT_ON)
    assert leaving is not None
    leaving.apply(_ledger(nordhavn))
    nordhavn.repos.stakeholders.delete(person_id)
    assert nordhavn.repos.former_seats.of_pursuit(1) == []
    assert "CHAMPION_LEFT" not in _codes(nordhavn)


def test_deleting_a_person_who_left_and_undoing_brings_their_kept_seats_back(nordhavn: Workspace) -> None:
    from consensus_app.operations.edits import delete_items

    _seat_id, person_id = _champion(nordhavn)
    ledger = _ledger(nordhavn)
    leaving = mark_left(nordhavn.repos, person_id, LEFT_ON)
    assert leaving is not None
    leaving.apply(ledger)
    kept = nordhavn.repos.former_seats.of_person(person_id)
    deleting = delete_items([person_id], [])
    assert deleting is not None
    deleting.apply(ledger)
    assert nordhavn.repos.former_seats.of_pursuit(1) == []
    deleting.revert(ledger)
    assert nordhavn.repos.former_seats.of_person(person_id) == kept
    assert nordhavn.repos.stakeholders.get(person_id).left_on == LEFT_ON
    assert _codes(nordhavn)["CHAMPION_LEFT"] == (person_id,)
