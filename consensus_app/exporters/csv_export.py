"""One table as a CSV file Excel opens as it is: UTF-8 with a byte-order mark, CRLF line ends.

One table per file (a CSV file has no sheets): export the committee and the priorities to
two files, or use XLSX for both in one. Text that a spreadsheet would evaluate is neutralised
(see spreadsheet_cells); booleans are TRUE / FALSE and dates ISO 8601, as Excel reads them.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.pursuit_tables import Table
from consensus_app.exporters.spreadsheet_cells import Cell, neutralise


def csv_value(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value) if isinstance(value, str) else value


def write_csv(table: Table, path: Path | str) -> Path:
    """Write `table` to `path` (replaced atomically); return the path."""
    # utf-8-sig writes the BOM Excel needs to read UTF-8 (names in Hangul, Persian…).
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([csv_value(h) for h in table.headers])
        writer.writerows([csv_value(v) for v in row] for row in table.rows)
    return Path(path)
