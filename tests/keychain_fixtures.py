"""A system keychain for the tests: an in-memory keyring backend, or none at all."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeychain(KeyringBackend):
    """Holds passwords in a dict. Viable only while a test installs it, so keyring never picks it
    on its own for another test."""

    installed = False

    @properties.classproperty
    def priority(cls) -> float:
        if not cls.installed:
            raise RuntimeError("installed by the memory_keychain fixture only")
        return 5

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keychain() -> Iterator[MemoryKeychain]:
    before = keyring.get_keyring()
    MemoryKeychain.installed = True
    keychain = MemoryKeychain()
    keyring.set_keyring(keychain)
    yield keychain
    MemoryKeychain.installed = False
    keyring.set_keyring(before)


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """A system without a keychain (keyring's "fail" backend, as on a bare Linux server)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
