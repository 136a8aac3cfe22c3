"""`consensus-app --version` and `--help` answer at once: the command line's start-up imports
none of the heavy libraries (the database layer, NumPy, Qt, scikit-learn); each command imports
what it uses when it runs (issue 19)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "numpy", "scipy", "networkx", "sklearn", "PySide6")


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["analyze", "--help"], ["export", "--help"]])
def test_starting_the_command_line_loads_no_heavy_library(argv: list[str]) -> None:
    probe = (
        "import sys\n"
        "from consensus_app.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip(), done.stderr  # the version or the help was printed
    assert done.stderr.strip().splitlines()[-1] == "[]"
