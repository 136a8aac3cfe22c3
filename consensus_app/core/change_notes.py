""" "What changed", read like a colleague's note rather than a database log.

The change log keeps one entry per row written, with stored field names and ids. Here those
become sentences with people's names ("Dewi Kusumawati now reports to Ingrid Solberg"), by the
author's current display name, one operation (one transaction: an import, a bulk edit) to one
line, grouped by day and person. The window, the command line and the brief all read it here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from consensus_app.core.change_words import (
    LONG_TEXT,
    MINOR_FIELDS,
    field_words,
    person_name,
    plural,
    value_words,
)
from consensus_app.core.relationship_kinds import RELATIONSHIP_KINDS
from consensus_app.core.wording import joined, weekday_date
from consensus_app.i18n import N_, _, ngettext
from models import ChangeAction, ChangeRecord

BULK = 4  # an operation writing this many entries or more is told in one line
LEGACY_GAP = timedelta(seconds=2)  # entries from before per-transaction times: this close is one operation


@dataclass(frozen=True)
class Note:
    at: datetime  # local time
    author: str
    text: str
    entries: int = 1  # change-log entries this note stands for
    minor: bool = False  # a detail (contact details, notes) a short account may fold away
    about: str | None = None  # the person it is about, when it is about one


@dataclass(frozen=True)
class AuthorNotes:
    author: str
    notes: list[Note]


@dataclass(frozen=True)
class DayNotes:
    day: date
    authors: list[AuthorNotes]

    @property
    def label(self) -> str:
        return day_label(self.day)

    @property
    def entries(self) -> int:
        return sum(n.entries for a in self.authors for n in a.notes)


@dataclass(frozen=True)
class Shortened:
    notes: list[Note]  # kept, oldest first
    left_out: list[Note] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """'and 140 smaller edits by 3 people', or '' when nothing was left out."""
        if not self.left_out:
            return ""
        entries = sum(n.entries for n in self.left_out)
        if all(n.minor for n in self.left_out):
            edits = ngettext("{n} smaller edit", "{n} smaller edits", entries)
        else:
            edits = ngettext("{n} other edit", "{n} other edits", entries)
        authors = len({n.author for n in self.left_out})
        by = (
            self.left_out[0].author
            if authors == 1
            else ngettext("{n} person", "{n} people", authors).format(n=f"{authors:,}")
        )
        return _("and {edits} by {by}").format(edits=edits.format(n=f"{entries:,}"), by=by)


def day_label(day: date) -> str:
    """'Monday, 7 December 2026', in the current language."""
    return weekday_date(day)


def change_notes(
    records: Sequence[ChangeRecord], people: Mapping[int, str], authors: Mapping[str, str]
) -> list[Note]:
    """The records (oldest first) as notes; `people` names stakeholder ids, `authors` user ids."""
    notes: list[Note] = []
    for operation in _operations(records):
        notes += _operation_notes(operation, people, authors)
    return _one_line_per_sitting(notes)


SITTING = timedelta(minutes=15)  # one person's edits of one stakeholder this close read as one line


def _one_line_per_sitting(notes: list[Note]) -> list[Note]:
    """Consecutive edits of the same person by the same author become one line, as a colleague
    would say it: "Ingrid Solberg: added to the committee; stance neutral → supportive; …"."""
    merged: list[Note] = []
    for note in notes:
        last = merged[-1] if merged else None
        if (
            last is not None
            and note.about is not None
            and note.about == last.about
            and note.author == last.author
            and note.at - last.at <= SITTING
        ):
            first = last.text if last.text.startswith(f"{last.about}:") else f"{last.about}: {_clause(last)}"
            merged[-1] = Note(
                last.at,
                last.author,
                f"{first}; {_clause(note)}",
                last.entries + note.entries,
                last.minor and note.minor,
                last.about,
            )
        else:
            merged.append(note)
    return merged


def _clause(note: Note) -> str:
    """The note without its subject: 'stance neutral → supportive', 'added to the committee'."""
    about = note.about or ""
    text = note.text
    for prefix in (f"{about}: ", f"{about} "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    if text == _("Added {name} to the committee").format(name=about):
        return _("added to the committee")
    if text == _("Took {name} off the committee").format(name=about):
        return _("taken off the committee")
    return text[:1].lower() + text[1:]


def by_day_and_author(notes: Iterable[Note]) -> list[DayNotes]:
    """Oldest day first; within a day, each person's notes together, in the order they started."""
    days: dict[date, dict[str, list[Note]]] = {}
    for note in notes:
        days.setdefault(note.at.date(), {}).setdefault(note.author, []).append(note)
    return [
        DayNotes(day, [AuthorNotes(author, listed) for author, listed in people.items()])
        for day, people in days.items()
    ]


