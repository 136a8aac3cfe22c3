"""A CSV file read as it streams, refused by line at the first thing that would change it.

Encodings: a byte-order mark decides (UTF-8, UTF-16). Without one, UTF-16 is recognised by its
NUL bytes (every other byte of Latin text), and otherwise the file must be UTF-8 throughout:
the first byte that is not names its line. Only a file with no UTF-8 text at all (no valid
multi-byte sequence anywhere) is read as Windows-1252, older Excel's encoding, and the table
says so in a note. Parsing is strict: a quote never closed, text after a closing quote, a cell
or a row longer than any spreadsheet writes, all refused by line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from consensus_app.core.people_import.table import (
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    CellBudget,
    Header,
    ImportFileError,
    Table,
    build_table,
    trim_header,
)
from consensus_app.i18n import _

_CHUNK = 1 << 20
_MAX_RECORD_CHARS = 1_048_576  # one row, all its cells; a row Excel writes is at most ~32 cells of text
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1252": "Windows-1252"}


@dataclass(frozen=True)
class Encoding:
    codec: str  # without a byte-order mark: utf-8, utf-16-le, utf-16-be or cp1252
    skip: int  # the byte-order mark's length
    label: str  # what Table.encoding says: utf-8, utf-8-sig, utf-16, cp1252
    note: str = ""


def read_csv(path: Path) -> Table:
    source = path.name
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as exc:
        raise ImportFileError(
            _("{file}: cannot be read ({reason})").format(file=source, reason=exc.strerror)
        ) from exc
    with stream:
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{source}: {size / 2**20:,.0f} MB is more than the {MAX_FILE_BYTES // 2**20} MB a people"
                " file may have; remove the columns you do not import, or split the file"
            )
        encoding = choose_encoding(stream, source)
        stream.seek(encoding.skip)
        text = io.TextIOWrapper(stream, encoding=encoding.codec, errors="strict", newline="")
        try:
            return _parse(text, source, encoding, tab=path.suffix.lower() == ".tsv")
        except UnicodeDecodeError as exc:  # a file that changed while it was read
            raise ImportFileError(f"{source}: is not {_NAMES[encoding.codec]} ({exc.reason})") from exc


def choose_encoding(stream: BinaryIO, source: str) -> Encoding:
    """The encoding of the whole file, or a refusal naming the line of the first bad byte."""
    head = stream.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        found = Encoding("utf-8", 3, "utf-8-sig")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16-le" if head.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        found = Encoding(codec, 2, "utf-16")
    else:
        found = _utf16_without_mark(head, source) or Encoding("utf-8", 0, "utf-8")
    problem = _first_bad_byte(stream, found)
    if problem is None:
        return found
    if found.codec == "utf-8" and found.skip == 0 and not problem.after_utf8:
        stream.seek(problem.offset)
        if not _has_utf8_sequence(stream):
            cp1252 = Encoding(
                "cp1252",
                0,
                "cp1252",
                _(
                    "{file} holds no UTF-8 text, so it was read as Windows-1252 (older Excel's"
                    " encoding). If names look wrong, save it as “CSV UTF-8” and import it again."
                ).format(file=source),
            )
            neither = _first_bad_byte(stream, cp1252)
            if neither is None:
                return cp1252
            raise ImportFileError(neither.message(source, cp1252))
    raise ImportFileError(problem.message(source, found))


def _utf16_without_mark(head: bytes, source: str) -> Encoding | None:
    """UTF-16 without a byte-order mark: Latin text has a NUL in every other byte."""
    pairs = len(head) // 2
    if pairs < 2 or b"\x00" not in head:
        return None
    even_nul = head[0 : pairs * 2 : 2].count(0) / pairs
    odd_nul = head[1 : pairs * 2 : 2].count(0) / pairs
    if odd_nul > 0.1 and odd_nul > 3 * even_nul:
        codec = "utf-16-le"
    elif even_nul > 0.1 and even_nul > 3 * odd_nul:
        codec = "utf-16-be"
    else:
        return None  # NUL bytes but no pattern: refused later by line, as NUL characters
    sample = head[: pairs * 2].decode(codec, errors="replace")
    if not (set(sample) & {"\n", "\r"} and set(sample) & {",", ";", "\t"}):
        return None  # not text with lines and cells: a stray NUL, refused later by line
    endian = "little" if codec.endswith("le") else "big"
    note = f"{source} has no byte-order mark; its NUL bytes show UTF-16 ({endian}-endian), read as such."
    return Encoding(codec, 0, "utf-16", note)


@dataclass(frozen=True)
class _BadByte:
    offset: int  # in the file
    byte: int
    line: int
    before: str  # the text of the line before it
    after_utf8: bool  # valid multi-byte UTF-8 came before it

    def message(self, source: str, encoding: Encoding) -> str:
        name = _NAMES[encoding.codec]
        byte, offset = f"0x{self.byte:02X}", f"{self.offset + 1:,}"
        where = (
            _("{file}, line {line}: byte {byte} (byte {offset} of the file, after {before})").format(
                file=source, line=self.line, byte=byte, offset=offset, before=repr(self.before[-20:])
            )
            if self.before
            else _(
                "{file}, line {line}: byte {byte} (byte {offset} of the file, at the start of the line)"
            ).format(file=source, line=self.line, byte=byte, offset=offset)
        )
        if encoding.codec == "utf-8" and encoding.skip == 0:
            return _(
                "{where} is not UTF-8, though the rest of the file is; it mixes two encodings. Fix that"
                " line, or save the whole file as “CSV UTF-8”, and import it again"
            ).format(where=where)
        return _("{where} is not {encoding}; save the file as “CSV UTF-8” and import it again").format(
            where=where, encoding=name
        )


def _first_bad_byte(stream: BinaryIO, encoding: Encoding) -> _BadByte | None:
    stream.seek(encoding.skip)
    decoder = codecs.getincrementaldecoder(encoding.codec)("strict")
    offset, line, tail, non_ascii = encoding.skip, 1, "", False
    while True:
        chunk = stream.read(_CHUNK)
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            data = pending + chunk
            good = data[: exc.start].decode(encoding.codec)
            line += good.count("\n")
            tail = (tail + good).rsplit("\n", 1)[-1]
            start = offset - len(pending) + exc.start
            non_ascii = non_ascii or not good.isascii()
            return _BadByte(start, data[exc.start], line, tail, non_ascii)
        line += text.count("\n")
        tail = (tail + text[-200:]).rsplit("\n", 1)[-1][-40:]
        non_ascii = non_ascii or not text.isascii()
        offset += len(chunk)
        if not chunk:
            return None


def _has_utf8_sequence(stream: BinaryIO) -> bool:
    carry = b""
    while chunk := stream.read(_CHUNK):
        data = carry + chunk
        if _UTF8_SEQUENCE.search(data):
            return True
        carry = data[-3:]
    return False


class _Lines:
    """The file's lines for csv.reader, counted, and refused once one row grows too long."""

    def __init__(self, text: io.TextIOWrapper, source: str) -> None:
        self.text, self.source = text, source
        self.line = 0  # lines handed out so far
        self.row_start = 1  # the line the current row started on
        self.row_chars = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        piece = self.text.readline(_MAX_RECORD_CHARS + 1)
        if not piece:
            raise StopIteration
        self.line += 1
        self.row_chars += len(piece)
        if self.row_chars > _MAX_RECORD_CHARS:
            raise ImportFileError(
                f"{self.source}, line {self.row_start}: a row of more than {_MAX_RECORD_CHARS:,} characters"
                " (is a quote in it never closed?)"
            )
        return piece

    def next_row(self) -> None:
        self.row_start, self.row_chars = self.line + 1, 0


