"""Hostile and huge people files: how long each refusal takes and how much memory it needs.

Each file is made in a temporary folder, then read by `read_table` in a fresh Python process
(so the peak RSS, VmHWM on Linux, is that read's own); the time is the read alone, the
interpreter and imports excluded. Target (issue 15.8): every refusal under 2 s and 200 MB.
The results are printed as a Markdown table for docs/reliability.md ("People files").

    .venv/bin/python benchmarks/bench_people_files.py            # all cases (about a minute)
    .venv/bin/python benchmarks/bench_people_files.py --only csv  # the cases whose name has "csv"
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

TARGET_S = 2.0
TARGET_MIB = 200.0
MIB = 1 << 20

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
    'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{extra}</Types>'
)
_SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{extra}'
    "</Relationships>"
)
_SHARED_REL = (
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData>'
)
SHEET_CLOSE = "</sheetData></worksheet>"


def workbook(
    path: Path, sheet: Callable[[zipfile.ZipExtFile], None], shared: Callable[..., None] | None
) -> None:
    """A minimal XLSX whose sheet (and shared strings) are streamed in by the callables."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(extra=_SHARED_TYPE if shared else ""))
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr(
            "xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(extra=_SHARED_REL if shared else "")
        )
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            sheet(part)  # type: ignore[arg-type]
        if shared:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                shared(part)


