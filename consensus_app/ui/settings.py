"""Window state kept between runs (QSettings): a thin adapter over core.settings_migration, which
versions each group of keys and migrates it step by step, so nothing the user set is wiped."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

from consensus_app.core.settings_migration import WINDOW_GROUPS, migrate

log = logging.getLogger(__name__)


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("Consensus", "Consensus")
        self._migrate()

    def _migrate(self) -> None:
        stored = {key: _plain(self._s.value(key)) for key in self._s.allKeys()}
        result = migrate(stored, WINDOW_GROUPS)
        for key in stored.keys() - result.entries.keys():
            self._s.remove(key)
        changed = {key: value for key, value in result.entries.items() if stored.get(key) != value}
        for key, value in changed.items():
            self._s.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
        for dropped in result.dropped:
            log.warning("%s: dropped the setting %s: %s", self._s.fileName(), dropped.key, dropped.reason)
        if changed or len(result.entries) != len(stored):
            self._s.sync()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def last_pursuit(self, workspace: str) -> int | None:
        value = str(self._s.value(f"last_pursuit/{_safe(workspace)}", ""))
        return int(value) if value.strip().isdigit() else None

    def set_last_pursuit(self, workspace: str, pursuit_id: int | None) -> None:
        self._s.setValue(f"last_pursuit/{_safe(workspace)}", pursuit_id if pursuit_id is not None else "")

    def draft_language(self, workspace: str, pursuit_id: int) -> str | None:
        """The language the user chose for this pursuit's drafts, if they chose one."""
        value = str(self._s.value(f"drafts/language/{_safe(workspace)}|{pursuit_id}", ""))
        return value or None

    def set_draft_language(self, workspace: str, pursuit_id: int, language: str) -> None:
        self._s.setValue(f"drafts/language/{_safe(workspace)}|{pursuit_id}", language)

    def text(self, key: str, default: str = "") -> str:
        return str(self._s.value(key, default))

    def set_text(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()


def _plain(value: object) -> object:
    """QSettings' value as core.settings_migration reads it: a saved layout as bytes."""
    return value.data() if isinstance(value, QByteArray) else value


def _safe(key: str) -> str:
    """QSettings treats '/' as a group separator; a workspace path is one key."""
    return key.replace("/", "|").replace("\\", "|")
