"""Readiness for the portfolio board: the pursuits without a fresh reading are assessed, a few
accounts at a time, and each assessment is kept as its day's reading (the cache the board and
the Assessment tab's trend both read).

Accounts are read in chunks with a query per table for the whole chunk (people, ties, pursuits,
seats, plan steps, priorities and theme corrections; no messages: the assessment needs none),
which is many times quicker than reading each account whole.

The assessment is the Assessment tab's: with the committee's themes, found as the tab finds them
(core/themes/pursuit.analyse_pursuit, the same factions) from the priorities' stored sentence
vectors (migration 0006) — clustering only, nothing is encoded here. A pursuit some of whose
priorities have no stored vector yet (nobody opened it since they were written) is assessed
without themes and its reading marked *provisional* (DIVERGENT_PRIORITIES cannot count there);
opening it assesses it with its themes and replaces the day's reading. Without an encoder
installed the tab themes by shared words, and so does the board (nothing is provisional then).

A reading is written only where the day's reading is still the one the board saw (none, or the
stale one): a reading the Assessment tab kept meanwhile is not replaced.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.cycle_collector import heap_frozen
from consensus_app.core.portfolio_board import BoardRow
from consensus_app.core.pursuit_map import PursuitMap, build_pursuit_map
from consensus_app.core.readiness import Reading, body_of, reading_of
from consensus_app.storage.bad_rows import BadRowError, validated
from consensus_app.storage.journey import load_journey
from consensus_app.storage.leavers import load_former_seats
from consensus_app.storage.plan_steps import load_plans
from consensus_app.storage.theme_corrections import load_corrections
from models import (
    AccountRecord,
    CommitteeMember,
    CommitteeMemberRecord,
    Priority,
    PriorityRecord,
    PriorityVector,
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
    import numpy as np
    from numpy.typing import NDArray

    from consensus_app.core.analytics.facts import PriorityTheme
    from consensus_app.storage.workspace import Workspace

ACCOUNTS_PER_CHUNK = 40
THEMES_COST = 3  # an assessment with themes takes about three without (the progress bar's weights)
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
    done (the board fills in); returns them all. Raises Cancelled when `should_stop` says so.

    Two passes: first every pursuit without themes (about 20 ms each: the board has a score for
    every row soon, the provisional ones marked), then again with its themes each pursuit that
    can have them (its vectors stored, or no encoder: about three times as long, the themes'
    TF-IDF and clustering), replacing its provisional reading as each chunk is done."""
    with heap_frozen():  # a full collection here would stall the window
        return _fill(workspace, rows, now, deliver, progress, should_stop)


