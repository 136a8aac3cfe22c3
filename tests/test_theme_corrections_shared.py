"""Two colleagues correcting the same account's themes on one team server (issue 13, item 5):
a correction made over a colleague's newer one is not silently lost, the user is asked — the
same version check and question as any other edit (operations/operation.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.core.themes.corrections import ThemeRef
from consensus_app.operations import edits
from consensus_app.operations.operation import KeptTheirs, Ledger
from consensus_app.operations.steps import Versions
from consensus_app.operations.theme_edits import THEME
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConcurrentEditError
from consensus_app.storage.workspace import Workspace, open_workspace
from tests.theme_accounts import committee_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """Alice and Bob, each with their own workspace (engine, connections) on one database."""
    alice = open_workspace(db_url, actor="alice")
    import_document(alice, check_document(committee_document()))
    bob = open_workspace(db_url, actor="bob")
    yield alice, bob
    alice.close()
    bob.close()


def _opened(ws: Workspace) -> Versions:
    """What a window notes when it shows the account's themes (controller.open_pursuit)."""
    versions = Versions()
    versions.show(THEME, [ws.repos.theme_corrections.version(_account(ws))])
    return versions


def _account(ws: Workspace) -> int:
    return ws.repos.accounts.list()[0].id


def _fuel(ws: Workspace) -> ThemeRef:
    """The theme both see: the account's first three statements, not corrected yet."""
    ids = sorted(p.id for p in ws.repos.accounts.snapshot(_account(ws)).priorities)[:3]
    return ThemeRef("Fuel cost", tuple(ids))


def _names(ws: Workspace) -> list[str | None]:
    return [t.name for t in ws.repos.theme_corrections.for_account(_account(ws)).themes]


def _no_conflict(conflict: ConcurrentEditError) -> bool:
    raise AssertionError(f"unexpected conflict: {conflict}")


def test_renaming_a_theme_a_colleague_just_renamed_asks_and_reload_keeps_theirs(
    two: tuple[Workspace, Workspace],
) -> None:
    alice, bob = two
    alice_saw, bob_saw = _opened(alice), _opened(bob)  # both open the Themes tab
    bob_rename = edits.rename_theme(bob.repos, _account(bob), _fuel(bob), "Bunker spend")
    assert bob_rename is not None
    bob_rename.apply(Ledger(bob, bob_saw, _no_conflict))

    asked: list[ConcurrentEditError] = []

    def reload(conflict: ConcurrentEditError) -> bool:
        asked.append(conflict)
        return False

    alice_rename = edits.rename_theme(alice.repos, _account(alice), _fuel(alice), "Fuel per voyage")
    assert alice_rename is not None
    with pytest.raises(KeptTheirs):
        alice_rename.apply(Ledger(alice, alice_saw, reload))
    (conflict,) = asked
    assert (conflict.entity, conflict.label, conflict.actors) == ("theme", "Fuel cost", ["bob"])
    assert _names(alice) == ["Bunker spend"]  # Bob's correction stands, nothing of Alice's landed


def test_overwriting_a_colleague_s_correction_is_the_user_s_choice_and_logged(
    two: tuple[Workspace, Workspace],
) -> None:
    alice, bob = two
    alice_saw, bob_saw = _opened(alice), _opened(bob)
    rename = edits.rename_theme(bob.repos, _account(bob), _fuel(bob), "Bunker spend")
    assert rename is not None
    rename.apply(Ledger(bob, bob_saw, _no_conflict))
    not_a_theme = edits.set_not_a_theme(alice.repos, _account(alice), _fuel(alice))
    assert not_a_theme is not None
    not_a_theme.apply(Ledger(alice, alice_saw, lambda _conflict: True))  # "Overwrite"
    corrections = alice.repos.theme_corrections.for_account(_account(alice))
    (key,) = {corrections.pins[pid] for pid in _fuel(alice).priority_ids}
    theme = corrections.theme(key)
    assert theme is not None and theme.not_a_theme  # her correction, as she made it, holds them
    # Alice's next correction names the version she wrote: no question.
    again = edits.rename_theme(alice.repos, _account(alice), ThemeRef("Fuel cost", (), theme.key), "Fuel")
    assert again is not None
    again.apply(Ledger(alice, alice_saw, _no_conflict))
    assert "Fuel" in _names(bob)


def test_undoing_a_correction_a_colleague_has_built_on_asks_too(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    alice_saw = _opened(alice)
    rename = edits.rename_theme(alice.repos, _account(alice), _fuel(alice), "Bunker spend")
    assert rename is not None
    ledger = Ledger(alice, alice_saw, _no_conflict)
    rename.apply(ledger)
    (theme,) = bob.repos.theme_corrections.for_account(_account(bob)).themes
    bob_saw = _opened(bob)
    later = edits.rename_theme(bob.repos, _account(bob), ThemeRef("Bunker spend", (), theme.key), "Fuel")
    assert later is not None
    later.apply(Ledger(bob, bob_saw, _no_conflict))
    asked: list[ConcurrentEditError] = []
    with pytest.raises(KeptTheirs):
        rename.revert(Ledger(alice, alice_saw, lambda c: asked.append(c) is not None))
    assert [c.actors for c in asked] == [["bob"]] and _names(alice) == ["Fuel"]


def test_corrections_of_another_account_do_not_ask(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    alice_saw = _opened(alice)
    document = committee_document()
    document["accounts"][0] |= {"id": "skagen", "name": "Skagen Lines"}
    import_document(bob, check_document(document))
    skagen = next(a.id for a in bob.repos.accounts.list() if a.name == "Skagen Lines")
    ids = sorted(p.id for p in bob.repos.accounts.snapshot(skagen).priorities)[:2]
    theirs = edits.rename_theme(bob.repos, skagen, ThemeRef("Fuel", tuple(ids)), "Skagen fuel")
    assert theirs is not None
    theirs.apply(Ledger(bob, Versions(), _no_conflict))
    mine = edits.rename_theme(alice.repos, _account(alice), _fuel(alice), "Bunker spend")
    assert mine is not None
    mine.apply(Ledger(alice, alice_saw, _no_conflict))
    assert _names(alice) == ["Bunker spend"]
