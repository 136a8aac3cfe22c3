"""The portfolio board: every open pursuit across accounts, in the order a manager reads them.

A row is plain data: the account and pursuit, the account's industry and region, the pursuit's
stage and since when (from the change log: the last change of its stage, else when it was
created or imported), when anything about it last changed, and its readiness — the latest kept
reading's score, the daily scores before it (the trend) and its critical findings. A pursuit is
*stalled* when nothing about it (its own rows, or its account's people and ties) has changed in
`stalled_after` days; stalled pursuits come first, the longest idle first.

Each row names the pursuit's owner (schema 0012) by the name colleagues see; pursuits made before
owners existed have none and are found under "No owner". A score is *provisional* when the
pursuit was assessed without its committee's themes (no stored sentence vectors yet), so
DIVERGENT_PRIORITIES could not count; opening the pursuit assesses it with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from consensus_app.core.pursuit_owner import by_name
from consensus_app.core.readiness import Reading, trend
from consensus_app.i18n import N_, _, ngettext
from models import BuyingStage

DEFAULT_STALLED_AFTER = 30  # days without a change
TREND_DAYS = 8  # daily scores kept for the sparkline
_BARS = "▁▂▃▄▅▆▇█"
NO_OWNER = ""  # the owner filter's choice for pursuits nobody owns


@dataclass(frozen=True)
class BoardRow:
    pursuit_id: int
    account_id: int
    account: str
    pursuit: str
    industry: str
    region: str
    stage: BuyingStage
    stage_since: date | None  # the day the pursuit reached its stage (None: not known)
    last_change: datetime | None  # the latest change to the pursuit or its account's people
    score: int | None = None  # the latest reading's (None: not assessed yet, or too little to)
    scores: tuple[int, ...] = ()  # the daily scores, oldest first, the latest last
    critical: int | None = None  # critical findings in the latest reading (None: no reading)
    reading_at: datetime | None = None  # when the latest reading was taken
    assessed: bool = False  # a reading is known (fresh or not)
    owner_id: str | None = None  # workspace_user.id of the pursuit's owner (None: nobody)
    owner: str = ""  # the owner's name as colleagues see it now (else the one kept with the pursuit)
    provisional: bool = False  # the latest reading was taken without the committee's themes

    def days_in_stage(self, today: date) -> int | None:
        return None if self.stage_since is None else max(0, (today - self.stage_since).days)

    def idle_days(self, today: date) -> int | None:
        """Days since anything changed (None: the change log knows nothing of it)."""
        if self.last_change is None:
            return None
        return max(0, (today - self.last_change.astimezone().date()).days)

    def stalled(self, today: date, after: int = DEFAULT_STALLED_AFTER) -> bool:
        idle = self.idle_days(today)
        return idle is None or idle >= after

    def fresh(self, today: date) -> bool:
        """Its latest reading is today's and was taken after the last change: no need to assess again."""
        if self.reading_at is None or self.reading_at.astimezone().date() != today:
            return False
        return self.last_change is None or self.reading_at >= self.last_change

    def with_reading(self, reading: Reading, earlier: Sequence[Reading] = ()) -> BoardRow:
        """This row with `reading` as its latest (and `earlier` readings for the trend)."""
        scores = tuple(score for _day, score in trend([*earlier, reading]))[-TREND_DAYS:]
        return replace(
            self,
            score=reading.score,
            scores=scores,
            critical=sum(1 for f in reading.findings if f.severity == "critical"),
            reading_at=reading.taken_at,
            assessed=True,
            provisional=reading.provisional,
        )


@dataclass(frozen=True)
class BoardFilter:
    """Exact choices, as the board's lists offer them (None: any; owner NO_OWNER: nobody's)."""

    industry: str | None = None
    region: str | None = None
    stage: BuyingStage | None = None
    owner: str | None = None  # an owner's user id, or NO_OWNER

    @property
    def any(self) -> bool:
        return self.industry is None and self.region is None and self.stage is None and self.owner is None

    def accepts(self, row: BoardRow) -> bool:
        return (
            (self.industry is None or row.industry == self.industry)
            and (self.region is None or row.region == self.region)
            and (self.stage is None or row.stage == self.stage)
            and (self.owner is None or (row.owner_id or NO_OWNER) == self.owner)
        )


def order_key(row: BoardRow, today: date, stalled_after: int) -> tuple[int, int, int, str, str]:
    """Stalled first (the longest idle first), then the longest in their stage; then by name."""
    idle = row.idle_days(today)
    in_stage = row.days_in_stage(today)
    return (
        0 if row.stalled(today, stalled_after) else 1,
        -(idle if idle is not None else 10**6),
        -(in_stage if in_stage is not None else -1),
        row.account.casefold(),
        row.pursuit.casefold(),
    )


def board_order(
    rows: Iterable[BoardRow],
    today: date,
    stalled_after: int = DEFAULT_STALLED_AFTER,
    chosen: BoardFilter | None = None,
) -> list[BoardRow]:
    """The rows the filter accepts, in the board's order."""
    kept = [r for r in rows if chosen is None or chosen.accepts(r)]
    return sorted(kept, key=lambda r: order_key(r, today, stalled_after))


