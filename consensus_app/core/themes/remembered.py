"""The last few theme results, by exactly what they were found from.

Finding themes is the slow part of a pursuit's analysis (TF-IDF, projection, spectral
clustering: about a third of a second for 1,000 statements on a quiet core). The result depends
only on the statements' texts, their stored vectors and model, k, the language and the seller's
corrections; when those are the same — an edit of someone's influence or role, a brief exported
after the Themes tab found the themes — the same result is returned instead of found again.
What relates the themes to the committee (coverage, bridges) is always computed afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.themes.engine import ThemeResult, find_themes

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from consensus_app.core.themes.corrections import Pinning

KEPT = 8  # results remembered (a few pursuits open in turn, the brief's and the window's)

_results: OrderedDict[Hashable, ThemeResult] = OrderedDict()
_lock = threading.Lock()


def remembered_find_themes(
    statements: Sequence[str],
    k: int | None,
    lang: str,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
    *,
    vectors: NDArray[np.float32] | None,
    model: str | None,
    pinning: Pinning | None,
) -> ThemeResult:
    """`find_themes` (with `use_model=False`), or the result it gave for the same inputs."""
    key = _key(statements, k, lang, vectors, model, pinning)
    with _lock:
        found = _results.get(key)
        if found is not None:
            _results.move_to_end(key)
    if found is not None:
        if progress is not None:
            progress(1.0)
        return found
    result = find_themes(
        statements,
        k,
        lang,
        progress,
        should_stop,
        vectors=vectors,
        model=model,
        use_model=False,
        pinning=pinning,
    )
    with _lock:
        _results[key] = result
        while len(_results) > KEPT:
            _results.popitem(last=False)
    return result


def forget() -> None:
    """Drop every remembered result (tests; nothing else needs to)."""
    with _lock:
        _results.clear()


def _key(
    statements: Sequence[str],
    k: int | None,
    lang: str,
    vectors: NDArray[np.float32] | None,
    model: str | None,
    pinning: Pinning | None,
) -> Hashable:
    digest = None
    if vectors is not None:
        digest = (
            vectors.shape,
            str(vectors.dtype),
            hashlib.blake2b(vectors.tobytes(), digest_size=16).digest(),
        )
    pins = None
    if pinning is not None:
        pins = (
            tuple(pinning.keys),
            tuple(pinning.pins),
            tuple(sorted(pinning.names.items())),
            tuple(sorted(pinning.dismissed)),
        )
    return tuple(statements), k, lang, model, digest, pins
