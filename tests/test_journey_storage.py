"""Each member's buying-stage history and the pursuit's kept readiness, without Qt, on both
engines: a move lands with its history row and undoes whole; the history survives edits, a
seat given up and taken again, a person deleted and brought back; readings are one a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.core.readiness import reading_of, since_review, since_review_lines, trend
from consensus_app.operations import edits
from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.journey import JOURNEY_STEP, move_stage
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.readiness import keep_reading, readings
from consensus_app.storage.workspace import Workspace
from models import BuyingStage
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")
PROBLEM, SOLUTION, SUPPLIER = BuyingStage


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


def _members(ws: Workspace) -> list[tuple[int, int, str]]:
    """(member id, stakeholder id, name) of the pursuit's committee."""
    names = {p.id: p.name for p in ws.repos.stakeholders.for_account(1)}
    return [
        (m.id, m.stakeholder_id, names[m.stakeholder_id]) for m in ws.repos.accounts.snapshot(1).committee[1]
    ]


def test_a_move_keeps_the_stage_before_it_and_a_dated_note_and_undoes_whole(nordhavn: Workspace) -> None:
    ledger = _ledger(nordhavn)
    member, person, name = _members(nordhavn)[0]
    first = move_stage(nordhavn.repos, member, f"Move {name}", SUPPLIER, day=date(2026, 11, 2))
    assert first is not None
    first.apply(ledger)
    back = move_stage(
        nordhavn.repos, member, "back", SOLUTION, note="Ny sikkerhetsrevisjon", day=date(2026, 12, 1)
    )
    assert back is not None
    changed = back.apply(ledger)
    seat = nordhavn.repos.committee.get(member)
    assert (seat.journey_stage, seat.journey_from, seat.journey_since) == (
        SOLUTION,
        SUPPLIER,
        date(2026, 12, 1),
    )
    moves = nordhavn.repos.journey.moves(1)
    assert [(m.stakeholder_id, m.from_stage, m.to_stage, m.note) for m in moves] == [
        (person, None, SUPPLIER, None),
        (person, SUPPLIER, SOLUTION, "Ny sikkerhetsrevisjon"),
    ]
    assert any(kind == JOURNEY_STEP for kind, _ in changed.records)
    # The assessment reads the loop from the seat alone.
    pursuit_map = build_pursuit_map(nordhavn.repos.accounts.snapshot(1), 1)
    looping = [f for f in assess(pursuit_map, date(2026, 12, 3)).findings if f.code == "LOOPING"]
    assert [f.stakeholders for f in looping] == [(person,)]

    back.revert(ledger)
    seat = nordhavn.repos.committee.get(member)
    assert (seat.journey_stage, seat.journey_from) == (SUPPLIER, None)
    assert len(nordhavn.repos.journey.moves(1)) == 1
    back.apply(ledger)  # redo: the same row comes back
    assert [m.note for m in nordhavn.repos.journey.moves(1)] == [None, "Ny sikkerhetsrevisjon"]
    assert move_stage(nordhavn.repos, member, "again", SOLUTION) is None  # already there: no step


def test_the_committee_tables_edit_of_a_stage_is_a_move_too(nordhavn: Workspace) -> None:
    member, person, _ = _members(nordhavn)[1]
    operation = edits.edit(nordhavn.repos, SEAT, member, "Change journey stage", journey_stage=SOLUTION)
    assert operation is not None
    operation.apply(_ledger(nordhavn))
    [move] = nordhavn.repos.journey.moves(1)
    assert (move.stakeholder_id, move.to_stage, move.day) == (person, SOLUTION, date.today())
    # An edit of another field leaves the history alone.
    other = edits.edit(nordhavn.repos, SEAT, member, "Change stance", stance=2)
    assert other is not None
    other.apply(_ledger(nordhavn))
    assert len(nordhavn.repos.journey.moves(1)) == 1


def test_history_survives_leaving_the_committee_and_a_deleted_person_brought_back(
    nordhavn: Workspace,
) -> None:
    ledger = _ledger(nordhavn)
    member, person, name = _members(nordhavn)[2]
    for stage in (SOLUTION, SUPPLIER):
        operation = move_stage(nordhavn.repos, member, "move", stage)
        assert operation is not None
        operation.apply(ledger)
    unseat = edits.unseat(member, name)
    unseat.apply(ledger)
    assert len(nordhavn.repos.journey.moves(1)) == 2  # the history is the person's, not the seat's
    edits.seat(1, person, name).apply(ledger)
    delete = edits.delete_items([person], [])
    assert delete is not None
    delete.apply(ledger)
    assert nordhavn.repos.journey.moves(1) == []
    delete.revert(ledger)
    assert [m.to_stage for m in nordhavn.repos.journey.moves(1)] == [SOLUTION, SUPPLIER]


def _reading(ws: Workspace, when: datetime, reviewed: bool = False):  # type: ignore[no-untyped-def]
    pursuit_map = build_pursuit_map(ws.repos.accounts.snapshot(1), 1)
    return reading_of(assess(pursuit_map, when.date()), pursuit_map, when, reviewed)


