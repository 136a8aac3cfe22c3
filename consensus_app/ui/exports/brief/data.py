"""What a review brief shows, gathered without Qt: a worker can run this while the window waits.

`gather_brief` reads the workspace (the pursuit, its map laid out, the assessment, the change
log); `brief_data_for` builds the same from a map already at hand (the window's, a benchmark's).
A section that needs more (themes and bridges, drafted messages) adds a field to `BriefData`
and fills it in `gather_brief`, so the slow part stays in the worker.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.results import Assessment
from consensus_app.core.analytics.themes_link import priority_themes
from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.change_notes import Note, change_notes
from consensus_app.core.layouts import LayoutName
from consensus_app.core.messaging import PursuitMessaging, messaging_for_pursuit
from consensus_app.core.messaging.bridges import from_pursuit_themes
from consensus_app.core.readiness import Reading
from consensus_app.core.themes.pursuit import PursuitThemes
from consensus_app.exporters.customer_view import PlanLine, plan_line
from consensus_app.exporters.map_source import MapSource
from consensus_app.exporters.review_parts import ReviewedPursuit, gather_review_parts
from consensus_app.exporters.team_notes import TeamNotes, team_notes
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Workspace
from models.tables import ChangeRecord, PursuitRecord

DEFAULT_SINCE_DAYS = 30
MAX_CHANGES = 400  # the most recent ones; a bulk edit of thousands would bury the rest


@dataclass(frozen=True)
class Change:
    at: datetime  # local time
    actor: str
    summary: str
    details: str = ""  # "stance −1 → +1" for edits, when short


@dataclass
class BriefData(ReviewedPursuit):
    account_name: str
    pursuit: PursuitRecord
    source: MapSource  # the map, laid out, for the map page
    assessment: Assessment
    today: date
    since: date
    changes: list[Change] = field(default_factory=list)  # oldest first
    changes_left_out: int = 0  # older changes beyond MAX_CHANGES
    # All the changes since `since` as a colleague's notes (names, words, one line per import).
    notes: list[Note] = field(default_factory=list)
    # The committee's priority themes (themes engine), as the assessment panel uses them; the data
    # for a "Themes and bridges" section. None when not computed (a map without a workspace).
    themes: PursuitThemes | None = None
    # Drafted common-language messages on the bridge themes (core.messaging), when computed.
    messaging: PursuitMessaging | None = None
    # The plan for deciding together (mutual plan), in the team's order.
    plan: list[PlanLine] = field(default_factory=list)
    # What the account team noted (personal wins, notes, evidence, ties): the internal brief only.
    team_notes: TeamNotes | None = None
    # The pursuit's kept readings (readiness over time), oldest first.
    readings: list[Reading] = field(default_factory=list)


def default_since(today: date) -> date:
    return today - timedelta(days=DEFAULT_SINCE_DAYS)


def brief_data_for(
    source: MapSource,
    pursuit: PursuitRecord,
    *,
    today: date | None = None,
    since: date | None = None,
    changes: list[ChangeRecord] | None = None,
    themes: PursuitThemes | None = None,
    people: Mapping[int, str] | None = None,
    authors: Mapping[str, str] | None = None,
) -> BriefData:
    """A brief's data from a map already laid out; `changes` as the change log returns them,
    `themes` as analyse_pursuit finds them (the assessment then weighs divergent priorities);
    `people` and `authors` name the ids in the changes (default: the map's people)."""
    today = today or date.today()
    since = since or default_since(today)
    chosen = [c for c in changes or [] if c.pursuit_id in (None, pursuit.id)]
    kept = chosen[-MAX_CHANGES:]
    return BriefData(
        account_name=source.account_name,
        pursuit=pursuit,
        source=source,
        assessment=assess(source.pursuit_map, today, *_themed(themes)),
        today=today,
        since=since,
        changes=[_change(c) for c in kept],
        changes_left_out=len(chosen) - len(kept),
        themes=themes,
        notes=change_notes(chosen, people if people is not None else _map_names(source), authors or {}),
    )


def _map_names(source: MapSource) -> dict[int, str]:
    return {n.stakeholder_id: n.name for n in source.pursuit_map.nodes}


def _themed(themes: PursuitThemes | None) -> tuple[list[PriorityTheme] | None, dict[int, int] | None]:
    if themes is None:
        return None, None
    return priority_themes(themes)


def gather_brief(
    workspace: Workspace,
    pursuit_id: int,
    *,
    since: date | None = None,
    layout: LayoutName | str = LayoutName.ORG,
    today: date | None = None,
    committee_only: bool = True,
    drafts_language: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> BriefData:
    """Everything the brief shows (Cancelled when `should_stop` says so). `drafts_language`: the
    drafted messages' language as the user chose it (None: the committee's)."""
    run = CancellableRun(progress, should_stop)
    today = today or date.today()
    since = since or default_since(today)
    parts = gather_review_parts(
        workspace,
        pursuit_id,
        since=since,
        today=today,
        layout=layout,
        committee_only=committee_only,
        run=run,
        should_stop=should_stop,
    )
    source, themes = parts.source, parts.themes
    data = brief_data_for(
        source,
        parts.pursuit,
        today=today,
        since=since,
        changes=parts.changes,
        themes=themes,
        people=parts.people,
        authors=parts.authors,
    )
    data.messaging = messaging_for_pursuit(
        parts.snapshot,
        pursuit_id,
        from_pursuit_themes(themes),
        pursuit_map=source.pursuit_map,
        language=drafts_language,
    )
    names = {s.id: s.name for s in parts.snapshot.stakeholders}
    data.plan = [plan_line(step, names) for step in workspace.repos.plan_steps.for_pursuit(pursuit_id)]
    data.team_notes = team_notes(parts.snapshot, pursuit_id, data.members)
    data.readings = readings(workspace, pursuit_id)
    run.finish()
    return data


def _change(record: ChangeRecord) -> Change:
    return Change(record.at.astimezone(), record.actor, record.summary, _details(record.details))


def _details(details: str | None, limit: int = 160) -> str:
    """An edit's fields as "stance −1 → 1; title CFO → CEO", or "" when there is nothing short to say."""
    if not details:
        return ""
    try:
        fields: Any = json.loads(details)
    except ValueError:
        return ""
    if not isinstance(fields, dict):
        return ""
    parts = []
    for name, change in fields.items():
        if not (isinstance(change, list) and len(change) == 2):
            return ""
        old, new = (_value(v) for v in change)
        parts.append(f"{name.replace('_', ' ')}: {old} → {new}")
    text = "; ".join(parts)
    return text if len(text) <= limit else ""


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return (str(value) if isinstance(value, int) else f"{value:,.6g}").replace("-", "−")
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"
