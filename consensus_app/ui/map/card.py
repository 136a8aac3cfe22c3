"""What a stakeholder card looks like: geometry, colours, text lines, tooltip and painting.

Shared by NodeItem (a card drawing itself, up close) and NodeLayer (all cards drawn in
batches when zoomed out), so both draw the same card. Everything is in card coordinates,
centred on (0, 0).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QPixmapCache

from consensus_app.core.enum_words import enum_word
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import right_to_left
from consensus_app.i18n import _
from consensus_app.ui.map import palette
from consensus_app.ui.map.far_names import elide_words, fits_lines, longest_word, paint_far_name
from consensus_app.ui.map.glyphs import badge_path, paint_approver_seal, paint_badge, seal_path, ui_font

CARD_HEIGHT = 66.0
TALL_CARD_HEIGHT = 92.0  # a committee member whose long name needs a third line at a far zoom
# The layouts' slots are 230 px (the widest influence) with 30 px gaps and at least 245 px between
# centres: a card may grow a little past 230 for a long name and still never touch its neighbour.
WIDEST_CARD = 240.0
NAME_ROOM = 25.0  # a card's width minus its far-zoom name line (stance band and margins)
BAND = 15.0  # the stance band on the card's left
RADIUS = 7.0
LOD_TEXT = (
    0.7  # below this scale the card shows the name alone (far_names.py): its 13 px name would be < 9 px
)
# Below this NodeLayer draws the cards in batches (their names too when the map is still); from
# here they draw themselves. Below LOD_TEXT a card shows its name alone anyway, so the batches
# look the same, and a zoom frame fills a dozen paths instead of scaling 500 card pictures.
LOD_BATCH = LOD_TEXT
LOD_BLOCK = 0.28  # below this the card is a plain coloured block
SHADOW = QColor(0, 0, 0, 26)
SHADOW_HOVER = QColor(0, 0, 0, 60)
TEXT_COLORS = [QColor(palette.INK), QColor(palette.INK_SOFT), QColor(palette.INK_MUTED)]


def card_width(influence: int) -> float:
    """170 px for influence 1 up to 230 px for influence 5: who matters more takes more room."""
    return 170.0 + 15.0 * (max(1, min(5, influence)) - 1)


def card_rect(width: float, height: float = CARD_HEIGHT) -> QRectF:
    return QRectF(-width / 2, -height / 2, width, height)


@dataclass(frozen=True)
class CardPaths:
    card: QPainterPath  # the rounded outline
    body: QPainterPath  # right of the stance band
    band: QPainterPath
    block: QPainterPath  # a plain rectangle, for far zoom


@lru_cache(maxsize=64)
def card_paths(width: float, height: float = CARD_HEIGHT) -> CardPaths:
    rect = card_rect(width, height)
    card = QPainterPath()
    card.addRoundedRect(rect, RADIUS, RADIUS)
    right, left, block = QPainterPath(), QPainterPath(), QPainterPath()
    right.addRect(rect.adjusted(BAND, 0, 0, 0))
    left.addRect(rect.adjusted(0, 0, -(width - BAND), 0))
    block.addRect(rect)
    return CardPaths(card, card.intersected(right), card.intersected(left), block)


@lru_cache(maxsize=8)
def card_colors(stance: int | None) -> dict[str, QColor]:
    """Fill, band, border and sign colours for a stance (None: not on the committee)."""
    if stance is None:
        grey = QColor(palette.NOT_MEMBER_COLOR)
        return {"fill": QColor("#FBFBFB"), "band": grey, "border": QColor("#8F8F8F"), "sign": grey}
    color = palette.stance_color(stance)
    border = color.darker(112) if stance != 0 else QColor("#8A8A8A")
    return {
        "fill": palette.stance_fill(stance),
        "band": color,
        "border": border,
        "sign": palette.stance_text_color(stance),
    }


@lru_cache(maxsize=4)
def border_pen(stance: int | None, hovered: bool = False) -> QPen:
    pen = QPen(card_colors(stance)["border"], 2.4 if hovered else 1.4)
    if stance is None:  # not on the committee: a dashed outline, readable in grey-scale
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


_FONTS: list[tuple[QFont, QFontMetricsF]] = []


def fonts() -> list[tuple[QFont, QFontMetricsF]]:
    """Name, title, info and stance-sign fonts with metrics (made once a QGuiApplication exists)."""
    if not _FONTS:
        for size, bold in ((13, True), (11, False), (11, False), (11, True)):
            font = ui_font(size, bold=bold)
            _FONTS.append((font, QFontMetricsF(font)))
    return _FONTS


@dataclass(frozen=True)
class CardLook:
    """Everything needed to draw one person's card, computed once per card."""

    key: str  # what the card shows, as text: cards that look alike share cached pictures
    width: float
    height: float
    stance: int | None  # None: not on the committee
    group: str  # profile group: mobilizer, talker, blocker, unknown
    approver: bool
    lines: tuple[tuple[QRectF, int, str, int], ...]  # (rect, font index, elided text, alignment)
    badge_center: QPointF
    seal_center: QPointF
    name: str  # in full, for the zoomed-out card
    name_area: QRectF  # where the zoomed-out card shows it: between the badge and the seal
    name_wide: QRectF  # the card's width, for the name's lines below the badge
    rtl: bool