def shortened(notes: Sequence[Note], limit: int) -> Shortened:
    """At most `limit` notes. When they do not all fit, the details (minor edits) go first, all of
    them — a page of phone-number edits tells a reader less than one counting line — then the
    oldest of the rest."""
    if len(notes) <= limit:
        return Shortened(list(notes))
    major = [i for i, n in enumerate(notes) if not n.minor]
    kept = set(major[-limit:])
    return Shortened(
        [n for i, n in enumerate(notes) if i in kept], [n for i, n in enumerate(notes) if i not in kept]
    )


def as_text(days: Sequence[DayNotes]) -> str:
    """Plain text for a terminal: day, person, then time and note."""
    lines: list[str] = []
    for day in days:
        lines.append(day.label)
        for author in day.authors:
            lines.append(f"  {author.author}")
            lines += [f"    {note.at:%H:%M}  {note.text}" for note in author.notes]
    return "\n".join(lines)


def status_line(notes: Sequence[Note]) -> str:
    """One line for a status bar: who, and the latest of what they did."""
    if not notes:
        return ""
    authors = list(dict.fromkeys(n.author for n in notes))
    more = len(notes) - 1
    tail = (
        " " + ngettext("(and {n} more change)", "(and {n} more changes)", more).format(n=more) if more else ""
    )
    who = (
        joined(authors)
        if len(authors) <= 3
        else _("{names} and {count} others").format(names=_(", ").join(authors[:2]), count=len(authors) - 2)
    )
    return f"{who}: {notes[-1].text}{tail}"


# --- one operation ---------------------------------------------------------------------------


def _operations(records: Sequence[ChangeRecord]) -> list[list[ChangeRecord]]:
    """Entries written together: one transaction shares its time and origin (older entries: close in time)."""
    groups: dict[tuple[Any, ...], list[ChangeRecord]] = {}
    legacy_key: tuple[Any, ...] | None = None
    for record in records:
        if record.origin:
            key: tuple[Any, ...] = ("origin", record.origin, record.at)
        else:
            last = groups.get(legacy_key) if legacy_key else None
            joins = last and last[-1].actor == record.actor and record.at - last[-1].at <= LEGACY_GAP
            key = legacy_key if joins and legacy_key else ("legacy", record.id)
            legacy_key = key
        groups.setdefault(key, []).append(record)
    return list(groups.values())


def _operation_notes(
    operation: list[ChangeRecord], people: Mapping[int, str], authors: Mapping[str, str]
) -> list[Note]:
    first = operation[0]
    author = (authors.get(first.actor_id) if first.actor_id else None) or first.actor
    at = first.at.astimezone()
    imports = [r for r in operation if r.action == ChangeAction.IMPORT]
    if imports:  # the import's own line says it all; the rows it wrote are folded into it
        rest = len(operation) - len(imports)
        return [
            Note(at, author, _import_words(r.summary), entries=1 + (rest if i == 0 else 0))
            for i, r in enumerate(imports)
        ]
    if len(operation) >= BULK:
        return [Note(at, author, _bulk_sentence(operation), entries=len(operation))]
    return [Note(at, author, *_sentence(r, people), about=_about(r)) for r in operation]


