"""People leave, through the real window on the 32-person Nordlys account (Norwegian, Japanese,
Persian, Korean, Indonesian names): Edit ▸ Mark as left the company… (and the inspector's button,
and a card's right-click menu) asks first, showing what the group loses — readiness before → after,
findings raised and resolved — then keeps the person (faded, marked "left"), takes them off the
committee, raises CHAMPION_LEFT, and Edit ▸ Undo seats them again on the same seat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from consensus_app.core.people_import.mapping import guess_mapping
from consensus_app.core.people_import.planning import plan_import
from consensus_app.core.people_import.reading import read_table
from consensus_app.storage.people_import import apply_plan
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.mark_left import LeaveDialog
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
from models import Profile
from tests.acceptance_kit import (
    card,
    context_menu_choice,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    redo,
    select,
    settle,
    table_names,
    undo,
    window,  # noqa: F401 - fixture
)
from tests.crm_export import nordlys_rows, write_csv
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

CHAMPION = "Nur Aini"  # the champion: a supportive go-getter
SPONSOR = "Dewi Kusumawati"  # the executive sponsor stays
SKEPTIC = "佐藤 美咲"  # opposed (−2): leaving takes a problem away, not a champion


def _assessed(qtbot: QtBot, window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    """Once the assessment has the pursuit's themes too (DIVERGENT_PRIORITIES rests on them)."""
    panel, themes = window.assessment, window.insights.themes_service
    qtbot.waitUntil(
        lambda: (
            themes.pursuit_id == window.controller.pursuit_id
            and not themes.runner.busy
            and panel.assessment is not None
            and not panel.runner.busy
            and until()
        ),
        timeout=30_000,
    )


def _codes(window: MainWindow) -> dict[str, tuple[int, ...]]:
    assert window.assessment.assessment is not None
    return {f.code: f.stakeholders for f in window.assessment.assessment.findings}


