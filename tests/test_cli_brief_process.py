"""`consensus-app export --format brief` run as a program: the analysis' libraries load before Qt
(Qt's import hook reads the source of every module imported after it), and the process ends
cleanly with the brief written and its message printed (issue 19)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from consensus_app.cli import main
from tests.conftest import minimal_document, write_json

PROBE = """
import sys
from consensus_app.cli import main
status = main(sys.argv[1:])
loaded = list(sys.modules)  # in the order their imports began
print("ORDER", *(loaded.index(name) for name in ("numpy", "scipy.sparse", "networkx", "PySide6")))
raise SystemExit(status)
"""


def _workspace(tmp_path: Path) -> Path:
    db = tmp_path / "workspace.db"
    document = write_json(tmp_path / "in.json", minimal_document())
    assert main(["--db", str(db), "import", str(document)]) == 0
    return db


def _offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_the_brief_command_loads_the_analysis_before_qt(tmp_path: Path) -> None:
    db, out = _workspace(tmp_path), tmp_path / "review.pdf"
    argv = ["--db", str(db), "export", "--format", "brief", "--account", "acme", "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=_offscreen(), timeout=180
    )
    assert done.returncode == 0, done.stderr
    numpy, sparse, networkx, qt = (int(i) for i in done.stdout.split("ORDER", 1)[1].split())
    assert max(numpy, sparse, networkx) < qt
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_review_modules_need_no_qt() -> None:
    probe = (
        "import sys\n"
        "from consensus_app.cli.before_qt import import_review_modules\n"
        "import_review_modules()\n"
        "print('PySide6' in sys.modules, 'networkx' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_the_program_ends_cleanly_after_writing_the_brief(tmp_path: Path) -> None:
    db, out = _workspace(tmp_path), tmp_path / "review.pdf"
    command = [sys.executable, "-m", "consensus_app", "--db", str(db), "export", "--format", "brief"]
    done = subprocess.run(
        [*command, "--account", "acme", "-o", str(out)],
        capture_output=True,
        text=True,
        env=_offscreen(),
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "review brief of opp-1" in done.stdout
    assert done.stderr == ""  # nothing complained while the process shut down
    assert out.read_bytes().startswith(b"%PDF-")
