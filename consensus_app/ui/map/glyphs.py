"""Small shapes drawn on cards and in the legend: profile badges, the approver seal, arrow heads.

One implementation for both, so the legend always shows exactly what the map draws.
Shapes are built once per size and reused: painting happens on every repaint.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPen, QPolygonF

from consensus_app.ui.map import palette


def ui_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """The application's own font at a pixel size: its fallbacks cover CJK, Persian and the rest."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@lru_cache(maxsize=64)
def badge_path(group: str, size: float) -> QPainterPath:
    """The outline of a badge centred on (0, 0)."""
    h = size / 2
    path = QPainterPath()
    if group == "mobilizer":  # a triangle: "moves things forward"
        path.addPolygon(
            QPolygonF([QPointF(0, -h), QPointF(h * 1.08, h * 0.85), QPointF(-h * 1.08, h * 0.85)])
        )
        path.closeSubpath()
    elif group == "talker":  # a speech bubble with its tail at the bottom left
        body = QRectF(-h, -h * 0.85, size, size * 0.72)
        path.addRoundedRect(body, h * 0.35, h * 0.35)
        tail = QPainterPath()
        tail.addPolygon(
            QPolygonF(
                [
                    QPointF(-h * 0.55, body.bottom() - 1),
                    QPointF(-h * 0.7, h),
                    QPointF(-h * 0.05, body.bottom() - 1),
                ]
            )
        )
        path = path.united(tail)
    elif group == "blocker":  # an octagon, as on a stop sign
        r = h / math.cos(math.pi / 8)
        points = [
            QPointF(r * math.cos(math.pi / 8 + k * math.pi / 4), r * math.sin(math.pi / 8 + k * math.pi / 4))
            for k in range(8)
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    else:  # unknown: a hollow circle
        path.addEllipse(QPointF(0, 0), h, h)
    return path


def paint_badge(painter: QPainter, group: str, center: QPointF, size: float = 17.0) -> None:
    """A profile badge: shape and letter both say the group, so it reads in grey-scale too."""
    painter.save()
    painter.translate(center)
    pen = QPen(QColor(palette.BADGE_LINE[group]), 1.3)
    if group == "unknown":
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setDashPattern([2.0, 1.5])
    painter.setPen(pen)
    painter.setBrush(QColor(palette.BADGE_FILL[group]))
    painter.drawPath(badge_path(group, size))
    painter.setPen(QColor(palette.BADGE_TEXT[group]))
    letter_px = max(6, round(size * (0.50 if group == "mobilizer" else 0.58)))
    painter.setFont(ui_font(letter_px, bold=True))
    # The triangle's visual centre sits low; the bubble's sits high, above its tail.
    dy = {"mobilizer": size * 0.16, "talker": -size * 0.13}.get(group, 0.0)
    box = QRectF(-size / 2, -size / 2 + dy, size, size)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, palette.GROUP_LETTERS[group])
    painter.restore()


@lru_cache(maxsize=16)
def seal_path(radius: float) -> QPainterPath:
    points = []
    for k in range(24):  # a rosette: 12 points, alternating radii
        r = radius if k % 2 == 0 else radius * 0.84
        a = k * math.pi / 12
        points.append(QPointF(r * math.cos(a), r * math.sin(a)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


@lru_cache(maxsize=16)
def _check_path(radius: float) -> QPainterPath:
    path = QPainterPath(QPointF(-radius * 0.42, radius * 0.02))
    path.lineTo(QPointF(-radius * 0.1, radius * 0.34))
    path.lineTo(QPointF(radius * 0.45, -radius * 0.3))
    return path


def paint_approver_seal(painter: QPainter, center: QPointF, radius: float = 8.5) -> None:
    """The approver mark: a dark rosette with a white tick (a formal sign-off)."""
    painter.save()
    painter.translate(center)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(palette.APPROVER_FILL))
    painter.drawPath(seal_path(radius))
    tick = QPen(QColor("#FFFFFF"), max(1.2, radius * 0.22))
    tick.setCapStyle(Qt.PenCapStyle.RoundCap)
    tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(tick)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_check_path(radius))
    painter.restore()


def arrow_polygon(tip: QPointF, direction: QPointF, length: float, half_width: float) -> QPolygonF:
    """A triangle whose tip is at `tip`, pointing along the unit vector `direction`."""
    base = QPointF(tip.x() - direction.x() * length, tip.y() - direction.y() * length)
    normal = QPointF(-direction.y() * half_width, direction.x() * half_width)
    return QPolygonF([tip, base + normal, base - normal])


def paint_arrow(
    painter: QPainter, style: str, tip: QPointF, direction: QPointF, color: QColor, width: float
) -> None:
    """A filled (formal reporting) or open chevron (influence) arrow head at `tip`."""
    length = 7.5 + width * 1.6
    half = 3.6 + width * 0.9
    poly = arrow_polygon(tip, direction, length, half)
    if style == "open":
        pen = QPen(color, max(1.3, width * 0.9))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([poly.at(1), poly.at(0), poly.at(2)]))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(poly)


def arrow_length(width: float) -> float:
    """How far a line must stop short of its end so the arrow head's tip, not the line, touches the card."""
    return 7.5 + width * 1.6
