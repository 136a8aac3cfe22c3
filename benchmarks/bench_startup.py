"""Start-up: `consensus-app --demo` until the main window's first frame is painted.

Each run is a fresh interpreter (imports, demo workspace, window), timed by this parent
from spawn until the child reports the first Paint event of its main window. The
baseline is the same for a bare PySide6 QMainWindow, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402

SECTION = "startup"
TARGET_RATIO, TARGET_S = 2.5, 1.5

# The child quits on the first paint of a QMainWindow; an app-wide event filter sees it.
_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1400, 860)
    window.show()
    app.exec()
else:
    from consensus_app.cli import main
    main(["--demo"])
"""


def _time(kind: str) -> float:
    """Spawn → the child's "painted" line (its shutdown is not part of start-up)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _PROBE, kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    try:
        _out, err = child.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        child.kill()
        _out, err = child.communicate()
    if "painted" not in line:
        raise SystemExit(f"{kind} start-up never painted:\n{err}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()
    _time("bare"), _time("app")  # warm the OS file cache for both
    bare = [_time("bare") for _ in range(args.runs)]
    ours = [_time("app") for _ in range(args.runs)]
    b, o = _report.median(bare), _report.median(ours)
    met = "yes" if o <= TARGET_S and o / b <= TARGET_RATIO else "**no**"
    target = f"≤ {TARGET_RATIO}×, < {TARGET_S} s"
    platform_name = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    section = f"""## Start-up: `consensus-app --demo` to the first painted frame

{_report.machine_lines(info)}
- Qt platform: `{platform_name}`; {args.runs} runs of each after one warm-up, each a new process.

| figure | ours | bare `QMainWindow` | ours / baseline | target | met? |
|---|---:|---:|---:|---|---|
| median, spawn → first paint | {o * 1000:.0f} ms | {b * 1000:.0f} ms | {o / b:.2f}× | {target} | {met} |
| slowest | {max(ours) * 1000:.0f} ms | {max(bare) * 1000:.0f} ms | {max(ours) / max(bare):.2f}× | — | — |

"Ours" includes importing the app, creating a temporary workspace, migrating it, importing the
demo accounts, building the window and laying out the first pursuit's map; the baseline is
the interpreter plus PySide6 and an empty window.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
