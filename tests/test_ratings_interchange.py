"""Colleagues' ratings travel in interchange files (version 2, `accounts[].ratings`): exported with
each rater's id and name, checked, imported into another workspace as they were, kept by a
re-import with --replace; a version 1 file still imports with none; a rating naming a stranger, a
pursuit its person does not sit on, or a value off its scale is refused at its path. The analysis
JSON and report carry the largest disagreements. No Qt."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import InterchangeError, check_document, load_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace
from tests.conftest import write_json
from tests.rater_views import IDS, RATERS, SHARP, rated_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def _views(workspace: Workspace) -> list[tuple[Any, ...]]:
    """Every rating by file ids (database ids differ between workspaces)."""
    keys = {s.id: s.key for s in workspace.repos.stakeholders.for_account(1)}
    return [
        (keys[r.stakeholder_id], r.pursuit_id is None, r.field, r.value, r.rater_id, r.rater_name, r.day)
        for r in workspace.repos.ratings.for_account(1)
    ]


def test_ratings_go_out_and_come_back_as_they_were(workspace: Workspace, tmp_path: Path) -> None:
    document = rated_document()
    import_document(workspace, check_document(copy.deepcopy(document)))
    assert len(_views(workspace)) == len(document["accounts"][0]["ratings"])

    exported = export_document(workspace)
    ratings = exported["accounts"][0]["ratings"]
    assert sorted(map(json.dumps, ratings)) == sorted(map(json.dumps, document["accounts"][0]["ratings"]))
    assert {r["rater"]["name"] for r in ratings} == {name for name, _bias in RATERS}  # 김지우, رضا احمدی…
    path = write_json(tmp_path / "rated.json", exported)
    again = open_workspace(str(tmp_path / "again.db"))
    try:
        import_document(again, load_document(path))  # checked against the version 2 schema first
        assert _views(again) == _views(workspace)
        import_document(again, load_document(path), replace=True)
        assert _views(again) == _views(workspace)
    finally:
        again.close()


def test_a_version_1_file_still_imports_and_exports_no_ratings(workspace: Workspace, tmp_path: Path) -> None:
    old = {**rated_document(), "version": 1}
    del old["accounts"][0]["ratings"]  # a version 1 file of the same account, as older releases wrote it
    import_document(workspace, load_document(write_json(tmp_path / "nordhavn-v1.json", old)))
    assert workspace.repos.ratings.for_account(1) == []
    assert all("ratings" not in account for account in export_document(workspace)["accounts"])


@pytest.mark.parametrize(
    ("rating", "path", "said"),
    [
        ({"stakeholder": "s-404"}, "ratings[0].stakeholder", "no stakeholder with id 's-404'"),
        ({"value": 3}, "ratings[0].value", "a stance is a whole number from -2 to 2, not 3"),
        ({"pursuit": "nowhere"}, "ratings[0].pursuit", "no pursuit with id 'nowhere'"),
        ({"stakeholder": "s-15"}, "ratings[0].stakeholder", "'s-15' is not on the committee"),
        ({"field": "profile", "value": "visionary"}, "ratings[0].value", None),
    ],
)
def test_a_rating_the_app_cannot_keep_is_refused_at_its_path(
    rating: dict[str, Any], path: str, said: str | None
) -> None:
    document = rated_document()
    first = document["accounts"][0]["ratings"][0]
    document["accounts"][0]["ratings"] = [{**first, **rating}]
    with pytest.raises(InterchangeError) as caught:
        check_document(document)
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith(f"$.accounts[0].{path}") for p in problems), problems
    if said:
        assert any(said in p for p in problems), problems


def test_the_analysis_names_the_largest_disagreements(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if db_path.exists():
        db_path.unlink()
    assert main(["--db", str(db_path), "import", str(write_json(tmp_path / "r.json", rated_document()))]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "analyze", "--json", "--as-of", "2026-12-01"]) == 0
    found = json.loads(capsys.readouterr().out)["disagreements"]
    committee = [m["stakeholder"] for m in rated_document()["accounts"][0]["pursuits"][0]["committee"]]
    sharpest = {committee[i] for i, ana, jiwoo in SHARP if abs(ana - jiwoo) == 4}
    assert sharpest <= {d["stakeholder"] for d in found[:3]}
    top = next(d for d in found if d["field"] == "stance")
    assert {v["rater_id"] for v in top["views"]} == set(IDS.values())
    assert top["size"] == 1.0 and top["agreed"] == "-2"  # the seat's own stance, which the score uses
    # Lowest view first; the other two colleagues' views are counted, not dropped.
    assert (
        top["sentence"]
        == "김지우 and Ana Lima see Øystein Kristiansen differently: stance −2 vs +2 (2 more views)"
    )

    assert main(["--db", str(db_path), "analyze", "--as-of", "2026-12-01"]) == 0
    report = capsys.readouterr().out
    assert "Colleagues see differently (the score uses the agreed values):" in report
    assert top["sentence"] in report
