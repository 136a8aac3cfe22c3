"""Spreadsheet cells that cannot run: OWASP's defence against CSV / formula injection.

A spreadsheet treats a cell that begins with `=`, `+`, `-` or `@` as a formula, and tab or
carriage return can smuggle one in after a separator. A person's name or words imported from
a CRM can be anything, so every text cell that begins with one of these gets a single quote in
front, which spreadsheets show as text. Numbers are never touched: a stance of -2 stays a
number (it is not text that a spreadsheet could evaluate).
"""

from __future__ import annotations

from datetime import date

from consensus_app.core.text_checks import xml_safe as _xml_safe

Cell = str | int | float | bool | date | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """The text, turned into plain text if a spreadsheet would evaluate it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xml_safe(text: str) -> str:
    """Text without what an XLSX file (XML 1.0) cannot hold: most control characters, U+FFFE,
    U+FFFF and lone surrogates; tab, newline and carriage return stay."""
    return _xml_safe(text)
