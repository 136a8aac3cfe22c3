"""The people import's preview: one row per line of the file, what would happen to it and why.

Rows with problems come first (a refused line at the bottom of a long file would be out of sight),
"Show only rows with problems" hides the rest, and the Problems column takes the width left and
wraps, with the whole text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from consensus_app.core.people_import.planning import ImportPlan, PlannedRow
from consensus_app.i18n import ngettext

ERROR = QColor("#B3261E")
WARNING = QColor("#8A5A00")
PROBLEMS_COLUMN = 4
_NARROW_COLUMNS = {1: 220, 2: 220}  # name, account: the Problems column gets the rest
LINES_NAMED = 12  # more lines with problems are counted, not listed


def _problems_first(row: PlannedRow) -> tuple[int, int]:
    return (0 if row.errors else 1 if row.warnings else 2, row.line)


class ImportPreview(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PeopleImportDialog", "Line"),
                QCoreApplication.translate("PeopleImportDialog", "Name"),
                QCoreApplication.translate("PeopleImportDialog", "Account in the file"),
                QCoreApplication.translate("PeopleImportDialog", "What happens"),
                QCoreApplication.translate("PeopleImportDialog", "Problems"),
            ]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.only_problems = QCheckBox(
            QCoreApplication.translate("PeopleImportDialog", "Show only rows with problems")
        )
        self.only_problems.setObjectName("people-import-only-problems")
        self.only_problems.toggled.connect(self._filter)
        self._refused: list[bool] = []  # per table row
        self._noted: list[int] = []  # the rows whose Problems cell has text (they wrap)
        self.horizontalHeader().sectionResized.connect(self._refit)

    def show_plan(self, plan: ImportPlan | None) -> None:
        rows = sorted(plan.rows, key=_problems_first) if plan else []
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            notes = row.errors + [
                QCoreApplication.translate("PeopleImportDialog", "note: {warning}").format(warning=w)
                for w in row.warnings
            ]
            cells = [str(row.line), row.name, row.account, row.outcome, "; ".join(notes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.errors:
                    item.setForeground(ERROR)
                elif row.warnings and column == PROBLEMS_COLUMN:
                    item.setForeground(WARNING)
                if column == PROBLEMS_COLUMN and text:
                    item.setToolTip(text)
                self.setItem(i, column, item)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column, widest in _NARROW_COLUMNS.items():
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        header.setSectionResizeMode(PROBLEMS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._noted = [i for i, row in enumerate(rows) if row.errors or row.warnings]
        self._refit(PROBLEMS_COLUMN)
        self._refused = [bool(row.errors) for row in rows]
        self.only_problems.setEnabled(any(self._refused))
        self._filter()

    def _refit(self, column: int, *_sizes: int) -> None:
        """The Problems column's width changed (the dialog shown or resized): its rows' heights follow."""
        if column == PROBLEMS_COLUMN:
            for i in self._noted:  # only these wrap (a big file's other rows stay cheap)
                self.resizeRowToContents(i)

    def _filter(self) -> None:
        only = self.only_problems.isChecked() and self.only_problems.isEnabled()
        for i, refused in enumerate(self._refused):
            self.setRowHidden(i, only and not refused)


def lines_with_problems(plan: ImportPlan) -> str:
    """ "Lines 55, 56, 57 and 58 have problems." (the first dozen, then how many more)."""
    lines = [row.line for row in plan.rows if row.errors]
    named = [f"{line:,}" for line in lines[:LINES_NAMED]]
    more = len(lines) - len(named)
    if more:
        listed = QCoreApplication.translate("PeopleImportDialog", "{lines} and {n} more").format(
            lines=", ".join(named), n=f"{more:,}"
        )
    elif len(named) > 1:
        listed = QCoreApplication.translate("PeopleImportDialog", "{lines} and {last}").format(
            lines=", ".join(named[:-1]), last=named[-1]
        )
    else:
        listed = named[0] if named else ""
    return ngettext("Line {lines} has a problem.", "Lines {lines} have problems.", len(lines)).format(
        lines=listed
    )
