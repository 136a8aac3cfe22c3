"""The portfolio board on the 2,000-account portfolio (benchmarks/generate.py, 2,977 pursuits, of
which the open ones are on the board): View ▸ Portfolio board in the real main window, offscreen.

Measured, from choosing the menu entry:
  shown     the board's rows on screen (read in a worker with a few grouped queries), readiness
            not yet known for pursuits without a reading kept today;
  filled    every open pursuit has a score: the first pass assesses each without its themes (a
            few accounts at a time, each chunk kept as the day's reading and shown as it lands);
  themed    the second pass done: the pursuits whose priorities' sentence vectors are stored
            assessed again with their themes (their scores then equal the Assessment tab's);
  slice     the window's responsiveness meanwhile: the GUI thread's CPU time in each pass of its
            event loop (one processEvents: what a click waits for at most, besides the click's own
            handler, measured too), the longest; and the longest wait of a 5 ms timer on the GUI
            thread (the gap between ticks less 5 ms, whatever held it: our work, the worker holding
            the GIL, or the machine's other load), with the 99th percentile. The GUI thread's CPU
            between two ticks is kept as well, but it is not one slice: Qt's event loop (glib) runs
            a timer that fired only once nothing else is pending, so while paints and chunks keep
            arriving the ticks wait and several passes add up;
  again     the board opened again the same day: every reading is fresh, nothing is assessed.

Run twice: on the generated portfolio as imported (no stored vectors: every score provisional,
the first pass only), and with a vector stored for every priority (as after Themes for marketing
or after each account was opened once), where every pursuit is assessed a second time with its
themes. The stored vectors are random unit vectors seeded by the statement's text (the same text,
the same vector; the encoder would take hours for 200,000 statements on this machine): the
clustering does the same work as with real ones.

    .venv/bin/python benchmarks/bench_portfolio_board.py [--accounts 2000] [--db prepared.db] [--no-write]

`--db` reuses a workspace the generated portfolio was imported into (a copy is measured, so its
readings start empty); without it the portfolio is generated and imported first (about 30 s).
Pursuits get owners (twelve colleagues; one in eight pursuits has none) before either run.
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
SLICE_TARGET_MS = 50.0
TICK_MS = 5
COLLEAGUES = (
    "Ana Lima", "김지우", "佐藤 美咲", "رضا احمدی", "Ingrid Solberg", "Ben Okafor", "Chloé Dubois",
    "Hiroshi Tanaka", "Priya Patel", "Søren Andersen", "Leila Haddad", "Tomás García",
)  # fmt: skip


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


def _give_owners(db: Path) -> None:
    """Twelve colleagues own the pursuits in turn (they have written here: workspace_user); one
    pursuit in eight has no owner."""
    from sqlalchemy import text

    from consensus_app.storage.workspace import Identity, open_workspace

    workspace = open_workspace(str(db), actor="bench")
    people = [Identity.named(name) for name in COLLEAGUES]
    with workspace.engine.begin() as db_:
        db_.execute(
            text("INSERT INTO workspace_user (id, display_name, updated_at) VALUES (:id, :name, :at)"),
            [{"id": p.user_id, "name": p.display_name, "at": "2026-12-01 09:00:00"} for p in people],
        )
        ids = [row[0] for row in db_.execute(text("SELECT id FROM pursuit ORDER BY id"))]
        db_.execute(
            text("UPDATE pursuit SET owner_id = :owner, owner_name = :name WHERE id = :id"),
            [
                {"id": pid, "owner": people[i % 12].user_id, "name": people[i % 12].display_name}
                for i, pid in enumerate(ids)
                if i % 8 != 7
            ],
        )
    workspace.close()


def _store_vectors(db: Path) -> int:
    """A vector for every priority under the installed encoder's name, as if each had been
    encoded: random, unit length, seeded by the text (so the same text has the same vector)."""
    import numpy as np
    from sqlalchemy import text

    from consensus_app.core.themes import encoder
    from consensus_app.core.themes.vectors import text_hash
    from consensus_app.storage.priority_vectors import PriorityVectorRepository
    from consensus_app.storage.workspace import open_workspace

    info = encoder.available()
    if info is None:
        raise SystemExit("no sentence encoder installed: the board themes by shared words, no vectors")
    workspace = open_workspace(str(db), actor="bench")
    store = PriorityVectorRepository(workspace)
    with workspace.engine.connect() as db_:
        priorities = db_.execute(text("SELECT id, text FROM priority")).all()
    made: dict[str, Any] = {}
    rows = {}
    for priority_id, statement in priorities:
        digest = text_hash(statement)
        if digest not in made:
            vector = np.random.default_rng(int(digest[:12], 16)).standard_normal(info.dims).astype(np.float32)
            made[digest] = vector / np.linalg.norm(vector)
        rows[priority_id] = (digest, made[digest])
    ids = list(rows)
    for start in range(0, len(ids), 20_000):
        store.store(info.name, {pid: rows[pid] for pid in ids[start : start + 20_000]})
    workspace.close()
    return len(rows)


class StallProbe:
    """A timer on the GUI thread; each late tick is a stall of the thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.busy: list[float] = []  # the GUI thread's own CPU time between two ticks, ms
        self.passes: list[tuple[float, float, float]] = []  # (seconds after the start, CPU ms, wall ms)
        self.queued: list[float] = []  # each pass's time runnable but waiting for a core, ms
        self.recording = False
        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.busy.clear()
        self.passes.clear()
        self.queued.clear()
        self.recording = True
        self.bursts: list[tuple[float, int]] = []
        self.waits: list[tuple[float, int]] = []
        self._started = self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.recording = False

    def run(self, step: Any, *args: Any) -> Any:
        """One pass of the GUI thread's work (a processEvents, the click): its CPU time noted."""
        if not self.recording:
            return step(*args)
        cpu, wall, queued = time.thread_time(), time.perf_counter(), _run_queue_wait()
        try:
            return step(*args)
        finally:
            ms = (time.thread_time() - cpu) * 1000
            self.passes.append((round(wall - self._started, 2), ms, (time.perf_counter() - wall) * 1000))
            self.queued.append(_run_queue_wait() - queued)

    def slowest_by_clock(self) -> tuple[float, float, float]:
        """The pass that took longest by the clock: (wall, CPU, waiting for a core) in ms; the
        rest of its time the thread slept: for the interpreter lock, or for the next event."""
        if not self.passes:
            return (0.0, 0.0, 0.0)
        at = max(range(len(self.passes)), key=lambda i: self.passes[i][2])
        return (self.passes[at][2], self.passes[at][1], self.queued[at])

    def longest_pass_ms(self) -> float:
        """The most CPU time the GUI thread spent in one pass: our own work."""
        return max((ms for _at, ms, _wall in self.passes), default=0.0)

    def longest_pass_wall_ms(self) -> float:
        """The longest pass by the clock: our work and whatever held the thread up inside it (the
        worker holding the interpreter lock, the machine's other load)."""
        return max((wall for _at, _ms, wall in self.passes), default=0.0)

    def long_passes(self, over_ms: float = 30) -> list[tuple[float, int, int]]:
        """(seconds after the click, CPU ms, wall ms) of the passes over `over_ms` of CPU time."""
        return [(at, round(ms), round(wall)) for at, ms, wall in self.passes if ms > over_ms]

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


