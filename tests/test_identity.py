"""Who edits: a stable user id kept in identity.json, a display name colleagues see, and renaming."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from consensus_app.core.interchange import check_document
from consensus_app.storage import identity
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.identity import Identity, identity_path, load_identity, save_display_name
from consensus_app.storage.workspace import open_workspace
from models import WorkspaceUser
from tests.conftest import minimal_document


def test_the_user_id_is_made_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    first = load_identity()
    assert len(first.user_id) == 32
    assert load_identity().user_id == first.user_id  # read back, not made again
    assert json.loads(identity_path().read_text(encoding="utf-8"))["user_id"] == first.user_id


def test_the_name_defaults_to_the_full_name_never_the_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    monkeypatch.setattr(identity, "login_name", lambda: "ingrid")
    monkeypatch.setattr(identity, "os_full_name", lambda: "Ingrid Solberg")
    assert load_identity().display_name == "Ingrid Solberg"
    monkeypatch.setattr(identity, "os_full_name", lambda: None)  # root, or no full name on record
    shown = load_identity()
    assert (shown.display_name, shown.has_real_name) == ("ingrid", False)  # Preferences asks for one


def test_a_gecos_that_is_only_the_login_is_not_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    class Entry:
        pw_gecos = "root,,,"

    monkeypatch.setattr("pwd.getpwuid", lambda _uid: Entry())
    monkeypatch.setattr(identity, "login_name", lambda: "root")
    assert identity.os_full_name() is None
    Entry.pw_gecos = "Ingrid Solberg,Room 4,,"
    assert identity.os_full_name() == "Ingrid Solberg"


def test_renaming_changes_how_past_entries_read_and_nothing_else(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    save_display_name("Dewi K.")
    with open_workspace(str(db_path)) as ws:
        import_document(ws, check_document(minimal_document()))
        entry = ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))[0]
        assert ws.repos.changes.authors()[entry.actor_id or ""] == "Dewi K."
        renamed = save_display_name("Dewi Kusumawati")
        ws.set_identity(renamed)
        assert ws.repos.changes.authors() == {renamed.user_id: "Dewi Kusumawati"}
        assert ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))[0].actor_id == renamed.user_id
        with ws.read() as session:
            assert len(session.exec(select(WorkspaceUser)).all()) == 1  # the same person, renamed


def test_the_command_line_writes_as_the_same_person_as_the_window(db_path: Path) -> None:
    mine = save_display_name("이서연")
    with open_workspace(str(db_path)) as cli_run, open_workspace(str(db_path)) as window:
        assert cli_run.identity == window.identity == load_identity()
        assert cli_run.origin != window.origin  # yet each process knows its own writes
        import_document(cli_run, check_document(minimal_document()))
        (entry,) = window.repos.changes.after(0)
        assert (entry.actor_id, entry.origin, entry.actor) == (mine.user_id, cli_run.origin, "이서연")


def test_a_bare_name_gets_the_same_id_every_time() -> None:
    assert Identity.named("Dana Ruiz") == Identity.named("Dana Ruiz")
    assert Identity.named("Dana Ruiz").user_id != Identity.named("Lee Park").user_id


def test_consensus_user_names_its_own_author(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two people on one shared login, each with CONSENSUS_USER set, are two authors, not one renamed."""
    monkeypatch.setenv("CONSENSUS_USER", "Dana Ruiz")
    dana = load_identity()
    monkeypatch.setenv("CONSENSUS_USER", "Lee Park")
    lee = load_identity()
    assert (dana.display_name, lee.display_name) == ("Dana Ruiz", "Lee Park")
    assert dana.user_id != lee.user_id and dana.user_id == Identity.named("Dana Ruiz").user_id


def test_without_a_writable_config_folder_the_user_stays_one_author(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    (tmp_path / "config").write_text("a file where the folder should be")  # not writable, even by root
    folder = tmp_path / "config" / "Consensus"
    first = load_identity(folder)
    assert load_identity(folder).user_id == first.user_id and len(first.user_id) == 32
    assert not identity_path(folder).exists()
    monkeypatch.setattr(identity, "login_name", lambda: "someone-else")
    assert load_identity(folder).user_id != first.user_id  # another login is another author
