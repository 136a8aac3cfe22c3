"""Who is editing: a stable user id made once per person, and the name colleagues see.

Kept in `identity.json` in the user's config folder, not in the window's QSettings: the command
line reads it without Qt, and the window's own settings are cleared when their layout version
changes — the user id must outlive that. The change log stores the id; the name is looked up
through it, so renaming oneself (Preferences) changes how past entries read and nothing else.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sys
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from models.enums import NAME_MAX

log = logging.getLogger(__name__)

APP_DIR_NAME = "Consensus"
IDENTITY_FILE = "identity.json"
ACTOR_ENV_VAR = "CONSENSUS_USER"  # a display name for this run (scripts, shared service accounts)
_NAMED_IDS = uuid.UUID("5b0d3c1e-8a64-4c57-9d8e-0c6f2f1f6a10")  # ids for callers that pass a bare name
_LOGIN_IDS = uuid.UUID("9f3a7c52-1d2e-4b8f-a6c0-3e5d8b7f4a21")  # ids for a login whose id cannot be kept


@dataclass(frozen=True)
class Identity:
    user_id: str
    display_name: str
    login: str = ""
    # False while the name is only the login (root, no full name on record): Preferences asks for one.
    has_real_name: bool = True

    @classmethod
    def named(cls, display_name: str) -> Identity:
        """An identity for a bare name (tests, scripts): the same name always gets the same id."""
        return cls(uuid.uuid5(_NAMED_IDS, display_name).hex, display_name, display_name)


def identity_path(config_dir: Path | None = None) -> Path:
    folder = config_dir or platformdirs.user_config_path(APP_DIR_NAME, appauthor=False)
    return folder / IDENTITY_FILE


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        return "unknown"


def os_full_name() -> str | None:
    """The operating system's full name for the current user, or None when it has none."""
    name: str | None = None
    if sys.platform == "win32":
        name = _windows_display_name()
    else:  # Linux and macOS keep the full name in the passwd entry's GECOS field
        try:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
        except (ImportError, KeyError, OSError):
            name = None
    name = " ".join((name or "").split())
    # "root", or the login repeated, is not a name a colleague would recognise.
    if not name or name.casefold() in {login_name().casefold(), "root", "unknown"}:
        return None
    return name


def _windows_display_name() -> str | None:  # pragma: no cover - Windows only
    import ctypes

    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    name_display = 3
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return None
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return None
    return str(buffer.value)


def load_identity(config_dir: Path | None = None, environ: Mapping[str, str] = os.environ) -> Identity:
    """This user's identity; the user id is made (and saved) the first time."""
    path = identity_path(config_dir)
    stored = _read(path)
    user_id = stored.get("user_id", "")
    login = login_name()
    if not user_id:
        user_id = uuid.uuid4().hex
        if not _write(path, {**stored, "user_id": user_id}):
            # Unsaved, a random id would make one person a new author at every start: use the login's.
            user_id = uuid.uuid5(_LOGIN_IDS, login).hex
    override = environ.get(ACTOR_ENV_VAR, "").strip()
    if override:  # several people sharing one account each set their name: each is their own author
        return Identity(Identity.named(override).user_id, override[:NAME_MAX], login)
    name = stored.get("display_name", "").strip() or os_full_name()
    return Identity(user_id, (name or login)[:NAME_MAX], login, has_real_name=bool(name))


def save_display_name(name: str, config_dir: Path | None = None) -> Identity:
    """Keep `name` as the name colleagues see (blank: back to the operating system's)."""
    path = identity_path(config_dir)
    stored = _read(path)
    name = " ".join(name.split())[:NAME_MAX]
    if name:
        stored["display_name"] = name
    else:
        stored.pop("display_name", None)
    _write(path, {**stored, "user_id": stored.get("user_id") or uuid.uuid4().hex})
    return load_identity(config_dir, environ={})


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s is not readable (%s); starting a new identity", path, exc)
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, str]) -> bool:
    """Write atomically (the window and a command may both write it); a read-only home is not fatal.
    False when it could not be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot save %s (%s): the user id is made from the login name instead", path, exc)
        return False
    return True
