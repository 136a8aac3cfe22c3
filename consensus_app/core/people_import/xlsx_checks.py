"""What an XLSX archive would cost to read, checked before any XML is parsed.

An XLSX file is a zip of XML parts, and the zip directory says how large each part unpacks
(Python's zipfile stops at that size and refuses a part whose data says otherwise, by CRC). So
the directory alone refuses a zip bomb; then one streaming pass over each XML part refuses what
Excel never writes (DTDs, hence entity amplification such as "billion laughs"; CDATA) and a
text run longer than a cell may be, so openpyxl never builds a gigabyte string. The same pass
collects the merged ranges (`<mergeCell ref="A1:B1"/>`), which openpyxl's read-only mode hides.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO
from xml.parsers import expat
from zipfile import BadZipFile, ZipFile, ZipInfo

from openpyxl.utils.cell import range_boundaries

from consensus_app.core.people_import.table import MAX_CELL_CHARS, MAX_CELLS, MAX_FILE_BYTES, ImportFileError
from consensus_app.i18n import _

MAX_PART_BYTES = 160 * 1024 * 1024  # one sheet or the shared strings, unpacked
MAX_SMALL_PART_BYTES = 16 * 1024 * 1024  # any other XML part (styles, workbook, relations)
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # all XML parts together
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024  # the zip's list of parts; a workbook's is a few kB
MAX_MERGES = 100_000
# A run of text between two tags: one cell at most 32,767 characters, each at most 10 bytes
# as a character reference, so a longer run is a longer cell.
_MAX_RUN_BYTES = MAX_CELL_CHARS * 10
_CHUNK = 1 << 20
_NEVER_PARSED = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin", ".svg")
_MERGE = re.compile(
    rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)[\"']"
)
_ROW = re.compile(rb"<(?:[\w.-]+:)?row\b[^>]*?\br\s*=\s*[\"'](\d{1,7})[\"']")


@dataclass
class Part:
    """What the scan found in one XML part."""

    merges: list[Merge]
    cells: int = 0  # <c> elements of a sheet, <si> strings of the shared strings
    uncomputed: list[str] = field(default_factory=list)  # formula cells saved without a result


@dataclass(frozen=True)
class Merge:
    ref: str  # "A1:B1"
    left: int  # 1-based columns and rows, inclusive
    top: int
    right: int
    bottom: int


def check_workbook(path: Path, source: str) -> dict[str, Part]:
    """Refuse a workbook too large or unsafe to read; what each XML part holds, by name."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            _check_directory(stream, size, source)
        archive = ZipFile(path)
    except (OSError, BadZipFile, ValueError, EOFError) as exc:
        raise ImportFileError(
            _("{file}: not a readable XLSX workbook ({reason})").format(file=source, reason=exc)
        ) from exc
    with archive:
        # Every part openpyxl could parse, whatever its name; pictures and macros it never reads.
        xml = [i for i in archive.infolist() if not i.filename.lower().endswith(_NEVER_PARSED)]
        total = 0
        for info in xml:
            limit = MAX_PART_BYTES if _is_big_part(info.filename) else MAX_SMALL_PART_BYTES
            if info.file_size > limit:
                raise ImportFileError(
                    _(
                        "{file}: its part {part} unpacks to {size} MB, more than the {limit} MB a people"
                        " workbook may hold (a zip bomb?)"
                    ).format(
                        file=source,
                        part=info.filename,
                        size=f"{info.file_size / 2**20:,.0f}",
                        limit=limit // 2**20,
                    )
                )
            total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise ImportFileError(
                _(
                    "{file}: unpacks to {size} MB of XML, more than the {limit} MB a people workbook may"
                    " hold; split it"
                ).format(file=source, size=f"{total / 2**20:,.0f}", limit=MAX_UNPACKED_BYTES // 2**20)
            )
        try:
            parts = {info.filename: _scan(archive, info, source) for info in xml}
        except (BadZipFile, zlib.error, EOFError, OSError) as exc:  # e.g. a size the data belies
            raise ImportFileError(
                _("{file}: not a readable XLSX workbook, it is damaged ({reason})").format(
                    file=source, reason=exc
                )
            ) from exc
        shared = _shared_strings_part(archive)
    if shared is not None and shared not in parts:
        raise ImportFileError(
            f"{source}: its texts are stored in {shared}, a part no spreadsheet uses for them"
        )
    strings = parts[shared].cells if shared else 0
    if strings > MAX_CELLS:
        raise ImportFileError(
            _(
                "{file}: holds {count} different texts, more than the {limit} cells a people workbook may"
                " have; split it"
            ).format(file=source, count=f"{strings:,}", limit=f"{MAX_CELLS:,}")
        )
    return parts


def _shared_strings_part(archive: ZipFile) -> str | None:
    """Where openpyxl will look for the shared strings: the package's content types say."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.xml.constants import ARC_CONTENT_TYPES, SHARED_STRINGS
    from openpyxl.xml.functions import fromstring

    try:  # already scanned: no DTD, at most MAX_SMALL_PART_BYTES
        found = Manifest.from_tree(fromstring(archive.read(ARC_CONTENT_TYPES))).find(SHARED_STRINGS)
    except (KeyError, ValueError, TypeError, SyntaxError):
        return None  # openpyxl will refuse the file for the same reason
    return str(found.PartName).lstrip("/") if found is not None else None


def _is_big_part(name: str) -> bool:
    return name.startswith("xl/worksheets/") or name.endswith("sharedStrings.xml")


def _check_directory(binary: BinaryIO, size: int, source: str) -> None:
    """Refuse a file too big, or a zip directory too long, before zipfile parses it all."""
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            _("{file}: {size} MB is more than the {limit} MB a people workbook may have; split it").format(
                file=source, size=f"{size / 2**20:,.0f}", limit=MAX_FILE_BYTES // 2**20
            )
        )
    tail_size = min(size, 65_557)  # the end record and its longest comment
    binary.seek(size - tail_size)
    tail = binary.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise BadZipFile("no zip directory")
    _sig, _disk, _start, _here, entries, directory, _offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at : at + 22]
    )
    if directory > MAX_DIRECTORY_BYTES or entries == 0xFFFF:
        raise ImportFileError(
            _(
                "{file}: its zip directory lists {entries} parts in {size} bytes, far more than a"
                " workbook has; it is refused as unsafe"
            ).format(file=source, entries=f"{entries:,}", size=f"{directory:,}")
        )


def _scan(archive: ZipFile, info: ZipInfo, source: str) -> Part:
    part = Part([])
    merges = part.merges
    sheet = info.filename.startswith("xl/worksheets/")
    strings = _is_big_part(info.filename) and not sheet
    carry = b""
    last_row = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = carry + chunk
            cut = data.rfind(b"<") if chunk else len(data)
            cell = data.rfind(b"<c ", 0, cut + 1) if sheet and chunk else -1
            if cell > 0 and cut - cell < 4096:
                cut = cell  # keep a cell whole, for the formula check
            piece, carry = (data[:cut], data[cut:]) if cut > 0 else (b"", data)
            if len(carry) > _MAX_RUN_BYTES:
                piece, carry = data, b""  # no tag for too long: the run check below refuses it
            if b"<!DOCTYPE" in piece or b"<!ENTITY" in piece:
                raise ImportFileError(
                    _(
                        "{file}: its part {part} declares XML entities (<!DOCTYPE>), which spreadsheet"
                        " programs never write; it is refused as unsafe (entity expansion)"
                    ).format(file=source, part=info.filename)
                )
            if b"<![CDATA[" in piece:
                raise ImportFileError(
                    _(
                        "{file}: its part {part} holds CDATA sections, which spreadsheet programs never"
                        " write; save the file again from Excel or LibreOffice"
                    ).format(file=source, part=info.filename)
                )
            long_run = _long_run(piece)
            if long_run >= 0:
                rows = _ROW.findall(piece, 0, long_run)
                line = int(rows[-1]) if rows else last_row
                where = (
                    _("line {line} of the first sheet").format(line=line)
                    if line
                    else _("its part {part}").format(part=info.filename)
                )
                raise ImportFileError(
                    _(
                        "{file}, {where}: a cell of more than {limit} characters; at most {limit} are"
                        " read (a spreadsheet cell's own limit)"
                    ).format(file=source, where=where, limit=f"{MAX_CELL_CHARS:,}")
                )
            if strings:
                part.cells += piece.count(b"<si>") + piece.count(b"<si ")
            if sheet:
                part.cells += piece.count(b"<c ") + piece.count(b"<c>")
                row = _ROW.match(piece, max(piece.rfind(b"<row "), 0))
                last_row = int(row.group(1)) if row else last_row
                if b"<f" in piece and len(part.uncomputed) < 1000:
                    part.uncomputed.extend(f"{c.decode()}{r.decode()}" for c, r in _UNCOMPUTED.findall(piece))
                if b"mergeCell" in piece:
                    merges.extend(_merge(ref.decode()) for ref in _MERGE.findall(piece))
                    if len(merges) > MAX_MERGES:
                        raise ImportFileError(
                            _("{file}: more than {limit} merged ranges").format(
                                file=source, limit=f"{MAX_MERGES:,}"
                            )
                        )
            if not chunk:
                return part


def _long_run(piece: bytes) -> int:
    """Where a run of more than _MAX_RUN_BYTES bytes without a tag starts in `piece`, or -1.

    Such a run holds a whole aligned block of half its length, so only blocks without any
    "<" are measured: linear in the piece, with no Python loop over its many short runs.
    """
    block = _MAX_RUN_BYTES // 2
    for start in range(0, len(piece), block):
        if b"<" in piece[start : start + block]:
            continue
        first = piece.rfind(b"<", 0, start) + 1
        end = piece.find(b"<", start + block)
        if (len(piece) if end < 0 else end) - first > _MAX_RUN_BYTES:
            return first
    return -1


def _merge(ref: str) -> Merge:
    left, top, right, bottom = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
    return Merge(ref, int(left or 1), int(top or 1), int(right or 1), int(bottom or 1))


_UNCOMPUTED = re.compile(
    rb'<c\b[^>]*?\br="([A-Za-z]{1,3})(\d{1,7})"[^>]*>\s*<f\b[^>]*?(?:/>|>[^<]*</f>)'
    rb"\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)
_STRING = re.compile(rb"<(?:[\w.-]+:)?si[ >]")
_CELL = re.compile(rb"<(?:[\w.-]+:)?c\b[^>]*?\br\s*=\s*[\"']([A-Za-z]{1,3})(\d{1,7})[\"']")


def _before(stream: IO[bytes], line: int, column: int) -> Iterator[bytes]:
    """The bytes of a part before (line, column), an XML error's place, chunk by chunk."""
    current, seen = 1, 0
    while chunk := stream.read(_CHUNK):
        start = 0
        while current < line and (newline := chunk.find(b"\n", start)) >= 0:
            current, start = current + 1, newline + 1
        if current < line:
            yield chunk
            continue
        end = min(len(chunk), start + column - seen)
        seen += end - start
        yield chunk[:end]
        if seen >= column:
            return


def locate_xml_error(path: Path, part: str, position: tuple[int, int] | None) -> tuple[str, int] | None:
    """The cell (column letters, row) around an XML error at (line, column) of a sheet part."""
    if not part or position is None:
        return None
    window = b""
    with ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
        for piece in _before(stream, *position):
            window = (window + piece)[-65_536:]
    cells = _CELL.findall(window)
    if not cells:
        return None
    letters, row = cells[-1]
    return letters.decode(), int(row)


def find_xml_error(path: Path, names: list[str]) -> tuple[str, tuple[int, int]] | None:
    """The first of the parts `names` that is not well-formed XML, and where (line, column)."""
    with ZipFile(path) as archive:
        for name in names:
            parser = expat.ParserCreate(namespace_separator="}")  # as ElementTree parses
            try:
                with archive.open(name) as stream:
                    while chunk := stream.read(_CHUNK):
                        parser.Parse(chunk, False)
                    parser.Parse(b"", True)
            except expat.ExpatError as exc:
                return name, (exc.lineno, exc.offset)
    return None


def locate_shared_string(path: Path, sheet: str, position: tuple[int, int]) -> tuple[str, int] | None:
    """The first cell of `sheet` showing the shared string around `position` of sharedStrings.xml."""
    index, carry = -1, b""
    with ZipFile(path) as archive:
        with archive.open("xl/sharedStrings.xml") as stream:
            for piece in _before(stream, *position):
                index += len(_STRING.findall(carry + piece))
                carry = piece[-3:]
        if index < 0 or not sheet:
            return None
        uses = re.compile(rb'<c\b[^>]*?\br="([A-Za-z]{1,3})(\d{1,7})"[^>]*\bt="s"[^>]*>\s*<v>%d</v>' % index)
        with archive.open(sheet) as stream:
            while chunk := stream.read(_CHUNK):
                data = carry + chunk
                found = uses.search(data)
                if found:
                    return found.group(1).decode(), int(found.group(2))
                carry = data[-200:]
    return None
