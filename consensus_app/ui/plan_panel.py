"""The Plan tab: the open pursuit's plan for deciding together (mutual plan), kept with the customer.

Each step has an owner at the customer (a person of the account), an owner on the selling team,
a due date and a status; overdue steps are marked here and raise PLAN_STEP_OVERDUE in the
assessment. Adding, changing and removing a step are named edits (undoable with Ctrl+Z), run
through the controller; the panel reads the plan again when one lands.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.plan import plan_deadlines
from consensus_app.i18n import ngettext
from consensus_app.storage.plan_steps import PLAN_STEP
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from models.plan import PlanStepRecord, PlanStepStatus

if TYPE_CHECKING:
    from consensus_app.core.pursuit_map import PursuitMap
    from consensus_app.operations.changed import Changed
    from consensus_app.ui.controller import WorkspaceController

COLUMNS = ["Step", "Who (theirs, ours)", "When, how far"]  # two lines a row: it fits the narrow tab
LATE = QColor("#B3261E")
# A step's status in words (models keep the English label for the files; the window translates it).
STATUS_WORDS = {
    PlanStepStatus.PLANNED: QT_TRANSLATE_NOOP("PlanPanel", "Planned"),
    PlanStepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanPanel", "In progress"),
    PlanStepStatus.DONE: QT_TRANSLATE_NOOP("PlanPanel", "Done"),
}
_ID = Qt.ItemDataRole.UserRole


class PlanPanel(QWidget):
    sig_highlight = Signal(list)  # the customer owner of the chosen step, on the map
    sig_plan_changed = Signal()  # steps were added, changed or removed (the assessment reads them)

    def __init__(
        self, controller: WorkspaceController, today: Any = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._today = today
        self.steps: list[PlanStepRecord] = []
        self.summary = QLabel(
            self.tr("Open a pursuit to plan the decision with the customer."), wordWrap=True
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("plan-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Who (theirs, ours)"), self.tr("When, how far")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self._fit_rows())  # two lines stay two

        self.title_edit = QLineEdit(
            placeholderText=self.tr("What is to be done, e.g. Security review of the pilot")
        )
        self.title_edit.setObjectName("plan-title")
        self.buyer_owner = QComboBox()
        self.buyer_owner.setObjectName("plan-buyer-owner")
        self.seller_owner = QLineEdit(placeholderText=self.tr("Who on our team"))
        self.seller_owner.setObjectName("plan-seller-owner")
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setObjectName("plan-has-due")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")  # no month names: the same in every language
        self.due.setObjectName("plan-due")
        self.status = QComboBox()
        self.status.setObjectName("plan-status")
        for value in PlanStepStatus:
            self.status.addItem(self.tr(STATUS_WORDS[value]), value.value)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setObjectName("plan-add")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("plan-save")
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.setObjectName("plan-remove")

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self.tr("Step"), self.title_edit)
        form.addRow(self.tr("Customer owner"), self.buyer_owner)
        form.addRow(self.tr("Our owner"), self.seller_owner)
        form.addRow(due_row)
        form.addRow(self.tr("Status"), self.status)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.has_due.toggled.connect(self.due.setEnabled)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.add_button.clicked.connect(self._on_add)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button.clicked.connect(self._on_remove)
        self.title_edit.textChanged.connect(self._enable)
        controller.sig_changed.connect(self._on_changed)
        controller.sig_map_changed.connect(self.show_map)
        controller.sig_cast_changed.connect(self.show_map)  # someone added, deleted or restored
        controller.sig_people_changed.connect(self._on_people_changed)
        self._clear_form()

    # --- what is shown ----------------------------------------------------------------------

    def show_map(self, pursuit_map: PursuitMap | None) -> None:
        """Another pursuit (or this one read again): its people to choose from, its plan."""
        self.buyer_owner.clear()
        self.buyer_owner.addItem(self.tr("— nobody yet —"), None)
        if pursuit_map is not None:
            people = sorted(pursuit_map.nodes, key=lambda n: (not n.on_committee, n.name.casefold()))
            for node in people:
                self.buyer_owner.addItem(
                    node.name + ("" if node.on_committee else " " + self.tr("(not on the committee)")),
                    node.stakeholder_id,
                )
        self.reload()

    def reload(self) -> None:
        pursuit_id = self._controller.pursuit_id
        self.steps = self._controller.reads.plan_of(pursuit_id) if pursuit_id is not None else []
        # The versions on screen: an edit over a colleague's newer change is asked about, not lost.
        self._controller.versions.show(PLAN_STEP, self.steps)
        today = self._today()
        names = {
            self.buyer_owner.itemData(i): self.buyer_owner.itemText(i)
            for i in range(1, self.buyer_owner.count())
        }
        chosen = self.selected_step()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            late = step.overdue(today)
            due = step.due.isoformat() if step.due else self.tr("no date")
            days = (today - step.due).days if late and step.due else 0
            status = self.tr(STATUS_WORDS[step.status])
            if days:
                status += " · " + self.tr("overdue {days} d").format(days=days)
            owner = names.get(step.buyer_owner_id, "—").removesuffix(" " + self.tr("(not on the committee)"))
            cells = [step.title, f"{owner}\n{step.seller_owner or '—'}", f"{due}\n{status}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, step.id)
                if late and column == 2:
                    item.setForeground(LATE)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._fit_rows()
        if chosen is not None and any(s.id == chosen.id for s in self.steps):
            self.select(chosen.id)
        else:
            self.table.clearSelection()
            self._clear_form()
        self.summary.setText(
            self._summary(today) if pursuit_id is not None else self.tr("Open a pursuit to plan it.")
        )
        self._sync_map()

    def _fit_rows(self) -> None:
        """Every row tall enough for its two lines, in any script (a Hangul or kanji line is taller
        than the Latin one Qt measures rows by)."""
        self.table.resizeRowsToContents()
        least = round(self.table.fontMetrics().lineSpacing() * 2.7) + 6
        for row in range(self.table.rowCount()):
            if self.table.rowHeight(row) < least:
                self.table.setRowHeight(row, least)

    def _summary(self, today: date) -> str:
        if not self.steps:
            return self.tr("No plan yet: agree the steps to a decision with the customer and add them here.")
        done = sum(1 for s in self.steps if s.status is PlanStepStatus.DONE)
        late = sum(1 for s in self.steps if s.overdue(today))
        steps = ngettext("{n} step", "{n} steps", len(self.steps)).format(n=len(self.steps))
        text = self.tr("{steps}, {done} done").format(steps=steps, done=done or self.tr("none"))
        return text + (self.tr(", {late} overdue.").format(late=late) if late else ".")

    def _sync_map(self) -> None:
        """The assessment reads the plan from the open map: keep its deadlines current."""
        shown = self._controller.pursuit_map
        if shown is not None and shown.pursuit_id == self._controller.pursuit_id:
            deadlines = plan_deadlines(self.steps)
            if deadlines != shown.plan:
                shown.plan = deadlines
                self.sig_plan_changed.emit()

    def selected_step(self) -> PlanStepRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        step_id = item.data(_ID) if item is not None else None
        return next((s for s in self.steps if s.id == step_id), None)

    def select(self, step_id: int) -> None:
        row = next(i for i, s in enumerate(self.steps) if s.id == step_id)
        self.table.selectRow(row)

    # --- reacting -------------------------------------------------------------------------

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(PLAN_STEP):
            self.reload()

    def _on_people_changed(self, pursuit_map: PursuitMap, ids: set[int]) -> None:
        """A renamed person: the owner list and the table say their new name."""
        shown = {self.buyer_owner.itemData(i): i for i in range(1, self.buyer_owner.count())}
        nodes = (pursuit_map.node(i) for i in ids if i in shown)
        if any(not self.buyer_owner.itemText(shown[n.stakeholder_id]).startswith(n.name) for n in nodes):
            self.show_map(pursuit_map)

    def _on_selected(self) -> None:
        step = self.selected_step()
        if step is None:
            self._clear_form()
            return
        self.title_edit.setText(step.title)
        self.buyer_owner.setCurrentIndex(max(0, self.buyer_owner.findData(step.buyer_owner_id)))
        self.seller_owner.setText(step.seller_owner or "")
        self.has_due.setChecked(step.due is not None)
        self.due.setDate(_qdate(step.due or self._today()))
        self.status.setCurrentIndex(max(0, self.status.findData(step.status.value)))
        if step.buyer_owner_id is not None:
            self.sig_highlight.emit([step.buyer_owner_id])
        self._enable()

    def _clear_form(self) -> None:
        for edit in (self.title_edit, self.seller_owner):
            edit.clear()
        self.buyer_owner.setCurrentIndex(0)
        self.has_due.setChecked(False)
        self.due.setEnabled(False)
        self.due.setDate(_qdate(self._today()))
        self.status.setCurrentIndex(0)
        self._enable()

    def _enable(self) -> None:
        has_title = bool(self.title_edit.text().strip())
        chosen = self.selected_step() is not None
        open_pursuit = self._controller.is_open and self._controller.pursuit_id is not None
        self.add_button.setEnabled(open_pursuit and has_title)
        self.save_button.setEnabled(chosen and has_title)
        self.remove_button.setEnabled(chosen)

    def _fields(self) -> dict[str, Any]:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return {
            "title": self.title_edit.text().strip(),
            "buyer_owner_id": self.buyer_owner.currentData(),
            "seller_owner": self.seller_owner.text().strip() or None,
            "due": due,
            "status": PlanStepStatus(self.status.currentData()),
        }

    def _on_add(self) -> None:
        fields = self._fields()
        title = fields.pop("title")
        position = max((s.position for s in self.steps), default=-1) + 1
        if self._controller.add_plan_step(title, position=position, **fields):
            self.table.clearSelection()
            self._clear_form()

    def _on_save(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        fields = self._fields()
        changes = {k: v for k, v in fields.items() if getattr(step, k) != v}
        if changes:
            self._controller.edit_plan_step(step.id, **changes)

    def _on_remove(self) -> None:
        step = self.selected_step()
        if step is not None:
            self._controller.remove_plan_step(step.id, step.title)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
