"""The inspector's priorities box: what the person shown wants, in their own words. Listed as read
(ui/person_reads.py), added with Enter, edited with a double-click, removed with the button; each
an undoable edit through the controller. Words keep the inspector's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.wording import right_to_left
from consensus_app.ui.widgets import human

if TYPE_CHECKING:
    from consensus_app.ui.controller import WorkspaceController
    from models import PriorityRecord

_PRIORITY_TEXT = Qt.ItemDataRole.UserRole + 1  # a priority's own words, for editing them


class PrioritiesBox(QGroupBox):
    def __init__(
        self,
        controller: WorkspaceController,
        shown: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        """`shown` gives the stakeholder the inspector shows (None: nobody)."""
        super().__init__(QCoreApplication.translate("Inspector", "Priorities"), parent)
        self._controller, self._shown = controller, shown
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.new = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "Inspector", "Add a priority in their words, then Enter"
            )
        )
        self.remove = QPushButton(QCoreApplication.translate("Inspector", "Remove"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.new, 1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.new.returnPressed.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.list.itemDoubleClicked.connect(self._on_edit)

    def show_priorities(self, priorities: list[PriorityRecord]) -> None:
        self.list.clear()
        for priority in priorities:
            item = QListWidgetItem(
                priority.text
                + "\n"
                + QCoreApplication.translate("Inspector", "{kind} · importance {importance}").format(
                    kind=human(priority.kind), importance=priority.importance
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, priority.id)
            item.setData(_PRIORITY_TEXT, priority.text)
            item.setToolTip(priority.text)
            if right_to_left(priority.text) != (self.layoutDirection() == Qt.LayoutDirection.RightToLeft):
                # A Persian priority in an English window (or an English one in a Persian window)
                # starts on its own side.
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if right_to_left(priority.text)
                    else Qt.AlignmentFlag.AlignLeft
                )
                item.setTextAlignment(side | Qt.AlignmentFlag.AlignVCenter)
            self.list.addItem(item)

    def show_not_read(self, why: str) -> None:
        self.list.clear()
        item = QListWidgetItem(QCoreApplication.translate("Inspector", "Not read: {why}").format(why=why))
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a notice, not a priority to edit or remove
        self.list.addItem(item)

    def _on_add(self) -> None:
        text, stakeholder_id = self.new.text().strip(), self._shown()
        if text and stakeholder_id is not None and self._controller.add_priority(stakeholder_id, text):
            self.new.clear()

    def _on_edit(self, item: QListWidgetItem) -> None:
        priority_id = item.data(Qt.ItemDataRole.UserRole)
        if self._shown() is None or priority_id is None:
            return  # (the notice that the priorities were not read)
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("Inspector", "Edit priority"),
            QCoreApplication.translate("Inspector", "In their words"),
            text=item.data(_PRIORITY_TEXT),
        )
        if ok and text.strip():
            self._controller.edit_priority(priority_id, text=text.strip())

    def _on_remove(self) -> None:
        item = self.list.currentItem()
        priority_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if priority_id is not None and self._shown() is not None:
            self._controller.remove_priority(priority_id)
