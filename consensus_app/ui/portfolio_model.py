"""The portfolio board as a Qt table model (one row per open pursuit), sorted in place with the
stalled pursuits first whatever column the user sorts by (the proxy that filters it:
ui/portfolio_proxy.py).

Readiness arrives later than the rows (a worker assesses the pursuits without a fresh reading):
`set_readings` updates those rows' readiness cells in place, without a reset, and tells the views
with one dataChanged per run of neighbouring rows (not one over everything between the first and
the last row touched, which made the proxy and the view look at most of the board per chunk).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from consensus_app.core.journey import stage_words
from consensus_app.core.portfolio_board import (
    DEFAULT_STALLED_AFTER,
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
    OWNER = 2
    INDUSTRY = 3
    REGION = 4
    STAGE = 5
    IN_STAGE = 6
    IDLE = 7
    STALLED = 8
    READINESS = 9
    TREND = 10
    CRITICAL = 11


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioBoard", text)


# The columns' titles, as the exports' (core/portfolio_board.HEADERS) but through Qt's catalogue.
_HEADERS = {
    BoardColumn.ACCOUNT: QT_TRANSLATE_NOOP("PortfolioBoard", "Account"),
    BoardColumn.PURSUIT: QT_TRANSLATE_NOOP("PortfolioBoard", "Pursuit"),
    BoardColumn.OWNER: QT_TRANSLATE_NOOP("PortfolioBoard", "Owner"),
    BoardColumn.INDUSTRY: QT_TRANSLATE_NOOP("PortfolioBoard", "Industry"),
    BoardColumn.REGION: QT_TRANSLATE_NOOP("PortfolioBoard", "Region"),
    BoardColumn.STAGE: QT_TRANSLATE_NOOP("PortfolioBoard", "Stage"),
    BoardColumn.IN_STAGE: QT_TRANSLATE_NOOP("PortfolioBoard", "Days in stage"),
    BoardColumn.IDLE: QT_TRANSLATE_NOOP("PortfolioBoard", "Days idle"),
    BoardColumn.STALLED: QT_TRANSLATE_NOOP("PortfolioBoard", "Stalled"),
    BoardColumn.READINESS: QT_TRANSLATE_NOOP("PortfolioBoard", "Readiness"),
    BoardColumn.TREND: QT_TRANSLATE_NOOP("PortfolioBoard", "Trend"),
    BoardColumn.CRITICAL: QT_TRANSLATE_NOOP("PortfolioBoard", "Critical findings"),
}


_NUMERIC = frozenset(
    int(c) for c in (BoardColumn.IN_STAGE, BoardColumn.IDLE, BoardColumn.READINESS, BoardColumn.CRITICAL)
)
_SCORED = frozenset((int(BoardColumn.READINESS), int(BoardColumn.TREND)))
_IDLENESS = frozenset((int(BoardColumn.STALLED), int(BoardColumn.IDLE)))
_COLUMNS = len(BoardColumn)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        SortRole,
        PursuitIdRole,
        ScoresRole,
    )
)


class BoardModel(QAbstractTableModel):
    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._stalled_after = DEFAULT_STALLED_AFTER
        self._rows: list[BoardRow] = []
        self._row_of: dict[int, int] = {}  # pursuit id -> row
        self._stalled: list[bool] = []  # per row (readings do not change it): the summary counts it
        self._texts: dict[int, list[str]] = {}  # row -> its cells' texts, made when first shown
        self._in_board_order = True  # the rows are in the board's own order (no column sorted)

    @property
    def stalled_after(self) -> int:
        return self._stalled_after

    @stalled_after.setter
    def stalled_after(self, days: int) -> None:
        self._stalled_after = days
        self._stalled = [r.stalled(self.today, days) for r in self._rows]
        self._texts.clear()

    # --- filling ---------------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[BoardRow], today: date | None = None, stalled: Sequence[bool] | None = None
    ) -> None:
        """The board's rows, in its order; `stalled`: each row's flag at this model's stalled-after
        days, when the worker that read the rows worked them out (a few ms less on the GUI thread)."""
        self.beginResetModel()
        self.today = today or self.today
        self._rows = list(rows)
        self._row_of = {r.pursuit_id: i for i, r in enumerate(self._rows)}
        if stalled is None or len(stalled) != len(self._rows):
            stalled = [r.stalled(self.today, self._stalled_after) for r in self._rows]
        self._stalled = list(stalled)
        self._texts.clear()
        self._in_board_order = True  # (callers hand rows in the board's order)
        self.endResetModel()

    def set_readings(self, readings: Sequence[tuple[int, Reading]]) -> None:
        """Readiness computed for these pursuits: their readiness, trend and findings cells. A
        reading older than the one a row shows is passed over (a fill that started before the
        Assessment tab kept its reading delivers its own, which the database did not keep)."""
        touched = []
        for pursuit_id, reading in readings:
            row = self._row_of.get(pursuit_id)
            if row is None:
                continue
            old = self._rows[row]
            if old.reading_at is not None and reading.taken_at < old.reading_at:
                continue
            self._rows[row] = _with_trend(old, reading)
            self._texts.pop(row, None)
            touched.append(row)
        for first, last in _runs(sorted(touched)):
            self.dataChanged.emit(
                self.index(first, BoardColumn.READINESS), self.index(last, BoardColumn.CRITICAL)
            )

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def shows(self, rows: Sequence[BoardRow]) -> bool:
        """The board holds these very rows, in this order, in its own order (no column sorted): a
        read that found nothing new needs no reset (which would repaint the whole table)."""
        return self._in_board_order and len(rows) == len(self._rows) and list(rows) == self._rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by `column` (-1: the board's own order); stalled pursuits stay first either way,
        ties keep the board's order. Readings arriving later do not move rows."""
        if column < 0 and self._in_board_order:
            return  # (each read of the board resets the header to the board's order: nothing to do)
        today, after = self.today, self._stalled_after
        descending = order == Qt.SortOrder.DescendingOrder and column >= 0

        def key(item: tuple[BoardRow, bool]) -> tuple[Any, ...]:
            row = item[0]
            board = order_key(row, today, after)
            if column < 0 or column == BoardColumn.STALLED:
                return board
            return (self._sort_value(row, BoardColumn(column)), board)

        pairs = list(zip(self._rows, self._stalled, strict=True))
        stalled = sorted((p for p in pairs if p[1]), key=key, reverse=descending)
        others = sorted((p for p in pairs if not p[1]), key=key, reverse=descending)
        ordered = stalled + others
        self._in_board_order = column < 0
        if [r for r, _s in ordered] == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        moved = {r.pursuit_id: i for i, (r, _s) in enumerate(ordered)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved[self._rows[i.row()].pursuit_id], i.column()) for i in old]
        )
        self._rows = [r for r, _s in ordered]
        self._stalled = [s for _r, s in ordered]
        self._row_of = {r.pursuit_id: i for i, r in enumerate(self._rows)}
        self._texts.clear()
        self.layoutChanged.emit()

    def summary(self, chosen: BoardFilter) -> BoardCounts:
        """What the summary line counts, over the rows `chosen` lets through: a few attribute reads
        a row (it runs as readings arrive, on the GUI thread)."""
        every = chosen.any
        counts = BoardCounts(total=len(self._rows))
        for row, stalled in zip(self._rows, self._stalled, strict=True):
            if not row.assessed:
                counts.waiting += 1
            if not every and not chosen.accepts(row):
                continue
            counts.shown += 1
            counts.stalled += stalled
            counts.critical += bool(row.critical)
            counts.provisional += row.provisional
        return counts

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def row_number(self, pursuit_id: int) -> int | None:
        """The pursuit's row (None: not on the board)."""
        return self._row_of.get(pursuit_id)

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
            return _tr(str(_HEADERS[BoardColumn(section)]))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _HEADER_TIPS.get(BoardColumn(section))
            return _tr(str(tip)) if tip else None
        return None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own asks rowCount and columnCount first (two calls into Python for every index the
        # view and the proxy make while painting); one here.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def fill_roles(self, number: int, column: int, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role the view asks of a cell at once (the proxy's multiData): one call into
        Python a cell while painting, instead of two for each of its seven roles."""
        for asked in _roles_in(span):
            role = asked.role()
            asked.setData(self.value(number, column, role) if role in _ROLES else None)

    def value(self, number: int, column: int, role: int) -> Any:
        """The cell's value for a role the board uses: a row's texts are made once (until its
        reading or the board changes)."""
        if role == _DISPLAY:
            texts = self._texts.get(number)
            if texts is None:
                row = self._rows[number]
                texts = self._texts[number] = [self._display(row, c) for c in BoardColumn]
            return texts[column]
        # (the column as a plain int: making a BoardColumn for each of the calls a paint makes
        # cost more than the rest of this method)
        row = self._rows[number]
        if role == SortRole:
            return self._sort_value(row, BoardColumn(column))
        if role == PursuitIdRole:
            return row.pursuit_id
        if role == ScoresRole and column == BoardColumn.TREND:
            return row.scores
        if role == _FOREGROUND:
            if column in _SCORED and (not row.assessed or row.provisional):
                return _MUTED
            if column == BoardColumn.OWNER and not row.owner_id:
                return _MUTED
            if column in _IDLENESS and self._stalled[number]:
                return _STALLED
        if role == _ALIGNMENT and column in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == BoardColumn.READINESS:
            if not row.assessed:
                return QCoreApplication.translate("PortfolioBoard", "Being assessed in the background")
            if row.score is None:
                return QCoreApplication.translate(
                    "PortfolioBoard", "No score: fewer than two people on its committee"
                )
            if row.provisional:
                return QCoreApplication.translate(
                    "PortfolioBoard",
                    "Provisional: assessed without the committee's themes, because its priorities' "
                    "sentence vectors are not stored yet, so divergent priorities do not count. Open "
                    "the pursuit to assess it fully.",
                )
        return None

    def _display(self, row: BoardRow, column: BoardColumn) -> str:
        today = self.today
        match column:
            case BoardColumn.ACCOUNT:
                return row.account
            case BoardColumn.PURSUIT:
                return row.pursuit
            case BoardColumn.OWNER:
                return row.owner if row.owner_id else QCoreApplication.translate("PortfolioBoard", "No owner")
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
                return (
                    QCoreApplication.translate("PortfolioBoard", "Stalled")
                    if row.stalled(today, self.stalled_after)
                    else ""
                )
            case BoardColumn.READINESS:
                if not row.assessed:
                    return "…"
                if row.score is None:
                    return "—"
                return f"{row.score}*" if row.provisional else str(row.score)
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


@dataclass
class BoardCounts:
    total: int = 0  # rows on the board
    waiting: int = 0  # of all rows, those not assessed yet
    shown: int = 0  # the rows the filter lets through, and of those:
    stalled: int = 0
    critical: int = 0  # with critical findings
    provisional: int = 0  # scored without the committee's themes


def _with_trend(old: BoardRow, reading: Reading) -> BoardRow:
    """`old` with `reading` as its latest: a reading of the same day replaces that day's score."""
    earlier = list(old.scores)
    if old.assessed and old.reading_at is not None and old.reading_at.astimezone().date() == reading.day:
        earlier = earlier[:-1]
    first = reading.day.toordinal() - len(earlier)  # one a day before it (trend() keys by day)
    dated = [Reading(date.fromordinal(first + i), reading.taken_at, s) for i, s in enumerate(earlier)]
    return old.with_reading(reading, dated)


def _roles_in(span: QModelRoleDataSpan | QModelRoleData) -> Sequence[QModelRoleData]:
    """The roles asked (PySide's span is a sequence its stubs do not declare)."""
    return [span] if isinstance(span, QModelRoleData) else cast(Sequence[QModelRoleData], span)


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours: [3, 4, 5, 9] → [(3, 5), (9, 9)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _sortable(value: int | None) -> float:
    return float("-inf") if value is None else float(value)


_HEADER_TIPS = {
    BoardColumn.OWNER: QT_TRANSLATE_NOOP(
        "PortfolioBoard", "The colleague on the account team who owns the pursuit (change it in its details)"
    ),
    BoardColumn.IN_STAGE: QT_TRANSLATE_NOOP(
        "PortfolioBoard",
        "Days since the pursuit reached its stage (from the change log: its last change of stage, else "
        "when it was created or imported)",
    ),
    BoardColumn.IDLE: QT_TRANSLATE_NOOP(
        "PortfolioBoard", "Days since anything about the pursuit or its account's people changed"
    ),
    BoardColumn.STALLED: QT_TRANSLATE_NOOP(
        "PortfolioBoard", "Nothing has changed in the number of days set above the table"
    ),
    BoardColumn.READINESS: QT_TRANSLATE_NOOP(
        "PortfolioBoard",
        "The latest kept assessment's score, 0–100 (… : being assessed; *: provisional, assessed "
        "without the committee's themes)",
    ),
    BoardColumn.TREND: QT_TRANSLATE_NOOP(
        "PortfolioBoard", "The change since the day before, and the daily scores kept, oldest left"
    ),
    BoardColumn.CRITICAL: QT_TRANSLATE_NOOP("PortfolioBoard", "Critical findings in the latest assessment"),
}
