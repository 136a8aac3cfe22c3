"""The map's key: stance colours, profile badges, the approver mark, non-members and every line kind.

Painted with a plain QPainter, so the same code draws it over the view (in viewport
coordinates) and into exported images. Every sample is drawn by the functions the map uses.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.core.relationship_kinds import RELATIONSHIP_KINDS
from consensus_app.i18n import _
from consensus_app.ui.map import palette
from consensus_app.ui.map.glyphs import paint_approver_seal, paint_arrow, paint_badge, ui_font

ROW = 19.0
PAD = 11.0
GAP = 22.0  # between columns
SAMPLE = 40.0  # width of a line sample
ICON = 22.0  # room for a swatch or badge before its label
LABEL_GAP = 6.0

_EDGE_ORDER = [EdgeKind(code) for code in RELATIONSHIP_KINDS]  # the registry's order


def _columns() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(sample kind, label)]) per column."""
    stance = [(f"stance:{s}", f"{palette.stance_word(s).capitalize()} ({s:+d})".replace("(+0)", "(0)"))
              for s in (2, 1, 0, -1, -2)]  # fmt: skip
    people = [(f"badge:{g}", palette.GROUP_LABELS[g]) for g in ("mobilizer", "talker", "blocker", "unknown")]
    people += [("approver", _("Approver (signs off)")), ("member:none", _("Not on committee"))]
    lines = [(f"edge:{k.value}", _(palette.EDGE_STYLES[k].label)) for k in _EDGE_ORDER]
    # gettext, not Qt: an export made in another language (--lang) draws this legend too.
    return [(_("Stance"), stance), (_("People"), people), (_("Lines"), lines)]


def legend_words() -> list[str]:
    """Every heading and label the legend draws, in the current language."""
    return [
        text for heading, entries in _columns() for text in (heading, *(label for _kind, label in entries))
    ]


def _layout() -> tuple[list[float], QSizeF]:
    metrics = QFontMetricsF(ui_font(11))
    heading = QFontMetricsF(ui_font(11, bold=True))
    widths = []
    rows = 0
    for title, entries in _columns():
        icon = (SAMPLE if entries[0][0].startswith("edge:") else ICON) + LABEL_GAP + 2
        text = max(metrics.horizontalAdvance(label) for _kind, label in entries)
        widths.append(max(heading.horizontalAdvance(title), icon + text))
        rows = max(rows, len(entries))
    width = PAD * 2 + sum(widths) + GAP * (len(widths) - 1)
    height = PAD * 2 + ROW * (rows + 1)
    return widths, QSizeF(width, height)


def legend_size() -> QSizeF:
    """The legend's size in device-independent pixels (before any painter scaling)."""
    return _layout()[1]


def paint_legend(painter: QPainter, top_left: QPointF, *, opacity: float = 0.93) -> QRectF:
    """Paint the legend with its top-left corner at `top_left` (painter coordinates); return its rect."""
    widths, size = _layout()
    rect = QRectF(top_left, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    background = QColor("#FFFFFF")
    background.setAlphaF(opacity)  # semi-opaque: the map stays faintly visible underneath
    painter.setPen(QPen(QColor("#C8CCD2"), 1.0))
    painter.setBrush(background)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    x = rect.left() + PAD
    text_font, heading_font = ui_font(11), ui_font(11, bold=True)
    for (title, entries), width in zip(_columns(), widths, strict=True):
        y = rect.top() + PAD
        painter.setFont(heading_font)
        painter.setPen(QColor(palette.INK))
        painter.drawText(QRectF(x, y, width, ROW), int(Qt.AlignmentFlag.AlignVCenter), title)
        for kind, label in entries:
            y += ROW
            icon_w = _paint_sample(
                painter, kind, QRectF(x, y, SAMPLE if kind.startswith("edge:") else ICON, ROW)
            )
            painter.setFont(text_font)
            painter.setPen(QColor(palette.INK_SOFT))
            text_rect = QRectF(x + icon_w + LABEL_GAP, y, width - icon_w - LABEL_GAP, ROW)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), label)
        x += width + GAP
    painter.restore()
    return rect


def _paint_sample(painter: QPainter, kind: str, box: QRectF) -> float:
    """Draw one legend sample in `box`; return the width it used."""
    c = box.center()
    what, _, arg = kind.partition(":")
    if what == "stance":
        stance = int(arg)
        swatch = QRectF(c.x() - 8, c.y() - 7, 16, 14)
        painter.setPen(QPen(palette.stance_color(stance).darker(112), 1.0))
        painter.setBrush(palette.stance_color(stance))
        painter.drawRoundedRect(swatch, 3, 3)
        painter.setPen(palette.stance_text_color(stance))
        painter.setFont(ui_font(10, bold=True))
        painter.drawText(swatch, int(Qt.AlignmentFlag.AlignCenter), palette.STANCE_SIGNS[stance])
    elif what == "badge":
        paint_badge(painter, arg, c, 15.0)
    elif what == "approver":
        paint_approver_seal(painter, c, 7.5)
    elif what == "member":
        painter.save()
        painter.setOpacity(0.6)
        pen = QPen(QColor("#8F8F8F"), 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor("#FBFBFB"))
        painter.drawRoundedRect(QRectF(c.x() - 10, c.y() - 6.5, 20, 13), 3, 3)
        painter.restore()
    elif what == "edge":
        _paint_edge_sample(painter, EdgeKind(arg), box)
    return box.width()


def _paint_edge_sample(painter: QPainter, kind: EdgeKind, box: QRectF) -> None:
    style = palette.EDGE_STYLES[kind]
    pen = palette.edge_pen(kind, 2)
    y = box.center().y()
    start, tip = QPointF(box.left() + 1, y), QPointF(box.right() - 1, y)
    end = QPointF(tip.x() - (8 if style.arrow else 0), y)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawLine(start, end)
    core = palette.edge_core_pen(kind, 2)
    if core is not None:
        painter.setPen(core)
        painter.drawLine(start, end)
    if style.arrow:
        paint_arrow(painter, style.arrow, tip, QPointF(1, 0), pen.color(), pen.widthF())
    if style.cross:
        m, r = QPointF((start.x() + end.x()) / 2, y), 4.0
        cross = QPen(pen.color(), 1.8)
        cross.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(cross)
        painter.drawLine(QPointF(m.x() - r, m.y() - r), QPointF(m.x() + r, m.y() + r))
        painter.drawLine(QPointF(m.x() - r, m.y() + r), QPointF(m.x() + r, m.y() - r))
