"""Starting the window on a workspace opened before: a picture of the last map comes first, then the
real map replaces it; forgetting a person, or the workspace file going away, erases the picture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.map_previews import (
    cache_folder,
    describe,
    forget_previews,
    preview_files,
    preview_key,
    previews_folder,
    valid_preview,
)
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import WorkspaceOpening
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import stop_all as stop_all_tasks
from tests.acceptance_kit import card, select
from tests.window_fixtures import settings  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test() -> Iterator[None]:
    yield
    stop_all_tasks()  # as the app does when its window closes (the themes may still be working)


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "accounts.db"
    create_demo_workspace(path).close()
    return path


def start(
    qtbot: QtBot, settings: UiSettings, path: Path, tmp_path: Path
) -> tuple[MainWindow, WorkspaceOpening]:
    """The window as `consensus-app --db path` opens it: shown first, the workspace behind it."""
    window = MainWindow(WorkspaceController(), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    opening = WorkspaceOpening(window, str(path), None, demo=False, scratch=tmp_path)
    window.show()
    return window, opening


def wait_for_map(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=20_000)
    qtbot.waitUntil(
        lambda: len(window.scene.node_positions()) == len(window.controller.pursuit_map.nodes), timeout=10_000
    )


def first_map_names(window: MainWindow) -> set[str]:
    return {item.node.name for item in window.scene.node_items()}


def test_the_last_map_is_shown_as_a_picture_until_the_real_map_replaces_it(
    qtbot: QtBot, settings: UiSettings, workspace_file: Path, tmp_path: Path
) -> None:
    window, first = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    assert not first.preview.is_shown()  # never opened before: no picture the first time
    names = first_map_names(window)
    window.close()  # the picture is kept as the window closes
    assert valid_preview(str(workspace_file)) is not None

    window, again = start(qtbot, settings, workspace_file, tmp_path)
    with qtbot.waitSignal(again.preview.sig_painted, timeout=10_000):
        pass
    # Before the workspace is open: the picture, and words saying the workspace is still opening.
    page = window.pages.currentWidget()
    assert page is window.opening and not window.controller.is_open
    assert not page.pixmap().isNull() and page.pixmap().width() >= 1000
    label = page.findChild(QLabel, "map-preview-opening")
    assert label is not None and label.isVisible() and label.text() == "Opening the workspace…"
    assert not window.new_person_action.isEnabled()  # nothing can be edited on a picture
    wait_for_map(qtbot, window)
    # The real map took its place: the same people, cards that can be clicked.
    assert window.pages.currentWidget() is window.main_split and window.view.isVisible()
    assert first_map_names(window) == names
    assert window.opening.pixmap().isNull() and not label.isVisible()


def test_forgetting_a_person_erases_the_pictures_of_maps(
    qtbot: QtBot, settings: UiSettings, workspace_file: Path, tmp_path: Path
) -> None:
    window, _opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    window.close()
    assert valid_preview(str(workspace_file)) is not None

    window, opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    assert opening.preview.is_shown()
    forgotten = sorted(first_map_names(window))[0]  # someone on the demo's first map
    select(qtbot, window, forgotten)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        next(b for b in box.buttons() if b.text().replace("&", "") == "Forget").click()

    QTimer.singleShot(0, answer)
    window.forget_action.trigger()
    assert not any(previews_folder().glob("*"))  # erased as soon as the user confirmed
    qtbot.waitUntil(lambda: window.forget.task is None and card(window, forgotten) is None, timeout=20_000)
    window.close()  # a new picture of the map as it is now: without them
    assert valid_preview(str(workspace_file)) is not None

    window, opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    assert forgotten not in first_map_names(window)


def test_a_picture_of_a_workspace_file_since_deleted_or_replaced_is_erased_not_shown(
    qtbot: QtBot, settings: UiSettings, workspace_file: Path, tmp_path: Path
) -> None:
    window, _opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    window.close()
    files = preview_files(str(workspace_file))
    assert files.image.is_file()

    replaced = tmp_path / "other.db"
    create_demo_workspace(replaced).close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{workspace_file}{suffix}").unlink(missing_ok=True)
    replaced.rename(workspace_file)  # another file under the same name
    window, opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    assert not opening.preview.is_shown()
    assert not files.image.exists() and not files.about.exists()

    files.about.parent.mkdir(parents=True, exist_ok=True)
    files.about.write_text(describe(str(tmp_path / "gone.db"), 1.0), encoding="utf-8")
    files.image.write_bytes(b"not looked at")
    assert valid_preview(str(workspace_file)) is None and not files.image.exists()


def test_a_window_open_while_someone_is_forgotten_elsewhere_keeps_no_picture_of_its_map(
    qtbot: QtBot, settings: UiSettings, workspace_file: Path, tmp_path: Path
) -> None:
    window, _opening = start(qtbot, settings, workspace_file, tmp_path)
    wait_for_map(qtbot, window)
    forget_previews()  # as `consensus-app forget` does, while this window still shows its map
    window.close()
    assert not preview_files(str(workspace_file)).image.exists()  # it may show them


def test_the_same_file_name_in_another_folder_is_another_workspace(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    monkeypatch.chdir(tmp_path / "a")
    in_a = preview_key("work.db", demo=False)
    monkeypatch.chdir(tmp_path / "b")
    assert preview_key("work.db", demo=False) != in_a
    assert in_a == str((tmp_path / "a" / "work.db").resolve())
    assert preview_key("sqlite:///work.db", demo=False) == str((tmp_path / "b" / "work.db").resolve())


def test_which_starts_keep_a_picture_and_where(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert preview_key(None, demo=True) is None  # a fresh demo copy every time
    assert preview_key("postgresql+psycopg://ann@db.example/sales", demo=False) is None  # a team server
    assert preview_key("/data/accounts.db", demo=False) == "/data/accounts.db"
    assert preview_key(None, demo=False) == "default"
    monkeypatch.setenv("CONSENSUS_DB", "/data/other.db")
    assert preview_key(None, demo=False) == "/data/other.db"
    # The same folder platformdirs names (computed without it: its import is slow for a first frame).
    assert cache_folder() == platformdirs.user_cache_path("Consensus", appauthor=False)
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_folder() == platformdirs.user_cache_path("Consensus", appauthor=False)
    assert cache_folder({"HOME": "/home/ann"}, "darwin") == Path("/home/ann/Library/Caches/Consensus")
    windows = cache_folder({"LOCALAPPDATA": "C:/Users/ann/AppData/Local"}, "win32")
    assert windows == Path("C:/Users/ann/AppData/Local/Consensus/Cache")
