"""Edits killed with kill -9: the workspace stays intact and each edit is all or nothing.

A child process makes edits as the window does (a stance set on a committee seat together with
a priority naming it, one transaction each, with their change-log entries) as fast as it can; the
test kills it at a few moments and checks `PRAGMA integrity_check`, that every priority the
child wrote has the stance it was written with (no half edit), and that every entry of the change
log belongs to a whole edit.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from tests.conftest import minimal_document

KILL_AFTER = (0.05, 0.2, 0.5, 1.0)  # seconds after the child says it has started editing


def _child_source() -> str:
    """The editing child: one seat's stance and a numbered priority, in one transaction per edit."""
    return """
import sys
from consensus_app.storage.workspace import open_workspace
from models import PriorityKind

ws = open_workspace(sys.argv[1], actor="editor")
seat = ws.repos.committee.list_where()[0]
account_id = ws.repos.stakeholders.get(seat.stakeholder_id).account_id
print("editing", flush=True)
for n in range(100_000):
    stance = n % 5 - 2
    with ws.write():  # one edit: the stance and the priority that records it, together
        version = ws.repos.committee.get(seat.id).version
        ws.repos.committee.update(seat.id, expected_version=version, stance=stance)
        ws.repos.priorities.create(
            account_id=account_id, stakeholder_id=seat.stakeholder_id,
            text=f"edit {n} stance {stance}", kind=PriorityKind.GOAL,
        )
"""


def _state(db: Path) -> tuple[str, list[str], int]:
    with sqlite3.connect(db) as conn:
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
        texts = [t for (t,) in conn.execute("SELECT text FROM priority WHERE text LIKE 'edit %' ORDER BY id")]
        stance = conn.execute("SELECT stance FROM committee_member ORDER BY id LIMIT 1").fetchone()[0]
    return check, texts, stance


def test_edits_killed_mid_way_leave_an_intact_workspace_and_whole_edits(tmp_path: Path) -> None:
    seeded = tmp_path / "seeded.db"
    with open_workspace(str(seeded)) as workspace:
        import_document(workspace, check_document(minimal_document()))
    edits_seen = []
    for trial, delay in enumerate(KILL_AFTER):
        db = tmp_path / f"trial-{trial}.db"
        db.write_bytes(seeded.read_bytes())
        child = subprocess.Popen(
            [sys.executable, "-c", _child_source(), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"editing", child.stderr.read() if child.stderr else ""
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        check, texts, stance = _state(db)
        assert check == "ok"
        # Edits are numbered in order: the ones that landed are exactly the first ones, none lost
        # in the middle, and the seat holds the stance of the last one (never a half edit).
        numbers = [int(t.split()[1]) for t in texts]
        assert numbers == list(range(len(numbers)))
        if texts:
            assert stance == int(texts[-1].split()[-1])
        edits_seen.append(len(texts))
    print("edits that landed before each kill:", edits_seen)
    assert max(edits_seen) > 0  # the kills did land while edits were being written
