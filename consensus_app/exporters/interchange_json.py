"""Writing accounts as an interchange document (the inverse of bulk_import)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from consensus_app import __version__
from consensus_app.core.interchange import FORMAT, VERSION
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


def _fields(obj: Any, names: Iterable[str], **renamed: Any) -> dict[str, Any]:
    """Fields in the given order, skipping empty ones; `renamed` adds computed fields."""
    out: dict[str, Any] = {}
    for name in names:
        value = renamed[name] if name in renamed else getattr(obj, name, None)
        if value is not None and value != "":
            out[name] = _plain(value)
    return out


def account_document(snapshot: AccountSnapshot) -> dict[str, Any]:
    people = snapshot.stakeholder_keys()
    pursuits = snapshot.pursuit_keys()
    account = snapshot.account
    return {
        **_fields(
            account, ("id", "name", "industry", "region", "website", "language", "notes"), id=account.key
        ),
        "stakeholders": [
            _fields(
                s,
                (
                    "id",
                    "name",
                    "title",
                    "function",
                    "reports_to",
                    "profile",
                    "personal_win",
                    "email",
                    "phone",
                    "location",
                    "language",
                    "notes",
                ),
                id=s.key,
                reports_to=people.get(s.reports_to_id) if s.reports_to_id else None,
            )
            for s in snapshot.stakeholders
        ],
        "relationships": [
            _fields(
                r,
                ("id", "source", "target", "kind", "strength", "notes"),
                id=r.key,
                source=people[r.source_id],
                target=people[r.target_id],
            )
            for r in snapshot.relationships
        ],
        "priorities": [
            _fields(
                p,
                ("id", "stakeholder", "text", "kind", "importance", "pursuit", "language"),
                id=p.key,
                stakeholder=people[p.stakeholder_id],
                pursuit=pursuits.get(p.pursuit_id) if p.pursuit_id else None,
            )
            for p in snapshot.priorities
        ],
        "pursuits": [
            {
                **_fields(
                    q, ("id", "name", "value", "currency", "close_date", "stage", "status", "notes"), id=q.key
                ),
                "committee": [
                    _fields(
                        m,
                        (
                            "id",
                            "stakeholder",
                            "role",
                            "approver",
                            "stance",
                            "influence",
                            "journey_stage",
                            "last_engaged",
                            "last_verified",
                            "evidence",
                            "notes",
                        ),
                        id=m.key,
                        stakeholder=people[m.stakeholder_id],
                    )
                    for m in snapshot.committee.get(q.id, [])
                ],
            }
            for q in snapshot.pursuits
        ],
        "messages": [
            _fields(
                m,
                ("id", "pursuit", "title", "body", "theme", "status", "language", "stakeholders"),
                id=m.key,
                pursuit=pursuits.get(m.pursuit_id) if m.pursuit_id else None,
                stakeholders=[people[i] for i in m.stakeholder_ids] or None,
            )
            for m in snapshot.messages
        ],
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
        documents.append(account_document(repo.snapshot(account.id)))
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
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
