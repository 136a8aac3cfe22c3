"""Connect to a team workspace on a PostgreSQL server, or go back to the local one.

The dialog tests the connection in a worker (changing nothing on the server) and says what it
found. The URL is remembered without the password: the password typed here is used for this
session only; for the next start it comes from PGPASSWORD or ~/.pgpass, as for any libpq tool.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.engine import make_url

from consensus_app.storage.team import ServerCheck, check_server, team_url, without_password
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import Task


class ConnectDialog(QDialog):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to a team workspace")
        self._settings = settings
        self.host = QLineEdit(placeholderText="db.example.com")
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit(placeholderText="consensus")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("for this session only (not saved)")
        self.test_button = QPushButton("Test connection")
        self.result = QLabel("Fill in the server's details and test the connection.")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton("Connect", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setEnabled(False)
        form = QFormLayout(self)
        for label, widget in (
            ("Server", self.host),
            ("Port", self.port),
            ("Database", self.database),
            ("User", self.user),
            ("Password", self.password),
        ):
            form.addRow(label, widget)
        form.addRow(QLabel("Next time the password comes from PGPASSWORD or ~/.pgpass."))
        form.addRow(self.test_button)
        form.addRow(self.result)
        form.addRow(self.buttons)
        self._prefill(settings.text("workspace/team_url"))
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(lambda _t: self.connect_button.setEnabled(False))
        self._task: Task | None = None

    def url(self) -> str:
        """The URL to open now (with the password, if one was typed)."""
        return team_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text() or None,
        )

    def test(self) -> Task | None:
        if not (self.host.text().strip() and self.database.text().strip()):
            self._show("A server and a database name are needed.", ok=False)
            return None
        self.test_button.setEnabled(False)
        self.result.setText("Connecting…")
        task = Task(lambda _p, _s: check_server(self.url()), self)
        task.sig_done.connect(lambda found: isValid(self) and self._show(found.describe(), ok=found.usable))
        task.sig_failed.connect(lambda exc: isValid(self) and self._show(str(exc), ok=False))
        task.sig_finished.connect(lambda: self.test_button.setEnabled(True))
        self._task = task
        task.start()
        return task

    def _show(self, message: str, ok: bool) -> None:
        self.result.setText(message)
        self.result.setStyleSheet(f"color: {'#1B5E20' if ok else '#B3261E'};")
        self.connect_button.setEnabled(ok)

    def _prefill(self, saved: str) -> None:
        if not saved:
            return
        url = make_url(saved)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _on_accept(self) -> None:
        self._settings.set_text("workspace/team_url", without_password(self.url()))
        self.accept()


__all__ = ["ConnectDialog", "ServerCheck"]
