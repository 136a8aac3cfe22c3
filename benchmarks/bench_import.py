"""Foundation benchmark: bulk import of a large portfolio, and reading one account back.

A generated portfolio (benchmarks/generate.py: 2,000 accounts, 40,000 stakeholders,
200,000 priorities at the defaults) goes through:

  check      check_document(): schema validation, references, normalisation
  import     import_document() into a new SQLite workspace (what `consensus-app import` does)
  read       repos.accounts.snapshot(id) of random accounts, in a new process on that file
  baseline   the same rows with plain sqlite3 executemany into the same schema (one
             transaction, ids assigned in Python), and the same reads with plain SELECTs
  orm        (for comparison) ORM Session.add_all on a slice, extrapolated linearly

Every measurement runs in its own fresh Python process, so its peak RSS
(VmHWM on Linux, getrusage ru_maxrss elsewhere) is its own. Results go to stdout and,
unless --no-write, to this benchmark's section of docs/benchmarks.md.

    .venv/bin/python benchmarks/bench_import.py                # the full run (a few minutes)
    .venv/bin/python benchmarks/bench_import.py --accounts 100 --repeat 1 --no-write   # quick look
    .venv/bin/python benchmarks/bench_import.py --step import --db /tmp/x.db --profile /tmp/import.prof
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # generate/_report, and the app when not installed

import _report  # noqa: E402
import generate  # noqa: E402

IMPORT_TARGET_S = 15.0
READ_TARGET_MS = 20.0
SECTION = "import"


from import_steps import STEPS  # noqa: E402

# --- the driver ----------------------------------------------------------------------------


def _run_step(args: argparse.Namespace, step: str, db: Path | None = None) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--step",
        step,
        "--accounts",
        str(args.accounts),
        "--seed",
        str(args.seed),
        "--reads",
        str(args.reads),
        "--warmup",
        str(args.warmup),
        "--orm-accounts",
        str(args.orm_accounts),
    ]
    if db is not None:
        command += ["--db", str(db)]
    print(f"  {step:<12}", end="", flush=True)
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        print()
        sys.stderr.write(done.stderr)
        raise SystemExit(f"step {step} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    shown = {
        k: round(v, 4) if isinstance(v, float) else v
        for k, v in result.items()
        if k not in ("summary", "counts")
    }
    print(json.dumps(shown))
    return result


def _fresh(folder: Path, name: str) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{folder / name}{suffix}").unlink(missing_ok=True)
    return folder / name


def _median_of(runs: list[dict[str, Any]], key: str) -> float:
    return _report.median([r[key] for r in runs])


def measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    # The document is only ever built in the children: this process stays small.
    results: dict[str, Any] = {}
    for name, step, db in (
        ("check", "check", None),
        ("import", "import", "ours.db"),
        ("base_import", "base_import", "baseline.db"),
    ):
        results[name] = [
            _run_step(args, step, _fresh(folder, db) if db else None) for _ in range(args.repeat)
        ]
    # Reads run on the database the last import left, in new processes.
    results["read"] = [_run_step(args, "read", folder / "ours.db") for _ in range(args.repeat)]
    results["base_read"] = [_run_step(args, "base_read", folder / "baseline.db") for _ in range(args.repeat)]
    if args.orm_accounts > 0:
        results["orm"] = _run_step(args, "orm", _fresh(folder, "orm.db"))
    return results


def _met(value: float, target: float) -> str:
    return "yes" if value < target else "**no**"


def render(args: argparse.Namespace, results: dict[str, Any], info: dict[str, str]) -> str:
    c = results["check"][0]["counts"]
    check, imp, base = results["check"], results["import"], results["base_import"]
    read, base_read = results["read"], results["base_read"]
    check_s, imp_s, base_s = (
        _median_of(check, "seconds"),
        _median_of(imp, "seconds"),
        _median_of(base, "seconds"),
    )
    total_s = check_s + imp_s
    imp_peak, base_peak = max(r["peak_mib"] for r in imp), max(r["peak_mib"] for r in base)
    imp_doc = _report.median([r["rss_before_mib"] or 0.0 for r in imp])

    def rise(runs: list[dict[str, Any]]) -> float | None:
        rises = [r["rise_mib"] for r in runs]
        return None if None in rises else max(rises)

    def mib(value: float | None) -> str:
        return "—" if value is None else f"{value:.0f} MiB"

    read_med, base_med = _median_of(read, "median_ms"), _median_of(base_read, "median_ms")
    read_p95, base_p95 = _median_of(read, "p95_ms"), _median_of(base_read, "p95_ms")
    read_peak, base_read_peak = max(r["peak_mib"] for r in read), max(r["peak_mib"] for r in base_read)
    n = args.repeat
    rows = [
        (
            "Import into a new SQLite workspace (`import_document`)",
            f"{imp_s:.2f} s",
            f"{base_s:.2f} s",
            _report.ratio(imp_s, base_s),
            f"< {IMPORT_TARGET_S:.0f} s",
            _met(imp_s, IMPORT_TARGET_S),
        ),
        (
            "Check + import (`check_document`, then `import_document`)",
            f"{total_s:.2f} s",
            f"{base_s:.2f} s",
            _report.ratio(total_s, base_s),
            f"< {IMPORT_TARGET_S:.0f} s",
            _met(total_s, IMPORT_TARGET_S),
        ),
        ("… of which `check_document` (validation, normalising)", f"{check_s:.2f} s", "—", "—", "—", "—"),
        (
            "Peak RSS of the import process (document included)",
            f"{imp_peak:.0f} MiB",
            f"{base_peak:.0f} MiB",
            _report.ratio(imp_peak, base_peak),
            "—",
            "—",
        ),
        (
            "… rise of RSS during the import, above the document",
            mib(rise(imp)),
            mib(rise(base)),
            _report.ratio(rise(imp), rise(base)),
            "—",
            "—",
        ),
        (
            "Peak RSS of the check process (document included)",
            f"{max(r['peak_mib'] for r in check):.0f} MiB",
            "—",
            "—",
            "—",
            "—",
        ),
        ("… rise of RSS during `check_document`", mib(rise(check)), "—", "—", "—", "—"),
        (
            "Read one account back (`accounts.snapshot`), median",
            f"{read_med:.2f} ms",
            f"{base_med:.2f} ms",
            _report.ratio(read_med, base_med),
            f"< {READ_TARGET_MS:.0f} ms",
            _met(read_med, READ_TARGET_MS),
        ),
        (
            "Read one account back, p95",
            f"{read_p95:.2f} ms",
            f"{base_p95:.2f} ms",
            _report.ratio(read_p95, base_p95),
            f"< {READ_TARGET_MS:.0f} ms",
            _met(read_p95, READ_TARGET_MS),
        ),
        (
            f"Read one account back, slowest of {args.reads}",
            f"{_median_of(read, 'max_ms'):.2f} ms",
            f"{_median_of(base_read, 'max_ms'):.2f} ms",
            _report.ratio(_median_of(read, "max_ms"), _median_of(base_read, "max_ms")),
            "—",
            "—",
        ),
        (
            "First read in a new process (SQLAlchemy compiles the queries)",
            f"{_median_of(read, 'first_ms'):.2f} ms",
            f"{_median_of(base_read, 'first_ms'):.2f} ms",
            _report.ratio(_median_of(read, "first_ms"), _median_of(base_read, "first_ms")),
            "—",
            "—",
        ),
        (
            "Peak RSS of the read process",
            f"{read_peak:.0f} MiB",
            f"{base_read_peak:.0f} MiB",
            _report.ratio(read_peak, base_read_peak),
            "—",
            "—",
        ),
    ]
    if "orm" in results:
        orm = results["orm"]
        rows.append(
            (
                f"*Extrapolated:* ORM `Session.add_all`, {orm['accounts']} accounts measured "
                f"× {args.accounts / orm['accounts']:g}",
                f"≈ {orm['extrapolated_seconds']:.1f} s (ORM)",
                f"{base_s:.2f} s",
                _report.ratio(orm["extrapolated_seconds"], base_s),
                "—",
                "—",
            )
        )
    table = "| figure | ours | baseline | ours / baseline | target | met? |\n|---|---:|---:|---:|---|---|\n"
    table += "".join("| " + " | ".join(row) + " |\n" for row in rows)
    db_mib = _report.median([r["db_mib"] for r in imp])
    return f"""## Foundation: bulk import and read-back

