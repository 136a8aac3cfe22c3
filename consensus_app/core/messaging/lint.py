"""The draft linter: every claim a generated message makes is checked against the data it rests on.

A draft goes to the customer in the seller's name, so a seam or an unsupported claim costs
trust. The rules read the text as it stands (edits included) and return problems in words:

- every quoted statement is one of the pursuit's priorities, word for word (no invented quotes);
- a lead-in that ends with a colon is followed by the list it announces (no empty lists);
- every function the text names has a statement in the theme it is built on (no team spoken
  for without its own words);
- no placeholder is left unfilled, and a sentence opens on a capital in scripts that have them;
- text in a language other than English carries no English labels (functions, profiles,
  buying stages);
- a kit is labelled safe to share only when the personalization check found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from consensus_app.core.messaging.model import Draft, Kit
from consensus_app.core.messaging.templates import templates_for
from models import BuyingStage, Function, Profile

# Quotation marks as the templates use them: “…” (English, Korean, Indonesian), «…» (Persian),
# 「…」 (Japanese). A quote_item must use one of these, or the quotes go unchecked.
_QUOTED = re.compile(r"“([^”]+)”|«([^»]+)»|「([^」]+)」")
_PLACEHOLDER = re.compile(r"\$\{?\w+\}?")
_ENGLISH_LABELS = sorted(
    {templates_for("en").function_name(f) for f in Function if f is not Function.OTHER}
    | {p.value.replace("_", "-").title() for p in Profile if p is not Profile.UNKNOWN}
    | {s.value.replace("_", " ") for s in BuyingStage},
    key=len,
    reverse=True,
)


def lint_draft(draft: Draft, statements: Iterable[str]) -> list[str]:
    """Problems in a group draft; `statements` are the texts of the pursuit's priorities."""
    voiced = {q.function for q in draft.quotes} | set(draft.functions)
    return _lint_text(draft.title, draft.body, voiced, draft.language, set(statements))


def lint_kit(kit: Kit, statements: Iterable[str]) -> list[str]:
    """Problems in a mobilizer kit's shareable piece and its label."""
    problems = []
    if kit.share_body:
        voiced = {q.function for q in kit.quotes} | set(kit.share_functions)
        problems += _lint_text(kit.share_title, kit.share_body, voiced, kit.language, set(statements))
    if kit.warnings and kit.share_note:
        problems.append("labelled safe to share although the personalization check has warnings")
    return problems


def _lint_text(title: str, body: str, voiced: set[Function], language: str, known: set[str]) -> list[str]:
    """`voiced`: the functions with a statement in the theme the text is built on."""
    problems: list[str] = []
    text = f"{title}\n\n{body}"
    for quoted in (next(filter(None, groups)) for groups in _QUOTED.findall(text)):
        if quoted not in known and not any(quoted.rstrip("…").strip() in s for s in known):
            problems.append(f"quotes “{quoted}”, which nobody on the committee wrote")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        if paragraph.endswith((":", "：")) and not (
            index + 1 < len(paragraphs) and paragraphs[index + 1].startswith("- ")
        ):
            problems.append(f"announces a list that is not there: “{paragraph[-60:]}”")
    if _PLACEHOLDER.search(text):
        problems.append(f"leaves a placeholder unfilled: {_PLACEHOLDER.search(text).group()}")  # type: ignore[union-attr]
    for paragraph in [title, *paragraphs]:
        opening = paragraph.lstrip("- “«「\"'(")
        if opening[:1].islower():
            problems.append(f"a sentence opens in lower case: “{paragraph[:40]}”")
    templates = templates_for(language)
    outside = _QUOTED.sub("", text)
    for function in Function:
        name = templates.function_name(function)
        if function is Function.OTHER or not name or function in voiced:
            continue
        if _names(outside, name):
            problems.append(f"speaks for {name} without a statement of theirs")
    if templates.language != "en":
        own = {templates.function_name(f) for f in Function}  # "IT" is Korean for IT too
        for label in _ENGLISH_LABELS:
            if label not in own and _names(outside, label):
                problems.append(f"an English word in a {templates.language} text: “{label}”")
    return problems


def _names(text: str, name: str) -> bool:
    if name.isascii():
        flags = 0 if len(name) <= 3 else re.IGNORECASE  # "IT" is a function, "it" is not
        return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags) is not None
    return name in text
