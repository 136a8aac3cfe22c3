"""What the customer's committee may read of a pursuit: the buyer-safe brief and deck show this only.

Chosen field by field (an allow-list), never by taking internal parts away: every value below
is copied here on purpose, and the buyer-safe writers read nothing else. In it:

- who takes part: the committee's names, titles and functions (in alphabetical order, so no
  ranking by influence shows), and the selling team's people named in the plan;
- the shared ground: the themes the drafts build on, as the drafts quote the group, each
  statement with the function that said it (never a name, never a personal statement);
- the decision criteria, in the committee's own words;
- the plan for deciding together (mutual plan) and the next steps still open.

Left out because nothing copies them here: stance, influence, profiles, approver marks,
findings and the score, notes, evidence, personal wins and personal priorities, mobilizer
kits, relationships (conflict ties among them), the pursuit's value and close date, and the
theme engine's labels (a label may take words from a personal statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.messaging import PursuitMessaging, messaging_for_pursuit
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.themes.pursuit import PursuitThemes
from consensus_app.core.wording import function_words as shown_function
from consensus_app.core.wording import joined
from consensus_app.i18n import N_, _, current_language, use_language
from models import Function, PriorityKind
from models.plan import PlanStepRecord, PlanStepStatus

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

MAX_THEMES = 4
MAX_CRITERIA = 12
NEXT_STEPS = 5
# A plan step's status in words (PlanStepStatus.label), marked for the catalogues.
_STATUS_WORDS = (N_("Planned"), N_("In progress"), N_("Done"))


def function_words(function: Function | str) -> str:
    """The function as people write it, in the current language (the one shared source)."""
    return shown_function(str(function.value if isinstance(function, Function) else function))


@dataclass(frozen=True)
class Voice:
    """One statement in the speaker's words, said by someone of `function` (no name)."""

    text: str
    function: str


@dataclass(frozen=True)
class SharedGround:
    """A theme the group shares, told by the statements a draft quotes."""

    functions: tuple[str, ...]
    voices: tuple[Voice, ...]


@dataclass(frozen=True)
class Participant:
    name: str
    title: str
    side: str  # the buyer's company, or "Our team"
    function: str = ""


@dataclass(frozen=True)
class PlanLine:
    step: str
    buyer_owner: str
    seller_owner: str
    due: date | None
    status: str  # in words
    done: bool

    def days_overdue(self, today: date) -> int:
        """How many days past its due date an open step is (0: not overdue)."""
        if self.done or self.due is None or self.due >= today:
            return 0
        return (today - self.due).days


@dataclass(frozen=True)
class CustomerView:
    account_name: str
    pursuit_name: str
    prepared: date
    participants: tuple[Participant, ...]
    shared_ground: tuple[SharedGround, ...]
    criteria: tuple[Voice, ...]
    plan: tuple[PlanLine, ...]
    # What the customer reads is in the drafts' language (issue 14), whatever the seller's window.
    language: str = "en"

    @property
    def title(self) -> str:
        return f"{self.account_name} — {self.pursuit_name}"

    @property
    def next_steps(self) -> list[PlanLine]:
        """The open steps, the soonest due first (undated ones last, in the plan's order)."""
        open_steps = [line for line in self.plan if not line.done]
        return sorted(open_steps, key=lambda line: (line.due is None, line.due or date.min))[:NEXT_STEPS]


