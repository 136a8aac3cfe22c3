"""What an import would do, row by row, before anything is written.

Each row becomes a `PlannedRow`: create a new stakeholder, update the one it matches, or leave
them as they are, with the rule that matched (the CRM id, the email, or the exact name and
title) and the problems found. An error (no name, a manager nobody knows, the same person twice
in the file, a reporting loop, a value the workspace would refuse) blocks the whole import, so a
file is imported as a whole or not at all; a warning (an unknown department filed under "other")
does not. People at the account whom no row matched are listed in `missing` — proposed to be
marked as left the company or removed, never either by planning (people marked as left already
are not listed again).

Planning needs no database and no lock: storage.people_import writes a finished plan in one
short transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from consensus_app.core.people_import.mapping import check_mapping, field_words, function_for, match_rule
from consensus_app.core.people_import.plan import Action, ImportPlan, MatchedBy, Person, PlannedRow
from consensus_app.core.people_import.reading import Table
from consensus_app.i18n import _, ngettext
from models import Function, Profile
from models.enums import LANGUAGE_PATTERN, NAME_MAX, TEXT_MAX

EMAIL_MAX = 254  # the stakeholder table's limit, as every mail system's
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(LANGUAGE_PATTERN.replace("$", r"\Z"))
_SPLIT_PRIORITIES = re.compile(r"\s*(?:;|\n|\r\n)\s*")
_SPACES = re.compile(r"\s+")
__all__ = [  # the plan's types live in plan.py; importers keep finding them here
    "EMAIL_MAX",
    "Action",
    "ImportPlan",
    "MatchedBy",
    "Person",
    "PlannedRow",
    "account_names",
    "line_of",
    "normalised",
    "plan_import",
    "same_name",
]


def line_of(table: Table, index: int) -> int:
    """The file line of the table's row `index` (readers that skip lines say which; else after the header)."""
    lines: list[int] = getattr(table, "lines", None) or []
    return lines[index] if index < len(lines) else index + 2


def same_name(a: str, b: str) -> bool:
    return normalised(a) == normalised(b)


def normalised(text: str) -> str:
    """Text compared without case or repeated spaces (names, titles, account names)."""
    return _SPACES.sub(" ", text).strip().casefold()


def account_names(table: Table, mapping: dict[str, str]) -> list[str]:
    """The distinct Account Names of a file, in the order they first appear (none: no such column)."""
    header = mapping.get("account")
    if header is None or header not in table.headers:
        return []
    column = table.headers.index(header)
    seen: dict[str, str] = {}
    for cells in table.rows:
        name = _SPACES.sub(" ", cells[column]).strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def plan_import(
    table: Table,
    mapping: dict[str, str],
    people: list[Person],
    match_on: str = "auto",
    only_account: str | None = None,
) -> ImportPlan:
    """What importing `table` into an account holding `people` would do.

    With `only_account`, only the rows whose Account Name is that name are planned (a file
    holding several accounts is planned once per account).
    """
    check_mapping(mapping, table.headers, match_on)
    rule = match_rule(match_on)
    column = {f: table.headers.index(h) for f, h in mapping.items()}
    read = (_read_row(line_of(table, i), cells, column) for i, cells in enumerate(table.rows))
    rows = [r for r in read if r is not None]
    if only_account is not None:
        rows = [r for r in rows if same_name(r.account, only_account)]
    _match(rows, people, rule, "title" in mapping)
    _resolve_managers(rows, people)
    _find_loops(rows, people)
    by_id = {p.id: p for p in people}
    match_of_line = {r.line: r.match_id for r in rows}
    for row in rows:
        if not row.errors and row.match_id is not None:
            existing = by_id[row.match_id]
            manager = match_of_line.get(row.manager_line) if row.manager_line is not None else row.manager_id
            same = all(existing.fields.get(k) == v for k, v in row.fields.items()) and (
                "reports_to" not in mapping or manager == existing.reports_to_id
            )
            row.action = Action.UNCHANGED if same and not row.priorities else Action.UPDATE
    matched = {r.match_id for r in rows}
    missing = [p for p in people if p.id not in matched and p.left_on is None]
    return ImportPlan(table.source, rows, missing, by_id)


