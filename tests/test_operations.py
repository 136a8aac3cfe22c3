"""Operations without Qt: each edit lands whole or not at all, undoes exactly, says what it
changed, and never writes silently over a colleague's newer change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.core.map_patch import patched_map, with_ties
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.operations import edits
from consensus_app.operations.changed import ACCOUNT, PRIORITY, SEAT, STAKEHOLDER, TIE
from consensus_app.operations.operation import KeptTheirs, Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConcurrentEditError, ConstraintError
from consensus_app.storage.workspace import Workspace, open_workspace
from models import RelationshipKind
from tests.conftest import minimal_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def acme(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(minimal_document()))
    return workspace


@pytest.fixture
def colleague(acme: Workspace) -> Iterator[Workspace]:
    with open_workspace(acme.url, actor="bob") as other:
        yield other


def _ledger(ws: Workspace, answers: list[bool] | None = None) -> Ledger:
    """Conflicts are answered from `answers` in turn (True: write over theirs); none expected by default."""
    versions = Versions()
    snapshot = ws.repos.accounts.snapshot(1)
    versions.show(STAKEHOLDER, snapshot.stakeholders)
    versions.show(SEAT, snapshot.committee[1])

    def resolve(conflict: ConcurrentEditError) -> bool:
        assert answers, f"unexpected conflict: {conflict}"
        return answers.pop(0)

    return Ledger(ws, versions, resolve)


def _id(ws: Workspace, name: str) -> int:
    return next(p.id for p in ws.repos.stakeholders.for_account(1) if p.name == name)


def test_an_edit_says_which_row_changed_and_undoes_to_what_was_there(acme: Workspace) -> None:
    ledger, lee = _ledger(acme), _id(acme, "Lee Park")
    operation = edits.edit(acme.repos, STAKEHOLDER, lee, "Edit Lee Park", title="Chief Financial Officer")
    assert operation is not None and operation.text == "Edit Lee Park"
    changed = operation.apply(ledger)
    assert changed.records[(STAKEHOLDER, lee)].title == "Chief Financial Officer"
    assert not changed.reshaped  # one card's look, not the map's shape
    changed = operation.revert(ledger)
    assert acme.repos.stakeholders.get(lee).title == "CFO"
    assert changed.records[(STAKEHOLDER, lee)].title == "CFO"


def test_an_edit_that_changes_nothing_is_no_operation(acme: Workspace) -> None:
    assert edits.edit(acme.repos, STAKEHOLDER, _id(acme, "Lee Park"), "Edit Lee Park", title="CFO") is None


def test_setting_a_stance_records_that_it_was_checked_and_undo_takes_that_back(acme: Workspace) -> None:
    seat = acme.repos.committee.for_pursuit(1)[0]
    operation = edits.edit(acme.repos, SEAT, seat.id, "Change stance", stance=2)
    assert operation is not None
    operation.apply(_ledger(acme))
    assert acme.repos.committee.get(seat.id).last_verified is not None
    operation.revert(_ledger(acme))
    after = acme.repos.committee.get(seat.id)
    assert (after.stance, after.last_verified) == (seat.stance, seat.last_verified)


def test_a_new_person_and_their_seat_land_together_or_not_at_all(acme: Workspace) -> None:
    before = len(acme.repos.stakeholders.for_account(1))
    refused = edits.add_person(1, 999, name="Ana Lima")  # no such pursuit: the seat is refused
    with pytest.raises(ConstraintError):
        refused.apply(_ledger(acme))
    assert len(acme.repos.stakeholders.for_account(1)) == before  # the person was not left behind

    operation = edits.add_person(1, 1, name="이서연", title="CISO")
    changed = operation.apply(_ledger(acme))
    person = operation.created
    assert person.name == "이서연" and changed.recast and not changed.reshaped  # a card joins
    assert any(m.stakeholder_id == person.id for m in acme.repos.committee.for_pursuit(1))
    operation.revert(_ledger(acme))
    assert len(acme.repos.stakeholders.for_account(1)) == before
    operation.apply(_ledger(acme))  # redo: the very same person (same id and key) comes back
    assert acme.repos.stakeholders.get(person.id).key == person.key


def test_deleting_a_person_and_a_tie_is_one_step_that_undo_restores_whole(acme: Workspace) -> None:
    sam, tie = _id(acme, "Sam Okafor"), acme.repos.relationships.for_account(1)[0].id
    operation = edits.delete_items([sam], [tie])
    assert operation is not None and operation.text == "Delete 2 items"
    changed = operation.apply(_ledger(acme))
    assert changed.recast and changed.people_gone == {sam} and (TIE, tie) in changed.removed
    operation.revert(_ledger(acme))
    assert acme.repos.stakeholders.get(sam).name == "Sam Okafor"
    assert acme.repos.relationships.get(tie).kind is RelationshipKind.INFLUENCES


def test_a_removed_priority_still_says_whose_it_was(acme: Workspace) -> None:
    priority = acme.repos.priorities.for_stakeholder(_id(acme, "Lee Park"))[0]
    changed = edits.delete(PRIORITY, priority.id, "Remove a priority").apply(_ledger(acme))
    assert changed.last_values[(PRIORITY, priority.id)]["stakeholder_id"] == _id(acme, "Lee Park")


def test_an_edit_over_a_colleagues_newer_change_asks_and_keeping_theirs_writes_nothing(
    acme: Workspace, colleague: Workspace
) -> None:
    lee = _id(acme, "Lee Park")
    ledger = _ledger(acme, answers=[False])
    colleague.repos.stakeholders.update(lee, title="Group CFO")
    operation = edits.edit(acme.repos, STAKEHOLDER, lee, "Edit Lee Park", title="Finance Director")
    assert operation is not None
    with pytest.raises(KeptTheirs):
        operation.apply(ledger)
    assert acme.repos.stakeholders.get(lee).title == "Group CFO"


def test_writing_over_a_colleagues_change_when_the_user_says_so(
    acme: Workspace, colleague: Workspace
) -> None:
    lee = _id(acme, "Lee Park")
    ledger = _ledger(acme, answers=[True])
    colleague.repos.stakeholders.update(lee, title="Group CFO")
    operation = edits.edit(acme.repos, STAKEHOLDER, lee, "Edit Lee Park", title="Finance Director")
    assert operation is not None
    operation.apply(ledger)
    assert acme.repos.stakeholders.get(lee).title == "Finance Director"


def test_undo_over_a_colleagues_later_change_keeps_it_and_redo_leaves_it_alone(
    acme: Workspace, colleague: Workspace
) -> None:
    lee, sam = _id(acme, "Lee Park"), _id(acme, "Sam Okafor")
    ledger = _ledger(acme, answers=[False])
    operation = edits.delete_items([lee, sam], [])
    assert operation is not None
    operation.apply(ledger)
    operation.revert(ledger)  # both back
    colleague.repos.stakeholders.update(sam, title="Head of IT")
    changed = operation.apply(ledger)  # redo: Lee goes again; Sam changed since, the user keeps him
    names = {p.name for p in acme.repos.stakeholders.for_account(1)}
    assert "Lee Park" not in names and "Sam Okafor" in names and changed.kept_theirs
    operation.revert(ledger)  # undo brings Lee back and does not try to restore Sam
    assert acme.repos.stakeholders.get(sam).title == "Head of IT"
    assert acme.repos.stakeholders.get(lee).name == "Lee Park"


def test_dragged_cards_and_a_reset_layout_undo_to_where_the_cards_were(acme: Workspace) -> None:
    lee = _id(acme, "Lee Park")
    acme.repos.positions.save(1, "org", {lee: (10.0, 20.0)})
    moved = edits.place_cards(1, "org", {lee: ((10.0, 20.0), (300.0, -40.0))})
    assert moved is not None
    assert moved.apply(_ledger(acme)).moved == {lee: (300.0, -40.0)}
    reset = edits.reset_layout(1, "org")
    reset.apply(_ledger(acme))
    assert acme.repos.positions.get(1, "org") == {}
    assert reset.revert(_ledger(acme)).moved == {lee: (300.0, -40.0)}
    assert moved.revert(_ledger(acme)).moved == {lee: (10.0, 20.0)}


def test_the_open_map_is_patched_for_an_edited_person_without_reading_the_account(acme: Workspace) -> None:
    pursuit_map = build_pursuit_map(acme.repos.accounts.snapshot(1), 1)
    lee = _id(acme, "Lee Park")
    seat = next(m for m in acme.repos.committee.for_pursuit(1) if m.stakeholder_id == lee)
    person = acme.repos.stakeholders.update(lee, title="ファイナンス責任者")
    seat = acme.repos.committee.update(seat.id, stance=2)
    patched, redrawn = patched_map(pursuit_map, [person], [seat])
    assert redrawn == {lee}
    assert patched.node(lee).title == "ファイナンス責任者" and patched.node(lee).stance == 2
    assert patched.edges == pursuit_map.edges
    assert patched == build_pursuit_map(acme.repos.accounts.snapshot(1), 1)  # as a reload would show


def test_the_open_map_takes_a_new_changed_or_removed_tie_as_a_reload_would(acme: Workspace) -> None:
    pursuit_map = build_pursuit_map(acme.repos.accounts.snapshot(1), 1)
    lee, dana = _id(acme, "Lee Park"), _id(acme, "Dana Ruiz")
    added = edits.link_people(1, lee, dana, RelationshipKind.ALLIES)
    changed = added.apply(_ledger(acme))
    assert changed.retied and not changed.reshaped  # the lines change, not the people
    tie = added.created
    pursuit_map = with_ties(pursuit_map, [tie])
    assert pursuit_map == build_pursuit_map(acme.repos.accounts.snapshot(1), 1)
    edit = edits.edit(acme.repos, TIE, tie.id, "Change relationship kind", kind=RelationshipKind.CONFLICTS)
    assert edit is not None
    pursuit_map = with_ties(pursuit_map, [edit.apply(_ledger(acme)).records[(TIE, tie.id)]])
    assert pursuit_map == build_pursuit_map(acme.repos.accounts.snapshot(1), 1)
    added.revert(_ledger(acme))
    assert with_ties(pursuit_map, removed=[tie.id]) == build_pursuit_map(acme.repos.accounts.snapshot(1), 1)


def test_a_map_import_is_one_step_that_undo_takes_back_and_redo_brings_back(
    acme: Workspace, colleague: Workspace, tmp_path: Path
) -> None:
    from consensus_app.exporters.interchange_json import export_document
    from consensus_app.operations.imports import import_map

    document = minimal_document()
    document["accounts"][0].update(id="nordlys", name="Nordlys Shipping ASA")
    path = tmp_path / "nordlys.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    imported = import_map(acme, path, lambda _done: None)
    assert imported.said == 1 and imported.operation.text == "Import nordlys.json"
    imported.operation.done = True
    whole = export_document(acme)["accounts"]

    changed = imported.operation.revert(_ledger(acme))
    assert [a.name for a in acme.repos.accounts.list()] == ["Acme Corp"] and changed.touches(ACCOUNT)
    imported.operation.apply(_ledger(acme))  # redo: the very same rows, ids and keys
    assert export_document(acme)["accounts"] == whole

    nordlys = next(a for a in colleague.repos.accounts.list() if a.key == "nordlys")
    colleague.repos.accounts.update(nordlys.id, industry="Shipping")  # a change after the import
    with pytest.raises(ConstraintError, match="changed after the import"):
        imported.operation.revert(_ledger(acme))
    assert acme.repos.accounts.get(nordlys.id).industry == "Shipping"  # nothing was taken back

    # Rows without a version count too: a card a colleague placed on the new account's map.
    imported = import_map(acme, _renamed(path, tmp_path, "fjord"), lambda _done: None)
    imported.operation.done = True
    fjord = next(a for a in colleague.repos.accounts.list() if a.key == "fjord")
    pursuit = colleague.repos.pursuits.list_where(account_id=fjord.id)[0]
    person = colleague.repos.stakeholders.for_account(fjord.id)[0]
    colleague.repos.positions.save(pursuit.id, "org", {person.id: (10.0, 20.0)})
    with pytest.raises(ConstraintError, match="changed after the import"):
        imported.operation.revert(_ledger(acme))
    assert acme.repos.positions.get(pursuit.id, "org") == {person.id: (10.0, 20.0)}


def _renamed(path: Path, folder: Path, key: str) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["accounts"][0].update(id=key, name=key.title())
    out = folder / f"{key}.json"
    out.write_text(json.dumps(document), encoding="utf-8")
    return out
