"""Connect to a team workspace on a PostgreSQL server, or go back to the local one.

The dialog builds the URL itself from separate fields (so a password may hold @, : or / as it is),
tests the connection in a worker (changing nothing on the server) and says what it found. No
password is ever shown, nor written to the settings: the settings keep the URL without it and how
the password is found next time (workspace/team_password): "keychain" when the user asked to
remember it in the system keychain, "ask" when it is asked for at each start, "none" when the
server needs none (or PGPASSWORD / ~/.pgpass gives it, as for any libpq tool). Where there is no
real system keychain the dialog offers no "remember" box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.engine import make_url

from consensus_app.storage.keychain import (
    forget_password,
    keychain_available,
    remember_password,
    remembered_password,
)
from consensus_app.storage.team import ServerCheck, check_server, team_url, without_password
from consensus_app.ui.alive import if_alive
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import Task

TEAM_URL_KEY = "workspace/team_url"
PASSWORD_POLICY_KEY = "workspace/team_password"  # "keychain", "ask" or "none": never the password
NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "ConnectDialog", "No system keychain was found: the password will be asked for each time you connect."
)


class ConnectDialog(QDialog):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team workspace"))
        self.setMinimumWidth(460)  # room for the notes below the fields on two lines at most
        self._settings = settings
        self.host = QLineEdit(placeholderText="db.example.com")
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit(placeholderText="consensus")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("as it is: no escaping needed"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keychain"))
        self.remember.setVisible(False)  # until the keychain is known to exist (see _probe_keychain)
        self.keychain_note = QLabel(self.tr("Looking for the system keychain…"))
        self.keychain_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.outcome = QLabel(self.tr("Fill in the server's details and test the connection."))
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setEnabled(False)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Server"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("Database"), self.database),
            (self.tr("User"), self.user),
            (self.tr("Password"), self.password),
        ):
            form.addRow(label, widget)
        form.addRow(self.remember)
        form.addRow(self.keychain_note)
        form.addRow(self.test_button)
        form.addRow(self.outcome)
        form.addRow(self.buttons)
        self._remembered: str | None = None  # the keychain's password for the prefilled workspace
        self._prefill(settings.text(TEAM_URL_KEY))
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(lambda _t: self.connect_button.setEnabled(False))
        self._task: Task | None = None
        self.keychain_change: Task | None = None  # remembering or forgetting the password
        self.keychain_task = self._probe_keychain(settings.text(TEAM_URL_KEY))

    def url(self) -> str:
        """The URL to open now, with the password typed (or remembered in the keychain), if any."""
        return team_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text() or self._remembered_here() or None,
        )

    def _bare_url(self) -> str:
        return team_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def _remembered_here(self) -> str | None:
        """The keychain's password, only while the fields still name the workspace it belongs to."""
        saved = self._settings.text(TEAM_URL_KEY)
        return self._remembered if saved and without_password(saved) == self._bare_url() else None

    def test(self) -> Task | None:
        if not (self.host.text().strip() and self.database.text().strip()):
            self._show(self.tr("A server and a database name are needed."), ok=False)
            return None
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Connecting…"))
        url = self.url()
        task = Task(lambda _p, _s: check_server(url), self)
        task.sig_done.connect(if_alive(self, self._show_check))
        task.sig_failed.connect(if_alive(self, self._show_error))
        task.sig_finished.connect(if_alive(self, lambda: self.test_button.setEnabled(True)))
        self._task = task
        task.start()
        return task

    def _show_check(self, found: ServerCheck) -> None:
        self._show(found.describe(), ok=found.usable)

    def _show_error(self, exc: object) -> None:
        self._show(str(exc), ok=False)

    def _show(self, message: str, ok: bool) -> None:
        for secret in {self.password.text(), self._remembered or ""} - {""}:
            message = message.replace(secret, "•••")  # a driver's message never shows the password
        self.outcome.setText(message)
        self.outcome.setStyleSheet(f"color: {'#1B5E20' if ok else '#B3261E'};")
        self.connect_button.setEnabled(ok)

    def _prefill(self, saved: str) -> None:
        if not saved:
            return
        url = make_url(saved)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _probe_keychain(self, saved: str) -> Task:
        """Finding the keychain takes a few hundred milliseconds: a worker does it."""

        def probe(_p: object, _s: object) -> tuple[bool, str | None]:
            available = keychain_available()
            return available, (remembered_password(saved) if available and saved else None)

        task = Task(probe, self)
        task.sig_done.connect(if_alive(self, lambda found: self._on_keychain(*found)))
        task.sig_failed.connect(if_alive(self, lambda _exc: self._on_keychain(False, None)))
        task.start()
        return task

    def _on_keychain(self, available: bool, remembered: str | None) -> None:
        self.remember.setVisible(available)
        self.keychain_note.setVisible(not available)
        self.keychain_note.setText("" if available else self.tr(NO_KEYCHAIN))
        self._remembered = remembered
        self.adjustSize()  # the note's height changed after the dialog was laid out
        if remembered:
            self.remember.setChecked(True)
            self.password.setPlaceholderText(self.tr("remembered in the system keychain"))

    def _on_accept(self) -> None:
        url, typed = self.url(), self.password.text()
        remember = not self.remember.isHidden() and self.remember.isChecked()
        has_password = bool(typed or self._remembered_here())
        policy = ("keychain" if remember else "ask") if has_password else "none"
        change: Callable[[], object]
        if remember and typed:
            change, doing = (
                (lambda: remember_password(url, typed)),
                self.tr("Saving the password in the system keychain…"),
            )
        elif not remember and self._remembered_here():  # the user unticked the box: nothing stays behind
            change, doing = (
                (lambda: forget_password(url)),
                self.tr("Removing the password from the system keychain…"),
            )
        else:
            self._connect(url, policy)
            return
        # The keychain can block, or ask the user to unlock it (Secret Service over D-Bus): a worker waits.
        self.connect_button.setEnabled(False)
        self.outcome.setText(doing)
        task = Task(lambda _p, _s: change(), self)
        task.sig_done.connect(if_alive(self, lambda _r: self._connect_if_open(url, policy)))
        task.sig_failed.connect(if_alive(self, self._show_error))
        self.keychain_change = task
        task.start()

    def _connect_if_open(self, url: str, policy: str) -> None:
        if self.isVisible():  # not cancelled while the keychain was busy
            self._connect(url, policy)

    def _connect(self, url: str, policy: str) -> None:
        self._settings.set_text(TEAM_URL_KEY, without_password(url))
        self._settings.set_text(PASSWORD_POLICY_KEY, policy)
        self.accept()


__all__ = ["ConnectDialog", "ServerCheck"]
