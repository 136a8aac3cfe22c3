"""The first page of an empty workspace (three ways to start), and the page shown while one opens."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


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


class NoPursuitHint(QFrame):
    """Over the map while the chosen account has no pursuit yet: what to do next, and a button."""

    sig_create = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("no-pursuit-hint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.button = QPushButton(self.tr("Create the first pursuit…"))
        self.button.setObjectName("create-first-pursuit")
        self.button.clicked.connect(self.sig_create.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        parent.installEventFilter(self)  # stays centred when the map is resized
        self.hide()

    def show_for(self, account: str | None) -> None:
        """Shown for `account` (its name), hidden for None."""
        if account is None:
            self.hide()
            return
        self.text.setText(
            self.tr(
                "<b>No pursuit yet for {account}</b><br>A pursuit holds the map of its buying committee."
            ).replace("{account}", html.escape(account))
        )
        self.setFixedWidth(420)
        self.adjustSize()
        self._centre()
        self.show()
        self.raise_()

    def _centre(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._centre()
        return False
