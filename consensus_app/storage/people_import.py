"""Writing an import plan (core.people_import.planning): one short bulk transaction, all or nothing.

Planning happens before, without the lock; here the rows go in through Core statements in
batches (as storage.bulk_import does for interchange files) — one INSERT … RETURNING for the
new people, one UPDATE per set of changed columns, one INSERT for their priorities — so
6,000 contacts hold the write lock for well under a second instead of minutes (one ORM round
trip per row). The change log gets one line for the import, one per person updated (with what
changed) and one per person removed.

The people the plan was made against must still be as they were: each update checks the row
version planned against, and anyone changed, added or removed meanwhile refuses the whole plan
(PeopleChangedError) so the caller plans again.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from consensus_app.core.people_import.planning import Action, ImportPlan, Person, PlannedRow
from consensus_app.i18n import _, ngettext
from consensus_app.storage.errors import ConstraintError, StorageError
from consensus_app.storage.workspace import Workspace
from models import (
    Account,
    ChangeAction,
    ChangeLogEntry,
    Function,
    Priority,
    PriorityKind,
    Profile,
    Stakeholder,
)
from models.enums import KEY_MAX, NAME_MAX

# The stakeholder columns an import writes, with what a new person gets when the file is silent.
_WRITTEN: dict[str, Any] = {
    "name": None,
    "title": None,
    "function": Function.OTHER,
    "profile": Profile.UNKNOWN,
    "email": None,
    "phone": None,
    "location": None,
    "language": None,
    "external_id": None,
}
_COMPARED = ("title", "function", "email", "phone", "location", "profile", "language", "external_id", "name")
_KEY = re.compile(r"^[^\s]+\Z")
log = logging.getLogger(__name__)


class PeopleChangedError(StorageError):
    """Someone changed the account's people between planning and writing: plan again."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    priorities: int
    removed: int = 0
    account_id: int = 0


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def people_at(workspace: Workspace, account_id: int) -> list[Person]:
    """The account's stakeholders as planning compares them with a file's rows (one SELECT)."""
    table = _table(Stakeholder)
    columns = [table.c.id, table.c.key, table.c.reports_to_id, table.c.version, table.c.left_on]
    columns += [table.c[c] for c in _COMPARED]
    with workspace.read() as session:
        rows = session.execute(select(*columns).where(table.c.account_id == account_id).order_by(table.c.id))
        people = []
        for row_id, key, manager, version, left_on, *compared in rows:
            fields = dict(zip(_COMPARED, compared, strict=True))
            people.append(
                Person(
                    row_id,
                    key,
                    fields["name"],
                    fields["email"],
                    manager,
                    fields,
                    external_id=fields["external_id"],
                    version=version,
                    left_on=left_on,
                )
            )
        return people


def new_account(workspace: Workspace, name: str) -> int:
    """Create an account for people whose file names it (inside the caller's write)."""
    table = _table(Account)
    with workspace.write() as session:
        conn = session.connection()
        taken = set(conn.execute(select(table.c.key)).scalars())
        key = readable_key(name, "acct", taken)
        created = conn.execute(insert(table).returning(table.c.id), {"key": key, "name": name})
        account_id: int = created.scalar_one()
        workspace.log_change(
            session,
            action=ChangeAction.CREATE,
            entity="account",
            entity_key=key,
            account_id=account_id,
            summary=f"Added account {name}",
        )
    return account_id