def choices(rows: Iterable[BoardRow]) -> dict[str, list[str]]:
    """The industries and regions the rows have, for the board's filter lists (sorted)."""
    found: dict[str, set[str]] = {"industry": set(), "region": set()}
    for row in rows:
        for key, value in (("industry", row.industry), ("region", row.region)):
            if value:
                found[key].add(value)
    return {key: sorted(values, key=str.casefold) for key, values in found.items()}


def owner_choices(rows: Iterable[BoardRow]) -> list[tuple[str, str]]:
    """(user id, name) of each owner the rows have, by name; (NO_OWNER, "No owner") last when some
    pursuit has none."""
    owners: dict[str, str] = {}
    unowned = False
    for row in rows:
        if row.owner_id:
            owners.setdefault(row.owner_id, row.owner or row.owner_id)
        else:
            unowned = True
    found = by_name(owners)
    return [*found, (NO_OWNER, _("No owner"))] if unowned else found


def sparkline(scores: Sequence[int]) -> str:
    """ "▃▅▆▆█": each daily score 0–100 as a bar, oldest left."""
    return "".join(_BARS[min(len(_BARS) - 1, max(0, score * len(_BARS) // 101))] for score in scores)


def trend_arrow(scores: Sequence[int]) -> str:
    """↑ or ↓ when the latest score differs from the day before's, → when it does not, "" with one."""
    if len(scores) < 2:
        return ""
    change = scores[-1] - scores[-2]
    return "↑" if change > 0 else "↓" if change < 0 else "→"


def trend_words(scores: Sequence[int]) -> str:
    """The trend as a cell says it: "↑ +6 ▃▅▆▆█" (arrow, change since the day before, the bars)."""
    if not scores:
        return ""
    arrow = trend_arrow(scores)
    change = f" {scores[-1] - scores[-2]:+d}" if len(scores) > 1 else ""
    return f"{arrow}{change} {sparkline(scores)}".strip()


@dataclass
class BoardSummary:
    shown: int
    stalled: int
    assessed: int
    critical: int
    unscored: int = 0  # assessed, but fewer than two people on the committee: no score
    by_stage: dict[BuyingStage, int] = field(default_factory=dict)


def unscored_words(count: int) -> str:
    """Why some assessed pursuits show no readiness."""
    return ngettext(
        "{n:,} has no score: fewer than two people on its committee.",
        "{n:,} have no score: fewer than two people on their committees.",
        count,
    ).format(n=count)


def summarise(rows: Sequence[BoardRow], today: date, stalled_after: int) -> BoardSummary:
    by_stage: dict[BuyingStage, int] = {}
    for row in rows:
        by_stage[row.stage] = by_stage.get(row.stage, 0) + 1
    return BoardSummary(
        shown=len(rows),
        stalled=sum(1 for r in rows if r.stalled(today, stalled_after)),
        assessed=sum(1 for r in rows if r.assessed),
        critical=sum(1 for r in rows if r.critical),
        unscored=sum(1 for r in rows if r.assessed and r.score is None),
        by_stage=by_stage,
    )


HEADERS = (
    N_("Account"),
    N_("Pursuit"),
    N_("Owner"),
    N_("Industry"),
    N_("Region"),
    N_("Stage"),
    N_("Days in stage"),
    N_("Days idle"),
    N_("Stalled"),
    N_("Readiness"),
    N_("Trend"),
    N_("Critical findings"),
)


READINESS_COLUMN = HEADERS.index("Readiness")
PROVISIONAL_MARK = "*"  # after a score taken without the committee's themes


def headers() -> list[str]:
    """The columns' titles in the current language (the exports')."""
    return [_(header) for header in HEADERS]


def score_words(row: BoardRow) -> str:
    """The readiness as text shows it: "57", "57*" when provisional, "" without a score — a
    provisional score is never written as if it were final."""
    if row.score is None:
        return ""
    return f"{row.score}{PROVISIONAL_MARK}" if row.provisional else str(row.score)


def marked_values(row: BoardRow, today: date, stalled_after: int) -> list[str | int | None]:
    """The row as a text export writes it (the PDF, the command line's table): `row_values` with
    the readiness as `score_words`."""
    values = row_values(row, today, stalled_after)
    values[READINESS_COLUMN] = score_words(row)
    return values


def row_values(row: BoardRow, today: date, stalled_after: int) -> list[str | int | None]:
    """The row as the exports write it (numbers stay numbers; None: not known)."""
    from consensus_app.core.journey import stage_words

    return [
        row.account,
        row.pursuit,
        row.owner,
        row.industry,
        row.region,
        stage_words(row.stage),
        row.days_in_stage(today),
        row.idle_days(today),
        _("stalled") if row.stalled(today, stalled_after) else "",
        row.score,
        trend_words(row.scores),
        row.critical,
    ]
