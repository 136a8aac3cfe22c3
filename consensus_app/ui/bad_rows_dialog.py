"""The rows a workspace holds that no longer validate: which ones, and fix or drop each.

Such a row (an id ending in a line break, written by an older version or by hand) is left out
of everything the window shows (see storage/bad_rows.py); this dialog names each one after the
workspace opens and mends it through the ordinary, logged repository path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.operations import one_way
from consensus_app.storage.bad_rows import BadRow
from consensus_app.storage.errors import StorageError
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.stored_words import field_words, table_words
from consensus_app.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

COLUMNS = (
    QT_TRANSLATE_NOOP("BadRowsDialog", "Table"),
    QT_TRANSLATE_NOOP("BadRowsDialog", "Row"),
    QT_TRANSLATE_NOOP("BadRowsDialog", "Field"),
    QT_TRANSLATE_NOOP("BadRowsDialog", "Problem"),
    QT_TRANSLATE_NOOP("BadRowsDialog", "Stored value"),
)


class BadRowsDialog(QDialog):
    """Lists the bad rows; Fix… asks for a new value of the field, Drop deletes the row."""

    sig_changed = Signal()  # a row was fixed or dropped: the window reloads what it shows

    def __init__(self, workspace: Workspace, rows: list[BadRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rows that cannot be read"))
        self._workspace = workspace
        self.rows = list(rows)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These rows of the workspace no longer pass its checks, so they are left out of the "
                "maps, tables and exports until you fix the field or drop the row."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.fix_button = QPushButton(self.tr("Fix…"))
        self.drop_button = QPushButton(self.tr("Drop row"))
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.fix_button.clicked.connect(self._on_fix)
        self.drop_button.clicked.connect(self._on_drop)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(buttons)
        self._fill()
        self.resize(820, 320)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, bad in enumerate(self.rows):
            where = f"{bad.row_id} ({bad.key.strip()})" if bad.key and bad.key.strip() else str(bad.row_id)
            cells = (table_words(bad.table), where, field_words(bad.field), bad.problem, bad.value)
            codes = {0: bad.table, 2: bad.field}  # the database's names, for whoever fixes it by hand
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text} ({codes[c]})" if c in codes else text)
                self.table.setItem(r, c, item)
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        if self.rows:
            self.table.selectRow(0)
        self._on_selection()

    def selected(self) -> BadRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def _on_selection(self) -> None:
        has = self.selected() is not None
        self.fix_button.setEnabled(has)
        self.drop_button.setEnabled(has)

    def _on_fix(self) -> None:
        bad = self.selected()
        if bad is None:
            return
        value, ok = QInputDialog.getText(
            self,
            self.tr("Fix the field"),
            self.tr("New {field} for {table} {row} ({problem}):").format(
                field=field_words(bad.field),
                table=table_words(bad.table),
                row=bad.row_id,
                problem=bad.problem,
            ),
            text=bad.suggestion(),
        )
        if not ok:
            return
        self._mend(bad, lambda: one_way.mend_row(self._workspace, bad, value or None))

    def _on_drop(self) -> None:
        bad = self.selected()
        if bad is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Drop the row"),
            self.tr("Delete {table} {row} and everything that belongs to it?").format(
                table=table_words(bad.table), row=bad.row_id
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._mend(bad, lambda: one_way.drop_row(self._workspace, bad))

    def _mend(self, bad: BadRow, action: Callable[[], None]) -> None:
        try:
            action()
        except StorageError as exc:
            self.error.show_error(str(exc))
            return
        self.error.show_error(None)
        self.rows = [b for b in self.rows if (b.table, b.row_id) != (bad.table, bad.row_id)]
        self._fill()
        self.sig_changed.emit()
        if not self.rows:
            self.accept()


def show_bad_rows(
    parent: QWidget, workspace: Workspace, on_changed: Callable[[], None]
) -> BadRowsDialog | None:
    """Open the dialog (not modal) if the workspace holds rows that cannot be read."""
    from consensus_app.operations.reads import Reads

    rows = Reads(workspace).bad_rows()
    if not rows:
        return None
    dialog = BadRowsDialog(workspace, rows, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sig_changed.connect(on_changed)
    dialog.open()
    return dialog
