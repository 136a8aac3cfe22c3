"""The status bar's task list: every named background task with its own progress and Cancel.

One task shows compactly in the bar — its name, its bar, its Cancel. Several show as "3 tasks"
with their overall progress; the button opens a list of each with its own bar and Cancel, so
stopping a layout leaves the assessment running. The list hides when the last task ends.
Tasks join by themselves (`Task(..., name=...)`, see ui/tasks.py): no view wires anything.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consensus_app.ui.tasks import Task, TaskBoard, board

BAR_WIDTH = 160


def _bar() -> QProgressBar:
    # 0..0 is Qt's busy bar: the task has not said how far it is yet.
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedWidth(BAR_WIDTH)
    return bar


def _show_fraction(bar: QProgressBar, fraction: float | None) -> None:
    if fraction is None:
        bar.setRange(0, 0)
    else:
        bar.setRange(0, 100)
        bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))


def _place(row: QWidget, layout: QBoxLayout) -> None:
    """Into this layout (out of the other one first: Qt warns of a widget in two layouts)."""
    if layout.indexOf(row) < 0:
        holder = row.parentWidget()
        old = holder.layout() if holder is not None else None
        if old is not None:
            old.removeWidget(row)
        layout.addWidget(row)
    row.show()


class TaskRow(QWidget):
    """One task: its name, its progress and its Cancel (none for work that cannot stop half-way)."""

    sig_progress = Signal()

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.name = QLabel(task.name)
        self.bar = _bar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop “{task}”; other tasks go on").format(task=task.name.rstrip("…"))
        )
        self.cancel_button.setVisible(task.can_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        _show_fraction(self.bar, task.fraction)
        task.sig_progress.connect(self._on_progress)
        self.cancel_button.clicked.connect(task.cancel)

    def _on_progress(self, fraction: float) -> None:
        _show_fraction(self.bar, fraction)
        self.sig_progress.emit()


class TaskPopup(QFrame):
    """The list that "3 tasks" opens: a row per task, above the status bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 8, 8, 8)
        self.setMinimumWidth(360)
        self._anchor: QWidget | None = None

    def show_above(self, anchor: QWidget, right_of: QWidget) -> None:
        """Above `anchor` (the button that opens it), its right edge on `right_of`'s."""
        self._anchor = anchor
        self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay, False)
        self.adjustSize()
        right = right_of.mapToGlobal(QPoint(right_of.width(), 0)).x()
        top = anchor.mapToGlobal(QPoint(0, 0)).y()
        at = QPoint(right - self.width(), top - self.height())
        screen = anchor.screen().availableGeometry()
        at.setX(max(screen.left(), min(at.x(), screen.right() - self.width())))
        at.setY(max(screen.top(), at.y()))
        self.move(at)
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        anchor, at = self._anchor, event.globalPosition().toPoint()
        if anchor is not None and anchor.rect().contains(anchor.mapFromGlobal(at)):
            # A click on "3 tasks" closes the list; replayed to the button, it would reopen it.
            self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay, True)
        super().mousePressEvent(event)


class TaskList(QWidget):
    def __init__(self, task_board: TaskBoard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board = task_board or board()
        self._rows: dict[Task, TaskRow] = {}
        self.popup = TaskPopup(self)
        self.summary = QToolButton()  # "3 tasks": opens the popup
        self.summary.setObjectName("task-list-summary")
        self.summary.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary.setArrowType(Qt.ArrowType.UpArrow)
        self.summary.setAutoRaise(True)
        self.summary_bar = _bar()
        self._line = QHBoxLayout(self)  # the one task's row, or the summary
        self._line.setContentsMargins(0, 0, 0, 0)
        self._line.addWidget(self.summary)
        self._line.addWidget(self.summary_bar)
        self.summary.clicked.connect(self._toggle_popup)
        # Only as wide as it needs: the status bar's messages keep the rest. Its height is fixed
        # (a button's), so the status bar does not grow when a task starts: that would resize
        # the map above it and repaint 500 cards for a task that lasts a moment.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(QPushButton(self.tr("Cancel")).sizeHint().height())
        self._board.sig_changed.connect(self._sync)
        self._sync()

    def rows(self) -> list[TaskRow]:
        """The rows, in the order their tasks started (inline for one, in the popup for several)."""
        return list(self._rows.values())

    def _sync(self) -> None:
        tasks = self._board.tasks()
        for task in [t for t in self._rows if t not in tasks]:
            row = self._rows.pop(task)
            row.hide()
            row.deleteLater()
        for task in tasks:
            if task not in self._rows:
                row = TaskRow(task, self)
                row.sig_progress.connect(self._show_overall)
                self._rows[task] = row
        self.setVisible(bool(tasks))
        several = len(tasks) > 1
        self.summary.setVisible(several)
        self.summary_bar.setVisible(several)
        for row in self._rows.values():
            _place(row, self.popup.rows if several else self._line)
        if several:
            self.summary.setText(self.tr("{n} tasks").format(n=len(tasks)))  # two or more
            self.summary.setToolTip("\n".join(t.name for t in tasks))
            self._show_overall()
            if self.popup.isVisible():
                self.popup.show_above(self.summary, self)  # resized to its rows
        else:
            self.popup.hide()

    def _show_overall(self) -> None:
        known = [t.fraction for t in self._rows if t.fraction is not None]
        overall = sum(known) / len(self._rows) if known else None
        _show_fraction(self.summary_bar, overall)

    def _toggle_popup(self) -> None:
        if self.popup.isVisible():
            self.popup.hide()
        else:
            self.popup.show_above(self.summary, self)
