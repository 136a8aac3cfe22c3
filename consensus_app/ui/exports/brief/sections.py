"""The brief's sections, in order. A new section is one class (see flow.Section) added here."""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.i18n import N_
from consensus_app.ui.exports.brief.assessment_section import AssessmentSection
from consensus_app.ui.exports.brief.changes import ChangesSection
from consensus_app.ui.exports.brief.committee import CommitteeSection
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item, Section
from consensus_app.ui.exports.brief.journey_section import JourneySection
from consensus_app.ui.exports.brief.map_pages import map_pages
from consensus_app.ui.exports.brief.messages_section import MessagesSection
from consensus_app.ui.exports.brief.plan_section import PlanSection
from consensus_app.ui.exports.brief.ratings_section import RatingsSection
from consensus_app.ui.exports.brief.team_notes_section import TeamNotesSection
from consensus_app.ui.exports.brief.themes_section import ThemesSection
from consensus_app.ui.exports.brief.title_page import TitlePage


class MapSection:
    """The committee view of the map, names readable on paper, on landscape pages of its own."""

    title = N_("Map")
    new_page = True
    landscape = True

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        return map_pages(data, frame)


def default_sections() -> list[Section]:
    return [
        TitlePage(),
        MapSection(),
        CommitteeSection(),
        TeamNotesSection(),
        AssessmentSection(),
        RatingsSection(),  # where colleagues see people differently (internal only)
        JourneySection(),
        ThemesSection(),
        MessagesSection(),
        PlanSection(),
        ChangesSection(),
    ]
