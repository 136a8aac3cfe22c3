"""Copying a whole workspace into an empty one: SQLite to a team's PostgreSQL server and back.

Every table is copied row for row with its ids, so keys, references, the change log, map
positions, messages and row versions arrive exactly as they were. The target is migrated
to this app's schema first and must be empty; the copy is one transaction on the target,
so a failure leaves it empty again. On PostgreSQL the id sequences are moved past the
copied ids afterwards, or the next new row would collide with a copied one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Integer, Table, bindparam, func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from consensus_app.i18n import _
from consensus_app.storage.engine import database_url, is_sqlite, redacted
from consensus_app.storage.errors import StorageError
from consensus_app.storage.workspace import Workspace, open_workspace

BATCH = 5000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class CopyRefusedError(StorageError):
    """The copy was not started: no source, or a target that already holds data."""


@dataclass
class CopySummary:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Every table of the workspace schema, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()}


def copy_workspace(source: str, target: str, progress: Progress | None = None) -> CopySummary:
    """Copy the workspace at `source` (path or URL) into the empty workspace at `target`."""
    source_url, target_url = database_url(source), database_url(target)
    if source_url == target_url:
        raise CopyRefusedError(_("the source and the target are the same workspace"))
    _require_existing(source_url)
    with open_workspace(source_url) as source_ws, open_workspace(target_url) as target_ws:
        return copy_between(source_ws, target_ws, progress)


def copy_between(source: Workspace, target: Workspace, progress: Progress | None = None) -> CopySummary:
    summary = CopySummary(source.display_url, target.display_url)
    with source.engine.connect() as reading, target.engine.begin() as writing:
        filled = {name: n for name, n in row_counts(writing).items() if n}
        if filled:
            shown = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in filled.items())
            raise CopyRefusedError(
                _(
                    "the target workspace {target} is not empty ({rows}); copy only into a new, "
                    "empty workspace"
                ).format(target=target.display_url, rows=shown)
            )
        for table in tables():
            summary.rows[table.name] = _copy_table(reading, writing, table, progress)
        if writing.dialect.name == "postgresql":
            _reset_sequences(writing)
    return summary


def _require_existing(url: str) -> None:
    if is_sqlite(url):
        database = make_url(url).database
        if not database or database == ":memory:" or not Path(database).is_file():
            raise CopyRefusedError(_("there is no workspace at {where}").format(where=redacted(url)))


def _copy_table(reading: Connection, writing: Connection, table: Table, progress: Progress | None) -> int:
    # A row may refer to a row of its own table that comes later (a manager with a higher id):
    # those references are set after every row is in.
    self_refs = [k.parent.name for k in table.foreign_keys if k.column.table is table]
    moments = [c.name for c in table.columns if isinstance(c.type, DateTime) and c.type.timezone]
    later: list[dict[str, Any]] = []
    copied = 0
    for rows in _batches(reading, table):
        values = [_normalised(row, moments) for row in rows]
        if self_refs:
            later += [{"_id": r["id"], **{f"_{n}": r[n] for n in self_refs}} for r in values]
            values = [{**r, **dict.fromkeys(self_refs)} for r in values]
        writing.execute(insert(table), values)
        copied += len(values)
        if progress:
            progress(table.name, copied)
    for name in self_refs:
        linked = [{"_id": r["_id"], f"_{name}": r[f"_{name}"]} for r in later if r[f"_{name}"] is not None]
        if linked:
            statement = (
                update(table).where(table.c.id == bindparam("_id")).values({name: bindparam(f"_{name}")})
            )
            writing.execute(statement, linked)
    return copied


def _batches(reading: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    query = select(table).order_by(*table.primary_key.columns)
    result = reading.execution_options(yield_per=BATCH).execute(query)
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]


def _normalised(row: Mapping[str, Any], moments: list[str]) -> dict[str, Any]:
    """Moments in UTC: SQLite hands back naive datetimes, which the app stored as UTC."""
    values = dict(row)
    for name in moments:
        value = values[name]
        if isinstance(value, datetime):
            values[name] = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return values


def _reset_sequences(writing: Connection) -> None:
    for table in tables():
        if "id" not in table.c or not table.c.id.primary_key or not isinstance(table.c.id.type, Integer):
            continue  # no sequence behind it (workspace_user's ids are strings)
        name = writing.dialect.identifier_preparer.quote(table.name)
        writing.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 1), (SELECT MAX(id) FROM {name}) IS NOT NULL)"
            ),
            {"table": table.name},
        )
