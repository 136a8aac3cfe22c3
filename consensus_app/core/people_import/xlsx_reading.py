"""An XLSX workbook's first sheet, read as it streams, with its merged header understood.

openpyxl's read-only mode streams rows in near-constant memory but hides merged cells, and it
trusts the archive: a 1 MB file can unpack to gigabytes. So `xlsx_checks` first reads the zip
directory and scans the XML once (sizes, entity declarations, cell lengths, merged ranges), and
only then does openpyxl read the rows. A header merged over several columns ("Name" over the
first and last names) becomes one column holding the cells under it joined by a space; a header
of two rows (groups above, names below) becomes one row of names; a cell merged down over
several data rows gives each row its value.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from consensus_app.core.people_import.mapping import normalise_header
from consensus_app.core.people_import.table import (
    MAX_CELLS,
    CellBudget,
    Header,
    ImportFileError,
    Table,
    build_table,
    column_name,
    header_like,
    trim_header,
)
from consensus_app.core.people_import.xlsx_checks import (
    Merge,
    Part,
    check_workbook,
    find_xml_error,
    locate_shared_string,
    locate_xml_error,
)
from consensus_app.i18n import _, ngettext

Record = tuple[int, list[str]]  # a sheet row's number and its cells
# What a broken or hostile workbook makes openpyxl raise, all "not a readable workbook".
_UNREADABLE = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    SyntaxError,  # xml.etree's ParseError
    BadZipFile,
    zlib.error,
)
_XML_POSITION = re.compile(r":? line \d+, column \d+$")  # expat's place in the XML, not the sheet's
_NAME_PARTS = {"first", "last", "middle", "given", "family", "firstname", "lastname", "surname"}


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # only when a workbook is opened

    source = path.name
    parts = check_workbook(path, source)
    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except SyntaxError as exc:  # a sheet without <dimension> is parsed whole on opening
        raise _xml_error(path, list(parts), exc) from exc
    except _UNREADABLE as exc:
        raise ImportFileError(
            _("{file}: not a readable XLSX workbook ({reason})").format(file=source, reason=exc)
        ) from exc
    try:
        if not book.worksheets:
            raise ImportFileError(_("{file}: the workbook has no sheet").format(file=source))
        sheet = book.worksheets[0]
        # read-only sheets keep their part name privately; the scan found its merges and cells by it
        part_name = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
        part = _checked_part(source, parts, part_name)
        notes = _uncomputed_note(source, part)
        sheet.reset_dimensions()  # a <dimension> that lies must not pad every row to 16,384 cells
        rows = _rows(sheet.iter_rows(values_only=True), source)
        try:
            return _table(source, rows, part.merges, len(book.sheetnames), notes)
        except ImportFileError:
            raise
        except SyntaxError as exc:  # expat: a character XML cannot hold, or a damaged part
            raise _xml_error(path, [part_name, *parts], exc) from exc
        except _UNREADABLE as exc:
            raise ImportFileError(
                _("{file}: not a readable XLSX workbook ({reason})").format(file=source, reason=exc)
            ) from exc
    finally:
        book.close()


def _checked_part(source: str, parts: dict[str, Part], name: str) -> Part:
    if name not in parts:  # a sheet in a part the scan skipped as a picture
        said = _("{file}: its first sheet is stored in {part}, which is not a sheet")
        raise ImportFileError(said.format(file=source, part=name))
    part = parts[name]
    if part.cells > MAX_CELLS:
        raise ImportFileError(
            _(
                "{file}: the first sheet has {cells} cells (empty cells with formatting count), more than"
                " {limit}; delete the rows and columns you do not import"
            ).format(file=source, cells=f"{part.cells:,}", limit=f"{MAX_CELLS:,}")
        )
    return part


def _uncomputed_note(source: str, part: Part) -> list[str]:
    """data_only reads the result a formula was saved with; some writers save none."""
    if not part.uncomputed:
        return []
    return [
        _(
            "{file}: {n} formula cells (first {first}) were saved without their results and read as"
            " empty; open the file in a spreadsheet and save it again."
        ).format(file=source, n=f"{len(part.uncomputed):,}", first=part.uncomputed[0])
    ]


def _xml_error(path: Path, candidates: list[str], exc: SyntaxError) -> ImportFileError:
    """Name the cell that holds XML's unreadable character (often a control character)."""
    reason = _XML_POSITION.sub("", str(getattr(exc, "msg", exc)))
    broken = find_xml_error(path, [c for c in dict.fromkeys(candidates) if c])
    if broken is None:  # well-formed to expat, refused by the reader (a namespace that is no URI)
        return ImportFileError(
            _("{file}: not a readable XLSX workbook ({reason})").format(file=path.name, reason=reason)
        )
    cell = None
    if broken is not None and broken[0].endswith("sharedStrings.xml"):
        sheets = [c for c in candidates if c.startswith("xl/worksheets/")]
        cell = locate_shared_string(path, sheets[0] if sheets else "", broken[1])
    elif broken is not None:
        cell = locate_xml_error(path, broken[0], broken[1])
    where = f"{path.name}, its part {broken[0]}" if broken else path.name
    if cell is not None:
        where = f"{path.name}, line {cell[1]}, column {cell[0]}"
    return ImportFileError(
        f"{where}: not readable XML ({reason}); a character no cell can hold (a control"
        " character), or a damaged file"
    )


