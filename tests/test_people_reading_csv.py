"""CSV people files: decoded strictly, parsed strictly, refused by line and column (issue 15.6–15.9).

Every malicious or broken file is made here, small; the large ones are measured in
benchmarks/bench_people_files.py (figures in docs/reliability.md).
"""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import pytest

from consensus_app.core.people_import import csv_reading, table
from consensus_app.core.people_import.mapping import guess_mapping
from consensus_app.core.people_import.planning import plan_import
from consensus_app.core.people_import.reading import ImportFileError, read_table
from consensus_app.storage.people_import import apply_plan, people_at
from consensus_app.storage.workspace import Workspace

# A 32-person Salesforce-style report of a Norwegian shipping company (several scripts).
PEOPLE = [
    ("Ingrid", "Solberg", "CEO", ""),
    ("Øystein", "Åsheim", "CFO", "Ingrid Solberg"),
    ("Takeshi", "Yamamoto", "Head of Asia Operations", "Ingrid Solberg"),
    ("Dewi", "Kusumawati", "Procurement Lead", "Øystein Åsheim"),
    ("Shirin", "Rahimi", "Head of IT", "Ingrid Solberg"),
    ("지훈", "김", "Fleet Data Analyst", "Shirin Rahimi"),
    ("さくら", "佐藤", "Port Coordinator", "Takeshi Yamamoto"),
    ("فرهاد", "احمدی", "Security Architect", "Shirin Rahimi"),
    ("Bjørn", "Ødegård", "Chief Engineer", "Ingrid Solberg"),
    ("Siti", "Nurhaliza", "Buyer", "Dewi Kusumawati"),
] + [(f"Kari{i}", f"Nordmann{i}", "Engineer", "Bjørn Ødegård") for i in range(22)]


def salesforce_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["First Name", "Last Name", "Title", "Email", "Reports To"])
    for number, (first, last, title, manager) in enumerate(PEOPLE):
        writer.writerow([first, last, title, f"person{number}@havn.example", manager])
    return out.getvalue()


def write(tmp_path: Path, data: bytes, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    message = str(caught.value)
    assert message.startswith(path.name), message  # every refusal names the file first
    return message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_32_person_report_in_several_scripts_reads_in_every_unicode_encoding(
    tmp_path: Path, encoding: str
) -> None:
    people = read_table(write(tmp_path, salesforce_csv().encode(encoding)))
    assert len(people.rows) == 32 and people.lines[0] == 2 and people.lines[-1] == 33
    names = {f"{r[0]} {r[1]}" for r in people.rows}
    assert {"지훈 김", "さくら 佐藤", "فرهاد احمدی", "Øystein Åsheim"} <= names
    if encoding in ("utf-16-le", "utf-16-be"):  # no byte-order mark: recognised, and said so
        assert "no byte-order mark" in people.notes[0] and people.encoding == "utf-16"
    else:
        assert people.notes == []


def test_utf16_without_a_mark_is_recognised_in_japanese_text_too(tmp_path: Path) -> None:
    text = "名前,メール,役職\r\n佐藤 さくら,さくら@havn.example,港湾コーディネーター\r\n"
    people = read_table(write(tmp_path, text.encode("utf-16-be")))
    assert people.headers == ["名前", "メール", "役職"] and people.rows[0][0] == "佐藤 さくら"


def test_one_bad_byte_in_a_utf8_file_is_refused_by_line_and_byte(tmp_path: Path) -> None:
    data = salesforce_csv().encode() + b"Ren\xe9,Roy,Buyer,rene@havn.example,\r\n"
    message = refusal(write(tmp_path, data))
    assert "line 34: byte 0xE9" in message and "after 'Ren'" in message and "not UTF-8" in message


def test_a_windows_1252_file_is_read_as_such_and_says_so(tmp_path: Path) -> None:
    text = "Name,Email\r\nJürgen Müller,jm@example.de\r\nJosé Núñez,jn@example.es\r\n"
    people = read_table(write(tmp_path, text.encode("cp1252")))
    assert [r[0] for r in people.rows] == ["Jürgen Müller", "José Núñez"]  # not "JÃ¼rgen"
    assert people.encoding == "cp1252" and "read as Windows-1252" in people.notes[0]


def test_a_file_that_is_neither_utf8_nor_windows_1252_names_the_byte(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, b"Name,Email\r\nAn\x81a,a@example.com\r\n"))
    assert "line 2: byte 0x81" in message and "Windows-1252" in message