def _run_queue_wait() -> float:
    """This thread's time so far runnable but not running (Linux's schedstat), ms; 0 elsewhere."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stats:
            return int(stats.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _pump_until(app: Any, done: Any, timeout_s: float, probe: StallProbe | None = None) -> float:
    from PySide6.QtCore import QEventLoop

    start = time.perf_counter()
    wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    while not done():
        if time.perf_counter() - start > timeout_s:
            raise SystemExit(f"timed out after {timeout_s} s")
        # Wait for the next event (the probe's timer ticks every 5 ms): polling in a loop here would
        # keep the GUI thread (and the GIL) busy, as no window's event loop does. Each call is one
        # pass of the event loop, as app.exec() makes them.
        if probe is None:
            app.processEvents(wait)
        else:
            probe.run(app.processEvents, wait)
    return time.perf_counter() - start


class PaintWatch:
    """When the board's table last painted itself (the rows are on screen once it has, after
    they arrived): the run waits for the window's own paint instead of forcing one."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint, watch = QEvent.Type.Paint, self

        class _Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == paint:
                    watch.painted = time.perf_counter()
                return False

        self.painted = 0.0
        self._filter = _Filter()
        widget.installEventFilter(self._filter)
        self._widget = widget

    def close(self) -> None:
        self._widget.removeEventFilter(self._filter)


