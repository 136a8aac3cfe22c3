"""The portfolio board on the 2,000-account portfolio (benchmarks/generate.py, 2,977 pursuits, of
which the open ones are on the board): View ▸ Portfolio board in the real main window, offscreen.

Measured, from choosing the menu entry:
  shown     the board's rows on screen (read in a worker with a few grouped queries), readiness
            not yet known for pursuits without a reading kept today;
  filled    every open pursuit assessed in the background (a few accounts at a time, each
            chunk kept as the day's reading and shown as it lands);
  stall     the GUI thread's longest stall meanwhile: a 5 ms timer on the GUI thread, the
            longest gap between its ticks less 5 ms (and the 99th percentile);
  again     the board opened again the same day: every reading is fresh, nothing is assessed.

    .venv/bin/python benchmarks/bench_portfolio_board.py [--accounts 2000] [--db prepared.db] [--no-write]

`--db` reuses a workspace the generated portfolio was imported into (a copy is measured, so its
readings start empty); without it the portfolio is generated and imported first (about 30 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import _report  # noqa: E402

SECTION = "portfolio-board"
SHOW_TARGET_S = 1.0
FILL_TARGET_S = 20.0
STALL_TARGET_MS = 100.0
TICK_MS = 5


def _prepare(folder: Path, accounts: int, prepared: Path | None) -> Path:
    db = folder / "portfolio.db"
    if prepared is not None:
        shutil.copy(prepared, db)
        return db
    from generate import portfolio

    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    workspace = open_workspace(str(db), actor="bench")
    import_document(workspace, check_document(portfolio(accounts)))
    workspace.close()
    return db


class StallProbe:
    """A timer on the GUI thread; each late tick is a stall of the thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.busy: list[float] = []  # the GUI thread's own CPU time between two ticks, ms
        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.busy.clear()
        self.bursts: list[tuple[float, int]] = []
        self.waits: list[tuple[float, int]] = []
        self._started = self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()  # (the timer fires on the GUI thread)
        self.gaps.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self.busy.append((cpu - self._cpu) * 1000)
        if self.busy[-1] > 50:  # when, after the start, the GUI thread itself was busy that long
            self.bursts.append((round(now - self._started, 2), round(self.busy[-1])))
        if self.gaps[-1] > 100:  # when it waited that long (for the CPU, the GIL, a lock)
            self.waits.append((round(now - self._started, 2), round(self.gaps[-1])))
        self._last, self._cpu = now, cpu

    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0)

    def busiest_ms(self) -> float:
        return max(self.busy, default=0.0)

    def p99_ms(self) -> float:
        ordered = sorted(self.gaps)
        return ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0


def _pump_until(app: Any, done: Any, timeout_s: float) -> float:
    from PySide6.QtCore import QEventLoop

    start = time.perf_counter()
    while not done():
        if time.perf_counter() - start > timeout_s:
            raise SystemExit(f"timed out after {timeout_s} s")
        # Wait for the next event (the probe's timer ticks every 5 ms): polling in a loop here would
        # keep the GUI thread (and the GIL) busy, as no window's event loop does.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return time.perf_counter() - start


def _open_board(app: Any, window: Any, probe: StallProbe) -> dict[str, Any]:
    from consensus_app.ui.tasks import board as task_board

    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == "portfolio-board"
    )
    cpu0 = time.process_time()
    probe.start()
    start = time.perf_counter()
    action.trigger()
    board = window.portfolio_window
    _pump_until(app, lambda: board.model.rowCount() > 0 and board._reading is None, 60)
    board.table.viewport().repaint()  # on screen
    shown = time.perf_counter() - start
    waiting = sum(1 for r in board.model.rows() if not r.assessed)
    seen_task = any("portfolio board" in t.name for t in task_board().tasks())
    _pump_until(app, lambda: not board.filler.busy and all(r.assessed for r in board.model.rows()), 600)
    filled = time.perf_counter() - start
    probe.stop()
    return {
        "rows": board.model.rowCount(),
        "waiting": waiting,
        "shown": shown,
        "filled": filled,
        "cpu": time.process_time() - cpu0,
        "stall": probe.longest_ms(),
        "p99": probe.p99_ms(),
        "busiest": probe.busiest_ms(),
        "gui_cpu": sum(probe.busy) / 1000,
        "bursts": list(probe.bursts),
        "waits": list(probe.waits),
        "ticks": len(probe.gaps),
        "task_listed": seen_task,
    }


