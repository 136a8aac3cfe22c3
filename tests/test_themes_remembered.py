"""Themes found again for the same statements, vectors and corrections are remembered, not
clustered again; any change to what they are found from finds them again."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from consensus_app.core.themes import engine, remembered
from consensus_app.core.themes.corrections import SellerPin, pinning_of
from consensus_app.core.themes.remembered import remembered_find_themes

STATEMENTS = [
    "Reduce sudden production-line stops",
    "생산 라인이 갑자기 멈추는 일을 줄이고 싶다",
    "Fewer unplanned stops on the packing line",
    "Production data must stay in the country",
    "داده‌های تولید باید در کشور بماند",
    "Keep customer data inside the EU",
]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    remembered.forget()
    counted: list[int] = []
    real = engine.find_themes

    def counting(*args: object, **kwargs: object) -> engine.ThemeResult:
        counted.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(remembered, "find_themes", counting)
    yield counted
    remembered.forget()


def _vectors(seed: int = 0) -> np.ndarray:  # type: ignore[type-arg]
    rng = np.random.default_rng(seed)
    rows = rng.normal(size=(len(STATEMENTS), 16)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _themes(statements: list[str] = STATEMENTS, **changes: object) -> engine.ThemeResult:
    options: dict[str, object] = {"vectors": _vectors(), "model": "m@1", "pinning": None} | changes
    return remembered_find_themes(statements, None, "auto", None, None, **options)  # type: ignore[arg-type]


def test_the_same_inputs_are_clustered_once(calls: list[int]) -> None:
    first = _themes()
    again = _themes()
    assert again is first and len(calls) == 1


def test_any_change_finds_the_themes_again(calls: list[int]) -> None:
    _themes()
    _themes([*STATEMENTS[:-1], "Keep customer data inside Norway"])
    _themes(vectors=_vectors(seed=1))
    _themes(model="m@2")
    _themes(pinning=pinning_of([SellerPin("stops"), None, SellerPin("stops"), None, None, None]))
    assert len(calls) == 5
    _themes(pinning=pinning_of([SellerPin("stops"), None, SellerPin("stops"), None, None, None]))
    assert len(calls) == 5  # the same correction again: remembered


def test_only_the_last_few_are_kept(calls: list[int]) -> None:
    for seed in range(remembered.KEPT + 1):
        _themes(vectors=_vectors(seed))
    _themes(vectors=_vectors(0))  # the oldest was let go
    assert len(calls) == remembered.KEPT + 2
