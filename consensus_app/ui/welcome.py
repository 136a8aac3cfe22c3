"""The first page of an empty workspace (three ways to start), and the page shown while one opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    sig_open_demo = Signal()
    sig_new_account = Signal()
    sig_import = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h1>Welcome to Consensus</h1>"))
        self.intro = intro = QLabel(
            self.tr(
                "Map each customer's buying committee: who signs off, who influences whom, what each "
                "person wants in their own words, and who could bring the group together."
            )
        )
        intro.setWordWrap(True)
        intro.setFixedWidth(560)
        intro.setFixedHeight(intro.heightForWidth(560))  # centred in the layout, it would get one line
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, intro):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        for text, detail, signal in (
            (
                self.tr("Open the demo workspace"),
                self.tr("Three sample accounts to explore"),
                self.sig_open_demo,
            ),
            (
                self.tr("Create an account"),
                self.tr("Start mapping a customer of yours"),
                self.sig_new_account,
            ),
            (
                self.tr("Import a file…"),
                self.tr("A Consensus map (.json), or CRM contacts (.csv, .xlsx)"),
                self.sig_import,
            ),
        ):
            button = QPushButton(f"{text}\n{detail}")
            button.setMinimumSize(360, 64)
            button.setStyleSheet("text-align: left; padding: 8px 16px;")
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class OpeningPage(QLabel):
    """What the window shows in its first frame, while the workspace opens in a worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Opening the workspace…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEnabled(False)  # drawn in the muted text colour
