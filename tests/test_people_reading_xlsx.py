"""XLSX people files: merged and two-row headers (issue 12.9), bombs and hostile XML (15.8, 15.9).

Workbooks are made here with openpyxl, or by hand as a zip of XML parts where openpyxl would
refuse to write the hostile content; all small. The large ones are measured in
benchmarks/bench_people_files.py.
"""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from consensus_app.core.people_import import xlsx_checks
from consensus_app.core.people_import.mapping import guess_mapping
from consensus_app.core.people_import.planning import plan_import
from consensus_app.core.people_import.reading import ImportFileError, read_table
from consensus_app.storage.people_import import apply_plan, people_at
from consensus_app.storage.workspace import Workspace

TEAM = [
    ("Ingrid", "Solberg", "ingrid@havn.example", "CEO", ""),
    ("Øystein", "Åsheim", "oystein@havn.example", "CFO", "Ingrid Solberg"),
    ("さくら", "佐藤", "sakura@havn.example", "Port Coordinator", "Øystein Åsheim"),
    ("지훈", "김", "jihun@havn.example", "Fleet Data Analyst", "Ingrid Solberg"),
    ("فرهاد", "احمدی", "farhad@havn.example", "Security Architect", "지훈 김"),
] + [(f"Kari{i}", f"Nordmann{i}", f"kari{i}@havn.example", "Engineer", "지훈 김") for i in range(27)]


def workbook(tmp_path: Path, build: Callable[[Any], None], name: str = "contacts.xlsx") -> Path:
    book = Workbook()
    build(book.active)
    path = tmp_path / name
    book.save(path)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    message = str(caught.value)
    assert message.startswith(path.name), message
    return message


def imported(workspace: Workspace, path: Path) -> dict[str, str | None]:
    """Import the file into a new account; each person's name → their manager's name."""
    account = workspace.repos.accounts.create(name="Havn Shipping", key="havn").id
    people = read_table(path)
    plan = plan_import(people, guess_mapping(people.headers), people_at(workspace, account))
    assert plan.ok, plan.problems()
    apply_plan(workspace, account, plan)
    everyone = workspace.repos.stakeholders.for_account(account)
    names = {s.id: s.name for s in everyone}
    return {s.name: names.get(s.reports_to_id) for s in everyone}  # type: ignore[arg-type]


def merged_name_header(sheet: Any) -> None:
    sheet.append(["Name", None, "Email", "Title", "Reports To"])
    sheet.merge_cells("A1:B1")
    for first, last, email, title, manager in TEAM:
        sheet.append([first, last, email, title, manager])


def two_row_header(sheet: Any) -> None:
    sheet.append(["Name", None, "Email", "Title", "Reports To"])
    sheet.append(["First", "Last", None, None, None])
    sheet.merge_cells("A1:B1")
    for column in "CDE":
        sheet.merge_cells(f"{column}1:{column}2")
    for first, last, email, title, manager in TEAM:
        sheet.append([first, last, email, title, manager])


def test_a_name_merged_over_two_columns_keeps_the_last_name(tmp_path: Path, workspace: Workspace) -> None:
    path = workbook(tmp_path, merged_name_header)
    people = read_table(path)
    assert people.headers == ["Name", "Email", "Title", "Reports To"]
    assert people.rows[1][0] == "Øystein Åsheim" and people.lines[1] == 3  # not "Øystein"
    managers = imported(workspace, path)
    assert len(managers) == 32 and managers["فرهاد احمدی"] == "지훈 김"


