"""What every review export reads (the brief, the deck): one pass over the workspace, without Qt.

The pursuit, its account read once, the map laid out, the committee's themes from the stored
vectors (as the assessment panel and `analyze` weigh them, so every score agrees), the change
log since a day for this pursuit, and the names it needs. Progress: the map to 60 %, the themes
to 85 %, the change log to 90 %; the caller finishes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from consensus_app.core.cancellable import CancellableRun, StopCallback
from consensus_app.core.layouts import LayoutName
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.themes.pursuit import PursuitThemes, analyse_pursuit
from consensus_app.exporters.map_source import MapSource, load_map_source
from consensus_app.storage.priority_vectors import PriorityVectorRepository
from consensus_app.storage.workspace import Workspace
from models.snapshot import AccountSnapshot
from models.tables import ChangeRecord, PursuitRecord


class ReviewedPursuit:
    """What the brief and the deck both say of the pursuit they show (their data classes have
    these fields): its title, its committee in reading order, everyone's names."""

    account_name: str
    pursuit: PursuitRecord
    source: MapSource

    @property
    def title(self) -> str:
        return f"{self.account_name} — {self.pursuit.name}"

    @property
    def members(self) -> list[MapNode]:
        """The committee: approvers first, then by influence (highest first), then by name."""
        return sorted(
            self.source.pursuit_map.members(), key=lambda n: (not n.approver, -n.influence, n.name.casefold())
        )

    def names(self) -> dict[int, str]:
        return {n.stakeholder_id: n.name for n in self.source.pursuit_map.nodes}


@dataclass(frozen=True)
class ReviewParts:
    pursuit: PursuitRecord
    snapshot: AccountSnapshot
    source: MapSource
    themes: PursuitThemes
    changes: list[ChangeRecord]  # since the day asked, of the account or this pursuit, oldest first
    people: Mapping[int, str]  # who the change log's ids name
    authors: Mapping[str, str]  # user id -> display name


def gather_review_parts(
    workspace: Workspace,
    pursuit_id: int,
    *,
    since: date,
    today: date,
    layout: LayoutName | str,
    committee_only: bool,
    run: CancellableRun,
    should_stop: StopCallback | None = None,
) -> ReviewParts:
    pursuit = workspace.repos.pursuits.get(pursuit_id)
    snapshot = workspace.repos.accounts.snapshot(pursuit.account_id)  # read once, for all of it
    source = load_map_source(
        workspace,
        pursuit_id,
        layout,
        on=today,
        snapshot=snapshot,
        committee_only=committee_only,
        progress=run.stage(0.0, 0.6).report,
        should_stop=should_stop,
    )
    themes = analyse_pursuit(
        snapshot,
        pursuit_id,
        progress=run.stage(0.6, 0.85).report,
        should_stop=should_stop,
        vectors=PriorityVectorRepository(workspace),  # stored vectors: clustering only
    )
    start = datetime.combine(since, time.min).astimezone().astimezone(UTC)  # local midnight
    changes = [
        c
        for c in workspace.repos.changes.since(start, pursuit.account_id)
        if c.pursuit_id in (None, pursuit_id)
    ]
    run.report(0.9)
    changelog = workspace.repos.changes
    return ReviewParts(
        pursuit, snapshot, source, themes, changes, changelog.people(pursuit.account_id), changelog.authors()
    )
