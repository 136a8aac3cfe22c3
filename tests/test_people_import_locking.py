"""A CRM import and the other writers: killed mid-way it leaves all or nothing; others wait for it.

The import plans every row first and then writes the whole file in one transaction, so a
`kill -9` at any moment leaves the workspace intact (PRAGMA integrity_check) with either every
person of the file or none. A writer that finds the workspace busy waits; one that waits too
long is told the workspace is busy with another writer, not a bare "database is locked".
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from consensus_app.storage import engine
from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.storage.workspace import open_workspace
from tests.crm_export import many_rows, write_csv

ROWS = 3000
# Seconds after the import says it is writing (its debug log, once the workspace is locked):
# from at once to about when a write of this size ends.
KILL_AFTER = (0.0, 0.02, 0.08, 0.25, 0.6)
WRITING = b"writing the plan of"


def _start_import(db: Path, report: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "consensus_app", "--debug", "--db", str(db), "import", str(report)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _state(db: Path) -> tuple[str, int, int]:
    with sqlite3.connect(db) as conn:
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
        (accounts,) = conn.execute("SELECT count(*) FROM account").fetchone()
        (people,) = conn.execute("SELECT count(*) FROM stakeholder").fetchone()
    return check, accounts, people


def test_an_import_killed_while_it_writes_leaves_all_or_nothing(tmp_path: Path) -> None:
    report = write_csv(tmp_path / "skagerrak.csv", many_rows(ROWS))
    empty = tmp_path / "empty.db"
    open_workspace(str(empty)).close()  # created and migrated, as a user's workspace already is
    outcomes = []
    for trial, delay in enumerate(KILL_AFTER):
        db = tmp_path / f"trial-{trial}.db"
        db.write_bytes(empty.read_bytes())
        process = _start_import(db, report)
        assert process.stderr is not None
        for line in process.stderr:  # reading, planning … until the write begins
            if WRITING in line:
                break
        else:
            pytest.fail(f"the import never started writing: {process.wait()}")
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        check, accounts, people = _state(db)
        assert check == "ok"
        assert (accounts, people) in ((0, 0), (1, ROWS)), f"half an import, killed {delay} s into its write"
        outcomes.append(people)
    assert 0 in outcomes  # killed mid-write: rolled back as a whole


def test_a_writer_waits_for_the_import_and_then_writes(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with open_workspace(str(db)) as ws:
        ws.repos.accounts.create(key="acme", name="Acme Corp")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process writing, as an import does
    holder.execute("INSERT INTO account (key, name, version) VALUES ('imp', 'Imported', 1)")
    released = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    released.start()
    try:
        with open_workspace(str(db)) as ws:
            ws.repos.accounts.create(key="globex", name="Globex")  # waits, then writes
            assert sorted(a.key for a in ws.repos.accounts.list()) == ["acme", "globex", "imp"]
    finally:
        released.join()
        holder.close()


def test_a_writer_kept_waiting_too_long_is_told_the_workspace_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    open_workspace(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 0.2)  # instead of a minute
    try:
        with open_workspace(str(db)) as ws, pytest.raises(DatabaseUnavailableError) as refused:
            ws.repos.accounts.create(key="globex", name="Globex")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "the workspace is busy — another program (a command-line import" in str(refused.value)
