"""Sentence vectors computed once per priority, kept in the workspace, reused, and recomputed
when the text or the model changes (issue 13, item 2), on both database engines."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from consensus_app.core.themes import encoder
from consensus_app.core.themes.pursuit import analyse_pursuit
from consensus_app.core.themes.vectors import text_hash, vectors_for
from consensus_app.storage.priority_vectors import PriorityVectorRepository
from consensus_app.storage.workspace import Workspace
from models import Function
from tests.committee_sets import PERSIAN_ENGLISH, flatten

pytestmark = pytest.mark.engines("sqlite", "postgresql")

FUNCTIONS = [Function.FINANCE, Function.IT, Function.OPERATIONS, Function.SECURITY, Function.PROCUREMENT]


def persian_english_pursuit(ws: Workspace) -> tuple[int, int, list[int]]:
    """A 20-person committee writing in Persian and English: account, pursuit, priority ids."""
    account = ws.repos.accounts.create(key="pars", name="Pars Logistics").id
    pursuit = ws.repos.pursuits.create(account_id=account, name="Fleet platform").id
    texts, _ = flatten(PERSIAN_ENGLISH)
    people = []
    for n in range(20):
        name = f"مریم رضایی {n}" if n % 2 else f"Sara Lind {n}"
        person = ws.repos.stakeholders.create(account_id=account, name=name, function=FUNCTIONS[n % 5])
        ws.repos.committee.create(pursuit_id=pursuit, stakeholder_id=person.id, influence=1 + n % 5)
        people.append(person.id)
    ids = [
        ws.repos.priorities.create(account_id=account, stakeholder_id=people[i % 20], text=text).id
        for i, text in enumerate(texts)
    ]
    return account, pursuit, ids


@pytest.fixture
def counted_encoding(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many statements the encoder was asked for, call by call."""
    loaded = encoder.load()
    assert loaded is not None, "the encoder the app depends on is installed"
    calls: list[int] = []
    original = loaded.encode

    def counting(texts, run=None):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return original(texts, run)

    monkeypatch.setattr(loaded, "encode", counting)
    yield calls


def test_vectors_are_computed_once_kept_and_reused(workspace: Workspace, counted_encoding: list[int]) -> None:
    account, pursuit, _ids = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    snapshot = workspace.repos.accounts.snapshot(account)
    first = analyse_pursuit(snapshot, pursuit, vectors=store)
    assert counted_encoding == [48] and first.engine == "meaning"
    info = encoder.available()
    assert info is not None and store.count(info.name) == 48
    again = analyse_pursuit(snapshot, pursuit, vectors=store)
    assert counted_encoding == [48]  # clustering only: nothing encoded the second time
    assert again.result == first.result
    assert first.result.model == info.name


def test_an_edited_priority_is_recomputed_and_a_deleted_one_leaves_no_vector(
    workspace: Workspace, counted_encoding: list[int]
) -> None:
    account, pursuit, ids = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    analyse_pursuit(workspace.repos.accounts.snapshot(account), pursuit, vectors=store)
    workspace.repos.priorities.update(ids[0], text="هزینه‌های عملیاتی ناوگان را کاهش دهیم")
    edited = analyse_pursuit(workspace.repos.accounts.snapshot(account), pursuit, vectors=store)
    assert counted_encoding == [48, 1]  # only the edited statement
    info = encoder.available()
    assert info is not None
    kept = store.cached(info.name, {ids[0]: text_hash("هزینه‌های عملیاتی ناوگان را کاهش دهیم")})
    assert list(kept) == [ids[0]]
    assert edited.priorities[0].text.startswith("هزینه‌های عملیاتی ناوگان")
    workspace.repos.priorities.delete(ids[1])
    assert store.count() == 47


def test_a_new_model_recomputes_what_the_old_one_stored(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    account, _pursuit, _ids = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    items = [(p.id, p.text) for p in workspace.repos.accounts.snapshot(account).priorities]
    vectors, model = vectors_for(items, store)
    assert vectors is not None and vectors.shape[0] == 48
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    info = encoder.available()
    assert info is not None and model == info.name
    upgraded = encoder.EncoderInfo(info.name + "-next", info.dims, info.description)
    monkeypatch.setattr(encoder, "available", lambda: upgraded)
    _, newer = vectors_for(items, store)
    assert newer == upgraded.name
    assert store.count(upgraded.name) == 48 and store.count(info.name) == 0  # replaced, not piled up


def test_a_model_with_other_dimensions_replaces_the_stored_vectors_and_themes_from_them(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A future model of another width (say two encoders side by side, 384 + 512) is a new
    name: every stored vector is recomputed, and the committee is themed from the new ones."""
    account, pursuit, _ids = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    snapshot = workspace.repos.accounts.snapshot(account)
    first = analyse_pursuit(snapshot, pursuit, vectors=store)
    small = encoder.load()
    assert small is not None and store.count(small.info.name) == 48
    wide = encoder.EncoderInfo("e5+use-test@0", small.info.dims + 512, small.info.description)
    mixing = np.random.default_rng(0).standard_normal((small.info.dims, 512)).astype(np.float32)

    def both(texts: list[str]) -> np.ndarray:
        vectors = small.encode(texts)
        return np.hstack([vectors, vectors @ mixing])

    monkeypatch.setattr(encoder, "available", lambda: wide)
    monkeypatch.setattr(encoder, "load", lambda: encoder.Encoder(wide, both))
    again = analyse_pursuit(snapshot, pursuit, vectors=store)
    assert store.count(wide.name) == 48 and store.count(small.info.name) == 0
    assert again.engine == "meaning" and again.result.model == wide.name
    kept = store.cached(wide.name, {p.id: text_hash(p.text) for p in snapshot.priorities})
    assert {vector.shape for vector in kept.values()} == {(wide.dims,)}
    assert len(again.result.themes) >= 2 and first.result.model == small.info.name


def test_without_an_encoder_the_words_engine_runs_and_says_so(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(encoder.CHOICE_ENV, "none")
    account, pursuit, _ = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    analysis = analyse_pursuit(workspace.repos.accounts.snapshot(account), pursuit, vectors=store)
    assert analysis.engine == "words" and analysis.result.model is None
    assert analysis.coverage and store.count() == 0


def test_a_priority_deleted_while_its_vector_was_computed_does_not_lose_the_others(
    workspace: Workspace,
) -> None:
    """Typing a priority and undoing it at once: the worker's vectors arrive for a row that is gone."""
    _account, _pursuit, ids = persian_english_pursuit(workspace)
    store = PriorityVectorRepository(workspace)
    workspace.repos.priorities.delete(ids[0])
    vector = np.ones(4, dtype=np.float32)
    store.store("test-model", {pid: (f"hash {pid}", vector) for pid in ids[:3]})  # no error
    assert store.count("test-model") == 2
    assert set(store.cached("test-model", {pid: f"hash {pid}" for pid in ids[:3]})) == set(ids[1:3])