def test_a_first_person_without_an_email_under_a_merged_header_stays_a_person(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Name", None, "Email"])
        sheet.merge_cells("A1:B1")
        sheet.append(["Ana", "Silva", None])
        sheet.append(["Bo", "Berg", "bo@x.example"])

    people = read_table(workbook(tmp_path, build))
    assert people.headers == ["Name", "Email"]
    assert people.rows == [["Ana Silva", ""], ["Bo Berg", "bo@x.example"]]


def test_a_two_row_header_is_read_as_one_and_every_reporting_line_resolves(
    tmp_path: Path, workspace: Workspace
) -> None:
    path = workbook(tmp_path, two_row_header)
    people = read_table(path)
    assert people.headers == ["First Name", "Last Name", "Email", "Title", "Reports To"]
    assert people.rows[0][:3] == ["Ingrid", "Solberg", "ingrid@havn.example"]  # not 'Email'
    assert people.lines[0] == 3 and "lines 1 and 2 were read as one header" in people.notes[0]
    managers = imported(workspace, path)
    assert managers["さくら 佐藤"] == "Øystein Åsheim" and managers["Kari3 Nordmann3"] == "지훈 김"


def test_grouped_headers_with_repeated_names_below_keep_both_groups(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Person", None, "Manager", None])
        sheet.append(["Name", "Email", "Name", "Email"])
        sheet.merge_cells("A1:B1")
        sheet.merge_cells("C1:D1")
        sheet.append(["Ana Silva", "ana@x.example", "Ingrid Solberg", "ingrid@x.example"])

    people = read_table(workbook(tmp_path, build))
    assert people.headers == ["Person Name", "Person Email", "Manager Name", "Manager Email"]
    assert people.rows == [["Ana Silva", "ana@x.example", "Ingrid Solberg", "ingrid@x.example"]]


def test_an_unmerged_second_header_row_is_refused_by_line(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Name", "Email", "Title"])
        sheet.append(["Full name", "E-mail", "Job title"])
        sheet.append(["Ana Silva", "ana@x.example", "CEO"])

    assert "line 2 looks like a second header row" in refusal(workbook(tmp_path, build))


def test_a_department_merged_down_over_people_gives_each_of_them_the_department(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Name", "Department"])
        for name in ("Ana", "Bo", "Cy"):
            sheet.append([name, "Finance" if name == "Ana" else None])
        sheet.append(["Di", "IT"])
        sheet.merge_cells("B2:B4")

    people = read_table(workbook(tmp_path, build))
    assert people.rows == [["Ana", "Finance"], ["Bo", "Finance"], ["Cy", "Finance"], ["Di", "IT"]]
    assert "merged cells were read as the same value" in people.notes[0]


def test_data_merged_across_columns_is_refused_by_line(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["First Name", "Last Name", "Email"])
        sheet.append(["Ana Silva", None, "ana@x.example"])
        sheet.merge_cells("A2:B2")

    assert "line 2: cells A2:B2 are merged across columns A–B" in refusal(workbook(tmp_path, build))


def test_formulas_are_never_evaluated_and_formula_text_stays_text(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Name", "Email"])
        sheet.append(["=cmd|' /C calc'!A0", "a@x.example"])
        sheet["A2"].data_type = "s"  # typed as text, as a CRM export holds it
        sheet.append(["=1+1", "b@x.example"])  # a real formula, saved without a computed value

    people = read_table(workbook(tmp_path, build))
    assert people.rows == [["=cmd|' /C calc'!A0", "a@x.example"], ["", "b@x.example"]]
    assert "1 formula cells (first A3) were saved without their results" in people.notes[0]


def test_values_beyond_the_last_named_column_are_refused(tmp_path: Path) -> None:
    def build(sheet: Any) -> None:
        sheet.append(["Name", "Email"])
        sheet.append(["Ana", "ana@x.example", "Oslo"])

    assert "line 2: 'Oslo' in column C is beyond the last named column" in refusal(workbook(tmp_path, build))


# --- hostile archives, made by hand ----------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
    'name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet_xml(rows: str) -> str:
    return f'<?xml version="1.0"?><worksheet {MAIN}><sheetData>{rows}</sheetData></worksheet>'


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


PEOPLE_ROWS = f'<row r="1">{inline("A1", "Name")}{inline("B1", "Email")}</row>'


def handmade(tmp_path: Path, sheet: str, strings: str = "", name: str = "crm.xlsx") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings or f'<?xml version="1.0"?><sst {MAIN}></sst>')
    return path


def test_a_handmade_workbook_reads(tmp_path: Path) -> None:
    row = f'<row r="2">{inline("A2", "Åse Berg")}{inline("B2", "ase@x.example")}</row>'
    assert read_table(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + row))).rows == [
        ["Åse Berg", "ase@x.example"]
    ]


def test_a_part_that_unpacks_beyond_the_limit_is_refused_from_the_zip_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_checks, "MAX_PART_BYTES", 1 << 20)
    huge = f'<row r="2">{inline("A2", "A" * (2 << 20))}</row>'
    path = handmade(tmp_path, sheet_xml(PEOPLE_ROWS + huge))
    assert path.stat().st_size < 20_000  # a zip bomb in miniature: 2 MB in a few kB
    tracemalloc.start()
    try:
        message = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "its part xl/worksheets/sheet1.xml unpacks to 2 MB, more than the 1 MB" in message
    assert peak < 1 << 20  # refused from the directory: nothing was unpacked


def test_a_cell_longer_than_a_spreadsheet_cell_is_refused_while_scanning(tmp_path: Path) -> None:
    huge = f'<row r="7">{inline("A7", "A" * 400_000)}</row>'
    message = refusal(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + huge)))
    assert "line 7 of the first sheet: a cell of more than 32,767 characters" in message