def _parse(text: io.TextIOWrapper, source: str, encoding: Encoding, tab: bool) -> Table:
    lines = _Lines(text, source)
    first = next(lines, "")
    while first and not first.strip():
        lines.next_row()
        first = next(lines, "")
    delimiter = "\t" if tab else _delimiter_of(first)
    if re.fullmatch(r"sep=(.)\r?\n?", first):  # Excel's hint line: "sep=;"
        delimiter, first = first[4], ""
        lines.next_row()
    reader = csv.reader(chain([first], lines) if first else lines, delimiter=delimiter, strict=True)
    records = _records(reader, lines, source)
    budget = CellBudget(source)
    header_line, cells = next(records, (0, []))
    budget.spend(len(cells), header_line)
    labels = trim_header(cells)
    if not any(labels):
        if header_line == 0:
            raise ImportFileError(_("{file}: the file is empty").format(file=source))
        raise ImportFileError(
            _("{file}, line {line}: the first row holds no column names").format(
                file=source, line=header_line
            )
        )
    header = Header(labels, header_line)

    def data() -> Iterator[tuple[int, list[str]]]:
        for line, row in records:
            budget.spend(len(row), line)
            if lines.line > line and 0 < len(row) < len(labels) and _swallowed(row, delimiter):
                raise ImportFileError(
                    _(
                        "{file}, lines {line}–{last} read as one row with {count} of {columns} columns:"
                        " a quote in line {line} is probably never closed"
                    ).format(file=source, line=line, last=lines.line, count=len(row), columns=len(labels))
                )
            yield line, row

    notes = [encoding.note] if encoding.note else []
    return build_table(source, header, data(), encoding.label, notes)


def _swallowed(row: list[str], delimiter: str) -> bool:
    """Whether a short row's cell holds whole lines with delimiters: rows a stray quote took in."""
    return any(delimiter in cell.split("\n", 1)[-1] for cell in row if "\n" in cell)


def _records(reader: Iterator[list[str]], lines: _Lines, source: str) -> Iterator[tuple[int, list[str]]]:
    while True:
        start = lines.row_start
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFileError(_csv_problem(source, start, lines.line, str(exc))) from exc
        lines.next_row()
        yield start, row


def _csv_problem(source: str, start: int, now: int, error: str) -> str:
    if "unexpected end of data" in error:
        return _(
            "{file}, line {line}: a quote opens a cell that is never closed, so every line after it"
            ' would be read into that cell; close the quote (or double it: "") and import again'
        ).format(file=source, line=start)
    if "expected after" in error and now > start:
        return _(
            "{file}, line {line}: text follows a quote that closes a cell opened in line {start};"
            ' is a quote in line {start} never closed? Close it (or double it: "") and import again'
        ).format(file=source, line=now, start=start)
    if "expected after" in error:
        return _(
            "{file}, line {line}: text follows a closing quote; put the whole cell in quotes and"
            ' double the quotes inside it ("Ana ""Nina"" Silva")'
        ).format(file=source, line=now)
    if "field larger than field limit" in error:
        return _(
            "{file}, line {line}: a cell longer than any spreadsheet writes (over {limit}"
            " characters); is a quote in it never closed?"
        ).format(file=source, line=start, limit=f"{MAX_CELL_CHARS:,}")
    return _("{file}, line {line}: not valid CSV ({reason})").format(file=source, line=now, reason=error)


def _delimiter_of(line: str) -> str:
    """The delimiter the header line uses most, outside quotes (comma when there is none)."""
    outside = re.sub(r'"[^"]*"', "", line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
