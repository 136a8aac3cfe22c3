"""Files in and out through the window: File ▸ Import of a map (.json) and of a CRM contact list
(.csv), File ▸ Export (the committee as CSV, the map as PNG), and the File ▸ Workspace menu
(File ▸ Open the demo workspace: test_window_demo_workspace.py). An import is all or nothing,
and one undo step: Edit ▸ Undo puts every account it touched back as it was, Redo brings the
import back (the same rows), and neither runs over a change someone made to the account since."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from tests.acceptance_kit import (
    ACCOUNT,
    PURSUIT,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    status,
    window,  # noqa: F401 - fixture
)
from tests.conftest import minimal_document
from tests.window_fixtures import settings  # noqa: F401 - fixture

CONTACTS = """First Name,Last Name,Title,Email,Account Name
Åse,Vik,Chartering Manager,ase.vik@nordlys.example,Nordlys Shipping ASA
Reza,Tavakoli,Bunker Trader,reza.tavakoli@nordlys.example,Nordlys Shipping ASA
ヒロシ,タナカ,Port Captain,h.tanaka@nordlys.example,Nordlys Shipping ASA
"""


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "consensus_app.ui.main_window.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path), "")
    )


def _navigator_accounts(window: MainWindow) -> list[str]:
    model = window.navigator.model
    return [model.item(row).text() for row in range(model.rowCount())]


@covers("action:import")
def test_import_a_map_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "acme.json"
    path.write_text(json.dumps(minimal_document()), encoding="utf-8")
    _choose_file(monkeypatch, path)
    menu_action(window, "File", "import").trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Imported"), timeout=20_000)
    assert status(window).startswith("Imported 1 account") and "acme.json" in status(window)
    assert _navigator_accounts(window) == ["Acme Corp", ACCOUNT] or "Acme Corp" in _navigator_accounts(window)
    acme = next(a for a in window.controller.repos.accounts.list() if a.name == "Acme Corp")
    assert len(window.controller.repos.stakeholders.for_account(acme.id)) == 3
    assert window.controller.pursuit_map.title.endswith(PURSUIT)  # type: ignore[union-attr]  # unchanged
    people = {p.id: p.key for p in window.controller.repos.stakeholders.for_account(acme.id)}

    undo = menu_action(window, "Edit", "undo")
    assert undo.isEnabled() and undo.text() == "&Undo Import acme.json"
    undo.trigger()
    qtbot.waitUntil(lambda: "Acme Corp" not in _navigator_accounts(window))
    assert [a.name for a in window.controller.repos.accounts.list()] == [ACCOUNT]
    assert window.controller.pursuit_map.title.endswith(PURSUIT)  # type: ignore[union-attr]
    menu_action(window, "Edit", "redo").trigger()
    qtbot.waitUntil(lambda: "Acme Corp" in _navigator_accounts(window))
    assert {p.id: p.key for p in window.controller.repos.stakeholders.for_account(acme.id)} == people


def test_a_broken_map_is_refused_with_the_file_and_the_place_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "consensus_app.ui.importing.show_error",
        lambda _w, title, message, *_a: shown.append((title, message)),
    )
    document = minimal_document()
    document["accounts"][0]["stakeholders"][1]["reports_to"] = "nobody-here"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _choose_file(monkeypatch, path)
    menu_action(window, "File", "import").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    _title, message = shown[0]
    assert "broken.json" in message and "nobody-here" in message
    assert [a.name for a in window.controller.repos.accounts.list()] == [ACCOUNT]  # nothing half-imported


def test_import_contacts_into_the_open_account(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    planned: list[int | None] = []

    def exec_(dialog: PeopleImportDialog) -> int:
        planned.append(dialog.account_id)
        assert dialog.import_button.isEnabled(), "the preview found problems"
        dialog.import_button.click()
        return int(dialog.result())

    monkeypatch.setattr(PeopleImportDialog, "exec", exec_)
    _choose_file(monkeypatch, path)
    menu_action(window, "File", "import").trigger()
    qtbot.waitUntil(lambda: status(window).startswith("contacts.csv"), timeout=20_000)
    assert planned == [1]  # the open account is the default
    assert "3 new" in status(window)
    people = window.controller.repos.stakeholders.for_account(1)
    assert len(people) == 35
    assert {"Åse Vik", "Reza Tavakoli", "ヒロシ タナカ"} <= {p.name for p in people}
    assert next(p for p in people if p.name == "Åse Vik").email == "ase.vik@nordlys.example"
    cards = len(window.controller.pursuit_map.nodes)  # type: ignore[union-attr]

    menu_action(window, "Edit", "undo").trigger()  # Undo Import people from contacts.csv
    assert window.controller.runner.busy  # thousands of rows may go: written in a worker
    qtbot.waitUntil(lambda: len(window.controller.pursuit_map.nodes) == cards - 3)  # type: ignore[union-attr]
    assert len(window.controller.repos.stakeholders.for_account(1)) == 32
    menu_action(window, "Edit", "redo").trigger()
    qtbot.waitUntil(lambda: len(window.controller.pursuit_map.nodes) == cards)  # type: ignore[union-attr]
    again = window.controller.repos.stakeholders.for_account(1)
    assert sorted((p.id, p.key) for p in again) == sorted((p.id, p.key) for p in people)


def test_an_import_is_not_undone_over_a_colleagues_later_change(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    monkeypatch.setattr(PeopleImportDialog, "exec", lambda d: (d.import_button.click(), int(d.result()))[1])
    reported: list[str] = []
    monkeypatch.setattr(
        "consensus_app.ui.main_window.show_error", lambda _w, title, message, *_a: reported.append(message)
    )
    _choose_file(monkeypatch, path)
    menu_action(window, "File", "import").trigger()
    qtbot.waitUntil(lambda: status(window).startswith("contacts.csv"), timeout=20_000)
    from consensus_app.storage.workspace import open_workspace

    colleague = open_workspace(window.controller.workspace.url)
    reza = next(p for p in colleague.repos.stakeholders.for_account(1) if p.name == "Reza Tavakoli")
    colleague.repos.stakeholders.update(reza.id, title="Head of Bunkering")
    colleague.close()
    menu_action(window, "Edit", "undo").trigger()
    qtbot.waitUntil(lambda: bool(reported))
    people = window.controller.repos.stakeholders.for_account(1)
    assert len(people) == 35  # nothing taken back: the colleague's title would have gone with it
    assert next(p for p in people if p.id == reza.id).title == "Head of Bunkering"
    assert reported and "changed after the import" in reported[0]


def test_a_contact_import_the_user_cancels_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    monkeypatch.setattr(PeopleImportDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    _choose_file(monkeypatch, path)
    menu_action(window, "File", "import").trigger()
    assert len(window.controller.repos.stakeholders.for_account(1)) == 32


def _export(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, kind: str, path: Path) -> None:
    menu_action(window, "File", "export").trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    monkeypatch.setattr(
        "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(path), "")
    )
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000):
        dialog.export_button.click()


@covers("action:export")
def test_export_the_committee_and_the_map_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "committee.csv"
    _export(qtbot, window, monkeypatch, "committee-csv", table)
    assert status(window) == f"Exported the {_label('committee-csv')} to {table}"
    with table.open(encoding="utf-8-sig") as rows:
        names = {row["Name"] for row in csv.DictReader(rows)}
    assert {"Øystein Bråten", "高橋 健太", "پریسا رحیمی", "Nur Aini"} <= names and len(names) == 10

    picture = tmp_path / "map.png"
    _export(qtbot, window, monkeypatch, "png", picture)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(picture) in status(window)


def _label(kind: str) -> str:
    from consensus_app.ui.export_kinds import KINDS, Kind

    return KINDS[Kind(kind)].label.lower()


@covers("action:connect-team", "action:use-local")
def test_the_workspace_menu_connects_to_a_team_server_or_goes_back_to_the_local_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consensus_app.ui.connect_dialog import ConnectDialog

    switched: list[str] = []
    window.workspace_menu.sig_switch.connect(switched.append)
    opened: list[Any] = []

    def cancel(dialog: ConnectDialog) -> int:
        opened.append(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", cancel)
    menu_action(window, "File", "connect-team").trigger()
    assert len(opened) == 1 and switched == []  # cancelled: the window stays where it is

    local = next(a for a in window.workspace_menu.actions() if a.objectName() == "use-local")
    assert not local.isEnabled()  # already local
    window.workspace_menu.set_on_team(True)
    menu_action(window, "File", "use-local").trigger()
    assert switched == [""]
    assert person_id(window, "Nur Aini")  # the open workspace is untouched until the app reopens