def _read_row(line: int, cells: list[str], column: dict[str, int]) -> PlannedRow | None:
    value = {f: cells[i].strip() for f, i in column.items()}
    if not any(v for f, v in value.items() if f != "account"):
        return None  # a blank line in the middle of the sheet
    name = value.get("name") or " ".join(p for p in (value.get("first_name"), value.get("last_name")) if p)
    name = _SPACES.sub(" ", name).strip()
    row = PlannedRow(line, name, account=_SPACES.sub(" ", value.get("account", "")).strip())
    if not name:
        row.errors.append(_("no name"))
    elif len(name) > NAME_MAX:
        row.errors.append(
            _("the name is {length} characters long; at most {limit} fit").format(
                length=f"{len(name):,}", limit=NAME_MAX
            )
        )
    row.fields["name"] = name
    for text_field in ("title", "location"):
        if value.get(text_field):
            if len(value[text_field]) > NAME_MAX:
                row.errors.append(
                    _("{field} is longer than {limit} characters").format(
                        field=field_words(text_field), limit=NAME_MAX
                    )
                )
            row.fields[text_field] = value[text_field]
    if value.get("email"):
        email = value["email"]
        if not _EMAIL.match(email) or len(email) > EMAIL_MAX:
            row.errors.append(_("{email} is not an email address").format(email=repr(email)[:80]))
        row.fields["email"] = email
    if value.get("phone"):
        row.fields["phone"] = value["phone"][:64]
    if value.get("external_id"):
        if re.search(r"\s", value["external_id"]) or len(value["external_id"]) > 128:
            row.errors.append(
                _("the CRM id {id} has spaces or is too long").format(id=repr(value["external_id"])[:40])
            )
        row.fields["external_id"] = value["external_id"]
    if value.get("function"):
        function = function_for(value["function"])
        if function is None:
            row.warnings.append(
                _("department {department} is filed under “{other}”").format(
                    department=repr(value["function"]), other=_("Other")
                )
            )
        row.fields["function"] = function or Function.OTHER
    if value.get("profile"):
        try:
            row.fields["profile"] = Profile(value["profile"].casefold().replace("-", "_").replace(" ", "_"))
        except ValueError:
            row.warnings.append(
                _("profile {profile} is not one of the seven; left unknown").format(
                    profile=repr(value["profile"])
                )
            )
    if value.get("language"):
        if _LANGUAGE.match(value["language"]):
            row.fields["language"] = value["language"]
        else:
            row.warnings.append(
                _("language {language} is not a code like nb or ja; left out").format(
                    language=repr(value["language"])
                )
            )
    texts = [t for t in _SPLIT_PRIORITIES.split(value.get("priorities", "")) if t]
    for text in texts:
        if len(text) > TEXT_MAX:
            row.errors.append(_("a priority is longer than {limit} characters").format(limit=TEXT_MAX))
    row.priorities = texts
    row.fields["_reports_to"] = value.get("reports_to", "")
    return row


