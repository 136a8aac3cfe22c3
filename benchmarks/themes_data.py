"""The labelled statement sets bench_themes.py measures on, and their encoder vectors (cached).

Public sets from $CONSENSUS_DATA (default ../shared/data): CLINC150 test, BANKING77 test, xSID
test + validation per language and pooled; our own committee sets (tests/committee_sets.py).
Encoding the 11,000 public statements takes minutes, so each set's vectors are kept in
~/.cache/consensus-bench under the model's name, as the app keeps a priority's vector.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("CONSENSUS_DATA") or HERE.parent.parent / "shared" / "data").expanduser()
CACHE = Path(os.environ.get("CONSENSUS_BENCH_CACHE") or Path.home() / ".cache" / "consensus-bench")
XSID_LANGUAGES = ("en", "de", "id", "ja", "zh")

Dataset = tuple[list[str], list[str]]


def clinc() -> Dataset:
    rows = json.loads((DATA / "clinc150" / "data_full.json").read_text(encoding="utf-8"))["test"]
    return [text for text, _ in rows], [intent for _, intent in rows]


def banking() -> Dataset:
    with (DATA / "banking77" / "test.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def xsid(lang: str) -> Dataset:
    """One language's test and validation utterances together."""
    texts, intents = [], []
    for split in ("test", "valid"):
        for line in (DATA / "xsid" / f"{lang}.{split}.conll").read_text(encoding="utf-8").splitlines():
            if line.startswith("# text ="):
                texts.append(line.split("=", 1)[1].strip())
            elif line.startswith("# intent ="):
                intents.append(line.split("=", 1)[1].strip())
    return texts, intents


def xsid_pooled() -> tuple[list[str], list[str], list[str]]:
    """Every language's utterances together: texts, intents, languages."""
    texts, intents, languages = [], [], []
    for lang in XSID_LANGUAGES:
        t, i = xsid(lang)
        texts += t
        intents += i
        languages += [lang] * len(t)
    return texts, intents, languages


def vectors(texts: list[str], model: str, encode: object) -> NDArray[np.float32]:
    """The encoder's vectors of these texts, from the cache when this model made them before."""
    import numpy as np

    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:20]
    path = CACHE / f"{model.replace('/', '_')}-{digest}.npy"
    if path.exists():
        cached: NDArray[np.float32] = np.load(path)
        return cached
    result: NDArray[np.float32] = encode(texts)  # type: ignore[operator]
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, result)
    return result