def _answer(qtbot: QtBot, seen: list[LeaveDialog], accept: bool = True, days_ago: int = 0) -> None:
    """When the dialog opens: read its preview as the user would, then Mark as left or Cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LeaveDialog) or dialog.preview is None:
            QTimer.singleShot(20, answer)
            return
        if days_ago:
            dialog.day.setDate(QDate(dialog.day.date().addDays(-days_ago)))
        seen.append(dialog)
        dialog.snapshot = (  # type: ignore[attr-defined]
            dialog.windowTitle(),
            dialog.score.text(),
            [dialog.raised.item(i).text() for i in range(dialog.raised.count())],
            [dialog.resolved.item(i).text() for i in range(dialog.resolved.count())],
            dialog.kept.text(),
        )
        (dialog.confirm.click if accept else dialog.reject)()

    QTimer.singleShot(0, answer)


@covers("action:mark-left")
def test_marking_the_champion_as_left_previews_the_loss_keeps_them_faded_and_undo_seats_them_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    score_before = window.assessment.assessment.score  # type: ignore[union-attr]
    assert "CHAMPION_LEFT" not in _codes(window)
    champion = person_id(window, CHAMPION)
    seat_before = next(
        m for m in window.controller.repos.committee.for_pursuit(1) if m.stakeholder_id == champion
    )
    select(qtbot, window, CHAMPION)

    seen: list[LeaveDialog] = []
    _answer(qtbot, seen, days_ago=2)
    menu_action(window, "Edit", "mark-left").trigger()
    settle(window)
    title, score, raised, resolved, kept = seen[0].snapshot  # type: ignore[attr-defined]
    assert title == f"Mark {CHAMPION} as left the company"
    assert score.startswith(f"Readiness {score_before} → ") and "points)" in score
    assert any(line.startswith("Warning · A champion has left") and CHAMPION in line for line in raised)
    assert any(SPONSOR in line for line in raised)  # who can still carry it
    # A finding that only loses the leaver from its people is neither raised nor resolved.
    assert not any("Views not checked lately" in line for line in raised + resolved)
    assert "Taken off:</b> Fleet analytics" in kept

    # The database: the person stays with the day, their seat is kept as a former seat.
    left_on = date.today() - timedelta(days=2)
    assert window.controller.repos.stakeholders.get(champion).left_on == left_on
    assert champion not in {m.stakeholder_id for m in window.controller.repos.committee.for_pursuit(1)}
    [former] = window.controller.repos.former_seats.of_person(champion)
    assert (former.role.value, former.stance, former.left_on) == ("champion", 2, left_on)
    # What the user sees: the committee view no longer shows them; the whole account shows their
    # card faded and marked; the table has no row for them; the inspector says so and offers
    # nothing more; the assessment raises CHAMPION_LEFT.
    assert window.committee_view.committee_only() and card(window, CHAMPION) is None
    window.committee_view.everyone_action.trigger()
    settle(window)
    shown = card(window, CHAMPION)
    assert shown is not None and shown.left_on == left_on and not shown.on_committee
    item = next(i for i in window.scene.node_items() if i.node.name == CHAMPION)
    assert item.opacity_class() < 0.5
    assert CHAMPION not in table_names(window)
    assert window.committee.count_label.text() == "9 members"
    select(qtbot, window, CHAMPION)
    assert "Left the company on" in window.inspector.heading.text()
    assert not window.inspector.left_button.isEnabled() and not window.mark_left_action.isEnabled()
    _assessed(qtbot, window, lambda: "CHAMPION_LEFT" in _codes(window))
    assert _codes(window)["CHAMPION_LEFT"] == (champion,)
    assert window.assessment.assessment.score < score_before  # type: ignore[union-attr]

    assert undo(qtbot, window).replace("&", "") == f"Undo Mark {CHAMPION} as left the company"
    settle(window)
    again = window.controller.repos.committee.get(seat_before.id)
    assert again.model_dump(exclude={"version"}) == seat_before.model_dump(exclude={"version"})
    assert window.controller.repos.stakeholders.get(champion).left_on is None
    assert window.controller.repos.former_seats.of_person(champion) == []
    assert CHAMPION in table_names(window)
    _assessed(qtbot, window, lambda: "CHAMPION_LEFT" not in _codes(window))
    assert window.assessment.assessment.score == score_before  # type: ignore[union-attr]

    redo(qtbot, window)
    settle(window)
    _assessed(qtbot, window, lambda: "CHAMPION_LEFT" in _codes(window))


@covers("inspector:mark-left")
def test_cancel_changes_nothing_and_an_opposed_member_leaving_raises_no_champion_left(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    skeptic = person_id(window, SKEPTIC)
    select(qtbot, window, SKEPTIC)
    seen: list[LeaveDialog] = []
    _answer(qtbot, seen, accept=False)
    window.inspector.left_button.click()
    settle(window)
    assert seen and window.controller.repos.stakeholders.get(skeptic).left_on is None
    assert SKEPTIC in table_names(window)

    _answer(qtbot, seen)
    window.inspector.left_button.click()
    settle(window)
    _, score, raised, resolved, _ = seen[1].snapshot  # type: ignore[attr-defined]
    before, after = (int(n) for n in score.removeprefix("Readiness ").split(" (")[0].split(" → "))
    assert after >= before  # an opposed evaluator leaving costs the group nothing
    assert not any("CHAMPION_LEFT" in line for line in raised)
    assert any(SKEPTIC in line for line in resolved)  # the opposed technical evaluator's finding goes
    assert window.controller.repos.stakeholders.get(skeptic).left_on == date.today()
    _assessed(qtbot, window, lambda: all(skeptic not in who for who in _codes(window).values()))
    assert "CHAMPION_LEFT" not in _codes(window)


def test_a_cards_right_click_menu_marks_the_person_as_left(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sponsor = person_id(window, SPONSOR)
    settle(window)
    x, y = window.scene.node_positions()[sponsor]
    window.view.centerOn(x, y)
    at = window.view.mapFromScene(QPointF(x, y))
    seen: list[LeaveDialog] = []
    _answer(qtbot, seen)
    with context_menu_choice(monkeypatch, "mark-left"):
        window.view.customContextMenuRequested.emit(at)
    settle(window)
    assert seen and seen[0].windowTitle() == f"Mark {SPONSOR} as left the company"
    assert window.controller.repos.stakeholders.get(sponsor).left_on == date.today()
    _assessed(qtbot, window, lambda: "CHAMPION_LEFT" in _codes(window))
    assert "executive sponsor" in next(
        f.message
        for f in window.assessment.assessment.findings
        if f.code == "CHAMPION_LEFT"  # type: ignore[union-attr]
    )


def test_a_fresh_crm_export_only_proposes_and_the_ticked_people_are_marked_as_left_undoably(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = workspace.repos.accounts.create(key="nordlys", name="Nordlys Shipping ASA").id
    table = read_table(write_csv(tmp_path / "old.csv", nordlys_rows()))
    apply_plan(workspace, account, plan_import(table, guess_mapping(table.headers), []))
    people = {p.name: p.id for p in workspace.repos.stakeholders.for_account(account)}
    pursuit = workspace.repos.pursuits.create(account_id=account, name="Flåtestyring")
    for name, stance in (
        ("Leila Moradi", 2),
        ("Rizky Pratama", 1),
        ("Ingrid Solberg", 0),
        ("Takeshi Yamamoto", 1),
    ):
        workspace.repos.committee.create(pursuit_id=pursuit.id, stakeholder_id=people[name], stance=stance)
    workspace.repos.stakeholders.update(people["Leila Moradi"], profile=Profile.GO_GETTER)
    fresh = write_csv(tmp_path / "fresh.csv", [r for r in nordlys_rows() if r[1] not in ("Leila", "Rizky")])
    window = open_window(qtbot, workspace, settings)
    listed: list[str] = []

    def user(dialog: PeopleImportDialog) -> None:
        leavers = [dialog.missing.item(i) for i in range(dialog.missing.count())]
        listed.extend(i.text() for i in leavers)
        assert all(i.checkState() == Qt.CheckState.Unchecked for i in leavers)  # nothing automatic
        assert dialog.missing_action.currentText() == "Mark the ticked people as left the company"
        leavers[0].setCheckState(Qt.CheckState.Checked)
        dialog.import_button.click()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(fresh), ""))
    monkeypatch.setattr(PeopleImportDialog, "exec", lambda d: (user(d), int(d.result()))[1])
    window.import_action.trigger()
    assert listed == ["Leila Moradi · Contracts Manager", "Rizky Pratama · Service Desk Lead"]

    def left() -> dict[str, date | None]:
        return {p.name: p.left_on for p in workspace.repos.stakeholders.for_account(account) if p.left_on}

    qtbot.waitUntil(lambda: left() == {"Leila Moradi": date.today()}, timeout=20_000)
    assert len(workspace.repos.stakeholders.for_account(account)) == 32  # nobody removed
    seated = {m.stakeholder_id for m in workspace.repos.committee.for_pursuit(pursuit.id)}
    assert people["Leila Moradi"] not in seated and people["Rizky Pratama"] in seated
    assert undo(qtbot, window).replace("&", "") == "Undo Mark Leila Moradi as left the company"
    settle(window)
    assert left() == {}
    assert people["Leila Moradi"] in {
        m.stakeholder_id for m in workspace.repos.committee.for_pursuit(pursuit.id)
    }