def test_an_unterminated_quote_is_refused_instead_of_swallowing_the_next_person(tmp_path: Path) -> None:
    data = b'Name,Email\r\n"Ann Smith,ann@example.com\r\nBob Berg,bob@example.com\r\n'
    assert "line 2: a quote opens a cell that is never closed" in refusal(write(tmp_path, data))
    later = b'Name,Email\r\n"Ann Smith,ann@example.com\r\nBob Berg,"bob@example.com"\r\n'
    assert "is a quote in line 2 never closed?" in refusal(write(tmp_path, later, "b.csv"))


def test_a_stray_quote_that_swallows_rows_is_refused_but_a_short_row_with_a_note_is_not(
    tmp_path: Path,
) -> None:
    data = b'Name,Email,Title\r\n"Ann Smith,ann@example.com,CEO\r\nBob Berg,bob@example.com,CFO\r\n"\r\n'
    message = refusal(write(tmp_path, data))
    assert (
        "lines 2–4 read as one row with 1 of 3 columns: a quote in line 2 is probably never closed" in message
    )
    legit = b'Name,Email,Notes,Phone\r\nAna,ana@example.com,"Met in Oslo\r\nLikes data"\r\n'
    people = read_table(write(tmp_path, legit, "b.csv"))
    assert people.rows == [["Ana", "ana@example.com", "Met in Oslo\r\nLikes data", ""]]


def test_a_row_longer_than_the_header_is_refused_but_trailing_empty_cells_are_not(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, b"Name,Email\r\nAnn,ann@example.com,Oslo\r\n"))
    assert "line 2: 'Oslo' in column C is beyond the last named column ('Email' (B))" in message
    people = read_table(write(tmp_path, b"Name,Email\r\nAnn,ann@example.com,,\r\n", "b.csv"))
    assert people.rows == [["Ann", "ann@example.com"]]


def test_a_value_under_an_unnamed_column_is_refused(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, b"Name,,Email\r\nAna,Silva,ana@example.com\r\n"))
    assert "line 2: 'Silva' is in column B, which has no name in line 1" in message


@pytest.mark.parametrize(
    ("cell", "what"),
    [
        (b"An\x00a", "a NUL character (U+0000)"),
        (b"An\x0ba", "a control character (U+000B)"),
        (b"An\x01a", "a control character (U+0001)"),
        ("An\ufffea".encode(), "a non-character (U+FFFE)"),
        ("An\uffffa".encode(), "a non-character (U+FFFF)"),
    ],
)
def test_characters_no_stored_text_may_hold_are_refused_by_line_and_column(
    tmp_path: Path, cell: bytes, what: str
) -> None:
    message = refusal(
        write(tmp_path, b"Email,Name\r\nbo@example.com,Bo\r\nana@example.com," + cell + b"\r\n")
    )
    assert f"line 3, column 'Name' (B): holds {what} at character 3" in message


def test_tabs_and_line_breaks_inside_quoted_cells_stay(tmp_path: Path) -> None:
    data = b'Name,Priorities\r\nAna,"Cut fuel cost\tby 10%\r\nShorter port calls"\r\nBo,x\r\n'
    people = read_table(write(tmp_path, data))
    assert people.rows[0] == ["Ana", "Cut fuel cost\tby 10%\r\nShorter port calls"]
    assert people.lines == [2, 4]  # Bo starts on line 4: messages about him say so


def test_a_second_header_row_is_refused_by_line(tmp_path: Path) -> None:
    data = b"Name,Email,Title\r\nName,Email,Title\r\nAna,ana@example.com,CEO\r\n"
    assert "line 2 looks like a second header row" in refusal(write(tmp_path, data))


