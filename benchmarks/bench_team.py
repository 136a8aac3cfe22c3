"""A team on one PostgreSQL workspace: 8 people editing one pursuit's committee at once.

Each simulated user is a separate process with its own Workspace (engine, connection pool)
and loops for --seconds: pick a committee seat or a stakeholder of the pursuit, read it,
think for up to --think-ms, then save an edit naming the version it read. A save that meets
a newer version is refused with ConcurrentEditError (a conflict); the user then reads again.
Every edit writes a value unique to that user and attempt, so afterwards the database can be
checked against what the users were told:

- every accepted edit is in the database: per row, the accepted edits' new versions are
  exactly 2..final version (none lost, none counted twice), the row holds the last accepted
  value, and the change log holds one entry per accepted edit, with that value and that user;
- every rejected edit was reported as a conflict and left no trace (not in the row, not in
  the change log); any other error fails the check.

The baseline is the same 8 processes sending plain Core `UPDATE ... WHERE id = ?` statements
(no validation, no version check, no change log) for --baseline-seconds: the server's and the
driver's own cost. The server is $CONSENSUS_TEST_PG, else a throw-away cluster that
`scripts/pg_test_server.sh` starts (and removes) for this run; the benchmark works in a
database of its own, dropped afterwards.

.venv/bin/python benchmarks/bench_team.py [--users 8] [--seconds 60] [--think-ms 10]
    [--baseline-seconds 15] [--no-write]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

SECTION = "team"
SCRIPT = HERE.parent / "scripts" / "pg_test_server.sh"
MEMBER, PERSON = "committee member", "stakeholder"


# --- the server and the workspace -------------------------------------------------------------


@contextmanager
def server() -> Iterator[str]:
    """$CONSENSUS_TEST_PG, or a throw-away cluster for the length of the run."""
    url = os.environ.get("CONSENSUS_TEST_PG")
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory() as state:
        env = {**os.environ, "CONSENSUS_PG_STATE": str(Path(state) / "pg.state")}
        started = subprocess.run(
            ["bash", str(SCRIPT), "start"], env=env, check=True, capture_output=True, text=True
        )
        try:
            yield started.stdout.strip()
        finally:
            subprocess.run(["bash", str(SCRIPT), "stop"], env=env, check=False, capture_output=True)


@contextmanager
def bench_database(admin_url: str) -> Iterator[str]:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"bench_team_{uuid.uuid4().hex[:10]}"
    with admin.connect() as db:
        db.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as db:
            db.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def prepare(url: str) -> tuple[int, list[tuple[str, int]]]:
    """The demo workspace; the pursuit with the largest committee and its rows to edit."""
    from consensus_app.core.interchange import load_document
    from consensus_app.resources import DEMO_WORKSPACE, resource_path
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(url, actor="setup") as ws:
        import_document(ws, load_document(resource_path(*DEMO_WORKSPACE)), source="the demo workspace")
        pursuits = [p for a in ws.repos.accounts.list() for p in ws.repos.pursuits.for_account(a.id)]
        committees = {p.id: ws.repos.committee.for_pursuit(p.id) for p in pursuits}
        pursuit_id = max(committees, key=lambda p: len(committees[p]))
        members = committees[pursuit_id]
        rows = [(MEMBER, m.id) for m in members] + [(PERSON, m.stakeholder_id) for m in members]
    return pursuit_id, rows


# --- one simulated user (a process of its own) ----------------------------------------------------


def _edit(kind: str, value: str, rng: random.Random) -> dict[str, Any]:
    if kind == MEMBER:
        return {"notes": value, "stance": rng.randint(-2, 2)}
    return {"title": value}


def user(
    number: int,
    url: str,
    rows: list[tuple[str, int]],
    seconds: float,
    think_ms: float,
    barrier: Any,
    results: Any,
) -> None:
    from consensus_app.storage.errors import ConcurrentEditError
    from consensus_app.storage.workspace import open_workspace

    rng = random.Random(number)
    actor = f"user-{number}"
    accepted: list[tuple[str, int, int, str, dict[str, Any]]] = []  # kind, id, new version, value, edit
    rejected: list[tuple[str, int, int, str]] = []  # kind, id, version read, value
    errors: list[str] = []
    latencies: list[float] = []
    with open_workspace(url, actor=actor) as ws:
        repos = {MEMBER: ws.repos.committee, PERSON: ws.repos.stakeholders}
        repos[MEMBER].get(rows[0][1])  # connect before the clock starts
        barrier.wait()
        deadline = time.monotonic() + seconds
        attempt = 0
        while time.monotonic() < deadline:
            kind, row_id = rng.choice(rows)
            repo = repos[kind]
            seen = repo.get(row_id).version
            if think_ms:
                time.sleep(rng.uniform(0, think_ms) / 1000)
            attempt += 1
            value = f"{actor}#{attempt}"
            edit = _edit(kind, value, rng)
            start = time.perf_counter()
            try:
                record = repo.update(row_id, expected_version=seen, **edit)
                accepted.append((kind, row_id, record.version, value, edit))
            except ConcurrentEditError:
                rejected.append((kind, row_id, seen, value))
            except Exception as exc:  # any other failure fails the check
                errors.append(f"{actor} {kind} {row_id}: {exc!r}")
            latencies.append((time.perf_counter() - start) * 1000)
    results.put(
        {"actor": actor, "accepted": accepted, "rejected": rejected, "errors": errors, "ms": latencies}
    )


def baseline_user(
    number: int, url: str, rows: list[tuple[str, int]], seconds: float, barrier: Any, results: Any
) -> None:
    """Plain Core UPDATEs of the same rows: no validation, no versions, no change log."""
    rng = random.Random(number)
    engine = create_engine(url)
    statements = {
        MEMBER: text("UPDATE committee_member SET notes = :v, stance = :s WHERE id = :id"),
        PERSON: text("UPDATE stakeholder SET title = :v WHERE id = :id"),
    }
    done = 0
    with engine.connect() as db:
        barrier.wait()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            kind, row_id = rng.choice(rows)
            with db.begin():
                db.execute(
                    statements[kind], {"v": f"b{number}#{done}", "s": rng.randint(-2, 2), "id": row_id}
                )
            done += 1
    engine.dispose()
    results.put({"done": done})


def run_processes(target: Any, users: int, args: tuple[Any, ...]) -> list[dict[str, Any]]:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(users)
    results = ctx.Queue()
    processes = [ctx.Process(target=target, args=(n, *args, barrier, results)) for n in range(1, users + 1)]
    for process in processes:
        process.start()
    collected = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"a simulated user failed (exit code {process.exitcode})")
    return collected


# --- the check -----------------------------------------------------------------------------------


@dataclass
class Check:
    problems: list[str] = field(default_factory=list)
    rows_checked: int = 0
    log_entries: int = 0

    @property
    def passed(self) -> bool:
        return not self.problems


def check(url: str, results: list[dict[str, Any]], since: Any) -> Check:
    import json

    from sqlmodel import select

    from consensus_app.storage.workspace import open_workspace
    from models import ChangeAction, ChangeLogEntry, CommitteeMember, Stakeholder

    outcome = Check()
    accepted: dict[tuple[str, int], list[tuple[int, str, str, dict[str, Any]]]] = defaultdict(list)
    rejected_values: set[str] = set()
    for result in results:
        outcome.problems += result["errors"]
        for kind, row_id, version, value, edit in result["accepted"]:
            accepted[(kind, row_id)].append((version, value, result["actor"], edit))
        rejected_values |= {value for *_rest, value in result["rejected"]}

    with open_workspace(url) as ws, ws.read() as session:
        tables = {MEMBER: CommitteeMember, PERSON: Stakeholder}
        keys: dict[tuple[str, str], tuple[str, int]] = {}
        for (kind, row_id), edits in accepted.items():
            row: Any = session.get(tables[kind], row_id)
            keys[(kind, row.key)] = (kind, row_id)
            edits.sort()
            versions = [v for v, *_ in edits]
            if versions != list(range(2, row.version + 1)):
                outcome.problems.append(
                    f"{kind} {row_id}: accepted versions {versions}, row at {row.version}"
                )
            last = edits[-1][3]
            if any(getattr(row, name) != value for name, value in last.items()):
                outcome.problems.append(f"{kind} {row_id}: holds {row!r}, the last accepted edit was {last}")
            outcome.rows_checked += 1
        logged: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        entries = session.exec(
            select(ChangeLogEntry).where(
                ChangeLogEntry.action == ChangeAction.UPDATE, ChangeLogEntry.at >= since
            )
        )
        for entry in entries:
            outcome.log_entries += 1
            details = json.loads(entry.details or "{}")
            field_name = "notes" if entry.entity == MEMBER else "title"
            value = details.get(field_name, [None, None])[1]
            if value in rejected_values:
                outcome.problems.append(f"a rejected edit is in the change log: {value}")
            target = keys.get((entry.entity, entry.entity_key or ""))
            if target is None:
                outcome.problems.append(f"a change-log entry for a row nobody edited: {entry.entity_key}")
                continue
            logged[target].append((value, entry.actor))
        for target, edits in accepted.items():
            expected = sorted((value, actor) for _v, value, actor, _e in edits)
            if sorted(logged[target]) != expected:
                outcome.problems.append(
                    f"{target}: {len(edits)} accepted edits, {len(logged[target])} change-log entries differ"
                )
    return outcome


# --- the report ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--think-ms", type=float, default=10.0, help="longest pause between reading and saving"
    )
    parser.add_argument("--baseline-seconds", type=float, default=15.0)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()

    with server() as admin_url, bench_database(admin_url) as url:
        pursuit_id, rows = prepare(url)
        with create_engine(url).connect() as db:
            pg_version = db.execute(text("SHOW server_version")).scalar_one()
            since = db.execute(text("SELECT now()")).scalar_one()
        print(f"{args.users} users editing {len(rows)} rows of pursuit {pursuit_id} for {args.seconds:g} s …")
        results = run_processes(user, args.users, (url, rows, args.seconds, args.think_ms))
        print("checking …")
        outcome = check(url, results, since)
        print(f"baseline: plain UPDATEs for {args.baseline_seconds:g} s …")
        baseline = run_processes(baseline_user, args.users, (url, rows, args.baseline_seconds))

    accepted = sum(len(r["accepted"]) for r in results)
    conflicts = sum(len(r["rejected"]) for r in results)
    errors = sum(len(r["errors"]) for r in results)
    tried = accepted + conflicts + errors
    latencies = [ms for r in results for ms in r["ms"]]
    base_rate = sum(r["done"] for r in baseline) / args.baseline_seconds
    rate = tried / args.seconds
    verdict = "**passed**" if outcome.passed else "**FAILED**: " + "; ".join(outcome.problems[:5])
    section = f"""## Team workspace: {args.users} people editing one pursuit on PostgreSQL

