"""Edit ▸ Preferences…: the name colleagues see beside your changes.

The name is kept with the user's stable id in identity.json (storage.identity), which the command
line reads too. Saving it also records it in the open workspace, so every past change of this
user reads with the new name; nothing else changes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from consensus_app.i18n import LANGUAGES
from consensus_app.ui.language import SETTING as LANGUAGE_SETTING
from consensus_app.ui.language import system_language
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.storage.identity import Identity
    from consensus_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

HINT_DELAY_MS = 1500


class PreferencesDialog(QDialog):
    def __init__(self, identity: Identity, parent: QWidget | None = None, language: str = "") -> None:
        from consensus_app.storage.identity import os_full_name

        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(identity.display_name if identity.has_real_name else "")
        self.name.setObjectName("display-name")
        self.name.setPlaceholderText(os_full_name() or self.tr("Your full name, as colleagues know you"))
        self.name.setMaxLength(200)
        explanation = self.tr(
            "Shown beside your changes in “What changed”, in the brief and to colleagues sharing a "
            "workspace. Renaming yourself renames all your past changes too."
        )
        if not identity.has_real_name:
            explanation += "\n\n" + self.tr(
                "Your computer gives no full name for “{login}”: until you enter one, "
                "your changes show that login."
            ).format(login=identity.login)
        self.hint = QLabel(explanation, wordWrap=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.hint)
        # The window's language (ui/language.py reads it at start-up, before the first window).
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system ({language})").format(language=_system_name()), "")
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(
            QLabel(
                self.tr(
                    "The window changes language the next time Consensus starts. Exports and the brief "
                    "can be made in any language from File ▸ Export…; messages for the customer keep "
                    "their draft's language."
                ),
                wordWrap=True,
            )
        )
        form.addRow(buttons)


def preferences_action(window: MainWindow) -> QAction:
    """The Preferences… action (Ctrl+, where the platform has no standard key of its own)."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Preferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)  # the application menu on macOS
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(standard or [QKeySequence("Ctrl+,")])
    action.triggered.connect(lambda: edit_preferences(window))
    # Once the workspace is open (after the first pursuit's own messages): ask for a name if the
    # computer has none for this user, rather than showing colleagues a login such as "root".
    window.controller.sig_workspace_opened.connect(
        # With the window as context, a timer still pending when the window closes never fires.
        lambda: QTimer.singleShot(HINT_DELAY_MS, window, lambda: _ask_for_a_name(window))
    )
    return action


def _ask_for_a_name(window: MainWindow) -> None:
    if not window.controller.is_open:
        return
    identity = window.controller.workspace.identity
    if not identity.has_real_name:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "PreferencesDialog",
                "Your changes show as “{name}”: set your name in Edit ▸ Preferences… "
                "so colleagues know who made them",
            ).format(name=identity.display_name),
            20_000,
        )


def edit_preferences(window: MainWindow) -> PreferencesDialog:
    from consensus_app.storage.identity import load_identity  # (not needed for the first frame)

    dialog = PreferencesDialog(load_identity(), window, language=window.settings.text(LANGUAGE_SETTING))
    dialog.accepted.connect(lambda: _save(window, dialog.name.text()))
    dialog.accepted.connect(lambda: _save_language(window, str(dialog.language.currentData())))
    dialog.open()
    return dialog


def _system_name() -> str:
    return LANGUAGES[system_language()]


def _save_language(window: MainWindow, code: str) -> None:
    if code == window.settings.text(LANGUAGE_SETTING):
        return
    window.settings.set_text(LANGUAGE_SETTING, code)
    window.settings.sync()
    name = LANGUAGES.get(code) or _system_name()
    _say(
        window,
        QCoreApplication.translate(
            "PreferencesDialog", "The window speaks {language} from the next start"
        ).format(language=name),
        8000,
    )


def _save(window: MainWindow, name: str) -> None:
    from consensus_app.storage.identity import save_display_name

    identity = save_display_name(name)
    controller = window.controller
    if not controller.is_open:
        return
    workspace = controller.workspace

    def work(_progress: object, _stop: object) -> None:
        workspace.set_identity(identity)  # a write: on a team server it may take a moment

    task = Task(work, window)
    renamed = QCoreApplication.translate("PreferencesDialog", "Your changes now show as {name}").format(
        name=identity.display_name
    )
    task.sig_done.connect(lambda _none: _say(window, renamed, 5000))
    task.sig_failed.connect(
        lambda exc: _say(
            window,
            QCoreApplication.translate(
                "PreferencesDialog",
                "Your name is saved; the workspace will have it with your next change ({reason})",
            ).format(reason=exc),
            8000,
        )
    )
    task.start()


def _say(window: MainWindow, message: str, timeout_ms: int) -> None:
    if isValid(window):  # the user may have closed the window while the workspace was written
        window.statusBar().showMessage(message, timeout_ms)
