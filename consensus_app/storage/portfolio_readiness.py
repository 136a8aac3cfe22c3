"""Readiness for the portfolio board: the pursuits without a fresh reading are assessed, a few
accounts at a time, and each assessment is kept as its day's reading (the cache the board and
the Assessment tab's trend both read).

Accounts are read in chunks with a query per table for the whole chunk (people, ties, pursuits,
seats, plan steps; no priorities or messages: the assessment needs neither), which is many times
quicker than reading each account whole. The assessment is the structural one: without the
committee's themes (DIVERGENT_PRIORITIES is not assessed here; opening the pursuit assesses it
with its themes and replaces the day's reading).

A reading is written only where the day's reading is still the one the board saw (none, or the
stale one): a reading the Assessment tab kept meanwhile is not replaced.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.portfolio_board import BoardRow
from consensus_app.core.pursuit_map import PursuitMap, build_pursuit_map
from consensus_app.core.readiness import Reading, body_of, reading_of
from consensus_app.storage.bad_rows import BadRowError, validated
from consensus_app.storage.leavers import load_former_seats
from consensus_app.storage.plan_steps import load_plans
from models import (
    AccountRecord,
    CommitteeMember,
    CommitteeMemberRecord,
    Pursuit,
    PursuitRecord,
    Relationship,
    RelationshipRecord,
    Stakeholder,
    StakeholderRecord,
)
from models.journey import ReadinessSnapshot
from models.snapshot import AccountSnapshot
from models.tables import Account

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

ACCOUNTS_PER_CHUNK = 40
Deliver = Callable[[list[tuple[int, Reading]]], None]


def stale_rows(rows: Sequence[BoardRow], now: datetime) -> list[BoardRow]:
    """The rows whose latest reading is not today's or predates a change."""
    today = now.astimezone().date()
    return [r for r in rows if not r.fresh(today)]


