"""How many native threads numpy, SciPy and scikit-learn may use: one, unless the user says more.

Their BLAS and OpenMP pools start a thread per core. On a two-core machine a worker theming or
analysing with two threads takes the core the window needs, and two workers with two threads each
fight over both (theming 300 statements: 0.08 s with one thread, 0.5–5 s with the defaults on a
busy machine, issue 19). So every worker, and the command line, runs with one native thread.

The limit is set twice: with threadpoolctl for the libraries already loaded, and in the
environment for those loaded later (OpenBLAS and OpenMP read it when they load).
`CONSENSUS_NATIVE_THREADS=N` raises it, e.g. for a big portfolio on a many-core server.
"""

from __future__ import annotations

import os
import sys

DEFAULT_THREADS = 1
OVERRIDE = "CONSENSUS_NATIVE_THREADS"
_POOL_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def native_threads() -> int:
    """The number of native threads a worker may use (CONSENSUS_NATIVE_THREADS, else one)."""
    try:
        return max(1, int(os.environ.get(OVERRIDE, DEFAULT_THREADS)))
    except ValueError:
        return DEFAULT_THREADS


def limit_native_threads() -> int:
    """Cap the native thread pools of this process, loaded or not yet; returns the cap.

    Cheap enough to call at the start of every worker task (under a millisecond once the first
    call is made): a library loaded since the last call is caught by the next. Before numpy is
    imported (a command's start) only the environment is set, and threadpoolctl is not imported.
    """
    threads = native_threads()
    for variable in _POOL_VARIABLES:
        os.environ[variable] = str(threads)
    if any(module in sys.modules for module in ("numpy", "scipy", "sklearn")):
        import threadpoolctl  # type: ignore[import-untyped]

        threadpoolctl.threadpool_limits(limits=threads)  # not as a context: it stays for the process
        # threadpoolctl 3.8 lets one live thread at a time set OpenBLAS's process-wide pool; this
        # cap is for the whole process, so the next worker (or a scoped limit) may set it again.
        release = getattr(threadpoolctl.OpenBLASController, "clear_controlling_thread", None)
        if release is not None:
            release()  # only acts if this thread took control
    return threads
