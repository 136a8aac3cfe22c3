"""Colleagues' ratings without Qt, on both engines: two colleagues (two workspaces, two user
identities, one database) set the same member's stance; each view is kept under its rater, the seat
holds the latest as the agreed value, the disagreement is named from each side, undo takes a view
back with its edit; profiles are the person's own; a deleted person's ratings come back with them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.core.ratings import isolated, on_map, sentence, views_line
from consensus_app.operations import edits
from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.operation import Ledger
from consensus_app.operations.ratings import RATING
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.identity import Identity
from consensus_app.storage.workspace import Workspace, open_workspace
from models import Profile
from models.ratings import RatedField
from tests.large_accounts import ACCOUNT_32, account_document
from tests.rater_views import IDS, PROFILE_SPLIT, SHARP, rater_rows

pytestmark = pytest.mark.engines("sqlite", "postgresql")
ANA, JIWOO = Identity.named("Ana Lima"), Identity.named("김지우")


@pytest.fixture
def team(db_url: str) -> Any:
    """Ana's and 지우's workspaces on one database holding the 32-person Nordhavn account."""
    ana = open_workspace(db_url, actor=ANA)
    import_document(ana, check_document(account_document(*ACCOUNT_32)))
    jiwoo = open_workspace(db_url, actor=JIWOO)
    yield ana, jiwoo
    ana.close()
    jiwoo.close()


def _ledger(ws: Workspace) -> Ledger:
    """What the user sees on screen now: the versions their edit names."""
    versions = Versions()
    snapshot = ws.repos.accounts.snapshot(1)
    versions.show(STAKEHOLDER, snapshot.stakeholders)
    versions.show(SEAT, snapshot.committee[1])
    return Ledger(ws, versions, lambda conflict: pytest.fail(f"unexpected conflict: {conflict}"))


def _seat(ws: Workspace, index: int) -> tuple[int, int, str]:
    """(member id, stakeholder id, name) of the committee's `index`th member."""
    snapshot = ws.repos.accounts.snapshot(1)
    member = snapshot.committee[1][index]
    return (
        member.id,
        member.stakeholder_id,
        next(s.name for s in snapshot.stakeholders if s.id == member.stakeholder_id),
    )


def _stored(row: dict[str, Any], people: dict[str, int]) -> dict[str, Any]:
    """An interchange-style rating row as the table holds it (this pursuit is 1)."""
    return {
        "stakeholder_id": people[row["stakeholder"]],
        "pursuit_id": None if row["field"] == "profile" else 1,
        "field": row["field"],
        "value": str(row["value"]),
        "rater_id": row["rater"]["id"],
        "rater_name": row["rater"]["name"],
        "day": date.fromisoformat(row["day"]),
    }


def _set(ws: Workspace, entity: str, row_id: int, **changes: Any) -> Any:
    operation = edits.edit(ws.repos, entity, row_id, "Change", **changes)
    assert operation is not None
    ledger = _ledger(ws)
    operation.apply(ledger)
    return operation, ledger


