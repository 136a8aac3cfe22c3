"""Every export format is handled by the CLI, the export dialog and its preview, from one table.

A name added to `FormatName` without an entry in exporters/formats.py fails
`test_every_format_name_has_an_entry`; one with an entry but no writer (and no Qt writer in the
CLI's and the window's DRAWN tables), no preview or no description fails the tests below, which
write every format from the command line and from the dialog. A made-up name is refused by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.cli import export as cli_export
from consensus_app.cli import main
from consensus_app.exporters.formats import (
    EXPORT_FORMATS,
    FormatName,
    PreviewKind,
    UnknownExportFormat,
    cli_names,
    export_format,
    for_cli,
)
from consensus_app.storage.workspace import Workspace
from consensus_app.ui import export_kinds, export_preview
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.settings import UiSettings
from tests.conftest import write_json
from tests.test_relationship_kinds_everywhere import _document as nordlys_document
from tests.window_fixtures import acme, settings  # noqa: F401 - fixtures

# What each file starts with, so a test can tell a real file from an empty or wrong one.
MAGIC = {".png": b"\x89PNG", ".pdf": b"%PDF-", ".pptx": b"PK", ".xlsx": b"PK", ".svg": b"<?xml"}


def missing_entries(names: Iterable[str]) -> list[str]:
    return [str(name) for name in names if str(name) not in EXPORT_FORMATS]


def _cli_args(name: FormatName) -> list[str]:
    """`--format` and, where one CLI name covers several formats, the `--table` that picks this one."""
    fmt = EXPORT_FORMATS[name]
    shared = [f for f in EXPORT_FORMATS.values() if f.cli_name == fmt.cli_name]
    return ["--format", fmt.cli_name, *(["--table", fmt.tables[0]] if len(shared) > 1 else [])]


def _looks_written(path: Path) -> bool:
    data = path.read_bytes()
    return bool(data) and data.startswith(MAGIC.get(path.suffix, b""))


def test_every_format_name_has_an_entry() -> None:
    assert missing_entries(FormatName) == []
    for name, fmt in EXPORT_FORMATS.items():
        assert fmt.name is name and fmt.label and fmt.suffix.startswith(".") and fmt.cli_help
        # Written by the table's writer, or drawn with Qt by both the CLI and the window.
        assert fmt.write is not None or (name in cli_export.DRAWN and name in export_kinds.DRAWN), name
        if fmt.preview is PreviewKind.TEXT:
            assert name in export_preview.DESCRIBERS, name
        # The CLI reaches it: by its name, and by --table where the name is shared.
        args = _cli_args(name)
        assert for_cli(args[1], args[3] if len(args) > 2 else None) is fmt


def test_the_checker_catches_a_format_added_without_an_entry() -> None:
    extended = StrEnum("FormatName", {f.name: f.value for f in FormatName} | {"DOCX": "docx"})
    assert missing_entries(extended) == ["docx"]  # type: ignore[arg-type]


def test_an_unknown_format_is_refused_by_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for lookup in (export_format, for_cli):
        with pytest.raises(UnknownExportFormat, match="'docx'"):
            lookup("docx")
    request = export_kinds.Request("docx", 1, "acme", tmp_path / "x.docx")  # type: ignore[arg-type]
    with pytest.raises(UnknownExportFormat, match="'docx'"):
        export_kinds.gather(None, request, lambda _f: None, lambda: False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'docx'"):
        export_preview._describer("docx")  # type: ignore[arg-type]
    with pytest.raises(SystemExit):
        main(["export", "--format", "docx", "-o", str(tmp_path / "x.docx")])
    assert "invalid choice: 'docx'" in capsys.readouterr().err


def test_the_command_line_writes_every_format(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 42 people in four scripts, every relationship kind.
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "in.json", nordlys_document()))]) == 0
    )
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    listed = capsys.readouterr().out
    assert all(f"\n  {name} " in listed for name in cli_names())
    for name, fmt in EXPORT_FORMATS.items():
        out = tmp_path / f"{name.value}{fmt.suffix}"
        assert (
            main(["export", "--db", str(db_path), "--account", "nordlys", *_cli_args(name), "-o", str(out)])
            == 0
        )
        assert _looks_written(out), name
        assert f"to {out}" in capsys.readouterr().out


@pytest.fixture
def controller(acme: Workspace) -> WorkspaceController:
    controller = WorkspaceController(acme)
    controller.open_pursuit(next(p.id for p in acme.repos.pursuits.list_where() if p.key == "opp-1"))
    return controller


def test_the_dialog_previews_and_writes_every_format(
    qtbot: QtBot,
    controller: WorkspaceController,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportDialog(controller, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert offered == list(EXPORT_FORMATS)
    preview = dialog.preview
    widgets: dict[PreviewKind, Any] = {
        PreviewKind.MAP: preview.image,
        PreviewKind.BRIEF: preview.image,
        PreviewKind.TABLE: preview.table,
        PreviewKind.TEXT: preview.text,
    }
    assert set(widgets) == set(PreviewKind)
    for name, fmt in EXPORT_FORMATS.items():
        dialog.kind.setCurrentIndex(dialog.kind.findData(name.value))
        dialog._preview_timer.timeout.emit()
        qtbot.waitUntil(lambda fmt=fmt: preview.stack.currentWidget() is widgets[fmt.preview], timeout=30_000)
        assert not preview.text.text().startswith("No preview"), name
        path = tmp_path / f"{name.value}{fmt.suffix}"
        monkeypatch.setattr(
            "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", lambda *_a, p=path: (str(p), "")
        )
        with qtbot.waitSignal(dialog.sig_exported, timeout=30_000) as exported:
            dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.task is None)
        assert exported.args == [f"Exported the {fmt.label.lower()} to {path}"]
        assert _looks_written(path), name
        dialog.show()  # the dialog closes after an export; the user opens it again
