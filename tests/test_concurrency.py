"""Two people on one workspace: no silent lost update, deletes of edited rows refused, who is logged."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConcurrentEditError, DatabaseUnavailableError, NotFoundError
from consensus_app.storage.workspace import Workspace, default_actor, open_workspace
from models import ChangeAction
from tests.conftest import minimal_document
from tests.pg_server import PgServer

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """Alice and Bob, each with their own workspace (engine, connections) on one database."""
    alice = open_workspace(db_url, actor="alice")
    import_document(alice, check_document(minimal_document()))
    bob = open_workspace(db_url, actor="bob")
    yield alice, bob
    alice.close()
    bob.close()


def _member(ws: Workspace, key: str = "m-1") -> Any:
    return next(m for m in ws.repos.committee.for_pursuit(1) if m.key == key)


def _person(ws: Workspace, key: str = "s-cfo") -> Any:
    return next(p for p in ws.repos.stakeholders.for_account(1) if p.key == key)


def test_records_carry_a_version_that_each_real_change_bumps(two: tuple[Workspace, Workspace]) -> None:
    alice, _ = two
    member = _member(alice)
    assert member.version == 1
    assert alice.repos.committee.update(member.id, stance=2).version == 2
    assert alice.repos.committee.update(member.id, stance=2).version == 2  # nothing changed
    assert alice.repos.committee.update(member.id, expected_version=2, influence=5).version == 3
    assert _member(alice).version == 3


def test_the_version_itself_is_not_a_field_anyone_can_set(two: tuple[Workspace, Workspace]) -> None:
    alice, _ = two
    with pytest.raises(Exception, match="no field"):
        alice.repos.committee.update(_member(alice).id, version=7)


def test_the_second_of_two_editors_is_told_what_the_first_changed(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    seen_by_alice, seen_by_bob = _member(alice), _member(bob)
    alice.repos.committee.update(seen_by_alice.id, expected_version=seen_by_alice.version, stance=1)
    alice.repos.committee.update(seen_by_alice.id, expected_version=2, stance=2, notes="met at the summit")

    with pytest.raises(ConcurrentEditError) as caught:
        bob.repos.committee.update(seen_by_bob.id, expected_version=seen_by_bob.version, influence=5)
    conflict = caught.value
    assert conflict.changes == {"stance": (-1, 2), "notes": (None, "met at the summit")}
    assert conflict.actors == ["alice"]
    assert (conflict.current.stance, conflict.current.influence, conflict.current_version) == (2, 3, 3)
    assert "alice changed committee member Lee Park after you opened it: stance -1 → 2" in str(conflict)
    assert _member(bob).influence == 3  # Bob's edit was not made

    # Bob saw what changed and chooses to overwrite: he names the version he now knows.
    overwritten = bob.repos.committee.update(
        seen_by_bob.id, expected_version=conflict.current_version, influence=5
    )
    assert (overwritten.stance, overwritten.influence, overwritten.version) == (2, 5, 4)


def test_stakeholders_are_protected_the_same_way(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    cfo = _person(bob)
    alice.repos.stakeholders.update(cfo.id, expected_version=cfo.version, title="Chief Financial Officer")
    with pytest.raises(ConcurrentEditError) as caught:
        bob.repos.stakeholders.update(cfo.id, expected_version=cfo.version, title="Finance lead")
    assert caught.value.changes == {"title": ("CFO", "Chief Financial Officer")}
    assert _person(alice).title == "Chief Financial Officer"


def test_a_delete_of_something_just_edited_is_refused(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    cfo = _person(bob)
    alice.repos.stakeholders.update(cfo.id, expected_version=cfo.version, profile="teacher")
    with pytest.raises(ConcurrentEditError, match="Your delete was not saved") as caught:
        bob.repos.stakeholders.delete(cfo.id, expected_version=cfo.version)
    assert caught.value.changes == {"profile": ("unknown", "teacher")}
    assert _person(bob).profile.value == "teacher"
    assert len(bob.repos.committee.for_pursuit(1)) == 2  # nothing cascaded either
    bob.repos.stakeholders.delete(cfo.id, expected_version=caught.value.current_version)
    assert [p.key for p in alice.repos.stakeholders.for_account(1)] == ["s-ceo", "s-it"]


def test_an_edit_of_something_deleted_meanwhile_says_so(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    member = _member(bob)
    alice.repos.committee.delete(member.id, expected_version=member.version)
    with pytest.raises(NotFoundError, match="deleted"):
        bob.repos.committee.update(member.id, expected_version=member.version, stance=2)


def _interleave(repo: Any, hook: str, monkeypatch: pytest.MonkeyPatch, other_write: Any) -> None:
    """Run `other_write` (another user's committed edit) inside this repo's next write, once:
    after this write read the row, before it writes — the race versions exist for."""
    original = getattr(repo, hook)
    done: list[bool] = []

    def racing(session: Any, row: Any) -> Any:
        if not done:
            done.append(True)
            other_write()
        return original(session, row)

    monkeypatch.setattr(repo, hook, racing)


def test_a_write_landing_between_read_and_update_is_caught(
    two: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = two
    member = _member(bob)
    _interleave(
        bob.repos.committee, "_check", monkeypatch, lambda: alice.repos.committee.update(member.id, stance=2)
    )
    with pytest.raises(ConcurrentEditError) as caught:
        bob.repos.committee.update(member.id, expected_version=1, stance=0)
    assert caught.value.changes == {"stance": (-1, 2)}
    assert _member(alice).stance == 2


def test_without_a_version_the_last_writer_wins_even_through_a_race(
    two: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = two
    member = _member(bob)
    _interleave(
        bob.repos.committee, "_check", monkeypatch, lambda: alice.repos.committee.update(member.id, stance=2)
    )
    assert bob.repos.committee.update(member.id, stance=0).stance == 0
    assert (_member(alice).stance, _member(alice).version) == (0, 3)


def test_a_delete_racing_an_edit_is_refused(
    two: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = two
    cfo = _person(bob)
    _interleave(
        bob.repos.stakeholders,
        "_delete_scope",
        monkeypatch,
        lambda: alice.repos.stakeholders.update(cfo.id, title="Group CFO"),
    )
    with pytest.raises(ConcurrentEditError, match="delete"):
        bob.repos.stakeholders.delete(cfo.id, expected_version=cfo.version)
    assert _person(alice).title == "Group CFO"
    assert len(alice.repos.committee.for_pursuit(1)) == 2
    history = alice.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))
    assert ChangeAction.DELETE not in [c.action for c in history]


def test_a_conflict_inside_a_larger_write_undoes_all_of_it(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    cfo, member = _person(bob), _member(bob)
    alice.repos.committee.update(member.id, stance=2)
    with pytest.raises(ConcurrentEditError), bob.write():
        bob.repos.stakeholders.update(cfo.id, expected_version=cfo.version, title="Finance lead")
        bob.repos.committee.update(member.id, expected_version=member.version, stance=0)
    assert _person(alice).title == "CFO"


def test_the_change_log_names_each_editor(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    start = datetime.now(UTC)
    alice.repos.committee.update(_member(alice).id, stance=1)
    bob.repos.committee.update(_member(bob).id, influence=4)
    changes = alice.repos.changes.since(start)
    assert [(c.actor, json.loads(c.details or "{}")) for c in changes] == [
        ("alice", {"stance": [-1, 1]}),
        ("bob", {"influence": [3, 4]}),
    ]


@pytest.mark.engines("sqlite")
def test_the_actor_is_consensus_user_else_the_os_user(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_actor({"CONSENSUS_USER": "Dana Ruiz"}) == "Dana Ruiz"
    assert default_actor({"CONSENSUS_USER": "  "}) == default_actor({})
    monkeypatch.setenv("CONSENSUS_USER", "dana@acme")
    with open_workspace(db_url) as ws:
        assert ws.actor == "dana@acme"
        import_document(ws, check_document(minimal_document()))
        assert [c.actor for c in ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))] == ["dana@acme"]


# --- the server going away -----------------------------------------------------------------


def test_a_restarted_server_is_reconnected_to(pg_server: PgServer, pg_url: str) -> None:
    ws = open_workspace(pg_url, actor="alice")
    try:
        import_document(ws, check_document(minimal_document()))
        member = _member(ws)
        pg_server.restart()  # every pooled connection is now dead
        # pool_pre_ping replaces a dead connection; if one slips through, it is reported once
        with contextlib.suppress(DatabaseUnavailableError):
            ws.repos.committee.get(member.id)
        updated = ws.repos.committee.update(member.id, expected_version=member.version, stance=2)
        assert (updated.stance, updated.version) == (2, 2)

        pg_server.restart()  # and a write straight after a restart
        try:
            ws.repos.committee.update(member.id, expected_version=2, influence=5)
        except DatabaseUnavailableError:
            ws.repos.committee.update(member.id, expected_version=2, influence=5)
        assert (_member(ws).influence, _member(ws).version) == (5, 3)
    finally:
        ws.close()