def test_semicolons_and_excel_sep_lines_and_blank_lines(tmp_path: Path) -> None:
    data = "sep=;\r\nName;Email\r\n\r\nÅse Berg;ase@example.no\r\n".encode()
    people = read_table(write(tmp_path, data))
    assert people.headers == ["Name", "Email"] and people.rows == [["Åse Berg", "ase@example.no"]]
    assert people.lines == [4]


def test_a_cell_longer_than_a_spreadsheet_cell_is_refused(tmp_path: Path) -> None:
    data = b"Name,Notes\r\nAna," + b"x" * 40_000 + b"\r\n"
    assert "line 2, column 'Notes' (B): a cell of 40,000 characters" in refusal(write(tmp_path, data))


def test_a_ten_thousand_character_name_is_refused_by_line_and_field_not_truncated(
    tmp_path: Path, workspace: Workspace
) -> None:
    account = workspace.repos.accounts.create(name="Havn Shipping", key="havn").id
    text = salesforce_csv() + f"{'A' * 10_000},Berg,Buyer,long@havn.example,\r\n"
    people = read_table(write(tmp_path, text.encode()))
    plan = plan_import(people, guess_mapping(people.headers), people_at(workspace, account))
    assert not plan.ok
    assert any(p.startswith("line 34: ") and "name" in p and "10,005" in p for p in plan.problems())


def test_formula_payloads_are_kept_as_text_and_never_evaluated(tmp_path: Path, workspace: Workspace) -> None:
    account = workspace.repos.accounts.create(name="Havn Shipping", key="havn").id
    payloads = ["=cmd|' /C calc'!A0", "+47 22 33 44 55", "-Dana", "@SUM(1+1)*cmd|' /C calc'!A0"]
    rows = "".join(f'"{p}",{p[1:4].strip() or "x"}{i}@havn.example,Buyer\r\n' for i, p in enumerate(payloads))
    path = write(tmp_path, f"Name,Email,Title\r\n{rows}".encode())
    people = read_table(path)
    assert [r[0] for r in people.rows] == payloads
    plan = plan_import(people, guess_mapping(people.headers), people_at(workspace, account))
    assert plan.ok, plan.problems()
    apply_plan(workspace, account, plan)
    stored = {s.name for s in workspace.repos.stakeholders.for_account(account)}
    assert stored == set(payloads)


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_reading, "MAX_FILE_BYTES", 1_000)
    path = write(tmp_path, salesforce_csv().encode())
    assert "MB is more than the 0 MB a people file may have" in refusal(path)


def test_reading_stops_at_the_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "MAX_ROWS", 20)
    assert "more than 20 rows (line 22); split the file" in refusal(
        write(tmp_path, salesforce_csv().encode())
    )


def test_a_long_file_after_an_open_quote_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    data = b'Name,Email\r\n"Ann Smith,ann@example.com\r\n' + b"Bob Berg,bob@example.com\r\n" * 400_000
    path = write(tmp_path, data)  # 10 MB
    tracemalloc.start()
    try:
        message = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "line 2: a cell longer than any spreadsheet writes" in message
    assert peak < 8 * 2**20  # streamed: a few chunks, never the whole file


def test_a_late_bad_byte_is_found_in_bounded_memory(tmp_path: Path) -> None:
    data = "Name\r\nØystein\r\n".encode() + b"Bob Berg\r\n" * 1_000_000 + b"Ren\xe9\r\n"
    path = write(tmp_path, data)  # 10 MB
    tracemalloc.start()
    try:
        message = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "line 1,000,003" not in message and "line 1000003: byte 0xE9" in message
    assert peak < 8 * 2**20


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"", "the file is empty"), (b"\r\n\r\n,,\r\n", "line 3: the first row holds no column names")],
)
def test_empty_files_are_named(tmp_path: Path, data: bytes, expected: str) -> None:
    assert expected in refusal(write(tmp_path, data))
