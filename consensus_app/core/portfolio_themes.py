"""Themes across many accounts, for marketing: what recurs, where, and in whose words.

Every priority of the chosen accounts (all, or filtered by industry, region, function and
buying stage) is themed together with `core.themes.find_themes`, on the same engine as a
committee's themes and from the same stored vectors (computed once per priority); each theme
then reports how many accounts and functions it recurs in and the words each function uses for
it — their most frequent phrasings, so shared-vision content can speak each function's
language. Each theme carries its cohesion (how alike its statements are).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.themes import find_themes
from consensus_app.core.themes.corrections import SellerPin, pinning_of, seller_pin
from consensus_app.core.themes.text import normalise
from consensus_app.core.themes.vectors import VectorStore, vectors_for
from models.snapshot import AccountSnapshot

PHRASES_PER_FUNCTION = 3


@dataclass(frozen=True)
class PortfolioFilter:
    industry: str | None = None  # case-insensitive substring of the account's industry
    region: str | None = None
    function: str | None = None  # a Function value: only that function's priorities
    stage: str | None = None  # a BuyingStage value: only accounts with an open pursuit at that stage

    def accepts_account(self, snapshot: AccountSnapshot) -> bool:
        account = snapshot.account
        if self.industry and self.industry.casefold() not in (account.industry or "").casefold():
            return False
        if self.region and self.region.casefold() not in (account.region or "").casefold():
            return False
        return not self.stage or any(p.stage.value == self.stage for p in snapshot.pursuits)


@dataclass(frozen=True)
class Statement:
    text: str
    account_key: str
    function: str
    priority_id: int | None = None  # its stored vector is found by this
    pin: SellerPin | None = None  # where the account's seller put it (core/themes/corrections.py)


@dataclass
class PortfolioTheme:
    label: str
    terms: list[str]
    size: int  # statements
    accounts: int  # distinct accounts it recurs in
    functions: dict[str, list[str]] = field(
        default_factory=dict
    )  # function -> its phrasings, most used first

    cohesion: float = 1.0  # how alike its statements are (engine.Theme.cohesion)

    @property
    def function_count(self) -> int:
        return len(self.functions)


def portfolio_statements(snapshots: Iterable[AccountSnapshot], chosen: PortfolioFilter) -> list[Statement]:
    statements = []
    for snapshot in snapshots:
        if not chosen.accepts_account(snapshot):
            continue
        function_of = {s.id: s.function.value for s in snapshot.stakeholders}
        for priority in snapshot.priorities:
            function = function_of.get(priority.stakeholder_id, "other")
            if chosen.function and function != chosen.function:
                continue
            # The account's theme corrections hold here too (their keys kept apart per account).
            pin = seller_pin(priority.id, snapshot.theme_corrections, f"{snapshot.account.key}/")
            statements.append(Statement(priority.text, snapshot.account.key, function, priority.id, pin))
    return statements


def portfolio_themes(
    statements: Sequence[Statement],
    k: int | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    vectors: VectorStore | None = None,
) -> list[PortfolioTheme]:
    """Themes of the statements, those recurring in the most accounts first.

    vectors: the workspace's stored sentence vectors; with it (and priority ids on the
    statements) theming is clustering only, once every priority's vector is stored.
    """
    texts = [s.text for s in statements]
    ids = [s.priority_id for s in statements]
    found, model = None, None
    if vectors is not None and all(i is not None for i in ids):
        items = [(int(i), s.text) for i, s in zip(ids, statements, strict=True) if i is not None]
        found, model = vectors_for(items, vectors, _part(progress, 0.0, 0.5), should_stop)
    stage = _part(progress, 0.5, 1.0) if found is not None else progress
    result = find_themes(
        texts,
        k=k,
        progress=stage,
        should_stop=should_stop,
        vectors=found,
        model=model,
        use_model=found is None,
        pinning=pinning_of([s.pin for s in statements]),
    )
    themes = []
    for theme in result.themes:
        members = [statements[i] for i in theme.members]
        by_function: dict[str, Counter[str]] = {}
        originals: dict[str, str] = {}
        for statement in members:
            form = normalise(statement.text)
            originals.setdefault(form, statement.text.strip())
            by_function.setdefault(statement.function, Counter())[form] += 1
        functions = {
            function: [originals[form] for form, _n in counts.most_common(PHRASES_PER_FUNCTION)]
            for function, counts in sorted(by_function.items(), key=lambda kv: -sum(kv[1].values()))
        }
        themes.append(
            PortfolioTheme(
                label=theme.label,
                terms=theme.terms,
                size=theme.size,
                accounts=len({s.account_key for s in members}),
                functions=functions,
                cohesion=theme.cohesion,
            )
        )
    return sorted(themes, key=lambda t: (-t.accounts, -t.function_count, -t.size, t.label))


def _part(progress: ProgressCallback | None, start: float, end: float) -> ProgressCallback | None:
    if progress is None:
        return None
    report = progress
    return lambda fraction: report(start + (end - start) * fraction)
