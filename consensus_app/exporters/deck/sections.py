"""The deck's reading slides: the assessment, bridge themes, messages and what changed.

Each fits its slide: long lists are cut to the few that matter most (the most severe findings,
the best bridges, the approved messages first) with a line saying how many more there are.
"""

from __future__ import annotations

from pptx.util import Inches

from consensus_app.core.analytics.finding_titles import finding_title, finding_titles
from consensus_app.core.analytics.results import Assessment
from consensus_app.core.analytics.shown_points import shown_points
from consensus_app.core.analytics.verdicts import verdict
from consensus_app.core.change_notes import shortened
from consensus_app.core.enum_words import function_word
from consensus_app.core.ratings import field_words, sentence, value_words, views_line
from consensus_app.core.themes.confidence import loosely_related
from consensus_app.core.wording import long_date
from consensus_app.exporters.deck.data import DeckData
from consensus_app.exporters.deck.slides import BODY_TOP, MARGIN, Deck, Section
from consensus_app.exporters.deck.text import INK, INK_MUTED, INK_SOFT, Line, fill_paragraph, shorten
from consensus_app.exporters.deck.xml_parts import paint_cell
from consensus_app.i18n import N_, _, ngettext
from models import MessageStatus

TOP_FINDINGS = 4  # on a 16:9 slide; 3 on a 4:3 one
TOP_BRIDGES = 5
MAX_MESSAGES = 3  # of each: approved, drafted
MESSAGE_CHARS = 900
CHANGE_LINES = 8
RATING_ROWS = 7  # the largest gaps; the rest are counted


def assessment_slides(deck: Deck, data: DeckData) -> None:
    result = data.assessment
    slide = deck.slide(_("Assessment"))
    if not result.assessable:
        deck.text(slide, [Line(result.not_enough or "", 18)])
        return
    deck.text(
        slide,
        [
            Line(f"{result.score} / 100 · {verdict(result.score)}", 30, bold=True, space_after=4),
            Line(
                _("Consensus readiness as of {date}; six components add up to the score.").format(
                    date=long_date(data.today)
                ),
                13,
                color=INK_SOFT,
            ),
        ],
        height=1.2,
    )
    of = _("{points} of {weight}")
    rows = [  # whole points adding up to the score with the penalties, as in the window and the brief
        [c.label, of.format(points=points, weight=c.weight), c.explanation]
        for c, points in zip(result.components, shown_points(result), strict=True)
    ]
    rows += [
        [d.label, f"−{d.points}", _("For: {findings}").format(findings=finding_titles(d.codes))]
        for d in result.deductions
    ]
    _grid(deck, slide, [N_("Component"), N_("Points"), N_("Why")], [2.0, 1.1, 6.5], rows, BODY_TOP + 1.3)
    _findings_slide(deck, data, result)


def _bridge_label(label: str, cohesion: float, engine: str) -> str:
    """A bridge whose statements agree only loosely says so, as in the brief."""
    return label + (" · " + _("loosely related") if loosely_related(cohesion, engine) else "")


def _findings_slide(deck: Deck, data: DeckData, result: Assessment) -> None:
    findings = sorted(result.findings, key=lambda f: -f.severity)
    slide = deck.slide(_("Top findings ({count})").format(count=len(findings)) if findings else _("Findings"))
    if not findings:
        deck.text(slide, [Line(_("No findings: the group looks ready to agree."), 18)])
        return
    names = data.names()
    lines: list[Line] = []
    top = TOP_FINDINGS if deck.width > 12 else TOP_FINDINGS - 1
    for finding in findings[:top]:
        title = f"{finding.severity.label.upper()} · {finding_title(finding.code)}"
        lines.append(Line(title, 11, bold=True, color=INK_MUTED))
        lines.append(Line(shorten(finding.message, 260), 13, space_after=2))
        people = [names[s] for s in finding.stakeholders if s in names]
        if people:
            more = _(" and {count} more").format(count=len(people) - 6) if len(people) > 6 else ""
            listed = _("People: {names}").format(names=_(", ").join(people[:6]) + more)
            lines.append(Line(listed, 11, color=INK_SOFT))
        if finding.research:
            lines.append(Line(shorten(finding.research, 160), 10, italic=True, color=INK_MUTED))
        lines[-1] = Line(**{**lines[-1].__dict__, "space_after": 10})
    if len(findings) > top:
        lines.append(
            Line(
                ngettext(
                    "{count} more finding in the app and the review brief.",
                    "{count} more findings in the app and the review brief.",
                    len(findings) - top,
                ).format(count=len(findings) - top),
                11,
                color=INK_SOFT,
            )
        )
    deck.text(slide, lines)


def themes_slide(deck: Deck, data: DeckData) -> None:
    slide = deck.slide(_("Bridge themes"))
    themes = data.themes
    if themes is None or not themes.coverage:
        deck.text(slide, [Line(_("No priorities are recorded for this committee yet."), 18)])
        return
    deck.text(
        slide,
        [
            Line(
                themes.summary(),
                14,
                color=INK_SOFT,
            )
        ],
        height=0.6,
    )
    if not themes.bridges:
        deck.text(slide, [Line(_("No theme bridges two functions yet."), 16)], top=BODY_TOP + 0.8)
        return
    names = data.names()
    rows = [
        [
            _bridge_label(b.coverage.theme.label, b.coverage.theme.cohesion, themes.engine),
            f"{b.score:.0%}",
            _(", ").join(function_word(f) for f in b.coverage.functions),
            shorten(_(", ").join(names.get(s, "?") for s in b.coverage.stakeholders), 120),
        ]
        for b in themes.bridges[:TOP_BRIDGES]
    ]
    _grid(
        deck,
        slide,
        [N_("Bridge theme"), N_("Reach"), N_("Functions"), N_("People")],
        [4.0, 0.8, 2.2, 3.0],
        rows,
        BODY_TOP + 0.8,
    )


