"""What the user was looking at on the portfolio board survives the board being read again (after
an edit in the map, or a new stalled rule): the column they sorted by, the rows they selected and
where they had scrolled to. The model hands its new rows in the board's own order, with a reset
that clears the view's selection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from consensus_app.ui.portfolio_model import BoardColumn, BoardModel, PursuitIdRole
from consensus_app.ui.portfolio_proxy import BoardProxy


@contextmanager
def view_kept(table: QTableView, model: BoardModel, proxy: BoardProxy) -> Iterator[None]:
    """Sort, selection (by pursuit) and scrolling as they were before the rows set inside."""
    header = table.horizontalHeader()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    current = table.currentIndex().data(PursuitIdRole)
    selected = [index.data(PursuitIdRole) for index in table.selectionModel().selectedRows()]
    scrolled = table.verticalScrollBar().value()
    yield
    table.sortByColumn(column if 0 <= column < len(BoardColumn) else -1, order)
    chosen = QItemSelection()
    for pursuit_id in selected:  # (those the filter hides now stay unselected)
        at = _shown_at(model, proxy, pursuit_id)
        if at >= 0:
            chosen.select(proxy.index(at, 0), proxy.index(at, proxy.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    if not chosen.isEmpty():
        table.selectionModel().select(chosen, flags.ClearAndSelect)
    at = _shown_at(model, proxy, current)
    if at >= 0:
        table.selectionModel().setCurrentIndex(proxy.index(at, 0), flags.NoUpdate)
    table.verticalScrollBar().setValue(scrolled)


def _shown_at(model: BoardModel, proxy: BoardProxy, pursuit_id: object) -> int:
    """The table's row showing the pursuit, or -1."""
    row = model.row_number(pursuit_id) if isinstance(pursuit_id, int) else None
    return -1 if row is None else proxy.mapFromSource(model.index(row, 0)).row()
