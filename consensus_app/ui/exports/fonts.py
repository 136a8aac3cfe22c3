"""Is there a font for the export's Korean, Japanese, Chinese or Persian text? Asked of Qt's font
database (fontconfig on Linux, the system's elsewhere), before a PDF, SVG or PNG is drawn.

The export is drawn either way; a missing font is reported as a warning naming the language and
the font to install (exporters/font_scripts.py words it), which the command line prints and
the export dialog shows with its result and the log keeps, rather than empty boxes found in the
file later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from consensus_app.exporters.font_scripts import (
    ARABIC,
    CHINESE,
    HANGUL,
    JAPANESE,
    ScriptGroup,
    log,
    warn_missing_fonts,
)
from consensus_app.i18n import current_language

_SYSTEMS = {
    HANGUL: QFontDatabase.WritingSystem.Korean,
    JAPANESE: QFontDatabase.WritingSystem.Japanese,
    CHINESE: QFontDatabase.WritingSystem.SimplifiedChinese,
    ARABIC: QFontDatabase.WritingSystem.Arabic,
}


def families_for(group: ScriptGroup) -> list[str]:
    """The installed font families that draw `group`'s script."""
    return list(QFontDatabase.families(_SYSTEMS[group]))


def has_font(group: ScriptGroup) -> bool:
    from consensus_app.ui.exports.headless import ensure_application

    ensure_application()  # Qt's font database needs an application (an offscreen one will do)
    return bool(families_for(group))


def check_fonts(texts: Iterable[str], path: Path | str) -> list[str]:
    """Warn (log) for every script in `texts`, or of the export's language, no installed font draws."""
    return warn_missing_fonts(texts, Path(path).name, has_font, current_language())


@contextmanager
def font_warnings() -> Iterator[list[str]]:
    """The missing-font warnings given inside the block, for the window to show with its result."""
    said: list[str] = []
    handler = _Kept(said)
    log.addHandler(handler)
    try:
        yield said
    finally:
        log.removeHandler(handler)


class _Kept(logging.Handler):
    def __init__(self, said: list[str]) -> None:
        super().__init__(logging.WARNING)
        self._said = said

    def emit(self, record: logging.LogRecord) -> None:
        self._said.append(record.getMessage())
