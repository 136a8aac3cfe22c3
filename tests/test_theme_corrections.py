"""The seller corrects themes: move, merge, split, rename, "not a theme" — stored per account,
undoable, and kept when the committee is themed again (new statements join by similarity)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consensus_app.core.interchange import InterchangeError, check_document
from consensus_app.core.portfolio_themes import PortfolioFilter, portfolio_statements, portfolio_themes
from consensus_app.core.themes.corrections import theme_ref
from consensus_app.core.themes.pursuit import PursuitThemes, ThemeCoverage, analyse_pursuit
from consensus_app.exporters.interchange_json import export_document
from consensus_app.operations import edits
from consensus_app.operations.operation import Ledger, Operation
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConstraintError
from consensus_app.storage.priority_vectors import PriorityVectorRepository
from consensus_app.storage.workspace import Workspace, open_workspace
from models import Function, PriorityKind
from models.theme_corrections import CorrectedTheme, ThemePin
from tests.theme_accounts import committee_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def nordhavn(workspace: Workspace) -> Iterator[Workspace]:
    import_document(workspace, check_document(committee_document()))
    yield workspace


def _account(ws: Workspace) -> int:
    return ws.repos.accounts.list()[0].id


def _analyse(ws: Workspace) -> PursuitThemes:
    snapshot = ws.repos.accounts.snapshot(_account(ws))
    return analyse_pursuit(snapshot, snapshot.pursuits[0].id, vectors=PriorityVectorRepository(ws))


def _run(ws: Workspace, operation: Operation | None) -> Operation:
    assert operation is not None
    operation.apply(Ledger(ws, Versions(), lambda _conflict: True))
    return operation


def _undo(ws: Workspace, operation: Operation) -> None:
    operation.revert(Ledger(ws, Versions(), lambda _conflict: True))


def _texts(themes: PursuitThemes, coverage: ThemeCoverage) -> set[str]:
    text = {p.id: p.text for p in themes.priorities}
    return {text[pid] for pid in (*coverage.priorities, *coverage.loose)}


def _holding(themes: PursuitThemes, statement: str) -> ThemeCoverage:
    return next(c for c in themes.coverage if statement in _texts(themes, c))


def _id_of(themes: PursuitThemes, statement: str) -> int:
    return next(p.id for p in themes.priorities if p.text == statement)


def _rows(ws: Workspace) -> tuple[int, int]:
    with ws.read() as session:
        themes = session.execute(select(func.count()).select_from(CorrectedTheme)).scalar_one()
        pins = session.execute(select(func.count()).select_from(ThemePin)).scalar_one()
    return themes, pins


MAINTENANCE = "Predict engine failures before they happen"
DOWNTIME = "Less server downtime"
CAPEX = [
    "Keep capex flat through 2027",
    "No new capital spending before 2027",
    "Investeringsbudsjettet skal ikke øke",
    "Stay within the approved investment budget",
]
NORWEGIAN_DATA = "Skipsdata skal lagres i Europa"
DATA = "Vessel data must stay in the EU"


def test_merging_two_themes_keeps_them_one_and_undo_parts_them_again(nordhavn: Workspace) -> None:
    before = _analyse(nordhavn)
    keep, other = _holding(before, MAINTENANCE), _holding(before, DOWNTIME)
    assert keep is not other  # the engine split engine failures from downtime
    joined = _texts(before, keep) | _texts(before, other)
    merge = _run(
        nordhavn, edits.merge_themes(nordhavn.repos, _account(nordhavn), theme_ref(keep), theme_ref(other))
    )
    after = _analyse(nordhavn)
    merged = _holding(after, MAINTENANCE)
    assert _texts(after, merged) == joined and merged.theme.label == keep.theme.label
    assert merged.theme.corrected and merged.theme.cohesive
    assert len(after.coverage) == len(before.coverage) - 1
    assert _rows(nordhavn) == (1, len(joined))  # one corrected theme, its statements pinned
    assert merge.text == f"Merge “{other.theme.label}” into “{keep.theme.label}”"

    _undo(nordhavn, merge)
    assert _rows(nordhavn) == (0, 0)
    again = _analyse(nordhavn)
    assert _holding(again, MAINTENANCE) is not _holding(again, DOWNTIME)


def test_a_split_off_theme_keeps_its_name_and_a_new_statement_joins_it(nordhavn: Workspace) -> None:
    before = _analyse(nordhavn)
    cost = _holding(before, CAPEX[0])
    assert len(_texts(before, cost)) > len(CAPEX)  # capex and operating cost in one theme
    moved = [_id_of(before, text) for text in CAPEX]
    account = _account(nordhavn)
    _run(nordhavn, edits.split_theme(nordhavn.repos, account, theme_ref(cost), moved, "Capital spending"))
    after = _analyse(nordhavn)
    capital = _holding(after, CAPEX[0])
    assert capital.theme.label == "Capital spending" and _texts(after, capital) == set(CAPEX)
    assert _texts(after, _holding(after, "Cut our operating costs")) == _texts(before, cost) - set(CAPEX)

    # Themed again with a statement that was not there: it joins the corrected theme it is like.
    person = nordhavn.repos.stakeholders.for_account(account)[3]
    nordhavn.repos.priorities.create(
        account_id=account, stakeholder_id=person.id, text="Freeze capital expenditure until 2027",
        kind=PriorityKind.GOAL,
    )  # fmt: skip
    later = _analyse(nordhavn)
    capital = _holding(later, CAPEX[0])
    assert capital.theme.label == "Capital spending"
    assert _texts(later, capital) == {*CAPEX, "Freeze capital expenditure until 2027"}


def test_a_moved_statement_stays_where_the_seller_put_it(nordhavn: Workspace) -> None:
    before = _analyse(nordhavn)
    assert _holding(before, NORWEGIAN_DATA) is not _holding(before, DATA)  # grouped by language
    target = theme_ref(_holding(before, DATA))
    statement = _id_of(before, NORWEGIAN_DATA)
    _run(nordhavn, edits.move_statement(nordhavn.repos, _account(nordhavn), statement, target))
    after = _analyse(nordhavn)
    data = _holding(after, DATA)
    assert NORWEGIAN_DATA in _texts(after, data) and statement in data.priorities  # counted, not loose
    assert _texts(after, data) == _texts(before, _holding(before, DATA)) | {NORWEGIAN_DATA}
    corrections = nordhavn.repos.theme_corrections.for_account(_account(nordhavn))
    assert corrections.pins[statement] == data.theme.key


def test_not_a_theme_leaves_its_statements_unthemed_and_out_of_the_bridges(nordhavn: Workspace) -> None:
    before = _analyse(nordhavn)
    norwegian = _holding(before, NORWEGIAN_DATA)
    texts = _texts(before, norwegian)
    _run(nordhavn, edits.set_not_a_theme(nordhavn.repos, _account(nordhavn), theme_ref(norwegian)))
    after = _analyse(nordhavn)
    text = {p.id: p.text for p in after.priorities}
    assert texts <= {text[pid] for pid in after.unthemed}
    assert not any(texts & _texts(after, c) for c in after.coverage)
    assert all(not texts & _texts(after, b.coverage) for b in after.bridges)


def test_a_renamed_theme_is_named_so_in_the_bridges(nordhavn: Workspace) -> None:
    before = _analyse(nordhavn)
    fuel = _holding(before, "Cut fuel cost per voyage")
    rename = _run(
        nordhavn,
        edits.rename_theme(nordhavn.repos, _account(nordhavn), theme_ref(fuel), " Fuel  per voyage "),
    )
    after = _analyse(nordhavn)
    assert _holding(after, "Cut fuel cost per voyage").theme.label == "Fuel per voyage"
    assert "Fuel per voyage" in [b.coverage.theme.label for b in after.bridges]
    assert rename.text == f"Rename “{fuel.theme.label}” to “Fuel per voyage”"
    # Renaming it again changes the same corrected theme (its key stays).
    again = theme_ref(_holding(after, "Cut fuel cost per voyage"))
    _run(nordhavn, edits.rename_theme(nordhavn.repos, _account(nordhavn), again, "Bunker spend"))
    assert _rows(nordhavn)[0] == 1
    assert _holding(_analyse(nordhavn), "Cut fuel cost per voyage").theme.label == "Bunker spend"


def test_bad_corrections_are_refused_with_a_reason(nordhavn: Workspace) -> None:
    themes = _analyse(nordhavn)
    ref = theme_ref(_holding(themes, CAPEX[0]))
    account = _account(nordhavn)
    with pytest.raises(ConstraintError, match="must not be empty"):
        edits.rename_theme(nordhavn.repos, account, ref, "   ")
    with pytest.raises(ConstraintError, match="statements that go and statements that stay"):
        edits.split_theme(nordhavn.repos, account, ref, list(ref.priority_ids), "All of it")
    with pytest.raises(ConstraintError, match=r"a theme.s name .*U\+0000"):
        edits.rename_theme(nordhavn.repos, account, ref, "Fuel\x00")
    with pytest.raises(ConstraintError, match="at most 200"):
        edits.rename_theme(nordhavn.repos, account, ref, "x" * 201)
    assert _rows(nordhavn) == (0, 0)  # nothing refused was written
    # A correction that changes nothing is no edit (nothing lands on the undo stack).
    _run(nordhavn, edits.rename_theme(nordhavn.repos, account, ref, "Budget"))
    renamed = theme_ref(_holding(_analyse(nordhavn), CAPEX[0]))
    assert edits.rename_theme(nordhavn.repos, account, renamed, "Budget") is None
    assert edits.move_statement(nordhavn.repos, account, renamed.priority_ids[0], renamed) is None


def test_deleting_a_pinned_statement_and_undoing_it_brings_its_pin_back(nordhavn: Workspace) -> None:
    themes = _analyse(nordhavn)
    data = theme_ref(_holding(themes, DATA))
    statement = _id_of(themes, NORWEGIAN_DATA)
    _run(nordhavn, edits.move_statement(nordhavn.repos, _account(nordhavn), statement, data))
    pins = _rows(nordhavn)[1]
    gone = _run(nordhavn, edits.delete("priority", statement, "Remove a priority"))
    assert _rows(nordhavn)[1] == pins - 1
    _undo(nordhavn, gone)
    assert _rows(nordhavn)[1] == pins
    assert NORWEGIAN_DATA in _texts(_analyse(nordhavn), _holding(_analyse(nordhavn), DATA))


def test_corrections_travel_in_the_interchange_file_and_a_version_1_file_still_imports(
    nordhavn: Workspace, tmp_path: Path
) -> None:
    themes = _analyse(nordhavn)
    account = _account(nordhavn)
    cost = _holding(themes, CAPEX[0])
    moved = [_id_of(themes, text) for text in CAPEX]
    _run(nordhavn, edits.split_theme(nordhavn.repos, account, theme_ref(cost), moved, "Capital spending"))
    _run(nordhavn, edits.move_statement(nordhavn.repos, account, _id_of(themes, DATA), None))
    norwegian = theme_ref(_holding(themes, NORWEGIAN_DATA))
    _run(nordhavn, edits.set_not_a_theme(nordhavn.repos, account, norwegian))
    document = export_document(nordhavn)
    part = document["accounts"][0]["theme_corrections"]
    assert document["version"] == 2 and part["unthemed"] == [_key_of(nordhavn, DATA)]
    assert [t.get("name") for t in part["themes"]].count("Capital spending") == 1
    assert any(t.get("not_a_theme") for t in part["themes"])

    copy = open_workspace(str(tmp_path / "copy.db"), actor="tester")
    try:
        import_document(copy, check_document(json.loads(json.dumps(document))))
        assert _corrections_by_key(copy) == _corrections_by_key(nordhavn)
        again = _analyse(copy)
        assert _holding(again, CAPEX[0]).theme.label == "Capital spending"
        assert export_document(copy)["accounts"][0]["theme_corrections"] == part  # round trip, unchanged
    finally:
        copy.close()

    older = open_workspace(str(tmp_path / "older.db"), actor="tester")
    try:
        version_1 = committee_document()
        assert version_1["version"] == 1 and "theme_corrections" not in version_1["accounts"][0]
        import_document(older, check_document(version_1))
        assert not older.repos.theme_corrections.for_account(_account(older))
        assert "theme_corrections" not in export_document(older)["accounts"][0]
    finally:
        older.close()


@pytest.mark.engines("sqlite")
def test_a_file_whose_corrections_name_no_statement_is_refused_at_that_place() -> None:
    document = committee_document()
    document["accounts"][0]["theme_corrections"] = {
        "themes": [
            {"id": "theme-a", "name": "Fuel", "statements": ["p-0", "p-404"]},
            {"id": "theme-a", "statements": ["p-1"]},
        ],
        "unthemed": ["p-0"],
    }
    with pytest.raises(InterchangeError) as refused:
        check_document(document, "nordhavn.json")
    text = refused.value.details()
    assert "nordhavn.json" in text
    assert "$.accounts[0].theme_corrections.themes[0].statements[1]: unknown priority 'p-404'" in text
    assert "$.accounts[0].theme_corrections.themes[1].id: duplicate theme id 'theme-a'" in text
    assert "$.accounts[0].theme_corrections.unthemed[0]: 'p-0' is already placed at" in text


def _key_of(ws: Workspace, text: str) -> str:
    return next(p.key for p in ws.repos.priorities.list_where(account_id=_account(ws)) if p.text == text)


def _corrections_by_key(ws: Workspace) -> tuple[set[tuple[str, str | None, bool]], dict[str, str | None]]:
    held = ws.repos.theme_corrections.for_account(_account(ws))
    keys = {p.id: p.key for p in ws.repos.priorities.list_where(account_id=_account(ws))}
    return (
        {(t.key, t.name, t.not_a_theme) for t in held.themes},
        {keys[pid]: theme for pid, theme in held.pins.items()},
    )


def test_the_portfolio_themes_the_accounts_statements_with_their_corrections(nordhavn: Workspace) -> None:
    themes = _analyse(nordhavn)
    account = _account(nordhavn)
    cost = _holding(themes, CAPEX[0])
    moved = [_id_of(themes, text) for text in CAPEX]
    _run(nordhavn, edits.split_theme(nordhavn.repos, account, theme_ref(cost), moved, "Capital spending"))
    _run(
        nordhavn, edits.set_not_a_theme(nordhavn.repos, account, theme_ref(_holding(themes, NORWEGIAN_DATA)))
    )
    snapshot = nordhavn.repos.accounts.snapshot(account)
    statements = portfolio_statements([snapshot], PortfolioFilter())
    found = portfolio_themes(statements, vectors=PriorityVectorRepository(nordhavn))
    capital = next(t for t in found if t.label == "Capital spending")
    assert {phrase for phrases in capital.functions.values() for phrase in phrases} == set(CAPEX)
    assert capital.size == len(CAPEX)
    norwegian = _texts(themes, _holding(themes, NORWEGIAN_DATA))
    assert not any(norwegian & {p for ps in t.functions.values() for p in ps} for t in found)


def test_a_colleagues_correction_on_the_same_server_reaches_this_window(
    nordhavn: Workspace, db_url: str
) -> None:
    colleague = open_workspace(db_url, actor="kari")
    try:
        themes = _analyse(colleague)
        fuel = theme_ref(_holding(themes, "Cut fuel cost per voyage"))
        _run(colleague, edits.rename_theme(colleague.repos, _account(colleague), fuel, "Bunker spend"))
    finally:
        colleague.close()
    assert _holding(_analyse(nordhavn), "Cut fuel cost per voyage").theme.label == "Bunker spend"
    entry = nordhavn.repos.changes.after(0, _account(nordhavn))[-1]
    assert (entry.actor, entry.entity) == ("kari", "theme")
    assert entry.summary == f"Rename “{fuel.label}” to “Bunker spend”"


def test_undoing_a_merge_of_a_renamed_theme_brings_it_back_with_its_name(nordhavn: Workspace) -> None:
    account = _account(nordhavn)
    before = _analyse(nordhavn)
    _run(
        nordhavn, edits.rename_theme(nordhavn.repos, account, theme_ref(_holding(before, DOWNTIME)), "Uptime")
    )
    renamed = _analyse(nordhavn)
    keep, other = theme_ref(_holding(renamed, MAINTENANCE)), theme_ref(_holding(renamed, DOWNTIME))
    merge = _run(nordhavn, edits.merge_themes(nordhavn.repos, account, keep, other))
    assert _rows(nordhavn)[0] == 1  # "Uptime" went into the kept theme
    assert "Uptime" not in [c.theme.label for c in _analyse(nordhavn).coverage]
    _undo(nordhavn, merge)
    again = _analyse(nordhavn)
    assert _holding(again, DOWNTIME).theme.label == "Uptime"
    assert _texts(again, _holding(again, DOWNTIME)) == _texts(renamed, _holding(renamed, DOWNTIME))
    assert _rows(nordhavn) == (1, len(other.priority_ids))


def test_divergent_priorities_and_the_review_brief_follow_the_corrections(nordhavn: Workspace) -> None:
    from datetime import date

    from consensus_app.core.analytics.assessment import assess
    from consensus_app.core.analytics.themes_link import priority_themes
    from consensus_app.core.cancellable import CancellableRun
    from consensus_app.core.pursuit_map import build_pursuit_map
    from consensus_app.exporters.review_parts import gather_review_parts

    account = _account(nordhavn)

    def findings() -> set[str]:
        snapshot = nordhavn.repos.accounts.snapshot(account)
        themes = _analyse(nordhavn)
        pursuit_map = build_pursuit_map(snapshot, snapshot.pursuits[0].id)
        return {f.code for f in assess(pursuit_map, date(2026, 12, 7), *priority_themes(themes)).findings}

    assert "DIVERGENT_PRIORITIES" not in findings()  # every pair of functions shares a theme
    themes = _analyse(nordhavn)
    norwegian = _holding(themes, NORWEGIAN_DATA)  # the only theme marketing shares with procurement
    _run(nordhavn, edits.set_not_a_theme(nordhavn.repos, account, theme_ref(norwegian)))
    after = _analyse(nordhavn)
    assert (Function.MARKETING, Function.PROCUREMENT) in after.unshared_functions
    assert "DIVERGENT_PRIORITIES" in findings()

    _run(
        nordhavn,
        edits.rename_theme(nordhavn.repos, account, theme_ref(_holding(after, DATA)), "Data stays in Europe"),
    )
    pursuit_id = nordhavn.repos.accounts.snapshot(account).pursuits[0].id
    parts = gather_review_parts(
        nordhavn,
        pursuit_id,
        since=date(2026, 1, 1),
        today=date(2026, 12, 7),
        layout="org",
        committee_only=True,
        run=CancellableRun(None, None),
    )
    assert "Data stays in Europe" in [b.coverage.theme.label for b in parts.themes.bridges]


def test_corrections_can_be_taken_back_another_day_without_the_undo_stack(nordhavn: Workspace) -> None:
    account = _account(nordhavn)
    before = _analyse(nordhavn)
    fuel = _holding(before, "Cut fuel cost per voyage")
    _run(nordhavn, edits.rename_theme(nordhavn.repos, account, theme_ref(fuel), "Bunker spend"))
    renamed = theme_ref(_holding(_analyse(nordhavn), "Cut fuel cost per voyage"))
    forget = _run(nordhavn, edits.forget_theme(nordhavn.repos, account, renamed))
    assert forget.text == "Let the app group “Bunker spend” again" and _rows(nordhavn) == (0, 0)
    assert _holding(_analyse(nordhavn), "Cut fuel cost per voyage").theme.label == fuel.theme.label

    norwegian = _holding(before, NORWEGIAN_DATA)
    _run(nordhavn, edits.set_not_a_theme(nordhavn.repos, account, theme_ref(norwegian)))
    _run(nordhavn, edits.move_statement(nordhavn.repos, account, _id_of(before, DATA), None))
    aside = _analyse(nordhavn)
    assert set(aside.set_aside) == {*theme_ref(norwegian).priority_ids, _id_of(before, DATA)}
    back = _run(nordhavn, edits.put_back(nordhavn.repos, account, _id_of(before, NORWEGIAN_DATA)))
    assert back.text.endswith(" a theme again")  # the whole theme it was marked with comes back
    _run(nordhavn, edits.put_back(nordhavn.repos, account, _id_of(before, DATA)))
    after = _analyse(nordhavn)
    assert after.set_aside == [] and DATA in _texts(after, _holding(after, DATA))
    assert _texts(after, _holding(after, NORWEGIAN_DATA)) == _texts(before, norwegian)
    assert edits.put_back(nordhavn.repos, account, _id_of(before, DATA)) is None  # nothing left to undo
