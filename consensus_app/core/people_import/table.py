"""A people file as a header and rows of text cells, and the limits every reader keeps.

Readers (csv_reading, xlsx_reading) hand over records as they stream them: the file line of
each and its cells. `build_table` takes the first non-blank record as the header and refuses,
by line and column, what would otherwise be changed silently: a value beyond the last named
column, a value under a column with no name, characters no stored text may hold, cells longer
than any spreadsheet writes. It stops at the row and cell limits instead of reading on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from consensus_app.core.people_import.mapping import FIELDS, normalise_header
from consensus_app.i18n import _

MAX_ROWS = 50_000  # more people than any account has: refuse rather than hang
MAX_CELLS = 1_000_000  # e.g. 50,000 rows × 20 columns; bounds the memory a file can take
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_FILE_BYTES = 64 * 1024 * 1024  # on disk; a 50,000-person CRM export is about 20 MB

# XML 1.0 cannot hold these (so neither can the XLSX, SVG and GraphML exports), PostgreSQL
# refuses NUL, and a lone surrogate cannot be written as UTF-8. Tab, CR and LF stay allowed.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class ImportFileError(ValueError):
    """The file cannot be read as a table; the message names the file and the reason."""


@dataclass(frozen=True)
class Table:
    source: str  # the file name, for messages
    headers: list[str]
    rows: list[list[str]]  # each as long as headers
    encoding: str
    lines: list[int] = field(default_factory=list)  # the file line each row starts on
    notes: list[str] = field(default_factory=list)  # what the reader assumed, for the user to see

    def line_of(self, index: int) -> int:
        """The file line of rows[index] (line 1 is the first line of the file)."""
        return self.lines[index] if index < len(self.lines) else index + 2


@dataclass
class Header:
    """The header a reader found: its labels, the line the data starts after, and groups.

    `groups` maps a label's column to the further columns whose cells join it (an XLSX header
    merged over several columns: "Name" over First and Last is one column "Ana Silva").
    """

    labels: list[str]
    last_line: int
    groups: dict[int, list[int]] = field(default_factory=dict)


def column_name(index: int, headers: list[str] | None = None) -> str:
    """'B' or "'Last Name' (B)" for the 0-based column index."""
    from openpyxl.utils import get_column_letter  # openpyxl (and numpy) only once a file is read

    letter = get_column_letter(index + 1) if index < 16_384 else str(index + 1)
    if headers and index < len(headers) and headers[index]:
        return f"{headers[index]!r} ({letter})"
    return letter


def check_cell(source: str, line: int, column: int, text: str, headers: list[str] | None) -> None:
    """Refuse a cell no stored text could hold, naming the file, line and column."""
    if len(text) <= MAX_CELL_CHARS and _FORBIDDEN.search(text) is None:
        return
    where = _("{file}, line {line}, column {column}").format(
        file=source, line=line, column=column_name(column, headers)
    )
    if len(text) > MAX_CELL_CHARS:
        raise ImportFileError(
            _(
                "{where}: a cell of {length} characters; at most {limit} are read (a spreadsheet cell's"
                " own limit)"
            ).format(where=where, length=f"{len(text):,}", limit=f"{MAX_CELL_CHARS:,}")
        )
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        code = ord(bad.group())
        what = (
            _("a NUL character")
            if code == 0
            else _("half of a surrogate pair")
            if 0xD800 <= code <= 0xDFFF
            else _("a non-character")
            if code >= 0xFFFE
            else _("a control character")
        )
        raise ImportFileError(
            _(
                "{where}: holds {what} ({code}) at character {position}, which no name or note can hold;"
                " remove it and import again"
            ).format(where=where, what=what, code=f"U+{code:04X}", position=bad.start() + 1)
        )


class CellBudget:
    """Counts cells as they are read and refuses the file once it holds too many."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cells = 0

    def spend(self, count: int, line: int) -> None:
        self.cells += count
        if self.cells > MAX_CELLS:
            raise ImportFileError(
                _(
                    "{file}: more than {limit} cells by line {line}; remove the columns you do not"
                    " import, or split the file"
                ).format(file=self.source, limit=f"{MAX_CELLS:,}", line=line)
            )