def test_two_colleagues_stances_are_each_kept_and_the_seat_holds_the_latest(team: Any) -> None:
    ana, jiwoo = team
    member, person, name = _seat(ana, 2)
    _set(ana, SEAT, member, stance=-2)
    operation, ledger = _set(jiwoo, SEAT, member, stance=1)

    assert ana.repos.committee.get(member).stance == 1  # the agreed value: the latest set
    views = [(r.rater_name, r.value) for r in ana.repos.ratings.for_pursuit(1) if r.stakeholder_id == person]
    assert views == [("Ana Lima", "-2"), ("김지우", "1")]
    found = on_map(build_pursuit_map(ana.repos.accounts.snapshot(1), 1))
    assert [(d.name, d.field, d.agreed) for d in found] == [(name, "stance", "1")]
    whom = isolated(name)  # (a right-to-left name stays one run in the sentence)
    assert sentence(found[0], me=ANA.user_id) == f"You and 김지우 see {whom} differently: stance −2 vs +1"
    assert sentence(found[0], me=JIWOO.user_id) == f"You and Ana Lima see {whom} differently: stance +1 vs −2"
    assert sentence(found[0]) == f"Ana Lima and 김지우 see {whom} differently: stance −2 vs +1"
    assert views_line(found[0], me=JIWOO.user_id) == "Ana Lima −2 · You +1"

    changed = operation.revert(ledger)  # 지우 takes her edit back: her view goes with it
    assert [r for (kind, _), r in changed.records.items() if kind == RATING] == [None]
    assert ana.repos.committee.get(member).stance == -2
    assert on_map(build_pursuit_map(ana.repos.accounts.snapshot(1), 1)) == []
    operation.apply(ledger)  # redo: the same row again
    again = [r for r in jiwoo.repos.ratings.for_pursuit(1) if r.rater_id == JIWOO.user_id]
    assert [(r.value, r.day) for r in again] == [("1", date.today())]


def test_a_one_step_gap_is_a_nuance_and_influence_and_profile_disagree_too(team: Any) -> None:
    ana, jiwoo = team
    member, person, name = _seat(ana, 4)
    _set(ana, SEAT, member, stance=1, influence=2)
    _set(jiwoo, SEAT, member, stance=2, influence=5)
    _set(ana, STAKEHOLDER, person, profile=Profile.TEACHER)
    _set(jiwoo, STAKEHOLDER, person, profile=Profile.BLOCKER)
    _set(jiwoo, STAKEHOLDER, person + 1, profile=Profile.UNKNOWN)  # "not known" is no view

    profiles = [r for r in ana.repos.ratings.for_account(1) if r.field == "profile"]
    assert [(r.stakeholder_id, r.pursuit_id, r.value) for r in profiles] == [
        (person, None, "teacher"),
        (person, None, "blocker"),
    ]
    found = on_map(build_pursuit_map(ana.repos.accounts.snapshot(1), 1))
    assert [(d.field, d.size) for d in found] == [("profile", 1.0), ("influence", 0.75)]  # stance +1/+2: none
    assert (
        sentence(found[0], me=ANA.user_id)
        == f"You and 김지우 see {isolated(name)} differently: profile Teacher vs Blocker"
    )


def test_renaming_oneself_renames_ones_views_and_a_deleted_person_brings_theirs_back(team: Any) -> None:
    ana, jiwoo = team
    member, person, _name = _seat(ana, 0)
    _set(ana, SEAT, member, stance=2)
    _set(jiwoo, SEAT, member, stance=-1)
    jiwoo.set_identity(Identity(JIWOO.user_id, "Kim Ji-woo (김지우)"))
    assert {r.rater_name for r in ana.repos.ratings.for_pursuit(1)} == {"Ana Lima", "Kim Ji-woo (김지우)"}

    gone = edits.delete_items([person], [])
    assert gone is not None
    ledger = _ledger(ana)
    gone.apply(ledger)
    assert ana.repos.ratings.for_account(1) == []
    gone.revert(ledger)
    assert sorted(r.value for r in ana.repos.ratings.for_account(1)) == ["-1", "2"]


def test_a_rating_off_its_scale_is_refused_naming_the_scale(team: Any) -> None:
    ana, _jiwoo = team
    _member, person, _name = _seat(ana, 0)
    with pytest.raises(ValueError, match="stance is -2 to 2"):
        ana.repos.ratings.add(person, RatedField.STANCE, "7", pursuit_id=1)
    with pytest.raises(ValueError, match="a profile is one of"):
        ana.repos.ratings.add(person, RatedField.PROFILE, "visionary")
    assert ana.repos.ratings.for_account(1) == []


