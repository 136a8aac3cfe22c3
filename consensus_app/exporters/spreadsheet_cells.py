"""Spreadsheet cells that cannot run: OWASP's defence against CSV / formula injection.

A spreadsheet treats a cell that begins with `=`, `+`, `-` or `@` as a formula, and tab or
carriage return can smuggle one in after a separator. A person's name or words imported from
a CRM can be anything, so every text cell that begins with one of these gets a single quote in
front, which spreadsheets show as text. Numbers are never touched: a stance of -2 stays a
number (it is not text that a spreadsheet could evaluate).
"""

from __future__ import annotations

import re
from datetime import date

Cell = str | int | float | bool | date | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML 1.0 forbids (XLSX is XML); tab, newline and carriage return are allowed.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """The text, turned into plain text if a spreadsheet would evaluate it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xml_safe(text: str) -> str:
    """Text without the control characters an XLSX file cannot hold."""
    return _ILLEGAL_XML.sub("", text)
