"""Drafts and kits as copyable text: plain text for email and chat, Markdown for documents.

Both read the draft's text as it stands (edits included): paragraphs split by blank lines,
list items starting with "- ". Markdown escapes what the stakeholders wrote, so a `*` or `_`
in their words stays a character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consensus_app.core.messaging.model import Draft, Kit
from consensus_app.core.messaging.templates import templates_for

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def draft_as_text(draft: Draft) -> str:
    return f"{draft.title}\n\n{draft.body}\n"


def draft_as_markdown(draft: Draft) -> str:
    return f"## {_escape_markdown(draft.title)}\n\n{body_as_markdown(draft.body)}\n"


def kit_as_text(kit: Kit) -> str:
    lines = [_kit_heading(kit), ""]
    lines += _value_lines(kit, lambda s: s)
    if kit.approach:
        lines += ["", kit.approach]
    if kit.share_body:
        lines += ["", kit.share_note, "", kit.share_title, "", kit.share_body]
    return "\n".join(lines) + "\n"


def kit_as_markdown(kit: Kit) -> str:
    lines = [f"### {_escape_markdown(_kit_heading(kit))}", ""]
    lines += _value_lines(kit, _escape_markdown, heading="**{}**")
    if kit.approach:
        lines += ["", _escape_markdown(kit.approach)]
    if kit.share_body:
        lines += [
            "",
            f"*{_escape_markdown(kit.share_note)}*",
            "",
            f"#### {_escape_markdown(kit.share_title)}",
            "",
        ]
        lines.append(body_as_markdown(kit.share_body))
    return "\n".join(lines) + "\n"


def body_as_markdown(body: str) -> str:
    """Plain message text as Markdown: list items stay list items, everything else is escaped."""
    out = []
    for line in body.splitlines():
        if line.startswith("- "):
            out.append("- " + _escape_markdown(line[2:]))
        else:
            out.append(_escape_markdown(line))
    return "\n".join(out)


def _kit_heading(kit: Kit) -> str:
    templates = templates_for(kit.language)
    profile = kit.profile.value.replace("_", "-").title()
    return f"{kit.name} — {profile}, {templates.function_name(kit.function)}, {kit.stance:+d}"


def _value_lines(kit: Kit, escape: Callable[[str], str], heading: str = "{}") -> list[str]:
    templates = templates_for(kit.language)
    title = templates.kit_text("value_heading", {"name": kit.name})
    if not kit.personal_value:
        return [heading.format(escape(title)), escape(kit.missing_value_note)]
    return [heading.format(escape(title)), *(f"- {escape(v)}" for v in kit.personal_value)]


def _escape_markdown(text: str) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\d+)\.", r"\1\\.", text)  # "1. " at a line start would become a list
