"""Parsing JSON strictly, and walking it for what no schema can say, naming where.

Python's `json` takes the last of two equal keys, turns `1e309` into infinity, recurses until
the interpreter gives up on deeply nested arrays and hands lone surrogates (`"\\ud800"`) through.
Here a duplicate key, a nesting deeper than any real document, and a character no export can
hold are each reported at their JSON path (`$.accounts[0].stakeholders[3].name`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from consensus_app.core.text_checks import FORBIDDEN_CHARACTERS, forbidden_character
from consensus_app.i18n import _

MAX_DEPTH = 24  # an interchange document nests 7 levels; far deeper is a broken or hostile file
_LONGEST_INTEGER = 30  # digits; longer integers become floats (infinite past ~308 digits)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|\n')


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers the keys it held more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    found = JsonObject(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        found.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
    return found


def _integer(text: str) -> int | float:
    # A 5,000-digit integer would stop int() itself; as a float it is simply too large (inf),
    # which the schema's bounds then refuse at its path.
    return int(text) if len(text) <= _LONGEST_INTEGER else float(text)


def _refuse_constant(name: str) -> None:
    raise ValueError(
        _("{name} is not a number JSON allows; write a plain number or leave the field out").format(name=name)
    )


def loads(text: str) -> Any:
    """`json.loads`, keeping duplicate keys visible and huge integers harmless.

    Raises json.JSONDecodeError for broken JSON, ValueError for NaN/Infinity literals and
    RecursionError for absurd nesting (see `too_deep_line`).
    """
    return json.loads(text, parse_constant=_refuse_constant, parse_int=_integer, object_pairs_hook=_object)


def too_deep_line(text: str, limit: int = MAX_DEPTH) -> int:
    """The line on which `text` first nests deeper than `limit` (1 if it never does)."""
    depth, line = 0, 1
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > limit:
                return line
        elif token in "]}":
            depth -= 1
        else:
            line += token.count("\n")
    return 1


def json_path(where: tuple[str | int, ...]) -> str:
    """`("accounts", 0, "name")` → `$.accounts[0].name`."""
    parts = ["$"]
    for step in where:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif _IDENTIFIER.fullmatch(step):
            parts.append(f".{step}")
        else:
            parts.append(f"[{printable(json.dumps(step, ensure_ascii=False))}]")
    return "".join(parts)


def printable(text: str) -> str:
    """Text that can be printed and encoded: lone surrogates become `\\udXXX`."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


_Where = tuple[Any, str | int] | None  # (parent, step): a path as a linked list


def structure_problems(document: Any) -> Iterator[tuple[str, str]]:
    """(JSON path, what is wrong) for duplicate keys, too deep nesting and forbidden characters,
    in document order. Iterative, so no nesting can exhaust the stack; paths are linked lists
    built only for containers and spelled out only for a problem (a 12,000-person file: ~0.2 s)."""
    search = FORBIDDEN_CHARACTERS.search
    stack: list[tuple[Any, _Where, int]] = [(document, None, 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if search(value):
                yield _spelled(where), forbidden_character(value) or ""
            continue
        if depth >= MAX_DEPTH:
            yield _spelled(where), _("nested more than {depth} levels deep").format(depth=MAX_DEPTH)
            continue
        if isinstance(value, list):
            items: list[tuple[str | int, Any]] = list(enumerate(value))
        else:
            for key in getattr(value, "duplicates", ()):
                shown = printable(json.dumps(key, ensure_ascii=False))
                yield _spelled(where), _("the field {name} appears more than once").format(name=shown)
            for key in value:
                if search(key):
                    yield (
                        _spelled(where),
                        _("a field name {problem}").format(problem=forbidden_character(key)),
                    )
            items = list(value.items())
        for step, item in reversed(items):
            if isinstance(item, str):
                if search(item):
                    stack.append((item, (where, step), depth + 1))
            elif isinstance(item, dict | list):
                stack.append((item, (where, step), depth + 1))


def _spelled(where: _Where) -> str:
    steps: list[str | int] = []
    while where is not None:
        where, step = where
        steps.append(step)
    return json_path(tuple(reversed(steps)))
