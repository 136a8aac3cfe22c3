"""A CSV or XLSX file as a header row and rows of text cells — or a refusal that says where.

Nothing in a people file is changed silently: a byte that is not in the file's encoding, a
quote never closed, a value beyond the last named column, a control character, a cell longer
than a spreadsheet's, a merged or two-row header read wrong — each is refused, or read as the
user sees it, with the file, line and column named. Large and hostile files (zip bombs, entity
expansion, a gigabyte cell) are refused from their sizes before they are read, and reading
streams and stops at the limits in `table`. What the reader had to assume (Windows-1252, a
two-row header) is in `Table.notes`, for the command line and the import dialog to show.

The work is in csv_reading, xlsx_checks and xlsx_reading; this module is the entry point.
"""

from __future__ import annotations

from pathlib import Path

from consensus_app.core.people_import.table import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    Table,
)

WORKBOOKS = (".xlsx", ".xlsm")
DELIMITED = (".csv", ".txt", ".tsv")
SPREADSHEETS = DELIMITED + WORKBOOKS  # the files read_table reads

__all__ = [
    "DELIMITED",
    "MAX_CELLS",
    "MAX_CELL_CHARS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "SPREADSHEETS",
    "WORKBOOKS",
    "ImportFileError",
    "Table",
    "decode",
    "read_table",
]


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS:
        from consensus_app.core.people_import.xlsx_reading import read_xlsx

        return read_xlsx(path)
    if suffix in DELIMITED:
        from consensus_app.core.people_import.csv_reading import read_csv

        return read_csv(path)
    raise ImportFileError(f"{path.name}: not a CSV or XLSX file (the name ends in {suffix or 'nothing'})")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of a small file held in memory and its encoding, by the rules CSV files follow."""
    import io

    from consensus_app.core.people_import.csv_reading import choose_encoding

    encoding = choose_encoding(io.BytesIO(data), source)
    text = data[encoding.skip :].decode(encoding.codec)
    return text, encoding.label
