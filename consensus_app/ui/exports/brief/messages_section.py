"""Drafted messages: the common-language drafts on the bridge themes, as a reviewer would read them."""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.ui.exports.brief.blocks import heading, paragraph, subheading
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.widgets import human


class MessagesSection:
    title = "Drafted messages"
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [heading(self.title, width)]
        messaging = data.messaging
        if messaging is None or not messaging.drafts:
            blocks.append(paragraph("No shared theme to build a message on yet.", width))
            return blocks
        blocks.append(
            paragraph(
                f"For the {human(messaging.stage)} stage, built on the themes the group shares and in "
                "the stakeholders' own words. Drafts: review before sending.",
                width,
            )
        )
        for number, draft in enumerate(messaging.drafts, start=1):
            blocks.append(subheading(f"{number}. {draft.title}", width, space_above=16))
            audience = ", ".join(human(f) for f in draft.functions)
            blocks.append(paragraph(f"Brings together: {audience}", width, bold=True))
            for part in (p.strip() for p in draft.body.split("\n\n")):
                if part:
                    blocks.append(paragraph(part, width))
            for warning in draft.warnings:
                blocks.append(paragraph(f"Check: {warning}", width, bold=True))
        if messaging.kits:
            blocks.append(subheading("Mobilizer kits", width, space_above=18))
            for kit in messaging.kits:
                theme = kit.theme_label or "no shared theme yet"
                blocks.append(paragraph(f"{kit.name} ({human(kit.profile)}): {theme}", width, bold=True))
                if kit.personal_value:
                    blocks.append(paragraph("What is in it for them:", width))
                    blocks += [paragraph(f"– {value}", width) for value in kit.personal_value]
        return blocks
