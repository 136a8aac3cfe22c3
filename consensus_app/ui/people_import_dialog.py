"""Import people from a CRM export: which column is which, what would happen, then import.

The mapping is guessed from the headers, or taken from the last time a file with the same
columns was imported (remembered in the settings). Every change of the mapping re-plans the
import at once, so the preview always shows, line by line, what would be created, updated or
refused and why; Import stays disabled until there is nothing to refuse.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.people_import.mapping import FIELDS, MappingError, guess_mapping, normalise_header
from consensus_app.core.people_import.planning import Action, ImportPlan, Person, plan_import
from consensus_app.core.people_import.reading import Table
from consensus_app.ui.settings import UiSettings

if TYPE_CHECKING:
    from models import AccountRecord

_NOT_MAPPED = "— not in the file —"
_ERROR = QColor("#B3261E")
_WARNING = QColor("#8A5A00")


def remembered_key(headers: list[str]) -> str:
    return "import/mapping/" + "|".join(normalise_header(h) for h in headers)


class PeopleImportDialog(QDialog):
    def __init__(
        self,
        table: Table,
        accounts: list[AccountRecord],
        people_of: Callable[[int], list[Person]],
        settings: UiSettings,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import people from {table.source}")
        self.resize(900, 640)
        self.table = table
        self._people_of = people_of
        self._settings = settings
        self.plan: ImportPlan | None = None

        self.account = QComboBox()
        for account in accounts:
            self.account.addItem(account.name, account.id)
        if account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self.match = QComboBox()
        self.match.addItem("the same email", "email")
        self.match.addItem("the same external id", "key")
        self.columns: dict[str, QComboBox] = {}
        mapping_box = QGroupBox("Which column holds what")
        mapping_form = QFormLayout(mapping_box)
        for field in FIELDS:
            combo = QComboBox()
            combo.addItem(_NOT_MAPPED, None)
            for header in table.headers:
                combo.addItem(header, header)
            self.columns[field.name] = combo
            mapping_form.addRow(field.label, combo)
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels(["Line", "Name", "What happens", "Problems"])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow("Into account", self.account)
        top.addRow("A row is someone already there when it has", self.match)
        sides = QHBoxLayout()
        sides.addWidget(mapping_box)
        right = QVBoxLayout()
        right.addWidget(QLabel(f"<b>Preview</b> ({len(table.rows)} rows, {table.encoding})"))
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        sides.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(sides, 1)
        layout.addWidget(self.buttons)

        self.set_mapping(self._remembered() or guess_mapping(table.headers))
        if "email" not in self.mapping() and "key" in self.mapping():
            self.match.setCurrentIndex(self.match.findData("key"))
        for combo in [*self.columns.values(), self.account, self.match]:
            combo.currentIndexChanged.connect(self.replan)
        self.replan()

    # --- mapping ----------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.columns.items() if combo.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
            combo.blockSignals(False)

    def _remembered(self) -> dict[str, str] | None:
        saved = self._settings.text(remembered_key(self.table.headers))
        try:
            mapping = json.loads(saved) if saved else None
        except ValueError:
            return None
        return mapping if isinstance(mapping, dict) else None

    # --- planning ---------------------------------------------------------------------

    @property
    def account_id(self) -> int:
        return int(self.account.currentData())

    def replan(self) -> None:
        try:
            self.plan = plan_import(
                self.table, self.mapping(), self._people_of(self.account_id), self.match.currentData()
            )
        except MappingError as exc:
            self.plan = None
            self._show_rows(None)
            self._say(f"Not yet: {exc}.", error=True)
            return
        self._show_rows(self.plan)
        counts = ", ".join(f"{self.plan.count(a)} {a.value}" for a in Action if self.plan.count(a))
        problems = len(self.plan.problems())
        if problems:
            self._say(f"{counts}. {problems} problem(s) to fix in the file or the mapping first.", error=True)
        else:
            self._say(f"Ready: {counts or 'nothing to import'}.", error=False)

    def _say(self, text: str, error: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {_ERROR.name() if error else '#1B5E20'};")
        self.import_button.setEnabled(not error and self.plan is not None and bool(self.plan.rows))

    def _show_rows(self, plan: ImportPlan | None) -> None:
        rows = plan.rows if plan else []
        self.preview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            notes = row.errors + [f"note: {w}" for w in row.warnings]
            cells = [str(row.line), row.name, "refused" if row.errors else row.action.value, "; ".join(notes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.errors:
                    item.setForeground(_ERROR)
                elif row.warnings and column == 3:
                    item.setForeground(_WARNING)
                self.preview.setItem(i, column, item)
        self.preview.resizeColumnsToContents()

    def _on_accept(self) -> None:
        if self.plan is not None and self.plan.ok:
            self._settings.set_text(remembered_key(self.table.headers), json.dumps(self.mapping()))
            self.accept()
