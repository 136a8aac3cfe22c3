"""The seller's theme corrections in the interchange format (version 2, optional):

    "theme_corrections": {
      "themes": [{"id": "theme-1a2b", "name": "Capital spending", "statements": ["p-3", "p-7"]},
                 {"id": "theme-9f0e", "not_a_theme": true, "statements": ["p-12"]}],
      "unthemed": ["p-20"]
    }

`themes` are the corrected themes (their ids are their stable keys, a namespace of their own)
with the statements (priority ids) the seller placed in each; `unthemed` the statements the
seller took out of every theme. docs/interchange.md describes it for people.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from consensus_app.i18n import _
from models.snapshot import AccountSnapshot

FIELD = "theme_corrections"


def document_part(snapshot: AccountSnapshot) -> dict[str, Any]:
    """{"theme_corrections": ...} for an account that has corrections, else {}."""
    corrections = snapshot.theme_corrections
    if not corrections:
        return {}
    keys = {p.id: p.key for p in snapshot.priorities}
    placed: dict[str | None, list[str]] = {}
    for priority_id, theme_key in corrections.pins.items():
        if priority_id in keys:
            placed.setdefault(theme_key, []).append(keys[priority_id])
    themes = []
    for theme in corrections.themes:
        item: dict[str, Any] = {"id": theme.key}
        if theme.name:
            item["name"] = theme.name
        if theme.not_a_theme:
            item["not_a_theme"] = True
        item["statements"] = sorted(placed.get(theme.key, []))
        themes.append(item)
    part: dict[str, Any] = {"themes": themes}
    if placed.get(None):
        part["unthemed"] = sorted(placed[None])
    return {FIELD: part}


def problems(account: Mapping[str, Any], here: str, priority_keys: set[str]) -> Iterator[tuple[str, str]]:
    """(path, message) for each reference to no priority, theme id used twice, or statement
    placed twice."""
    part = account.get(FIELD)
    if not part:
        return
    theme_ids: dict[str, str] = {}
    placed: dict[str, str] = {}

    def place(path: str, ref: str) -> Iterator[tuple[str, str]]:
        if ref not in priority_keys:
            yield path, _("unknown priority {id}").format(id=repr(ref))
        elif ref in placed:
            yield path, _("{id} is already placed at {path}").format(id=repr(ref), path=placed[ref])
        else:
            placed[ref] = path

    for t, theme in enumerate(part.get("themes", [])):
        path = f"{here}.{FIELD}.themes[{t}]"
        if theme["id"] in theme_ids:
            yield (
                f"{path}.id",
                _("duplicate theme id {id} (also {path})").format(
                    id=repr(theme["id"]), path=theme_ids[theme["id"]]
                ),
            )
        theme_ids.setdefault(theme["id"], path)
        for s, ref in enumerate(theme.get("statements", [])):
            yield from place(f"{path}.statements[{s}]", ref)
    for s, ref in enumerate(part.get("unthemed", [])):
        yield from place(f"{here}.{FIELD}.unthemed[{s}]", ref)
