"""Help ▸ About Consensus: the version, and where the user's own files live.

Installing, updating or removing the app touches only its install folder; the workspace, the
window's settings, the identity and the error log live in the user's folders (platformdirs, Qt's
settings), which the dialog names so a person — or their IT desk — can back them up.
"""

from __future__ import annotations

import html
import platform
import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from consensus_app import __version__
from consensus_app.i18n import _

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow


def about_action(window: MainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("MainWindow", "&About Consensus"), window)
    action.setObjectName("about")
    action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it to the application menu
    action.triggered.connect(lambda: show_about(window))
    return action


def show_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(your_files(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def your_files(window: MainWindow) -> list[tuple[str, str]]:
    """(what, where) for the files that are the user's, not the app's."""
    import platformdirs

    from consensus_app.storage.engine import APP_DIR_NAME, default_database_path
    from consensus_app.storage.identity import identity_path

    controller = window.controller
    open_now = (
        controller.workspace.display_url
        if controller.is_open
        else QCoreApplication.translate("AboutDialog", "(opening…)")
    )
    return [
        (QCoreApplication.translate("AboutDialog", "Open workspace"), open_now),
        (QCoreApplication.translate("AboutDialog", "Your workspace file"), str(default_database_path())),
        (
            QCoreApplication.translate("AboutDialog", "Window settings"),
            QSettings("Consensus", "Consensus").fileName(),
        ),
        (QCoreApplication.translate("AboutDialog", "Your name for colleagues"), str(identity_path())),
        (
            QCoreApplication.translate("AboutDialog", "Error log"),
            str(platformdirs.user_log_path(APP_DIR_NAME, appauthor=False)),
        ),
    ]


def _themes_model() -> str:
    from consensus_app.core.themes.encoder import available

    info = available()
    return (
        _(info.description)  # a Qt-free word: the core's catalogue, in the window's language
        if info is not None
        else QCoreApplication.translate("AboutDialog", "none (themes by shared words)")
    )


class AboutDialog(QDialog):
    def __init__(self, files: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Consensus"))
        self.setMinimumWidth(520)
        self.version = QLabel(f"<h2>Consensus {html.escape(__version__)}</h2>")
        self.version.setObjectName("about-version")
        summary = QLabel(
            self.tr(
                "Map a customer's buying committee, find what its members agree on, and draft messages "
                "that bring them together. MIT licence."
            ),
            wordWrap=True,
        )
        rows = "".join(
            f"<tr><td>{html.escape(a)}:&nbsp;</td><td>{html.escape(b)}</td></tr>" for a, b in files
        )
        self.files = QLabel(
            "<p>"
            + self.tr("Updating or removing the app leaves these alone:")
            + f"</p><table>{rows}</table>",
            wordWrap=True,
        )
        self.files.setObjectName("about-files")
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.built = QLabel(
            self.tr("Themes model: {model}").format(model=html.escape(_themes_model()))
            + "<br>"
            + f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
            + (" · " + self.tr("built app") if getattr(sys, "frozen", False) else ""),
            wordWrap=True,
        )
        self.built.setObjectName("about-built")
        self.built.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.version, summary, self.files, self.built, buttons):
            layout.addWidget(widget)
