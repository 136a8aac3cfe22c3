"""The people import dialog: guessed mapping, live preview with problems, remembered mapping."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from consensus_app.core.people_import.mapping import guess_mapping
from consensus_app.core.people_import.planning import plan_import
from consensus_app.core.people_import.reading import read_table
from consensus_app.storage.people_import import apply_plan, people_at
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
from tests.crm_export import HEADERS, many_rows, nordlys_rows, write_csv
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures

CONTACTS = (
    "First Name,Last Name,Title,Department,Email,Reports To\n"
    "Ana,Lima,COO,Operations,ana@acme.example,Dana Ruiz\n"
    "Ben,Okoro,Controller,Finance,ben@acme.example,Pat Nobody\n"
)


def _dialog(qtbot: QtBot, path: Path, workspace: Workspace, settings: UiSettings) -> PeopleImportDialog:
    accounts = workspace.repos.accounts.list()
    dialog = PeopleImportDialog(read_table(path), accounts, lambda a: people_at(workspace, a), settings)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_problems_and_import_waits_until_they_are_fixed(
    qtbot: QtBot, tmp_path: Path, acme: Workspace, settings: UiSettings
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    dialog = _dialog(qtbot, path, acme, settings)
    assert dialog.mapping()["email"] == "Email" and dialog.mapping()["reports_to"] == "Reports To"
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.item(0, 0).text() == "3"  # the refused line first
    assert dialog.preview.item(0, 3).text() == "refused"
    assert "Pat Nobody" in dialog.preview.item(0, 4).text()
    assert dialog.summary.text().startswith("Line 3 has a problem.")
    assert not dialog.import_button.isEnabled()
    # Not using the manager column leaves nothing to refuse.
    dialog.columns["reports_to"].setCurrentIndex(0)
    assert dialog.import_button.isEnabled()
    assert dialog.preview.item(1, 3).text() == "create"
    assert "Ready: 2 new, 0 updated, 0 unchanged" in dialog.summary.text()


def test_unmapping_the_names_explains_what_is_missing(
    qtbot: QtBot, tmp_path: Path, acme: Workspace, settings: UiSettings
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    dialog = _dialog(qtbot, path, acme, settings)
    for field in ("first_name", "last_name"):
        dialog.columns[field].setCurrentIndex(0)
    assert "first and last names" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.preview.rowCount() == 0


def test_the_mapping_is_remembered_for_the_same_columns(
    qtbot: QtBot, tmp_path: Path, acme: Workspace, settings: UiSettings
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    first = _dialog(qtbot, path, acme, settings)
    first.columns["reports_to"].setCurrentIndex(0)
    first.columns["location"].setCurrentIndex(first.columns["location"].findData("Title"))
    first.import_button.click()
    assert first.result() == QDialog.DialogCode.Accepted
    again = _dialog(qtbot, path, acme, settings)
    assert "reports_to" not in again.mapping() and again.mapping()["location"] == "Title"


def test_dropping_a_contact_list_on_the_window_imports_the_people(
    qtbot: QtBot, tmp_path: Path, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS.replace("Pat Nobody", "Ana Lima"), encoding="utf-8")
    window: MainWindow = open_window(qtbot, acme, settings)
    monkeypatch.setattr(PeopleImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert window.import_file(path) is not None

    def names() -> set[str]:
        return {n.name for n in window.controller.pursuit_map.nodes}  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: {"Ana Lima", "Ben Okoro"} <= names(), timeout=10_000)
    people = {p.name: p for p in acme.repos.stakeholders.for_account(1)}
    assert people["Ben Okoro"].reports_to_id == people["Ana Lima"].id


# --- File ▸ Import of a real CRM export, through the window ------------------------------------------


def _import_through_the_menu(
    qtbot: QtBot,
    window: MainWindow,
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
    user: Callable[[PeopleImportDialog], None],
) -> list[PeopleImportDialog]:
    """File ▸ Import… of `path`; `user` does what a person would in the dialog."""
    seen: list[PeopleImportDialog] = []

    def run(dialog: PeopleImportDialog) -> int:
        seen.append(dialog)
        user(dialog)
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(PeopleImportDialog, "exec", run)
    window.import_action.trigger()
    assert len(seen) == 1
    return seen


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    def question(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(f"{title} {text}")
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)


def _navigator_accounts(window: MainWindow) -> list[str]:
    model = window.navigator.model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_an_empty_workspace_imports_a_crm_export_into_a_new_account(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    window = open_window(qtbot, workspace, settings)

    def user(dialog: PeopleImportDialog) -> None:
        assert dialog.account.currentText() == "A new account, named:"
        assert dialog.new_name.text() == "Nordlys Shipping ASA" and dialog.new_name.isVisibleTo(dialog)
        assert dialog.preview.rowCount() == 32
        assert "Ready: 32 new, 0 updated, 0 unchanged" in dialog.summary.text()
        dialog.import_button.click()

    shown: list[str] = []  # the status bar's messages (each stays five seconds)
    window.statusBar().messageChanged.connect(shown.append)
    _import_through_the_menu(qtbot, window, report, monkeypatch, user)
    qtbot.waitUntil(lambda: "nordlys.csv: 32 new, 0 updated, 0 unchanged" in shown, timeout=20_000)
    assert "Nordlys Shipping ASA" in _navigator_accounts(window)
    account = workspace.repos.accounts.list()[0]
    people = workspace.repos.stakeholders.for_account(account.id)
    assert account.name == "Nordlys Shipping ASA" and len(people) == 32
    assert {p.external_id for p in people if p.name == "Kari Nordmann"} == {"0035g00000NLS012"}


def test_a_name_that_could_be_several_accounts_is_asked_and_another_name_confirmed(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.repos.accounts.create(key="nordlys", name="Nordlys Shipping")
    workspace.repos.accounts.create(key="nordlys-group", name="Nordlys Shipping Group")
    report = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    window = open_window(qtbot, workspace, settings)
    asked: list[str] = []

    def user(dialog: PeopleImportDialog) -> None:
        assert dialog.account.currentIndex() == -1  # nothing chosen for the user
        assert dialog.question.isVisibleTo(dialog)
        assert "could be Nordlys Shipping, Nordlys Shipping Group" in dialog.question.text()
        assert not dialog.import_button.isEnabled()
        dialog.account.setCurrentIndex(dialog.account.findText("Nordlys Shipping"))
        assert dialog.import_button.isEnabled() and not dialog.question.isVisibleTo(dialog)
        _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
        dialog.import_button.click()  # the file names another account: asked, and the user says no
        assert dialog.result() != QDialog.DialogCode.Accepted
        _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
        dialog.import_button.click()

    _import_through_the_menu(qtbot, window, report, monkeypatch, user)
    assert "says these people work at “Nordlys Shipping ASA”, not at “Nordlys Shipping”" in asked[0]
    ids = {a.name: a.id for a in workspace.repos.accounts.list()}
    qtbot.waitUntil(lambda: len(workspace.repos.stakeholders.for_account(ids["Nordlys Shipping"])) == 32)
    assert workspace.repos.stakeholders.for_account(ids["Nordlys Shipping Group"]) == []


def test_a_fresh_export_shows_the_rule_per_row_and_removes_only_the_ticked_leavers(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = workspace.repos.accounts.create(key="nordlys", name="Nordlys Shipping ASA").id
    no_ids = write_csv(tmp_path / "old.csv", [r[1:] for r in nordlys_rows()], HEADERS[1:])
    table = read_table(no_ids)
    apply_plan(workspace, account, plan_import(table, guess_mapping(table.headers), []))
    fresh = write_csv(tmp_path / "fresh.csv", [r for r in nordlys_rows() if r[1] not in ("Leila", "Rizky")])
    window = open_window(qtbot, workspace, settings)
    asked: list[str] = []

    def user(dialog: PeopleImportDialog) -> None:
        outcomes = {dialog.preview.item(i, 1).text(): dialog.preview.item(i, 3).text() for i in range(30)}
        assert outcomes["Kari Nordmann"] == "update (matched by name and title)"  # gets her CRM id
        assert outcomes["Ingrid Solberg"] == "update (matched by email)"
        assert dialog.missing_box.isVisibleTo(dialog)
        leavers = [dialog.missing.item(i) for i in range(dialog.missing.count())]
        shown = [i.text() for i in leavers]
        assert shown == ["Leila Moradi · Contracts Manager", "Rizky Pratama · Service Desk Lead"]
        assert all(i.checkState() == Qt.CheckState.Unchecked for i in leavers)
        leavers[0].setCheckState(Qt.CheckState.Checked)
        assert dialog.missing_action.currentData() == "left"  # marking as left is the default
        dialog.missing_action.setCurrentIndex(dialog.missing_action.findData("remove"))
        _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
        dialog.import_button.click()

    _import_through_the_menu(qtbot, window, fresh, monkeypatch, user)
    assert asked == [
        "Remove people? Remove 1 person not in fresh.csv from Nordlys Shipping ASA, with their committee "
        "seats, priorities and ties?"
    ]

    def names() -> set[str]:
        return {p.name for p in workspace.repos.stakeholders.for_account(account)}

    qtbot.waitUntil(lambda: "Leila Moradi" not in names(), timeout=10_000)
    assert len(names()) == 31 and "Rizky Pratama" in names()
    people = workspace.repos.stakeholders.for_account(account)
    assert all(p.external_id for p in people if p.name != "Rizky Pratama")


def test_a_big_export_is_planned_in_a_worker_while_the_dialog_stays_responsive(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = write_csv(tmp_path / "skagerrak.csv", many_rows(3000))
    window = open_window(qtbot, workspace, settings)

    def user(dialog: PeopleImportDialog) -> None:
        assert dialog.summary.text() == "Planning 3,000 rows…"  # not planned on the window's thread
        assert not dialog.import_button.isEnabled()
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60_000)
        assert dialog.summary.text().startswith("Ready: 3,000 new, 0 updated, 0 unchanged")
        assert dialog.preview.rowCount() == 3000
        dialog.import_button.click()

    _import_through_the_menu(qtbot, window, report, monkeypatch, user)
    qtbot.waitUntil(lambda: bool(workspace.repos.accounts.list()), timeout=60_000)
    account = workspace.repos.accounts.list()[0]
    assert account.name == "Skagerrak Logistics AS"
    assert len(workspace.repos.stakeholders.for_account(account.id)) == 3000


def test_a_file_of_two_accounts_imports_the_chosen_ones_people_and_says_the_rest_are_left_out(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings
) -> None:
    hanbit = ["003KR001", "Seo-yeon", "Han", "CFO", "han@hanbit.example", "Hanbit Logistics", "", "Finance"]
    path = write_csv(tmp_path / "two.csv", [*nordlys_rows(), hanbit])
    dialog = _dialog(qtbot, path, workspace, settings)
    assert dialog.new_account_name == "Nordlys Shipping ASA"
    assert dialog.summary.text() == "Ready: 32 new, 0 updated, 0 unchanged. 1 row of other accounts left out."
    dialog.new_name.setText("Hanbit Logistics")
    left_out = "32 rows of other accounts left out."
    assert dialog.summary.text() == f"Ready: 1 new, 0 updated, 0 unchanged. {left_out}"
    assert dialog.preview.item(0, 2).text() == "Hanbit Logistics"
