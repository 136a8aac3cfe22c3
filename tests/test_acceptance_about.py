"""Help ▸ About Consensus: the version a person reports, and where their own files live (updates
and uninstalls leave those alone: they are in the user's folders, not the app's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from consensus_app import __version__
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.about_dialog import AboutDialog
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import covers
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


@covers("action:about")
def test_help_about_shows_the_version_and_where_my_files_live(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, isolated_user_folders: Path
) -> None:
    window = open_window(qtbot, acme, settings)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"  # the last menu, where people look for it
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    about = next(a for a in help_menu.actions() if a.text() == "&About Consensus")
    about.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)

    assert f"Consensus {__version__}" in dialog.version.text()
    files = dialog.files.text()
    # The open workspace, and the user's folders (platformdirs), none of them in the app's folder.
    assert Path(acme.url.removeprefix("sqlite:///")).name in files
    user_data = isolated_user_folders / "data" / "Consensus" / "workspace.db"
    assert str(user_data) in files
    assert str(isolated_user_folders / "config" / "Consensus") in files
    app_folder = str(Path(__import__("consensus_app").__file__).resolve().parent)
    assert app_folder not in files
    assert "Themes model:" in dialog.built.text() and "Qt " in dialog.built.text()

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.isVisible()  # closing About leaves the window as it was
