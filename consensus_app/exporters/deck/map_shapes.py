"""A map slide as native shapes: a rounded card per person, connectors glued to the cards.

Each card holds the person's name, title and badges (stance in sign and word, Approver,
Mobilizer or Blocker) as text, so moving a card in PowerPoint moves all of it; the lines are
connectors whose ends are attached to the cards' connection points, so they follow a moved
card. Lines sit behind the cards.
"""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Inches

from consensus_app.core.pursuit_map import MapNode, Point
from consensus_app.core.relationship_kinds import kind_info
from consensus_app.core.wording import signed_stance, stance_word
from consensus_app.exporters.deck.colors import (
    APPROVER_COLOR,
    BLOCKER_COLOR,
    LINE_STYLES,
    NOT_MEMBER_COLOR,
    PROFILE_GROUPS,
    STANCE_COLORS,
    clamp_stance,
    tint,
)
from consensus_app.exporters.deck.connectors import CardBox, add_connectors
from consensus_app.exporters.deck.map_pages import MIN_CARD_INCHES, MapPage
from consensus_app.exporters.deck.text import (
    INK,
    INK_MUTED,
    INK_SOFT,
    Line,
    add_run,
    fill_paragraph,
    set_direction,
    shorten,
)
from consensus_app.exporters.deck.xml_parts import paint_shape
from consensus_app.i18n import _

NAME_PT, DETAIL_PT = 9.0, 7.0  # at MIN_CARD_INCHES; larger cards get larger text


def draw_map(slide: Slide, page: MapPage, origin: Point, room: Point) -> dict[int, Shape]:
    """The page's cards and lines in the `room` (inches) at `origin`, centred; the cards by person."""
    width, height = page.card_size
    used_x = max((x for x, _ in page.centres.values()), default=0.0) + width / 2
    used_y = max((y for _, y in page.centres.values()), default=0.0) + height / 2
    left = origin[0] + max(0.0, (room[0] - used_x) / 2)
    top = origin[1] + max(0.0, (room[1] - used_y) / 3)
    grow = min(1.4, width / MIN_CARD_INCHES)
    node_names = {n.stakeholder_id: n.name for n in page.nodes}
    cards = {
        node.stakeholder_id: _card(slide, node, (left + cx - width / 2, top + cy - height / 2), page, grow)
        for node in page.nodes
        for cx, cy in [page.centres[node.stakeholder_id]]
    }
    boxes = {
        sid: CardBox(card.shape_id, node_names[sid], *_box(left, top, page.centres[sid], page.card_size))
        for sid, card in cards.items()
    }
    add_connectors(slide, page.edges, boxes)
    return cards


def _box(left: float, top: float, centre: Point, size: Point) -> tuple[int, int, int, int]:
    """A card's box in EMU, as _card places it."""
    width, height = size
    x, y = Inches(left + centre[0] - width / 2), Inches(top + centre[1] - height / 2)
    return int(x), int(y), int(Inches(width)), int(Inches(height))


def _card(slide: Slide, node: MapNode, corner: Point, page: MapPage, grow: float) -> Shape:
    width, height = page.card_size
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(corner[0]), Inches(corner[1]), Inches(width), Inches(height)
    )
    shape.name = f"Card: {node.name}"
    shape.adjustments[0] = 0.12
    member = node.on_committee
    stance = clamp_stance(node.stance)
    paint_shape(
        shape,
        tint(STANCE_COLORS[stance]) if member else "FFFFFF",
        STANCE_COLORS[stance] if member else NOT_MEMBER_COLOR,
        2.0 if member else 0.75,
    )
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # a long name shrinks rather than spills
    margin = Inches(0.05)
    frame.margin_left = frame.margin_right = margin
    frame.margin_top = frame.margin_bottom = Emu(int(margin / 2))
    name_pt, detail_pt = NAME_PT * grow, DETAIL_PT * grow
    fill_paragraph(
        frame.paragraphs[0],
        Line(shorten(node.name, 34), name_pt, bold=True, color=INK if member else INK_SOFT),
        PP_ALIGN.CENTER,
    )
    if node.title:
        fill_paragraph(
            frame.add_paragraph(), Line(shorten(node.title, 40), detail_pt, color=INK_SOFT), PP_ALIGN.CENTER
        )
    badges = frame.add_paragraph()
    badges.alignment = PP_ALIGN.CENTER
    runs = _badges(node, page.managers_elsewhere.get(node.stakeholder_id))
    for text, color, bold in runs:
        add_run(badges, text, size=detail_pt, bold=bold, color=color)
    set_direction(
        badges, "".join(text for text, _color, _bold in runs), PP_ALIGN.CENTER
    )  # Persian: its order
    return shape


def _badges(node: MapNode, manager_elsewhere: str | None = None) -> list[tuple[str, str, bool]]:
    """The card's badge line as (text, colour, bold) runs, the app's badges in words; off the
    committee, whom they report to when that line is not drawn on this slide."""
    if not node.on_committee:
        if manager_elsewhere:
            return [(shorten(_("reports to {name}").format(name=manager_elsewhere), 40), INK_MUTED, False)]
        return [(_("not on the committee"), INK_MUTED, False)]
    runs = [(signed_stance(node.stance), INK, False)]
    if node.approver:
        runs.append((" · ★ " + _("Approver"), APPROVER_COLOR, True))
    group = PROFILE_GROUPS.get(node.profile, "unknown")
    if group == "mobilizer":
        runs.append((" · ▲ " + _("Mobilizer"), INK, True))
    elif group == "blocker":
        runs.append((" · ■ " + _("Blocker"), BLOCKER_COLOR, True))
    return runs


def legend_lines() -> list[tuple[str, str, bool]]:
    """The key under a map, as coloured runs: stances, then lines."""
    runs: list[tuple[str, str, bool]] = [(_("Stance: "), INK_SOFT, True)]
    for stance in (-2, -1, 0, 1, 2):
        runs += [("■ ", STANCE_COLORS[stance], False), (f"{stance_word(stance)}   ", INK_SOFT, False)]
    runs += [("□ ", NOT_MEMBER_COLOR, True), (_("not on the committee") + "   ", INK_SOFT, False)]
    runs.append((_("Lines: "), INK_SOFT, True))
    for kind, style in LINE_STYLES.items():
        runs += [
            ("── " if style.dash is None else "- - ", style.color, True),
            (f"{_(kind_info(kind).legend).lower()}   ", INK_SOFT, False),
        ]
    return runs
