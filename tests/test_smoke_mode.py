"""`consensus-app --smoke`: the installation check the Linux package's CI test and a person run —
the window opens, its first frame and its first map are reported, and it quits by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _smoke(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.pop("CONSENSUS_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "consensus_app", *args, "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.slow
def test_smoke_opens_the_demo_reports_its_map_and_quits(tmp_path: Path) -> None:
    result = _smoke("--demo", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["painted", "map"]
    # The demo is a temporary copy: the user's own workspace was not created.
    assert not (tmp_path / "data" / "Consensus" / "workspace.db").exists()


@pytest.mark.slow
def test_smoke_on_a_new_empty_workspace_says_it_opened(tmp_path: Path) -> None:
    result = _smoke(home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["painted", "opened"]
    assert (tmp_path / "data" / "Consensus" / "workspace.db").is_file()  # where a person's work lives
