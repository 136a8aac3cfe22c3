"""Shared by the benchmarks: the machine's description and docs/benchmarks.md's sections.

Each benchmark owns one section of docs/benchmarks.md, between `<!-- bench:NAME -->`
and `<!-- /bench:NAME -->`, and rewrites only that section, so benchmarks can be
added (and run alone) without touching each other's results.
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"

INTRO = """# Benchmarks

Run every benchmark with one command from the checkout:

```bash
bash benchmarks/run            # all benchmarks; rewrites this file's sections
```

Each `benchmarks/bench_*.py` can also be run alone (`.venv/bin/python benchmarks/bench_import.py`,
`--help` for its options; `--no-write` prints without touching this file). Every benchmark measures a
baseline that does the same work in the same run and reports ours / baseline, so figures from
different machines can be compared by their ratios; where a richer baseline is also shown, the
headline ratio is still the like-for-like one, and each section says what each side does and does
not do. Where a benchmark alternates the two sides (A, B, A, B…, at least five pairs) it reports
medians with the spread (min–max) in brackets. Timings are never asserted in the test suite;
targets are checked here. Each section below is written by its benchmark (between
`<!-- bench:NAME -->` markers) and records the machine and date of its own run.
"""


def peak_rss_mib() -> float:
    """This process's peak resident set size so far, in MiB.

    On Linux `getrusage(RUSAGE_SELF).ru_maxrss` survives `exec` and starts from the parent's
    RSS at `fork`, so a child's figure is never below its parent's; `VmHWM` (the high-water
    mark of this program's own memory) does not, and is used where it exists.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


def rss_mib() -> float | None:
    """This process's resident set size now, in MiB (Linux only; None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 1024**3:.1f} GiB"
    except (ValueError, OSError):
        return "unknown"


def _os() -> str:
    try:
        text = Path("/etc/os-release").read_text()
        found = re.search(r'^PRETTY_NAME="?([^"\n]*)"?', text, re.M)
        if found:
            return f"{found.group(1)} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return f"{head}{' with uncommitted changes' if dirty else ''}"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> dict[str, str]:
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count()),
        "ram": _ram(),
        "os": _os(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("sqlalchemy"),
        "sqlmodel": version("sqlmodel"),
        "commit": _commit(),
    }


def machine_lines(info: dict[str, str]) -> str:
    return (
        f"- Run: {info['date']}, commit {info['commit']}\n"
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}\n"
        f"- Software: Python {info['python']}, SQLite {info['sqlite']}, "
        f"SQLAlchemy {info['sqlalchemy']}, SQLModel {info['sqlmodel']}\n"
    )


def write_section(name: str, body: str, doc: Path = DOC, first: bool = False) -> None:
    """Replace (or add) this benchmark's section of docs/benchmarks.md, leaving the others.

    A new section goes at the end, or with `first` before every other section."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    section = f"{start}\n{body.strip()}\n{end}"
    text = doc.read_text(encoding="utf-8") if doc.exists() else INTRO
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section, text, count=1)
    elif first and (found := re.search(r"^<!-- bench:[a-z-]+ -->$", text, re.M)):
        text = text[: found.start()] + section + "\n\n" + text[found.start() :]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def publish(name: str, section: str, write: bool = True) -> None:
    """Print a benchmark's section and, unless told not to, put it in docs/benchmarks.md."""
    print()
    print(section)
    if write:
        write_section(name, section)
        print(f"wrote the '{name}' section of {DOC.relative_to(ROOT)}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def ratio(ours: float | None, base: float | None) -> str:
    if ours is None or not base:
        return "—"
    value = ours / base
    return f"{value:.2g}×" if value < 0.1 else f"{value:.1f}×"  # 0.0095×, not 0.0×


def toolkit_line() -> str:
    """The drawing benchmarks' software line for their sections."""
    return (
        f"- Qt: PySide6 {version('pyside6-essentials')}, networkx {version('networkx')}, "
        f"matplotlib {version('matplotlib')}; `QT_QPA_PLATFORM=offscreen` (software raster)\n"
    )


def run_step(script: str, step: str, positions: str, repeat: int, **extra: str) -> dict[str, Any]:
    """Run `script --step step` in a fresh offscreen process (its own peak RSS); its last line is JSON."""
    command = [sys.executable, script, "--step", step, "--positions", positions, "--repeat", str(repeat)]
    for key, value in extra.items():
        command += [f"--{key}", value]
    print(f"  {step:<12} {' '.join(f'{k}={v}' for k, v in extra.items() if k != 'out')}", flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"step {step} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def alternate(first: Any, second: Any, pairs: int, warm_up: bool = True) -> tuple[list[float], list[float]]:
    """Time `first()` and `second()` alternately (A, B, A, B…) `pairs` times; seconds each.

    Alternating puts both sides under the same load on a shared machine; a warm-up of each
    first (imports, caches) is not timed unless `warm_up` is False.
    """
    import time

    if warm_up:
        first()
        second()
    ours: list[float] = []
    base: list[float] = []
    for _ in range(pairs):
        for work, times in ((first, ours), (second, base)):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
    return ours, base


def ratio_spread(ours: list[float], base: list[float]) -> str:
    """Median ours / median baseline, with the spread (min–max) of the pairwise ratios."""
    pairwise = [a / b for a, b in zip(ours, base, strict=True) if b]
    if not pairwise:
        return "—"
    low, high = min(pairwise), max(pairwise)
    middle = median(ours) / median(base)
    digits = "{:.2g}" if middle < 0.1 else "{:.2f}"
    return f"{digits.format(middle)}× ({digits.format(low)}–{digits.format(high)})"


def spread_ms(times: list[float]) -> str:
    """Median and min–max of timings in seconds, printed in milliseconds."""
    return f"{median(times) * 1000:,.0f} ms ({min(times) * 1000:,.0f}–{max(times) * 1000:,.0f})"


def spread_s(times: list[float]) -> str:
    return f"{median(times):.2f} s ({min(times):.2f}–{max(times):.2f})"


def threads_line() -> str:
    """The native thread settings the run used (the app's workers use one, issue 19)."""
    pools = {
        name: os.environ[name]
        for name in ("CONSENSUS_NATIVE_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")
        if name in os.environ
    }
    said = ", ".join(f"{k}={v}" for k, v in pools.items()) or "none set"
    return f"- Native threads: {said}\n"


def load_line() -> str:
    """The load average now: the machine is shared with other work, so say how busy it was."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return ""
    return (
        f"- Load average at the end of the run (1, 5, 15 min): {one:.2f}, {five:.2f}, {fifteen:.2f} "
        f"on {os.cpu_count()} cores, shared with other work: compare the ratios, measured in the same run.\n"
    )


def run_summary(ran: list[str], failed: list[str]) -> str:
    """The section `bash benchmarks/run` writes at the top: this run's machine, threads and load."""
    info = machine()
    pairs = (item.split("=", 1) for item in ran)
    took = ", ".join(f"`{name}` {int(seconds) // 60} min {int(seconds) % 60} s" for name, seconds in pairs)
    failures = ""
    if failed:
        failures = f"\n- **Failed:** {', '.join(failed)} (their sections keep their last results)."
    return f"""## The last run of `bash benchmarks/run`

{machine_lines(info)}{threads_line()}{load_line()}- Ran: {took or "nothing"}; a section not listed is
  from its own earlier run.{failures}

The machine is shared with other work (other sessions' tests and builds run on the same two
cores), so absolute times vary from run to run by more than the differences they measure; the
ratios are measured in the same run, each side under the same load, and are the figures to compare.
Each section below names its own run's date and commit.
"""


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "run-summary":
        rest = sys.argv[2:]
        cut = rest.index("--") if "--" in rest else len(rest)
        done, broken = [a for a in rest[:cut] if a], [a for a in rest[cut + 1 :] if a]
        write_section("run", run_summary(done, broken), first=True)
        # The introduction above the sections is this file's too: keep it as INTRO says.
        current = DOC.read_text(encoding="utf-8")
        top = re.search(r"^<!-- bench:[a-z-]+ -->$", current, re.M)
        if top:
            DOC.write_text(INTRO + "\n" + current[top.start() :], encoding="utf-8")
        print(f"wrote the 'run' section of {DOC.relative_to(ROOT)}")
