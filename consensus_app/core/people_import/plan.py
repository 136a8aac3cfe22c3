"""What a planned import holds: each row's action, how its person was found, its problems, and
the plan's summary, shown in the current language (the Action values stay the codes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from consensus_app.i18n import N_, _, pgettext


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


class MatchedBy(StrEnum):
    """Which rule found the person a row is about (shown in the plan, through `_`)."""

    EXTERNAL_ID = N_("CRM id")
    EMAIL = N_("email")
    NAME = N_("name and title")


# What happens to a row, in words (the Action values stay the codes).
_ACTION_WORDS = {
    Action.CREATE: lambda: pgettext("import row", "create"),
    Action.UPDATE: lambda: pgettext("import row", "update"),
    Action.UNCHANGED: lambda: pgettext("import row", "unchanged"),
}


@dataclass(frozen=True)
class Person:
    """Someone already at the account (what planning compares rows with)."""

    id: int
    key: str
    name: str
    email: str | None
    reports_to_id: int | None
    fields: dict[str, Any] = field(default_factory=dict)  # title, function, … as stored
    external_id: str | None = None
    version: int = 1  # the row version planned against; a newer one at writing time refuses the plan
    left_on: date | None = None  # marked as left the company: not proposed again when missing


@dataclass
class PlannedRow:
    line: int  # in the file (the header is line 1)
    name: str
    action: Action = Action.CREATE
    fields: dict[str, Any] = field(default_factory=dict)  # stakeholder fields to write
    match_id: int | None = None  # the existing stakeholder it updates
    matched_by: MatchedBy | None = None
    account: str = ""  # the file's Account Name of this row, if it has one
    manager_line: int | None = None  # reports to the person of another row …
    manager_id: int | None = None  # … or to someone already at the account
    priorities: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        """What happens to this row, in words: "update (matched by email)", "refused"."""
        if self.errors:
            return pgettext("import row", "refused")
        action = _ACTION_WORDS[self.action]()
        if self.matched_by is None:
            return action
        return _("{action} (matched by {rule})").format(action=action, rule=_(self.matched_by.value))


@dataclass
class ImportPlan:
    source: str
    rows: list[PlannedRow]
    missing: list[Person] = field(default_factory=list)  # at the account, in no row of the file
    people: dict[int, Person] = field(default_factory=dict)  # everyone at the account, as planned against

    @property
    def ok(self) -> bool:
        return not any(r.errors for r in self.rows)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action and not r.errors)

    def problems(self) -> list[str]:
        line = _("line {line}: {problem}")
        return [line.format(line=r.line, problem=e) for r in self.rows for e in r.errors]

    def counts(self) -> str:
        """ "30 new, 2 updated, 0 unchanged", for messages."""
        return _("{new} new, {updated} updated, {unchanged} unchanged").format(
            new=f"{self.count(Action.CREATE):,}",
            updated=f"{self.count(Action.UPDATE):,}",
            unchanged=f"{self.count(Action.UNCHANGED):,}",
        )