def _rows(values: Iterator[tuple[Any, ...]], source: str) -> Iterator[Record]:
    budget = CellBudget(source)
    for line, row in enumerate(values, start=1):
        budget.spend(len(row), line)
        yield line, [_text(v) for v in row]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))  # a phone number typed as a number, not "4791234567.0"
    return str(value)


def _table(source: str, rows: Iterator[Record], merges: list[Merge], sheets: int, notes: list[str]) -> Table:
    first = next(((line, cells) for line, cells in rows if any(c.strip() for c in cells)), None)
    if first is None:
        raise ImportFileError(_("{file}: the file is empty").format(file=source))
    top_line, top = first
    if sheets > 1:
        notes.append(
            ngettext(
                "{file} has {n} sheet; only the first was read.",
                "{file} has {n} sheets; only the first was read.",
                sheets,
            ).format(file=source, n=sheets)
        )
    in_header = [m for m in merges if m.top == top_line]
    across = [m for m in in_header if m.right > m.left]
    down = [m for m in in_header if m.bottom > m.top]
    labels = trim_header(top)
    width = max([len(labels), *(m.right for m in across)])
    labels += [""] * (width - len(labels))  # columns a merged label covers, up to its last
    if not any(labels):
        raise ImportFileError(
            _("{file}, line {line}: the first row holds no column names").format(file=source, line=top_line)
        )
    below_line, below = next(rows, (top_line + 1, []))
    if below_line != top_line + 1:
        below = []  # the header is followed by blank lines
    data: Iterator[Record]
    if down or (across and _sub_header(below, labels)):
        header = Header(_two_row_labels(labels, below, across), below_line)
        data = rows
        notes.append(
            _("{file}: lines {top} and {below} were read as one header.").format(
                file=source, top=top_line, below=below_line
            )
        )
    else:
        groups = {m.left - 1: list(range(m.left, m.right)) for m in across}
        header = Header(labels, top_line, groups)
        data = _chain_one((below_line, below), rows) if below else rows
    data_merges = [m for m in merges if m.top > header.last_line]
    fills = _fill_down(source, data_merges, header)
    if fills:
        notes.append(
            _("{file}: merged cells were read as the same value on each of their rows.").format(file=source)
        )
    return build_table(source, header, _filled(data, fills), "xlsx", notes)


def _sub_header(below: list[str], labels: list[str]) -> bool:
    """Whether the row under a merged header names the columns (First, Last) or holds data."""
    return header_like(below, labels)


def _two_row_labels(top: list[str], below: list[str], across: list[Merge]) -> list[str]:
    group_of = list(top) + [""] * max(0, len(below) - len(top))
    for merge in across:
        for column in range(merge.left, merge.right):
            group_of[column] = top[merge.left - 1]
    subs = [s.strip() for s in below] + [""] * (len(group_of) - len(below))
    repeated = {s.casefold() for s in subs if s and [t.casefold() for t in subs].count(s.casefold()) > 1}
    labels = []
    for group, sub in zip(group_of, subs, strict=True):
        group = group.strip()
        if not sub or sub.casefold() == group.casefold():
            labels.append(group)
        elif not group:
            labels.append(sub)
        elif normalise_header(group) == "name" and normalise_header(sub) in _NAME_PARTS:
            labels.append(sub if "name" in sub.casefold() else f"{sub} {group}")  # "First Name"
        elif sub.casefold() in repeated:
            labels.append(f"{group} {sub}")  # "Manager Email" beside "Email"
        else:
            labels.append(sub)
    return trim_header(labels)


def _fill_down(source: str, merges: list[Merge], header: Header) -> dict[int, list[tuple[int, int]]]:
    """Data cells merged down over rows: line → (column, the line whose value it shows)."""
    joined = {(first, *extra) for first, extra in header.groups.items()}
    fills: dict[int, list[tuple[int, int]]] = {}
    count = 0
    for merge in merges:
        columns = tuple(range(merge.left - 1, merge.right))
        if len(columns) > 1 and columns not in joined:
            raise ImportFileError(
                _(
                    "{file}, line {line}: cells {cells} are merged across columns {first}–{last}; unmerge"
                    " them so each column holds its own value, and import again"
                ).format(
                    file=source,
                    line=merge.top,
                    cells=merge.ref,
                    first=column_name(columns[0]),
                    last=column_name(columns[-1]),
                )
            )
        count += (merge.bottom - merge.top) * len(columns)
        if count > MAX_CELLS:
            raise ImportFileError(f"{source}, line {merge.top}: cells {merge.ref} merge too many rows")
        for line in range(merge.top + 1, merge.bottom + 1):
            fills.setdefault(line, []).extend((column, merge.top) for column in columns)
    return fills


def _filled(rows: Iterator[Record], fills: dict[int, list[tuple[int, int]]]) -> Iterator[Record]:
    origins = {origin for cells in fills.values() for _column, origin in cells}
    kept: dict[int, list[str]] = {}
    for line, cells in rows:
        if line in origins:
            kept[line] = cells
        for column, origin in fills.get(line, ()):
            shown = kept.get(origin, [])
            if column < len(shown) and shown[column]:
                cells = cells + [""] * (column + 1 - len(cells))
                cells[column] = cells[column] or shown[column]
        yield line, cells


def _chain_one(first: Record, rest: Iterator[Record]) -> Iterator[Record]:
    yield first
    yield from rest
