"""Team passwords in the system keychain (the `keyring` library), never in a file of ours.

Only a real keychain is used (Secret Service, KWallet, macOS Keychain, Windows Credential Locker):
keyring's fail and null backends and keyrings.alt's plain-text or "encrypted" files do not count,
and where there is none the app asks for the password each time instead of offering to remember it.
Entries are named by the workspace URL without its password (`user@host:port/database`).
Importing keyring and finding its backend takes a few hundred milliseconds: call these off the GUI
thread.
"""

from __future__ import annotations

import logging
from typing import Any

from consensus_app.i18n import _
from consensus_app.storage.errors import StorageError
from consensus_app.storage.team import without_password

log = logging.getLogger(__name__)

SERVICE = "Consensus team workspace"
_NOT_KEYCHAINS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeychainError(StorageError):
    """The system keychain refused to store or remove a password."""


def _real(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_NOT_KEYCHAINS):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot even say its priority is not usable
        return False


def system_keychain() -> Any | None:
    """The keychain backend to use, or None when this system has no real one."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):  # use its best real member, never a file it also holds
        return next((b for b in backend.backends if _real(b)), None)
    return backend if _real(backend) else None


def keychain_available() -> bool:
    return system_keychain() is not None


def remembered_password(url: str) -> str | None:
    """The password remembered for this workspace, if any (None also when the keychain fails)."""
    backend = system_keychain()
    if backend is None:
        return None
    try:
        password = backend.get_password(SERVICE, without_password(url))
    except Exception as exc:  # a locked or unreachable keychain: ask instead
        log.warning("cannot read the system keychain: %s", type(exc).__name__)
        return None
    return password if isinstance(password, str) and password else None


def remember_password(url: str, password: str) -> None:
    backend = system_keychain()
    if backend is None:
        raise KeychainError(_("this system has no keychain to remember the password in"))
    try:
        backend.set_password(SERVICE, without_password(url), password)
    except Exception as exc:
        raise KeychainError(
            _("the system keychain did not save the password ({error})").format(error=type(exc).__name__)
        ) from exc


def forget_password(url: str) -> None:
    """Remove a remembered password, if there is one."""
    backend = system_keychain()
    if backend is None:
        return
    try:
        from keyring.errors import PasswordDeleteError

        backend.delete_password(SERVICE, without_password(url))
    except PasswordDeleteError:
        pass  # nothing was remembered
    except Exception as exc:
        raise KeychainError(
            _("the system keychain did not remove the password ({error})").format(error=type(exc).__name__)
        ) from exc
