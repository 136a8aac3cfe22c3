"""Exports stay well-formed whatever text the workspace holds, and say which file they could not
write (issue 15, items 4 and 9). The workspace is a 32-person account whose names were stored by
an older version, before imports refused control characters: they go in with raw SQL."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.cli import main
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.exports import export_map_image
from tests.large_accounts import ACCOUNT_32, account_document

DOCUMENT = account_document(*ACCOUNT_32)
ACCOUNT_KEY = DOCUMENT["accounts"][0]["id"]
PEOPLE = {p["id"]: p["name"] for p in DOCUMENT["accounts"][0]["stakeholders"]}
# Member keys are on the committee, so the map draws them.
MEMBERS = [m["stakeholder"] for m in DOCUMENT["accounts"][0]["pursuits"][0]["committee"]]
DIRTY = {
    MEMBERS[0]: "\u000b",  # vertical tab: GraphML, GEXF and SVG broke on it
    MEMBERS[1]: "\u0001",
    MEMBERS[2]: "\ufffe",  # non-characters: XLSX broke on them
    MEMBERS[3]: "\uffff",
}


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    db = tmp_path / "legacy.db"
    with open_workspace(str(db), actor="tester") as workspace:
        import_document(workspace, check_document(DOCUMENT))
    with sqlite3.connect(db) as raw:
        for key, bad in DIRTY.items():
            raw.execute(
                "UPDATE stakeholder SET name = ?, title = ? WHERE key = ?",
                (PEOPLE[key][:3] + bad + PEOPLE[key][3:], f"Head{bad} of ops", key),
            )
        raw.execute("UPDATE account SET name = name || ?", ("\u000b",))
    return db


def _export(db: Path, out: Path, *args: str) -> None:
    assert main(["--db", str(db), "export", "--account", ACCOUNT_KEY, "-o", str(out), *args]) == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_the_graph_files_back_without_the_forbidden_characters(
    legacy: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"map.{fmt}"
    _export(legacy, out)
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    names = {data["name"] for _node, data in graph.nodes(data=True)}
    for key in DIRTY:
        assert PEOPLE[key] in names  # the name, less the character XML cannot hold
    assert len(graph) >= len(MEMBERS)
    assert all("\u000b" not in n and "\ufffe" not in n for n in names)


def test_openpyxl_reads_the_workbook_back(legacy: Path, tmp_path: Path) -> None:
    out = tmp_path / "committee.xlsx"
    _export(legacy, out)
    book = openpyxl.load_workbook(out)
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None}
    for key in DIRTY:
        assert PEOPLE[key] in cells
    assert not any(ch in cell for cell in cells for ch in DIRTY.values())


def test_the_svg_map_parses(qapp: QApplication, legacy: Path, tmp_path: Path) -> None:
    with open_workspace(str(legacy), actor="tester") as workspace:
        pursuit = workspace.repos.pursuits.list_where()[0]
        svg = export_map_image(workspace, pursuit.id, "org", tmp_path / "map.svg", "svg")
    root = ET.parse(svg).getroot()  # well-formed XML
    texts = [t.strip() for t in root.itertext() if t.strip()]
    assert f"{DOCUMENT['accounts'][0]['name']} — {DOCUMENT['accounts'][0]['pursuits'][0]['name']}" in texts
    squeezed = "".join(texts).replace(" ", "")  # cards wrap names; Qt draws U+000B as a space
    for key in DIRTY:
        assert PEOPLE[key].split()[0] in squeezed
    assert not any(ch in t for t in texts for ch in DIRTY.values())


def test_an_output_folder_is_refused_by_name(
    legacy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports.json"  # a folder that looks like a file name
    folder.mkdir()
    assert main(["--db", str(legacy), "export", "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder} is a folder; give the export a file name inside it" in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "graphml", "xlsx"])
def test_an_unwritable_place_is_named_never_a_temporary_file(
    legacy: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path("/proc") / f"version.{fmt}"  # /proc takes no new files, even from root
    args = ["--account", ACCOUNT_KEY] if fmt != "json" else []
    assert main(["--db", str(legacy), "export", *args, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"cannot create a file in /proc: '{target}'" in err
    assert "/proc/." not in err and ".tmp" not in err