`benchmarks/bench_import.py`: a generated portfolio (`benchmarks/generate.py`, seed {args.seed}) of
{c["accounts"]:,} accounts, {c["stakeholders"]:,} stakeholders, {c["priorities"]:,} priorities,
{c["relationships"]:,} relationships, {c["pursuits"]:,} pursuits and {c["committee_members"]:,} committee
members is imported into a new SQLite workspace ({db_mib:.0f} MiB on disk), then single accounts are read
back.

{_report.machine_lines(info)}
{table}
How it is measured:

- Each figure is the median of {n} run(s), each in a fresh Python process, so each peak RSS belongs
  to that measurement alone; peak RSS figures are the largest of the runs.
  Peak RSS is the process's `VmHWM` on Linux (`ru_maxrss` elsewhere). Before the timed part the
  import process already holds the interpreter, the app's modules and the normalised document (about
  {imp_doc:.0f} MiB); the "rise" rows are peak RSS minus the RSS when the timed part started.
- Import times start after `open_workspace` created the schema; `check_document` is timed separately
  on the raw generated document. `consensus-app import` does both, plus JSON parsing; `check_document`
  is {100 * check_s / total_s:.0f}% of their sum in this run.
- Reads: {args.warmup} warm-up reads, then {args.reads} timed `snapshot()` reads of random accounts
  (seeded, with repetition) in a new process that opened the file the import left; median and p95 of those.
  The operating system's file cache is warm (the file was just written). The slowest read may
  contain a full (generation 2) pass of Python's garbage collector, which the ~170 records built per
  read trigger now and then (~50 ms here); it is part of what a user would see, so it is left in.
