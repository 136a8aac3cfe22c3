"""Reopening the remembered team workspace: its password from the system keychain, or asked for.

The settings hold the workspace URL without its password and how to find the password
(connect_dialog.PASSWORD_POLICY_KEY); the password itself is never written anywhere by the app.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from sqlalchemy.engine import make_url

from consensus_app.storage.keychain import remembered_password
from consensus_app.ui.connect_dialog import PASSWORD_POLICY_KEY
from consensus_app.ui.settings import UiSettings

AskPassword = Callable[[str, QWidget | None], str | None]


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def ask_password(url: str, parent: QWidget | None = None) -> str | None:
    """The password typed by the user for `url`, or None if they cancelled."""
    where = make_url(url)
    server = f"{where.host}:{where.port or 5432}/{where.database}"
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TeamPassword", "Team workspace password"),
        QCoreApplication.translate("TeamPassword", "Password for {user} on {server}:").format(
            user=where.username or QCoreApplication.translate("TeamPassword", "you"), server=server
        ),
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


def team_target(
    settings: UiSettings, url: str, parent: QWidget | None = None, ask: AskPassword = ask_password
) -> str | None:
    """The URL to open for the remembered team workspace `url`; None when the user declined to give
    the password it needs (then the local workspace opens instead)."""
    policy = settings.text(PASSWORD_POLICY_KEY)
    if policy not in ("keychain", "ask"):
        return url  # no password, or one libpq finds itself (PGPASSWORD, ~/.pgpass)
    password = remembered_password(url) if policy == "keychain" else None
    if password is None:
        password = ask(url, parent)
    return None if password is None else with_password(url, password)