def _import_words(summary: str) -> str:
    """An import's stored summary ("Imported account X from f.json") in the reader's language."""
    account, sep, source = summary.removeprefix("Imported account ").rpartition(" from ")
    if not summary.startswith("Imported account ") or not sep:
        return summary  # another kind of import says it in its own words
    return _("Imported account {name} from {file}").format(name=account, file=source)


def _about(record: ChangeRecord) -> str | None:
    """The person an entry is about (a stakeholder or their seat), read from its summary."""
    if record.entity not in ("stakeholder", "committee member"):
        return None
    summary = record.summary
    if record.action == ChangeAction.UPDATE:
        details = _details(record)
        if "name" in details and record.entity == "stakeholder":
            return None  # a rename: the line says both names
        return _label_after(summary, f"Changed {', '.join(details)} of ") if details else None
    for verb in ("Added", "Removed", "Restored"):
        label = _label_after(summary, f"{verb} {record.entity} ")
        if label is not None:
            return label if record.entity == "committee member" else None
    return None


def _bulk_sentence(operation: list[ChangeRecord]) -> str:
    """'Added 32 people, set 31 reporting lines and added 12 priorities'."""
    counts: dict[tuple[str, str], set[str]] = {}
    for record in operation:
        fields = set(_details(record))
        if (
            record.action == ChangeAction.UPDATE
            and record.entity == "stakeholder"
            and fields == {"reports_to_id"}
        ):
            verb, entity = "set", "reporting line"
        else:
            verb = {"create": "added", "delete": "removed", "update": "updated"}.get(record.action, "changed")
            entity = record.entity
            if record.summary.startswith("Restored"):
                verb = "restored"
        counts.setdefault((verb, entity), set()).add(record.entity_key or str(record.id))
    phrases = [
        _("{verb} {things}").format(verb=_(_VERBS.get(verb, verb)), things=plural(len(keys), entity))
        for (verb, entity), keys in counts.items()
    ]
    sentence = joined(phrases)
    return sentence[:1].upper() + sentence[1:]


# The bulk sentence's verbs, marked for the catalogues.
_VERBS = {
    "added": N_("added"),
    "removed": N_("removed"),
    "updated": N_("updated"),
    "changed": N_("changed"),
    "restored": N_("restored"),
    "set": N_("set"),
}


def _sentence(record: ChangeRecord, people: Mapping[int, str]) -> tuple[str, int, bool]:
    """(text, entries, minor) for one entry."""
    entity, summary = record.entity, record.summary
    if record.action == ChangeAction.UPDATE:
        details = _details(record)
        label = _label_after(summary, f"Changed {', '.join(details)} of ") if details else None
        if label is None:
            return summary, 1, False
        return _update_sentence(entity, label, details, people), 1, set(details) <= MINOR_FIELDS
    for verb in ("Added", "Removed", "Restored"):
        label = _label_after(summary, f"{verb} {entity} ")
        if label is not None:
            return _create_or_delete_sentence(verb, entity, label), 1, entity == "message"
    return summary, 1, False


def _create_or_delete_sentence(verb: str, entity: str, label: str) -> str:
    if entity == "relationship":
        tie = _tie(label)
        said = {"Added": _("Noted that {tie}"), "Removed": _("Removed the tie: {tie}")}
        return said.get(verb, _("Restored: {tie}")).format(tie=tie)
    if entity == "committee member":
        said = {"Added": _("Added {name} to the committee"), "Removed": _("Took {name} off the committee")}
        return said.get(verb, _("Put {name} back on the committee")).format(name=label)
    if entity == "stakeholder":
        said = {"Added": _("Added {name}"), "Removed": _("Removed {name}")}
        return said.get(verb, _("Restored {name}")).format(name=label)
    if entity == "message" and verb == "Added":
        return _("Drafted the message {name}").format(name=label)
    if entity == "pursuit" and verb == "Added":
        return _("Opened the pursuit {name}").format(name=label)
    if entity == "priority" and verb == "Added":
        return _("Added a priority {name}").format(name=label)
    other = _OTHER_SENTENCES.get((verb, entity))
    return _(other).format(name=label) if other else f"{verb} the {entity} {label}"


