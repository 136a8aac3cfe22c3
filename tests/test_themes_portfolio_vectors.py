"""Portfolio themes run on the committee themes' engine and its stored vectors (issue 13, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.themes import encoder
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.priority_vectors import PriorityVectorRepository
from consensus_app.storage.workspace import open_workspace


def test_portfolio_themes_store_each_vector_once_and_reuse_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    create_demo_workspace(db).close()
    first = tmp_path / "first.md"
    assert main(["portfolio-themes", "--db", str(db), "-o", str(first)]) == 0
    info = encoder.available()
    assert info is not None
    with open_workspace(str(db)) as workspace:
        priorities = sum(
            len(workspace.repos.accounts.snapshot(a.id).priorities) for a in workspace.repos.accounts.list()
        )
        assert PriorityVectorRepository(workspace).count(info.name) == priorities > 30
    loaded = encoder.load()
    assert loaded is not None

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a stored vector was computed again")

    monkeypatch.setattr(loaded, "encode", refuse)
    second = tmp_path / "second.md"
    assert main(["portfolio-themes", "--db", str(db), "-o", str(second)]) == 0  # clustering only
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert first.read_text(encoding="utf-8").startswith("# Themes across ")
