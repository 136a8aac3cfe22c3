"""Writing accounts as an interchange document (the inverse of bulk_import)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from consensus_app import __version__
from consensus_app.core.interchange import FIELD_ORDER, FORMAT, VERSION
from consensus_app.core.pursuit_owner import owner_part
from consensus_app.core.ratings_document import ratings_part
from consensus_app.core.themes.corrections_document import document_part as theme_corrections_part
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.journey_interchange import journey_part
from consensus_app.exporters.leavers_interchange import departures_part
from consensus_app.exporters.plan_interchange import plan_part
from consensus_app.storage.errors import NotFoundError
from consensus_app.storage.workspace import Workspace
from models.snapshot import AccountSnapshot

Progress = Callable[[int, int], None]


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _fields(obj: Any, kind: str, **references: Any) -> dict[str, Any]:
    """An object's fields in export order, skipping empty ones; references are given as ids."""
    out: dict[str, Any] = {}
    for name in FIELD_ORDER[kind]:
        value = references[name] if name in references else getattr(obj, name, None)
        if value is not None and value != "" and value != []:
            out[name] = _plain(value)
    return out


def account_document(snapshot: AccountSnapshot) -> dict[str, Any]:
    people = snapshot.stakeholder_keys()
    pursuits = snapshot.pursuit_keys()

    def person_key(stakeholder_id: int | None) -> str | None:
        return people[stakeholder_id] if stakeholder_id else None

    def pursuit_key(pursuit_id: int | None) -> str | None:
        return pursuits[pursuit_id] if pursuit_id else None

    return {
        **_fields(snapshot.account, "account", id=snapshot.account.key),
        "stakeholders": [
            _fields(s, "stakeholders", id=s.key, reports_to=person_key(s.reports_to_id))
            for s in snapshot.stakeholders
        ],
        "relationships": [
            _fields(r, "relationships", id=r.key, source=people[r.source_id], target=people[r.target_id])
            for r in snapshot.relationships
        ],
        "priorities": [
            _fields(
                p,
                "priorities",
                id=p.key,
                stakeholder=people[p.stakeholder_id],
                pursuit=pursuit_key(p.pursuit_id),
            )
            for p in snapshot.priorities
        ],
        "pursuits": [
            {
                **_fields(q, "pursuits", id=q.key),
                **owner_part(q),  # who owns it (version 2, optional)
                "committee": [
                    _fields(m, "committee", id=m.key, stakeholder=people[m.stakeholder_id])
                    for m in snapshot.committee.get(q.id, [])
                ],
                **plan_part(snapshot.plans.get(q.id, []), people),  # (version 2, optional)
            }
            for q in snapshot.pursuits
        ],
        "messages": [
            _fields(
                m,
                "messages",
                id=m.key,
                pursuit=pursuit_key(m.pursuit_id),
                stakeholders=[people[i] for i in m.stakeholder_ids],
            )
            for m in snapshot.messages
        ],
        **theme_corrections_part(snapshot),  # (version 2, optional)
        **ratings_part(snapshot.ratings, people, pursuits),  # colleagues' own views (version 2, optional)
    }


def export_document(
    workspace: Workspace, account_keys: list[str] | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """The interchange document of the given accounts (all accounts when None)."""
    repo = workspace.repos.accounts
    accounts = repo.list()
    if account_keys is not None:
        by_key = {a.key: a for a in accounts}
        missing = [k for k in account_keys if k not in by_key]
        if missing:
            raise NotFoundError(f"no account with id {', '.join(missing)} in this workspace")
        accounts = [by_key[k] for k in account_keys]
    documents = []
    for done, account in enumerate(accounts, 1):
        snapshot = repo.snapshot(account.id)
        document = account_document(snapshot)
        people = snapshot.stakeholder_keys()
        for pursuit, written in zip(snapshot.pursuits, document["pursuits"], strict=True):
            written.update(journey_part(workspace, pursuit.id, people))  # (version 2, optional)
            written.update(departures_part(snapshot, pursuit.id, people))  # (version 2, optional)
        documents.append(document)
        if progress:
            progress(done, len(accounts))
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "generator": f"Consensus {__version__}",
        "accounts": documents,
    }


def write_document(document: dict[str, Any], path: Path) -> None:
    """Write atomically: a crash half-way never leaves a truncated file behind."""
    # allow_nan=False: a value no JSON reader accepts (Infinity) is an error here, not a file
    # this app would then refuse to import.
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2, allow_nan=False)
        handle.write("\n")