def test_four_colleagues_pictures_of_the_32_person_account_name_the_sharpest_gaps_first(team: Any) -> None:
    ana, _jiwoo = team
    document = account_document(*ACCOUNT_32)
    people = {s.key: s.id for s in ana.repos.stakeholders.for_account(1)}
    rows = [_stored(row, people) for row in rater_rows(document)]
    assert ana.repos.ratings.add_many(rows) == len(rows) > 80

    pursuit_map = build_pursuit_map(ana.repos.accounts.snapshot(1), 1)
    found = on_map(pursuit_map)
    members = pursuit_map.members()
    committee = [s["stakeholder"] for s in document["accounts"][0]["pursuits"][0]["committee"]]
    by_key = {n.key: n for n in members}
    split = by_key[committee[PROFILE_SPLIT[0]]]
    sharpest = {
        by_key[committee[i]].name for i, ana_view, jiwoo_view in SHARP if abs(ana_view - jiwoo_view) == 4
    }
    assert {d.name for d in found[: len(sharpest) + 1]} == sharpest | {split.name}  # size 1.0 each
    assert all(d.size >= 0.5 for d in found) and len(found) < 2 * len(members)
    assert all(len(d.views) == 4 for d in found if d.field == "stance")  # every rater's latest view
    top = next(d for d in found if d.field == "stance")
    assert sentence(top, me=IDS["Ana Lima"]).startswith("You and 김지우 see ")


@pytest.mark.parametrize("overwrite", [True, False])
def test_a_view_given_over_a_colleagues_newer_change_lands_only_if_the_edit_does(
    team: Any, overwrite: bool
) -> None:
    from consensus_app.operations.operation import KeptTheirs

    ana, jiwoo = team
    member, person, _name = _seat(ana, 3)
    stale = _ledger(jiwoo)  # 지우's screen, before Ana's edit lands
    _set(ana, SEAT, member, stance=2)
    asked: list[str] = []

    def resolve(conflict: Any) -> bool:
        asked.append(conflict.entity)
        return overwrite

    operation = edits.edit(jiwoo.repos, SEAT, member, "Change", stance=-2)
    assert operation is not None
    ledger = Ledger(jiwoo, stale.versions, resolve)
    if overwrite:
        operation.apply(ledger)
    else:
        with pytest.raises(KeptTheirs):
            operation.apply(ledger)
    assert asked == [SEAT]
    views = {r.rater_name: r.value for r in ana.repos.ratings.for_pursuit(1) if r.stakeholder_id == person}
    assert views == ({"Ana Lima": "2", "김지우": "-2"} if overwrite else {"Ana Lima": "2"})
    assert ana.repos.committee.get(member).stance == (-2 if overwrite else 2)


def test_a_view_redone_another_day_keeps_the_day_it_was_given(
    team: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which view is the latest depends on its day: redo must not move it to the day of the redo."""
    import consensus_app.storage.ratings as ratings_module

    ana, _jiwoo = team
    member, _person, _name = _seat(ana, 3)
    operation, ledger = _set(ana, SEAT, member, stance=2)
    given = date.today()
    operation.revert(ledger)

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return given + timedelta(days=1)

    monkeypatch.setattr(ratings_module, "date", Tomorrow)
    operation.apply(ledger)
    assert [r.day for r in ana.repos.ratings.for_pursuit(1) if r.value == "2"] == [given]


def test_the_inspector_lists_colleagues_views_only_when_someone_else_gave_one() -> None:
    from consensus_app.core.ratings import views_text
    from models.rating_view import Rating

    day = date(2026, 12, 1)
    mine = Rating(1, 7, "stance", "-1", "me", "Ingrid Solberg", day, pursuit_id=1)
    anas = Rating(2, 7, "stance", "2", "ana", "Ana Lima", day, pursuit_id=1)
    assert views_text([mine], 7, me="me") == ""  # the Stance field already says it
    assert views_text([mine, anas], 7, me="me") == "Stance: You −1 · Ana Lima +2"
    assert views_text([anas], 7, me="me") == "Stance: Ana Lima +2"
    assert views_text([mine], 7, me=None) == "Stance: Ingrid Solberg −1"  # not known to be mine
