"""The board's fill on a shared workspace, on both engines: a colleague deletes a pursuit while its
account's chunk is being assessed — the fill keeps the other readings and goes on (it failed with
a foreign-key error, and the board stopped filling with an error dialog)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from consensus_app.storage import portfolio_readiness
from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.portfolio_readiness import fill_readiness
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Identity, Workspace, open_workspace
from tests.portfolio_board_data import load_portfolio, pursuit_id

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def test_a_pursuit_deleted_while_its_chunk_is_assessed_leaves_the_others_kept(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    load_portfolio(workspace, now)
    rows = board_rows(workspace, now.astimezone().date())
    doomed = pursuit_id(workspace, "Fleet analytics")
    real = portfolio_readiness.reading_of
    deleted: list[int] = []

    def assessed_then_deleted(*args: Any, **kwargs: Any) -> Any:
        """A colleague deletes the pursuit just after the chunk was read (their own connection)."""
        if not deleted:
            with open_workspace(str(workspace.url), actor=Identity.named("Ana Lima")) as theirs:
                theirs.repos.pursuits.delete(doomed)
            deleted.append(doomed)
        return real(*args, **kwargs)

    monkeypatch.setattr(portfolio_readiness, "reading_of", assessed_then_deleted)
    done = fill_readiness(workspace, rows, now)
    assert deleted == [doomed]
    others = [r.pursuit_id for r in rows if r.pursuit_id != doomed]
    assert set(others) <= set(done)
    assert all(readings(workspace, p) for p in others)  # kept, every one but the deleted pursuit's
    assert doomed not in {r.pursuit_id for r in board_rows(workspace)}