def test_a_cell_just_over_the_limit_is_refused_by_line_and_column(tmp_path: Path) -> None:
    row = f'<row r="2">{inline("A2", "Ana")}{inline("B2", "b" * 40_000)}</row>'
    message = refusal(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + row)))
    assert "line 2, column 'Email' (B): a cell of 40,000 characters" in message


def test_a_zip_directory_that_understates_a_part_is_refused_not_trusted(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{r}">{inline(f"A{r}", f"P{r}")}</row>' for r in range(2, 2000))
    path = handmade(tmp_path, sheet_xml(PEOPLE_ROWS + rows))
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1)
    while b"xl/worksheets/sheet1.xml" not in data[entry + 46 : entry + 46 + 24]:
        entry = data.find(b"PK\x01\x02", entry + 1)
    struct.pack_into("<L", data, entry + 24, 1_000)  # claims the sheet unpacks to 1 kB
    path.write_bytes(bytes(data))
    assert "not a readable XLSX workbook" in refusal(path)


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    strings = f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst {MAIN}><si><t>&a9;</t></si></sst>'
    sheet = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    message = refusal(handmade(tmp_path, sheet, strings))
    assert "its part xl/sharedStrings.xml declares XML entities" in message


def test_cdata_is_refused(tmp_path: Path) -> None:
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[Ana]]></t></is></c></row>'
    assert "holds CDATA sections" in refusal(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + row)))


@pytest.mark.parametrize("reference", ["&#11;", "&#1;", "&#xD800;", "&#xFFFE;", "&#0;"])
def test_characters_xml_forbids_are_refused_by_line_and_column(tmp_path: Path, reference: str) -> None:
    row = f'<row r="5">{inline("A5", "Ana")}{inline("B5", f"ana{reference}@x.example")}</row>'
    message = refusal(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + row)))
    assert "line 5, column B: not readable XML" in message and "control character" in message


def test_a_lying_dimension_and_far_away_cells_are_refused_by_the_cell_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consensus_app.core.people_import import table, xlsx_reading

    monkeypatch.setattr(xlsx_reading, "MAX_CELLS", 500)
    monkeypatch.setattr(table, "MAX_CELLS", 500)
    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="XFD{r}"><v>1</v></c></row>' for r in range(2, 400)
    )
    sheet = sheet_xml(PEOPLE_ROWS + rows).replace(
        "<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'
    )
    assert "the first sheet has 798 cells" in refusal(handmade(tmp_path, sheet))


def test_far_away_cells_under_the_limit_are_refused_as_beyond_the_header(tmp_path: Path) -> None:
    row = f'<row r="2">{inline("A2", "Ana")}<c r="XFD2"><v>1</v></c></row>'
    message = refusal(handmade(tmp_path, sheet_xml(PEOPLE_ROWS + row)))
    assert "line 2: '1' in column XFD is beyond the last named column" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"PK\x03\x04broken", "not a readable XLSX workbook"), (b"Name,Email\r\n", "not a readable XLSX")],
)
def test_a_file_that_is_not_a_workbook_is_named(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    assert expected in refusal(path)


def test_a_forbidden_character_in_the_shared_strings_names_the_cell_that_shows_it(tmp_path: Path) -> None:
    strings = f'<?xml version="1.0"?><sst {MAIN}><si><t>Name</t></si><si><t>An&#1;a</t></si></sst>'
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    message = refusal(handmade(tmp_path, sheet_xml(rows), strings))
    assert "line 2, column A: not readable XML" in message


def test_a_sheet_hidden_in_a_picture_part_is_refused_unread(tmp_path: Path) -> None:
    path = handmade(tmp_path, sheet_xml(PEOPLE_ROWS))
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    parts["xl/media/image1.png"] = parts.pop("xl/worksheets/sheet1.xml")  # skipped by the scan…
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"worksheets/sheet1.xml", b"media/image1.png"
    )  # … but named as the sheet
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    assert "its first sheet is stored in xl/media/image1.png, which is not a sheet" in refusal(path)


def test_the_rare_workbook_refusals_read_in_the_users_language(tmp_path: Path) -> None:
    from consensus_app.i18n import use_language

    huge = f'<row r="7">{inline("A7", "A" * 400_000)}</row>'
    path = handmade(tmp_path, sheet_xml(PEOPLE_ROWS + huge))
    with use_language("ko"):
        assert "첫 시트의 7행: 32,767자를 넘는 셀이 있습니다" in refusal(path)
    with use_language("fa"):
        assert "سطر 7 از برگه اول" in refusal(path)