def fill_readiness(
    workspace: Workspace,
    rows: Sequence[BoardRow],
    now: datetime | None = None,
    *,
    deliver: Deliver | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> dict[int, Reading]:
    """Assess each row's pursuit, keep the readings, and hand each chunk's to `deliver` as it is
    done (the board fills in); returns them all. Raises Cancelled when `should_stop` says so."""
    from consensus_app.core.analytics.assessment import assess  # numpy, scipy: not at start-up

    moment = now or datetime.now(UTC)
    today = moment.astimezone().date()
    run = CancellableRun(progress, should_stop)
    seen = {r.pursuit_id: r.reading_at for r in rows}
    by_account: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        by_account[row.account_id].append(row.pursuit_id)
    accounts = list(by_account)
    done: dict[int, Reading] = {}
    finished = 0
    for start in range(0, len(accounts), ACCOUNTS_PER_CHUNK):
        chunk = accounts[start : start + ACCOUNTS_PER_CHUNK]
        batch = []
        for pursuit_map in pursuit_maps(workspace, {a: by_account[a] for a in chunk}):
            run.check()
            reading = reading_of(assess(pursuit_map, today), pursuit_map, moment)
            batch.append((pursuit_map.pursuit_id, reading))
        keep_readings(workspace, [(pid, reading, seen.get(pid)) for pid, reading in batch])
        done.update(batch)
        if deliver is not None:
            deliver(batch)
        finished += sum(len(by_account[a]) for a in chunk)
        run.report(finished / max(1, len(rows)))
    run.finish()
    return done


def pursuit_maps(workspace: Workspace, wanted: dict[int, list[int]]) -> Iterator[PursuitMap]:
    """The maps of the wanted pursuits ({account id: pursuit ids}), read for all those accounts at once."""
    with workspace.read() as session:
        snapshots = _snapshots(session, list(wanted))
    for account_id, pursuit_ids in wanted.items():
        snapshot = snapshots.get(account_id)
        if snapshot is None:  # deleted since the board was read
            continue
        known = {p.id for p in snapshot.pursuits}
        for pursuit_id in pursuit_ids:
            if pursuit_id in known:
                yield build_pursuit_map(snapshot, pursuit_id)


def _kept(record: type[Any], table: str, row: Any) -> Any:
    try:
        return validated(record, table, row)
    except BadRowError:
        return None  # as an account's snapshot does: a row that no longer validates is left out


def _snapshots(session: Any, account_ids: list[int]) -> dict[int, AccountSnapshot]:
    """Just what a pursuit map needs of each account: people, ties, pursuits, seats, plans."""

    def rows(model: Any, record: type[Any], column: str, ids: list[int]) -> list[Any]:
        # Plain rows, not ORM objects: about twice as quick for a few thousand people.
        table = model.__table__
        query = select(table).where(table.c[column].in_(ids)).order_by(table.c.id)
        found = session.execute(query).mappings()
        return [r for r in (_kept(record, table.name, dict(row)) for row in found) if r is not None]

    snapshots = {a.id: AccountSnapshot(account=a) for a in rows(Account, AccountRecord, "id", account_ids)}
    for person in rows(Stakeholder, StakeholderRecord, "account_id", account_ids):
        snapshots[person.account_id].stakeholders.append(person)
    people = {p.id for s in snapshots.values() for p in s.stakeholders}
    for snapshot in snapshots.values():
        for person in snapshot.stakeholders:
            if person.reports_to_id is not None and person.reports_to_id not in people:
                person.reports_to_id = None
    for tie in rows(Relationship, RelationshipRecord, "account_id", account_ids):
        if tie.source_id in people and tie.target_id in people:
            snapshots[tie.account_id].relationships.append(tie)
    pursuits = rows(Pursuit, PursuitRecord, "account_id", account_ids)
    account_of = {}
    for pursuit in pursuits:
        snapshots[pursuit.account_id].pursuits.append(pursuit)
        snapshots[pursuit.account_id].committee[pursuit.id] = []
        account_of[pursuit.id] = pursuit.account_id
    for seat in rows(CommitteeMember, CommitteeMemberRecord, "pursuit_id", list(account_of)):
        if seat.stakeholder_id in people:
            snapshots[account_of[seat.pursuit_id]].committee[seat.pursuit_id].append(seat)
    for pursuit_id, steps in load_plans(session, list(account_of), people, _kept).items():
        snapshots[account_of[pursuit_id]].plans[pursuit_id] = steps
    # The seats of people who left: CHAMPION_LEFT reads them, as on the Assessment tab.
    for pursuit_id, seats in load_former_seats(session, list(account_of), people, _kept).items():
        snapshots[account_of[pursuit_id]].former_seats[pursuit_id] = seats
    return snapshots


def keep_readings(workspace: Workspace, batch: Sequence[tuple[int, Reading, datetime | None]]) -> int:
    """Keep each (pursuit, reading) as its day's reading, in one transaction, unless the day's
    reading changed since the board saw it (`seen`: its time then, None: there was none)."""
    if not batch:
        return 0
    table = ReadinessSnapshot.__table__  # type: ignore[attr-defined]
    written = 0
    with workspace.write() as session:
        conn = session.connection()
        ids = [pursuit_id for pursuit_id, _r, _s in batch]
        day = batch[0][1].day
        existing = {
            pursuit_id: (row_id, taken_at)
            for row_id, pursuit_id, taken_at in conn.execute(
                select(table.c.id, table.c.pursuit_id, table.c.taken_at).where(
                    table.c.pursuit_id.in_(ids), table.c.day == day, table.c.reviewed.is_(False)
                )
            )
        }
        inserts, updates = [], []
        for pursuit_id, reading, seen in batch:
            values = {
                "taken_at": reading.taken_at,
                "score": reading.score,
                "body": json.dumps(body_of(reading), ensure_ascii=False, sort_keys=True),
            }
            if pursuit_id not in existing:
                inserts.append({"pursuit_id": pursuit_id, "day": reading.day, "reviewed": False, **values})
            elif seen is not None and _aware(existing[pursuit_id][1]) == seen:
                updates.append((existing[pursuit_id][0], values))
        if inserts:
            # The Assessment tab may keep the open pursuit's reading at the same moment: its stays.
            make = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            statement = make(table).on_conflict_do_nothing(index_elements=["pursuit_id", "day", "reviewed"])
            conn.execute(statement, inserts)
        for row_id, values in updates:
            conn.execute(table.update().where(table.c.id == row_id).values(**values))
        written = len(inserts) + len(updates)
    return written


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
