"""The map marks where colleagues see a committee member differently: a small "±" badge on the
card's top right corner, its tooltip listing each colleague's own view and the agreed value.

A separate item, a child of its card (it moves with drags and layouts; card painting is untouched),
laid again whenever the assessment is shown — after every edit and when another pursuit opens —
from the disagreements the assessment noted (core/ratings.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from consensus_app.core.ratings import Disagreement, field_words, isolated, value_words, views_line

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment
    from consensus_app.core.pursuit_map import PursuitMap
    from consensus_app.ui.assessment_panel import AssessmentPanel
    from consensus_app.ui.main_window import MainWindow
    from consensus_app.ui.map.node_item import NodeItem

BADGE_TEXT = "±"
_SIZE = 18  # px on screen, at any zoom
_COLOR = QColor("#7B4FA0")  # apart from the stance colours and the stage badges' greens and ambers


def badge_tooltip(name: str, found: list[Disagreement], me: str | None) -> str:
    """ "Colleagues see Dr. Brandt differently — stance: Ana Lima −2 · You +1 (agreed +1)"."""
    lines = [
        QCoreApplication.translate("RatingBadges", "Colleagues see {name} differently:").format(
            name=isolated(name)
        )
    ]
    for d in found:
        agreed = (
            " "
            + QCoreApplication.translate("RatingBadges", "(agreed {value})").format(
                value=value_words(d.field, d.agreed)
            )
            if d.agreed
            else ""
        )
        lines.append(f"{field_words(d.field).capitalize()}: {views_line(d, me)}{agreed}")
    return "\n".join(lines)


class RatingBadge(QGraphicsItem):
    def __init__(self, card: NodeItem, tooltip: str) -> None:
        super().__init__(card)
        self.font = QFont()
        self.font.setPixelSize(_SIZE - 2)
        self.font.setBold(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(card.card_rect().topRight() + QPointF(-4, -1))
        self._rect = QRectF(-_SIZE, -_SIZE + 4, _SIZE, _SIZE)
        self.setZValue(5)
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_COLOR.darker(130), 1))
        painter.setBrush(_COLOR)
        painter.drawEllipse(self._rect)
        painter.setPen(QColor("white"))
        painter.setFont(self.font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, BADGE_TEXT)


class RatingBadges(QObject):
    """Lays the badges from each real assessment the panel shows (not a what-if's)."""

    def __init__(self, window: MainWindow, panel: AssessmentPanel, me: Callable[[], str | None]) -> None:
        super().__init__(window)
        self._window, self._me = window, me
        self.badges: dict[int, RatingBadge] = {}  # by stakeholder id
        panel.sig_assessed.connect(self._on_assessed)

    def _on_assessed(self, assessment: Assessment, pursuit_map: PursuitMap) -> None:
        for badge in self.badges.values():
            if isValid(badge) and badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.badges = {}
        by_person: dict[int, list[Disagreement]] = {}
        for d in assessment.disagreements:
            by_person.setdefault(d.stakeholder_id, []).append(d)
        if not by_person or pursuit_map.pursuit_id != self._window.controller.pursuit_id:
            return
        me = self._me()
        for card in self._window.scene.node_items():
            found = by_person.get(card.node.stakeholder_id)
            if found:
                self.badges[card.node.stakeholder_id] = RatingBadge(
                    card, badge_tooltip(card.node.name, found, me)
                )
