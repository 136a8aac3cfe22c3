"""View ▸ Portfolio board: a window of its own (a manager keeps it beside the map, or on another
screen) with two tabs — the board of every open pursuit across accounts, and the themes that
recur across accounts for marketing, with the words each function uses.

The board shows as soon as its rows are read (a few grouped queries, in a worker); readiness the
workspace has not kept today is assessed in another worker and fills in chunk by chunk (the
status bar's task list shows it, with Cancel). Double-click a row to open the pursuit in the map.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.journey import STAGE_WORDS
from consensus_app.core.portfolio_board import (
    DEFAULT_STALLED_AFTER,
    NO_OWNER,
    BoardFilter,
    BoardRow,
    board_order,
    choices,
    owner_choices,
)
from consensus_app.core.readiness import Reading
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.portfolio_fill import ReadinessFiller
from consensus_app.ui.portfolio_model import BoardColumn, BoardModel, PursuitIdRole
from consensus_app.ui.portfolio_proxy import BoardProxy
from consensus_app.ui.portfolio_summary import summary_words
from consensus_app.ui.portfolio_themes_view import PortfolioThemesView
from consensus_app.ui.portfolio_trend import TrendDelegate
from consensus_app.ui.portfolio_view_state import view_kept
from consensus_app.ui.task_list import TaskList
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RELOAD_AFTER_MS = 1500
SUMMARY_EVERY_MS = 250


def _today() -> date:
    return datetime.now(UTC).astimezone().date()


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """The widget with its objectName (tests and the controls check find it by that)."""
    widget.setObjectName(name)
    return widget


@dataclass(frozen=True)
class _Read:
    """What the reading worker hands the board: its rows in order, those to assess, the choices."""

    rows: list[BoardRow]
    stalled: list[bool]  # each row's, at the stalled-after days the read was asked with
    stale: list[BoardRow]
    choices: dict[str, list[str]]
    owners: list[tuple[str, str]]


class PortfolioWindow(QMainWindow):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("portfolio-window")
        self.setWindowTitle(self.tr("Portfolio — Consensus"))
        self.main = main
        self.controller = main.controller
        self.model = BoardModel(_today(), self)
        self.proxy = BoardProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filler = ReadinessFiller(self)
        self._reading: Task | None = None
        self._export: Task | None = None

        self.stalled_after = _named(QSpinBox(), "portfolio-stalled-after")
        self.stalled_after.setRange(1, 3650)
        self.stalled_after.setValue(DEFAULT_STALLED_AFTER)
        self.stalled_after.setSuffix(self.tr(" days"))
        self.stalled_after.setToolTip(
            self.tr("A pursuit is stalled when nothing about it has changed in this many days")
        )
        self.owner = _named(QComboBox(), "portfolio-owner")
        self.owner.setToolTip(self.tr("Only the pursuits this colleague owns"))
        self.industry = _named(QComboBox(), "portfolio-industry")
        self.region = _named(QComboBox(), "portfolio-region")
        self.stage = _named(QComboBox(), "portfolio-stage")
        self.stage.addItem(self.tr("Any"), None)
        for stage, words in STAGE_WORDS.items():
            self.stage.addItem(words, stage)
        self.export_xlsx_button = _named(QPushButton(self.tr("Export XLSX…")), "portfolio-export-xlsx")
        self.export_pdf_button = _named(QPushButton(self.tr("Export PDF…")), "portfolio-export-pdf")
        self.refresh_button = _named(QPushButton(self.tr("Refresh")), "portfolio-refresh")
        self.table = _named(QTableView(), "portfolio-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the board's own order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(BoardColumn.TREND, TrendDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(
            BoardColumn, (175, 145, 120, 115, 90, 140, 90, 70, 60, 75, 100, 105), strict=True
        ):
            self.table.setColumnWidth(column, width)
        self.summary = _named(QLabel(), "portfolio-summary")
        self.summary.setWordWrap(True)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Stalled after"), self.stalled_after),
            (self.tr("Owner"), self.owner),
            (self.tr("Industry"), self.industry),
            (self.tr("Region"), self.region),
            (self.tr("Stage"), self.stage),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.refresh_button, self.export_xlsx_button, self.export_pdf_button):
            filters.addWidget(button)
        board = QWidget()
        layout = QVBoxLayout(board)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.themes = PortfolioThemesView(self.controller)
        self.tabs = _named(QTabWidget(), "portfolio-tabs")
        self.tabs.addTab(board, self.tr("Board"))
        self.tabs.addTab(self.themes, self.tr("Themes for marketing"))
        self.setCentralWidget(self.tabs)
        # The background work (reading, assessing, theming) with its progress and Cancel, here as
        # in the main window's status bar (one board of tasks: ui/tasks.py).
        self.tasks = TaskList(parent=self)
        self.statusBar().addPermanentWidget(self.tasks)
        self.resize(1300, 760)

        self.stalled_after.valueChanged.connect(self._on_stalled_after)
        for combo in (self.owner, self.industry, self.region, self.stage):
            combo.currentIndexChanged.connect(self._on_filter)
        self.table.doubleClicked.connect(self._on_double_click)
        self.refresh_button.clicked.connect(self.load)
        self.export_xlsx_button.clicked.connect(lambda: self._on_export("xlsx"))
        self.export_pdf_button.clicked.connect(lambda: self._on_export("pdf"))
        self.filler.sig_readings.connect(self._on_readings)
        self.filler.sig_done.connect(self._show_summary)
        self.filler.sig_failed.connect(
            lambda exc: show_error(self, self.tr("Could not assess the portfolio"), str(exc), exc)
        )
        self.controller.sig_readings_changed.connect(self._on_reading_kept)
        self.controller.sig_accounts_changed.connect(self._on_accounts_changed)
        # An edit in the map (a stage, a person) changes its pursuit's row: read the board again
        # once the edits settle; only the changed pursuits are assessed again.
        self._stale: list[BoardRow] = []  # what the next fill assesses
        self._fill_later = QTimer(self, singleShot=True, interval=0)
        self._fill_later.timeout.connect(self._start_fill)
        self._summary_later = QTimer(self, singleShot=True, interval=SUMMARY_EVERY_MS)
        self._summary_later.timeout.connect(self._show_summary)
        self._reload_later = QTimer(self, singleShot=True, interval=RELOAD_AFTER_MS)
        self._reload_later.timeout.connect(self.load)
        self.controller.sig_changed.connect(self._on_accounts_changed)

    # --- reading the board -----------------------------------------------------------

    def load(self) -> Task:
        """Read the rows in a worker; show them; then assess the pursuits without a fresh reading."""
        if self._reading is not None:
            self._reading.cancel()
        self._fill_later.stop()  # (a fill not started yet was for rows read before)
        workspace, today, after = self.controller.workspace, _today(), self.model.stalled_after

        def work(_progress: object, _stop: object) -> _Read:
            from consensus_app.storage.portfolio_board import board_rows

            rows = board_rows(workspace, today)  # ordered and sorted out here, off the GUI thread
            ordered = board_order(rows, today, after)
            return _Read(
                ordered,
                [r.stalled(today, after) for r in ordered],
                [r for r in rows if not r.fresh(today)],
                choices(rows),
                owner_choices(rows),
            )

        task = Task(work, self, name=self.tr("Reading the portfolio…"))
        task.sig_done.connect(lambda read: self._on_rows(task, read, today, after))
        task.sig_failed.connect(
            lambda exc: show_error(self, self.tr("Could not read the portfolio"), str(exc), exc)
        )
        self._reading = task
        task.start()
        return task

    def _on_rows(self, task: Task, read: _Read, today: date, after: int) -> None:
        if task is not self._reading:
            return
        self._reading = None
        same = after == self.model.stalled_after
        rows = read.rows if same else board_order(read.rows, today, self.model.stalled_after)
        if today != self.model.today or not self.model.shows(rows):  # (the board opened again: as it was)
            with view_kept(self.table, self.model, self.proxy):  # the user's sort, selection, scroll
                self.model.set_rows(rows, today, read.stalled if same else None)
        self._fill_choices(read.choices, read.owners)
        self._show_summary()
        # The fill starts once the rows are painted, in a slice of its own (its task appears in
        # the status bar): the window answers in between.
        self._stale = read.stale
        self._fill_later.start()

    def _start_fill(self) -> None:
        stale, self._stale = self._stale, []
        self.filler.fill(self.controller.workspace, stale)

    def _fill_choices(self, found: dict[str, list[str]], owners: list[tuple[str, str]]) -> None:
        before = self.chosen()
        lists = (
            (
                self.owner,
                [(user_id, self.tr("No owner") if user_id == NO_OWNER else name) for user_id, name in owners],
            ),
            (self.industry, [(value, value) for value in found["industry"]]),
            (self.region, [(value, value) for value in found["region"]]),
        )
        for combo, entries in lists:
            chosen = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for value, words in entries:
                combo.addItem(words, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(blocked)
        if self.chosen() != before:  # (a reset model is filtered anew anyway)
            self._on_filter()

    def _on_readings(self, readings: list[tuple[int, Reading]]) -> None:
        self.model.set_readings(readings)
        # Chunks land every few tens of ms while the board fills: the summary line follows a few
        # times a second, not after each one.
        if not self._summary_later.isActive():
            self._summary_later.start()

    def _on_reading_kept(self, pursuit_id: int) -> None:
        """The Assessment tab kept a reading: show it on the board (read in a worker: a team
        server may be slow, or away — then the row stays as it was)."""
        if not self.isVisible() or self.model.rowCount() == 0:
            return
        workspace = self.controller.workspace

        def work(_progress: object, _stop: object) -> list[Reading]:
            from consensus_app.storage.readiness import readings

            return readings(workspace, pursuit_id)

        task = Task(work, self)  # (no name: a chore, not on the task list)
        task.sig_done.connect(lambda kept: self._show_kept(pursuit_id, kept))
        task.sig_failed.connect(self._on_kept_read_failed)
        task.start()

    def _on_kept_read_failed(self, exc: BaseException) -> None:
        from consensus_app.storage.errors import StorageError  # loaded with the workspace

        if not isinstance(exc, StorageError):
            raise exc  # a bug, not a server away: the error dialog shows it
        log.warning("The kept reading was not read back for the portfolio board: %s", exc)

    def _show_kept(self, pursuit_id: int, kept: list[Reading]) -> None:
        if kept:  # (an older one than the row shows is passed over: reads may land out of order)
            self.model.set_readings([(pursuit_id, max(kept, key=lambda r: r.taken_at))])

    def _on_accounts_changed(self, _changed: object = None) -> None:
        if self.isVisible():
            self._reload_later.start()

    # --- the user's choices ------------------------------------------------------------

    def chosen(self) -> BoardFilter:
        return BoardFilter(
            self.industry.currentData(),
            self.region.currentData(),
            self.stage.currentData(),
            self.owner.currentData(),
        )

    def _on_filter(self) -> None:
        self.proxy.set_filter(self.chosen())
        self._show_summary()

    def _on_stalled_after(self, days: int) -> None:
        self.model.stalled_after = days
        with view_kept(self.table, self.model, self.proxy):
            self.model.set_rows(board_order(self.model.rows(), self.model.today, days))  # stalled first
        self._show_summary()

    def shown_rows(self) -> list[BoardRow]:
        """The rows as the table shows them: filtered, in its order — the model's own, which a
        header click sorts (the proxy only filters), so no index is made per row."""
        chosen = self.chosen()
        return [r for r in self.model.rows() if chosen.accepts(r)]

    def scope(self) -> str:
        chosen = self.chosen()
        parts = [
            self.tr("owner {name}").format(name=self.owner.currentText()) if chosen.owner else "",
            self.tr("no owner") if chosen.owner == NO_OWNER else "",
            self.tr("industry {name}").format(name=chosen.industry) if chosen.industry else "",
            self.tr("region {name}").format(name=chosen.region) if chosen.region else "",
            self.tr("stage {name}").format(name=STAGE_WORDS[chosen.stage].lower()) if chosen.stage else "",
        ]
        return ", ".join(p for p in parts if p) or self.tr("all accounts")

    def _show_summary(self) -> None:
        self._summary_later.stop()
        counts = self.model.summary(self.chosen())  # (the proxy's rows, without 1,500 indexes)
        self.summary.setText(summary_words(counts, self.scope()))

    def _on_double_click(self, index: QModelIndex) -> None:
        self.open_pursuit(int(index.data(PursuitIdRole)))

    def open_pursuit(self, pursuit_id: int) -> None:
        """Open the pursuit in the main window's map, and bring that window forward."""
        if self.main.navigator.select_pursuit(pursuit_id):
            self.main.raise_()
            self.main.activateWindow()

    # --- exports -----------------------------------------------------------------------

    def _on_export(self, kind: str) -> None:
        suffix = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF (*.pdf)")}[kind]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the portfolio board"), self.tr("Portfolio board") + f".{kind}", suffix
        )
        if path:
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> Task | None:
        """Write the board as shown (filtered, in its order) to `path` (ui/portfolio_export.py)."""
        from consensus_app.ui.portfolio_export import export_board

        self._export = export_board(self, path, kind)
        return self._export

    def closeEvent(self, event: QCloseEvent) -> None:
        self._fill_later.stop()
        self.filler.cancel()
        self.themes.cancel()
        super().closeEvent(event)


def open_portfolio(main: MainWindow) -> PortfolioWindow:
    """Show the main window's portfolio window (made once), reading the board afresh."""
    window = getattr(main, "portfolio_window", None)
    if window is None:
        window = PortfolioWindow(main)
        main.portfolio_window = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    window.load()
    return window
