"""The committee view keeps people this window adds, not everyone who arrives at the account."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> Iterator[MainWindow]:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.scene.pursuit_map is not None and bool(window.scene.pursuit_map.nodes))
    yield window
    window.close()


def shown(window: MainWindow) -> set[str]:
    assert window.scene.pursuit_map is not None
    return {n.name for n in window.scene.pursuit_map.nodes}


def test_people_a_colleague_adds_do_not_crowd_the_committee_view(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    before = shown(window)
    assert len(before) < 32  # the committee view of a large account
    account = workspace.repos.accounts.list()[0].id
    for n in range(40):  # a colleague (or an import on the command line) adds 40 people
        workspace.repos.stakeholders.create(account_id=account, key=f"new-{n}", name=f"Ingrid Berg {n}")
    window.live.reload()  # View > Reload
    assert window.controller.pursuit_map is not None and len(window.controller.pursuit_map.nodes) == 72
    assert shown(window) == before


def test_someone_added_in_this_window_stays_on_the_map_off_the_committee(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_person_action.trigger()  # Edit > New stakeholder
    qtbot.keyClicks(window.inspector.name, "Solveig Aas")
    window.inspector.add_button.click()
    assert "Solveig Aas" in shown(window)
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    seat = next(n.member_id for n in pursuit_map.nodes if n.name == "Solveig Aas")
    assert seat is not None
    window.controller.unseat(seat)
    assert "Solveig Aas" in shown(window)  # pinned: not a member now, still where the user put them
    assert not any(n.name == "Solveig Aas" and n.on_committee for n in window.controller.pursuit_map.nodes)
