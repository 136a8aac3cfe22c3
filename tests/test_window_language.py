"""The window speaks the chosen language; Persian mirrors it (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from consensus_app.i18n import current_language
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.language import SETTING, apply_language, chosen_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def language_back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language(qapp, "en")


def window_in(language: str, qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    """As at start-up: the setting chosen in Preferences decides, before the first window."""
    settings.set_text(SETTING, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, chosen_language(settings))
    return open_window(qtbot, workspace, settings)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_korean_window_menus_toolbar_and_layouts(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, language_back_to_english: None
) -> None:
    window = window_in("ko", qtbot, acme, settings)
    assert menu_titles(window) == ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "가져오기(&I)…" in [a.text() for a in file_menu.actions()]
    toolbar = window.findChild(QToolBar, "map-toolbar")
    assert [a.iconText() for a in toolbar.actions() if a.iconText() in ("실행 취소", "다시 실행")] == [
        "실행 취소",
        "다시 실행",
    ]
    assert window.layout_actions["org"].text() == "조직도"  # the layout's name, from the core catalogue
    assert window.inspector_dock.windowTitle() == "이해관계자"
    assert current_language() == "ko"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    view_menu = window.menuBar().actions()[2].menu()
    qtbot.waitUntil(lambda: "show-stages" in [a.objectName() for a in view_menu.actions()])  # in any language


def test_persian_window_is_mirrored(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, language_back_to_english: None
) -> None:
    window = window_in("fa", qtbot, acme, settings)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.menuBar().isRightToLeft()
    assert menu_titles(window)[0] == "&پرونده"
    bar = window.menuBar()
    file_left = bar.actionGeometry(bar.actions()[0]).left()
    help_left = bar.actionGeometry(bar.actions()[-1]).left()
    assert file_left > help_left  # File sits at the right edge, Help to its left
    # A day still reads 2026-10-02, not mirrored into 02-10-2026.
    assert window.inspector.last_engaged.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.inspector.isRightToLeft()
    # The map's dock and the inspector swap sides too: the inspector is now left of the map.
    assert (
        window.inspector_dock.geometry().right() < window.view.mapTo(window, window.view.rect().center()).x()
    )


class SystemLocale:
    """QLocale.system() on a computer set to Japanese (then English) in its preferred order."""

    languages: ClassVar[list[str]] = ["ja-JP", "en-US"]

    @classmethod
    def system(cls) -> SystemLocale:
        return cls()

    def uiLanguages(self) -> list[str]:
        return self.languages


def test_without_a_choice_the_system_language_decides(
    settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("consensus_app.ui.language.QLocale", SystemLocale)
    assert chosen_language(settings) == "ja"
    SystemLocale.languages = ["de-DE", "fa-IR"]  # the first language the app speaks
    assert chosen_language(settings) == "fa"
    SystemLocale.languages = ["de-DE"]
    assert chosen_language(settings) == "en"
    settings.set_text(SETTING, "id")  # Preferences' choice wins over the system's
    assert chosen_language(settings) == "id"
    settings.set_text(SETTING, "tlh")  # a language the app does not speak: the system's again
    assert chosen_language(settings) == "en"


def test_preferences_choose_korean_for_the_next_start(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, language_back_to_english: None
) -> None:
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QMenu

    from consensus_app.ui.preferences_dialog import PreferencesDialog

    window = open_window(qtbot, acme, settings)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit, QMenu)
    next(a for a in edit.actions() if a.text() == "&Preferences…").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    choice = dialog.findChild(QComboBox, "language")
    assert choice.currentText().startswith("As the system")  # nothing chosen yet
    assert [choice.itemText(i) for i in range(1, choice.count())] == [
        "English",
        "한국어",
        "日本語",
        "فارسی",
        "Bahasa Indonesia",
    ]
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "the next time Consensus starts" in notes  # the dialog says when it applies
    choice.setCurrentIndex(choice.findText("한국어"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.text(SETTING) == "ko"
    assert menu_titles(window)[0] == "&File"  # this window stays as it is
    window.close()
    # The next start: the saved choice decides before the first window.
    again = window_in(chosen_language(settings) or "", qtbot, acme, settings)
    assert menu_titles(again) == ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"]


def test_korean_panels_inspector_and_committee_table(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, language_back_to_english: None
) -> None:
    from PySide6.QtWidgets import QDockWidget, QGroupBox

    window = window_in("ko", qtbot, acme, settings)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None)
    docks = {dock.objectName(): dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert docks["inspector-dock"] == "이해관계자"
    qtbot.waitUntil(lambda: "assessment-dock" in {d.objectName() for d in window.findChildren(QDockWidget)})
    docks = {dock.objectName(): dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert [docks[n] for n in ("assessment-dock", "themes-dock", "messaging-dock", "plan-dock")] == [
        "평가",
        "테마",
        "메시지",
        "계획",
    ]
    groups = {box.title() for box in window.inspector.findChildren(QGroupBox)}
    assert {"이해관계자", "구매 위원회", "우선순위"} <= groups
    model = window.committee.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["이름", "직함", "부서", "역할"] and "입장" in headers
    # Stored values stay codes; the words shown are Korean: the profile keeps its recognisable name.
    profiles = [window.inspector.profile.itemText(i) for i in range(window.inspector.profile.count())]
    assert "Go-Getter(추진형)" in profiles
    stance = [window.inspector.stance.itemText(i) for i in range(window.inspector.stance.count())]
    assert "+1 지지" in stance


def test_the_export_dialog_makes_the_brief_in_another_language_than_the_windows(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from PySide6.QtWidgets import QComboBox

    from consensus_app.ui.controller import WorkspaceController
    from consensus_app.ui.export_dialog import ExportDialog

    controller = WorkspaceController(acme)
    controller.open_pursuit(next(p.id for p in acme.repos.pursuits.list_where() if p.key == "opp-1"))
    settings.set_text("export/kind", "brief")
    dialog = ExportDialog(controller, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.findChild(QComboBox, "export-language")
    assert choice.currentText() == "As the window (English)"
    choice.setCurrentIndex(choice.findData("ko"))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is needed to read the brief"
    text = subprocess.run([pdftotext, str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "목차" in text and "구매 위원회" in text and "Contents" not in text
    assert current_language() != "ko"  # the window's language stays as it was
