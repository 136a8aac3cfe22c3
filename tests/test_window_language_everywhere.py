"""Every panel and the main dialogs speak the window's language (issue 17): Korean, Japanese,
Persian (right to left) and Indonesian.

The window opens as at start-up with the language chosen, then each dock tab and dialog is shown
as a user would open it. Every word it shows (labels, buttons, group titles, tabs, column headers,
placeholders, menu entries) is read; a text the English window shows the same, with English words
in it and not from the customer's data, is English left behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.language import SETTING, apply_language, chosen_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.conftest import minimal_document
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures

LANGUAGES = ["ko", "ja", "fa", "id"]
# The same in every language: the product's name, formats, and what Qt or the data spell.
SAME_EVERYWHERE = {"Consensus", "PNG", "SVG", "PDF", "CSV", "XLSX", "JSON", "USD", "A4", "English"}
# Whole texts that are names or examples, and words a language writes as English does.
NOT_WORDS = {"Bahasa Indonesia", "consensus", "db.example.com"}
SAME_IN = {"id": {"Email", "Port", "Server", "Status"}}
TAGS = re.compile(r"<[^>]*>")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language(qapp, "en")


def data_words() -> set[str]:
    """Every string of the customer's data (names, titles, priorities): shown as they are."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(minimal_document())
    return {word for word in found if ENGLISH_WORD.search(word)}


def shown_texts(root: QWidget) -> set[str]:
    """The words a person reads in `root` and its children (hidden widgets excluded)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar | QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                top = widget.topLevelItem(i)
                texts += [top.text(0), *(top.child(j).text(0) for j in range(top.childCount()))]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
        if isinstance(widget, QDialog):
            texts.append(widget.windowTitle())
    return {" ".join(TAGS.sub(" ", t).replace("&", "").split()) for t in texts if t}


def english_left(texts: set[str], english: set[str], language: str) -> list[str]:
    """The texts shown exactly as the English window shows them, with English words that are
    neither the customer's data nor the same in every language."""
    data = data_words()
    left = []
    for text in texts & english - NOT_WORDS - SAME_IN.get(language, set()):
        words = set(ENGLISH_WORD.findall(text)) - SAME_EVERYWHERE
        if words and not any(d in text for d in data):
            left.append(text)
    return sorted(left)


def window_in(language: str, qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    settings.set_text(SETTING, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, chosen_language(settings))
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=20_000)
    qtbot.waitUntil(lambda: hasattr(window, "insights"), timeout=20_000)
    return window


def everything_shown(window: MainWindow, qtbot: QtBot) -> set[str]:
    """The window with each dock tab raised in turn, its menus, and the main dialogs."""
    from consensus_app.ui.about_dialog import AboutDialog, your_files
    from consensus_app.ui.connect_dialog import ConnectDialog
    from consensus_app.ui.dialogs import AccountDialog, PursuitDialog
    from consensus_app.ui.export_dialog import ExportDialog
    from consensus_app.ui.mark_left import LeaveDialog
    from consensus_app.ui.split_theme_dialog import SplitThemeDialog

    insights = window.insights
    texts: set[str] = set()
    member = next(n for n in window.controller.pursuit_map.nodes if n.on_committee)
    window.sync.table_selection([member.stakeholder_id])  # the inspector shows a person
    qtbot.waitUntil(lambda: window.inspector.name.text() == member.name)
    qtbot.waitUntil(lambda: insights.assessment.findings.count() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: insights.themes.themes.topLevelItemCount() > 0, timeout=30_000)
    for dock in [window.inspector_dock, *insights.docks]:
        dock.raise_()
        qtbot.waitUntil(dock.isVisible)
        texts |= shown_texts(window)
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        texts |= {a.text().replace("&", "") for a in menu.actions() if a.text()}
    pursuit_map = window.controller.pursuit_map
    leaving = LeaveDialog(window, pursuit_map, member.stakeholder_id, ["Analytics platform"])
    dialogs: list[QDialog] = [
        ExportDialog(window.controller, window.settings, window),
        AccountDialog(window),
        PursuitDialog(window),
        ConnectDialog(window.settings, window),
        leaving,
        SplitThemeDialog(
            "Stay inside the FY27 budget", [(1, "Stay inside the FY27 budget", "Lee Park")], window
        ),
        AboutDialog(your_files(window), window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.isRightToLeft() == window.isRightToLeft(), dialog.windowTitle()
        if dialog is leaving:  # what the group loses, once assessed
            qtbot.waitUntil(lambda: leaving.preview is not None, timeout=20_000)
        texts |= shown_texts(dialog)
        dialog.close()
    return texts


@pytest.fixture
def english_texts(
    qtbot: QtBot,
    acme: Workspace,
    settings: UiSettings,
    back_to_english: None,
) -> set[str]:
    window = window_in("en", qtbot, acme, settings)
    texts = everything_shown(window, qtbot)
    window.close()
    assert {"Assessment", "Themes", "Messages", "Plan", "Name", "Layout"} <= texts  # the check reads them
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_panel_and_dialog_speaks_the_language(
    language: str,
    english_texts: set[str],
    qtbot: QtBot,
    acme: Workspace,
    settings: UiSettings,
    back_to_english: None,
) -> None:
    window = window_in(language, qtbot, acme, settings)
    texts = everything_shown(window, qtbot)
    left = english_left(texts, english_texts, language)
    assert not left, f"English left in the {language} window: {left}"
    assert window.isRightToLeft() == (language == "fa")
    assert window.inspector.isRightToLeft() == (language == "fa")
    tabs = [t for t in window.findChildren(QTabBar) if t.parent() is window and t.count() == 5]
    assert tabs, "the five panels share one dock area"
    bar = tabs[0]
    # Every tab title reads in full at 1400 px: none is cut short with "…".
    for index in range(bar.count()):
        needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
        assert bar.tabRect(index).width() > needed, bar.tabText(index)


def test_a_persian_line_that_starts_with_a_name_still_reads_right_to_left() -> None:
    """ "{name} left the company" in Persian starts with a right-to-left mark: otherwise the Latin
    name would make the whole line left to right, and a Persian reader would meet its words in the
    wrong order."""
    import unicodedata
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "consensus_fa.ts"
    wrong = []
    for message in ET.parse(catalogue).getroot().iter("message"):
        text = message.findtext("translation") or ""
        persian = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
        plain = TAGS.sub("", text).replace("&", "")
        first = next((c for c in plain if c == "{" or unicodedata.bidirectional(c) in ("L", "R", "AL")), "")
        if persian and "(*." not in text and (first == "{" or unicodedata.bidirectional(first) == "L"):
            wrong.append(text)
    assert not wrong, f"start these with U+200F: {wrong[:3]}"