def _fill(
    workspace: Workspace,
    rows: Sequence[BoardRow],
    now: datetime | None,
    deliver: Deliver | None,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> dict[int, Reading]:
    from consensus_app.core.analytics.assessment import assess  # numpy, scipy: not at start-up
    from consensus_app.core.themes import encoder

    moment = now or datetime.now(UTC)
    today = moment.astimezone().date()
    info = encoder.available()
    model = info.name if info is not None else None
    run = CancellableRun(progress, should_stop)
    seen = {r.pursuit_id: r.reading_at for r in rows}
    by_account: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        by_account[row.account_id].append(row.pursuit_id)
    done: dict[int, Reading] = {}
    themed: dict[int, list[int]] = defaultdict(list)  # what the second pass assesses again
    count = max(1, len(rows))

    def report(first: int, second: int) -> None:
        """Work done of work expected: a themed assessment counts three (the second pass's share
        is estimated from the first's finds until the first pass ends)."""
        found = sum(len(p) for p in themed.values())
        expected = count + THEMES_COST * found * count / max(1, first)
        run.report(min(1.0, (first + THEMES_COST * second) / expected))

    def chunks(wanted: dict[int, list[int]]) -> Iterator[dict[int, list[int]]]:
        accounts = list(wanted)
        for start in range(0, len(accounts), ACCOUNTS_PER_CHUNK):
            yield {a: wanted[a] for a in accounts[start : start + ACCOUNTS_PER_CHUNK]}

    def finish_chunk(batch: list[tuple[int, Reading]], kept_as: dict[int, datetime | None]) -> None:
        keep_readings(workspace, [(pid, reading, kept_as.get(pid)) for pid, reading in batch])
        done.update(batch)
        if deliver is not None:
            deliver(batch)
        # (No collection here: one in a worker can destroy the window's Qt objects on this thread
        # and deadlock; the window collects on its own thread, ui/gui_collector.py.)
        # What outlived the chunk (its readings, caches, modules imported meanwhile: a million
        # objects once the encoder's libraries load) joins the frozen heap: the automatic full
        # collections walk only what is newer, a few ms, not 80–190 ms every second or so with
        # the window waiting for the interpreter lock. The heap thaws when the fill ends.
        gc.freeze()

    finished = 0
    for chunk in chunks(by_account):
        batch = []
        ready = _themable(workspace, chunk, model)
        for _snapshot, pursuit_map, _vectors in _chunk_maps(workspace, chunk, model, themes=False):
            run.check()
            if pursuit_map.pursuit_id in ready:
                themed[pursuit_map.account_id].append(pursuit_map.pursuit_id)
            reading = reading_of(assess(pursuit_map, today), pursuit_map, moment, provisional=True)
            batch.append((pursuit_map.pursuit_id, reading))
        finish_chunk(batch, seen)
        finished += sum(len(pursuit_ids) for pursuit_ids in chunk.values())
        report(finished, 0)
    first, finished = finished, 0
    for chunk in chunks(themed):
        batch = []
        for snapshot, pursuit_map, vectors in _chunk_maps(workspace, chunk, model, themes=True):
            run.check()
            themes = pursuit_themes(snapshot, pursuit_map, vectors, model)
            assessment = assess(pursuit_map, today, *(themes or (None, None)))
            reading = reading_of(assessment, pursuit_map, moment, provisional=themes is None)
            batch.append((pursuit_map.pursuit_id, reading))
        # Its own provisional reading of a moment ago is replaced; one the tab kept meanwhile is not.
        finish_chunk(batch, {pid: moment for pid, _reading in batch})
        finished += sum(len(pursuit_ids) for pursuit_ids in chunk.values())
        report(first, finished)
    run.finish()
    return done


def pursuit_maps(workspace: Workspace, wanted: dict[int, list[int]]) -> Iterator[PursuitMap]:
    """The maps of the wanted pursuits ({account id: pursuit ids}), read for all those accounts at once."""
    for _snapshot, pursuit_map, _vectors in _chunk_maps(workspace, wanted, None, themes=False):
        yield pursuit_map


StoredVectors = dict[int, "NDArray[np.float32]"]


def _chunk_maps(
    workspace: Workspace, wanted: dict[int, list[int]], model: str | None, *, themes: bool
) -> Iterator[tuple[AccountSnapshot, PursuitMap, StoredVectors]]:
    """Each wanted pursuit's account snapshot and map; with `themes`, what they are found from too
    (priorities, corrections, and the stored vectors by `model` of the priorities whose text they
    were computed from). One read for the chunk."""
    with workspace.read() as session:
        snapshots = _snapshots(session, list(wanted), themes)
        vectors = _stored_vectors(session, snapshots.values(), model) if model and themes else {}
    for account_id, pursuit_ids in wanted.items():
        snapshot = snapshots.get(account_id)
        if snapshot is None:  # deleted since the board was read
            continue
        known = {p.id for p in snapshot.pursuits}
        for pursuit_id in pursuit_ids:
            if pursuit_id in known:
                yield snapshot, build_pursuit_map(snapshot, pursuit_id), vectors


def _stored_vectors(session: Any, snapshots: Iterable[AccountSnapshot], model: str) -> StoredVectors:
    """The chunk's stored vectors computed by `model` from each priority's present text."""
    import numpy as np

    from consensus_app.core.themes.vectors import text_hash

    texts = {p.id: p.text for s in snapshots for p in s.priorities}
    table = PriorityVector.__table__  # type: ignore[attr-defined]
    ids = list(texts)
    found: StoredVectors = {}
    for start in range(0, len(ids), 900):
        query = select(table.c.priority_id, table.c.vector, table.c.text_hash).where(
            table.c.priority_id.in_(ids[start : start + 900]), table.c.model == model
        )
        for priority_id, vector, kept_hash in session.execute(query):
            if kept_hash == text_hash(texts[priority_id]):
                found[priority_id] = np.frombuffer(vector, dtype="<f4").astype(np.float32)
    return found


class _Stored:
    """The vector store `analyse_pursuit` reads: the chunk's stored vectors; nothing is kept."""

    def __init__(self, vectors: StoredVectors) -> None:
        self._vectors = vectors

    def cached(self, model: str, wanted: Mapping[int, str]) -> StoredVectors:
        return {pid: self._vectors[pid] for pid in wanted if pid in self._vectors}

    def store(self, model: str, rows: Mapping[int, tuple[str, NDArray[np.float32]]]) -> None:
        raise AssertionError("the board encodes nothing: a pursuit without every vector is provisional")


def _has_vectors(snapshot: AccountSnapshot, pursuit_map: PursuitMap, vectors: StoredVectors) -> bool:
    from consensus_app.core.themes.pursuit import pursuit_priorities

    return all(p.id in vectors for p in pursuit_priorities(snapshot, pursuit_map.pursuit_id))


def pursuit_themes(
    snapshot: AccountSnapshot, pursuit_map: PursuitMap, vectors: StoredVectors, model: str | None
) -> tuple[list[PriorityTheme], dict[int, int]] | None:
    """The committee's themes as the Assessment tab finds them (same priorities, factions and
    corrections), from the stored vectors; None when some priority has no stored vector (the
    reading is then provisional). Without an encoder (`model` None), by shared words as the tab."""
    from consensus_app.core.analytics import metrics
    from consensus_app.core.analytics.graphs import build_graphs
    from consensus_app.core.analytics.themes_link import priority_themes
    from consensus_app.core.themes.pursuit import analyse_pursuit

    pursuit_id = pursuit_map.pursuit_id
    if model is not None and not _has_vectors(snapshot, pursuit_map, vectors):
        return None
    factions = metrics.factions(build_graphs(pursuit_map))
    store = _Stored(vectors) if model is not None else None
    return priority_themes(analyse_pursuit(snapshot, pursuit_id, factions, vectors=store))


def _kept(record: type[Any], table: str, row: Any) -> Any:
    try:
        return validated(record, table, row)
    except BadRowError:
        return None  # as an account's snapshot does: a row that no longer validates is left out


def _themable(workspace: Workspace, wanted: dict[int, list[int]], model: str | None) -> set[int]:
    """The wanted pursuits whose committee's priorities all have a stored vector by `model` for
    their present text (every one when no encoder is installed: the tab themes by words then).
    Plain columns only: the first pass reads no priority as a record."""
    from consensus_app.core.themes.vectors import text_hash

    pursuit_ids = [p for ids in wanted.values() for p in ids]
    if model is None:
        return set(pursuit_ids)
    seat, priority = CommitteeMember.__table__, Priority.__table__  # type: ignore[attr-defined]
    vector = PriorityVector.__table__  # type: ignore[attr-defined]
    with workspace.read() as session:
        members: dict[int, set[int]] = defaultdict(set)
        query = select(seat.c.pursuit_id, seat.c.stakeholder_id).where(seat.c.pursuit_id.in_(pursuit_ids))
        for pursuit_id, stakeholder_id in session.execute(query):
            members[pursuit_id].add(stakeholder_id)
        said = session.execute(
            select(priority.c.id, priority.c.stakeholder_id, priority.c.pursuit_id, priority.c.text).where(
                priority.c.account_id.in_(list(wanted))
            )
        ).all()
        kept: dict[int, str] = {}
        ids = [row[0] for row in said]
        for start in range(0, len(ids), 900):
            query = select(vector.c.priority_id, vector.c.text_hash).where(
                vector.c.priority_id.in_(ids[start : start + 900]), vector.c.model == model
            )
            for priority_id, kept_hash in session.execute(query):
                kept[priority_id] = kept_hash
    missing: dict[int, list[tuple[int, int | None]]] = defaultdict(list)  # by speaker: (their scope)
    for priority_id, stakeholder_id, scope, statement in said:
        if kept.get(priority_id) != text_hash(statement):
            missing[stakeholder_id].append((priority_id, scope))
    return {
        pursuit_id
        for pursuit_id in pursuit_ids
        if not any(
            scope in (None, pursuit_id) for person in members[pursuit_id] for _pid, scope in missing[person]
        )
    }


def _snapshots(session: Any, account_ids: list[int], themes: bool = True) -> dict[int, AccountSnapshot]:
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
    # The members' moves between stages: LOOPING reads the whole history, as on the Assessment tab.
    for pursuit_id, moves in load_journey(session, list(account_of), people, _kept).items():
        snapshots[account_of[pursuit_id]].journey[pursuit_id] = moves
    if not themes:
        return snapshots
    # What the committee's themes are found from: the priorities and the seller's corrections.
    for priority in rows(Priority, PriorityRecord, "account_id", account_ids):
        if priority.stakeholder_id in people:
            snapshots[priority.account_id].priorities.append(priority)
    for account_id, snapshot in snapshots.items():
        snapshot.theme_corrections = load_corrections(session, account_id) or None
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
        # A colleague may have deleted a pursuit since the chunk was read: its reading is dropped
        # (not a foreign-key error that stops the fill). FOR KEY SHARE (PostgreSQL) holds off a
        # delete until this transaction ends; SQLite's writes wait for one another anyway.
        pursuits = Pursuit.__table__  # type: ignore[attr-defined]
        asked = select(pursuits.c.id).where(pursuits.c.id.in_([pursuit_id for pursuit_id, _r, _s in batch]))
        alive = set(conn.execute(asked.with_for_update(key_share=True)).scalars())
        batch = [kept for kept in batch if kept[0] in alive]
        ids = [pursuit_id for pursuit_id, _r, _s in batch]
        if not ids:
            return 0
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