def _open_board(app: Any, window: Any, probe: StallProbe) -> dict[str, Any]:
    from consensus_app.ui.tasks import board as task_board

    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == "portfolio-board"
    )
    # The user chooses the entry in the main window, which is the active window then (offscreen,
    # nothing is active until a window asks: the click would also activate the application and
    # expose the main window again, which no user's click does).
    window.activateWindow()
    _pump_until(app, lambda: app.activeWindow() is window, 10)
    cpu0 = time.process_time()
    probe.start()
    start = time.perf_counter()
    probe.run(action.trigger)  # the click's own handler: a pass of its own
    board = window.portfolio_window
    watch = PaintWatch(board.table.viewport())
    reset = [start]  # the table's last reset: its rows are on screen once it has painted since

    def note_reset() -> None:
        reset.append(time.perf_counter())

    board.model.modelReset.connect(note_reset)

    def on_screen() -> bool:
        arrived = board.model.rowCount() > 0 and board._reading is None
        return arrived and watch.painted > reset[-1]

    _pump_until(app, on_screen, 60, probe)
    board.model.modelReset.disconnect(note_reset)
    watch.close()
    shown = time.perf_counter() - start
    waiting = sum(1 for r in board.model.rows() if not r.assessed)
    seen_task = any("portfolio board" in t.name for t in task_board().tasks())
    filled: list[float] = []

    def done() -> bool:
        if not filled and all(r.assessed for r in board.model.rows()):
            filled.append(time.perf_counter() - start)  # every row has a score (the first pass)
            # The workers' CPU time so far: what the first pass takes on a core of its own.
            filled.append(time.process_time() - cpu0 - sum(probe.busy) / 1000)
        return bool(filled) and not board.filler.busy

    _pump_until(app, done, 900, probe)
    themed = time.perf_counter() - start
    probe.stop()
    rows = board.model.rows()
    return {
        "rows": board.model.rowCount(),
        "waiting": waiting,
        "shown": shown,
        "filled": filled[0],
        "filled_cpu": filled[1],
        "themed": themed,
        "provisional": sum(1 for r in rows if r.provisional),
        "owned": sum(1 for r in rows if r.owner_id),
        "cpu": time.process_time() - cpu0,
        "stall": probe.longest_ms(),
        "p99": probe.p99_ms(),
        "busiest": probe.longest_pass_ms(),
        "busiest_wall": probe.longest_pass_wall_ms(),
        "long_passes": probe.long_passes(),
        "long_wall": max(probe.passes, key=lambda p: p[1], default=(0, 0, 0.0))[2],
        "slowest": probe.slowest_by_clock(),
        "between_ticks": probe.busiest_ms(),
        "gui_cpu": sum(probe.busy) / 1000,
        "bursts": list(probe.bursts),
        "waits": list(probe.waits),
        "ticks": len(probe.gaps),
        "task_listed": seen_task,
    }


def _export_pdf(app: Any, board: Any, probe: StallProbe, folder: Path) -> dict[str, Any]:
    """Export PDF… of the whole board (as the button does, without its file dialog): drawn in a
    worker; the GUI thread's passes meanwhile."""
    path = folder / "board.pdf"
    probe.start()
    cpu0 = time.process_time()
    start = time.perf_counter()
    task = probe.run(board.export, path, "pdf")  # the click's own handler
    ended: list[float] = []
    task.sig_finished.connect(lambda: ended.append(time.perf_counter()))
    _pump_until(app, lambda: bool(ended), 300, probe)
    probe.stop()
    return {
        "rows": len(board.shown_rows()),
        "seconds": ended[0] - start,
        "worker_cpu": time.process_time() - cpu0 - sum(probe.busy) / 1000,
        "busiest": probe.longest_pass_ms(),
        "busiest_wall": probe.longest_pass_wall_ms(),
        "written": path.exists(),
    }


