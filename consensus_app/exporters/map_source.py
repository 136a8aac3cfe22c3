"""What a map export draws, gathered without Qt: the map, its card positions and its captions.

Positions are the layout's, with the places the user dragged cards to in that layout on
top, exactly as the window shows them. Computing a large layout takes a while, so this is
the part an export dialog runs in a worker (with progress and cancel); drawing it needs Qt
(consensus_app.ui.exports.map_image).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.layouts import LayoutName, Region, compute_layout, grid_regions
from consensus_app.core.pursuit_map import Point, PursuitMap, build_pursuit_map
from consensus_app.i18n import _
from consensus_app.storage.workspace import Workspace
from models.snapshot import AccountSnapshot


@dataclass
class MapSource:
    pursuit_map: PursuitMap
    positions: dict[int, Point]  # card centres, scene pixels
    layout: LayoutName
    account_name: str
    pursuit_name: str
    on: date = field(default_factory=date.today)  # the date printed on the export
    regions: list[Region] = field(default_factory=list)  # the grid's backdrop (grid layout only)
    relationship_keys: dict[int, str] = field(default_factory=dict)
    saved: dict[int, Point] = field(default_factory=dict)  # where the user placed cards (kept by exports)
    committee_only: bool = True  # the committee view (the window's default), or everyone

    @property
    def title(self) -> str:
        return f"{self.account_name} — {self.pursuit_name}"

    @property
    def subtitle(self) -> str:
        members = len(self.pursuit_map.members())
        people = len(self.pursuit_map.nodes)
        committee = (
            _("{members} on the committee").format(members=members)
            if people == members
            else _("{members} on the committee, {people} people").format(members=members, people=people)
        )
        return f"{self.layout.label} · {committee} · {self.on.isoformat()}"


def map_source_for(
    pursuit_map: PursuitMap,
    positions: dict[int, Point],
    layout: LayoutName | str,
    account_name: str,
    pursuit_name: str,
    on: date | None = None,
) -> MapSource:
    """A source from a map already laid out (the window's, with the cards where they are now)."""
    name = LayoutName(layout)
    return MapSource(
        pursuit_map,
        dict(positions),
        name,
        account_name,
        pursuit_name,
        on or date.today(),
        grid_regions(pursuit_map) if name is LayoutName.GRID else [],
        saved=dict(positions),  # the cards are where the window shows them
    )


def load_map_source(
    workspace: Workspace,
    pursuit_id: int,
    layout: LayoutName | str = LayoutName.ORG,
    *,
    on: date | None = None,
    snapshot: AccountSnapshot | None = None,
    committee_only: bool = True,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> MapSource:
    """The pursuit's map in `layout` as the window would show it (Cancelled if stopped);
    `snapshot`: the account as already read, if the caller has it; `committee_only`: the
    committee view (False: everyone), as the window's Committee / Everyone choice."""
    pursuit = workspace.repos.pursuits.get(pursuit_id)
    snapshot = snapshot or workspace.repos.accounts.snapshot(pursuit.account_id)
    pursuit_map = build_pursuit_map(snapshot, pursuit_id)
    name = LayoutName(layout)
    positions = compute_layout(name, pursuit_map, progress=progress, should_stop=should_stop)
    saved = workspace.repos.positions.get(pursuit_id, name.value)
    positions.update(saved)
    source = map_source_for(pursuit_map, positions, name, snapshot.account.name, pursuit.name, on)
    source.saved, source.committee_only = dict(saved), committee_only
    source.relationship_keys = {r.id: r.key for r in snapshot.relationships}
    return source
