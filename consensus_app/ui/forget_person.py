"""Edit ▸ Forget this person…: erase the selected stakeholder at their request (data protection).

Unlike Delete, this cannot be undone: a dialog says so and offers Cancel first. The erasure and the
compaction of the database file run in a worker; afterwards the undo history is cleared too, since
its steps hold the person's old values (and undoing a step about them could bring them back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from consensus_app.storage.errors import StorageError
from consensus_app.ui.alive import if_alive
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.storage.forget import ForgetReport
    from consensus_app.ui.main_window import MainWindow


class ForgetPerson:
    """The action and what it does; `set_selection` keeps it enabled for exactly one person."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.action = QAction(QCoreApplication.translate("MainWindow", "&Forget this person…"), window)
        self.action.setObjectName("forget-person")
        self.action.setToolTip(
            QCoreApplication.translate(
                "ForgetPerson", "Erase the selected person everywhere, history included (cannot be undone)"
            )
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self._on_forget)
        self.task: Task | None = None

    def set_selection(self, stakeholder_ids: list[int]) -> None:
        self.action.setEnabled(len(stakeholder_ids) == 1 and self.task is None)

    def confirmation(self, name: str, account: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ForgetPerson", "Forget {name}?").format(name=name),
            "",
            parent=self._window,
        )
        box.setText(
            QCoreApplication.translate(
                "ForgetPerson",
                "Forget {name} at {account}, as when they ask to be erased?\n\n"
                "Their record, priorities, committee seats, ties and map positions go, every change-log "
                "entry about them is erased, and where colleagues' notes or messages name them or quote "
                "them, those words are replaced. The undo history is cleared.\n\nThis cannot be undone.",
            ).format(name=name, account=account)
        )
        self.forget_button = box.addButton(
            QCoreApplication.translate("ForgetPerson", "Forget"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        return box

    def _on_forget(self) -> None:
        window, controller = self._window, self._window.controller
        ids = window.scene.selected_stakeholders()
        pursuit_map = controller.pursuit_map
        if len(ids) != 1 or pursuit_map is None:
            return
        node = pursuit_map.node(ids[0])
        try:
            account = controller.reads.account(pursuit_map.account_id).name
        except StorageError as exc:  # the team server is away, or the account was removed meanwhile
            show_error(
                window,
                QCoreApplication.translate("ForgetPerson", "{name} could not be forgotten").format(
                    name=node.name
                ),
                str(exc),
                exc,
            )
            return
        box = self.confirmation(node.name, account)
        box.exec()
        if box.clickedButton() is not self.forget_button:
            return
        self._start(node.stakeholder_id, node.name)

    def _start(self, stakeholder_id: int, name: str) -> None:
        from consensus_app.operations.one_way import forget_person
        from consensus_app.storage.map_previews import forget_previews

        forget_previews()  # pictures of maps kept for the next start may show their name
        workspace = self._window.controller.workspace
        self.action.setEnabled(False)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ForgetPerson", "Forgetting {name}…").format(name=name)
        )
        task = Task(lambda _p, _s: forget_person(workspace, stakeholder_id), self._window)
        task.sig_done.connect(if_alive(self._window, lambda report: self._done(name, report)))
        task.sig_failed.connect(
            if_alive(
                self._window,
                lambda exc: show_error(
                    self._window,
                    QCoreApplication.translate("ForgetPerson", "{name} could not be forgotten").format(
                        name=name
                    ),
                    str(exc),
                    exc,
                ),
            )
        )
        task.sig_finished.connect(self._finished)
        self.task = task
        task.start()

    def _done(self, name: str, report: ForgetReport) -> None:
        controller = self._window.controller
        controller.undo_stack.clear()  # its steps hold the person's old values
        self._window.scene.select_stakeholders([])
        controller.refresh()
        self._window.statusBar().showMessage(report.describe(name), 30_000)

    def _finished(self) -> None:
        self.task = None
        if isValid(self._window):  # after a failure the person is still selected: they may try again
            self.set_selection(self._window.scene.selected_stakeholders())