def message_slides(deck: Deck, data: DeckData) -> None:
    approved = [m for m in data.saved_messages if m.status is MessageStatus.APPROVED][:MAX_MESSAGES]
    for message in approved:
        slide = deck.slide(_("Approved message: {title}").format(title=message.title))
        deck.text(slide, _body(message.body))
    drafts = data.messaging.drafts[:MAX_MESSAGES] if data.messaging else []
    for draft in drafts:
        slide = deck.slide(_("Draft: {title}").format(title=draft.title))
        audience = _(", ").join(function_word(f) for f in draft.functions)
        lines = [
            Line(
                _("Brings together: {functions} · review before sending").format(functions=audience),
                12,
                bold=True,
                color=INK_SOFT,
                space_after=8,
            )
        ]
        lines += _body(draft.body)
        lines += [
            Line(_("Check: {warning}").format(warning=w), 11, bold=True, color="882255")
            for w in draft.warnings
        ]
        deck.text(slide, lines)
    if not approved and not drafts:
        slide = deck.slide(_("Messages"))
        deck.text(slide, [Line(_("No approved message and no shared theme to draft one on yet."), 18)])


def _body(text: str) -> list[Line]:
    body = text.strip()
    if len(body) > MESSAGE_CHARS:
        body = body[: MESSAGE_CHARS - 1].rstrip() + "…"
    return [Line(part.strip(), 14, space_after=8) for part in body.split("\n\n") if part.strip()]


def changes_slide(deck: Deck, data: DeckData) -> None:
    slide = deck.slide(_("Since {date}").format(date=long_date(data.since)))
    if not data.notes:
        deck.text(
            slide, [Line(_("No changes were recorded since {date}.").format(date=long_date(data.since)), 18)]
        )
        return
    entries = sum(n.entries for n in data.notes)
    people = len({n.author for n in data.notes})
    short = shortened(data.notes, CHANGE_LINES)
    lines = [
        Line(
            _("{changes} by {people}; the main ones, oldest first:").format(
                changes=ngettext("{n} change", "{n} changes", entries).format(n=f"{entries:,}"),
                people=ngettext("{n} person", "{n} people", people).format(n=f"{people:,}"),
            ),
            14,
            color=INK_SOFT,
            space_after=8,
        )
    ]
    lines += [
        Line(f"{long_date(n.at.date())} · {n.author}: {shorten(n.text, 160)}", 14, space_after=4)
        for n in short.notes
    ]
    if short.summary:
        lines.append(Line(short.summary[:1].upper() + short.summary[1:] + ".", 12, color=INK_SOFT))
    deck.text(slide, lines)


def _grid(
    deck: Deck, slide: object, headers: list[str], widths: list[float], rows: list[list[str]], top: float
) -> None:
    """A plain native table of text under `top`."""
    shape = slide.shapes.add_table(  # type: ignore[attr-defined]
        len(rows) + 1,
        len(headers),
        Inches(MARGIN),
        Inches(top),
        Inches(deck.body_width),
        Inches(0.4 * (len(rows) + 1)),
    )
    table = shape.table
    for index, share in enumerate(widths):
        table.columns[index].width = Inches(deck.body_width * share / sum(widths))
    for r, row in enumerate([[_(h) for h in headers], *rows]):  # headers marked N_ where written
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            paint_cell(cell, "2F3B4C" if r == 0 else "FFFFFF" if r % 2 else "F2F4F7")
            cell.text_frame.word_wrap = True
            header = r == 0
            fill_paragraph(
                cell.text_frame.paragraphs[0],
                Line(
                    shorten(value, 240),
                    11 if header else 10.5,
                    bold=header or c == 0,
                    color="FFFFFF" if header else INK,
                ),
            )


def ratings_slide(deck: Deck, data: DeckData) -> None:
    """Where colleagues see people differently (internal only: the customer deck never has it)."""
    found = data.assessment.disagreements
    if not found:
        return
    slide = deck.slide(_("Where colleagues see people differently"))
    shown = found[:RATING_ROWS]
    more = len(found) - len(shown)
    deck.text(
        slide,
        [
            Line(sentence(found[0]) + ".", 16, bold=True, space_after=4),
            Line(
                (
                    _(
                        "The score uses the agreed value; these gaps are worth a conversation "
                        "({more} more not shown)."
                    )
                    if more
                    else _("The score uses the agreed value; these gaps are worth a conversation.")
                ).format(more=more),
                12,
                color=INK_SOFT,
            ),
        ],
        height=1.1,
    )
    rows = [
        [d.name, field_words(d.field), views_line(d), value_words(d.field, d.agreed) if d.agreed else "—"]
        for d in shown
    ]
    _grid(
        deck,
        slide,
        [N_("Person"), N_("What"), N_("Each colleague's view"), N_("Agreed")],
        [2.2, 1.1, 5.0, 1.1],
        rows,
        BODY_TOP + 1.2,
    )


def _plan_slides(deck: Deck, data: DeckData) -> None:
    from consensus_app.exporters.deck.plan_slides import internal_plan_slides

    internal_plan_slides(deck, data)


SECTIONS: list[Section] = [
    assessment_slides,
    ratings_slide,
    themes_slide,
    message_slides,
    _plan_slides,
    changes_slide,
]