def test_readings_are_one_a_day_updated_through_it_and_reviews_are_kept_beside_them(
    nordhavn: Workspace,
) -> None:
    monday = datetime(2026, 11, 30, 9, tzinfo=UTC)
    keep_reading(nordhavn, 1, _reading(nordhavn, monday))
    keep_reading(nordhavn, 1, _reading(nordhavn, monday, reviewed=True))
    keep_reading(nordhavn, 1, _reading(nordhavn, monday + timedelta(hours=5)))  # the day's own, updated
    # The week after, the CFO-level approvers move back to problem definition at supplier selection.
    ledger = _ledger(nordhavn)
    nordhavn.repos.pursuits.update(1, stage=SUPPLIER)
    approvers = [m for m in nordhavn.repos.accounts.snapshot(1).committee[1] if m.approver]
    assert approvers, "the 32-person account has approvers"
    for seat in approvers:
        operation = move_stage(nordhavn.repos, seat.id, "move", PROBLEM)
        assert operation is not None
        operation.apply(ledger)
    later = datetime(2026, 12, 7, 10, tzinfo=UTC)
    now = _reading(nordhavn, later)
    keep_reading(nordhavn, 1, now)

    kept = readings(nordhavn, 1)
    assert [(r.day, r.reviewed) for r in kept] == [
        (monday.date(), True),
        (monday.date(), False),
        (later.date(), False),
    ]
    assert kept[1].taken_at == monday + timedelta(hours=5)
    assert kept[2] == now  # everything read back as written (names in four scripts included)
    assert [day for day, _ in trend(kept)] == [monday.date(), later.date()]

    change = since_review(kept, now)
    assert change is not None and change.reviewed_on == monday.date()
    assert change.delta is not None and change.delta < 0
    assert "JOURNEY_LAG" in {f.code for f in change.raised}
    assert {m.stakeholder_id for m in change.moved} == {seat.stakeholder_id for seat in approvers}
    lines = since_review_lines(change)
    assert lines[0].startswith(f"Score {change.score_then} → {change.score_now} ({change.delta:+d})")
    assert any(line.startswith("New: Some buyers are behind (") for line in lines)  # by its title


def test_a_fresh_crm_export_updates_people_and_keeps_their_journey(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from consensus_app.core.people_import.mapping import guess_mapping
    from consensus_app.core.people_import.planning import plan_import
    from consensus_app.core.people_import.reading import read_table
    from consensus_app.storage.people_import import apply_plan, people_at
    from tests.test_people_import import SALESFORCE

    def crm_import(text: str, name: str) -> None:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        table = read_table(path)
        plan = plan_import(table, guess_mapping(table.headers), people_at(workspace, account), "email")
        assert plan.ok
        apply_plan(workspace, account, plan)

    account = workspace.repos.accounts.create(name="Acme Corp", key="acme").id
    crm_import(SALESFORCE, "contacts.csv")
    pursuit = workspace.repos.pursuits.create(account_id=account, name="Plant visibility").id
    people = {p.name: p.id for p in workspace.repos.stakeholders.for_account(account)}
    seat = workspace.repos.committee.create(pursuit_id=pursuit, stakeholder_id=people["Lee Park"])
    ledger = Ledger(workspace, Versions(), lambda conflict: pytest.fail(f"unexpected conflict: {conflict}"))
    for stage in (SUPPLIER, PROBLEM):
        operation = move_stage(workspace.repos, seat.id, "move", stage, note="CFO changed")
        assert operation is not None
        operation.apply(ledger)

    crm_import(SALESFORCE.replace("Lee,Park,CFO", "Lee,Park,Chief Financial Officer"), "again.csv")
    assert workspace.repos.stakeholders.get(people["Lee Park"]).title == "Chief Financial Officer"
    assert [m.to_stage for m in workspace.repos.journey.moves(pursuit)] == [SUPPLIER, PROBLEM]
    kept = workspace.repos.committee.get(seat.id)
    assert (kept.journey_stage, kept.journey_from) == (PROBLEM, SUPPLIER)


def test_a_colleagues_reading_of_the_same_day_is_replaced_by_the_later_one(workspace: Workspace) -> None:
    """Two windows keep today's reading: one reading a day stays, the later one (it is written in one
    insert-or-update statement, so the two cannot collide on the day's key either)."""
    from consensus_app.core.readiness import Reading
    from consensus_app.storage.workspace import open_workspace

    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    now = datetime.now(UTC)
    with open_workspace(workspace.url, actor="ana") as colleague:
        keep_reading(colleague, 1, Reading(now.date(), now, 40))
        keep_reading(workspace, 1, Reading(now.date(), now + timedelta(seconds=1), 45))
    (kept,) = readings(workspace, 1)
    assert kept.score == 45


def test_a_loop_kept_in_the_history_is_read_by_the_assessment_and_the_portfolio_board(
    nordhavn: Workspace,
) -> None:
    """Back a stage and forward again: the seat's last move is forward, the history has the loop."""
    from consensus_app.storage.portfolio_board import board_rows
    from consensus_app.storage.portfolio_readiness import fill_readiness

    ledger = _ledger(nordhavn)
    member, person, name = _members(nordhavn)[2]
    today = date.today()
    for stage, ago in ((SUPPLIER, 30), (SOLUTION, 20), (SUPPLIER, 6)):
        move = move_stage(nordhavn.repos, member, f"Move {name}", stage, day=today - timedelta(days=ago))
        assert move is not None
        move.apply(ledger)
    pursuit_map = build_pursuit_map(nordhavn.repos.accounts.snapshot(1), 1)
    assert [(m.stakeholder_id, m.to_stage) for m in pursuit_map.journey if m.stakeholder_id == person] == [
        (person, SUPPLIER),
        (person, SOLUTION),
        (person, SUPPLIER),
    ]
    [looping] = [f for f in assess(pursuit_map, today).findings if f.code == "LOOPING"]
    assert looping.stakeholders == (person,)
    back_on = (today - timedelta(days=20)).isoformat()
    assert f"{name} from supplier selection to solution identification on {back_on}" in looping.message
    # The board's own reading of the pursuit (read a few accounts at a time) finds it too.
    row = next(r for r in board_rows(nordhavn, today) if r.pursuit_id == 1)
    kept = fill_readiness(nordhavn, [row], datetime.now(UTC))[1]
    assert "LOOPING" in {f.code for f in kept.findings}
