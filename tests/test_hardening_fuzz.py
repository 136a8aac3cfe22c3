"""Property-based fuzzing of the interchange import (issue 15, "Keep it from coming back").

Hypothesis builds documents — mostly well-formed accounts with names in many scripts, some with
one thing broken (a field set to any JSON value, a reference to nobody, characters no export
can hold, numbers of any size) — and checks two properties:

- an accepted document round-trips losslessly: import → export → the same document;
- a refused one names the file and, for every problem, a JSON path that exists in the file.

A CI run tries CONSENSUS_FUZZ_EXAMPLES documents (default 25, a few seconds); set it to
thousands for a long run.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consensus_app.core.interchange import ACCOUNT_LISTS, FIELD_ORDER, InterchangeError, parse_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace

EXAMPLES = int(os.environ.get("CONSENSUS_FUZZ_EXAMPLES", "25"))

NAMES = [
    "Ingrid Haugen", "Øystein Kristiansen", "山本 花子", "Takeshi Yamamoto", "김민준", "이서연",
    "محمدرضا کریمی", "Shirin Mohammadi-Rad", "Dewi Kusumawati", "Muhammad Rizky Pratama Wijaya",
    "Åse Bjørnstad", "佐藤 健", "Ахмед", "O'Brien <b>&amp;</b>",
]  # fmt: skip
FUNCTIONS = ["finance", "it", "operations", "legal", "security", "executive", "other"]
ANY_CHAR = st.characters(exclude_categories=())  # surrogates and controls included
TEXT = st.one_of(st.sampled_from(NAMES), st.text(max_size=12), st.text(ANY_CHAR, max_size=6))
NAME = st.one_of(st.sampled_from(NAMES), st.sampled_from(NAMES), st.text(min_size=1, max_size=20))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHAR, max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _optional(draw: Any, item: dict[str, Any], field: str, strategy: st.SearchStrategy[Any]) -> None:
    if draw(st.booleans()):
        item[field] = draw(strategy)


@st.composite
def accounts(draw: Any, index: int) -> dict[str, Any]:
    people = [f"s-{index}-{i}" for i in range(draw(st.integers(1, 9)))]
    account: dict[str, Any] = {"id": f"acct-{index}", "name": draw(NAME)}
    _optional(draw, account, "industry", TEXT)
    _optional(draw, account, "language", st.sampled_from(["en", "ko", "ja", "fa", "nb-NO", "id"]))
    stakeholders = []
    for i, key in enumerate(people):
        person: dict[str, Any] = {"id": key, "name": draw(NAME)}
        _optional(draw, person, "title", TEXT)
        _optional(draw, person, "function", st.sampled_from(FUNCTIONS))
        _optional(draw, person, "notes", TEXT)
        _optional(draw, person, "email", st.emails())
        if i and draw(st.booleans()):
            person["reports_to"] = draw(st.sampled_from(people[:i]))  # earlier people: no cycle
        stakeholders.append(person)
    account["stakeholders"] = stakeholders
    pairs = [(a, b) for a in people for b in people if a != b]
    account["relationships"] = [
        {"id": f"r-{index}-{n}", "source": a, "target": b, "kind": kind, "strength": draw(st.integers(1, 3))}
        for n, ((a, b), kind) in enumerate(
            draw(
                st.lists(
                    st.tuples(st.sampled_from(pairs), st.sampled_from(["influences", "allies", "conflicts"])),
                    max_size=4,
                )
            )
            if pairs
            else []
        )
    ]
    pursuit: dict[str, Any] = {"id": f"opp-{index}", "name": draw(NAME)}
    _optional(draw, pursuit, "value", st.floats(0, 1e15) | st.integers(0, 10**15))
    _optional(draw, pursuit, "currency", st.sampled_from(["USD", "NOK", "KRW", "JPY", "IRR"]))
    _optional(draw, pursuit, "close_date", st.dates().map(lambda d: d.isoformat()))
    seats = draw(st.lists(st.sampled_from(people), unique=True, max_size=len(people)))
    pursuit["committee"] = [
        {"id": f"m-{index}-{n}", "stakeholder": key, "stance": draw(st.integers(-2, 2)),
         "approver": draw(st.booleans())}
        for n, key in enumerate(seats)
    ]  # fmt: skip
    account["pursuits"] = [pursuit]
    account["priorities"] = [
        {"id": f"p-{index}-{n}", "stakeholder": draw(st.sampled_from(people)), "text": draw(NAME)}
        for n in range(draw(st.integers(0, 3)))
    ]
    account["messages"] = [
        {"id": f"msg-{index}", "pursuit": pursuit["id"], "title": draw(NAME), "body": draw(NAME),
         "stakeholders": draw(st.lists(st.sampled_from(people), unique=True, max_size=3))}
    ]  # fmt: skip
    return account


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    document = {
        "format": "consensus-map",
        "version": 1,
        "accounts": [draw(accounts(i)) for i in range(draw(st.integers(1, 2)))],
    }
    if draw(st.integers(0, 2)) == 0:  # one in three: something broken
        _break(draw, document)
    return document


def _break(draw: Any, document: dict[str, Any]) -> None:
    """Set one field of one object (known or not) to any JSON value."""
    account = draw(st.sampled_from(document["accounts"]))
    kind = draw(st.sampled_from(["account", *ACCOUNT_LISTS, "committee"]))
    if kind == "account":
        target = account
    elif kind == "committee":
        target = account["pursuits"][0]
        if not target["committee"]:
            return
        target = draw(st.sampled_from(target["committee"]))
    else:
        if not account[kind]:
            return
        target = draw(st.sampled_from(account[kind]))
    field = draw(st.sampled_from([*FIELD_ORDER[kind], "extra"]))
    target[field] = draw(JSON_VALUES)


def _resolves(document: Any, path: str) -> bool:
    """Whether a problem's JSON path (`$.accounts[0]["a b"][2]`) names a place in `document`."""
    if not path.startswith("$"):
        return False
    here, at = document, 1
    decoder = json.JSONDecoder()
    while at < len(path):
        if path.startswith('["', at) or path.startswith("[\\", at):
            key, end = decoder.raw_decode(path, at + 1)
            at = end + 1
        elif path[at] == "[":
            end = path.index("]", at)
            key, at = int(path[at + 1 : end]), end + 1
        else:
            found = re.match(r"\.([A-Za-z_][A-Za-z0-9_]*)", path[at:])
            if found is None:
                return False
            key, at = found.group(1), at + found.end()
        try:
            here = here[key]
        except (KeyError, IndexError, TypeError):
            return False
    return True