def _repeat(part: zipfile.ZipExtFile, unit: bytes, total: int) -> None:
    block = unit * max(1, MIB // len(unit))
    for _ in range(total // len(block)):
        part.write(block)


def one_huge_cell(path: Path, size: int) -> None:
    def sheet(part: zipfile.ZipExtFile) -> None:
        part.write(f'{SHEET_OPEN}<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'.encode())
        part.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        _repeat(part, b"A", size)
        part.write(f"</t></is></c></row>{SHEET_CLOSE}".encode())

    workbook(path, sheet, None)


def shared_strings(path: Path, size: int, unit: bytes = b"<si><t>x</t></si>") -> None:
    def sheet(part: zipfile.ZipExtFile) -> None:
        part.write(f'{SHEET_OPEN}<row r="1"><c r="A1" t="s"><v>0</v></c></row>{SHEET_CLOSE}'.encode())

    def strings(part: zipfile.ZipExtFile) -> None:
        part.write(
            b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        part.write(b"<si><t>Name</t></si>")
        _repeat(part, unit, size)
        part.write(b"</sst>")

    workbook(path, sheet, strings)


def billion_laughs(path: Path) -> None:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    text = f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="http://schemas.openxmlformats.org/'
    text += 'spreadsheetml/2006/main"><si><t>&a9;</t></si></sst>'

    def sheet(part: zipfile.ZipExtFile) -> None:
        part.write(f'{SHEET_OPEN}<row r="1"><c r="A1" t="s"><v>0</v></c></row>{SHEET_CLOSE}'.encode())

    workbook(path, sheet, lambda part: part.write(text.encode()))


def many_cells(path: Path, rows: int) -> None:
    """Tiny cells far apart: each row one cell in column XFD, under a <dimension> that lies."""

    def sheet(part: zipfile.ZipExtFile) -> None:
        part.write(SHEET_OPEN.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>').encode())
        part.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>')
        for row in range(2, rows + 2):
            part.write(
                f'<row r="{row}"><c r="A{row}"><v>1</v></c><c r="XFD{row}"><v>1</v></c></row>'.encode()
            )
        part.write(SHEET_CLOSE.encode())

    workbook(path, sheet, None)


def csv_rows(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write(b"First Name,Last Name,Email,Title\r\n")
        line = b"Ingrid,Solberg,ingrid.solberg@example.no,Head of Operations\r\n"
        for _ in range(size // len(line)):
            out.write(line)


def csv_wide(path: Path, rows: int) -> None:
    """The largest file accepted: 20 columns of about 65 characters, just under 64 MB."""
    with path.open("wb") as out:
        out.write(",".join(f"Column {c}" for c in range(20)).encode() + b"\r\n")
        for row in range(rows):
            cells = [f"Ingrid Solberg {row} of Havnegata shipping and logistics {c:02d}" for c in range(20)]
            out.write(",".join(cells).encode() + b"\r\n")


def csv_open_quote(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write(b'Name,Email\r\n"Ann Smith,ann@example.com\r\n')
        _write_repeat(out, b"Bob Berg,bob@example.com\r\n", size)


def csv_late_bad_byte(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write("Name,Email\r\nJürgen Müller,j@example.de\r\n".encode())
        _write_repeat(out, b"Bob Berg,bob@example.com\r\n", size)
        out.write(b"Ren\xe9 Roy,rene@example.fr\r\n")


def _write_repeat(out: object, line: bytes, size: int) -> None:
    block = line * (MIB // len(line))
    for _ in range(size // len(block)):
        out.write(block)  # type: ignore[attr-defined]


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "xlsx-1gib-cell": ("1 GiB cell (zip directory)", lambda p: one_huge_cell(p, 1 << 30)),
    "xlsx-150mib-cell": ("150 MiB cell under the part limit", lambda p: one_huge_cell(p, 150 * MIB)),
    "xlsx-shared-bomb": ("shared-strings bomb, 2 GiB", lambda p: shared_strings(p, 2 << 30)),
    "xlsx-shared-count": ("2 million shared strings", lambda p: shared_strings(p, 34 * MIB)),
    "xlsx-laughs": ("billion laughs in sharedStrings", billion_laughs),
    "xlsx-many-cells": ("600,000 rows, cell at XFD, lying dimension", lambda p: many_cells(p, 600_000)),
    "csv-60mib-accepted": ("60 MiB CSV, 45,000 wide rows (accepted)", lambda p: csv_wide(p, 45_000)),
    "csv-200mib": ("200 MiB CSV", lambda p: csv_rows(p, 200 * MIB)),
    "csv-60mib-rows": ("60 MiB CSV, 1 million rows (row limit)", lambda p: csv_rows(p, 60 * MIB)),
    "csv-open-quote": ("unterminated quote, 60 MiB after it", lambda p: csv_open_quote(p, 60 * MIB)),
    "csv-late-bad-byte": ("invalid byte after 60 MiB of UTF-8", lambda p: csv_late_bad_byte(p, 60 * MIB)),
}

_CHILD = """
import json, sys, time
from pathlib import Path
sys.path[:0] = {paths!r}
import _report
from consensus_app.core.people_import.reading import ImportFileError, read_table
import openpyxl  # imported before timing: the read is measured, not the import
start = time.perf_counter()
try:
    table = read_table(Path({path!r}))
    outcome = f"read {{len(table.rows):,}} rows"
except ImportFileError as exc:
    outcome = str(exc)
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "mib": _report.peak_rss_mib(), "outcome": outcome}}))
"""


def measure(path: Path) -> dict[str, object]:
    code = _CHILD.format(paths=[str(HERE), str(HERE.parent)], path=str(path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def baseline_mib() -> float:
    code = _CHILD.format(paths=[str(HERE), str(HERE.parent)], path="/nonexistent.csv")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["mib"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the cases whose name contains this")
    args = parser.parse_args()
    idle = baseline_mib()
    print(f"Interpreter with the app and openpyxl imported, reading nothing: {idle:.0f} MiB peak RSS\n")
    print("| File | Size on disk | Refused in | Peak RSS | Message |")
    print("|---|---:|---:|---:|---|")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, (label, make) in CASES.items():
            if args.only not in name:
                continue
            path = Path(folder) / f"{name}.{name.split('-')[0]}"
            make(path)
            result = measure(path)
            seconds, mib = float(result["seconds"]), float(result["mib"])  # type: ignore[arg-type]
            if "accepted" not in name:  # the largest file read, for comparison, not a refusal
                worst = max(worst, seconds / TARGET_S, mib / TARGET_MIB)
            message = str(result["outcome"]).replace("|", "\\|")
            size = path.stat().st_size
            print(f"| {label} | {size / MIB:,.1f} MiB | {seconds:.2f} s | {mib:.0f} MiB | {message} |")
            path.unlink()
    print(f"\nWorst refusal against the target ({TARGET_S:.0f} s, {TARGET_MIB:.0f} MiB): {worst:.0%}")
    return 0 if worst <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
