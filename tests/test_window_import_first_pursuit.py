"""A contact list imported into an empty workspace leads straight on: its new account is chosen in
the navigator and its first pursuit offered; File ▸ New pursuit… works with no account chosen; the
search finds the people of an account that has no pursuit yet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.dialogs import PursuitDialog
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.navigator import ACCOUNT_ROLE, PERSON_ROLE
from consensus_app.ui.people_import_dialog import PeopleImportDialog
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import menu_action, status
from tests.crm_export import ACCOUNT, nordlys_rows, write_csv
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture


def _import(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "consensus_app.ui.main_window.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path), "")
    )
    monkeypatch.setattr(PeopleImportDialog, "exec", lambda d: (d.import_button.click(), int(d.result()))[1])
    with qtbot.waitSignal(window.importer.sig_imported, timeout=20_000) as said:
        menu_action(window, "File", "import").trigger()
    assert said.args == [f"{path.name}: 32 new, 0 updated, 0 unchanged"]


def _pursuit_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, name: str | None) -> list[PursuitDialog]:
    """Each New pursuit dialog shown: given `name` and OK, or cancelled (None)."""
    shown: list[PursuitDialog] = []

    def exec_(dialog: PursuitDialog) -> int:
        shown.append(dialog)
        if name is None:
            dialog.reject()
        else:
            qtbot.keyClicks(dialog.name, name)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PursuitDialog, "exec", exec_)
    return shown


def _offered(qtbot: QtBot, window: MainWindow) -> PursuitDialog:
    """The first-pursuit dialog shown after the import (it does not block the window)."""
    found: list[PursuitDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(PursuitDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    assert found[0].objectName() == "first-pursuit-dialog"
    return found[0]


def _chosen_account(window: MainWindow) -> str:
    index = window.navigator.tree.currentIndex()
    assert index.data(ACCOUNT_ROLE) is not None and index.data(PERSON_ROLE) is None
    return str(window.navigator.model.itemFromIndex(window.navigator.proxy.mapToSource(index)).text())


def test_after_importing_contacts_into_an_empty_workspace_the_first_pursuit_is_offered(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, workspace, settings)
    _import(qtbot, window, monkeypatch, write_csv(tmp_path / "contacts.csv", nordlys_rows()))
    assert _chosen_account(window) == ACCOUNT
    dialog = _offered(qtbot, window)
    assert dialog.windowTitle() == f"First pursuit for {ACCOUNT}"
    qtbot.keyClicks(dialog.name, "Fleet analytics 2027")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=10_000)
    assert window.windowTitle() == f"{ACCOUNT} — Fleet analytics 2027 — Consensus"
    assert len(window.controller.pursuit_map.nodes) == 32  # type: ignore[union-attr]  # the map shows them
    account = workspace.repos.accounts.list()[0]
    assert [p.name for p in workspace.repos.pursuits.for_account(account.id)] == ["Fleet analytics 2027"]


def test_cancelling_the_first_pursuit_leaves_the_account_chosen_and_says_how_to_start(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, workspace, settings)
    _import(qtbot, window, monkeypatch, write_csv(tmp_path / "contacts.csv", nordlys_rows()))
    cancel = _offered(qtbot, window).buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert status(window) == (
        f"No pursuit yet for {ACCOUNT}: File ▸ New pursuit… starts mapping its committee."
    )
    assert _chosen_account(window) == ACCOUNT
    # The search finds the account's people although it has no pursuit to show them in yet.
    qtbot.keyClicks(window.navigator.search, "Solberg")
    proxy = window.navigator.proxy
    account_row = proxy.index(0, 0)
    found = [str(proxy.index(r, 0, account_row).data()) for r in range(proxy.rowCount(account_row))]
    assert found == ["Ingrid Solberg · Chief Executive Officer"]
    # Choosing that person offers the account's first pursuit.
    _pursuit_dialogs(monkeypatch, qtbot, "Fleet analytics 2027")
    tree = window.navigator.tree
    at = tree.visualRect(proxy.index(0, 0, account_row)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=10_000)
    assert window.windowTitle() == f"{ACCOUNT} — Fleet analytics 2027 — Consensus"
    account = workspace.repos.accounts.list()[0]
    assert [p.name for p in workspace.repos.pursuits.for_account(account.id)] == ["Fleet analytics 2027"]


def test_new_pursuit_with_no_account_chosen_asks_which_account(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, workspace, settings)
    _import(qtbot, window, monkeypatch, write_csv(tmp_path / "contacts.csv", nordlys_rows()))
    _offered(qtbot, window).reject()
    other = write_csv(tmp_path / "skagerrak.csv", nordlys_rows("Skagerrak Logistics AS"))
    _import(qtbot, window, monkeypatch, other)
    _offered(qtbot, window).reject()
    window.navigator.tree.setCurrentIndex(window.navigator.proxy.index(-1, -1))  # nothing chosen
    asked: list[list[str]] = []

    def which(_parent: object, _title: str, _label: str, names: list[str], *_a: object) -> tuple[str, bool]:
        asked.append(names)
        return "Skagerrak Logistics AS", True

    monkeypatch.setattr(QInputDialog, "getItem", which)
    shown = _pursuit_dialogs(monkeypatch, qtbot, "Port data hub")
    menu_action(window, "File", "new-pursuit").trigger()
    assert asked == [[ACCOUNT, "Skagerrak Logistics AS"]]
    assert len(shown) == 1
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=10_000)
    skagerrak = next(a for a in workspace.repos.accounts.list() if a.name == "Skagerrak Logistics AS")
    assert [p.name for p in workspace.repos.pursuits.for_account(skagerrak.id)] == ["Port data hub"]
    assert window.windowTitle().startswith("Skagerrak Logistics AS — Port data hub")


def test_the_map_says_the_account_has_no_pursuit_yet_and_its_button_creates_one(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, workspace, settings)
    _import(qtbot, window, monkeypatch, write_csv(tmp_path / "contacts.csv", nordlys_rows()))
    _offered(qtbot, window).reject()  # not now
    hint = window.accounts.hint
    assert hint.isVisible() and window.view.isAncestorOf(hint)
    assert f"No pursuit yet for {ACCOUNT}" in hint.text.text()
    _pursuit_dialogs(monkeypatch, qtbot, "Fleet analytics 2027")
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=10_000)
    assert not hint.isVisible()
    assert len(window.controller.pursuit_map.nodes) == 32  # type: ignore[union-attr]
    account = workspace.repos.accounts.list()[0]
    assert [p.name for p in workspace.repos.pursuits.for_account(account.id)] == ["Fleet analytics 2027"]
