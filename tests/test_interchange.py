"""Importing interchange files: every bad file gets a clear error and changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import InterchangeError, check_document, load_document, parse_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ImportConflictError
from consensus_app.storage.workspace import Workspace, open_workspace
from tests.conftest import minimal_document, write_json


def _state(db: Path) -> dict[str, Any]:
    workspace = open_workspace(str(db))
    document = export_document(workspace)
    workspace.close()
    document.pop("exported_at")
    return document


def _broken(mutate: Any) -> dict[str, Any]:
    document = copy.deepcopy(minimal_document())
    mutate(document["accounts"][0])
    return document


def _set(path: list[Any], value: Any) -> Any:
    def mutate(account: dict[str, Any]) -> None:
        target = account
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


BAD_DOCUMENTS = {
    "unknown reference": (
        _set(["relationships", 0, "target"], "s-nobody"),
        "$.accounts[0].relationships[0].target",
        'unknown stakeholder "s-nobody"',
    ),
    "duplicate id": (
        _set(["priorities", 1, "id"], "s-cfo"),
        "$.accounts[0].priorities[1].id",
        'duplicate id "s-cfo" (already used at $.accounts[0].stakeholders[1])',
    ),
    "reporting cycle": (
        _set(["stakeholders", 0, "reports_to"], "s-it"),
        "$.accounts[0].stakeholders",
        "reporting cycle",
    ),
    "stance out of range": (
        _set(["pursuits", 0, "committee", 0, "stance"], 5),
        "$.accounts[0].pursuits[0].committee[0].stance",
        "stance 5 is out of range (-2 to 2)",
    ),
    "10,000-character name": (
        _set(["stakeholders", 2, "name"], "N" * 10_000),
        "$.accounts[0].stakeholders[2].name",
        "name is 10000 characters long; at most 200 are allowed",
    ),
    "reference to the wrong kind": (
        _set(["priorities", 0, "stakeholder"], "opp-1"),
        "$.accounts[0].priorities[0].stakeholder",
        '"opp-1" is a pursuit, not a stakeholder',
    ),
    "unknown enum value": (
        _set(["stakeholders", 0, "profile"], "wizard"),
        "$.accounts[0].stakeholders[0].profile",
        'profile "wizard" is not one of: go_getter',
    ),
    "negative value": (
        _set(["pursuits", 0, "value"], -5),
        "$.accounts[0].pursuits[0].value",
        "value -5 must be at least 0",
    ),
    "blank name": (
        _set(["stakeholders", 0, "name"], "   "),
        "$.accounts[0].stakeholders[0].name",
        "name must not be empty",
    ),
    "bad date": (
        _set(["pursuits", 0, "close_date"], "31/03/2027"),
        "$.accounts[0].pursuits[0].close_date",
        'close_date "31/03/2027"',
    ),
    "same person twice on a committee": (
        _set(["pursuits", 0, "committee", 1, "stakeholder"], "s-cfo"),
        "$.accounts[0].pursuits[0].committee[1].stakeholder",
        "already on this committee",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_an_invalid_document_names_the_path_and_the_problem(case: str) -> None:
    mutate, path, words = BAD_DOCUMENTS[case]
    with pytest.raises(InterchangeError) as caught:
        check_document(_broken(mutate), source="map.json")
    problem = caught.value.problems[0]
    assert problem.path == path
    assert words in problem.message
    assert str(caught.value).startswith(f"map.json: {path}: ")


def test_a_long_value_is_never_quoted_whole() -> None:
    with pytest.raises(InterchangeError) as caught:
        check_document(_broken(_set(["stakeholders", 0, "function"], "x" * 10_000)))
    assert len(str(caught.value)) < 400


RAW_FILES = {
    "invalid JSON": (b'{"format": "consensus-map", "version": 1, "accounts": [}', "not valid JSON"),
    "non-UTF-8": ('{"format": "consensus-map", "name": "Müller"}'.encode("cp1252"), "not UTF-8 text"),
    "empty file": (b"  \n", "the file is empty"),
    "NaN": (
        b'{"format": "consensus-map", "version": 1, "accounts": [], "x": NaN}',
        "NaN is not a number JSON",
    ),
    "UTF-16": ('{"a": 1}'.encode("utf-16"), "UTF-16"),
    "not an interchange file": (
        b'{"name": "something else"}',
        "missing required field(s): format, version, accounts",
    ),
    "newer version": (
        b'{"format": "consensus-map", "version": 9, "accounts": []}',
        "newer than this app reads",
    ),
}


@pytest.mark.parametrize("case", sorted(RAW_FILES))
def test_a_broken_file_is_refused_by_the_cli_and_the_workspace_is_unchanged(
    case: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, words = RAW_FILES[case]
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "good.json", minimal_document()))])
        == 0
    )
    before = _state(db_path)
    capsys.readouterr()

    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["--db", str(db_path), "import", str(bad)]) == 1

    err = capsys.readouterr().err
    assert str(bad) in err
    assert words in err
    assert "Traceback" not in err
    assert _state(db_path) == before


def test_the_cli_lists_every_problem_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = minimal_document()
    document["accounts"][0]["stakeholders"][0]["profile"] = "wizard"
    document["accounts"][0]["pursuits"][0]["committee"][0]["stance"] = 5
    assert (
        main(["--db", str(tmp_path / "w.db"), "import", str(write_json(tmp_path / "bad.json", document))])
        == 1
    )
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].endswith("(and 1 more problem)")
    assert [line.split(":")[0].strip() for line in lines[2:]] == [
        "$.accounts[0].pursuits[0].committee[0].stance",
        "$.accounts[0].stakeholders[0].profile",
    ]


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_an_invalid_document_changes_nothing(case: str, tmp_path: Path, db_path: Path) -> None:
    other = minimal_document(id="other")
    assert main(["--db", str(db_path), "import", str(write_json(tmp_path / "other.json", other))]) == 0
    before = _state(db_path)
    mutate, _path, _words = BAD_DOCUMENTS[case]
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "bad.json", _broken(mutate)))]) == 1
    )
    assert _state(db_path) == before


def test_a_failure_inside_the_database_rolls_the_whole_import_back(workspace: Workspace) -> None:
    first = check_document(minimal_document(id="first"))
    # The second account passes the document checks but breaks a database constraint
    # (a committee member of a stakeholder id that the database has never seen).
    second = check_document(minimal_document(id="second"))
    second["accounts"][0]["pursuits"][0]["committee"][0]["stance"] = 99
    document = {**first, "accounts": first["accounts"] + second["accounts"]}
    with pytest.raises(Exception, match="stance"):
        import_document(workspace, document)
    assert workspace.repos.accounts.list() == []


def test_importing_an_existing_account_needs_replace(workspace: Workspace) -> None:
    document = check_document(minimal_document())
    import_document(workspace, document)
    with pytest.raises(ImportConflictError, match="acme"):
        import_document(workspace, document)
    renamed = copy.deepcopy(document)
    renamed["accounts"][0]["name"] = "Acme Holdings"
    summary = import_document(workspace, renamed, replace=True)
    assert summary.replaced == 1
    assert [a.name for a in workspace.repos.accounts.list()] == ["Acme Holdings"]


def test_export_then_import_gives_back_the_same_document(workspace: Workspace, tmp_path: Path) -> None:
    original = check_document(minimal_document())
    import_document(workspace, original)
    exported = export_document(workspace)
    assert {k: v for k, v in exported.items() if k not in ("exported_at", "generator")} == original

    again = open_workspace(str(tmp_path / "again.db"))
    import_document(again, load_document(write_json(tmp_path / "exported.json", exported)))
    second = export_document(again)
    again.close()
    assert second["accounts"] == exported["accounts"]


def test_null_fields_are_read_as_absent() -> None:
    document = minimal_document()
    document["accounts"][0]["stakeholders"][0]["reports_to"] = None
    document["accounts"][0]["website"] = None
    assert check_document(document) == check_document(minimal_document())


def test_a_byte_order_mark_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + json.dumps(minimal_document()).encode()
    assert parse_document(data)["accounts"][0]["id"] == "acme"


def test_problems_in_later_accounts_carry_their_full_path() -> None:
    document = minimal_document()
    second = copy.deepcopy(document["accounts"][0])
    second["id"] = "globex"
    second["pursuits"][0]["committee"][1]["influence"] = 0
    document["accounts"].append(second)
    document["generator"] = 42
    with pytest.raises(InterchangeError) as caught:
        check_document(document)
    assert [str(p) for p in caught.value.problems] == [
        "$.accounts[1].pursuits[0].committee[1].influence: influence 0 is out of range (1 to 5)",
        "$.generator: generator must be string, not 42",
    ]


def test_a_version_1_file_imports_and_exports_as_version_2(workspace: Workspace, tmp_path: Path) -> None:
    old = {**minimal_document(), "version": 1}
    path = write_json(tmp_path / "old.json", old)
    import_document(workspace, load_document(path))
    exported = export_document(workspace)
    assert exported["version"] == 2
    assert exported["accounts"] == check_document({**old, "version": 2})["accounts"]
