"""Window state kept between runs (QSettings), with a version so old layouts can be dropped."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSettings

VERSION = 2  # 2: the inspector and the assessment became tabbed docks
# A settings key made from a URL with a password: "postgresql+psycopg:||user:secret@host…" (see _safe).
_URL_WITH_PASSWORD = re.compile(r"^[\w+.-]+:\|\|[^|@:]*:[^@]*@")


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("Consensus", "Consensus")
        if self._s.value("version", 0, int) != VERSION:
            # Saved geometry from another version may not fit the new widgets: start clean.
            self._s.clear()
            self._s.setValue("version", VERSION)
        self._drop_passwords()

    def _drop_passwords(self) -> None:
        """Earlier versions named a workspace in last_pursuit/ by its whole URL, password included."""
        self._s.beginGroup("last_pursuit")
        for key in self._s.childKeys():
            if _URL_WITH_PASSWORD.match(key):
                self._s.remove(key)
        self._s.endGroup()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def last_pursuit(self, workspace: str) -> int | None:
        value = self._s.value(f"last_pursuit/{_safe(workspace)}")
        return int(value) if value not in (None, "") else None

    def set_last_pursuit(self, workspace: str, pursuit_id: int | None) -> None:
        self._s.setValue(f"last_pursuit/{_safe(workspace)}", pursuit_id if pursuit_id is not None else "")

    def text(self, key: str, default: str = "") -> str:
        return str(self._s.value(key, default))

    def set_text(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()


def _safe(key: str) -> str:
    """QSettings treats '/' as a group separator; a workspace path is one key."""
    return key.replace("/", "|").replace("\\", "|")