def card_size(node: MapNode) -> tuple[float, float]:
    """(width, height) of a person's card: its influence's width, or wider (up to WIDEST_CARD) where
    that lets the name be read whole in two lines at far_names.SIZING_PX (9 px at a third of full
    size); a committee member whose name needs more gets a taller card with room for a third line.
    Widths go in 5 px steps, so cards that look alike share their shapes and pictures."""
    width = card_width(node.influence if node.on_committee else 1)
    needed = longest_word(node.name) + NAME_ROOM + 1
    if needed > width:  # a word wider than a line could only be cut
        width = min(WIDEST_CARD, 5.0 * math.ceil(needed / 5))
    two = next((w for w in _wider(width) if _name_fits(node, w, 2)), None)
    if two is not None or not node.on_committee:
        return (two or width), CARD_HEIGHT
    return next((w for w in _wider(width) if _name_fits(node, w, 3)), width), TALL_CARD_HEIGHT


def _wider(width: float) -> list[float]:
    return [width + step for step in range(0, int(WIDEST_CARD - width) + 1, 5)]


def _name_fits(node: MapNode, width: float, lines: int) -> bool:
    beside = width - NAME_ROOM - 31 - (21 if node.approver else 0)  # after the badge, before the seal
    return fits_lines(node.name, beside, width - NAME_ROOM, lines)


def info_line(node: MapNode) -> str:
    """The card's line under the title: "IT · Technical evaluator", "Finance · left 2026-11-02"
    (drawn in exports too: the words follow --lang through consensus_app.i18n)."""
    info = palette.function_label(node.function)
    if node.left_on is not None:  # kept on the map for the history, faded further
        return info + " · " + _("left {day}").format(day=node.left_on.isoformat())
    if node.role is not None:
        return info + f" · {enum_word(node.role)}"
    if not node.on_committee:
        return info + " · " + _("not on committee")
    return info


