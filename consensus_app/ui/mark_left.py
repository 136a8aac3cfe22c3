"""Edit ▸ Mark as left the company…: someone left the customer; the group loses their seats.

A confirmation dialog first shows what the open pursuit loses — the readiness score before and
after, the findings raised and resolved — computed with the what-if machinery on the map as it
is (nothing saved), and which committees the person leaves. Confirming runs one undoable edit:
the person stays (faded on the map, marked "left"), their history stays, their seats go.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.analytics.finding_titles import finding_title
from consensus_app.storage.errors import StorageError
from consensus_app.ui.background import BackgroundRunner
from consensus_app.ui.error_dialog import show_error

if TYPE_CHECKING:
    from consensus_app.core.analytics.facts import PriorityTheme
    from consensus_app.core.analytics.results import Finding
    from consensus_app.core.analytics.whatif import WhatIf
    from consensus_app.core.pursuit_map import PursuitMap
    from consensus_app.ui.main_window import MainWindow

Themes = tuple[list["PriorityTheme"], dict[int, int]] | None


class LeaveDialog(QDialog):
    """Asks before marking `stakeholder_id` as left, with the preview of what `pursuit_map` loses."""

    def __init__(
        self,
        parent: QWidget | None,
        pursuit_map: PursuitMap,
        stakeholder_id: int,
        committees: list[str],
        themes: Themes = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.pursuit_map, self.stakeholder_id, self._themes = pursuit_map, stakeholder_id, themes
        self.today = today or date.today()
        self.preview: WhatIf | None = None
        name = pursuit_map.node(stakeholder_id).name
        self.setWindowTitle(self.tr("Mark {name} as left the company").format(name=name))
        self.setObjectName("mark-left-dialog")
        self.setMinimumWidth(520)

        heading = QLabel("<h3>" + self.tr("{name} left the company").format(name=html.escape(name)) + "</h3>")
        self.day = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.day.setObjectName("mark-left-day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(self.day.date())  # a departure is known once it happened
        form = QFormLayout()
        form.addRow(self.tr("Left on"), self.day)
        seats = ", ".join(committees) if committees else self.tr("none (they sit on no committee)")
        self.kept = QLabel(
            self.tr(
                "Kept: their record, priorities, ties and buying-stage history; the map shows them faded "
                "and marked “left”, and the assessment no longer counts them.<br><b>Taken off:</b> "
                "{seats}. Edit ▸ Undo seats them again."
            ).format(seats=html.escape(seats))
        )
        self.kept.setWordWrap(True)

        self.loses = QGroupBox(
            self.tr("What {pursuit} loses").format(pursuit=pursuit_map.title.split(" — ")[-1])
        )
        self.score = QLabel(self.tr("Assessing…"))
        self.score.setObjectName("mark-left-score")
        self.raised = QListWidget()
        self.raised.setObjectName("mark-left-raised")
        self.resolved = QListWidget()
        self.resolved.setObjectName("mark-left-resolved")
        for findings in (self.raised, self.resolved):
            findings.setWordWrap(True)
            findings.setMaximumHeight(130)
        loses = QVBoxLayout(self.loses)
        loses.addWidget(self.score)
        loses.addWidget(QLabel(self.tr("Findings raised")))
        loses.addWidget(self.raised)
        loses.addWidget(QLabel(self.tr("Findings resolved")))
        loses.addWidget(self.resolved)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Mark as left"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("mark-left-confirm")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.kept)
        layout.addWidget(self.loses)
        layout.addWidget(self.buttons)
        self.runner = BackgroundRunner(self)  # a large committee is assessed off the GUI thread
        # A preview that fails says so; marking them as left is still possible.
        self.runner.sig_failed.connect(
            lambda exc: self.score.setText(
                self.tr("Readiness: could not be assessed ({reason})").format(reason=exc)
            )
        )
        self.day.dateChanged.connect(lambda _d: self._assess())
        self._assess()

    @property
    def left_on(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _assess(self) -> None:
        from consensus_app.core.analytics.leaving import Leaves, leaving_what_if

        pursuit_map, change, today = self.pursuit_map, Leaves(self.stakeholder_id, self.left_on), self.today
        themes, voiced = self._themes or (None, None)

        def imagine(_progress: object, _stop: object) -> WhatIf:
            return leaving_what_if(pursuit_map, change, today, themes, voiced)

        self.runner.run(
            self.tr("Assessing what the group loses…"), len(pursuit_map.nodes), imagine, self._show
        )

    def _show(self, preview: WhatIf) -> None:
        self.preview = preview
        before, after = preview.before, preview.after
        if not before.assessable:
            self.score.setText(self.tr("Readiness: not enough to assess yet"))
        elif not after.assessable:
            self.score.setText(
                self.tr("Readiness {before} → not enough to assess").format(before=before.score)
            )
        else:
            delta = f"{preview.delta:+d}".replace("-", "−")
            self.score.setText(
                self.tr("Readiness {before} → {after} ({delta} points)").format(
                    before=before.score, after=after.score, delta=delta
                )
            )
        raised, resolved = _what_moved(preview.raised, preview.resolved, self.stakeholder_id)
        for widget, findings in ((self.raised, raised), (self.resolved, resolved)):
            widget.clear()
            widget.addItems([_line(f) for f in findings] or [self.tr("— none —")])


def _what_moved(
    raised: list[Finding], resolved: list[Finding], leaver: int
) -> tuple[list[Finding], list[Finding]]:
    """Raised and resolved findings, less those that only lost the leaver from their people (the
    same finding, one name shorter, is neither raised nor resolved)."""
    same = {
        (a, b)
        for a in raised
        for b in resolved
        if (a.code, a.severity) == (b.code, b.severity)
        and set(a.stakeholders) == set(b.stakeholders) - {leaver}
    }
    return (
        [f for f in raised if not any(f is a for a, _ in same)],
        [f for f in resolved if not any(f is b for _, b in same)],
    )


def _line(finding: Finding) -> str:
    return f"{finding.severity.label.capitalize()} · {finding_title(finding.code)}: {finding.message}"


class MarkLeft:
    """The action and what it does; enabled for exactly one selected person who has not left."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.action = QAction(QCoreApplication.translate("MainWindow", "Mark as &left the company…"), window)
        self.action.setObjectName("mark-left")
        self.action.setToolTip(
            QCoreApplication.translate(
                "MarkLeft",
                "The selected person left the customer: keep their history, take them off the committees "
                "(shows first what the group loses; undoable)",
            )
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self._on_triggered)
        self.dialog: LeaveDialog | None = None  # while it is open (tests read it)

    def set_selection(self, stakeholder_ids: list[int], pursuit_map: PursuitMap | None) -> None:
        one = len(stakeholder_ids) == 1 and pursuit_map is not None
        present = one and pursuit_map is not None and _present(pursuit_map, stakeholder_ids[0])
        self.action.setEnabled(bool(present))

    def card_menu(self, stakeholder_id: int, at: QPoint) -> None:
        """Right-click on a card: the person is selected, and the menu offers to mark them as left."""
        self._window.scene.select_stakeholders([stakeholder_id])
        self.set_selection([stakeholder_id], self._window.controller.pursuit_map)
        menu = QMenu(self._window)
        menu.addAction(self.action)
        menu.exec(at)

    def _on_triggered(self) -> None:
        ids = self._window.scene.selected_stakeholders()
        if len(ids) == 1:
            self.ask(ids[0])

    def ask(self, stakeholder_id: int | None) -> bool:
        """Show the dialog for this person; True if they were marked as left."""
        window, controller = self._window, self._window.controller
        pursuit_map = controller.pursuit_map
        if stakeholder_id is None or pursuit_map is None or not _present(pursuit_map, stakeholder_id):
            return False
        name = pursuit_map.node(stakeholder_id).name
        try:
            committees = controller.reads.committees_of(stakeholder_id)
        except StorageError as exc:  # the team server is away
            show_error(
                window,
                QCoreApplication.translate("MarkLeft", "{name} could not be marked as left").format(
                    name=name
                ),
                str(exc),
                exc,
            )
            return False
        themes = window.assessment.themes() if hasattr(window, "assessment") else None
        self.dialog = LeaveDialog(window, pursuit_map, stakeholder_id, committees, themes)
        try:
            if self.dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return controller.mark_left(stakeholder_id, self.dialog.left_on)
        finally:
            self.dialog.deleteLater()
            self.dialog = None


def _present(pursuit_map: PursuitMap, stakeholder_id: int) -> bool:
    node = next((n for n in pursuit_map.nodes if n.stakeholder_id == stakeholder_id), None)
    return node is not None and node.left_on is None
