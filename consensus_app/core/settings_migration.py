"""Settings kept between runs, versioned per group and migrated step by step (no Qt here).

A key's group is its first path part: "window/state" is in "window", "last_pursuit/<workspace>"
in "last_pursuit". Each group records its own version under "versions/<group>". On opening, every
entry of an older group goes through that group's steps one version at a time (like Orange3's
`migrate_settings`), then its group's check. An entry that a step or the check cannot read is
dropped on its own and reported; the rest of the file is kept, and keys of groups this version
does not know (or knows only in an older version: the file came from a newer app) are left as
they are.

Files from before per-group versions held one number under "version"; every group then starts
at that number, so the steps below continue its history (2: the inspector and the assessment
became tabbed docks).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

VERSIONS_GROUP = "versions"
LEGACY_KEY = "version"
# Still written, so that an older Consensus opening this file keeps it rather than starting clean.
LEGACY_VERSION = 2

Entry = tuple[str, object]
# One step takes one entry of a group from version n to n + 1: its (maybe renamed) key and value,
# or None to leave it out on purpose. It raises ValueError when it cannot read the entry.
Step = Callable[[str, object], Entry | None]
# Whether an entry is one this version can read; raises ValueError saying why not.
Check = Callable[[str, object], None]


@dataclass(frozen=True)
class Group:
    name: str
    version: int
    check: Check
    steps: Mapping[int, Step] = field(default_factory=dict)  # steps[n]: version n → n + 1


@dataclass(frozen=True)
class Dropped:
    key: str
    reason: str


@dataclass(frozen=True)
class Migrated:
    entries: dict[str, object]  # the whole file as it should now be, version keys included
    dropped: list[Dropped]


def migrate(entries: Mapping[str, object], groups: Sequence[Group]) -> Migrated:
    by_name = {group.name: group for group in groups}
    versions = stored_versions(entries, groups)
    kept: dict[str, object] = {}
    dropped: list[Dropped] = []
    for key, value in entries.items():
        group = by_name.get(_group_of(key))
        if group is None or versions[group.name] > group.version:
            kept[key] = value  # not ours to judge: a version key, or written by a newer app
            continue
        try:
            migrated = _migrated(group, versions[group.name], key, value)
        except ValueError as problem:
            dropped.append(Dropped(key, str(problem)))
            continue
        if migrated is not None:
            kept[migrated[0]] = migrated[1]
    for group in groups:
        kept[f"{VERSIONS_GROUP}/{group.name}"] = str(max(group.version, versions[group.name]))
    kept[LEGACY_KEY] = str(LEGACY_VERSION)
    return Migrated(kept, dropped)


def stored_versions(entries: Mapping[str, object], groups: Sequence[Group]) -> dict[str, int]:
    """Each group's version in `entries`. A file without per-group versions gives every group its
    single version number; a group added since gives 1, its first version."""
    per_group = any(key.startswith(f"{VERSIONS_GROUP}/") for key in entries)
    fallback = 1 if per_group else max(1, _number(entries.get(LEGACY_KEY)) or 1)
    found = {group.name: _number(entries.get(f"{VERSIONS_GROUP}/{group.name}")) for group in groups}
    return {name: fallback if version is None else version for name, version in found.items()}


def _migrated(group: Group, version: int, key: str, value: object) -> Entry | None:
    entry: Entry | None = (key, value)
    for step_from in range(version, group.version):
        step = group.steps.get(step_from)
        if step is not None and entry is not None:
            entry = step(*entry)
    if entry is not None:
        group.check(*entry)
    return entry


def _group_of(key: str) -> str:
    return key.split("/", 1)[0] if "/" in key else ""


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


# --- the groups the window keeps ------------------------------------------------------------------


def _is_bytes(_key: str, value: object) -> None:
    if not isinstance(value, bytes):
        raise ValueError("not a saved window layout")


def _is_text(_key: str, value: object) -> None:
    if not isinstance(value, str):
        raise ValueError("not a single piece of text")


def _is_pursuit(_key: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("not a pursuit number")
    if isinstance(value, str) and value.strip() and not value.strip().isdigit():
        raise ValueError(f"not a pursuit number: {value[:40]!r}")


def _is_column_mapping(_key: str, value: object) -> None:
    if not isinstance(value, str):
        raise ValueError("not a column mapping (field → column)")
    try:
        mapping = json.loads(value)
    except ValueError as problem:
        raise ValueError(f"not a column mapping (JSON: {problem})") from None
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise ValueError("not a column mapping (field → column)")


def _window_docks_changed(key: str, value: object) -> Entry | None:
    """1 → 2: the inspector and the assessment became tabbed docks; an older dock layout would
    hide them. The window's size and the splitters still fit."""
    return None if key == "window/state" else (key, value)


# A key made from a URL with a password: "postgresql+psycopg:||user:secret@host…" (ui.settings._safe).
_URL_WITH_PASSWORD = re.compile(r"^[\w+.-]+:\|\|[^|@:]*:[^@]*@")


def _pursuit_key_without_password(key: str, value: object) -> Entry | None:
    """2 → 3: earlier versions named a workspace by its whole URL, password included."""
    return None if _URL_WITH_PASSWORD.match(key.split("/", 1)[1]) else (key, value)


def _is_import_entry(key: str, value: object) -> None:
    if key.startswith("import/mapping/"):
        _is_column_mapping(key, value)
    else:
        _is_text(key, value)


WINDOW_GROUPS: tuple[Group, ...] = (
    Group("window", 2, _is_bytes, {1: _window_docks_changed}),
    Group("map", 2, _is_text),
    Group("last_pursuit", 3, _is_pursuit, {2: _pursuit_key_without_password}),
    Group("export", 2, _is_text),
    Group("import", 2, _is_import_entry),
    Group("workspace", 2, _is_text),
    Group("drafts", 1, _is_text),  # drafts/language/<workspace>|<pursuit>: the drafts' language
)
