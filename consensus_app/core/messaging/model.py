"""The plain data of messaging: bridge themes in, drafts and mobilizer kits out."""

from __future__ import annotations

from dataclasses import dataclass, field

from models import BuyingStage, Function, PriorityKind, Profile


@dataclass(frozen=True)
class BridgeTheme:
    """A shared theme of one pursuit, as messaging needs it (see `bridges.from_pursuit_themes`).

    statements: (stakeholder id, text) in the theme's order; the texts are the stakeholders'
    own words, looked up among the pursuit's priorities for their kind and importance.
    weight: how much of the divided group the theme connects (higher first).
    """

    label: str
    statements: list[tuple[int, str]]
    stakeholder_ids: list[int]
    functions: list[Function]
    approver_ids: list[int] = field(default_factory=list)
    weight: float = 0.0


@dataclass(frozen=True)
class Quote:
    """One stakeholder's own words, used in a draft."""

    stakeholder_id: int
    function: Function
    text: str
    kind: PriorityKind = PriorityKind.GOAL


@dataclass(frozen=True)
class Draft:
    """A common-language message for the whole group, built on one bridge theme.

    `body` is plain text (paragraphs split by blank lines, list items starting "- ");
    `quotes` are the statements it uses, for the personalization check after an edit.
    """

    title: str
    body: str
    theme_label: str
    stakeholder_ids: list[int]
    functions: list[Function]
    language: str
    stage: BuyingStage
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Kit:
    """What an account executive needs to equip one supportive mobilizer.

    personal_value: their personal priorities quoted in their own words (most important first),
    then the team's note of their personal win, each marked as such; approach: how to work with
    their profile; share_title/share_body: a short supplier-neutral piece for their peers, built
    on the bridge theme closest to their priorities.
    """

    stakeholder_id: int
    name: str
    function: Function
    profile: Profile
    stance: int
    language: str
    personal_value: list[str]
    approach: str
    missing_value_note: str
    theme_label: str
    share_title: str
    share_body: str
    share_note: str
    share_functions: list[Function] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