def apply_plan(
    workspace: Workspace,
    account_id: int,
    plan: ImportPlan,
    *,
    remove: Collection[int] = (),
) -> ImportResult:
    """Create and update the plan's people, their reporting lines and priorities; remove `remove`.

    `remove` may only name people the plan lists as missing from the file (the user chose them).
    Refuses a plan with errors; anything failing half-way rolls the whole import back.
    """
    if not plan.ok:
        raise ConstraintError(f"{plan.source} was not imported: " + "; ".join(plan.problems()[:5]))
    missing = {p.id: p for p in plan.missing}
    strangers = sorted(set(remove) - set(missing))
    if strangers:
        raise ConstraintError(
            _("only people missing from {file} can be removed by importing it").format(file=plan.source)
        )
    table = _table(Stakeholder)
    summary = (
        f"Imported {len(plan.rows)} {'person' if len(plan.rows) == 1 else 'people'} from {plan.source} "
        f"({plan.counts()}" + (f", {len(remove)} removed" if remove else "") + ")"
    )
    with workspace.write() as session:
        conn = session.connection()
        account_key = conn.execute(select(_table(Account).c.key).where(_table(Account).c.id == account_id))
        # On SQLite this first write takes the lock: what is read below cannot change under us.
        workspace.log_change(
            session,
            action=ChangeAction.IMPORT,
            entity="account",
            entity_key=account_key.scalar_one_or_none(),
            account_id=account_id,
            summary=summary,
        )
        now = {
            row_id: (version, key)
            for row_id, version, key in conn.execute(
                select(table.c.id, table.c.version, table.c.key).where(table.c.account_id == account_id)
            )
        }
        _check_unchanged(plan, now)
        log.debug("writing the plan of %s: %d rows, the workspace locked", plan.source, len(plan.rows))
        id_of_line = _create(conn, account_id, plan.rows, {key for _v, key in now.values()})
        for row in plan.rows:
            if row.match_id is not None:
                id_of_line[row.line] = row.match_id
        manager_of = {
            row.line: id_of_line[row.manager_line] if row.manager_line is not None else row.manager_id
            for row in plan.rows
        }
        _set_new_managers(conn, plan.rows, id_of_line, manager_of)
        updated = _update(workspace, session, account_id, plan, manager_of)
        priorities = _add_priorities(conn, account_id, plan.rows, id_of_line)
        _remove(workspace, session, account_id, [missing[i] for i in remove], plan.source)
    return ImportResult(
        plan.count(Action.CREATE),
        updated,
        plan.count(Action.UNCHANGED),
        priorities,
        len(remove),
        account_id,
    )


def _check_unchanged(plan: ImportPlan, now: Mapping[int, tuple[int, str]]) -> None:
    planned = plan.people
    changed = [p.name for i, p in planned.items() if i not in now or now[i][0] != p.version]
    added = len(set(now) - set(planned))
    if changed or added:
        who = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
        what = (
            _("{names} changed").format(names=who)
            if changed
            else ngettext("{n} person added", "{n} people added", added).format(n=added)
        )
        raise PeopleChangedError(
            _(
                "someone changed the people at this account while {file} was being prepared ({what}); "
                "nothing was imported — import it again"
            ).format(file=plan.source, what=what)
        )


def _create(conn: Connection, account_id: int, rows: Sequence[PlannedRow], taken: set[str]) -> dict[int, int]:
    new = [r for r in rows if r.action is Action.CREATE]
    if not new:
        return {}
    values = []
    for row in new:
        own = row.fields.get("external_id")
        # The CRM's id is a good interchange id too, when it is one (no spaces, short enough).
        key = _free_key(own if own and len(own) <= KEY_MAX and _KEY.match(own) else _new_key("s"), taken)
        values.append({"account_id": account_id, "key": key, **_WRITTEN, **row.fields})
    table = _table(Stakeholder)
    # One plain executemany, then the ids by key (unique per account): INSERT … RETURNING in
    # parameter order makes SQLite write one row per statement, several times slower.
    conn.execute(insert(table), values)
    id_of_key = {
        key: row_id
        for key, row_id in conn.execute(
            select(table.c.key, table.c.id).where(table.c.account_id == account_id)
        )
    }
    return {row.line: id_of_key[v["key"]] for row, v in zip(new, values, strict=True)}


def _set_new_managers(
    conn: Connection, rows: Sequence[PlannedRow], id_of_line: Mapping[int, int], manager_of: Mapping[int, Any]
) -> None:
    """Reporting lines of new people, once everyone has an id (they have no version to check yet)."""
    params = [
        {"row_id": id_of_line[r.line], "manager": manager_of[r.line]}
        for r in rows
        if r.action is Action.CREATE and manager_of[r.line] is not None
    ]
    if params:
        table = _table(Stakeholder)
        statement = update(table).where(table.c.id == bindparam("row_id"))
        conn.execute(statement.values(reports_to_id=bindparam("manager")), params)


