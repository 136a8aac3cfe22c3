"""The people import dialog: guessed mapping, live preview with problems, remembered mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consensus_app.core.people_import.reading import read_table
from consensus_app.storage.people_import import people_at
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
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
    assert dialog.preview.item(1, 3).text() == "refused"
    assert "Pat Nobody" in dialog.preview.item(1, 4).text()
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
