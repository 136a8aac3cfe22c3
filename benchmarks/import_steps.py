"""The measurements of bench_import.py, each run in its own fresh process by `--step`."""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # generate/_report, and the app when not installed

import _report  # noqa: E402
import generate  # noqa: E402

# --- the measurements, each run in its own process by `--step` ------------------------------


def _document(args: argparse.Namespace, n_accounts: int | None = None) -> dict[str, Any]:
    """The generated portfolio, normalised as check_document would return it.

    Built one account at a time so that no second copy of the whole document ever lives:
    the process's memory before the timed part is the document's, not twice it.
    """
    from consensus_app.core.interchange import normalise

    head = {k: v for k, v in generate.portfolio(0, args.seed).items() if k != "accounts"}
    accounts = [
        normalise({**head, "accounts": [generate.account(i, args.seed)]})["accounts"][0]
        for i in range(n_accounts or args.accounts)
    ]
    gc.collect()
    return {**head, "accounts": accounts}


def _memory(before_rss: float | None) -> dict[str, Any]:
    """Peak RSS, and how far it rose above the RSS the timed part started from."""
    peak = _report.peak_rss_mib()
    return {
        "peak_mib": peak,
        "rss_before_mib": before_rss,
        "rise_mib": None if before_rss is None else max(0.0, peak - before_rss),
    }