@pytest.fixture(scope="module")
def fuzz_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = open_workspace(str(tmp_path_factory.mktemp("fuzz") / "fuzz.db"), actor="fuzzer")
    yield workspace
    workspace.close()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(document=documents(), escaped=st.booleans())
def test_accepted_documents_round_trip_and_refused_ones_name_where(
    document: dict[str, Any], escaped: bool, fuzz_workspace: Workspace
) -> None:
    # Escaped, a lone surrogate is "\ud800" in the file; unescaped, bytes that are not UTF-8.
    text = json.dumps(document, ensure_ascii=escaped, allow_nan=True)
    try:
        checked = parse_document(text.encode("utf-8", "surrogatepass"), source="fuzz.json")
    except InterchangeError as refused:
        message = str(refused)
        assert message.startswith("fuzz.json: $")
        message.encode("utf-8")  # printable as it is
        original = json.loads(text.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass"))
        for problem in refused.problems:
            assert _resolves(original, problem.path), (problem, document)
        return
    _assert_no_forbidden_numbers(checked)
    import_document(fuzz_workspace, checked, replace=True, source="fuzz.json")
    keys = [a["id"] for a in checked["accounts"]]
    exported = export_document(fuzz_workspace, keys)
    assert exported["accounts"] == checked["accounts"]
    again = parse_document(json.dumps(exported, ensure_ascii=False), source="export.json")
    assert again["accounts"] == checked["accounts"]


def _assert_no_forbidden_numbers(value: Any) -> None:
    if isinstance(value, float):
        assert math.isfinite(value)
    elif isinstance(value, dict):
        for item in value.values():
            _assert_no_forbidden_numbers(item)
    elif isinstance(value, list):
        for item in value:
            _assert_no_forbidden_numbers(item)


def test_a_path_that_does_not_exist_is_told_apart() -> None:
    """The property's own check must be able to fail."""
    document = {"accounts": [{"stakeholders": [{"name": "x"}]}], "a b": 1}
    assert _resolves(document, "$.accounts[0].stakeholders[0].name")
    assert _resolves(document, '$["a b"]')
    assert not _resolves(document, "$.accounts[1]")
    assert not _resolves(document, "$.accounts[0].stakeholders[0].title")
    assert not _resolves(document, "accounts")
