"""Fewer cycle collections while a burst of work allocates many objects that live on.

Python's cycle collector runs every 700 new container objects and then walks the young ones;
building a 2,000-person assessment (graphs of dicts, thousands of small records) triggers it
thousands of times for almost no garbage: a quarter of the assessment's time (issue 19).
Reference counting still frees everything at once as usual; only the cycle collector waits,
and the usual thresholds come back when the last burst ends (bursts may overlap in workers).

`heap_frozen` keeps what existed before a long worker job out of full collections while it runs.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BURST_THRESHOLDS = (100_000, 50, 1_000)  # new objects between young collections, then as usual

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the work inside, and restore them after."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*BURST_THRESHOLDS)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


_frozen_lock = threading.Lock()
_frozen_depth = 0


@contextmanager
def heap_frozen() -> Iterator[None]:
    """While the work inside runs, the objects that were there before it (the window, its models,
    the libraries: millions) are left out of the cycle collector's full collections: a full
    collection walks every object while holding the interpreter lock, which froze the window for
    0.5–1.4 s at a time while the portfolio board filled. The work's own objects are still
    collected. Jobs may overlap in workers: the heap thaws when the last one ends, however it ends."""
    global _frozen_depth
    with _frozen_lock:
        if _frozen_depth == 0:
            gc.freeze()
        _frozen_depth += 1
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen_depth -= 1
            if _frozen_depth == 0:
                gc.unfreeze()