{_report.machine_lines(info)}- Server: PostgreSQL {pg_version}, same machine (throw-away cluster, fsync off)

{args.users} processes, each with its own workspace, edit the {len(rows)} rows of the demo's largest
committee ({len(rows) // 2} seats and their stakeholders) for {args.seconds:g} s: read a row, pause up
to {args.think_ms:g} ms, save with the version read (`bench_team.py --seconds {args.seconds:g}`).

| | ours | baseline: plain `UPDATE` | ours / baseline |
|---|---|---|---|
| saves tried per second | {rate:,.0f} | {base_rate:,.0f} | {rate / base_rate:.2f}× |
| accepted | {accepted:,} ({accepted / args.seconds:,.0f}/s) | — | |
| conflicts (refused, reported) | {conflicts:,} ({conflicts / max(tried, 1):.0%} of saves) | — | |
| other errors | {errors} | — | |
| save latency, median / p95 | {_report.median(latencies):.1f} / {_report.p95(latencies):.1f} ms | — | |

Check ({outcome.rows_checked} rows, {outcome.log_entries:,} change-log entries): every accepted edit is
in the database (per row the accepted versions are exactly 2…final, the row holds the last accepted
value, one change-log entry per accepted edit with its value and user), and every rejected edit
was reported as a conflict and left no trace: {verdict}.

The baseline does none of that work (no validation, no version check, no change log, no
read before the write), so the ratio is the price of a save that can never silently lose
someone else's edit.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0 if outcome.passed else 1


if __name__ == "__main__":
    sys.exit(main())
