"""Small things a person notices at once, checked in the running window: the committee table fits a
1440 × 900 window, inspector fields show the start of long text, theme names wrap instead of being
cut. (The Undo button's width is in test_acceptance_undo.py, unsent priority text in
test_acceptance_priorities.py.)"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.committee_model import CommitteeColumn
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import PriorityKind
from tests.acceptance_kit import (
    nordlys,  # noqa: F401 - fixture
    person_id,
    select,
    type_and_enter,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

LONG_TITLE = "Senior Vice President, Digital Transformation, Data Platforms and Vessel Performance Analytics"


def test_the_committee_table_fits_a_1440_by_900_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1440, 900)
    QApplication.processEvents()
    view = window.committee.view
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()  # no column hides off to the right
    assert not view.horizontalScrollBar().isVisible()
    for column in CommitteeColumn:  # every header reads in full
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(column.header)
    assert header.sectionSize(CommitteeColumn.NAME) >= view.fontMetrics().horizontalAdvance("Øystein Bråten")


def test_a_column_the_user_widens_keeps_its_width(qtbot: QtBot, window: MainWindow) -> None:
    header = window.committee.view.horizontalHeader()
    header.resizeSection(CommitteeColumn.TITLE, 400)  # as a drag of the header's edge leaves it
    window.resize(1500, 900)
    QApplication.processEvents()
    assert header.sectionSize(CommitteeColumn.TITLE) == 400


def test_inspector_fields_show_the_start_of_long_text(qtbot: QtBot, window: MainWindow) -> None:
    nur = person_id(window, "Nur Aini")
    window.controller.edit_stakeholder(nur, title=LONG_TITLE, personal_win="Be the one who " + "x" * 120)
    select(qtbot, window, "Dewi Kusumawati")
    select(qtbot, window, "Nur Aini")
    inspector = window.inspector
    assert inspector.title_edit.text() == LONG_TITLE
    assert inspector.title_edit.cursorPosition() == 0 and inspector.personal_win.cursorPosition() == 0
    type_and_enter(qtbot, inspector.title_edit, LONG_TITLE + " (acting)")  # saved, then shown again
    assert inspector.title_edit.cursorPosition() == 0


def test_theme_names_wrap_instead_of_being_cut(
    qtbot: QtBot, nordlys: Workspace, settings: UiSettings
) -> None:
    people = {p.key: p.id for p in nordlys.repos.stakeholders.for_account(1)}
    for key, text in [
        ("cfo", "Real-time fuel consumption reporting for every vessel in the fleet"),
        ("cfo", "Fuel consumption costs reported weekly per vessel"),
        ("coo", "Real-time fuel consumption data for vessel operations planning"),
        ("coo", "Vessel fuel consumption visible to operations in real time"),
        ("data", "One data platform for fuel consumption and vessel performance data"),
        ("fleet", "Vessel performance and fuel consumption compared across the fleet"),
    ]:
        nordlys.repos.priorities.create(
            account_id=1, stakeholder_id=people[key], text=text, kind=PriorityKind.GOAL
        )
    window = open_window(qtbot, nordlys, settings)
    window.resize(1440, 900)
    window.insights.themes_dock.raise_()
    tree = window.insights.themes.themes
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=30_000)
    QApplication.processEvents()
    metrics = tree.fontMetrics()
    lines_needed = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        shown = tree.visualItemRect(item)
        width = tree.columnWidth(0) - tree.indentation() - 8
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text(0))
        assert shown.height() >= needed.height(), f"{item.text(0)!r} is cut"
        lines_needed.append(needed.height() // metrics.lineSpacing())
    assert max(lines_needed) >= 2  # at least one name is longer than a line: it wrapped
