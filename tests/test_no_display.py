"""Without a display the window is not attempted: one line says why and what to do, status 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consensus_app.app import missing_display

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR")


@pytest.mark.slow
@pytest.mark.parametrize("arguments", [[], ["--demo"]])
def test_opening_the_window_without_a_display_says_so_in_one_line(
    arguments: list[str], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env["XDG_DATA_HOME"] = str(tmp_path)  # never the user's own workspace
    done = subprocess.run(
        [sys.executable, "-m", "consensus_app", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1  # not Qt's abort (-6)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display found" in lines[0] and "DISPLAY" in lines[0] and "consensus-app --help" in lines[0]
    assert "xcb" not in done.stderr and not (tmp_path / "Consensus").exists()  # nothing was opened


def test_a_display_or_a_platform_that_needs_none_lets_the_window_open(tmp_path: Path) -> None:
    linux = {"PATH": "/usr/bin"}
    assert missing_display(linux, "linux") is not None
    assert missing_display({**linux, "DISPLAY": ":0"}, "linux") is None
    assert missing_display({**linux, "WAYLAND_DISPLAY": "wayland-1"}, "linux") is None
    for platform in ("offscreen", "minimal", "vnc:size=800x600", "eglfs", "xcb;offscreen"):
        assert missing_display({**linux, "QT_QPA_PLATFORM": platform}, "linux") is None, platform
    for platform in ("xcb", "wayland", "wayland;xcb"):
        assert missing_display({**linux, "QT_QPA_PLATFORM": platform}, "linux") is not None, platform
    (tmp_path / "wayland-0").touch()  # Qt's default socket in a Wayland session
    assert missing_display({**linux, "XDG_RUNTIME_DIR": str(tmp_path)}, "linux") is None
    assert missing_display({}, "darwin") is None and missing_display({}, "win32") is None
