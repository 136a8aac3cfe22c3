"""The message library: every saved message across accounts, searchable, approved or draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consensus_app.operations.changed import MESSAGE
from models import MessageStatus

if TYPE_CHECKING:
    from consensus_app.operations.changed import Changed
    from consensus_app.ui.controller import WorkspaceController
    from models import MessageRecord

_RECORD = Qt.ItemDataRole.UserRole


class MessageLibraryView(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.search = QLineEdit(placeholderText=self.tr("Search all accounts' messages…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in MessageStatus:
            self.status.addItem(
                self.tr("Draft") if status is MessageStatus.DRAFT else self.tr("Approved"), status
            )
        self.results = QListWidget()
        self.body = QPlainTextEdit(readOnly=True)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.draft_button = QPushButton(self.tr("Back to draft"))
        self.copy_button = QPushButton(self.tr("Copy text"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.draft_button, self.copy_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        controller.sig_accounts_changed.connect(self._on_workspace_changed)  # (a method: it dies with us)
        controller.sig_changed.connect(self._on_edited)
        self.status.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.approve_button.clicked.connect(lambda: self._set_status(MessageStatus.APPROVED))
        self.draft_button.clicked.connect(lambda: self._set_status(MessageStatus.DRAFT))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.body.toPlainText()))
        self._show(None)

    def refresh(self) -> None:
        from consensus_app.storage.message_library import search_messages

        accounts = self._controller.reads.account_names()
        chosen = self.current()
        self.results.clear()
        for record in search_messages(
            self._controller.workspace, self.search.text().strip(), self.status.currentData()
        ):
            item = QListWidgetItem(
                f"{record.title}\n{accounts.get(record.account_id, '?')} · {record.status.value}"
            )
            item.setData(_RECORD, record)
            self.results.addItem(item)
            if chosen is not None and record.id == chosen.id:
                self.results.setCurrentItem(item)

    def _on_workspace_changed(self) -> None:
        """After an edit, an undo or a redo: only while the list is in front (each edit signals this)."""
        if self.isVisible():
            self.refresh()

    def _on_edited(self, changed: Changed) -> None:
        if changed.touches(MESSAGE):  # saved, approved, or undone
            self._on_workspace_changed()

    def current(self) -> MessageRecord | None:
        item = self.results.currentItem()
        record: MessageRecord | None = item.data(_RECORD) if item is not None else None
        return record

    def _show(self, item: QListWidgetItem | None) -> None:
        record: MessageRecord | None = item.data(_RECORD) if item is not None else None
        self.body.setPlainText(record.body if record else "")
        for button in (self.approve_button, self.draft_button, self.copy_button):
            button.setEnabled(record is not None)
        if record is not None:
            self.approve_button.setEnabled(record.status is not MessageStatus.APPROVED)
            self.draft_button.setEnabled(record.status is not MessageStatus.DRAFT)

    def _set_status(self, status: MessageStatus) -> None:
        record = self.current()
        if record is not None:  # an undoable edit, like any other
            verb = self.tr("Approve") if status is MessageStatus.APPROVED else self.tr("Send back to draft")
            self._controller.set_message_status(record.id, record.title, verb, status)
            self.refresh()
