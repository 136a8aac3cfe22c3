"""`consensus-app export` for one pursuit: map images, tables and graphs, as a user types it."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from consensus_app.cli import main
from tests.conftest import minimal_document, write_json


@pytest.fixture
def imported(tmp_path: Path, db_path: Path) -> Path:
    """Acme (one pursuit) and Globex (two pursuits)."""
    globex = minimal_document(id="globex", name="Globex")["accounts"][0]
    globex["pursuits"].append({"id": "opp-2", "name": "Second deal", "committee": []})
    document = minimal_document()
    document["accounts"].append(globex)
    assert main(["--db", str(db_path), "import", str(write_json(tmp_path / "in.json", document))]) == 0
    return db_path


def export(db: Path, *args: str) -> int:
    return main(["export", "--db", str(db), *args])


def test_the_only_pursuit_of_an_account_needs_no_pursuit_id(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "committee.csv"
    assert export(imported, "--format", "csv", "--account", "acme", "-o", str(out)) == 0
    assert "committee of opp-1" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["Name"] for row in rows) == ["Lee Park", "Sam Okafor"]


def test_an_account_with_several_pursuits_asks_which_one(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.graphml"
    assert export(imported, "--account", "globex", "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert (
        "Globex (globex) has 2 pursuits" in err and "--pursuit" in err and "opp-1" in err and "opp-2" in err
    )
    assert not out.exists()
    assert export(imported, "--account", "globex", "--pursuit", "opp-9", "-o", str(out)) == 1
    assert "Globex (globex) has no pursuit 'opp-9'" in capsys.readouterr().err
    assert export(imported, "--account", "globex", "--pursuit", "opp-2", "-o", str(out)) == 0
    assert nx.read_graphml(out).number_of_nodes() == 3


def test_a_pursuit_export_needs_exactly_one_account(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.xlsx"
    assert export(imported, "-o", str(out)) == 1
    assert "choose an account with --account NAME" in capsys.readouterr().err
    assert export(imported, "--account", "acme", "--account", "globex", "-o", str(out)) == 1
    assert "give one --account NAME" in capsys.readouterr().err
    assert export(imported, "--account", "nope", "-o", str(out)) == 1
    assert "no account 'nope'" in capsys.readouterr().err
    assert not out.exists()


def test_the_format_comes_from_the_suffix_unless_given(imported: Path, tmp_path: Path) -> None:
    assert export(imported, "--account", "acme", "-o", str(tmp_path / "review.xlsx")) == 0
    assert load_workbook(tmp_path / "review.xlsx").sheetnames == ["Committee", "Priorities", "Plan"]
    assert export(imported, "--account", "acme", "--format", "gexf", "-o", str(tmp_path / "graph.xml")) == 0
    assert nx.read_gexf(tmp_path / "graph.xml").nodes["s-cfo"]["stance"] == -1
    assert export(imported, "--account", "acme", "-o", str(tmp_path / "all")) == 0  # no suffix: json
    assert (tmp_path / "all.json").read_text(encoding="utf-8").lstrip().startswith("{")


def test_one_table_as_csv_or_xlsx(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    assert export(imported, "--account", "acme", "--table", "priorities", "-o", str(out)) == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Stakeholder ID,Name,Function,On committee,Kind,Importance,Priority")
    assert export(imported, "--account", "acme", "--table", "committee", "-o", str(tmp_path / "c.xlsx")) == 0
    assert load_workbook(tmp_path / "c.xlsx").sheetnames == ["Committee"]


def test_json_still_exports_several_accounts_or_all(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert export(imported, "--account", "acme", "--account", "globex", "-o", str(out)) == 0
    assert export(imported, "--format", "json", "-o", str(out)) == 0


def test_a_missing_output_folder_is_a_clear_error(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(imported, "--account", "acme", "-o", str(tmp_path / "no" / "such.csv")) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.usefixtures("qapp")
def test_png_scale_svg_and_pdf_from_the_command_line(imported: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    for scale in ("1", "3"):
        args = [
            "--account",
            "acme",
            "--layout",
            "grid",
            "--scale",
            scale,
            "-o",
            str(tmp_path / f"{scale}.png"),
        ]
        assert export(imported, *args) == 0
    one, three = QImage(str(tmp_path / "1.png")), QImage(str(tmp_path / "3.png"))
    assert abs(three.width() - 3 * one.width()) <= 3 and abs(three.height() - 3 * one.height()) <= 3
    assert export(imported, "--account", "acme", "-o", str(tmp_path / "m.svg")) == 0
    assert (tmp_path / "m.svg").read_text(encoding="utf-8").count("Lee Park") >= 1
    assert export(imported, "--account", "acme", "--page", "letter", "-o", str(tmp_path / "m.pdf")) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF-")


def test_a_bad_scale_is_an_error(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(imported, "--account", "acme", "--scale", "0", "-o", str(tmp_path / "m.png")) == 1
    assert "scale must be between" in capsys.readouterr().err


def test_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    for name in ("png", "svg", "pdf", "csv", "xlsx", "graphml", "gexf", "json"):
        assert f"\n  {name} " in out


@pytest.mark.slow
def test_map_images_export_with_no_display(imported: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "map.png"
    command = [sys.executable, "-m", "consensus_app", "export", "--db", str(imported), "--account", "acme"]
    done = subprocess.run([*command, "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.usefixtures("qapp")
def test_the_review_brief_from_the_command_line(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.pdf"
    args = ["--format", "brief", "--account", "acme", "--since", "2020-01-01", "--layout", "grid"]
    assert export(imported, *args, "-o", str(out)) == 0
    assert "review brief of opp-1" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "What changed since 1 January 2020" in text and "Imported account Acme Corp" in text
        assert "Lee Park" in text and "Page 1 of" in text


def test_a_bad_since_date_is_refused(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.pdf"
    with pytest.raises(SystemExit):
        export(imported, "--format", "brief", "--account", "acme", "--since", "last week", "-o", str(out))
    assert "--since" in capsys.readouterr().err
    assert not out.exists()


def test_help_lists_the_brief(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "\n  brief " in out and "--since YYYY-MM-DD" in out
