"""Bad interchange files are refused by name — the file and the JSON path — and change nothing
(issue 15, items 1, 3, 4, 7 and 9). Each case is a 32-person account (Norwegian, Japanese,
Persian, Korean and Indonesian names) with one thing wrong, imported through the command line."""

from __future__ import annotations

import copy
import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import InterchangeError, check_document, parse_document
from models import AccountData, PursuitData
from models.enums import KEY_PATTERN
from tests.large_accounts import ACCOUNT_32, account_document

ACCOUNT = account_document(*ACCOUNT_32)


def _document(**changes: Any) -> dict[str, Any]:
    """The account with `changes` applied: {"stakeholders.3.name": value} sets one field."""
    document = copy.deepcopy(ACCOUNT)
    for dotted, value in changes.items():
        target: Any = document["accounts"][0]
        *steps, last = dotted.split(".")
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        target[int(last) if last.isdigit() else last] = value
    return document


def _import(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    """Import `text` as map.json into a fresh workspace; return stderr (the import must fail)."""
    source = tmp_path / "map.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    db = tmp_path / "workspace.db"
    assert main(["--db", str(db), "import", str(source)]) == 1
    err = capsys.readouterr().err
    err.encode("utf-8")  # printable: no lone surrogate reaches the terminal
    if db.exists():
        with sqlite3.connect(db) as raw:
            assert raw.execute("SELECT count(*) FROM stakeholder").fetchone() == (0,)
    return err


# (document text, the JSON path named, words of the reason)
BAD_FILES = {
    "id ending in a newline": (
        json.dumps(_document(id="acc-nl\n")),
        "$.accounts[0].id",
        "must be one word",
    ),
    "person id ending in a newline": (
        json.dumps(_document(**{"stakeholders.3.id": "s-3\n"})),
        "$.accounts[0].stakeholders[3].id",
        "must be one word",
    ),
    "currency ending in a newline": (
        json.dumps(_document(**{"pursuits.0.currency": "NOK\n"})),
        "$.accounts[0].pursuits[0].currency",
        "has the wrong form",
    ),
    "language ending in a newline": (
        json.dumps(_document(**{"stakeholders.2.language": "nb\n"})),
        "$.accounts[0].stakeholders[2].language",
        "has the wrong form",
    ),
    "1e309": (
        json.dumps(_document(**{"pursuits.0.value": 1})).replace('"value": 1,', '"value": 1e309,'),
        "$.accounts[0].pursuits[0].value",
        "too large",
    ),
    "400-digit value": (
        json.dumps(_document(**{"pursuits.0.value": 1})).replace('"value": 1,', f'"value": {"9" * 400},'),
        "$.accounts[0].pursuits[0].value",
        "too large",
    ),
    "5000-digit strength": (
        json.dumps(_document(**{"relationships.0.strength": 1})).replace(
            '"strength": 1', f'"strength": {"7" * 5000}'
        ),
        "$.accounts[0].relationships[0].strength",
        "",
    ),
    "value above the limit": (
        json.dumps(_document(**{"pursuits.0.value": 2e15})),
        "$.accounts[0].pursuits[0].value",
        "at most 1,000,000,000,000,000",
    ),
    "NaN": (
        json.dumps(_document(**{"pursuits.0.value": 1})).replace('"value": 1,', '"value": NaN,'),
        "$",
        "NaN is not a number JSON allows",
    ),
    "vertical tab in a name": (
        json.dumps(_document(**{"stakeholders.4.name": "Ingrid\u000bHaugen"})),
        "$.accounts[0].stakeholders[4].name",
        "control character (U+000B, vertical tab) at character 7",
    ),
    "U+0001 in a title": (
        json.dumps(_document(**{"stakeholders.1.title": "\u0001CFO"})),
        "$.accounts[0].stakeholders[1].title",
        "U+0001",
    ),
    "U+FFFE in notes": (
        json.dumps(_document(**{"notes": "ok\ufffe"})),
        "$.accounts[0].notes",
        "non-character (U+FFFE)",
    ),
    "U+FFFF in a priority": (
        json.dumps(_document(**{"priorities.0.text": "\uffff"})),
        "$.accounts[0].priorities[0].text",
        "non-character (U+FFFF)",
    ),
    "NUL in a personal win": (
        json.dumps(_document(**{"stakeholders.0.personal_win": "be seen\u0000"})),
        "$.accounts[0].stakeholders[0].personal_win",
        "NUL character (U+0000)",
    ),
    "lone surrogate": (
        json.dumps(_document(**{"stakeholders.0.name": "Kim\ud800"})),
        "$.accounts[0].stakeholders[0].name",
        "lone surrogate U+D800",
    ),
    "lone surrogate in a field name": (
        json.dumps(_document(**{"stakeholders.0.name\udc00": "x"})),
        "$.accounts[0].stakeholders[0]",
        "a field name contains half of a character pair",
    ),
    "nested 200,000 deep": (
        '{"format": "consensus-map", "version": 1,\n"accounts": ' + "[" * 200_000 + "]" * 200_000 + "}",
        "$",
        "nested more than 24 levels deep (line 2)",
    ),
    "nested 500 deep in an unknown field": (
        json.dumps({**_document(), "extra": json.loads("[" * 500 + "]" * 500)}),
        "$.extra" + "[0]" * 23,
        "nested more than 24 levels deep",
    ),
    "year 0": (
        json.dumps(_document(**{"pursuits.0.close_date": "0000-01-01"})),
        "$.accounts[0].pursuits[0].close_date",
        "year 0 is out of range",
    ),
    "29 February 2027": (
        json.dumps(_document(**{"pursuits.0.close_date": "2027-02-29"})),
        "$.accounts[0].pursuits[0].close_date",
        "not a valid date",
    ),
    "Arabic-Indic digits in a date": (
        json.dumps(_document(**{"pursuits.0.close_date": "٢٠٢٧-٠١-٠١"})),
        "$.accounts[0].pursuits[0].close_date",
        "not a valid date",
    ),
    "duplicate key": (
        json.dumps(_document()).replace('"name": "Nordhavn', '"name": "Other", "name": "Nordhavn', 1),
        "$.accounts[0]",
        'the field "name" appears more than once',
    ),
    "exported_at not a time": (
        json.dumps({**_document(), "exported_at": "last Tuesday"}),
        "$.exported_at",
        'exported_at "last Tuesday" is not a valid date-time',
    ),
    "exported_at in year 0": (
        json.dumps({**_document(), "exported_at": "0000-01-01T00:00:00+00:00"}),
        "$.exported_at",
        "year 0 is out of range",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_naming_the_file_and_the_path(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, path, words = BAD_FILES[case]
    err = _import(tmp_path, text, capsys)
    assert f"map.json: {path}: " in err, err
    assert words in err, err
    assert "Traceback" not in err and "recursion" not in err


def test_every_problem_is_listed_not_only_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _document(**{"stakeholders.1.name": "A\u000b", "stakeholders.7.notes": "\u0000"})
    err = _import(tmp_path, json.dumps(document), capsys)
    assert "$.accounts[0].stakeholders[1].name" in err and "$.accounts[0].stakeholders[7].notes" in err


def test_a_lone_surrogate_in_the_file_name_is_printed_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kart\udcff.json"  # a file name in a legacy encoding (surrogateescape)
    source.write_text("{}", encoding="utf-8")
    assert main(["--db", str(tmp_path / "w.db"), "import", str(source)]) == 1
    err = capsys.readouterr().err
    assert "kart\\udcff.json: $: missing required field(s)" in err


def test_ids_are_matched_whole_by_the_import_and_by_the_stored_records_alike() -> None:
    """What the import accepts, stored records accept too: every space, control, format and
    unassigned character of the BMP (where regex engines' ideas of whitespace differ)."""
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or unicodedata.category(chr(code))[0] not in "ZC":
            continue
        key = f"s{chr(code)}"
        document = {"format": "consensus-map", "version": 1, "accounts": [{"id": key, "name": "x"}]}
        try:
            check_document(document)
        except InterchangeError:
            continue
        AccountData(key=key, name="x")  # raises if stored records would refuse it
    assert KEY_PATTERN.startswith("^") and KEY_PATTERN.endswith("$")


def test_the_models_refuse_what_the_import_refuses() -> None:
    for fields in ({"key": "acc-nl\n"}, {"language": "nb\n"}, {"name": " \n"}):
        with pytest.raises(ValueError, match="should match pattern"):
            AccountData.model_validate({"key": "acme", "name": "Acme", **fields})
    with pytest.raises(ValueError, match="should match pattern"):
        PursuitData(key="opp-1", name="Deal", currency="NO\n")
    for value in (float("inf"), float("nan"), 1e16, -1.0):
        with pytest.raises(ValueError, match="value"):
            PursuitData(key="opp-1", name="Deal", value=value)
    assert PursuitData(key="opp-1", name="Deal", value=1e15).value == 1e15


def test_a_document_at_the_limits_is_accepted() -> None:
    document = _document(
        **{
            "pursuits.0.value": 1_000_000_000_000_000,
            "pursuits.0.close_date": "2028-02-29",
            "stakeholders.0.name": "Tab\tand\nnewline\rstay",
        }
    )
    document["exported_at"] = "2026-12-07T12:00:00+00:00"
    checked = parse_document(json.dumps(document))
    assert checked["accounts"][0]["pursuits"][0]["value"] == 1_000_000_000_000_000
    assert checked["accounts"][0]["stakeholders"][0]["name"] == "Tab\tand\nnewline\rstay"
