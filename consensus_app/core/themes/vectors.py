"""Each priority's sentence vector, computed once and kept: theming a committee is then clustering only.

The store (storage/priority_vectors.py) keeps a vector with the encoder that computed it and a
hash of the text; `vectors_for` reuses what matches and computes the rest in one batch (in a
worker in the window, on first use on the command line), then stores them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.themes.progress import make_run

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)
STORE_EVERY = 256  # statements encoded and stored at a time


class VectorStore(Protocol):
    def cached(self, model: str, wanted: Mapping[int, str]) -> dict[int, NDArray[np.float32]]:
        """The stored vectors of these priorities (id → text hash) computed by this model
        from the same text."""
        ...

    def store(self, model: str, rows: Mapping[int, tuple[str, NDArray[np.float32]]]) -> None:
        """Keep these vectors (id → (text hash, vector)), replacing older ones."""
        ...


def text_hash(text: str) -> str:
    """What a vector was computed from: any edit of the text, even of its spacing, changes it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def vectors_for(
    items: Sequence[tuple[int, str]],
    store: VectorStore | None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> tuple[NDArray[np.float32] | None, str | None]:
    """Vectors for (priority id, text) pairs, in order, and the model's name; (None, None)
    when no encoder is installed. Stored vectors are reused; missing or stale ones are
    computed (loading the model if needed) and stored."""
    import numpy as np

    from consensus_app.core.themes import encoder

    info = encoder.available()
    if info is None:
        return None, None
    run = make_run(progress, should_stop)
    hashes = {pid: text_hash(text) for pid, text in items}
    found = store.cached(info.name, hashes) if store is not None else {}
    missing = [(pid, text) for pid, text in dict(items).items() if pid not in found]
    if missing:
        loaded = encoder.load()
        if loaded is None:
            return None, None
        # A chunk at a time, each stored as it is done: a cancelled run keeps what it computed.
        for start in range(0, len(missing), STORE_EVERY):
            chunk = missing[start : start + STORE_EVERY]
            part = run.stage(0.95 * start / len(missing), 0.95 * (start + len(chunk)) / len(missing))
            computed = loaded.encode([text for _, text in chunk], part)
            fresh = {pid: computed[row] for row, (pid, _) in enumerate(chunk)}
            found.update(fresh)
            if store is not None:
                _keep(store, info.name, {pid: (hashes[pid], vector) for pid, vector in fresh.items()})
    run.finish()
    if not items:
        return np.zeros((0, info.dims), dtype=np.float32), info.name
    return np.vstack([found[pid] for pid, _ in items]).astype(np.float32), info.name


def _keep(store: VectorStore, model: str, rows: Mapping[int, tuple[str, NDArray[np.float32]]]) -> None:
    try:
        store.store(model, rows)
    except Exception:  # a cache: a read-only or busy workspace still gets its themes
        log.warning("could not keep %d theme vectors", len(rows), exc_info=True)