def measure(db: Path) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from consensus_app.core.native_threads import limit_native_threads

    limit_native_threads()
    from consensus_app.storage.workspace import open_workspace
    from consensus_app.ui.controller import WorkspaceController
    from consensus_app.ui.main_window import MainWindow
    from consensus_app.ui.settings import UiSettings
    from consensus_app.ui.tasks import board as task_board
    from consensus_app.ui.tasks import stop_all

    workspace = open_workspace(str(db), actor="bench")
    settings = UiSettings(QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat))
    window = MainWindow(WorkspaceController(workspace), settings)
    window.resize(1400, 860)
    window.show()
    # The main window opens its first pursuit and assesses and themes it: let that settle first.
    probe = StallProbe()
    probe.start()  # (its ticks also wake the waits below)
    _pump_until(app, lambda: window.controller.pursuit_map is not None, 120)
    _pump_until(app, lambda: not task_board().tasks(), 300)
    first = _open_board(app, window, probe)
    print(f"  first open: {first}")
    window.portfolio_window.close()
    again = _open_board(app, window, probe)
    print(f"  again: {again}")
    stop_all()
    window.close()
    workspace.close()
    return {"first": first, "again": again}


def _waits(waits: list[tuple[float, int]], shown: int = 8) -> str:
    listed = ", ".join(f"{at:g} s: {ms} ms" for at, ms in waits[:shown])
    return listed + (" …" if len(waits) > shown else "")


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="a workspace the generated portfolio was imported into")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()
    with tempfile.TemporaryDirectory() as folder:
        db = _prepare(Path(folder), args.accounts, args.db)
        result = measure(db)
    first, again = result["first"], result["again"]
    section = f"""## Portfolio board: {args.accounts:,} accounts (issue 18)

`benchmarks/bench_portfolio_board.py`: the generated portfolio (`benchmarks/generate.py`, {args.accounts:,}
accounts, 2,977 pursuits, {first["rows"]:,} of them open) in a SQLite workspace; the real main window
(offscreen), its first pursuit opened and settled; then View ▸ Portfolio board. A 5 ms timer on the
GUI thread measures its stalls from the click until the last pursuit is assessed.

{_report.machine_lines(info)}{_report.threads_line()}{_report.load_line()}
| measure | result | target | met? |
|---|---:|---|---|
| board shown (rows read in a worker, on screen), no readings kept yet | {first["shown"] * 1000:,.0f} ms \
| < {SHOW_TARGET_S * 1000:,.0f} ms | {_met(first["shown"] < SHOW_TARGET_S)} |
| readiness filled in: {first["waiting"]:,} pursuits assessed in the background and kept \
| {first["filled"]:.1f} s | < {FILL_TARGET_S:.0f} s | {_met(first["filled"] < FILL_TARGET_S)} |
| GUI thread's longest stall meanwhile (99th percentile) | {first["stall"]:,.0f} ms ({first["p99"]:,.0f} ms) \
| < {STALL_TARGET_MS:.0f} ms | {_met(first["stall"] < STALL_TARGET_MS)} |
| … the GUI thread's own CPU time in its longest burst between two ticks (our work on it, \
without the machine's other load or waiting for the worker) | {first["busiest"]:,.0f} ms | < 50 ms \
| {_met(first["busiest"] < 50)} |
| process CPU time, click to filled (both threads) | {first["cpu"]:.1f} s | — | — |
| … of which the workers' (the process's less the GUI thread's {first["gui_cpu"]:.1f} s): what the fill \
would take on a core of its own | {first["cpu"] - first["gui_cpu"]:.1f} s | < {FILL_TARGET_S:.0f} s \
| {_met(first["cpu"] - first["gui_cpu"] < FILL_TARGET_S)} |
| opened again the same day: shown (nothing to assess: {again["waiting"]} waiting) \
| {again["shown"] * 1000:,.0f} ms \
| < {SHOW_TARGET_S * 1000:,.0f} ms | {_met(again["shown"] < SHOW_TARGET_S and again["waiting"] == 0)} |
| … its GUI thread's longest stall (its own CPU in its longest burst) \
| {again["stall"]:,.0f} ms ({again["busiest"]:,.0f} ms) | < {STALL_TARGET_MS:.0f} ms \
| {_met(again["stall"] < STALL_TARGET_MS)} |
| … process CPU time, click to shown | {again["cpu"]:.2f} s | — | — |

- The fill was listed in the status bar's task list (with its progress and Cancel): \
{"yes" if first["task_listed"] else "no"}.
- Readiness on the board is the structural assessment (`assess` without the committee's themes, so
  DIVERGENT_PRIORITIES is not assessed there); accounts are read 40 at a time with one query per
  table (people, ties, pursuits, seats, plan steps), not account by account (48.7 s for all 2,000,
  see Analytics). Each chunk's readings are kept in one transaction as the day's reading.
- Days in stage and days idle come from grouped queries over the change log; the latest reading's
  findings are parsed for the latest reading of each pursuit only.
- The GUI thread's longest bursts of its own work: {first["bursts"]} (seconds after the click, ms);
  its waits over 100 ms (for a core, or for the GIL the worker holds): {len(first["waits"])}, spread
  over the fill ({_waits(first["waits"])}).
  Its own CPU time over the whole fill: {first["gui_cpu"]:.1f} s. The waits are not our work on the
  GUI thread; on this shared machine they vary from run to run (a run with `gc.freeze()` beforehand
  had as many, so they are not full garbage collections).
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
