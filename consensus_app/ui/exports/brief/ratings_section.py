"""Where colleagues see people differently: the largest gaps between the account team's own views
of committee members, each rater's view, and the agreed value the score used (core/ratings.py).

On the internal brief only (the buyer-safe brief is an allow-list that leaves it out). Nothing when
nobody on the team disagrees enough to say so."""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.core.ratings import field_words, sentence, value_words, views_line
from consensus_app.i18n import N_, _
from consensus_app.ui.exports.brief.blocks import Column, paragraph, subheading, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item

COLUMNS = [
    Column(N_("Person"), 1.5, bold=True),
    Column(N_("What"), 0.7),
    Column(N_("Each colleague's view"), 3.2),
    Column(N_("Agreed"), 0.6),
]
SHOWN = 8  # the largest; the rest are counted


class RatingsSection:
    title = N_("Where colleagues see people differently")
    new_page = False
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        found = data.assessment.disagreements
        if not found:
            return []
        width = frame.width
        blocks: list[Item] = [subheading(_(self.title), width, space_above=18)]
        more = len(found) - SHOWN
        blocks.append(
            paragraph(
                (
                    _(
                        "{first}. The score uses the agreed value; these gaps are worth a conversation "
                        "before the review ({more} more not shown)."
                    )
                    if more > 0
                    else _(
                        "{first}. The score uses the agreed value; these gaps are worth a conversation "
                        "before the review."
                    )
                ).format(first=sentence(found[0]), more=more),
                width,
            )
        )
        rows = [
            [d.name, field_words(d.field), views_line(d), value_words(d.field, d.agreed) if d.agreed else "—"]
            for d in found[:SHOWN]
        ]
        blocks += table(COLUMNS, rows, width, max_lines=3)
        return blocks
