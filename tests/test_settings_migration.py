"""Settings versioned per group (core.settings_migration), without Qt: what a user set survives a
new version; only an entry that cannot be read is dropped, and it is named."""

from __future__ import annotations

import json

from consensus_app.core.settings_migration import WINDOW_GROUPS, Dropped, Group, migrate

TEAM_URL = "postgresql+psycopg://dana@db.nordlys.example:5432/team"
HEADERS = "import/mapping/이름|役職|ایمیل|avdeling"
MAPPING = json.dumps({"name": "이름", "title": "役職", "email": "ایمیل", "function": "avdeling"})
LAYOUT = b"\x00\x00\x00\xff\x00\x00\x00\x00\xfd"


def todays_file(version: object = "2") -> dict[str, object]:
    """A settings file as the single-version app wrote it (values as QSettings reads an INI file)."""
    return {
        "version": version,
        "window/geometry": LAYOUT,
        "window/state": LAYOUT + b"state",
        "window/main_split": LAYOUT + b"split",
        "map/layout": "influence",
        "map/committee_view": "0",
        "last_pursuit/sqlite:||||home|dana|nordlys.db": "4",
        "last_pursuit/postgresql+psycopg:||dana@db.nordlys.example:5432|team": "",
        "export/kind": "pptx",
        "export/folder": "/home/dana/Skrivebord/Rapporter",
        HEADERS: MAPPING,
        "workspace/team_url": TEAM_URL,
        "workspace/team_password": "keychain",
    }


def test_a_file_in_todays_single_version_layout_keeps_everything() -> None:
    before = todays_file()
    result = migrate(before, WINDOW_GROUPS)
    assert result.dropped == []
    assert {key: result.entries[key] for key in before if key != "version"} == {
        key: value for key, value in before.items() if key != "version"
    }
    assert result.entries["versions/window"] == "2" and result.entries["versions/last_pursuit"] == "3"
    assert result.entries["version"] == "2"  # an older app opening the file keeps it too


def test_migrating_twice_changes_nothing() -> None:
    once = migrate(todays_file(), WINDOW_GROUPS).entries
    assert migrate(once, WINDOW_GROUPS).entries == once


def test_a_garbled_entry_is_dropped_alone_and_named() -> None:
    garbled = {
        **todays_file(),
        "last_pursuit/sqlite:||||home|dana|old.db": "fire",
        "import/mapping/navn|tittel": "{'navn': 'name'",  # cut off mid-way
        "export/folder": ["C:\\Users\\dana", " Rapporter"],  # an unquoted comma: QSettings reads a list
        "window/centre_split": None,  # "@Invalid()" in the file
    }
    result = migrate(garbled, WINDOW_GROUPS)
    assert sorted(d.key for d in result.dropped) == [
        "export/folder",
        "import/mapping/navn|tittel",
        "last_pursuit/sqlite:||||home|dana|old.db",
        "window/centre_split",
    ]
    assert "not a pursuit number: 'fire'" in {d.reason for d in result.dropped}
    entries = result.entries
    assert entries["workspace/team_url"] == TEAM_URL and entries[HEADERS] == MAPPING
    assert entries["last_pursuit/sqlite:||||home|dana|nordlys.db"] == "4"
    assert entries["window/geometry"] == LAYOUT and entries["map/layout"] == "influence"


def test_a_file_from_before_the_tabbed_docks_loses_only_its_dock_layout() -> None:
    result = migrate(todays_file(version="1"), WINDOW_GROUPS)
    assert "window/state" not in result.entries and result.dropped == []  # left out on purpose
    assert result.entries["window/geometry"] == LAYOUT and result.entries["window/main_split"]
    assert result.entries["workspace/team_url"] == TEAM_URL and result.entries[HEADERS] == MAPPING


def test_a_file_without_any_version_is_read_as_the_first_one() -> None:
    unversioned = {key: value for key, value in todays_file().items() if key != "version"}
    result = migrate(unversioned, WINDOW_GROUPS)
    assert "window/state" not in result.entries
    assert result.entries["export/kind"] == "pptx" and result.entries["map/committee_view"] == "0"


def test_a_workspace_named_with_its_password_is_forgotten() -> None:
    key = "last_pursuit/postgresql+psycopg:||dana:hunter2@db.example:5432|team"
    result = migrate({**todays_file(), key: "7"}, WINDOW_GROUPS)
    assert key not in result.entries
    assert not any("hunter2" in d.key + d.reason for d in result.dropped)


def test_groups_migrate_on_their_own_versions_step_by_step() -> None:
    seen: list[str] = []

    def rename(key: str, value: object) -> tuple[str, object]:
        seen.append(f"1→2 {key}")
        return key.replace("/old_name", "/new_name"), value

    def upper(key: str, value: object) -> tuple[str, object]:
        seen.append(f"2→3 {key}")
        return key, str(value).upper()

    def text(_key: str, value: object) -> None:
        if not isinstance(value, str):
            raise ValueError("not text")

    groups = (Group("themes", 3, text, {1: rename, 2: upper}), Group("map", 2, text))
    stored = {"versions/themes": "1", "versions/map": "2", "themes/old_name": "bridge", "map/layout": "org"}
    result = migrate(stored, groups)
    assert seen == ["1→2 themes/old_name", "2→3 themes/new_name"]
    assert result.entries["themes/new_name"] == "BRIDGE" and result.entries["map/layout"] == "org"
    assert result.entries["versions/themes"] == "3"
    assert "themes/old_name" not in result.entries


def test_a_step_that_cannot_read_an_entry_drops_that_entry_only() -> None:
    def number(key: str, value: object) -> tuple[str, object]:
        return key, int(str(value))

    groups = (Group("zoom", 2, lambda _k, _v: None, {1: number}),)
    result = migrate({"versions/zoom": "1", "zoom/map": "150", "zoom/table": "huge"}, groups)
    assert result.entries["zoom/map"] == 150 and "zoom/table" not in result.entries
    assert [d.key for d in result.dropped] == ["zoom/table"]
    assert isinstance(result.dropped[0], Dropped) and "huge" in result.dropped[0].reason


def test_a_file_from_a_newer_app_and_unknown_keys_are_left_alone() -> None:
    newer = {**todays_file(), "versions/window": "9", "window/state": "a layout of the future", "ai/model": 3}
    result = migrate(newer, WINDOW_GROUPS)
    assert result.entries["window/state"] == "a layout of the future" and result.entries["ai/model"] == 3
    assert result.entries["versions/window"] == "9" and result.dropped == []


def test_a_group_added_later_starts_at_its_first_version() -> None:
    seen: list[str] = []

    def step(key: str, value: object) -> tuple[str, object]:
        seen.append(key)
        return key, value

    groups = (*WINDOW_GROUPS, Group("themes", 2, lambda _k, _v: None, {1: step}))
    once = migrate(todays_file(), WINDOW_GROUPS).entries
    result = migrate({**once, "themes/pinned": "yes"}, groups)
    assert seen == ["themes/pinned"] and result.entries["versions/themes"] == "2"
    assert result.entries["window/state"] == LAYOUT + b"state"  # the known groups are not stepped again
