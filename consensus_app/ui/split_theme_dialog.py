"""Split a theme: tick the statements that go to a new theme and name it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ID = Qt.ItemDataRole.UserRole


def quoted(text: str) -> str:
    """A statement in quotes that stay on its two ends in any script (a Persian statement is
    isolated: it keeps its own direction without pulling the marks and what follows along)."""
    return f"“\u2068{text}\u2069”"


class SplitThemeDialog(QDialog):
    """`statements`: (priority id, what was said, who said it) of the theme being split."""

    def __init__(
        self, label: str, statements: list[tuple[int, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split theme"))
        self.setObjectName("split-theme-dialog")
        intro = QLabel(
            self.tr("Tick the statements that belong to a new theme, apart from {theme}.").format(
                theme=quoted(label)
            )
        )
        intro.setWordWrap(True)
        self.statements = QListWidget()
        self.statements.setObjectName("split-theme-statements")
        self.statements.setWordWrap(True)
        for priority_id, text, speaker in statements:
            item = QListWidgetItem(f"{quoted(text)} — \u2068{speaker}\u2069")
            item.setData(_ID, priority_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.statements.addItem(item)
        self.name = QLineEdit()
        self.name.setObjectName("split-theme-name")
        self.name.setPlaceholderText(self.tr("What the new theme is about"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Split"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New theme's name"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.statements, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def moved(self) -> list[int]:
        """The ticked statements' priority ids."""
        items = (self.statements.item(row) for row in range(self.statements.count()))
        return [int(item.data(_ID)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _on_ok(self) -> None:
        """Say what is missing instead of closing: nothing the user ticked or typed is lost."""
        count = len(self.moved())
        if not count or count == self.statements.count():
            self.problem.setText(self.tr("Tick some of the statements, not none and not all of them."))
        elif not self.name.text().strip():
            self.problem.setText(self.tr("Give the new theme a name."))
        else:
            self.accept()
