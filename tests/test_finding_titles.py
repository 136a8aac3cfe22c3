"""What people read of an assessment, Qt-free: each finding by its title in the current language
(the codes stay in JSON), and score parts as whole points that add up to the score with the
penalties, in `consensus-app analyze` as in the window and the brief."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.finding_titles import FINDING_TITLES, finding_title, finding_titles
from consensus_app.core.analytics.results import Component
from consensus_app.core.analytics.shown_points import rounded_parts, shown_points
from consensus_app.core.enum_words import function_word
from consensus_app.i18n import use_language
from tests.acceptance_kit import nordlys_document
from tests.analytics_maps import TODAY
from tests.coach_committees import CASES
from tests.conftest import write_json

CODE = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)+\b")
# Every finding the analytics raise (tests/test_findings_languages.py lists them too).
ALL_CODES = {
    "NO_MOBILIZER", "FACTION_WITHOUT_MOBILIZER", "SINGLE_THREADED", "APPROVER_OPPOSED", "BLOCKER_RISK",
    "TALKER_HEAVY", "UNENGAGED_APPROVER", "STALE_ASSESSMENT", "LARGE_GROUP", "DIVERGENT_PRIORITIES",
    "JOURNEY_LAG", "LOOPING", "PLAN_STEP_OVERDUE", "CHAMPION_LEFT",
}  # fmt: skip


def test_every_finding_has_a_title_and_no_title_is_a_code() -> None:
    assert set(FINDING_TITLES) == ALL_CODES
    titles = [finding_title(code) for code in sorted(ALL_CODES)]
    assert len(set(titles)) == len(titles)  # two findings never read the same
    assert not [t for t in titles if CODE.search(t)]
    assert finding_title("APPROVER_OPPOSED") == "An approver doubts or opposes it"
    assert (
        finding_titles(["APPROVER_OPPOSED", "BLOCKER_RISK"])
        == "An approver doubts or opposes it, A blocker could stop it"
    )
    assert finding_title("SOMETHING_NEWER") == "SOMETHING_NEWER"  # a code without a title reads as itself


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_the_shown_parts_add_up_to_the_score_with_the_penalties(case) -> None:  # type: ignore[no-untyped-def]
    committee = case()
    assessment = assess(committee.pursuit_map, TODAY, committee.themes)
    parts = shown_points(assessment)
    penalties = sum(d.points for d in assessment.deductions)
    if assessment.score > 0:  # below 0 the score stops at 0 and nothing can add up to it
        assert sum(parts) - penalties == assessment.score
    for part, component in zip(parts, assessment.components, strict=True):
        assert abs(part - component.points) < 1 and 0 <= part <= component.weight


def test_largest_remainders_get_the_points_back() -> None:
    # 16.9 + 16.5 + 19.1 + 0 + 15 + 5 = 72.5: each rounded alone, 17 + 17 + 19 + 0 + 15 + 5 = 73.
    parts = [Component(str(i), "", weight, points / weight, "") for i, (points, weight) in
             enumerate([(16.9, 25), (16.5, 22), (19.1, 21), (0.0, 12), (15.0, 15), (5.0, 5)])]  # fmt: skip
    assert rounded_parts(parts, 72) == [17, 16, 19, 0, 15, 5]
    assert rounded_parts(parts, 73) == [17, 17, 19, 0, 15, 5]


def test_analyze_reads_titles_and_parts_that_add_up_while_json_keeps_codes(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = write_json(tmp_path / "nordlys.json", nordlys_document())  # 32 people, five scripts
    assert main(["--db", str(db_path), "import", str(document)]) == 0
    capsys.readouterr()
    assert main(["analyze", "--db", str(db_path), "--as-of", "2026-12-07"]) == 0
    report = capsys.readouterr().out
    assert not CODE.findall(report), CODE.findall(report)
    assert "[critical] An approver doubts or opposes it" in report
    assert main(["analyze", "--db", str(db_path), "--as-of", "2026-12-07", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "APPROVER_OPPOSED" in {f["code"] for f in result["findings"]}
    # Each component's line: "  Support     17 / 25  …"; each penalty's: "  −15 Opposition (…)".
    parts = [int(p) for p in re.findall(r"^  \S.*? +(\d+) / \d+ ", report, re.MULTILINE)]
    penalties = [int(p) for p in re.findall(r"^  −(\d+)", report, re.MULTILINE)]
    assert len(parts) == 6 and penalties
    assert sum(parts) - sum(penalties) == result["score"]
    assert f"{result['score']}/100" in report


def test_functions_read_as_the_committee_table_reads_them_in_each_language() -> None:
    with use_language("en"):
        assert [function_word(f) for f in ("it", "hr", "finance", "customer_service")] == [
            "IT", "HR", "finance", "customer service"
        ]  # fmt: skip
    with use_language("fa"):
        persian = function_word("it")
        assert persian not in ("it", "IT") and any("\u0600" <= c <= "\u06ff" for c in persian)
