"""The portfolio board as a Qt table model (one row per open pursuit) and the proxy that filters
it (industry, region, stage) and keeps stalled pursuits first whatever column the user sorts by.

Readiness arrives later than the rows (a worker assesses the pursuits without a fresh reading):
`set_readings` updates those rows' readiness cells in place, without a reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from consensus_app.core.journey import stage_words
from consensus_app.core.portfolio_board import (
    DEFAULT_STALLED_AFTER,
    HEADERS,
    BoardFilter,
    BoardRow,
    order_key,
    trend_words,
)
from consensus_app.core.readiness import Reading

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
PursuitIdRole = Qt.ItemDataRole.UserRole + 2
ScoresRole = Qt.ItemDataRole.UserRole + 3  # the trend's daily scores, for its sparkline
_MUTED = QColor("#777777")
_STALLED = QColor("#B3261E")


class BoardColumn(IntEnum):
    ACCOUNT = 0
    PURSUIT = 1
    INDUSTRY = 2
    REGION = 3
    STAGE = 4
    IN_STAGE = 5
    IDLE = 6
    STALLED = 7
    READINESS = 8
    TREND = 9
    CRITICAL = 10


_NUMERIC = {BoardColumn.IN_STAGE, BoardColumn.IDLE, BoardColumn.READINESS, BoardColumn.CRITICAL}


class BoardModel(QAbstractTableModel):
    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.stalled_after = DEFAULT_STALLED_AFTER
        self._rows: list[BoardRow] = []
        self._row_of: dict[int, int] = {}  # pursuit id -> row

    # --- filling ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[BoardRow], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or self.today
        self._rows = list(rows)
        self._row_of = {r.pursuit_id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def set_readings(self, readings: Sequence[tuple[int, Reading]]) -> None:
        """Readiness computed for these pursuits: their readiness, trend and findings cells."""
        touched = []
        for pursuit_id, reading in readings:
            row = self._row_of.get(pursuit_id)
            if row is None:
                continue
            old = self._rows[row]
            self._rows[row] = _with_trend(old, reading)
            touched.append(row)
        if touched:
            self.dataChanged.emit(
                self.index(min(touched), BoardColumn.READINESS),
                self.index(max(touched), BoardColumn.CRITICAL),
            )

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    # --- Qt's model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BoardColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _HEADER_TIPS.get(BoardColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], BoardColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == PursuitIdRole:
            return row.pursuit_id
        if role == ScoresRole and column is BoardColumn.TREND:
            return row.scores
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (BoardColumn.READINESS, BoardColumn.TREND) and not row.assessed:
                return _MUTED
            if column in (BoardColumn.STALLED, BoardColumn.IDLE) and row.stalled(
                self.today, self.stalled_after
            ):
                return _STALLED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is BoardColumn.READINESS and not row.assessed:
            return "Being assessed in the background"
        return None

    def _display(self, row: BoardRow, column: BoardColumn) -> str:
        today = self.today
        match column:
            case BoardColumn.ACCOUNT:
                return row.account
            case BoardColumn.PURSUIT:
                return row.pursuit
            case BoardColumn.INDUSTRY:
                return row.industry
            case BoardColumn.REGION:
                return row.region
            case BoardColumn.STAGE:
                return stage_words(row.stage)
            case BoardColumn.IN_STAGE:
                return _number(row.days_in_stage(today))
            case BoardColumn.IDLE:
                return _number(row.idle_days(today))
            case BoardColumn.STALLED:
                return "Stalled" if row.stalled(today, self.stalled_after) else ""
            case BoardColumn.READINESS:
                if not row.assessed:
                    return "…"
                return "—" if row.score is None else str(row.score)
            case BoardColumn.TREND:
                return trend_words(row.scores)
            case BoardColumn.CRITICAL:
                return "" if row.critical is None else str(row.critical)
        return ""

    def _sort_value(self, row: BoardRow, column: BoardColumn) -> Any:
        today = self.today
        match column:
            case BoardColumn.IN_STAGE:
                return _sortable(row.days_in_stage(today))
            case BoardColumn.IDLE:
                return _sortable(row.idle_days(today))
            case BoardColumn.READINESS:
                return _sortable(row.score)
            case BoardColumn.TREND:
                return _sortable(row.scores[-1] - row.scores[-2] if len(row.scores) > 1 else None)
            case BoardColumn.CRITICAL:
                return _sortable(row.critical)
            case BoardColumn.STALLED:
                return 1 if row.stalled(today, self.stalled_after) else 0
        return self._display(row, column).casefold()


def _with_trend(old: BoardRow, reading: Reading) -> BoardRow:
    """`old` with `reading` as its latest: a reading of the same day replaces that day's score."""
    earlier = list(old.scores)
    if old.assessed and old.reading_at is not None and old.reading_at.astimezone().date() == reading.day:
        earlier = earlier[:-1]
    first = reading.day.toordinal() - len(earlier)  # one a day before it (trend() keys by day)
    dated = [Reading(date.fromordinal(first + i), reading.taken_at, s) for i, s in enumerate(earlier)]
    return old.with_reading(reading, dated)


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _sortable(value: int | None) -> float:
    return float("-inf") if value is None else float(value)


_HEADER_TIPS = {
    BoardColumn.IN_STAGE: "Days since the pursuit reached its stage (from the change log: its last "
    "change of stage, else when it was created or imported)",
    BoardColumn.IDLE: "Days since anything about the pursuit or its account's people changed",
    BoardColumn.STALLED: "Nothing has changed in the number of days set above the table",
    BoardColumn.READINESS: "The latest kept assessment's score, 0–100 (… : being assessed)",
    BoardColumn.TREND: "The change since the day before, and the daily scores kept, oldest left",
    BoardColumn.CRITICAL: "Critical findings in the latest assessment",
}


class BoardProxy(QSortFilterProxyModel):
    """Filters by industry, region and stage; stalled pursuits stay first in either sort order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen = BoardFilter()
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # readings arriving must not move rows under the user

    def board(self) -> BoardModel:
        model = self.sourceModel()
        assert isinstance(model, BoardModel)
        return model

    def set_filter(self, chosen: BoardFilter) -> None:
        self.beginFilterChange()
        self.chosen = chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        chosen = self.chosen
        if chosen.industry is None and chosen.region is None and chosen.stage is None:
            return True  # (called once per row after every reset: 1,500 rows)
        return chosen.accepts(self.board().row_at(source_row))

    def lessThan(self, left: Index, right: Index) -> bool:
        board = self.board()
        a, b = board.row_at(left.row()), board.row_at(right.row())
        today, after = board.today, board.stalled_after
        stalled_a, stalled_b = a.stalled(today, after), b.stalled(today, after)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if stalled_a != stalled_b:
            # Qt reverses lessThan for a descending sort; stalled rows stay on top either way.
            return stalled_a != descending
        if left.column() == BoardColumn.STALLED or self.sortColumn() < 0:
            return order_key(a, today, after) < order_key(b, today, after)
        va, vb = left.data(SortRole), right.data(SortRole)
        if va == vb:
            return (order_key(a, today, after) < order_key(b, today, after)) != descending
        return bool(va < vb)