def step_check(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.core.interchange import check_document, normalise

    raw = generate.portfolio(args.accounts, args.seed)
    gc.collect()
    before = _report.rss_mib()
    start = time.perf_counter()
    checked = check_document(raw, "generated portfolio")
    seconds = time.perf_counter() - start
    memory = _memory(before)
    # The other steps start from normalise(raw); make sure that is what checking returns.
    assert checked == normalise(raw), "check_document changed the generated document beyond normalising"
    return {"seconds": seconds, **memory, "counts": generate.counts(raw)}


def step_import(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    document = _document(args)
    start = time.perf_counter()
    workspace = open_workspace(args.db, actor="benchmark")
    opened = time.perf_counter()
    before = _report.rss_mib()
    summary = import_document(workspace, document, source="generated portfolio")
    done = time.perf_counter()
    workspace.close()
    return {
        "seconds": done - opened,
        "open_seconds": opened - start,
        **_memory(before),
        "summary": vars(summary),
        "db_mib": Path(args.db).stat().st_size / 2**20,
    }


def _account_ids(args: argparse.Namespace, ids: list[int]) -> tuple[list[int], list[int]]:
    rng = random.Random(args.seed)
    return [rng.choice(ids) for _ in range(args.warmup)], [rng.choice(ids) for _ in range(args.reads)]


def _timed_reads(read: Callable[[int], Any], warm: list[int], timed: list[int]) -> dict[str, Any]:
    start = time.perf_counter()
    read(warm[0])
    first_ms = (time.perf_counter() - start) * 1000
    for account_id in warm[1:]:
        read(account_id)
    times = []
    for account_id in timed:
        start = time.perf_counter()
        read(account_id)
        times.append((time.perf_counter() - start) * 1000)
    return {
        "first_ms": first_ms,
        "median_ms": _report.median(times),
        "p95_ms": _report.p95(times),
        "max_ms": max(times),
        "reads": len(times),
    }


def step_read(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.storage.workspace import open_workspace

    start = time.perf_counter()
    workspace = open_workspace(args.db, actor="benchmark")
    open_seconds = time.perf_counter() - start
    start = time.perf_counter()
    accounts = workspace.repos.accounts.list()
    list_ms = (time.perf_counter() - start) * 1000
    warm, timed = _account_ids(args, [a.id for a in accounts])

    def read(account_id: int) -> None:
        snapshot = workspace.repos.accounts.snapshot(account_id)
        assert len(snapshot.stakeholders) == generate.STAKEHOLDERS_PER_ACCOUNT
        assert (
            len(snapshot.priorities)
            == generate.STAKEHOLDERS_PER_ACCOUNT * generate.PRIORITIES_PER_STAKEHOLDER
        )

    result = _timed_reads(read, warm, timed)
    workspace.close()
    return {**result, "open_seconds": open_seconds, "list_ms": list_ms, "peak_mib": _report.peak_rss_mib()}


# --- the baseline: plain sqlite3 on the same schema ------------------------------------------

_BASE_COLUMNS = {
    "account": "id key name industry region website language notes",
    "stakeholder": "id account_id key name title function profile personal_win email phone location language "
    "notes reports_to_id",
    "relationship": "id account_id key source_id target_id kind strength notes",
    "pursuit": "id account_id key name value currency close_date stage status notes",
    "committee_member": "id pursuit_id stakeholder_id key role approver stance influence journey_stage "
    "last_engaged last_verified evidence notes",
    "priority": "id account_id key stakeholder_id pursuit_id text kind importance language",
    "message": "id account_id key pursuit_id title body theme status language",
    "message_recipient": "message_id stakeholder_id",
    "change_log": "at actor account_id pursuit_id entity entity_key action summary details",
}
_BASE_SQL = {
    table: f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    for table, names in ((table, columns.split()) for table, columns in _BASE_COLUMNS.items())
}


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")  # the same pragmas as the app's engine
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _base_rows(document: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows import_document writes, as tuples with ids numbered in Python (a new database)."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _BASE_SQL}
    next_id = dict.fromkeys(
        ("stakeholder", "relationship", "pursuit", "committee_member", "priority", "message"), 0
    )

    def new_id(table: str) -> int:
        next_id[table] += 1
        return next_id[table]

    at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    for account_id, a in enumerate(document["accounts"], 1):
        g = a.get
        rows["account"].append(
            (
                account_id,
                a["id"],
                a["name"],
                g("industry"),
                g("region"),
                g("website"),
                g("language"),
                g("notes"),
            )
        )
        ids = {p["id"]: new_id("stakeholder") for p in a["stakeholders"]}
        for p in a["stakeholders"]:
            g = p.get
            rows["stakeholder"].append(
                (
                    ids[p["id"]],
                    account_id,
                    p["id"],
                    p["name"],
                    g("title"),
                    p["function"],
                    p["profile"],
                    g("personal_win"),
                    g("email"),
                    g("phone"),
                    g("location"),
                    g("language"),
                    g("notes"),
                    ids.get(g("reports_to")),
                )
            )
        for r in a["relationships"]:
            rows["relationship"].append(
                (
                    new_id("relationship"),
                    account_id,
                    r["id"],
                    ids[r["source"]],
                    ids[r["target"]],
                    r["kind"],
                    r["strength"],
                    r.get("notes"),
                )
            )
        pursuits = {}
        for q in a["pursuits"]:
            g = q.get
            pursuits[q["id"]] = pursuit_id = new_id("pursuit")
            rows["pursuit"].append(
                (
                    pursuit_id,
                    account_id,
                    q["id"],
                    q["name"],
                    g("value"),
                    g("currency"),
                    g("close_date"),
                    q["stage"],
                    q["status"],
                    g("notes"),
                )
            )
            for m in q["committee"]:
                g = m.get
                rows["committee_member"].append(
                    (
                        new_id("committee_member"),
                        pursuit_id,
                        ids[m["stakeholder"]],
                        m["id"],
                        m["role"],
                        int(m["approver"]),
                        m["stance"],
                        m["influence"],
                        g("journey_stage"),
                        g("last_engaged"),
                        g("last_verified"),
                        g("evidence"),
                        g("notes"),
                    )
                )
        for p in a["priorities"]:
            rows["priority"].append(
                (
                    new_id("priority"),
                    account_id,
                    p["id"],
                    ids[p["stakeholder"]],
                    pursuits.get(p.get("pursuit", "")),
                    p["text"],
                    p["kind"],
                    p["importance"],
                    p.get("language"),
                )
            )
        for m in a["messages"]:
            message_id = new_id("message")
            rows["message"].append(
                (
                    message_id,
                    account_id,
                    m["id"],
                    pursuits.get(m.get("pursuit", "")),
                    m["title"],
                    m["body"],
                    m.get("theme"),
                    m["status"],
                    m.get("language"),
                )
            )
            rows["message_recipient"].extend((message_id, ids[ref]) for ref in m.get("stakeholders", []))
        rows["change_log"].append(
            (
                at,
                "benchmark",
                account_id,
                None,
                "account",
                a["id"],
                "import",
                f"Imported account {a['name']} from generated portfolio",
                None,
            )
        )
    return rows


def step_base_import(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.storage.workspace import open_workspace

    open_workspace(args.db, actor="benchmark").close()  # the same schema, made by the migrations
    document = _document(args)
    before = _report.rss_mib()
    start = time.perf_counter()
    conn = _connect(args.db)
    conn.execute("BEGIN")
    for table, rows in _base_rows(document).items():
        if rows:
            conn.executemany(_BASE_SQL[table], rows)
    conn.execute("COMMIT")
    conn.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, **_memory(before), "db_mib": Path(args.db).stat().st_size / 2**20}


def step_base_read(args: argparse.Namespace) -> dict[str, Any]:
    conn = _connect(args.db)
    ids = [row_id for (row_id,) in conn.execute("SELECT id FROM account ORDER BY id")]
    warm, timed = _account_ids(args, ids)
    by_account = "SELECT * FROM {} WHERE account_id = ? ORDER BY id"

    def read(account_id: int) -> dict[str, Any]:
        one = {"account": conn.execute("SELECT * FROM account WHERE id = ?", (account_id,)).fetchone()}
        for table in ("stakeholder", "relationship", "priority", "pursuit", "message"):
            one[table] = conn.execute(by_account.format(table), (account_id,)).fetchall()
        one["committee_member"] = conn.execute(
            "SELECT c.* FROM committee_member c JOIN pursuit p ON p.id = c.pursuit_id "
            "WHERE p.account_id = ? ORDER BY c.id",
            (account_id,),
        ).fetchall()
        one["message_recipient"] = conn.execute(
            "SELECT r.message_id, r.stakeholder_id FROM message_recipient r "
            "JOIN message m ON m.id = r.message_id WHERE m.account_id = ? ORDER BY r.stakeholder_id",
            (account_id,),
        ).fetchall()
        assert len(one["stakeholder"]) == generate.STAKEHOLDERS_PER_ACCOUNT
        return one

    result = _timed_reads(read, warm, timed)
    conn.close()
    return {**result, "peak_mib": _report.peak_rss_mib()}


# --- for comparison: the ORM unit of work on a slice ------------------------------------------


def step_orm(args: argparse.Namespace) -> dict[str, Any]:
    """ORM objects through Session.add_all, flushing per account to learn ids (no bulk paths)."""
    from consensus_app.storage.workspace import open_workspace
    from models import Account, CommitteeMember, Priority, Pursuit, Relationship, Stakeholder

    n = min(args.orm_accounts, args.accounts)
    document = _document(args, n)
    workspace = open_workspace(args.db, actor="benchmark")
    start = time.perf_counter()
    with workspace.write() as session:
        for a in document["accounts"]:
            account = Account(
                key=a["id"],
                name=a["name"],
                industry=a.get("industry"),
                region=a.get("region"),
                language=a.get("language"),
            )
            session.add(account)
            session.flush()
            people = {
                p["id"]: Stakeholder(
                    account_id=account.id,
                    key=p["id"],
                    name=p["name"],
                    title=p.get("title"),
                    function=p["function"],
                    profile=p["profile"],
                    email=p.get("email"),
                )
                for p in a["stakeholders"]
            }
            session.add_all(people.values())
            session.flush()
            for p in a["stakeholders"]:
                if "reports_to" in p:
                    people[p["id"]].reports_to_id = people[p["reports_to"]].id
            session.add_all(
                Relationship(
                    account_id=account.id,
                    key=r["id"],
                    source_id=people[r["source"]].id,
                    target_id=people[r["target"]].id,
                    kind=r["kind"],
                    strength=r["strength"],
                )
                for r in a["relationships"]
            )
            pursuits = {
                q["id"]: Pursuit(
                    account_id=account.id,
                    key=q["id"],
                    name=q["name"],
                    value=q.get("value"),
                    currency=q.get("currency"),
                    stage=q["stage"],
                    status=q["status"],
                )
                for q in a["pursuits"]
            }
            session.add_all(pursuits.values())
            session.flush()
            session.add_all(
                CommitteeMember(
                    pursuit_id=pursuits[q["id"]].id,
                    stakeholder_id=people[m["stakeholder"]].id,
                    key=m["id"],
                    role=m["role"],
                    approver=m["approver"],
                    stance=m["stance"],
                    influence=m["influence"],
                )
                for q in a["pursuits"]
                for m in q["committee"]
            )
            session.add_all(
                Priority(
                    account_id=account.id,
                    key=p["id"],
                    stakeholder_id=people[p["stakeholder"]].id,
                    pursuit_id=pursuits[p["pursuit"]].id if "pursuit" in p else None,
                    text=p["text"],
                    kind=p["kind"],
                    importance=p["importance"],
                    language=p.get("language"),
                )
                for p in a["priorities"]
            )
    seconds = time.perf_counter() - start
    workspace.close()
    return {
        "seconds": seconds,
        "accounts": n,
        "extrapolated_seconds": seconds * args.accounts / n,
        "peak_mib": _report.peak_rss_mib(),
    }


STEPS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "check": step_check,
    "import": step_import,
    "read": step_read,
    "base_import": step_base_import,
    "base_read": step_base_read,
    "orm": step_orm,
}
