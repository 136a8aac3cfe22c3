"""Words marked for the window's catalogues where they are defined, translated where shown.

Qt's own QT_TRANSLATE_NOOP is typed as returning `object`; this one returns the text as a str.
pyside6-lupdate finds the marks by their name, so the catalogues see them the same way.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, unchanged; lupdate files it under `context` (translate it with that context)."""
    return text
