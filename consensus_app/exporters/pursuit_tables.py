"""A pursuit's committee and priorities as plain tables, for CSV and XLSX exports.

Values keep their types (int, bool, date, text; None for empty) so an XLSX sheet can hold
numbers and dates; each writer neutralises text against formula injection itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from consensus_app.exporters.spreadsheet_cells import Cell
from consensus_app.i18n import N_, _
from models.snapshot import AccountSnapshot
from models.tables import PursuitRecord, StakeholderRecord


class TableName(StrEnum):
    COMMITTEE = "committee"
    PRIORITIES = "priorities"
    PLAN = "plan"


@dataclass
class Table:
    name: TableName
    title: str  # the sheet's name in XLSX (31 characters at most)
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def _shown(headers: list[str]) -> list[str]:
    """Column headers are for people: in the export's language (the values keep their words)."""
    return [_(header) for header in headers]


def _words(value: str | None) -> str | None:
    return value.replace("_", " ") if value else None


def committee_table(snapshot: AccountSnapshot, pursuit: PursuitRecord) -> Table:
    """One row per committee member, in the committee's order."""
    people = {s.id: s for s in snapshot.stakeholders}
    table = Table(
        TableName.COMMITTEE,
        _("Committee"),
        _shown(
            [
                N_("Stakeholder ID"),
                N_("Name"),
                N_("Title"),
                N_("Function"),
                N_("Profile"),
                N_("Reports to"),
                N_("Role"),
                N_("Approver"),
                N_("Stance"),
                N_("Influence"),
                N_("Journey stage"),
                N_("Last engaged"),
                N_("Last verified"),
                N_("Evidence"),
                N_("Email"),
                N_("Notes"),
            ]
        ),
    )
    for member in snapshot.committee.get(pursuit.id, []):
        person = people[member.stakeholder_id]
        manager = people.get(person.reports_to_id) if person.reports_to_id is not None else None
        table.rows.append(
            [person.key, person.name, person.title, _words(person.function.value),
             _words(person.profile.value), manager.name if manager else None, _words(member.role.value),
             member.approver, member.stance, member.influence,
             _words(member.journey_stage.value) if member.journey_stage else None,
             member.last_engaged, member.last_verified, member.evidence, person.email, member.notes]
        )  # fmt: skip
    return table


def priorities_table(snapshot: AccountSnapshot, pursuit: PursuitRecord) -> Table:
    """What each person of the account wants for this pursuit: its own priorities and account-wide ones.

    Priorities scoped to another pursuit of the account are left out. People appear in the
    account's order, each one's priorities by importance (highest first).
    """
    members = {m.stakeholder_id for m in snapshot.committee.get(pursuit.id, [])}
    order = {s.id: i for i, s in enumerate(snapshot.stakeholders)}
    people: dict[int, StakeholderRecord] = {s.id: s for s in snapshot.stakeholders}
    table = Table(
        TableName.PRIORITIES,
        _("Priorities"),
        _shown(
            [
                N_("Stakeholder ID"),
                N_("Name"),
                N_("Function"),
                N_("On committee"),
                N_("Kind"),
                N_("Importance"),
                N_("Priority"),
                N_("Language"),
                N_("Scope"),
            ]
        ),
    )
    chosen = [p for p in snapshot.priorities if p.pursuit_id in (None, pursuit.id)]
    chosen.sort(key=lambda p: (order[p.stakeholder_id], -p.importance))
    for priority in chosen:
        person = people[priority.stakeholder_id]
        table.rows.append(
            [person.key, person.name, _words(person.function.value), person.id in members,
             _words(priority.kind.value), priority.importance, priority.text, priority.language,
             _("this pursuit") if priority.pursuit_id is not None else _("account-wide")]
        )  # fmt: skip
    return table


def plan_table(snapshot: AccountSnapshot, pursuit: PursuitRecord, today: date | None = None) -> Table:
    """The plan for deciding together, one row per step in the team's order; overdue steps say by
    how many days."""
    today = today or date.today()
    people = {s.id: s for s in snapshot.stakeholders}
    table = Table(
        TableName.PLAN,
        _("Plan"),
        _shown(
            [
                N_("Step"),
                N_("Customer owner"),
                N_("Customer owner ID"),
                N_("Our owner"),
                N_("Due"),
                N_("Status"),
                N_("Days overdue"),
            ]
        ),
    )
    for step in snapshot.plans.get(pursuit.id, []):
        owner = people.get(step.buyer_owner_id) if step.buyer_owner_id is not None else None
        late = (today - step.due).days if step.overdue(today) and step.due is not None else None
        table.rows.append(
            [step.title, owner.name if owner else None, owner.key if owner else None, step.seller_owner,
             step.due, _(step.status.label), late]
        )  # fmt: skip
    return table


def pursuit_tables(
    snapshot: AccountSnapshot, pursuit_id: int, names: list[TableName] | None = None
) -> list[Table]:
    """The named tables of one pursuit (all of them, committee first, when `names` is None)."""
    pursuit = next(p for p in snapshot.pursuits if p.id == pursuit_id)
    builders = {
        TableName.COMMITTEE: committee_table,
        TableName.PRIORITIES: priorities_table,
        TableName.PLAN: plan_table,
    }
    return [builders[name](snapshot, pursuit) for name in (names or list(TableName))]
