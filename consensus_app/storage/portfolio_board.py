"""Reading the portfolio board from the database: a handful of grouped queries for every open
pursuit (no account is read whole), so the board shows at once on a 2,000-account workspace.

- The rows: open pursuits with their account's name, industry and region, and their owner by the
  name colleagues see now (workspace_user), else the name kept with the pursuit.
- From the change log: when each pursuit reached its stage (its last change of stage, else its
  creation, else its account's first entry: an import) and when anything about it last changed
  (its own entries, or its account's entries that concern no one pursuit: people, ties).
- From the kept readiness readings (the last `TREND_WINDOW_DAYS` days): each pursuit's daily
  scores and its latest reading (whose findings are parsed for that one only).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from consensus_app.core.portfolio_board import BoardRow
from consensus_app.core.readiness import Reading, reading_from
from models import Account, ChangeAction, ChangeLogEntry, Pursuit, PursuitStatus, WorkspaceUser
from models.journey import ReadinessSnapshot

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

TREND_WINDOW_DAYS = 60
_CHUNK = 500  # ids per IN (...): under every driver's parameter limit


def _table(model: Any) -> Any:
    return model.__table__


def board_rows(workspace: Workspace, today: date | None = None) -> list[BoardRow]:
    """Every open pursuit as a board row, with its latest kept reading (unordered)."""
    today = today or datetime.now(UTC).astimezone().date()
    pursuit, account, log = _table(Pursuit), _table(Account), _table(ChangeLogEntry)
    user = _table(WorkspaceUser)
    with workspace.read() as session:
        conn = session.connection()
        found = conn.execute(
            select(
                pursuit.c.id,
                pursuit.c.account_id,
                account.c.name,
                pursuit.c.name,
                account.c.industry,
                account.c.region,
                pursuit.c.stage,
                pursuit.c.owner_id,
                func.coalesce(user.c.display_name, pursuit.c.owner_name, pursuit.c.owner_id),
            )
            .join(account, account.c.id == pursuit.c.account_id)
            .join(user, user.c.id == pursuit.c.owner_id, isouter=True)
            .where(pursuit.c.status == PursuitStatus.OPEN)
        ).all()
        own_last: dict[int, datetime] = dict(
            conn.execute(
                select(log.c.pursuit_id, func.max(log.c.at))
                .where(log.c.pursuit_id.is_not(None))
                .group_by(log.c.pursuit_id)
            ).all()
        )
        account_last: dict[int, datetime] = dict(
            conn.execute(
                select(log.c.account_id, func.max(log.c.at))
                .where(log.c.pursuit_id.is_(None), log.c.account_id.is_not(None))
                .group_by(log.c.account_id)
            ).all()
        )
        account_first: dict[int, datetime] = dict(
            conn.execute(
                select(log.c.account_id, func.min(log.c.at))
                .where(log.c.account_id.is_not(None))
                .group_by(log.c.account_id)
            ).all()
        )
        stage_moves: dict[int, datetime] = dict(
            conn.execute(
                select(log.c.pursuit_id, func.max(log.c.at))
                .where(
                    log.c.entity == "pursuit",
                    log.c.pursuit_id.is_not(None),
                    (log.c.action == ChangeAction.CREATE) | log.c.details.like('%"stage":%'),
                )
                .group_by(log.c.pursuit_id)
            ).all()
        )
        latest, scores = _readings(conn, [row[0] for row in found], today)
    rows = []
    for pursuit_id, account_id, account_name, name, industry, region, stage, owner_id, owner in found:
        since = stage_moves.get(pursuit_id) or account_first.get(account_id)
        changes = [t for t in (own_last.get(pursuit_id), account_last.get(account_id)) if t is not None]
        row = BoardRow(
            pursuit_id=pursuit_id,
            account_id=account_id,
            account=account_name,
            pursuit=name,
            industry=industry or "",
            region=region or "",
            stage=stage,
            stage_since=_aware(since).astimezone().date() if since is not None else None,
            last_change=max(_aware(t) for t in changes) if changes else None,
            owner_id=owner_id or None,
            owner=owner or "",
        )
        reading = latest.get(pursuit_id)
        if reading is not None:
            row = row.with_reading(reading, scores.get(pursuit_id, ()))
        rows.append(row)
    return rows


def _readings(
    conn: Any, pursuit_ids: list[int], today: date
) -> tuple[dict[int, Reading], dict[int, list[Reading]]]:
    """Each pursuit's latest reading (with its findings), and its earlier readings' scores."""
    table = _table(ReadinessSnapshot)
    recent = conn.execute(
        select(table.c.id, table.c.pursuit_id, table.c.day, table.c.reviewed, table.c.taken_at, table.c.score)
        .where(table.c.day >= today - timedelta(days=TREND_WINDOW_DAYS))
        .order_by(table.c.pursuit_id, table.c.day, table.c.taken_at)
    ).all()
    wanted = set(pursuit_ids)
    earlier: dict[int, list[Reading]] = defaultdict(list)
    last: dict[int, tuple[int, Any]] = {}
    for row_id, pursuit_id, day, reviewed, taken_at, score in recent:
        if pursuit_id not in wanted:
            continue
        reading = Reading(day, _aware(taken_at), score, reviewed)
        earlier[pursuit_id].append(reading)
        if pursuit_id not in last or reading.taken_at >= last[pursuit_id][1].taken_at:
            last[pursuit_id] = (row_id, reading)
    latest: dict[int, Reading] = {}
    chosen = {row_id: pursuit_id for pursuit_id, (row_id, _r) in last.items()}
    ids = list(chosen)
    for start in range(0, len(ids), _CHUNK):
        query = select(table.c.id, table.c.body).where(table.c.id.in_(ids[start : start + _CHUNK]))
        for row_id, body in conn.execute(query):
            pursuit_id = chosen[row_id]
            plain = last[pursuit_id][1]
            latest[pursuit_id] = reading_from(plain.day, plain.taken_at, plain.score, plain.reviewed, body)
            earlier[pursuit_id] = [r for r in earlier[pursuit_id] if r is not plain]
    return latest, earlier


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone columns; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
