"""The assessment: the score and its verdict, each component with why, and the findings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from consensus_app.core.analytics.finding_titles import finding_title
from consensus_app.core.analytics.finding_titles import finding_titles as titles
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.core.analytics.shown_points import shown_points
from consensus_app.core.wording import function_words, isolated, left_to_right
from consensus_app.i18n import N_, _, ngettext
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, subheading, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.text import (
    BODY_PX,
    INK,
    INK_MUTED,
    INK_SOFT,
    SMALL_PX,
    TITLE_PX,
    Text,
    font,
)
from consensus_app.ui.exports.brief.title_page import long_date
from consensus_app.ui.exports.brief.verdicts import verdict

TAG_WIDTH = 84.0
PER_CODE = 3  # findings of one code shown in full; the rest are summed up in one block
MORE_NAMES = 24
COMPONENTS = [Column(N_("Component"), 1.1, bold=True), Column(N_("Points"), 0.9), Column(N_("Why"), 4.6)]
# Severity in grey-scale: the word, and a tag from solid (critical) to outlined (info).
TAG_FILL = {Severity.CRITICAL: QColor("#222222"), Severity.WARNING: QColor("#8C8C8C"), Severity.INFO: None}
TAG_TEXT = {
    Severity.CRITICAL: QColor("#FFFFFF"),
    Severity.WARNING: QColor("#FFFFFF"),
    Severity.INFO: QColor(INK),
}


class AssessmentSection:
    title = N_("Assessment")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        result = data.assessment
        if result.not_enough is not None:
            return [heading(self.title, width), paragraph(result.not_enough, width)]
        blocks: list[Item] = [heading(self.title, width), _score(result.score, data, width)]
        of = _("{points} of {weight}")
        # Whole points adding up to the score with the penalties, as the window shows them.
        rows = [
            [c.label, of.format(points=points, weight=c.weight), c.explanation]
            for c, points in zip(result.components, shown_points(result), strict=True)
        ]
        rows += [
            [d.label, left_to_right(f"−{d.points}"), _("For: {findings}").format(findings=titles(d.codes))]
            for d in result.deductions
        ]
        blocks += table(COMPONENTS, rows, width, max_lines=6)
        findings = sorted(result.findings, key=lambda f: -f.severity)
        if not findings:
            blocks.append(subheading(_("Findings"), width, space_above=18))
            blocks.append(paragraph(_("No findings: the group looks ready to agree."), width))
            return blocks
        blocks.append(subheading(_("Findings ({count})").format(count=len(findings)), width, space_above=18))
        names = data.names()
        shown: dict[str, list[Finding]] = {}
        for finding in findings:  # most severe first; each code's first few in full
            shown.setdefault(finding.code, []).append(finding)
        for same in shown.values():
            blocks += [_finding(f, names, width) for f in same[:PER_CODE]]
            if len(same) > PER_CODE:
                blocks.append(_more(same[PER_CODE:], names, width))
        return blocks


def _score(score: int, data: BriefData, width: float) -> Block:
    number = Text(left_to_right(f"{score} / 100"), font(TITLE_PX + 4, bold=True), 170, color=INK)
    said = Text(verdict(score), font(BODY_PX + 5, bold=True), width - 190, color=INK)
    note = Text(
        _(
            "Consensus readiness as of {date}: six components add up to the score, "
            "each with the reason it stands where it does."
        ).format(date=long_date(data.today)),
        font(BODY_PX),
        width - 190,
        color=INK_SOFT,
    )
    height = max(number.height, said.height + note.height + 4) + 16

    def paint(painter: QPainter, rect: QRectF) -> None:
        number.draw(painter, rect.left(), rect.top())
        said.draw(painter, rect.left() + 190, rect.top())
        note.draw(painter, rect.left() + 190, rect.top() + said.height + 4)

    return Block(height, paint)


def _finding(finding: Finding, names: dict[int, str], width: float) -> Block:
    body = width - TAG_WIDTH - 12
    tag = Text(finding.severity.label.upper(), font(SMALL_PX, bold=True), TAG_WIDTH - 8,
               color=TAG_TEXT[finding.severity], align=Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
    parts = [
        Text(finding_title(finding.code), font(SMALL_PX, bold=True), body, color=INK_MUTED),
        Text(finding.message, font(BODY_PX), body, color=INK),
    ]
    people = [names[s] for s in finding.stakeholders if s in names]
    if people:
        listed = _(", ").join(people[:MORE_NAMES]) + (
            _(" and {count} more").format(count=len(people) - MORE_NAMES) if len(people) > MORE_NAMES else ""
        )
        parts.append(
            Text(_("People: {names}").format(names=listed), font(SMALL_PX + 1), body, color=INK_SOFT)
        )
    parts += _compared(finding, body)
    if finding.research:
        parts.append(Text(finding.research, font(SMALL_PX, italic=True), body, color=INK_MUTED))
    height = sum(p.height + 3 for p in parts) + 12

    def paint(painter: QPainter, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.top() + 2, TAG_WIDTH, tag.height + 6)
        fill = TAG_FILL[finding.severity]
        if fill is not None:
            painter.fillRect(box, fill)
        painter.setPen(QPen(QColor("#222222"), 1.0))
        painter.drawRect(box)
        tag.draw(painter, box.left() + 4, box.top() + 3)
        y = rect.top()
        for part in parts:
            part.draw(painter, rect.left() + TAG_WIDTH + 12, y)
            y += part.height + 3

    return Block(height, paint)


BRIEF_STATEMENTS_PER_SIDE = 2  # the brief is compact: the window and the JSON carry the rest


def _compared(finding: Finding, width: float) -> list[Text]:
    """What DIVERGENT_PRIORITIES compared: per pair, why they count as apart, then each side's
    words, naming who said them; then how many pairs are left out."""
    parts: list[Text] = []
    for pair in finding.compared:
        a, b = function_words(pair.first.function), function_words(pair.second.function)
        compared = (
            _("Compared {first} and {second} (both sign off)")
            if pair.both_sign_off
            else _("Compared {first} and {second}")
        ).format(first=a, second=b)
        parts.append(Text(compared, font(SMALL_PX + 1, bold=True), width))
        parts.append(Text(pair.why, font(SMALL_PX + 1), width, color=INK_SOFT))
        for side in (pair.first, pair.second):
            for said in side.said[:BRIEF_STATEMENTS_PER_SIDE]:
                # Isolated, a Persian name or quote keeps its own direction (and its quote marks)
                # inside the English line.
                quote = isolated(_("“{label}”").format(label=said.text))
                line = f"· {isolated(said.name)}, {function_words(side.function)}: {quote}"
                parts.append(Text(line, font(SMALL_PX + 1), width - 12, color=INK_SOFT, max_lines=2))
    if finding.compared_more:
        more = finding.compared_more
        more_pairs = ngettext(
            "…and {count} more pair with no theme in common.",
            "…and {count} more pairs with no theme in common.",
            more,
        ).format(count=more)
        parts.append(Text(more_pairs, font(SMALL_PX + 1), width, color=INK_SOFT))
    return parts


def _more(rest: list[Finding], names: dict[int, str], width: float) -> Block:
    """ "12 more findings “An approver doubts or opposes it”, about: …": a long list of one kind
    stays one block."""
    people = list(dict.fromkeys(names[s] for f in rest for s in f.stakeholders if s in names))
    about = _(", ").join(people[:MORE_NAMES]) + (
        _(" and {count} more").format(count=len(people) - MORE_NAMES) if len(people) > MORE_NAMES else ""
    )
    text = ngettext(
        "{count} more finding “{title}” ({severity})",
        "{count} more findings “{title}” ({severity})",
        len(rest),
    ).format(count=len(rest), title=finding_title(rest[0].code), severity=rest[0].severity.label)
    if about:
        text = _("{findings}, about: {names}").format(findings=text, names=about)
    return paragraph(text, width, size=SMALL_PX + 1, color=INK_SOFT, indent=TAG_WIDTH + 12, space_after=12)
