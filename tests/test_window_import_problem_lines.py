"""File ▸ Import of a contact list with refused lines at its bottom: the dialog's summary names the
lines, their rows come first in the preview, "Show only rows with problems" hides the others, the
Problems column is wide enough to read; nothing is written until the file is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.people_import_preview import PROBLEMS_COLUMN
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import menu_action
from tests.crm_export import ACCOUNT, nordlys_rows, write_csv
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

# Appended after the 32 good people (lines 2–33): a reporting cycle, no name, a bad email.
_BROKEN = [
    ["C901", "Fajar", "Nugroho", "Manager East", "fajar@nordlys.no", ACCOUNT, "Gilang Ramadhan", "Ops"],
    ["C902", "Gilang", "Ramadhan", "Manager West", "gilang@nordlys.no", ACCOUNT, "Fajar Nugroho", "Ops"],
    ["C903", "", "", "Intern", "intern@nordlys.no", ACCOUNT, "Ingrid Solberg", "Operations"],
    ["C904", "Oscar", "Tan", "Buyer", "oscar at nordlys", ACCOUNT, "Ingrid Solberg", "Procurement"],
]


def test_the_import_dialog_names_the_lines_with_problems_and_shows_them_first(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = open_window(qtbot, workspace, settings)
    path = write_csv(tmp_path / "contacts_broken.csv", nordlys_rows() + _BROKEN)
    monkeypatch.setattr(
        "consensus_app.ui.main_window.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path), "")
    )
    seen: dict[str, object] = {}

    def look(dialog: PeopleImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        preview = dialog.preview
        seen["summary"] = dialog.summary.text()
        seen["import"] = dialog.import_button.isEnabled()
        seen["first rows"] = [(preview.item(r, 0).text(), preview.item(r, 3).text()) for r in range(4)]
        problems = preview.item(0, PROBLEMS_COLUMN)
        # Readable: the column has the room its text needs (wrapping if it must), in sight.
        rect = preview.visualItemRect(problems)
        seen["problems readable"] = preview.viewport().rect().contains(rect) and rect.width() * max(
            1, rect.height() // preview.fontMetrics().height()
        ) >= preview.fontMetrics().horizontalAdvance(problems.text())
        seen["tooltip"] = problems.toolTip()
        qtbot.mouseClick(preview.only_problems, Qt.MouseButton.LeftButton)
        seen["shown rows"] = [
            preview.item(r, 0).text() for r in range(preview.rowCount()) if not preview.isRowHidden(r)
        ]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PeopleImportDialog, "exec", look)
    menu_action(window, "File", "import").trigger()
    assert seen["summary"] == (
        "Lines 34, 35, 36 and 37 have problems. 32 new, 0 updated, 0 unchanged. "
        "4 problems to fix in the file or the mapping first."
    )
    assert seen["import"] is False
    assert seen["first rows"] == [("34", "refused"), ("35", "refused"), ("36", "refused"), ("37", "refused")]
    assert seen["problems readable"] is True
    assert "Fajar Nugroho → Gilang Ramadhan → Fajar Nugroho" in str(seen["tooltip"])
    assert seen["shown rows"] == ["34", "35", "36", "37"]
    assert workspace.repos.accounts.list() == []  # nothing written