def customer_view(
    *,
    account_name: str,
    pursuit_name: str,
    prepared: date,
    members: Sequence[MapNode],
    names: dict[int, str],
    themes: PursuitThemes | None,
    messaging: PursuitMessaging | None,
    plan: Sequence[PlanStepRecord],
    language: str | None = None,
) -> CustomerView:
    """The buyer-safe view; `members` are the committee, `names` everyone's names by id; its
    words in `language` (default: the drafts', else the current one)."""
    language = language or (messaging.language if messaging else None) or current_language()
    with use_language(language):
        buyers = sorted(
            (Participant(m.name, m.title or "", account_name, function_words(m.function)) for m in members),
            key=lambda p: p.name.casefold(),
        )
        named = dict.fromkeys(step.seller_owner for step in plan if step.seller_owner)
        sellers = [Participant(name, "", _("Our team")) for name in named if name]
        return CustomerView(
            account_name=account_name,
            pursuit_name=pursuit_name,
            prepared=prepared,
            participants=(*buyers, *sellers),
            shared_ground=_shared_ground(messaging),
            criteria=_criteria(themes, {m.stakeholder_id: m.function for m in members}),
            plan=tuple(plan_line(step, names) for step in plan),
            language=language,
        )


def _shared_ground(messaging: PursuitMessaging | None) -> tuple[SharedGround, ...]:
    grounds = []
    for draft in (messaging.drafts if messaging else [])[:MAX_THEMES]:
        said: dict[str, list[str]] = {}  # the same words from two functions: one quote, both named
        for quote in draft.quotes:
            if quote.kind is not PriorityKind.PERSONAL:
                said.setdefault(quote.text.strip(), []).append(function_words(quote.function))
        voices = tuple(Voice(text, _joined(list(dict.fromkeys(who)))) for text, who in said.items())
        if voices:
            functions = tuple(dict.fromkeys(f for who in said.values() for f in who))
            grounds.append(SharedGround(functions, voices))
    return tuple(grounds)


def _criteria(themes: PursuitThemes | None, function_of: dict[int, Function]) -> tuple[Voice, ...]:
    """The committee's decision criteria, most important first, each once."""
    chosen = [p for p in (themes.priorities if themes else []) if p.kind is PriorityKind.DECISION_CRITERION]
    chosen.sort(key=lambda p: -p.importance)  # stable: the committee's order within one importance
    voices: dict[str, Voice] = {}
    for priority in chosen:
        function = function_of.get(priority.stakeholder_id)
        text = priority.text.strip()
        voices.setdefault(text.casefold(), Voice(text, function_words(function) if function else ""))
    return tuple(voices.values())[:MAX_CRITERIA]


def plan_line(step: PlanStepRecord, names: dict[int, str]) -> PlanLine:
    """A step in words, its buyer's owner named (both versions of the brief and deck show it)."""
    owner = names.get(step.buyer_owner_id, "") if step.buyer_owner_id is not None else ""
    return PlanLine(
        step.title,
        owner,
        step.seller_owner or "",
        step.due,
        _(step.status.label),
        step.status is PlanStepStatus.DONE,
    )


def gather_customer_view(
    workspace: Workspace,
    pursuit_id: int,
    *,
    today: date | None = None,
    drafts_language: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> CustomerView:
    """The buyer-safe view of a pursuit, read from the workspace (Cancelled when asked to stop);
    the shared ground as the drafts put it, in `drafts_language` (None: the committee's)."""
    from consensus_app.core.messaging.bridges import from_pursuit_themes
    from consensus_app.exporters.review_parts import gather_review_parts

    run = CancellableRun(progress, should_stop)
    today = today or date.today()
    parts = gather_review_parts(
        workspace,
        pursuit_id,
        since=today,
        today=today,
        layout="org",
        committee_only=True,
        run=run,
        should_stop=should_stop,
    )
    the_map = parts.source.pursuit_map
    messaging = messaging_for_pursuit(
        parts.snapshot,
        pursuit_id,
        from_pursuit_themes(parts.themes),
        pursuit_map=the_map,
        language=drafts_language,
    )
    view = customer_view(
        account_name=parts.snapshot.account.name,
        pursuit_name=parts.pursuit.name,
        prepared=today,
        members=the_map.members(),
        names={s.id: s.name for s in parts.snapshot.stakeholders},
        themes=parts.themes,
        messaging=messaging,
        plan=workspace.repos.plan_steps.for_pursuit(pursuit_id),
    )
    run.finish()
    return view


def _joined(items: list[str]) -> str:
    return joined(items)
