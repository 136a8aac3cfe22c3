"""A workspace holding rows that no longer validate still opens, names them, and lets the user
fix or drop each (issue 15.1). The bad rows are written with raw SQL, as an older version, a
since-fixed import bug or a hand edit would have left them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.cli import main
from consensus_app.core.interchange import check_document, load_document
from consensus_app.storage.bad_rows import scan
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.bad_rows_dialog import BadRowsDialog
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import WorkspaceOpening
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import settings  # noqa: F401

GOOD = account_document(*ACCOUNT_32)
GOOD_KEY = GOOD["accounts"][0]["id"]


@pytest.fixture
def poisoned(tmp_path: Path) -> Path:
    """A 32-person account, plus an account whose id ends in a newline, a person whose id has
    one, and a pursuit whose value is infinite: what issue 15 found imports used to let in."""
    db = tmp_path / "poisoned.db"
    with open_workspace(str(db), actor="tester") as workspace:
        import_document(workspace, check_document(GOOD))
    with sqlite3.connect(db) as raw:
        raw.execute("INSERT INTO account (key, name, version) VALUES ('acc-nl\n', 'Hafslund Nett', 1)")
        raw.execute("UPDATE stakeholder SET key = 's-5\n' WHERE key = 's-5'")
        raw.execute("UPDATE pursuit SET value = 9e999")  # SQLite stores it as Inf
    return db


def _account_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as raw:
        return [key for (key,) in raw.execute("SELECT key FROM account ORDER BY id")]


def test_the_command_line_opens_it_and_names_each_bad_row_on_stderr(
    poisoned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(poisoned), "accounts"]) == 0
    captured = capsys.readouterr()
    assert GOOD["accounts"][0]["name"] in captured.out  # the good account is listed
    assert "table account, row 2: key must be one word" in captured.err and "acc-nl" not in captured.err
    assert "table pursuit, row 1" in captured.err and "value must be at most" in captured.err

    out = tmp_path / "rescued.json"
    assert main(["--db", str(poisoned), "export", "-o", str(out)]) == 0
    assert "table stakeholder, row 6: key" in capsys.readouterr().err
    rescued = load_document(out)  # what the app exports, it imports again
    people = {p["id"] for p in rescued["accounts"][0]["stakeholders"]}
    assert len(people) == 31 and "s-5" not in people and "s-5\n" not in people
    assert [a["id"] for a in rescued["accounts"]] == [GOOD_KEY]


def test_a_bad_row_is_named_on_stderr_without_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "workspace.db"
    with open_workspace(str(db), actor="tester") as workspace:
        import_document(workspace, check_document(GOOD))
    person = GOOD["accounts"][0]["stakeholders"][1]
    email = "takeshi.yamamoto@nordhavn.no"
    with sqlite3.connect(db) as raw:  # an id that was their e-mail, a language field holding their name
        raw.execute("UPDATE stakeholder SET key = ? WHERE key = 's-1'", (email + "\n",))
        raw.execute("UPDATE stakeholder SET language = ? WHERE key = 's-2'", (person["name"],))
    assert main(["--db", str(db), "accounts"]) == 0
    err = capsys.readouterr().err
    assert "table stakeholder, row 2: key must be one word" in err
    assert "table stakeholder, row 3: language has the wrong form" in err
    assert "takeshi" not in err.casefold() and person["name"] not in err


def test_a_scan_finds_every_bad_row_and_fixing_one_brings_it_back(poisoned: Path) -> None:
    with open_workspace(str(poisoned), actor="tester") as workspace:
        found = {(b.table, b.field) for b in scan(workspace)}
        assert found == {("account", "key"), ("stakeholder", "key"), ("pursuit", "value")}
        from consensus_app.storage import bad_rows

        value = next(b for b in scan(workspace) if b.table == "pursuit")
        bad_rows.fix(workspace, value, "2500000")
        assert workspace.repos.pursuits.get(value.row_id).value == 2_500_000
        assert {b.table for b in scan(workspace)} == {"account", "stakeholder"}


def _window(qtbot: QtBot, settings: UiSettings) -> MainWindow:
    window = MainWindow(WorkspaceController(), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    return window


def test_the_window_opens_it_lists_the_bad_rows_and_fixes_or_drops_each(
    qtbot: QtBot, settings: UiSettings, poisoned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings)
    opening = WorkspaceOpening(window, str(poisoned), None, demo=False, scratch=tmp_path)
    opening.start()
    qtbot.waitUntil(lambda: opening.bad_rows_dialog is not None, timeout=20_000)
    dialog = opening.bad_rows_dialog
    assert isinstance(dialog, BadRowsDialog) and dialog.isVisible()
    shown = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert shown[0][:3] == ["account", "2 (acc-nl)", "key"]
    assert [row[0] for row in shown] == ["account", "pursuit", "person"]  # words, not the tables' names
    assert dialog.table.item(2, 0).toolTip() == "person (stakeholder)"  # the identifier in the tooltip
    # The good account opened behind it, without its pursuit (whose value is infinite).
    qtbot.waitUntil(lambda: window.navigator.model.rowCount() == 1, timeout=5_000)
    assert window.navigator.first_pursuit() is None

    # Fix the account's id: the window offers the id without its line break.
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, text: str = "") -> tuple[str, bool]:
        asked.append(label)
        return text, True

    monkeypatch.setattr("consensus_app.ui.bad_rows_dialog.QInputDialog.getText", answer)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.fix_button, _left())
    assert "New key for account 2" in asked[0]
    assert _account_ids(poisoned) == [GOOD_KEY, "acc-nl"]
    qtbot.waitUntil(lambda: window.navigator.model.rowCount() == 2, timeout=5_000)

    # A fix the checks refuse is said in the dialog; nothing is written.
    monkeypatch.setattr(
        "consensus_app.ui.bad_rows_dialog.QInputDialog.getText", lambda *_a, **_k: ("-1", True)
    )
    dialog.table.selectRow(0)  # the pursuit's value
    qtbot.mouseClick(dialog.fix_button, _left())
    assert "value must be at least 0" in dialog.error.text() and dialog.error.isVisible()
    assert window.navigator.first_pursuit() is None

    # A good value brings the pursuit back; its map lacks only the person whose id is broken.
    monkeypatch.setattr(
        "consensus_app.ui.bad_rows_dialog.QInputDialog.getText", lambda *_a, **_k: ("2500000", True)
    )
    qtbot.mouseClick(dialog.fix_button, _left())
    assert not dialog.error.isVisible()
    qtbot.waitUntil(lambda: window.navigator.first_pursuit() is not None, timeout=5_000)
    window.navigator.select_pursuit(window.navigator.first_pursuit())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=5_000)
    keys = {node.key for node in window.controller.pursuit_map.nodes}
    assert "s-0" in keys and not any(key.startswith("s-5") for key in keys)

    # Drop the person whose id is broken.
    monkeypatch.setattr(
        "consensus_app.ui.bad_rows_dialog.QMessageBox.question",
        lambda *_a, **_k: dialog_yes(),
    )
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["person"]
    qtbot.mouseClick(dialog.drop_button, _left())
    with sqlite3.connect(poisoned) as raw:
        assert raw.execute("SELECT count(*) FROM stakeholder WHERE key LIKE 's-5%'").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM stakeholder").fetchone() == (31,)
        assert raw.execute("SELECT value FROM pursuit").fetchone() == (2_500_000,)
    assert not dialog.isVisible()  # nothing left to mend


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def dialog_yes() -> object:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Yes
