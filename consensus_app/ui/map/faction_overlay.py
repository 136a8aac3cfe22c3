"""The analytics overlay: a soft tint behind each faction's cards and a ring round each broker.

Two scene items: the tints sit under the lines, the rings over the cards. Both read the cards'
current positions when they paint, and the cards tell them when they move, so the overlay
follows drags and layout animations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from consensus_app.core.analytics.results import Assessment
from consensus_app.ui.map.edge_tiles import set_underlay
from consensus_app.ui.map.node_item import NodeItem

# Paul Tol's "muted" scheme: told apart with common colour-vision deficiencies, and clear of
# the stance colours (Okabe–Ito oranges and blues) the cards already use.
FACTION_COLORS = ["#44AA99", "#CC6677", "#DDCC77", "#882255", "#117733", "#332288", "#999933", "#AA4499"]
BROKER_COLOR = "#332288"
BROKER_RING_MIN = 0.2  # ring brokers on at least this share of paths (and every only path)
MAX_RINGS = 6
_TINT_MARGIN = 16.0
_RING_MARGIN = 7.0
LABEL_PX = 10.0  # "Group n" and "broker" on screen, whatever the zoom (they were 6 px at a fit)
_LABEL_MAX = 40.0  # scene pixels: the label's largest size (at zoom 0.25 and below it shrinks)


def label_font(painter: QPainter) -> QFont:
    """A bold font LABEL_PX high on screen at the painter's zoom (never above _LABEL_MAX scene px)."""
    scale = painter.worldTransform().m11() or 1.0
    font = QFont()
    font.setPixelSize(max(1, round(min(_LABEL_MAX, LABEL_PX / scale))))
    font.setBold(True)
    return font


class _OverlayItem(QGraphicsItem):
    """Paints from the cards' live positions; `follow` keeps it told when they move."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._bounds = QRectF()
        self.followed: list[NodeItem] = []

    def follow(self, nodes: list[NodeItem]) -> None:
        self.followed = nodes
        for node in nodes:
            node.on_moved = self.refresh
        self.refresh()

    def unfollow(self) -> None:
        for node in self.followed:
            node.on_moved = None
        self.followed = []

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self._bounds = self.compute_bounds()
        self.update()

    def compute_bounds(self) -> QRectF:
        raise NotImplementedError

    def boundingRect(self) -> QRectF:
        return self._bounds


class FactionTints(_OverlayItem):
    def __init__(self, groups: list[list[NodeItem]]) -> None:
        super().__init__(z=-2)  # under the lines (the line layer is at −1)
        self.groups = groups
        self.follow([n for g in groups for n in g])

    def compute_bounds(self) -> QRectF:
        rect = QRectF()
        for node in (n for g in self.groups for n in g):
            rect = rect.united(node.scene_card_rect())
        return rect.adjusted(
            -_TINT_MARGIN - 20, -_TINT_MARGIN - 12 - _LABEL_MAX, _TINT_MARGIN + 20, _TINT_MARGIN + 4
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(label_font(painter))
        for number, group in enumerate(self.groups, start=1):
            colour = QColor(FACTION_COLORS[(number - 1) % len(FACTION_COLORS)])
            # One path of all the group's cards, filled once: overlaps do not darken.
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for node in group:
                rect = node.scene_card_rect().adjusted(
                    -_TINT_MARGIN, -_TINT_MARGIN, _TINT_MARGIN, _TINT_MARGIN
                )
                path.addRoundedRect(rect, 14, 14)
            fill = QColor(colour)
            fill.setAlpha(52)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fill))
            painter.drawPath(path)
            top = min(group, key=lambda n: (n.scene_card_rect().top(), n.scene_card_rect().left()))
            corner = top.scene_card_rect().topLeft()
            painter.setPen(colour.darker(140))
            painter.drawText(
                corner + QPointF(4 - _TINT_MARGIN, -3 - _TINT_MARGIN),
                QCoreApplication.translate("MapCard", "Group {n}").format(n=number),
            )


class BrokerRings(_OverlayItem):
    def __init__(self, brokers: list[NodeItem]) -> None:
        super().__init__(z=14)  # over the cards, even a hovered one
        self.brokers = brokers
        self.follow(brokers)

    def compute_bounds(self) -> QRectF:
        rect = QRectF()
        for node in self.brokers:
            rect = rect.united(node.scene_card_rect())
        return rect.adjusted(
            -_RING_MARGIN - 4, -_RING_MARGIN - 8 - _LABEL_MAX, _RING_MARGIN + 4, _RING_MARGIN + 4
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(QColor(BROKER_COLOR), 3, Qt.PenStyle.DashLine)
        font = label_font(painter)
        painter.setFont(font)
        label_width = QFontMetricsF(font).horizontalAdvance("broker")
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for node in self.brokers:
            rect = node.scene_card_rect().adjusted(-_RING_MARGIN, -_RING_MARGIN, _RING_MARGIN, _RING_MARGIN)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 12, 12)
            painter.setPen(QColor(BROKER_COLOR))
            painter.drawText(QPointF(rect.right() - label_width - 4, rect.top() - 4), "broker")


class FactionOverlay:
    """Shows or clears the overlay on a scene (the scene rebuilds its cards on every map change)."""

    def __init__(self) -> None:
        self._items: list[_OverlayItem] = []

    def show_assessment(self, cards: list[NodeItem], assessment: Assessment | None) -> None:
        """Tint the assessment's factions and ring its main brokers; None clears the overlay."""
        if assessment is None:
            self.clear()
            return
        ring = [
            b.stakeholder_id for b in assessment.brokers if b.only_path or b.betweenness >= BROKER_RING_MIN
        ]
        self.show({card.stakeholder_id: card for card in cards}, assessment.factions, ring[:MAX_RINGS])

    def show(self, nodes: dict[int, NodeItem], factions: list[list[int]], brokers: list[int]) -> None:
        self.clear()
        groups = [[nodes[s] for s in f if s in nodes] for f in factions if len(f) > 1]
        rings = [nodes[s] for s in brokers if s in nodes]
        scene = next(iter(nodes.values())).scene() if nodes else None
        if scene is None:
            return
        for item in (FactionTints([g for g in groups if g]), BrokerRings(rings)):
            scene.addItem(item)
            self._items.append(item)
        set_underlay(scene, "factions", True)  # tints under the lines: no zoom tiles

    def clear(self) -> None:
        for item in self._items:
            # The scene deletes every item when it rebuilds the map; those are already gone.
            if isValid(item):
                item.unfollow()
                if item.scene() is not None:
                    set_underlay(item.scene(), "factions", False)
                    item.scene().removeItem(item)
        self._items = []

    @property
    def shown(self) -> bool:
        return bool(self._items)
