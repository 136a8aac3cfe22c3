"""Message templates, one resource file a language (`resources/message_templates/<code>.json`).

A template is a title and a list of parts (paragraphs, or list items already formatted).
Fields are `string.Template` placeholders (`${functions}`). A plain-string part is kept only
when every field it uses has a value, so a theme without, say, a stated outcome simply loses
that sentence. A part may also be `{"when": FIELD, "text": ...}` (kept only when FIELD has a
value) or `{"unless": FIELD, "text": ...}` (kept only when it has none).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from string import Template
from typing import Any

from consensus_app.resources import resource_path
from models import BuyingStage, Function, Profile

FOLDER = "message_templates"
KIT_TEXTS = ("value_heading", "missing_value", "share_note", "value_own_words", "value_note")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Composition:
    """A template: its title and parts (see the module doc)."""

    title: str
    parts: tuple[str | Mapping[str, str], ...]

    def identifiers(self) -> set[str]:
        """Every field the title and the parts use."""
        texts = [self.title] + [p if isinstance(p, str) else p["text"] for p in self.parts]
        return {name for text in texts for name in Template(text).get_identifiers()}

    def render(self, fields: Mapping[str, str]) -> tuple[str, str]:
        """(title, body): the parts that apply, as paragraphs separated by blank lines."""
        paragraphs = [capitalised(text) for part in self.parts if (text := _render_part(part, fields))]
        return capitalised(fill(self.title, fields)), "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Templates:
    """The templates of one language."""

    language: str
    functions: Mapping[str, str]
    separator: str
    last_separator: str
    quote_item: str
    group: Mapping[BuyingStage, Composition]
    kit_share: Mapping[BuyingStage, Composition]
    kit_texts: Mapping[str, str]
    approach: Mapping[str, str]

    def function_name(self, function: Function) -> str:
        return self.functions.get(function.value, function.value.replace("_", " "))

    def join(self, items: Sequence[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return self.separator.join(items[:-1]) + self.last_separator + items[-1]

    def join_functions(self, functions: Sequence[Function]) -> str:
        return self.join([self.function_name(f) for f in functions])

    def quote(self, text: str, function: Function) -> str:
        return fill(self.quote_item, {"text": text, "function": self.function_name(function)})

    def kit_text(self, name: str, fields: Mapping[str, str]) -> str:
        return capitalised(fill(self.kit_texts[name], fields))

    def approach_for(self, profile: Profile, fields: Mapping[str, str]) -> str:
        text = self.approach.get(profile.value)
        return fill(text, fields) if text else ""


def fill(text: str, fields: Mapping[str, str]) -> str:
    return Template(text).safe_substitute(fields)


def capitalised(text: str) -> str:
    """The text with its first letter upper-case when it opens on a lower-case letter.

    A field can open a sentence ("the executive team, IT and Finance share…"); quoted words
    open on a quotation mark and are left exactly as the stakeholder wrote them.
    """
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _render_part(part: str | Mapping[str, str], fields: Mapping[str, str]) -> str:
    if isinstance(part, str):
        needed = Template(part).get_identifiers()
        return fill(part, fields) if all(fields.get(name) for name in needed) else ""
    if "when" in part and not fields.get(part["when"]):
        return ""
    if "unless" in part and fields.get(part["unless"]):
        return ""
    return _render_part(part["text"], fields)


def available_languages() -> list[str]:
    """The languages that have a template file, sorted."""
    return list(_template_files())


@cache  # the files ship with the app; asked once per draft and kit
def _template_files() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in resource_path(FOLDER).glob("*.json")))


def templates_for(language: str | None) -> Templates:
    """The templates for this language (primary subtag), else English."""
    code = (language or DEFAULT_LANGUAGE).split("-", 1)[0].lower()
    return _load(code if code in available_languages() else DEFAULT_LANGUAGE)


@cache
def _load(language: str) -> Templates:
    data: dict[str, Any] = json.loads(resource_path(FOLDER, f"{language}.json").read_text(encoding="utf-8"))
    kit = data["kit"]
    return Templates(
        language=data["language"],
        functions=data["functions"],
        separator=data["join"]["separator"],
        last_separator=data["join"]["last"],
        quote_item=data["quote_item"],
        group={stage: _composition(data["group"][stage.value]) for stage in BuyingStage},
        kit_share={stage: _composition(kit["share"][stage.value]) for stage in BuyingStage},
        kit_texts={name: kit[name] for name in KIT_TEXTS},
        approach=kit["approach"],
    )


def _composition(data: Mapping[str, Any]) -> Composition:
    return Composition(data["title"], tuple(data["parts"]))
