"""Qt's own words for the standard buttons, for a language Qt ships no catalogue for (Indonesian).

Qt names the buttons of its dialogs (OK, Cancel, Yes…) through its catalogue, context
"QPlatformTheme"; PySide6 brings qtbase_ko, _ja and _fa but no qtbase_id. Marked here, they join
the window's catalogues (resources/i18n), which answer when Qt's own has no entry.
"""

from __future__ import annotations

from consensus_app.ui.marked import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
