"""Where each buyer is and how readiness moved: the group's stage and who is ahead or behind it,
the score day by day (reviews marked), and what changed since the last review."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from consensus_app.core.journey import Standing, group_stage, journey_rows, stage_words
from consensus_app.core.readiness import reading_of, since_review, since_review_lines, trend
from consensus_app.i18n import N_, _, ngettext
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, subheading, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.exports.brief.title_page import long_date

PEOPLE = [
    Column(N_("Person"), 2.2, bold=True),
    Column(N_("Stage"), 1.8),
    Column(N_("Against the group"), 1.6),
]
TREND = [Column(N_("Day"), 1.6), Column(N_("Score"), 0.8), Column("", 2.0)]
# How a member stands against the group (Standing's values), as shown.
STANDING_WORDS = {
    Standing.AHEAD: N_("ahead"),
    Standing.WITH: N_("with the group"),
    Standing.BEHIND: N_("behind"),
    Standing.UNKNOWN: N_("not known"),
}
TREND_DAYS = 12  # the latest days in the table; the trend before them is summed up


class JourneySection:
    title = N_("Where each buyer is, and readiness over time")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        pursuit_map = data.source.pursuit_map
        members = pursuit_map.members()
        group = group_stage([m.journey_stage for m in members], pursuit_map.stage)
        rows = journey_rows(
            [(m.stakeholder_id, m.name, m.journey_stage, m.journey_from, m.journey_since) for m in members],
            [],
            group,
        )
        blocks: list[Item] = [heading(self.title, width)]
        counts = {s: sum(1 for r in rows if r.standing is s) for s in Standing}
        blocks.append(
            paragraph(
                _(
                    "The group is at {group}; the pursuit at {pursuit}. {ahead} ahead of the group, "
                    "{behind} behind, {unknown} not known."
                ).format(
                    group=stage_words(group).lower(),
                    pursuit=stage_words(pursuit_map.stage).lower(),
                    ahead=counts[Standing.AHEAD],
                    behind=counts[Standing.BEHIND],
                    unknown=counts[Standing.UNKNOWN],
                ),
                width,
            )
        )
        out_of_step = [r for r in rows if r.standing in (Standing.AHEAD, Standing.BEHIND) or r.looped]
        if out_of_step:
            table_rows = [
                [
                    r.name,
                    stage_words(r.stage)
                    + ("\n" + _("since {date}").format(date=long_date(r.since)) if r.since else ""),
                    (_("moved back, {standing}") if r.looped else "{standing}").format(
                        standing=_(STANDING_WORDS[r.standing])
                    ),
                ]
                for r in out_of_step
            ]
            blocks += table(PEOPLE, table_rows, width, max_lines=3)
        blocks += self._readiness(data, width)
        return blocks

    def _readiness(self, data: BriefData, width: float) -> list[Item]:
        blocks: list[Item] = [subheading(_("Readiness over time"), width, space_above=18)]
        if not data.readings:
            blocks.append(
                paragraph(
                    _("No readings kept yet: the window keeps one a day once the pursuit is open."), width
                )
            )
            return blocks
        days = trend(data.readings)
        reviewed = {r.day for r in data.readings if r.reviewed}
        shown = days[-TREND_DAYS:]
        if len(days) > len(shown):
            first = days[0]
            blocks.append(
                paragraph(
                    ngettext(
                        "{days} day kept since {date} (score then {score}).",
                        "{days} days kept since {date} (score then {score}).",
                        len(days),
                    ).format(days=len(days), date=long_date(first[0]), score=first[1]),
                    width,
                )
            )
        blocks += table(
            TREND,
            [[long_date(day), str(score), _("review") if day in reviewed else ""] for day, score in shown],
            width,
        )
        if data.assessment.assessable:
            now = reading_of(data.assessment, data.source.pursuit_map, datetime.now(UTC))
            change = since_review(data.readings, now)
            blocks.append(subheading(_("Since the last review"), width, space_above=12))
            if change is None:
                blocks.append(paragraph(_("Not reviewed yet."), width))
            else:
                blocks += [paragraph(line, width) for line in since_review_lines(change)]
        return blocks
