"""Drafted messages: the common-language drafts on the bridge themes, as a reviewer would read them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from consensus_app.core.enum_words import function_word
from consensus_app.core.wording import isolated
from consensus_app.i18n import N_, RIGHT_TO_LEFT, _
from consensus_app.ui.exports.brief.blocks import heading, paragraph, subheading
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.text import BODY_PX, INK, INK_SOFT, SUBHEADING_PX, Text, font
from consensus_app.ui.widgets import human

_EMBED_RTL, _POP = "\u202b", "\u202c"


class MessagesSection:
    title = N_("Drafted messages")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [heading(self.title, width)]
        messaging = data.messaging
        if messaging is None or not messaging.drafts:
            blocks.append(paragraph(_("No shared theme to build a message on yet."), width))
            return blocks
        blocks.append(
            paragraph(
                _(
                    "For the {stage} stage, built on the themes the group shares and in "
                    "the stakeholders' own words. Drafts: review before sending."
                ).format(stage=human(messaging.stage)),
                width,
            )
        )
        for number, draft in enumerate(messaging.drafts, start=1):
            rtl = draft.language in RIGHT_TO_LEFT
            title = f"{number}. {draft.title}"
            blocks.append(_rtl_block(title, width, is_title=True) if rtl else subheading(title, width, 16))
            audience = _(", ").join(function_word(f) for f in draft.functions)
            together = _("Brings together: {functions}").format(functions=audience)
            blocks.append(paragraph(together, width, bold=True))
            for part in (p.strip() for p in draft.body.split("\n\n")):
                if part:
                    blocks.append(_rtl_block(part, width) if rtl else paragraph(part, width))
            for warning in draft.warnings:
                blocks.append(paragraph(_("Check: {warning}").format(warning=warning), width, bold=True))
        if messaging.kits:
            blocks.append(subheading(_("Mobilizer kits"), width, space_above=18))
            for kit in messaging.kits:
                theme = kit.theme_label or _("no shared theme yet")
                # Isolated, a Persian name or theme keeps its own order inside the line and
                # leaves the line's direction to the brief's language.
                said = _("{name} ({profile}): {theme}").format(
                    name=isolated(kit.name), profile=human(kit.profile), theme=isolated(theme)
                )
                blocks.append(paragraph(said, width, bold=True))
                if kit.personal_value:
                    blocks.append(paragraph(_("What is in it for them:"), width))
                    blocks += [paragraph(f"– {isolated(value)}", width) for value in kit.personal_value]
        return blocks


def _rtl_block(text: str, width: float, *, is_title: bool = False) -> Block:
    """A Persian (or other right-to-left) draft's paragraph: each line a right-to-left run,
    right-aligned, so a sentence's closing colon and a list item's dash sit where a reader
    of the language expects them (the page's own direction is left to right)."""
    runs = "\n".join(f"{_EMBED_RTL}{line}{_POP}" for line in text.split("\n"))
    size, above = (SUBHEADING_PX, 16.0) if is_title else (BODY_PX, 0.0)
    laid = Text(
        runs,
        font(size, bold=is_title),
        width,
        color=INK if is_title else INK_SOFT,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    )
    return Block(
        above + laid.height + (6.0 if is_title else 8.0),
        lambda painter, rect: laid.draw(painter, rect.left(), rect.top() + above),
        keep_with_next=is_title,
    )
