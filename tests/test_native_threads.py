"""Workers and the command line run numpy, SciPy and scikit-learn with one native thread, so on a
two-core machine the window keeps a core (issue 19); CONSENSUS_NATIVE_THREADS raises the cap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy  # noqa: F401 - its BLAS pool is the one the limit must reach in this process
import pytest
from pytestqt.qtbot import QtBot
from threadpoolctl import OpenBLASController, threadpool_info, threadpool_limits

from consensus_app.cli import main as cli_main
from consensus_app.core.native_threads import OVERRIDE
from consensus_app.ui.tasks import Task

ROOT = Path(__file__).resolve().parents[1]
POOLS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

# numpy is loaded before the limit, scikit-learn (its OpenMP) and SciPy's solvers after it.
PROBE = """
import json, numpy
from consensus_app.core.native_threads import limit_native_threads
limit_native_threads()
import sklearn.cluster, scipy.linalg
from threadpoolctl import threadpool_info
print(json.dumps(sorted({(i["internal_api"], i["num_threads"]) for i in threadpool_info()})))
"""


def _pools(env: dict[str, str]) -> list[list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    result: list[list[object]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in (*POOLS, OVERRIDE)}


def _set_pools(threads: int) -> None:
    threadpool_limits(limits=threads)  # process-wide; then let other threads set it again
    OpenBLASController.clear_controlling_thread()


@pytest.fixture
def two_threads() -> Iterator[None]:
    """Native pools at two threads, as a two-core machine starts them; one again afterwards."""
    _set_pools(2)
    yield
    _set_pools(1)


@pytest.mark.slow
def test_libraries_loaded_before_and_after_the_limit_use_one_thread(clean_env: dict[str, str]) -> None:
    pools = _pools(clean_env)
    assert {api for api, _ in pools} >= {"openblas", "openmp"}  # numpy's BLAS and sklearn's OpenMP
    assert all(threads == 1 for _, threads in pools)


@pytest.mark.slow
def test_consensus_native_threads_raises_the_cap(clean_env: dict[str, str]) -> None:
    pools = _pools({**clean_env, OVERRIDE: "2"})
    assert all(threads == 2 for _, threads in pools)


def test_a_worker_task_runs_with_one_native_thread(qtbot: QtBot, two_threads: None) -> None:
    assert any(pool["num_threads"] == 2 for pool in threadpool_info())
    task = Task(lambda _progress, _stop: [pool["num_threads"] for pool in threadpool_info()])
    with qtbot.waitSignal(task.sig_done, timeout=10_000) as done:
        task.start()
    assert done.args[0] and set(done.args[0]) == {1}


def test_a_command_sets_one_native_thread_before_its_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], two_threads: None
) -> None:
    for variable in POOLS:
        monkeypatch.setenv(variable, "2")
    assert cli_main(["--db", str(tmp_path / "w.db"), "accounts"]) == 0
    assert all(os.environ[variable] == "1" for variable in POOLS)
    assert {pool["num_threads"] for pool in threadpool_info()} == {1}
