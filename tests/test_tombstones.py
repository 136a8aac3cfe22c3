"""Deletes can be undone exactly: the row and everything that went with it come back."""

from __future__ import annotations

from typing import Any

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from tests.conftest import minimal_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def _accounts(ws: Workspace) -> Any:
    return export_document(ws)["accounts"]


@pytest.fixture
def acme(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(minimal_document()))
    workspace.repos.positions.save(1, "org", {1: (0.0, 0.0), 2: (10.0, 120.0)})
    return workspace


def test_a_deleted_manager_comes_back_with_seats_ties_priorities_and_reports(acme: Workspace) -> None:
    before = _accounts(acme)
    cfo = next(s for s in acme.repos.stakeholders.for_account(1) if s.key == "s-cfo")
    tombstone = acme.repos.stakeholders.delete(cfo.id)
    after_delete = _accounts(acme)[0]
    assert "s-cfo" not in [s["id"] for s in after_delete["stakeholders"]]
    assert "reports_to" not in after_delete["stakeholders"][1]  # Sam lost his manager
    assert after_delete["relationships"] == []

    restored = acme.repos.stakeholders.restore(tombstone)
    assert (restored.id, restored.key) == (cfo.id, "s-cfo")
    assert _accounts(acme) == before
    assert acme.repos.positions.get(1, "org") == {1: (0.0, 0.0), 2: (10.0, 120.0)}


def test_a_deleted_pursuit_comes_back_with_its_committee(acme: Workspace) -> None:
    before = _accounts(acme)
    tombstone = acme.repos.pursuits.delete(1)
    assert _accounts(acme)[0]["pursuits"] == []
    acme.repos.pursuits.restore(tombstone)
    assert _accounts(acme) == before


def test_a_deleted_account_comes_back_whole(acme: Workspace) -> None:
    before = _accounts(acme)
    tombstone = acme.repos.accounts.delete(1)
    assert acme.repos.accounts.list() == []
    acme.repos.accounts.restore(tombstone)
    assert _accounts(acme) == before


def test_the_change_log_records_the_delete_and_the_restore(acme: Workspace) -> None:
    from datetime import UTC, datetime

    start = datetime.now(UTC)
    tombstone = acme.repos.relationships.delete(1)
    acme.repos.relationships.restore(tombstone)
    assert [c.summary for c in acme.repos.changes.since(start)] == [
        "Removed relationship influences Sam Okafor – Lee Park",
        "Restored relationship influences Sam Okafor – Lee Park",
    ]