def _update(
    workspace: Workspace, session: Any, account_id: int, plan: ImportPlan, manager_of: Mapping[int, Any]
) -> int:
    """Change the people whose row differs, grouped by the columns that change (one UPDATE each)."""
    conn = session.connection()
    table = _table(Stakeholder)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    entries: list[dict[str, Any]] = []
    for row in plan.rows:
        if row.action is not Action.UPDATE or row.match_id is None:
            continue
        person = plan.people[row.match_id]
        changes = {k: v for k, v in row.fields.items() if person.fields.get(k) != v}
        manager = manager_of[row.line]
        if manager is not None and manager != person.reports_to_id:
            changes["reports_to_id"] = manager
        if not changes:
            continue
        groups.setdefault(tuple(sorted(changes)), []).append(
            {"row_id": person.id, "seen": person.version, **{f"new_{k}": v for k, v in changes.items()}}
        )
        before = {**person.fields, "reports_to_id": person.reports_to_id}
        entries.append(
            {
                "entity_key": person.key,
                "summary": f"Changed {', '.join(changes)} of {person.name} (from {plan.source})"[:2000],
                "details": json.dumps(
                    {k: [_plain(before.get(k)), _plain(v)] for k, v in changes.items()}, ensure_ascii=False
                ),
            }
        )
    _log_updates(workspace, session, account_id, entries)
    updated = 0
    for columns, params in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"), table.c.version == bindparam("seen"))
            .values({**{c: bindparam(f"new_{c}") for c in columns}, "version": table.c.version + 1})
        )
        result = conn.execute(statement, params)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(params):
            raise PeopleChangedError(
                _(
                    "someone changed the people at this account while {file} was being written; "
                    "nothing was imported — import it again"
                ).format(file=plan.source)
            )
        updated += len(params)
    return updated


def _log_updates(workspace: Workspace, session: Any, account_id: int, entries: list[dict[str, Any]]) -> None:
    """One change-log line per person updated, in one INSERT (one call each took seconds for 40,000).

    They carry what `Workspace.log_change` writes: the import's summary line has just been logged
    through it, so the transaction's time and author are set, and these join that operation.
    """
    if not entries:
        return
    common = {
        "at": session.info.get("change_at") or datetime.now(UTC),
        "actor": workspace.actor[:NAME_MAX],
        "actor_id": workspace.identity.user_id,
        "origin": workspace.origin,
        "account_id": account_id,
        "pursuit_id": None,
        "entity": "stakeholder",
        "action": ChangeAction.UPDATE,
    }
    session.execute(insert(ChangeLogEntry), [{**common, **entry} for entry in entries])


def _add_priorities(
    conn: Connection, account_id: int, rows: Sequence[PlannedRow], id_of_line: Mapping[int, int]
) -> int:
    wanted = [(id_of_line[r.line], text) for r in rows for text in r.priorities]
    if not wanted:
        return 0
    table = _table(Priority)
    existing = {
        (sid, text.casefold())
        for sid, text in conn.execute(
            select(table.c.stakeholder_id, table.c.text).where(table.c.account_id == account_id)
        )
    }
    values = []
    for stakeholder_id, text in wanted:
        if (stakeholder_id, text.casefold()) in existing:
            continue
        existing.add((stakeholder_id, text.casefold()))
        values.append(
            {
                "account_id": account_id,
                "stakeholder_id": stakeholder_id,
                "key": _new_key("pr"),
                "text": text,
                "kind": PriorityKind.GOAL,
                "importance": 3,
            }
        )
    if values:
        conn.execute(insert(table), values)
    return len(values)


def _remove(workspace: Workspace, session: Any, account_id: int, people: list[Person], source: str) -> None:
    """Remove the people the user confirmed have left (their seats, priorities and ties go too)."""
    for person in people:
        workspace.log_change(
            session,
            action=ChangeAction.DELETE,
            entity="stakeholder",
            entity_key=person.key,
            account_id=account_id,
            summary=f"Removed {person.name}: not in {source}, confirmed as gone",
        )
    if people:
        table = _table(Stakeholder)
        session.connection().execute(delete(table).where(table.c.id.in_([p.id for p in people])))


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _new_key(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def readable_key(name: str, prefix: str, taken: set[str]) -> str:
    """An id made from a name ("acct-wilhelmsen-shipping-asa"), not one of `taken` (then added to it)."""
    slug = re.sub(r"[\W_]+", "-", name.casefold()).strip("-")[:40].strip("-")
    return _free_key(f"{prefix}-{slug}" if slug else _new_key(prefix), taken)


def _free_key(key: str, taken: set[str]) -> str:
    """`key`, or `key-2`, `key-3` … when it is taken; remembered as taken."""
    candidate, n = key, 1
    while candidate in taken:
        n += 1
        candidate = f"{key[: KEY_MAX - len(str(n)) - 1]}-{n}"
    taken.add(candidate)
    return candidate