def build_table(
    source: str,
    header: Header,
    records: Iterable[tuple[int, list[str]]],
    encoding: str,
    notes: list[str] | None = None,
) -> Table:
    """The table of the records that follow `header` (records: the line and cells of each)."""
    for column, label in enumerate(header.labels):
        check_cell(source, header.last_line, column, label, None)
    labels = _unique_labels(header.labels)
    width = len(labels)
    joined = {c for extra in header.groups.values() for c in extra}
    kept = [c for c in range(width) if c not in joined]
    unnamed = [c for c in kept if not labels[c]]
    rows: list[list[str]] = []
    lines: list[int] = []
    for line, cells in records:
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if not rows and header_like(cells, labels):
            found = ", ".join(repr(c) for c in cells if c)
            raise ImportFileError(
                _(
                    "{file}, line {line} looks like a second header row ({cells}); delete it, or"
                    " join it to line {header} so each column has one name, and import again"
                ).format(file=source, line=line, cells=found[:120], header=header.last_line)
            )
        if max(map(len, cells)) > MAX_CELL_CHARS or _FORBIDDEN.search("\t".join(cells)):
            for column, text in enumerate(cells):  # one search per row; per cell to say which
                check_cell(source, line, column, text, labels)
        beyond = next((c for c in range(width, len(cells)) if cells[c]), None)
        if beyond is not None:
            raise ImportFileError(
                _(
                    "{file}, line {line}: {value} in column {column} is beyond the last named column"
                    " ({last}); name that column in line {header} or remove the value"
                ).format(
                    file=source,
                    line=line,
                    value=repr(cells[beyond][:40]),
                    column=column_name(beyond),
                    last=column_name(width - 1, labels),
                    header=header.last_line,
                )
            )
        for column in unnamed:
            if column < len(cells) and cells[column] and column > 0 and labels[column - 1]:
                raise ImportFileError(
                    _(
                        "{file}, line {line}: {value} is in column {column}, which has no name in line"
                        " {header}; name that column (or, in a workbook, merge its header cell with"
                        " {left}'s) and import again"
                    ).format(
                        file=source,
                        line=line,
                        value=repr(cells[column][:40]),
                        column=column_name(column),
                        header=header.last_line,
                        left=repr(labels[column - 1]),
                    )
                )
        if len(rows) == MAX_ROWS:
            raise ImportFileError(
                _("{file}: more than {limit} rows (line {line}); split the file").format(
                    file=source, limit=f"{MAX_ROWS:,}", line=line
                )
            )
        padded = cells + [""] * (width - len(cells))
        for first, extra in header.groups.items():
            padded[first] = " ".join(p for p in (padded[first], *(padded[c] for c in extra)) if p)
        rows.append([padded[c] for c in kept])
        lines.append(line)
    names = [labels[c] or f"(column {c + 1})" for c in kept]
    return Table(source, names, rows, encoding, lines, list(notes or []))


# Words a header row holds: every field's names, and the parts of a name a sub-header splits.
_HEADER_WORDS = {s for f in FIELDS for s in f.synonyms} | {"first", "last", "middle", "given", "family"}


def header_like(cells: list[str], labels: list[str]) -> bool:
    """Whether a row reads as (another) header: most of its cells are column names."""
    own = [normalise_header(label) for label in labels]
    filled = [(i, normalise_header(c)) for i, c in enumerate(cells) if c.strip()]
    named = sum(1 for i, c in filled if c in _HEADER_WORDS or (i < len(own) and c == own[i]))
    return named >= 2 and named * 2 >= len(filled)


def _unique_labels(labels: list[str]) -> list[str]:
    """The header labels, a repeated one numbered ("Phone", "Phone (2)") so each can be mapped."""
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        if label:
            seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
            if seen[label.casefold()] > 1:
                label = f"{label} ({seen[label.casefold()]})"
        unique.append(label)
    return unique


def trim_header(cells: list[str]) -> list[str]:
    labels = [c.strip() for c in cells]
    while labels and not labels[-1]:
        labels.pop()
    return labels
