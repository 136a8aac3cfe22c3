"""Writing a checked interchange document into a workspace, all or nothing.

Rows go in through Core `INSERT ... RETURNING` in batches rather than ORM objects:
ORM `add_all` of 200k rows takes ~14 s here, Core ~1 s. The document must come from
`consensus_app.core.interchange` (checked and normalised); the database constraints
stay the last line of defence, and any failure rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from consensus_app.core.interchange import DATES, value_fields
from consensus_app.core.pursuit_owner import owner_columns
from consensus_app.i18n import ngettext
from consensus_app.storage.errors import ImportConflictError
from consensus_app.storage.journey_import import import_journeys
from consensus_app.storage.leavers import import_departures
from consensus_app.storage.plan_steps import import_plans
from consensus_app.storage.ratings import import_ratings
from consensus_app.storage.theme_corrections import import_corrections
from consensus_app.storage.workspace import Workspace
from models import (
    Account,
    ChangeAction,
    CommitteeMember,
    Message,
    MessageRecipient,
    Priority,
    Pursuit,
    Relationship,
    Stakeholder,
)

Progress = Callable[[int, int], None]  # (accounts done, accounts total)


@dataclass
class ImportSummary:
    accounts: int = 0
    stakeholders: int = 0
    relationships: int = 0
    priorities: int = 0
    pursuits: int = 0
    committee_members: int = 0
    messages: int = 0
    replaced: int = 0


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _insert_returning_ids(conn: Connection, model: Any, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    if not rows:
        return []
    table = _table(model)
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [row_id for (row_id,) in result]


def _insert(conn: Connection, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        conn.execute(insert(_table(model)), rows)


def import_document(
    workspace: Workspace,
    document: Mapping[str, Any],
    *,
    replace: bool = False,
    source: str = "file",
    progress: Progress | None = None,
) -> ImportSummary:
    """Add the document's accounts; with `replace`, accounts with the same id are replaced."""
    accounts = document["accounts"]
    summary = ImportSummary()
    with workspace.write() as session:
        conn = session.connection()
        keys = [a["id"] for a in accounts]
        existing = _existing_accounts(conn, keys)
        if existing and not replace:
            shown = ", ".join(sorted(existing)[:5]) + (" …" if len(existing) > 5 else "")
            raise ImportConflictError(
                ngettext(
                    "{n} account in {file} already exists in this workspace ({ids})",
                    "{n} accounts in {file} already exist in this workspace ({ids})",
                    len(existing),
                ).format(n=f"{len(existing):,}", file=source, ids=shown)
            )
        if existing:
            conn.execute(delete(_table(Account)).where(_table(Account).c.id.in_(existing.values())))
            summary.replaced = len(existing)
        account_ids = _insert_returning_ids(
            conn, Account, [{"key": a["id"], **_values(a, "account")} for a in accounts]
        )
        for done, (account, account_id) in enumerate(zip(accounts, account_ids, strict=True), 1):
            _import_account(conn, account, account_id, summary)
            workspace.log_change(
                session,
                action=ChangeAction.IMPORT,
                entity="account",
                entity_key=account["id"],
                account_id=account_id,
                summary=f"Imported account {account['name']} from {source}",
            )
            if progress:
                progress(done, len(accounts))
        summary.accounts = len(accounts)
    return summary


def _existing_accounts(conn: Connection, keys: list[str]) -> dict[str, int]:
    table = _table(Account)
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):  # stay under every driver's parameter limit
        chunk = keys[start : start + 500]
        found.update(
            {k: i for k, i in conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(chunk)))}
        )
    return found


def _values(item: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """The value fields of an interchange object, as column values."""
    return {f: _date(item.get(f)) if f in DATES else item.get(f) for f in value_fields(kind)}


def _import_account(
    conn: Connection, account: Mapping[str, Any], account_id: int, summary: ImportSummary
) -> None:
    people = account["stakeholders"]
    person_ids = _insert_returning_ids(
        conn,
        Stakeholder,
        [{"account_id": account_id, "key": p["id"], **_values(p, "stakeholders")} for p in people],
    )
    ids = dict(zip((p["id"] for p in people), person_ids, strict=True))
    managers = [
        {"row_id": ids[p["id"]], "manager": ids[p["reports_to"]]} for p in people if "reports_to" in p
    ]
    if managers:
        table = _table(Stakeholder)
        conn.execute(
            update(table).where(table.c.id == bindparam("row_id")).values(reports_to_id=bindparam("manager")),
            managers,
        )

    _insert(
        conn,
        Relationship,
        [
            {
                "account_id": account_id,
                "key": r["id"],
                "source_id": ids[r["source"]],
                "target_id": ids[r["target"]],
                **_values(r, "relationships"),
            }
            for r in account["relationships"]
        ],
    )

    pursuits = account["pursuits"]
    pursuit_ids = _insert_returning_ids(
        conn,
        Pursuit,
        [
            {"account_id": account_id, "key": q["id"], **_values(q, "pursuits"), **owner_columns(q)}
            for q in pursuits
        ],
    )
    pursuit_by_key = dict(zip((q["id"] for q in pursuits), pursuit_ids, strict=True))
    members = [
        {
            "pursuit_id": pursuit_by_key[q["id"]],
            "stakeholder_id": ids[m["stakeholder"]],
            "key": m["id"],
            **_values(m, "committee"),
        }
        for q in pursuits
        for m in q["committee"]
    ]
    _insert(conn, CommitteeMember, members)
    import_plans(conn, pursuits, pursuit_by_key, ids)  # the plans for deciding together (version 2)
    import_journeys(conn, pursuits, pursuit_by_key, ids)  # stage moves and readings (version 2)
    import_departures(conn, pursuits, pursuit_by_key, ids)  # seats of people who left (version 2)
    import_ratings(conn, account, pursuit_by_key, ids)  # colleagues' own views (version 2)

    _insert(
        conn,
        Priority,
        [
            {
                "account_id": account_id,
                "key": p["id"],
                "stakeholder_id": ids[p["stakeholder"]],
                "pursuit_id": pursuit_by_key.get(p.get("pursuit", "")),
                **_values(p, "priorities"),
            }
            for p in account["priorities"]
        ],
    )

    messages = account["messages"]
    message_ids = _insert_returning_ids(
        conn,
        Message,
        [
            {
                "account_id": account_id,
                "key": m["id"],
                "pursuit_id": pursuit_by_key.get(m.get("pursuit", "")),
                **_values(m, "messages"),
            }
            for m in messages
        ],
    )
    _insert(
        conn,
        MessageRecipient,
        [
            {"message_id": message_id, "stakeholder_id": ids[ref]}
            for m, message_id in zip(messages, message_ids, strict=True)
            for ref in m.get("stakeholders", [])
        ],
    )

    import_corrections(conn, account, account_id)  # the seller's theme corrections (version 2)

    summary.stakeholders += len(people)
    summary.relationships += len(account["relationships"])
    summary.priorities += len(account["priorities"])
    summary.pursuits += len(pursuits)
    summary.committee_members += len(members)
    summary.messages += len(messages)
