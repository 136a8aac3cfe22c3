"""What a review deck shows, gathered without Qt (a worker runs this while the window waits).

The same parts as the review brief (ui/exports/brief/data.py), read from the Qt-free layers:
the map laid out, the assessment weighed with the committee's themes, the drafted messages on
the bridge themes, the messages the team saved (approved first) and what changed since a date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.results import Assessment
from consensus_app.core.analytics.themes_link import priority_themes
from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.change_notes import Note, change_notes
from consensus_app.core.layouts import LayoutName
from consensus_app.core.messaging import PursuitMessaging, messaging_for_pursuit
from consensus_app.core.messaging.bridges import from_pursuit_themes
from consensus_app.core.themes.pursuit import PursuitThemes
from consensus_app.exporters.customer_view import PlanLine, plan_line
from consensus_app.exporters.map_source import MapSource
from consensus_app.exporters.review_parts import ReviewedPursuit, gather_review_parts
from consensus_app.exporters.team_notes import TeamNotes, team_notes
from consensus_app.storage.workspace import Workspace
from models import MessageStatus
from models.tables import MessageRecord, PursuitRecord

DEFAULT_SINCE_DAYS = 30


@dataclass
class DeckData(ReviewedPursuit):
    account_name: str
    pursuit: PursuitRecord
    source: MapSource  # the whole account's map in the chosen layout
    assessment: Assessment
    today: date
    since: date
    notes: list[Note] = field(default_factory=list)  # what changed since `since`, oldest first
    themes: PursuitThemes | None = None
    messaging: PursuitMessaging | None = None  # drafts on the bridge themes
    saved_messages: list[MessageRecord] = field(default_factory=list)  # approved first
    plan: list[PlanLine] = field(default_factory=list)  # the plan for deciding together
    team_notes: TeamNotes | None = None  # the team's own notes: speaker notes, internal deck only


def deck_data_for(
    source: MapSource,
    pursuit: PursuitRecord,
    *,
    today: date | None = None,
    since: date | None = None,
    themes: PursuitThemes | None = None,
    messaging: PursuitMessaging | None = None,
    saved_messages: list[MessageRecord] | None = None,
    notes: list[Note] | None = None,
) -> DeckData:
    """A deck's data from a map already laid out (a benchmark's, a test's)."""
    today = today or date.today()
    weighed = priority_themes(themes) if themes is not None else (None, None)
    return DeckData(
        account_name=source.account_name,
        pursuit=pursuit,
        source=source,
        assessment=assess(source.pursuit_map, today, *weighed),
        today=today,
        since=since or today - timedelta(days=DEFAULT_SINCE_DAYS),
        notes=notes or [],
        themes=themes,
        messaging=messaging,
        saved_messages=saved_messages or [],
    )


def gather_deck(
    workspace: Workspace,
    pursuit_id: int,
    *,
    since: date | None = None,
    layout: LayoutName | str = LayoutName.ORG,
    today: date | None = None,
    drafts_language: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> DeckData:
    """Everything the deck shows (Cancelled when `should_stop` says so); the drafts in
    `drafts_language` (None: the committee's)."""
    run = CancellableRun(progress, should_stop)
    today = today or date.today()
    since = since or today - timedelta(days=DEFAULT_SINCE_DAYS)
    parts = gather_review_parts(
        workspace,
        pursuit_id,
        since=since,
        today=today,
        layout=layout,
        committee_only=True,  # as the window opens it (the deck pages the committee view first)
        run=run,
        should_stop=should_stop,
    )
    source, snapshot, themes = parts.source, parts.snapshot, parts.themes
    saved = [m for m in snapshot.messages if m.pursuit_id in (None, pursuit_id)]
    saved.sort(key=lambda m: m.status is not MessageStatus.APPROVED)
    data = deck_data_for(
        source,
        parts.pursuit,
        today=today,
        since=since,
        themes=themes,
        messaging=messaging_for_pursuit(
            snapshot,
            pursuit_id,
            from_pursuit_themes(themes),
            pursuit_map=source.pursuit_map,
            language=drafts_language,
        ),
        saved_messages=saved,
        notes=change_notes(parts.changes, parts.people, parts.authors),
    )
    names = {s.id: s.name for s in snapshot.stakeholders}
    data.plan = [plan_line(step, names) for step in workspace.repos.plan_steps.for_pursuit(pursuit_id)]
    data.team_notes = team_notes(snapshot, pursuit_id, data.members)
    run.finish()
    return data
