"""DIVERGENT_PRIORITIES shows what it compared: the weightiest pairs of functions, each side's
statements in its speakers' own words with the theme each fell in, and why they count as apart."""

from __future__ import annotations

from dataclasses import replace

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.facts import PriorityTheme, Voiced
from consensus_app.core.analytics.results import Finding
from consensus_app.core.analytics.whatif import RemoveMember, what_if
from consensus_app.core.pursuit_map import EdgeKind
from models import Function, Profile
from tests.analytics_maps import TODAY, committee, person

F = Function
NAMES = {
    1: "Sara Lindqvist",
    2: "김민준",
    3: "Reza Ahmadi",
    4: "佐藤 美咲",
    5: "Kari Nordmann",
    6: "Budi Santoso",
}
SAID = {
    1: [("Keep the project inside this year's budget", "budget"), ("Fewer invoices to approve", None)],
    2: [
        ("생산 라인이 갑자기 멈추는 일을 줄이고 싶다", "line stops"),
        ("야간 근무 인력을 줄이고 싶다", None),
        ("third", None),
    ],
    3: [("داده‌های تولید باید در کشور بماند", None)],
    4: [("監査に耐えられる記録を残したい", None)],
    5: [("Fewer sudden stops on the packing line", "line stops")],
    6: [("Satu dasbor untuk semua pabrik", None)],
}


def _finding() -> Finding:
    nodes = [
        person(1, function=F.FINANCE, approver=True, influence=5, stance=1, profile=Profile.GO_GETTER),
        person(2, function=F.ENGINEERING, approver=True, influence=4),
        person(3, function=F.LEGAL, approver=True, influence=3),
        person(4, function=F.SECURITY, influence=4),
        person(5, function=F.OPERATIONS, influence=2),  # shares a theme with Engineering, weighs in little
        person(6, function=F.IT, influence=4),
    ]
    nodes = [replace(n, name=NAMES[n.stakeholder_id]) for n in nodes]
    pursuit_map = committee(nodes, [(1, i, EdgeKind.ALLIES) for i in range(2, 7)])
    themes = [
        PriorityTheme("budget", frozenset({1})),
        PriorityTheme("line stops", frozenset({2, 5})),
    ]
    voiced = Voiced({sid: len(s) for sid, s in SAID.items()}, SAID)
    result = assess(pursuit_map, TODAY, themes, voiced)
    return next(f for f in result.findings if f.code == "DIVERGENT_PRIORITIES")


def test_the_weightiest_pairs_carry_their_words_and_the_rest_are_counted() -> None:
    finding = _finding()
    # Five deciding functions (Operations weighs in too little): ten pairs, none sharing a theme.
    assert len(finding.compared) == 3 and finding.compared_more == 7
    first = finding.compared[0]
    # Both sides sign off first, then by weight: Finance (5×2) with Engineering (4×2).
    assert (first.first.function, first.second.function) == ("engineering", "finance")
    assert first.both_sign_off and first.weight == 18
    assert all(p.both_sign_off for p in finding.compared)  # Legal signs off too
    engineering, finance = first.first, first.second
    # In the speaker's own words, named, at most two statements each, themed ones first.
    assert [(s.name, s.text, s.theme) for s in engineering.said] == [
        ("김민준", "생산 라인이 갑자기 멈추는 일을 줄이고 싶다", "line stops"),
        ("김민준", "야간 근무 인력을 줄이고 싶다", None),
    ]
    assert finance.said[0].text == "Keep the project inside this year's budget"
    assert first.why == (
        "Engineering: “line stops”; Finance: “budget”. "
        "No theme its members agree on holds statements of both."
    )
    legal = next(p for p in finding.compared if "legal" in (p.first.function, p.second.function))
    side = legal.first if legal.first.function == "legal" else legal.second
    assert [s.text for s in side.said] == ["داده‌های تولید باید در کشور بماند"]
    assert side.themes == ()


def test_a_shared_theme_takes_the_pair_out_and_counts_of_words_stay_out_of_equality() -> None:
    finding = _finding()
    pairs = {(p.first.function, p.second.function) for p in finding.compared}
    assert ("engineering", "operations") not in pairs  # they share "line stops"
    # The evidence does not make a finding another one (what-if compares problems and people).
    assert finding == replace(finding, compared=(), compared_more=0)


def test_what_if_keeps_the_words_of_who_is_left() -> None:
    nodes = [
        person(1, function=F.FINANCE, approver=True, influence=5, stance=1, profile=Profile.GO_GETTER),
        person(2, function=F.ENGINEERING, approver=True, influence=4),
        person(3, function=F.LEGAL, approver=True, influence=3),
    ]
    pursuit_map = committee(nodes, [(1, 2, EdgeKind.ALLIES), (1, 3, EdgeKind.ALLIES)])
    voiced = Voiced({1: 2, 2: 3, 3: 1}, {k: SAID[k] for k in (1, 2, 3)})
    result = what_if(pursuit_map, [RemoveMember(3)], TODAY, [PriorityTheme("budget", frozenset({1}))], voiced)
    after = next(f for f in result.after.findings if f.code == "DIVERGENT_PRIORITIES")
    assert [(p.first.function, p.second.function) for p in after.compared] == [("engineering", "finance")]
    assert after.compared_more == 0


def test_without_words_the_pairs_are_still_compared() -> None:
    """A caller with counts only (an older export path) still gets the pairs and why."""
    nodes = [
        person(1, function=F.FINANCE, approver=True, influence=5),
        person(2, function=F.IT, approver=True, influence=4),
    ]
    result = assess(committee(nodes, [(1, 2, EdgeKind.ALLIES)]), TODAY, [], {1: 1, 2: 1})
    finding = next(f for f in result.findings if f.code == "DIVERGENT_PRIORITIES")
    assert finding.compared[0].first.said == () and "Neither Finance's nor IT's" in finding.compared[0].why
