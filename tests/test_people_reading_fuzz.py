"""Property-based fuzzing of the CSV and XLSX people readers (issue 15, "keep it from coming back").

Every file hypothesis writes is either read back exactly (the names and emails read equal what
was written, leading and trailing spaces aside, which the reader trims) or refused with an
ImportFileError that names the file and the line or column. Anything else (another exception,
a changed value) fails. A few seconds in CI; more with CONSENSUS_FUZZ_EXAMPLES=2000.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from consensus_app.core.people_import.reading import ImportFileError, read_table

EXAMPLES = int(os.environ.get("CONSENSUS_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FORBIDDEN = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
# Text a person's name or email may hold: any script, quotes, delimiters, tabs, line breaks.
CELL_TEXT = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters=FORBIDDEN),
    max_size=40,
)
NAMED = CELL_TEXT.filter(lambda t: bool(t.strip()))  # a row needs a name
PEOPLE = st.lists(st.tuples(NAMED, CELL_TEXT), min_size=1, max_size=12)
WHERE = re.compile(r"line \d|column|its part|cells|sheet")


def expected(people: list[tuple[str, str]]) -> list[list[str]]:
    return [[name.strip(), email.strip()] for name, email in people]


def refused_by_name(exc: ImportFileError, path: Path) -> None:
    message = str(exc)
    assert message.startswith(path.name), message
    assert WHERE.search(message) or "not a readable" in message or "empty" in message, message


def csv_bytes(people: list[tuple[str, str]], encoding: str, delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Name", "Email"])
    writer.writerows(people)
    return out.getvalue().encode(encoding)


@FUZZ
@given(
    people=PEOPLE,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
@example(
    people=[("=cmd|' /C calc'!A0", "@SUM(1)"), ('Ana "Nina" Silva', "+47,\r\n-x")],
    encoding="utf-8",
    delimiter=",",
)
@example(people=[("0", "Ā")], encoding="utf-16-le", delimiter=",")  # U+0100: a NUL in the other byte
def test_every_csv_is_read_back_exactly_or_refused_by_line(
    tmp_path: Path, people: list[tuple[str, str]], encoding: str, delimiter: str
) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(csv_bytes(people, encoding, delimiter))
    try:
        table = read_table(path)
    except ImportFileError as exc:
        refused_by_name(exc, path)
        assert "line 2 looks like a second header row" in str(exc), exc  # the only fair refusal
        return
    assert table.headers == ["Name", "Email"]
    assert table.rows == expected(people)


@FUZZ
@given(people=PEOPLE, bad=st.sampled_from(FORBIDDEN), at=st.integers(0, 11), column=st.integers(0, 1))
def test_a_forbidden_character_anywhere_is_refused_by_line_and_column(
    tmp_path: Path, people: list[tuple[str, str]], bad: str, at: int, column: int
) -> None:
    row = at % len(people)
    cells = list(people[row])
    cells[column] = f"a{bad}b"
    people = [*people[:row], (cells[0], cells[1]), *people[row + 1 :]]
    path = tmp_path / "fuzz.csv"
    path.write_bytes(csv_bytes(people, "utf-8", ","))
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    refused_by_name(caught.value, path)
    assert re.search(r"line \d+(, column '(Name|Email)' \([AB]\))?", str(caught.value)), caught.value


@FUZZ
@given(data=st.binary(max_size=400))
@example(data=b'Name,Email\r\n"Ann,a@x\r\nBob,b@x\r\n')
@example(data=b"Name\r\n\xff\xfe\x00")
def test_arbitrary_bytes_as_csv_are_read_or_refused_by_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        refused_by_name(exc, path)
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


# XML cannot carry a lone CR (it reads back as LF), and openpyxl drops "x005F_" when reading
# shared strings; a workbook written by openpyxl is fuzzed without those.
XLSX_TEXT = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters=FORBIDDEN + "\r"), max_size=40
).filter(lambda t: "x005F_" not in t)
XLSX_PEOPLE = st.lists(
    st.tuples(XLSX_TEXT.filter(lambda t: bool(t.strip())), XLSX_TEXT), min_size=1, max_size=12
)


def xlsx_file(path: Path, people: list[tuple[str, str]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Email"])
    for line, (name, email) in enumerate(people, start=2):
        for column, text in ((1, name), (2, email)):
            cell = sheet.cell(line, column)
            cell.value = text
            cell.data_type = "s"  # text, also when it starts with "=" (openpyxl would make it a formula)
    book.save(path)


@FUZZ
@given(people=XLSX_PEOPLE)
@example(people=[('=HYPERLINK("http://x")', "-1+1"), ("Ana\tSilva\nNina", " @x ")])
def test_every_workbook_is_read_back_exactly_or_refused_by_line(
    tmp_path: Path, people: list[tuple[str, str]]
) -> None:
    path = tmp_path / "fuzz.xlsx"
    xlsx_file(path, people)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        refused_by_name(exc, path)
        assert "line 2 looks like a second header row" in str(exc), exc
        return
    assert table.headers == ["Name", "Email"]
    assert table.rows == expected(people)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=4))
@example(flips=[(720363, 45)])  # an unbound namespace prefix: not well-formed to ElementTree only
def test_a_damaged_workbook_is_refused_by_name(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    path = tmp_path / "damaged.xlsx"
    xlsx_file(path, [("Ingrid Solberg", "ingrid@havn.example"), ("佐藤 さくら", "sakura@havn.example")])
    with zipfile.ZipFile(path) as archive:  # damage the XML, not only the zip's bytes
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    name = sorted(parts)[flips[0][0] % len(parts)]
    data = bytearray(parts[name])
    for at, value in flips:
        data[at % len(data)] = value
    parts[name] = bytes(data)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    try:
        read_table(path)
    except ImportFileError as exc:
        refused_by_name(exc, path)