def card_look(node: MapNode) -> CardLook:
    width, height = card_size(node)
    inner_left = -width / 2 + BAND + 9
    right = width / 2 - 9
    name_left = inner_left + 23  # after the profile badge
    name_right = right - (21 if node.approver else 0)
    top = -height / 2
    metrics = fonts()[0][1]
    # The name in up to two lines (three on a tall card), cut at spaces, never inside a word: the
    # first beside the badge, the others below it as wide as the card (under the first if they fit).
    most = 3 if height > CARD_HEIGHT else 2
    name_lines = _name_lines(metrics, node.name, name_right - name_left, right - inner_left, most)
    if len(name_lines) == 1:
        wanted = [(QRectF(name_left, top + 6, name_right - name_left, 19), 0, node.name)]
        below, line_height, pitch = top + 26, 16.0, 17.0
    else:
        fits_under = all(metrics.horizontalAdvance(line) <= right - name_left for line in name_lines[1:])
        left = name_left if fits_under else inner_left
        wanted = [(QRectF(name_left, top + 3, name_right - name_left, 16), 0, name_lines[0])]
        for index, line in enumerate(name_lines[1:], start=1):
            wanted.append((QRectF(left, top + 3 + 16 * index, right - left, 16), 0, line))
        below, line_height = top + 3 + 16 * len(name_lines), 15.0
        pitch = line_height
    info = info_line(node)
    rest = [(1, node.title), (2, info)] if node.title else [(2, info)]  # no hole in the middle
    # On a tall card the title and function lines sit in the middle of the room below the name.
    room = height / 2 - 4 - below
    below += max(0.0, (room - pitch * len(rest)) / 2) if height > CARD_HEIGHT else 0.0
    for offset, (index, text) in enumerate(rest):
        wanted.append(
            (QRectF(inner_left, below + offset * pitch, right - inner_left, line_height), index, text)
        )
    lines = []
    for rect, index, text in wanted:
        font_metrics = fonts()[index][1]
        if index == 0:  # a name loses whole words, never half of one
            elided = elide_words(font_metrics, text, rect.width())
        else:
            elided = font_metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignRight if right_to_left(text) else Qt.AlignmentFlag.AlignLeft
        # Not clipped to the line's box: a bold Persian letter's tail or a mark above it (آ) and
        # the tails of g and q reach a little past it.
        flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
        lines.append((rect, index, elided, int(flags)))
    key = "|".join(str(v) for v in (width, height, node.stance if node.on_committee else None, node.profile,
                                     node.approver, *(line[2] for line in lines)))  # fmt: skip
    return CardLook(
        key=f"consensus-card:{key}",
        width=width,
        height=height,
        stance=node.stance if node.on_committee else None,
        group=palette.profile_group(node.profile),
        approver=node.approver,
        lines=tuple(lines),
        badge_center=QPointF(inner_left + 8.5, top + 15.5),
        seal_center=QPointF(right - 7.5, top + 15.5),
        name=node.name,
        name_area=QRectF(name_left, top + 4, name_right - name_left, height - 8),
        name_wide=QRectF(inner_left - 4, top + 4, right - inner_left + 8, height - 8),
        rtl=right_to_left(node.name),
    )


def _name_lines(metrics: QFontMetricsF, name: str, first: float, other: float, most: int) -> list[str]:
    """The name over at most `most` lines cut at spaces (as much as fits on each), or in one line
    (elided by whole words) when it does not fit whole."""
    words = name.split()
    if metrics.horizontalAdvance(name) <= first or len(words) < 2:
        return [name]
    lines: list[str] = []
    for width in (first, *([other] * (most - 1))):
        if not words:
            break
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            return [name]  # a word wider than its line
        lines.append(line)
    return [name] if words else lines


def tooltip_html(node: MapNode) -> str:
    e = html.escape
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("CommitteeColumn", "Function"), palette.function_label(node.function))
    ]
    if node.on_committee:
        rows += [
            (
                QCoreApplication.translate("CommitteeColumn", "Role"),
                enum_word(node.role).capitalize() if node.role else "—",
            ),
            (
                QCoreApplication.translate("CommitteeColumn", "Stance"),
                f"{palette.stance_word(node.stance)} ({node.stance:+d})",
            ),
            (
                QCoreApplication.translate("CommitteeColumn", "Influence"),
                QCoreApplication.translate("MapCard", "{n} of 5").format(n=node.influence),
            ),
            (
                QCoreApplication.translate("CommitteeColumn", "Approver"),
                QCoreApplication.translate("MapCard", "yes — formal sign-off")
                if node.approver
                else QCoreApplication.translate("MapCard", "no"),
            ),
        ]
    group = palette.GROUP_LABELS[palette.profile_group(node.profile)].lower()
    rows.append(
        (
            QCoreApplication.translate("CommitteeColumn", "Profile"),
            f"{palette.profile_label(node.profile)} ({group})",
        )
    )
    if node.on_committee:
        engaged = (
            node.last_engaged.isoformat()
            if node.last_engaged
            else QCoreApplication.translate("CommitteeColumn", "never")
        )
        rows.append((QCoreApplication.translate("CommitteeColumn", "Last engaged"), engaged))
    body = "".join(
        f"<tr><td style='color:#666;padding-right:10px'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows
    )
    title = f"<br>{e(node.title)}" if node.title else ""
    note = (
        ""
        if node.on_committee
        else "<p style='color:#666'><i>"
        + QCoreApplication.translate("MapCard", "Not on this pursuit's committee")
        + "</i></p>"
    )
    return f"<p><b>{e(node.name)}</b>{title}</p><table cellspacing='0'>{body}</table>{note}"


