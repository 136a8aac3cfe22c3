"""The brief's sections, in order. A new section is one class (see flow.Section) added here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPainter

from consensus_app.ui.exports.brief.assessment_section import AssessmentSection
from consensus_app.ui.exports.brief.changes import ChangesSection
from consensus_app.ui.exports.brief.committee import CommitteeSection
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, FullPage, Item, Section
from consensus_app.ui.exports.brief.messages_section import MessagesSection
from consensus_app.ui.exports.brief.themes_section import ThemesSection
from consensus_app.ui.exports.brief.title_page import TitlePage
from consensus_app.ui.exports.map_image import paint_map_page


class MapSection:
    """The whole map, with its title and legend, on a landscape page of its own."""

    title = "Map"
    new_page = True
    landscape = True

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        def paint(painter: QPainter, area: QSizeF) -> None:
            paint_map_page(painter, data.source, area)

        return [FullPage(paint)]


def default_sections() -> list[Section]:
    return [
        TitlePage(),
        MapSection(),
        CommitteeSection(),
        AssessmentSection(),
        ThemesSection(),
        MessagesSection(),
        ChangesSection(),
    ]
