"""View ▸ Show buying stages: a small badge over each committee member's card with their buying
stage, in the colour of where they stand against the group (ahead, with it, behind).

Each badge is a child of its card, so it moves with drags and layouts; the badges are laid again
whenever the assessment is shown (after every edit, and when another pursuit opens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QMenu, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from consensus_app.core.journey import STAGE_SHORT, Standing, group_stage, moved_back, stage_words, standing
from consensus_app.ui.journey_widgets import STANDING_COLORS

if TYPE_CHECKING:
    from consensus_app.core.pursuit_map import MapNode, PursuitMap
    from consensus_app.ui.assessment_panel import AssessmentPanel
    from consensus_app.ui.main_window import MainWindow
    from consensus_app.ui.map.node_item import NodeItem

_FONT_PX = 10  # on screen


class StageBadge(QGraphicsItem):
    """ "Supplier ↑" over the card's top left corner; a looped member's badge says so (⟲)."""

    def __init__(self, card: NodeItem, node: MapNode, where: Standing) -> None:
        super().__init__(card)
        stage = node.journey_stage
        self.text = STAGE_SHORT[stage] if stage is not None else stage_words(None)
        self.text += {Standing.AHEAD: " ↑", Standing.BEHIND: " ↓"}.get(where, "")
        if moved_back(node.journey_from, node.journey_stage):
            self.text = "⟲ " + self.text
        self.color = QColor(STANDING_COLORS[where])
        self.font = QFont()
        self.font.setPixelSize(_FONT_PX)
        self.font.setBold(True)
        width = QFontMetricsF(self.font).horizontalAdvance(self.text) + 8
        # The same size on screen at any zoom (a label, like the faction overlay's), its bottom
        # left on the card's top left corner.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(card.card_rect().topLeft() + QPointF(4, -1))
        self._rect = QRectF(0, -(_FONT_PX + 5), width, _FONT_PX + 5)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(f"{node.name}: {stage_words(node.journey_stage).lower()} ({where.value})")

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color.darker(120), 1))
        painter.setBrush(self.color)
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setPen(QColor("white"))
        painter.setFont(self.font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class StageBadges(QObject):
    def __init__(self, window: MainWindow, panel: AssessmentPanel) -> None:
        super().__init__(window)
        self._window = window
        self.badges: list[StageBadge] = []
        self.action = QAction(
            QCoreApplication.translate("MainWindow", "Show buying stages"), window, checkable=True
        )
        self.action.setObjectName("show-stages")
        self.action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Badge each committee member's card with their buying stage"
            )
        )
        self.action.toggled.connect(lambda _on: self.refresh())
        panel.sig_assessed.connect(lambda _assessment, _map: self.refresh())
        view = window.menuBar().findChild(QMenu, "view-menu")
        if view is not None:
            view.addSeparator()
            view.addAction(self.action)

    def refresh(self) -> None:
        for badge in self.badges:
            if isValid(badge) and badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.badges = []
        pursuit_map: PursuitMap | None = self._window.controller.pursuit_map
        if not self.action.isChecked() or pursuit_map is None:
            return
        members = pursuit_map.members()
        group = group_stage([m.journey_stage for m in members], pursuit_map.stage)
        for card in self._window.scene.node_items():
            node = card.node
            if node.on_committee and node.journey_stage is not None:
                self.badges.append(StageBadge(card, node, standing(node.journey_stage, group)))
