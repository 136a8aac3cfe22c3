"""Tables as an XLSX workbook (openpyxl): one sheet per table, ready to sort and filter.

Each sheet has a bold header row that stays in view (frozen), an autofilter over the data,
and columns as wide as their contents (up to a limit; longer text wraps). Numbers, booleans
and dates stay typed, so a stance of -2 sorts and sums as a number; text that a spreadsheet
would evaluate is neutralised (see spreadsheet_cells).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.pursuit_tables import Table
from consensus_app.exporters.spreadsheet_cells import Cell, neutralise, xml_safe

MIN_WIDTH, MAX_WIDTH = 8, 60  # in characters of the default font
HEADER_FILL = PatternFill("solid", fgColor="E8EBF0")


def xlsx_value(value: Cell) -> Cell:
    return neutralise(xml_safe(value)) if isinstance(value, str) else value


def display_width(value: Cell) -> int:
    """Roughly how many character widths a value takes: Hangul and kanji count double."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    longest = max(text.splitlines() or [""], key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def _fill_sheet(sheet: Worksheet, table: Table) -> None:
    sheet.append([xml_safe(h) for h in table.headers])
    for row in table.rows:
        sheet.append([xlsx_value(v) for v in row])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = HEADER_FILL
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, header in enumerate(table.headers, 1):
        widest = max([display_width(header) + 3, *(display_width(r[index - 1]) for r in table.rows)])
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(MIN_WIDTH, min(MAX_WIDTH, widest + 2))
        for row_index, row in enumerate(table.rows, 2):
            value = row[index - 1]
            if isinstance(value, date):
                sheet.cell(row_index, index).number_format = "yyyy-mm-dd"
            elif widest > MAX_WIDTH and isinstance(value, str):
                sheet.cell(row_index, index).alignment = wrap


def write_xlsx(tables: Sequence[Table], path: Path | str, title: str | None = None) -> Path:
    """Write each table to a sheet of its own in a new workbook at `path` (replaced atomically)."""
    if not tables:
        raise ValueError("an XLSX export needs at least one table")
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        _fill_sheet(workbook.create_sheet(xml_safe(table.title)), table)
    if title:
        workbook.properties.title = xml_safe(title)
    workbook.properties.creator = "Consensus"
    with atomic_output(path) as tmp:
        workbook.save(tmp)
    return Path(path)
