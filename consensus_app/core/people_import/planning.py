"""What an import would do, row by row, before anything is written.

Each row becomes a `PlannedRow`: create a new stakeholder, update the one it matches (on email
or on the external id), or leave them as they are, with the problems found. An error (no name,
a manager nobody knows, the same person twice in the file, a reporting loop, a value too long)
blocks the whole import, so a file is either imported as a whole or not at all; a warning (an
unknown department filed under "other") does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from consensus_app.core.people_import.mapping import check_mapping, function_for
from consensus_app.core.people_import.reading import Table
from models import Function, Profile
from models.enums import NAME_MAX, TEXT_MAX

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPLIT_PRIORITIES = re.compile(r"\s*(?:;|\n|\r\n)\s*")


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Person:
    """Someone already at the account (what planning compares rows with)."""

    id: int
    key: str
    name: str
    email: str | None
    reports_to_id: int | None
    fields: dict[str, Any] = field(default_factory=dict)  # title, function, … as stored


@dataclass
class PlannedRow:
    line: int  # in the file (the header is line 1)
    name: str
    action: Action = Action.CREATE
    fields: dict[str, Any] = field(default_factory=dict)  # stakeholder fields to write
    match_id: int | None = None  # the existing stakeholder it updates
    manager_line: int | None = None  # reports to the person of another row …
    manager_id: int | None = None  # … or to someone already at the account
    priorities: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    source: str
    rows: list[PlannedRow]

    @property
    def ok(self) -> bool:
        return not any(r.errors for r in self.rows)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    def problems(self) -> list[str]:
        return [f"line {r.line}: {e}" for r in self.rows for e in r.errors]


def plan_import(
    table: Table, mapping: dict[str, str], people: list[Person], match_on: str = "email"
) -> ImportPlan:
    check_mapping(mapping, table.headers, match_on)
    column = {f: table.headers.index(h) for f, h in mapping.items()}
    read = (_read_row(i + 2, cells, column) for i, cells in enumerate(table.rows))
    rows = [r for r in read if r is not None]
    _match(rows, people, match_on)
    _resolve_managers(rows, people)
    _find_loops(rows, people)
    match_of_line = {r.line: r.match_id for r in rows}
    for row in rows:
        if not row.errors and row.match_id is not None:
            existing = next(p for p in people if p.id == row.match_id)
            manager = match_of_line.get(row.manager_line) if row.manager_line is not None else row.manager_id
            same = all(existing.fields.get(k) == v for k, v in row.fields.items()) and (
                "reports_to" not in mapping or manager == existing.reports_to_id
            )
            row.action = Action.UNCHANGED if same and not row.priorities else Action.UPDATE
    return ImportPlan(table.source, rows)


def _read_row(line: int, cells: list[str], column: dict[str, int]) -> PlannedRow | None:
    value = {f: cells[i].strip() for f, i in column.items()}
    if not any(value.values()):
        return None  # a blank line in the middle of the sheet
    name = value.get("name") or " ".join(p for p in (value.get("first_name"), value.get("last_name")) if p)
    row = PlannedRow(line, name)
    if not name:
        row.errors.append("no name")
    elif len(name) > NAME_MAX:
        row.errors.append(f"the name is {len(name):,} characters long; at most {NAME_MAX} fit")
    row.fields["name"] = name
    for text_field in ("title", "location"):
        if value.get(text_field):
            if len(value[text_field]) > NAME_MAX:
                row.errors.append(f"{text_field} is longer than {NAME_MAX} characters")
            row.fields[text_field] = value[text_field]
    if value.get("email"):
        email = value["email"]
        if not _EMAIL.match(email):
            row.errors.append(f"{email!r} is not an email address")
        row.fields["email"] = email
    if value.get("phone"):
        row.fields["phone"] = value["phone"][:64]
    if value.get("key"):
        if re.search(r"\s", value["key"]) or len(value["key"]) > 64:
            row.errors.append(f"the external id {value['key']!r:.40} has spaces or is too long")
        row.fields["key"] = value["key"]
    if value.get("function"):
        function = function_for(value["function"])
        if function is None:
            row.warnings.append(f"department {value['function']!r} is filed under 'other'")
        row.fields["function"] = function or Function.OTHER
    if value.get("profile"):
        try:
            row.fields["profile"] = Profile(value["profile"].casefold().replace("-", "_").replace(" ", "_"))
        except ValueError:
            row.warnings.append(f"profile {value['profile']!r} is not one of the seven; left unknown")
    if value.get("language"):
        row.fields["language"] = value["language"]
    texts = [t for t in _SPLIT_PRIORITIES.split(value.get("priorities", "")) if t]
    for text in texts:
        if len(text) > TEXT_MAX:
            row.errors.append(f"a priority is longer than {TEXT_MAX} characters")
    row.priorities = texts
    row.fields["_reports_to"] = value.get("reports_to", "")
    return row


def _match(rows: list[PlannedRow], people: list[Person], match_on: str) -> None:
    def key_of(value: str | None) -> str | None:
        return value.casefold() if value else None

    existing = {
        key_of(p.email if match_on == "email" else p.key): p.id
        for p in people
        if (p.email if match_on == "email" else p.key)
    }
    seen: dict[str, int] = {}
    for row in rows:
        key = key_of(row.fields.get(match_on))
        if key is None:
            continue
        if key in seen:
            row.errors.append(f"the same {match_on} as line {seen[key]}: each person once, please")
            continue
        seen[key] = row.line
        row.match_id = existing.get(key)


def _resolve_managers(rows: list[PlannedRow], people: list[Person]) -> None:
    by_email: dict[str, tuple[str, int]] = {}
    by_name: dict[str, list[tuple[str, int]]] = {}
    for person in people:
        if person.email:
            by_email[person.email.casefold()] = ("id", person.id)
        by_name.setdefault(person.name.casefold(), []).append(("id", person.id))
    for row in rows:
        own = ("line", row.line)
        if row.fields.get("email"):
            by_email[row.fields["email"].casefold()] = own
        names = by_name.setdefault(row.name.casefold(), [])
        # A row that updates someone replaces them under their name.
        names[:] = [n for n in names if n != ("id", row.match_id)] + [own]
    for row in rows:
        ref = row.fields.pop("_reports_to", "")
        if not ref:
            continue
        found = [by_email[ref.casefold()]] if ref.casefold() in by_email else by_name.get(ref.casefold(), [])
        if not found:
            row.errors.append(f"reports to {ref!r}, who is neither in the file nor at the account")
        elif len(found) > 1:
            row.errors.append(f"reports to {ref!r}, but {len(found)} people have that name; use their email")
        elif found[0] in (("line", row.line), ("id", row.match_id)):
            row.errors.append("reports to themself")
        elif found[0][0] == "line":
            row.manager_line = found[0][1]
        else:
            row.manager_id = found[0][1]


def _find_loops(rows: list[PlannedRow], people: list[Person]) -> None:
    """Refuse reporting lines that would go round in a circle once the file is imported."""
    node_of_row = {r.line: ("id", r.match_id) if r.match_id is not None else ("line", r.line) for r in rows}
    manager: dict[tuple[str, int], tuple[str, int]] = {
        ("id", p.id): ("id", p.reports_to_id) for p in people if p.reports_to_id is not None
    }
    names = {("id", p.id): p.name for p in people} | {node_of_row[r.line]: r.name for r in rows}
    for row in rows:
        me = node_of_row[row.line]
        if row.manager_line is not None:
            manager[me] = node_of_row[row.manager_line]
        elif row.manager_id is not None:
            manager[me] = ("id", row.manager_id)
    for row in rows:
        start = node_of_row[row.line]
        chain, current = [start], manager.get(start)
        while current is not None and current not in chain:
            chain.append(current)
            current = manager.get(current)
        if current == start:
            loop = " → ".join(names.get(n, "?") for n in [*chain, start])
            row.errors.append(f"the reporting line goes round in a circle: {loop}")
