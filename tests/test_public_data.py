"""Tests that need a public data set find it through $CONSENSUS_DATA: skipped with the reason when it
is absent (a clone anywhere runs its tests), failed instead where CONSENSUS_REQUIRE_DATA=1 (CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
NEEDS_DATA = "tests/test_themes.py::test_public_intents_cluster_better_than_plain_word_counts"


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CONSENSUS_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", NEEDS_DATA, "-q", "-rs", "-p", "no:cacheprovider"],
        cwd=CHECKOUT,
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_without_the_data_sets_a_test_is_skipped_and_says_where_it_looked(tmp_path: Path) -> None:
    done = _pytest(tmp_path, CONSENSUS_DATA=str(tmp_path))
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout and "FileNotFoundError" not in done.stdout
    assert f"public data set not found: {tmp_path / 'clinc150' / 'data_full.json'}" in done.stdout
    assert "set CONSENSUS_DATA" in done.stdout


@pytest.mark.slow
def test_where_the_data_sets_are_required_their_absence_fails(tmp_path: Path) -> None:
    done = _pytest(tmp_path, CONSENSUS_DATA=str(tmp_path), CONSENSUS_REQUIRE_DATA="1")
    assert done.returncode == 1 and "1 failed" in done.stdout and "skipped" not in done.stdout
