"""The portfolio board's filter (owner, industry, region, stage) between its model and the table.

Sorting is the model's own (ui/portfolio_model.BoardModel.sort): the proxy passes a header click on
and keeps filtering in the model's order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from consensus_app.core.portfolio_board import BoardFilter
from consensus_app.ui.portfolio_model import BoardModel, Index


class BoardProxy(QSortFilterProxyModel):
    """Filters by owner, industry, region and stage; stalled pursuits stay first in either sort order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen = BoardFilter()
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
        if chosen.any:
            return True  # (called once per row after every reset: 1,500 rows)
        return chosen.accepts(self.board().row_at(source_row))

    def multiData(  # (Qt's names)
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
        /,
    ) -> None:
        """A cell's roles in one call (Qt's item delegate asks seven per cell as it paints): Qt's
        own asks each through data(), two calls into Python a role (the board's index and data)."""
        source = self.mapToSource(index)
        if source.isValid():
            self.board().fill_roles(source.row(), source.column(), roleDataSpan)
        else:
            super().multiData(index, roleDataSpan)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click sorts the board itself (one Python sort with keys, a few ms), not the
        proxy (a lessThan call into Python per comparison: a GUI-thread stall of a few hundred ms
        on 1,500 rows); the proxy keeps filtering in the board's order."""
        self.board().sort(column, order)
