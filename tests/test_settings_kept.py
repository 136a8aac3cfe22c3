"""A settings file in today's single-version layout opens in the new version with everything the
user set: the window's layout, the last pursuit, the team workspace, CSV column mappings. Only an
entry that cannot be read is dropped, and the log names the file and the key."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.core.people_import.reading import read_table
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.people_import import people_at
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.connect_dialog import PASSWORD_POLICY_KEY, TEAM_URL_KEY, ConnectDialog
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import nordlys  # noqa: F401 - fixture
from tests.conftest import minimal_document
from tests.window_fixtures import open_window

TEAM_URL = "postgresql+psycopg://dana@db.nordlys.example:5433/flåte"
CONTACTS = (
    "이름,성,役職,Avdeling,E-post\n"
    "Ingrid,Dahl,Økonomisjef,Finance,ingrid@nordlys.example\n"
    "Kenji,Sato,情報システム部長,IT,kenji@nordlys.example\n"
)
ACME_PURSUIT = 2  # "Analytics platform", imported after Nordlys's "Fleet analytics"
GARBLED = "last_pursuit/sqlite:||||home|dana|gammel.db"


@pytest.fixture
def two_pursuits(nordlys: Workspace) -> Workspace:
    import_document(nordlys, check_document(minimal_document()))  # and Acme's "Analytics platform"
    return nordlys


def _ini(tmp_path: Path) -> Path:
    return tmp_path / "config" / "Consensus.ini"


def _settings(ini: Path) -> UiSettings:
    return UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def _remember_a_column_mapping(qtbot: QtBot, workspace: Workspace, settings: UiSettings, csv: Path) -> None:
    """People ▸ Import people…: map 'Avdeling' as the function and import; the dialog remembers it."""
    dialog = _import_dialog(qtbot, workspace, settings, csv)
    for field, column in (("first_name", "이름"), ("last_name", "성"), ("email", "E-post")):
        dialog.columns[field].setCurrentIndex(dialog.columns[field].findData(column))
    dialog.columns["function"].setCurrentIndex(dialog.columns["function"].findData("Avdeling"))
    dialog.columns["title"].setCurrentIndex(dialog.columns["title"].findData("役職"))
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def _import_dialog(qtbot: QtBot, workspace: Workspace, settings: UiSettings, csv: Path) -> PeopleImportDialog:
    accounts = workspace.repos.accounts.list()
    dialog = PeopleImportDialog(read_table(csv), accounts, lambda a: people_at(workspace, a), settings)
    qtbot.addWidget(dialog)
    return dialog


def _a_session_of_todays_app(qtbot: QtBot, workspace: Workspace, ini: Path, csv: Path) -> list[int]:
    """The user picks Acme's pursuit, the influence layout, a wider navigator, connects to the team
    workspace once and maps a CSV's columns; the window closes. Returns the splitter's sizes."""
    settings = _settings(ini)
    window = open_window(qtbot, workspace, settings)
    assert window.navigator.first_pursuit() != ACME_PURSUIT  # a choice, not the default
    assert window.navigator.select_pursuit(ACME_PURSUIT)
    window.layout_actions["influence"].trigger()
    window.main_split.setSizes([333, 1000])
    sizes = window.main_split.sizes()
    settings.set_text(TEAM_URL_KEY, TEAM_URL)  # as the Connect dialog leaves it
    settings.set_text(PASSWORD_POLICY_KEY, "ask")
    _remember_a_column_mapping(qtbot, workspace, settings, csv)
    window.close()
    return sizes


def _as_todays_file(ini: Path, version: int = 2) -> None:
    """The same keys as the single-version app wrote them: one 'version', no per-group versions."""
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.remove("versions")
    old.setValue("version", version)
    old.sync()


def test_todays_settings_file_opens_with_everything_the_user_set(
    qtbot: QtBot, two_pursuits: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ini, csv = _ini(tmp_path), tmp_path / "kontakter.csv"
    csv.write_text(CONTACTS, encoding="utf-8")
    sizes = _a_session_of_todays_app(qtbot, two_pursuits, ini, csv)
    _as_todays_file(ini)
    garbled = QSettings(str(ini), QSettings.Format.IniFormat)
    garbled.setValue(GARBLED, "slettet")  # hand-edited: not a pursuit number
    garbled.sync()

    with caplog.at_level(logging.WARNING):
        settings = _settings(ini)
        window = open_window(qtbot, two_pursuits, settings)
    assert window.controller.pursuit_id == window.navigator.current_pursuit() == ACME_PURSUIT
    assert window.layout_actions["influence"].isChecked()
    assert window.main_split.sizes()[0] == sizes[0] == 333
    connect = ConnectDialog(settings, window)  # File ▸ Workspace ▸ Connect… offers the team server again
    qtbot.addWidget(connect)
    assert (connect.host.text(), connect.port.value(), connect.database.text()) == (
        "db.nordlys.example",
        5433,
        "flåte",
    )
    again = _import_dialog(qtbot, two_pursuits, settings, csv)
    assert again.mapping()["function"] == "Avdeling" and again.mapping()["title"] == "役職"

    dropped = [r.getMessage() for r in caplog.records if "dropped the setting" in r.getMessage()]
    assert dropped == [f"{ini}: dropped the setting {GARBLED}: not a pursuit number: 'slettet'"]
    window.close()
    reread = QSettings(str(ini), QSettings.Format.IniFormat)
    assert GARBLED not in reread.allKeys() and reread.value(TEAM_URL_KEY) == TEAM_URL
    assert reread.value("versions/window") == "2" and reread.value("version") == "2"


def test_a_file_from_before_the_tabbed_docks_keeps_all_but_the_dock_layout(
    qtbot: QtBot, two_pursuits: Workspace, tmp_path: Path
) -> None:
    ini, csv = _ini(tmp_path), tmp_path / "kontakter.csv"
    csv.write_text(CONTACTS, encoding="utf-8")
    _a_session_of_todays_app(qtbot, two_pursuits, ini, csv)
    _as_todays_file(ini, version=1)  # the version that wiped everything on the next start

    settings = _settings(ini)
    assert settings.bytes("window/state") is None  # that layout would hide the tabbed docks
    window = open_window(qtbot, two_pursuits, settings)
    assert window.controller.pursuit_id == ACME_PURSUIT and window.layout_actions["influence"].isChecked()
    assert window.main_split.sizes()[0] == 333
    assert settings.text(TEAM_URL_KEY) == TEAM_URL and settings.text(PASSWORD_POLICY_KEY) == "ask"
    window.close()


def test_settings_from_the_new_version_open_unchanged(
    qtbot: QtBot, two_pursuits: Workspace, tmp_path: Path
) -> None:
    ini, csv = _ini(tmp_path), tmp_path / "kontakter.csv"
    csv.write_text(CONTACTS, encoding="utf-8")
    _a_session_of_todays_app(qtbot, two_pursuits, ini, csv)
    before = ini.read_bytes()
    _settings(ini)  # opening migrates nothing and writes nothing
    assert ini.read_bytes() == before