def _match(rows: list[PlannedRow], people: list[Person], rule: str, has_title: bool) -> None:
    """Find who each row is, by the first rule that applies to it; refuse the same person twice."""
    rules = ["external_id", "email", "name"] if rule == "auto" else [rule]
    by_external: dict[str, Person] = {}
    for person in people:  # people imported before CRM ids were kept have it as their id
        if person.external_id is None and person.key:
            by_external.setdefault(person.key, person)
    by_external.update({p.external_id: p for p in people if p.external_id})
    # Email and name only find people the CRM id cannot (those without one); a row with an
    # email of its own is not someone else who has another email.
    no_id = [p for p in people if not p.external_id]
    by_email = _index((p.email.casefold(), p) for p in no_id if p.email)
    by_name = _index((_name_key(p.name, p.fields.get("title"), has_title), p) for p in no_id)
    by_name_no_email = _index(
        (_name_key(p.name, p.fields.get("title"), has_title), p) for p in no_id if not p.email
    )
    ids_seen: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    claimed: dict[int, int] = {}
    for row in rows:
        external_id = row.fields.get("external_id")
        if external_id:
            if external_id in ids_seen:
                line = ids_seen[external_id]
                row.errors.append(
                    _("the same CRM id as line {line}: each person once, please").format(line=line)
                )
                continue
            ids_seen[external_id] = row.line
        for candidate in rules:
            if candidate == "external_id":
                if not external_id:
                    continue
                known = by_external.get(external_id)
                if known is None:
                    continue  # a new CRM id: maybe someone the app knows by email or name
                found, matched_by = [known], MatchedBy.EXTERNAL_ID
            elif candidate == "email":
                email = row.fields.get("email")
                if not email:
                    continue
                if ("email", email.casefold()) in seen:
                    line = seen["email", email.casefold()]
                    row.errors.append(
                        _("the same email as line {line}: each person once, please").format(line=line)
                    )
                    break
                seen["email", email.casefold()] = row.line
                found, matched_by = by_email.get(email.casefold(), []), MatchedBy.EMAIL
                if not found and rule == "auto":
                    continue  # a new email: maybe someone the app knows by name and title only
            else:
                if not row.name:
                    break
                key = _name_key(row.name, row.fields.get("title"), has_title)
                own = row.fields.get("email") or external_id
                if not own:  # two rows nothing else tells apart are one person twice
                    if ("name", key) in seen:
                        same = (
                            _(
                                "the same name and title as line {line}, and no email or CRM id to tell"
                                " them apart"
                            )
                            if has_title
                            else _("the same name as line {line}, and no email or CRM id to tell them apart")
                        )
                        row.errors.append(same.format(line=seen["name", key]))
                        break
                    seen["name", key] = row.line
                found = (by_name_no_email if row.fields.get("email") else by_name).get(key, [])
                matched_by = MatchedBy.NAME
            if len(found) > 1:
                row.errors.append(
                    ngettext(
                        "{n} person at the account has this {rule} ({names}); give the file an email"
                        " or CRM id column",
                        "{n} people at the account have this {rule} ({names}); give the file an email"
                        " or CRM id column",
                        len(found),
                    ).format(
                        n=len(found), rule=_(matched_by.value), names=_(", ").join(p.name for p in found)
                    )
                )
            elif found:
                person = found[0]
                if person.id in claimed:
                    row.errors.append(
                        _("is {name}, as line {line} is: each person once").format(
                            name=person.name, line=claimed[person.id]
                        )
                    )
                else:
                    claimed[person.id] = row.line
                    row.match_id, row.matched_by = person.id, matched_by
            break  # the first rule that finds someone, or the only rule asked for, decides


def _name_key(name: str, title: str | None, has_title: bool) -> str:
    return normalised(name) + ("\x00" + normalised(title or "") if has_title else "")


def _index(pairs: Iterable[tuple[str, Person]]) -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for key, person in pairs:
        index.setdefault(key, []).append(person)
    return index


def _resolve_managers(rows: list[PlannedRow], people: list[Person]) -> None:
    by_email: dict[str, tuple[str, int]] = {}
    by_name: dict[str, list[tuple[str, int]]] = {}
    for person in people:
        if person.email:
            by_email[person.email.casefold()] = ("id", person.id)
        by_name.setdefault(normalised(person.name), []).append(("id", person.id))
    for row in rows:
        own = ("line", row.line)
        if row.fields.get("email"):
            by_email[row.fields["email"].casefold()] = own
        names = by_name.setdefault(normalised(row.name), [])
        # A row that updates someone replaces them under their name.
        names[:] = [n for n in names if n != ("id", row.match_id)] + [own]
    for row in rows:
        ref = row.fields.pop("_reports_to", "")
        if not ref:
            continue
        found = [by_email[ref.casefold()]] if ref.casefold() in by_email else by_name.get(normalised(ref), [])
        if not found:
            row.errors.append(
                _("reports to {manager}, who is neither in the file nor at the account").format(
                    manager=repr(ref)
                )
            )
        elif len(found) > 1:
            row.errors.append(
                ngettext(
                    "reports to {manager}, but {n} person has that name; use their email",
                    "reports to {manager}, but {n} people have that name; use their email",
                    len(found),
                ).format(manager=repr(ref), n=len(found))
            )
        elif found[0] in (("line", row.line), ("id", row.match_id)):
            row.errors.append(_("reports to themself"))
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
    done: set[tuple[str, int]] = set()  # nodes known to end at the top: not walked again
    for row in rows:
        start = node_of_row[row.line]
        chain, current = [start], manager.get(start)
        on_chain = {start}
        while current is not None and current not in on_chain and current not in done:
            chain.append(current)
            on_chain.add(current)
            current = manager.get(current)
        if current == start:
            loop = " → ".join(names.get(n, "?") for n in [*chain, start])
            row.errors.append(_("the reporting line goes round in a circle: {loop}").format(loop=loop))
        elif current is None or current in done:
            done.update(chain)
