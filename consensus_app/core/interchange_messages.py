"""An interchange file's schema problems in the user's words, with the JSON path and the field named.

The validators (jsonschema to explain, fastjsonschema to check fast) speak English; each common kind
of rule (required, type, enum, pattern, lengths, bounds, unknown fields, formats, list sizes, unique
items, const) has its own translated sentence here. The library's English text is only the last
resort, for a rule our schema does not use today.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from consensus_app.core.strict_json import json_path, printable
from consensus_app.i18n import _, ngettext, pgettext
from models.enums import KEY_PATTERN, VALUE_MAX

if TYPE_CHECKING:
    import fastjsonschema
    import jsonschema

SHOWN_LIMIT = 60  # characters of a user's value quoted back in an error

# JSON's type names (English keeps the schema's own: "string", "integer"; the others say what they mean).
_TYPE_WORDS: dict[str, Callable[[], str]] = {
    "string": lambda: pgettext("JSON type", "string"),
    "integer": lambda: pgettext("JSON type", "integer"),
    "number": lambda: pgettext("JSON type", "number"),
    "boolean": lambda: pgettext("JSON type", "boolean"),
    "array": lambda: pgettext("JSON type", "array"),
    "object": lambda: pgettext("JSON type", "object"),
    "null": lambda: pgettext("JSON type", "null"),
}


def shown(value: Any) -> str:
    """A user's value quoted back: as JSON, never whole when huge."""
    if isinstance(value, float) and not math.isfinite(value):
        return _("(a number too large to hold)")
    text = printable(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= SHOWN_LIMIT else text[: SHOWN_LIMIT - 1] + "…"


def type_words(expected: Any) -> str:
    """ "string" (ko: 문자열); ["string", "null"] → "string or null"."""
    names = [expected] if isinstance(expected, str) else list(expected)
    words = [_TYPE_WORDS[n]() if n in _TYPE_WORDS else str(n) for n in names]
    return _(" or ").join(words)


def field_of(path: Sequence[Any]) -> str:
    """The field a problem is about: its name, or "item 3 of people" for an item of a list."""
    field = path[-1] if path else None
    if isinstance(field, int):
        if len(path) > 1:
            return _("item {n} of {list}").format(n=field, list=path[-2])
        return _("item {n}").format(n=field)
    return str(field) if field is not None else _("value")


def explain(kind: str, field: str, value: Any, rule: Any, schema: Mapping[str, Any]) -> str | None:
    """The sentence for a broken `kind` of rule (the rule's value `rule`, its schema `schema`);
    None for a kind this module has no words for."""
    if kind == "maxLength":
        return _("{field} is {length} characters long; at most {limit} are allowed").format(
            field=field, length=len(value) if isinstance(value, str) else "?", limit=rule
        )
    if kind == "minLength" or (kind == "pattern" and isinstance(value, str) and not value.strip()):
        return _("{field} must not be empty").format(field=field)
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return _bounds(kind, field, value, schema)
    if kind == "minItems":
        return ngettext(
            "{field} must list at least {n} entry; it lists {count}",
            "{field} must list at least {n} entries; it lists {count}",
            int(rule),
        ).format(field=field, n=rule, count=len(value) if isinstance(value, list) else 0)
    if kind == "maxItems":
        return ngettext(
            "{field} may list at most {n} entry; it lists {count}",
            "{field} may list at most {n} entries; it lists {count}",
            int(rule),
        ).format(field=field, n=rule, count=len(value) if isinstance(value, list) else 0)
    if kind == "uniqueItems":
        return _("{field} lists the same entry more than once").format(field=field)
    if kind == "enum":
        allowed = ", ".join(str(v) for v in rule)  # codes, as the file must spell them
        return _("{field} {value} is not one of: {allowed}").format(
            field=field, value=shown(value), allowed=allowed
        )
    if kind == "const":
        return _("{field} must be {expected}, not {value}").format(
            field=field, expected=shown(rule), value=shown(value)
        )
    if kind == "required":  # the path names the object; the sentence names the fields
        missing = [n for n in rule if not isinstance(value, Mapping) or n not in value]
        return _("missing required field(s): {fields}").format(fields=", ".join(missing))
    if kind == "additionalProperties":
        known = schema.get("properties", {})
        extra = sorted(set(value) - set(known)) if isinstance(value, Mapping) else []
        return _("unknown field(s): {fields}").format(fields=", ".join(extra))
    if kind == "type":
        return _("{field} must be {expected}, not {value}").format(
            field=field, expected=type_words(rule), value=shown(value)
        )
    if kind == "format":
        if rule == "date":
            return _("{field} {value} is not a valid date (YYYY-MM-DD)").format(
                field=field, value=shown(value)
            )
        if rule == "date-time":
            return _("{field} {value} is not a valid date-time").format(field=field, value=shown(value))
        return _("{field} {value} is not a valid {form}").format(field=field, value=shown(value), form=rule)
    if kind == "pattern" and rule == KEY_PATTERN:
        return _("{field} {value} must be one word: no spaces, tabs or line breaks").format(
            field=field, value=shown(value)
        )
    if kind == "pattern":
        return _("{field} {value} has the wrong form").format(field=field, value=shown(value))
    return None


def _bounds(kind: str, field: str, value: Any, schema: Mapping[str, Any]) -> str:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    at_least = _("{field} {value} must be at least {low}")
    at_most = _("{field} {value} must be at most {high}")
    lower = kind in ("minimum", "exclusiveMinimum")
    if low is not None and high is not None and high >= VALUE_MAX:  # an amount: say which bound
        if lower:
            return at_least.format(field=field, value=shown(value), low=low)
        return at_most.format(field=field, value=shown(value), high=f"{high:,}")
    if low is not None and high is not None:
        return _("{field} {value} is out of range ({low} to {high})").format(
            field=field, value=shown(value), low=low, high=high
        )
    if low is not None:
        return at_least.format(field=field, value=shown(value), low=low)
    return at_most.format(field=field, value=shown(value), high=high)


def schema_error_message(error: jsonschema.ValidationError) -> str:
    """jsonschema's error in our words (its English only for a rule we have no words for)."""
    field = field_of(list(error.path)) if error.path else _("value")
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    words = explain(str(error.validator), field, error.instance, error.validator_value, schema)
    if words is not None:
        return words
    english = str(error.message)  # the last resort: jsonschema's own words
    return english if len(english) < 200 else english[:199] + "…"


def fast_error(exc: fastjsonschema.JsonSchemaException) -> tuple[str, str]:
    """(JSON path, message) for fastjsonschema's refusal, when jsonschema found nothing to explain."""
    steps = list(getattr(exc, "path", ["data"]))[1:]
    path = [int(s) if isinstance(s, str) and s.isdigit() else s for s in steps]
    where = json_path(tuple(path))
    field = field_of(path) if path else _("value")
    rule = getattr(exc, "rule", None)
    definition = getattr(exc, "definition", None)
    schema = definition if isinstance(definition, Mapping) else {}
    words = (
        explain(rule, field, getattr(exc, "value", None), getattr(exc, "rule_definition", None), schema)
        if rule
        else None
    )
    if words is not None:
        return where, words
    message = getattr(exc, "message", str(exc)).removeprefix(getattr(exc, "name", "") or "").strip()
    unmatched = _("does not match the schema")  # outside the f-string, where pybabel finds it
    return where, f"{field} {message or unmatched}"
