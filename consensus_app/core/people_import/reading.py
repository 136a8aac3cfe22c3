"""A CSV or XLSX file as a header row and rows of text cells.

CSV files come from Excel and CRMs in several encodings: UTF-8 with or without a byte-order
mark, UTF-16 (Excel's "Unicode text"), or Windows-1252 (older Excel on Windows). The byte-order
mark decides when there is one; otherwise UTF-8 is tried strictly before Windows-1252, which
accepts almost any byte and so comes last.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

WORKBOOKS = (".xlsx", ".xlsm")
DELIMITED = (".csv", ".txt", ".tsv")
SPREADSHEETS = DELIMITED + WORKBOOKS  # the files read_table reads
MAX_ROWS = 50_000  # more people than any account has: refuse rather than hang


class ImportFileError(ValueError):
    """The file cannot be read as a table; the message names the file and the reason."""


@dataclass(frozen=True)
class Table:
    source: str  # the file name, for messages
    headers: list[str]
    rows: list[list[str]]  # each as long as headers; row i is line i + 2 of the file
    encoding: str


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS:
        return _read_xlsx(path)
    if suffix in DELIMITED:
        return _read_csv(path)
    raise ImportFileError(f"{path.name}: not a CSV or XLSX file (the name ends in {suffix or 'nothing'})")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of a file and the encoding it was in."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"{source}: starts as {encoding} but is not ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:  # five bytes cp1252 leaves undefined
        raise ImportFileError(
            f"{source}: the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8 CSV"
        ) from exc


def _read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    text, encoding = decode(data, path.name)
    if "\x00" in text:
        raise ImportFileError(f"{path.name}: contains NUL characters; is it really a CSV file?")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or nothing to tell from
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}: not valid CSV ({exc})") from exc
    return _table(path.name, records, encoding)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # only when a workbook is opened
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as exc:
        raise ImportFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    try:
        sheet = book.worksheets[0]
        records = [
            ["" if v is None else str(v) for v in row]
            for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)
        ]
    finally:
        book.close()
    return _table(path.name, records, "xlsx")


def _table(source: str, records: list[list[str]], encoding: str) -> Table:
    records = [r for r in records if any(cell.strip() for cell in r)]
    if not records:
        raise ImportFileError(f"{source}: the file is empty")
    headers = [h.strip() for h in records[0]]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ImportFileError(f"{source}: the first row holds no column names")
    rows = records[1:]
    if len(rows) > MAX_ROWS:
        raise ImportFileError(f"{source}: {len(rows):,} rows is more than {MAX_ROWS:,}; split the file")
    width = len(headers)
    return Table(source, headers, [[c.strip() for c in (r + [""] * width)[:width]] for r in rows], encoding)
