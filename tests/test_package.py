"""The built wheel works outside the source tree."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources_outside_the_source_tree(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("consensus_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "models/tables.py" in names
    assert "consensus_app/storage/migrations/env.py" in names
    assert "consensus_app/resources/demo_workspace.json" in names
    assert "consensus_app/resources/schema/consensus-map.v1.schema.json" in names
    assert "consensus_app/resources/schema/consensus-map.v2.schema.json" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "consensus-app = consensus_app.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

    # Dependencies are not needed to find resources, so install the wheel alone.
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "--quiet", wheel], check=True, timeout=300)
    probe = (
        "import json; from consensus_app.resources import resource_path, DEMO_WORKSPACE; "
        "p = resource_path(*DEMO_WORKSPACE); d = json.loads(p.read_text(encoding='utf-8')); "
        "print(json.dumps({'path': str(p), 'accounts': len(d['accounts'])}))"
    )
    result = subprocess.run(
        [python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60
    )
    found = json.loads(result.stdout)
    assert Path(found["path"]).is_relative_to(target)
    assert found["accounts"] >= 3