def measure(db: Path) -> dict[str, Any]:
    """Open the board twice in the real window on `db` (a fresh copy: no readings kept)."""
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
    pdf = _export_pdf(app, window.portfolio_window, probe, db.parent)
    print(f"  pdf: {pdf}")
    stop_all()
    window.close()
    workspace.close()
    return {"first": first, "again": again, "pdf": pdf}


def _waits(waits: list[tuple[float, int]], shown: int = 8) -> str:
    listed = ", ".join(f"{at:g} s: {ms} ms" for at, ms in waits[:shown])
    return listed + (" …" if len(waits) > shown else "")


def _split(slowest: tuple[float, float, float]) -> str:
    wall, cpu, queued = slowest
    asleep = max(0.0, wall - cpu - queued)
    return (
        f"{wall:,.0f} ms = {cpu:,.0f} ms running + {queued:,.0f} ms waiting for a core + {asleep:,.0f} ms "
        "asleep (for the interpreter lock, or the next event)"
    )


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _rows(run: dict[str, Any], label: str) -> str:
    first, again, pdf = run["first"], run["again"], run["pdf"]
    return f"""| **{label}** | | | |
| board shown (rows read in a worker, on screen), no readings kept yet | {first["shown"] * 1000:,.0f} ms \
| < {SHOW_TARGET_S * 1000:,.0f} ms | {_met(first["shown"] < SHOW_TARGET_S)} |
| filled: every one of {first["waiting"]:,} pursuits has a score (first pass, no themes) \
| {first["filled"]:.1f} s | < {FILL_TARGET_S:.0f} s | {_met(first["filled"] < FILL_TARGET_S)} |
| … the workers' CPU time until then (what it takes on a core of its own, without the machine's \
other load) | {first["filled_cpu"]:.1f} s | < {FILL_TARGET_S:.0f} s \
| {_met(first["filled_cpu"] < FILL_TARGET_S)} |
| themed: second pass done ({first["waiting"] - first["provisional"]:,} pursuits assessed again with \
their themes; {first["provisional"]:,} stay provisional) | {first["themed"]:.1f} s | — | — |
| longest GUI-thread slice of our own work, click to themed: its CPU time in one pass of the event \
loop (that pass by the clock; the longest pass by the clock) | {first["busiest"]:,.0f} ms \
({first["long_wall"]:,.0f} ms; {first["busiest_wall"]:,.0f} ms) | < {SLICE_TARGET_MS:.0f} ms \
| {_met(first["busiest"] < SLICE_TARGET_MS)} |
| longest wait of the GUI thread, whatever held it (99th percentile) \
| {first["stall"]:,.0f} ms ({first["p99"]:,.0f} ms) | — | — |
| process CPU time, click to themed (both threads); the GUI thread's part \
| {first["cpu"]:.1f} s; {first["gui_cpu"]:.1f} s | — | — |
| opened again the same day: shown (nothing to assess: {again["waiting"]} waiting) \
| {again["shown"] * 1000:,.0f} ms | < {SHOW_TARGET_S * 1000:,.0f} ms \
| {_met(again["shown"] < SHOW_TARGET_S and again["waiting"] == 0)} |
| … its longest GUI-thread slice (the longest pass by the clock; the longest wait) \
| {again["busiest"]:,.0f} ms ({again["busiest_wall"]:,.0f} ms; {again["stall"]:,.0f} ms) \
| < {SLICE_TARGET_MS:.0f} ms | {_met(again["busiest"] < SLICE_TARGET_MS)} |
| Export PDF… of its {pdf["rows"]:,} rows, drawn in a worker: until written (the worker's CPU time) \
| {pdf["seconds"]:.2f} s ({pdf["worker_cpu"]:.2f} s) | — \
| {"written" if pdf["written"] else "**not written**"} |
| … the longest GUI-thread slice meanwhile (the longest pass by the clock) \
| {pdf["busiest"]:,.0f} ms ({pdf["busiest_wall"]:,.0f} ms) | < {SLICE_TARGET_MS:.0f} ms \
| {_met(pdf["busiest"] < SLICE_TARGET_MS)} |
"""


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
        _give_owners(db)
        plain = db.with_name("plain.db")
        shutil.copy(db, plain)
        bare = measure(plain)
        vectors = _store_vectors(db)
        themed = measure(db)
    first = bare["first"]
    full = themed["first"]
    slower = full["themed"] / max(0.001, first["filled"])
    pursuits = max(1, full["waiting"])
    plain_cpu_ms = 1000 * first["filled_cpu"] / max(1, first["waiting"])
    themes_cpu_ms = 1000 * (full["cpu"] - full["gui_cpu"] - full["filled_cpu"]) / pursuits
    section = f"""## Portfolio board: {args.accounts:,} accounts (issue 18)

`benchmarks/bench_portfolio_board.py`: the generated portfolio (`benchmarks/generate.py`, {args.accounts:,}
accounts, 2,977 pursuits, {first["rows"]:,} of them open, {first["owned"]:,} with an owner) in a SQLite
workspace; the real main window (offscreen), its first pursuit opened and settled; then View ▸
Portfolio board. From the click until the last pursuit is assessed: the longest slice of the GUI
thread's own work (the CPU time of one pass of its event loop, or of the click's handler: the
window cannot answer during it), and the longest wait of a 5 ms timer on the GUI thread for any
reason (our work, the worker holding the interpreter lock, the machine's other load).

{_report.machine_lines(info)}{_report.threads_line()}{_report.load_line()}
| measure | result | target | met? |
|---|---:|---|---|
{_rows(bare, "As imported: no stored sentence vectors, every score provisional")}\
{_rows(themed, f"Every priority's vector stored ({vectors:,}): every pursuit assessed with its themes")}
- The board's rows are read in a worker with a few grouped queries; readiness is assessed in another
  worker (the window's task list shows it with its progress and Cancel: \
{"yes" if first["task_listed"] else "no"}), 40 accounts a chunk with one query per table (people, ties,
  pursuits, seats, plan steps; the second pass also priorities, theme corrections and stored
  vectors), each chunk kept as the day's reading in one transaction and shown as it lands.
- Two passes: every pursuit first without its themes (its score marked * as provisional), then each
  pursuit whose priorities all have stored vectors again with its themes, found from those vectors as
  its Assessment tab finds them (clustering only, nothing encoded): its score is then the tab's, with
  DIVERGENT_PRIORITIES. The themes make the fill much slower: with every vector stored, the second
  pass took {full["themed"] - full["filled"]:.0f} s after the first pass's {full["filled"]:.1f} s \
({slower:.1f}× the first pass alone on the
  imported portfolio); in the workers' CPU time, {themes_cpu_ms:.0f} ms a pursuit for the themes (TF-IDF,
  projection and clustering, done as the tab does them) against {plain_cpu_ms:.0f} ms for the structural
  assessment. The first pass keeps the 20 s target on a core of its own, so every row has a score
  early; the themed scores follow.
- The GUI thread: a chunk's readings update only their rows' cells (one dataChanged per run of
  neighbouring rows, no reset), the summary line follows a few times a second, a row's texts are made
  once until its reading changes, a header click sorts the board with one Python sort (the proxy only
  filters), and the fill starts in a slice of its own after the rows are shown. A paint of the board
  asks each visible cell's seven roles in one call into Python (the proxy's multiData), not two calls
  a role (3,700 calls a paint, now about 500: 9–10 ms a paint instead of 11–12 on this machine), and
  each row's stalled flag comes with the rows from the worker (4 ms less when the rows arrive).
  Slices over 30 ms: {first["long_passes"]} as imported and {full["long_passes"]} with themes,
  {bare["again"]["long_passes"]} and {themed["again"]["long_passes"]} opened again (seconds after the
  click, CPU ms, ms by the clock).
- What the 67–119 ms "slices" published before were, found by timing every pass of the event loop
  and every step of the benchmark with the GUI thread's CPU clock (and a profile of the slow ones):
  no single piece of work that long. The longest passes were 30–40 ms: the board's window shown
  or activated (the board painted, and the main window painted again as it goes inactive: Qt
  updates every widget whose palette differs between active and inactive), the rows arriving (the
  model reset and the paint), the click itself (building the window on the first open: 27–29 ms,
  of which 11 ms compiling the board's modules, as this checkout runs with PYTHONDONTWRITEBYTECODE).
  The old measure summed several of them: (1) the benchmark forced a repaint of the table right
  after the pass in which the rows arrived (15 ms more in the same stretch; the run now waits for
  the window's own paint), and (2) it counted the CPU time between two ticks of a 5 ms timer, but
  Qt's event loop (glib) runs a timer that has fired only once nothing else is pending: while paint
  requests and chunks keep arriving the ticks wait (six 15 ms jobs posted back to back: ticks 50,
  38 and 43 ms apart), and the passes between two ticks add up. A click waits for one pass, not
  for all of them. That sum is still reported: {first["between_ticks"]:.0f} and \
{full["between_ticks"]:.0f} ms on the first open, {bare["again"]["between_ticks"]:.0f} and
  {themed["again"]["between_ticks"]:.0f} ms opened again. No collection of the cycle collector ran
  on the GUI thread in any slow stretch (the worker's own are among the waits below). By the clock a
  pass lasts longer than its CPU time on this shared machine (the table's figures in brackets): the
  GUI thread waits inside it for a core (five helpers' tests and benchmarks on two) or for the
  interpreter lock the assessing worker holds. The pass longest by the clock, split with the
  thread's scheduler statistics (first open, as imported and
  with themes): {_split(first["slowest"])}; {_split(full["slowest"])}.
- The click is made in the active main window, as a user's is (offscreen, nothing is active until
  a window asks: a click with no window active also exposed the whole main window again).
- Its waits over 100 ms: {len(first["waits"])} and {len(full["waits"])} ({_waits(first["waits"])}).
  Most of them were the cycle collector: each chunk's survivors (readings, caches, and the modules
  the themes import meanwhile) were promoted to the oldest generation, so the automatic full
  collections in the worker took 80–190 ms each, every second or so, holding the interpreter lock
  (33 collections over 5 ms in one fill, 1.6 s in all). What outlives a chunk now joins the frozen
  heap after its young collection: 12 collections over 5 ms, 0.17 s in all. A shorter switch
  interval (1 ms while the fill runs) was tried once: no better on this shared machine, not kept.
  The run now also waits, before the click, for the clustering libraries the main window's themes
  import in a thread of their own (core/themes/vectors.py): importing them held the interpreter lock
  for waits of 400–580 ms during the fill. The waits left are the machine's other load and the
  worker's own stretches.
- Before and after (same machine, 2026-12-07; the spreads over all the runs). Published
  before at load 1 (commit 3b0b1b8): slices (the old measure) 67–119 ms. Before these changes at
  load 1.6–4.4 (commit fb06213, 5 runs as imported, 2 with themes): the old measure 31–59 ms; the
  longest pass of the event loop 29–39 ms (the click on a first open 27–29 ms, the board's window
  shown or activated 30–37 ms). After, at load 3.9–5.6 (12 openings: first and again, as imported
  and with themes): the longest pass 25–42 ms in 11 of them, 57 ms once (opened again as imported,
  at load 5.4: the board shown and the main window painted again as it went inactive, in one
  pass); the old measure 27–76 ms. Export PDF… of the 1,510 rows: 0.5–1.2 s until written, 0.3–0.6 s
  of the worker's CPU, the GUI thread's longest pass meanwhile 3–19 ms; before, the whole PDF was
  drawn on the GUI thread at once (about 0.76 s).
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