def paint_card(
    painter: QPainter, look: CardLook, lod: float, hovered: bool = False, moving: bool = False
) -> None:
    """One card, at the detail its on-screen size allows (zoomed out and `moving`: no text at all)."""
    paths = card_paths(look.width, look.height)
    colors = card_colors(look.stance)
    if lod < LOD_BLOCK:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors["band"])
        painter.drawPath(paths.block)
        return
    painter.setPen(Qt.PenStyle.NoPen)  # a soft shadow lifts the card off the canvas
    painter.setBrush(SHADOW_HOVER if hovered else SHADOW)
    painter.drawPath(paths.card.translated(0, 2.0))
    painter.setBrush(colors["fill"])
    painter.drawPath(paths.body)
    painter.setBrush(colors["band"])
    painter.drawPath(paths.band)
    painter.setPen(border_pen(look.stance, hovered))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(paths.card)
    paint_badge(painter, look.group, look.badge_center)
    if look.approver:
        paint_approver_seal(painter, look.seal_center)
    if lod < LOD_TEXT:
        if not moving:
            paint_far_name(painter, look.name, look.name_area, lod, TEXT_COLORS[0], look.rtl, look.name_wide)
        return
    if look.stance is not None:  # the stance sign: the band's meaning in grey-scale
        painter.setPen(colors["sign"])
        painter.setFont(fonts()[3][0])
        rect = card_rect(look.width, look.height)
        band = QRectF(rect.left(), rect.top(), BAND, rect.height())
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), palette.STANCE_SIGNS[look.stance])
    for rect, index, text, align in look.lines:
        painter.setFont(fonts()[index][0])
        painter.setPen(TEXT_COLORS[index])
        painter.drawText(rect, align, text)


SPRITE_SCALES = (1.0, 2.0)  # a card's ready-made pictures, used while zooming from LOD_BATCH up to 2×


def sprite_scale(lod: float) -> float | None:
    """The picture to scale down for a card shown at `lod` while zooming (None: draw the card)."""
    return next((scale for scale in SPRITE_SCALES if lod <= scale), None)


def _sprite_key(look: CardLook, scale: float, alpha: float) -> str:
    return f"{look.key}@{scale}@{alpha:.3f}"


def find_sprite(look: CardLook, scale: float, alpha: float = 1.0) -> QPixmap | None:
    """The card's picture at `scale` and opacity `alpha` if Qt's pixmap cache still holds it."""
    # PySide6 returns the pixmap or None for a key alone; its stubs list only the two-argument forms.
    found: QPixmap | None = QPixmapCache.find(_sprite_key(look, scale, alpha))  # type: ignore[call-overload]
    return found


def make_sprite(look: CardLook, scale: float, alpha: float = 1.0) -> QPixmap:
    """The card (shadow included) as a picture at `scale`, kept in Qt's pixmap cache.

    While the user zooms, a card's cached pixmap is invalid every frame; scaling this
    picture down costs a fraction of drawing the card again, text and all. The cache bounds
    the memory: a card whose picture was dropped simply makes it again.
    """
    rect = sprite_rect(look)
    pixmap = QPixmap(math.ceil(rect.width() * scale), math.ceil(rect.height() * scale))
    # Opaque, on the canvas colour: scaling an opaque picture onto the screen is a plain copy,
    # several times cheaper than blending one with an alpha channel, in every zoom frame.
    # A faded card (off the committee, or dimmed) is faded in its picture for the same reason.
    pixmap.fill(QColor(palette.CANVAS_COLOR))
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.setOpacity(alpha)
    painter.scale(scale, scale)
    painter.translate(-rect.topLeft())
    paint_card(painter, look, scale)
    painter.end()
    QPixmapCache.insert(_sprite_key(look, scale, alpha), pixmap)
    return pixmap


def sprite_rect(look: CardLook) -> QRectF:
    """The area a card's picture covers: the card and its shadow."""
    return card_rect(look.width, look.height).adjusted(-1, -1, 1, 4)


def layer_badge(look: CardLook) -> QPainterPath:
    """The badge outline placed on the card, for batched drawing."""
    return badge_path(look.group, 17.0).translated(look.badge_center)


def layer_seal(look: CardLook) -> QPainterPath:
    return seal_path(8.5).translated(look.seal_center)
