"""The window's language: Qt's translators for the widgets, gettext's for the analysis texts.

Chosen once at start-up, before the first window: the user's choice in Edit ▸ Preferences
(kept in the settings as "language/window"), else the system's (QLocale.system()), else English.
Persian turns the whole window right to left (QApplication.setLayoutDirection).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from consensus_app.i18n import LANGUAGES, is_right_to_left, normalise, set_language
from consensus_app.resources import resources_dir
from consensus_app.ui.settings import UiSettings

log = logging.getLogger(__name__)

SETTING = "language/window"
_installed: list[QTranslator] = []


def chosen_language(settings: UiSettings) -> str:
    """The user's choice, else the system's language when the app speaks it, else English."""
    return normalise(settings.text(SETTING)) or system_language()


def system_language() -> str:
    """The first of the system's preferred languages the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code is not None:
            return code
    return "en"


def apply_language(app: QCoreApplication, code: str) -> str:
    """Installs the translators for `code` (replacing earlier ones) and its layout direction."""
    code = normalise(code) or "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(code)
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"consensus_{code}.qm")):
            _installed.append(ours)
        else:
            log.warning("no window catalogue for %s: the window stays in English", LANGUAGES[code])
        # Qt's own words (standard buttons, file dialogs, context menus of text fields).
        qt_words = QTranslator(app)
        if qt_words.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_words)
        for translator in _installed:
            app.installTranslator(translator)
    if isinstance(app, QApplication):
        right_to_left = is_right_to_left(code)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    return code