# The other entities' lines, marked for the catalogues (an entity not listed reads in English).
_OTHER_SENTENCES = {
    ("Added", "account"): N_("Added the account {name}"),
    ("Removed", "account"): N_("Removed the account {name}"),
    ("Restored", "account"): N_("Restored the account {name}"),
    ("Removed", "pursuit"): N_("Removed the pursuit {name}"),
    ("Restored", "pursuit"): N_("Restored the pursuit {name}"),
    ("Removed", "priority"): N_("Removed the priority {name}"),
    ("Restored", "priority"): N_("Restored the priority {name}"),
    ("Removed", "message"): N_("Removed the message {name}"),
    ("Restored", "message"): N_("Restored the message {name}"),
    ("Added", "plan step"): N_("Added the plan step {name}"),
    ("Removed", "plan step"): N_("Removed the plan step {name}"),
    ("Restored", "plan step"): N_("Restored the plan step {name}"),
}


def _update_sentence(
    entity: str, label: str, details: dict[str, tuple[Any, Any]], people: Mapping[int, str]
) -> str:
    subject = _subject(entity, label)
    verbs, clauses = [], []
    if len(details) > 1:  # setting stance or influence marks them checked today: that goes without saying
        details = {k: v for k, v in details.items() if k != "last_verified"}
    for name, (old, new) in details.items():
        if name == "reports_to_id":
            verbs.append(
                _("now reports to {name}").format(name=person_name(new, people))
                if new
                else _("no longer reports to anyone")
            )
        elif name == "approver":
            verbs.append(_("now signs off") if new else _("no longer signs off"))
        elif name == "name" and entity in ("stakeholder", "account", "pursuit"):
            verbs.append(_("is now called {name}").format(name=new))
            subject = _subject(entity, str(old)) if old else subject
        elif name in LONG_TEXT:
            clauses.append(_("{field} edited").format(field=field_words(name)))
        elif old in (None, ""):
            clauses.append(
                _("{field} set to {value}").format(
                    field=field_words(name), value=value_words(name, new, people)
                )
            )
        elif new in (None, ""):
            clauses.append(_("{field} cleared").format(field=field_words(name)))
        else:
            clauses.append(
                f"{field_words(name)} {value_words(name, old, people)} → {value_words(name, new, people)}"
            )
    if verbs:
        text = _("{subject} {what}").format(subject=subject, what=joined(verbs))
        return text + (f"; {'; '.join(clauses)}" if clauses else "")
    return f"{subject}: {'; '.join(clauses)}"


def _subject(entity: str, label: str) -> str:
    if entity == "relationship":
        return _("The tie “{tie}”").format(tie=_tie(label))
    if entity in ("stakeholder", "committee member"):
        return label
    return f"{entity[:1].upper()}{entity[1:]} {label}"


def _tie(label: str) -> str:
    """'influences Ana – Bo' -> 'Ana influences Bo'."""
    kind, _space, pair = label.partition(" ")
    first, sep, second = pair.partition(" – ")
    if not sep:
        return label
    info = RELATIONSHIP_KINDS.get(kind)
    if info is None:  # history can name a kind no longer made: its own words say what it was
        return label
    return _(info.sentence).format(a=first, b=second)


def _label_after(summary: str, prefix: str) -> str | None:
    return summary[len(prefix) :] if summary.startswith(prefix) else None


def _details(record: ChangeRecord) -> dict[str, tuple[Any, Any]]:
    try:
        fields = json.loads(record.details or "{}")
    except ValueError:
        return {}
    if not isinstance(fields, dict):
        return {}
    return {k: (v[0], v[1]) for k, v in fields.items() if isinstance(v, list) and len(v) == 2}
