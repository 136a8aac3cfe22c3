"""The account team's own notes on a pursuit, for the internal brief and deck only.

What the team wrote and must never reach the customer: each committee member's personal win,
personal priorities, notes and evidence, the notes on the ties between them (conflicts
first), and the account's and pursuit's notes. The buyer-safe exports never read this
(exporters/customer_view.py chooses what they show).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import isolated
from consensus_app.i18n import N_, _
from models import PriorityKind, RelationshipKind
from models.snapshot import AccountSnapshot

# Marked for the catalogues; the notes are worded in the export's language when gathered.
_TIE_WORDS = {
    RelationshipKind.CONFLICTS: N_("{a} in conflict with {b}"),
    RelationshipKind.ALLIES: N_("{a} allied with {b}"),
    RelationshipKind.INFLUENCES: N_("{a} influences {b}"),
    RelationshipKind.DOTTED_LINE: N_("{a} reports (dotted line) to {b}"),
}


@dataclass(frozen=True)
class PersonNotes:
    stakeholder_id: int
    name: str
    personal_win: str = ""
    personal_priorities: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # on the person, then on their seat in this pursuit
    evidence: str = ""  # why the team believes their stance and influence

    @property
    def lines(self) -> list[str]:
        """The notes as lines a reader scans: "Personal win: …", "Evidence: …"."""
        # The team's words keep their own direction beside a label in another script (isolated).
        win, evidence = isolated(self.personal_win), isolated(self.evidence)
        found = [_("Personal win: {text}").format(text=win)] if self.personal_win else []
        found += [_("Personal priority: {text}").format(text=isolated(t)) for t in self.personal_priorities]
        found += [_("Note: {text}").format(text=isolated(text)) for text in self.notes]
        found += [_("Evidence: {text}").format(text=evidence)] if self.evidence else []
        return found


@dataclass(frozen=True)
class TieNote:
    text: str  # "Ana Silva in conflict with Lee Park: …"
    conflict: bool


@dataclass(frozen=True)
class TeamNotes:
    account_notes: str = ""
    pursuit_notes: str = ""
    people: list[PersonNotes] = field(default_factory=list)  # those with something noted
    ties: list[TieNote] = field(default_factory=list)  # conflicts first

    @property
    def empty(self) -> bool:
        return not (self.account_notes or self.pursuit_notes or self.people or self.ties)


def team_notes(snapshot: AccountSnapshot, pursuit_id: int, members: Sequence[MapNode]) -> TeamNotes:
    """The team's notes on the committee `members` (in their order) of one pursuit."""
    people = {s.id: s for s in snapshot.stakeholders}
    seats = {m.stakeholder_id: m for m in snapshot.committee.get(pursuit_id, [])}
    personal: dict[int, list[str]] = {}
    for priority in snapshot.priorities:
        if priority.kind is PriorityKind.PERSONAL and priority.pursuit_id in (None, pursuit_id):
            personal.setdefault(priority.stakeholder_id, []).append(priority.text)
    found = []
    for member in members:
        person, seat = people.get(member.stakeholder_id), seats.get(member.stakeholder_id)
        notes = tuple(text for text in (person and person.notes, seat and seat.notes) if text)
        entry = PersonNotes(
            member.stakeholder_id,
            member.name,
            (person.personal_win or "") if person else "",
            tuple(personal.get(member.stakeholder_id, [])),
            notes,
            (seat.evidence or "") if seat else "",
        )
        if entry.lines:
            found.append(entry)
    on_committee = {m.stakeholder_id for m in members}
    ties = [
        TieNote(
            _(_TIE_WORDS.get(r.kind, "{a} " + r.kind.value + " {b}")).format(
                a=people[r.source_id].name, b=people[r.target_id].name
            )
            + f": {isolated(r.notes)}",
            r.kind is RelationshipKind.CONFLICTS,
        )
        for r in snapshot.relationships
        if r.notes and (r.source_id in on_committee or r.target_id in on_committee)
        if r.source_id in people and r.target_id in people
    ]
    ties.sort(key=lambda tie: not tie.conflict)
    pursuit = next((p for p in snapshot.pursuits if p.id == pursuit_id), None)
    return TeamNotes(
        snapshot.account.notes or "",
        (pursuit.notes or "") if pursuit else "",
        found,
        ties,
    )
