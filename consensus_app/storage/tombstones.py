"""Undoable deletes: capture a row with everything the database would cascade or null.

Deleting a stakeholder also deletes their committee seats, priorities and ties, and
leaves their reports without a manager. `bury` records all of that before the delete;
`exhume` puts every row back with its original id, so undo restores the map exactly.
The walk follows the foreign keys declared in the models, so new tables are covered
without changes here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update
from sqlmodel import SQLModel


@dataclass
class Tombstone:
    table: str
    row_id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows
    nulled: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # table, column, pk, old value


def _tables() -> dict[str, Table]:
    return dict(SQLModel.metadata.tables)


def bury(conn: Connection, table_name: str, row_id: int) -> Tombstone:
    """Capture the row `table_name.id == row_id` and what deleting it would remove or null."""
    root = _tables()[table_name]
    tombstone = Tombstone(table_name, row_id)
    tombstone.rows[table_name] = [
        dict(r._mapping) for r in conn.execute(select(root).where(root.c.id == row_id))
    ]
    pending: list[tuple[Table, list[Any]]] = [(root, [row_id])]
    while pending:
        parent, ids = pending.pop()
        for child in SQLModel.metadata.sorted_tables:
            for key in child.foreign_keys:
                if key.column.table is not parent or not ids:
                    continue
                column = key.parent
                found = [dict(r._mapping) for r in conn.execute(select(child).where(column.in_(ids)))]
                if not found:
                    continue
                if key.ondelete == "CASCADE":
                    tombstone.rows.setdefault(child.name, []).extend(found)
                    if "id" in child.c:
                        pending.append((child, [r["id"] for r in found]))
                elif key.ondelete == "SET NULL":
                    pk = next(iter(child.primary_key.columns)).name
                    tombstone.nulled += [(child.name, column.name, r[pk], r[column.name]) for r in found]
    return tombstone


def exhume(conn: Connection, tombstone: Tombstone) -> None:
    """Put back every captured row (parents first) and re-link what the delete nulled."""
    tables = _tables()
    for table in SQLModel.metadata.sorted_tables:
        rows = tombstone.rows.get(table.name)
        if not rows:
            continue
        unique = list({tuple(sorted(r.items())): r for r in rows}.values())
        # Self-references (a report's manager) are restored after every row exists.
        self_refs = [k.parent.name for k in table.foreign_keys if k.column.table is table]
        first = [{**r, **dict.fromkeys(self_refs)} for r in unique]
        conn.execute(insert(table), first)
        for name in self_refs:
            for row in unique:
                if row[name] is not None:
                    conn.execute(update(table).where(table.c.id == row["id"]).values({name: row[name]}))
    for table_name, column, pk_value, old in tombstone.nulled:
        table = tables[table_name]
        pk = next(iter(table.primary_key.columns))
        conn.execute(update(table).where(pk == pk_value).values({column: old}))