- Baseline: the same rows (including the change-log line per account) with Python's `sqlite3`
  `executemany`, one transaction, the app's pragmas (WAL, foreign keys, `synchronous=NORMAL`), into a
  schema made by the app's migrations; ids are numbered in Python rather than read back. Its reads are
  plain `SELECT`s returning tuples (no records built). It is the floor for Python on this machine, not a
  target.
- The ORM row is not a measurement of the 2,000 accounts: it times a slice and multiplies; it shows
  what the per-object ORM path would cost, which `import_document` avoids.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--accounts", type=int, default=generate.DEFAULT_ACCOUNTS)
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument(
        "--repeat", type=int, default=3, help="fresh-process runs of each measurement (median)"
    )
    parser.add_argument("--reads", type=int, default=50, help="timed reads of one account")
    parser.add_argument("--warmup", type=int, default=5, help="untimed reads before them")
    parser.add_argument(
        "--orm-accounts", type=int, default=200, help="slice for the ORM comparison (0: skip)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument(
        "--step", choices=sorted(STEPS), help="run one measurement in this process and print it"
    )
    parser.add_argument(
        "--profile", type=Path, help="with --step: cProfile it, save the stats here, print the top"
    )
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.step:
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            result = profiler.runcall(STEPS[args.step], args)
            profiler.dump_stats(str(args.profile))
            pstats.Stats(str(args.profile), stream=sys.stderr).sort_stats("cumulative").print_stats(40)
        else:
            result = STEPS[args.step](args)
        print(json.dumps(result))
        return 0

    info = _report.machine()
    print(f"bench_import: {args.accounts} accounts, {args.repeat} run(s) of each measurement")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="consensus-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        results = measure(args, folder)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    section = render(args, results, info)
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
