"""Themes and bridges: what the group already shares, in its own words, and where it splits."""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.core.enum_words import function_word
from consensus_app.core.themes.confidence import loosely_related
from consensus_app.core.wording import isolated
from consensus_app.i18n import N_, _
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, subheading, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.exports.brief.text import SMALL_PX

BRIDGES = [
    Column(N_("Bridge theme"), 3.2, bold=True),
    Column(N_("Reach"), 0.7),
    Column(N_("Functions"), 2.0),
    Column(N_("People"), 2.4),
]
THEMES = [
    Column("#", 0.3),
    Column(N_("Theme, in their words"), 3.6),
    Column(N_("Shared?"), 0.9),
    Column(N_("Functions"), 2.2),
]
MAX_BRIDGES = 5


class ThemesSection:
    title = N_("Themes and bridges")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        themes = data.themes
        blocks: list[Item] = [heading(self.title, width)]
        if themes is None or not themes.coverage:
            blocks.append(paragraph(_("No priorities are recorded for this committee yet."), width))
            return blocks
        names = data.names()
        blocks.append(
            paragraph(
                themes.summary(),
                width,
            )
        )
        if themes.bridges:
            blocks.append(
                subheading(_("Bridge themes: shared ground across the group"), width, space_above=14)
            )
            shown = themes.bridges[:MAX_BRIDGES]
            rows = [
                [
                    _bridge_theme(b.coverage.theme.label, b.coverage.theme.cohesion, themes.engine),
                    f"{b.score:.0%}",
                    _(", ").join(function_word(f) for f in b.coverage.functions),
                    # Each name isolated: a Persian one keeps its order, the commas theirs.
                    _(", ").join(isolated(names.get(s, "?")) for s in b.coverage.stakeholders),
                ]
                for b in shown
            ]
            blocks += table(BRIDGES, rows, width, max_lines=5)
            if any(loosely_related(b.coverage.theme.cohesion, themes.engine) for b in shown):
                blocks.append(paragraph(loose_note(), width, size=SMALL_PX + 1))
        if themes.unshared_functions:
            pairs = _("; ").join(
                _("{first} and {second}").format(first=function_word(a), second=function_word(b))
                for a, b in themes.unshared_functions
            )
            blocks.append(subheading(_("No theme in common yet"), width, space_above=14))
            blocks.append(paragraph(_("{pairs}.").format(pairs=pairs), width))
        blocks.append(subheading(_("Every theme"), width, space_above=14))
        rows = [
            [
                str(i),
                c.theme.label,
                _("shared") if c.shared else _("one function"),
                _(", ").join(function_word(f) for f in c.functions),
            ]
            for i, c in enumerate(themes.coverage, start=1)
        ]
        blocks += table(THEMES, rows, width, max_lines=3)
        return blocks


def _bridge_theme(label: str, cohesion: float, engine: str) -> str:
    """The theme's words and how much its statements agree, in the Themes tab's words; a theme
    that holds together only loosely says so, so a weak bridge is not read as settled ground."""
    agreement = _("agreement {value}").format(value=f"{cohesion:.2f}")
    if loosely_related(cohesion, engine):
        agreement += " · " + _("loosely related")
    return f"{label}\n{agreement}"


def loose_note() -> str:
    """What "loosely related" means beside the bridges, in the brief's language."""
    return _(
        "Loosely related: its statements are only loosely alike. Check with its people that they "
        "mean the same thing before building a message on it."
    )
