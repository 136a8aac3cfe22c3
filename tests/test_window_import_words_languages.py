"""The window's words that came from the Qt-free layers, in the window's language (issue 17):
Edit ▸ Undo names its step ("Delete 2 items") in the language, File ▸ Import of a broken map file
explains every problem in it in the language, and the people import's preview (its field names,
row outcomes, problems and summary) reads in it too. Driven through the menus and the dialog."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
from tests.conftest import minimal_document
from tests.test_window_language_everywhere import back_to_english, window_in  # noqa: F401 - fixture
from tests.window_fixtures import acme, settings  # noqa: F401 - fixtures

ENGLISH = re.compile(
    r"\b(Delete|items?|no name|reports to|line|new|updated|unchanged|refused|create|update|matched|"
    r"missing required|unknown field|is not one of|must be|First name|Last name|Full name|Reports)\b"
)


def _action(window: MainWindow, name: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.objectName() == name]
    assert found and found[0].isEnabled(), name
    return found[0]


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "consensus_app.ui.main_window.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path), "")
    )


@pytest.mark.usefixtures("back_to_english")
@pytest.mark.parametrize(
    ("lang", "step"), [("ko", "항목 2개 삭제"), ("fa", "حذف 2 مورد"), ("ja", "2 件の項目を削除")]
)
def test_the_undo_step_of_a_delete_reads_in_the_windows_language(
    lang: str, step: str, qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    window = window_in(lang, qtbot, acme, settings)
    people = [n.stakeholder_id for n in window.controller.pursuit_map.nodes][:2]  # type: ignore[union-attr]
    window.scene.select_stakeholders(people)
    _action(window, "delete").trigger()
    qtbot.waitUntil(lambda: len(acme.repos.stakeholders.for_account(1)) == 1, timeout=10_000)
    undo = _action(window, "undo").text().replace("&", "")
    assert undo.endswith(step) and not ENGLISH.search(undo), undo
    _action(window, "undo").trigger()
    qtbot.waitUntil(lambda: len(acme.repos.stakeholders.for_account(1)) == 3, timeout=10_000)


@pytest.mark.usefixtures("back_to_english")
@pytest.mark.parametrize("lang", ["ko", "fa"])
def test_file_import_of_a_broken_map_explains_it_in_the_windows_language(
    lang: str,
    qtbot: QtBot,
    acme: Workspace,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "consensus_app.ui.importing.show_error", lambda _w, _title, message, *_a: shown.append(message)
    )
    window = window_in(lang, qtbot, acme, settings)
    document = minimal_document()
    account = document["accounts"][0]
    account["key"] = "acme-2"
    account["stakeholders"][0]["profile"] = "wizard"
    del account["stakeholders"][1]["name"]
    account["pursuits"][0]["committee"][1]["influence"] = 7
    path = tmp_path / "hand-edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _choose_file(monkeypatch, path)
    _action(window, "import").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    message = shown[0]
    assert "hand-edited.json" in message and '"wizard"' in message and "influence" in message
    words = re.sub(r'"[^"]*"|\$\S*|\b\w+_\w+\b|hand-edited\.json|\b(name|profile|influence)\b', "", message)
    assert not ENGLISH.search(words), message
    assert len(acme.repos.accounts.list()) == 1  # nothing half-imported


@pytest.mark.usefixtures("back_to_english")
def test_the_people_import_preview_reads_in_persian(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("fa", qtbot, acme, settings)
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Email,Reports To,Account Name\n"
        "Leila,Moradi,leila@acme.example,,Acme Corp\n"
        ",,nobody@acme.example,,Acme Corp\n"
        "Reza,Tavakoli,reza@acme.example,Ghost Person,Acme Corp\n",
        encoding="utf-8",
    )
    seen: dict[str, list[str]] = {}

    def exec_(dialog: PeopleImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        QApplication.processEvents()
        form = dialog.findChildren(QFormLayout)
        seen["labels"] = [
            label.text()
            for layout in form
            for row in range(layout.rowCount())
            if (item := layout.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(label := item.widget(), QLabel)
        ]
        rows = dialog.preview.rowCount()
        seen["outcomes"] = [_cell(dialog.preview, r, 3).text() for r in range(rows)]
        seen["notes"] = [_cell(dialog.preview, r, 4).text() for r in range(rows)]
        seen["summary"] = [dialog.summary.text()]
        return 0

    monkeypatch.setattr(PeopleImportDialog, "exec", exec_)
    _choose_file(monkeypatch, path)
    _action(window, "import").trigger()
    qtbot.waitUntil(lambda: "summary" in seen, timeout=20_000)
    assert "نام کامل" in seen["labels"] and "گزارش به (نام یا ایمیل)" in seen["labels"]
    assert seen["outcomes"] == ["رد شد", "رد شد", "افزودن"]  # refused, refused (first), create
    assert "بدون نام" in seen["notes"]
    assert any("'Ghost Person'" in n and "گزارش می‌دهد" in n for n in seen["notes"])
    summary = seen["summary"][0]
    assert "نفر تازه" in summary, summary
    for text in [summary, *seen["labels"], *seen["outcomes"], *seen["notes"]]:
        assert not ENGLISH.search(re.sub(r"'[^']*'|\b[A-Z]\w+ \w+\b", "", str(text))), text


@pytest.mark.usefixtures("back_to_english")
def test_the_bad_rows_dialog_names_tables_and_fields_in_korean_with_the_identifier_in_the_tooltip(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path
) -> None:
    from consensus_app.ui.controller import WorkspaceController
    from consensus_app.ui.language import SETTING, apply_language, chosen_language
    from consensus_app.ui.opening import WorkspaceOpening
    from tests.test_hardening_bad_rows import poisoned

    db = poisoned.__wrapped__(tmp_path)  # type: ignore[attr-defined]
    settings.set_text(SETTING, "ko")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, chosen_language(settings))
    window = MainWindow(WorkspaceController(), settings)
    qtbot.addWidget(window)
    opening = WorkspaceOpening(window, str(db), None, demo=False, scratch=tmp_path)
    opening.start()
    qtbot.waitUntil(lambda: opening.bad_rows_dialog is not None, timeout=20_000)
    dialog = opening.bad_rows_dialog
    assert dialog is not None
    cells = [[_cell(dialog.table, r, c).text() for c in (0, 2)] for r in range(dialog.table.rowCount())]
    assert cells == [["고객사", "키(짧은 ID)"], ["영업 기회", "금액"], ["사람", "키(짧은 ID)"]]
    assert _cell(dialog.table, 1, 2).toolTip() == "금액 (value)"  # the database's name, for a fix by hand
    problem = _cell(dialog.table, 1, 3).text()  # the problem is in the language too
    assert problem == "은(는) 1,000,000,000,000,000 이하여야 합니다"
    dialog.close()


@pytest.mark.usefixtures("back_to_english")
def test_the_about_dialog_names_the_theme_model_in_the_windows_language(
    qtbot: QtBot, settings: UiSettings
) -> None:
    from consensus_app.core.themes.encoder import available
    from consensus_app.ui.about_dialog import _themes_model
    from consensus_app.ui.language import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "ja")
    shown = _themes_model()
    if available() is None:
        assert shown != "none (themes by shared words)" and not re.search(r"[A-Za-z]{4,}", shown), shown
    else:
        assert "多言語" in shown, shown  # "multilingual E5 small" / "Universal Sentence Encoder 多言語 v3"
