"""The first window: accounts and pursuits on the left, the committee of the chosen pursuit."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from tests.conftest import minimal_document


def test_the_window_lists_accounts_and_shows_the_first_pursuits_committee(
    qtbot: QtBot, workspace: Workspace
) -> None:
    import_document(workspace, check_document(minimal_document()))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    account = window.navigator.topLevelItem(0)
    assert account.text(0) == "Acme Corp"
    assert account.child(0).text(0) == "Analytics platform · solution identification"
    rows = [window.committee.topLevelItem(i) for i in range(window.committee.topLevelItemCount())]
    assert [(r.text(0), r.text(4), r.text(5)) for r in rows] == [
        ("Lee Park", "✔", "skeptical"),
        ("Sam Okafor", "", "supportive"),
    ]
    assert "Analytics platform" in window.heading.text()


def test_an_empty_workspace_says_how_to_start(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.navigator.topLevelItemCount() == 0
    assert "No accounts yet" in window.heading.text()
