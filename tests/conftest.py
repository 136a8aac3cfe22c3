"""Every test gets its own database, data folder and settings; Qt renders offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from consensus_app.storage.workspace import Workspace, open_workspace

# --- public data sets (Krackhardt, CLINC150…) ------------------------------------------
# Found through one setting, $CONSENSUS_DATA, else ../shared/data beside the checkout. A test
# that needs one asks `public_data("clinc150/data_full.json")`: skipped, with the reason, when
# the file is absent, and failed instead where CONSENSUS_REQUIRE_DATA=1 (.ci/run sets it).
DATA_ENV, REQUIRE_DATA_ENV = "CONSENSUS_DATA", "CONSENSUS_REQUIRE_DATA"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def public_data_folder() -> Path:
    return Path(os.environ.get(DATA_ENV) or DEFAULT_DATA).expanduser()


@pytest.fixture
def public_data() -> Callable[[str], Path]:
    def find(relative: str) -> Path:
        path = public_data_folder() / relative
        if not path.is_file():
            reason = f"public data set not found: {path} (set {DATA_ENV} to the folder that holds it)"
            if os.environ.get(REQUIRE_DATA_ENV) == "1":
                pytest.fail(f"{reason}; {REQUIRE_DATA_ENV}=1 requires every data set", pytrace=False)
            pytest.skip(reason)
        return path

    return find


# --------------------------------------------------------------------------------------

# --- both engines (tests/pg_server.py) -----------------------------------------------
# `db_url` is the test's database: the SQLite file at `db_path`, or, in modules marked
# `pytest.mark.engines("sqlite", "postgresql")`, also a fresh database on the server named
# by $CONSENSUS_TEST_PG. `pg_server` and `pg_url` are for tests that need the server.
pytest_plugins = ["tests.pg_server"]
# --------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user's data, config and cache folders (platformdirs, QSettings) at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))  # the pictures of maps (map_previews)
    monkeypatch.delenv("CONSENSUS_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    ws = open_workspace(db_url, actor="tester")
    yield ws
    ws.close()


def minimal_document(**account_overrides: Any) -> dict[str, Any]:
    """A small valid document: one account, a reporting line, a pursuit with two members."""
    account: dict[str, Any] = {
        "id": "acme",
        "name": "Acme Corp",
        "industry": "Manufacturing",
        "stakeholders": [
            {
                "id": "s-ceo",
                "name": "Dana Ruiz",
                "title": "CEO",
                "function": "executive",
                "profile": "go_getter",
            },
            {"id": "s-cfo", "name": "Lee Park", "title": "CFO", "function": "finance", "reports_to": "s-ceo"},
            {
                "id": "s-it",
                "name": "Sam Okafor",
                "function": "it",
                "reports_to": "s-cfo",
                "profile": "skeptic",
            },
        ],
        "relationships": [
            {"id": "r-1", "source": "s-it", "target": "s-cfo", "kind": "influences", "strength": 3}
        ],
        "priorities": [
            {"id": "p-1", "stakeholder": "s-cfo", "text": "Stay inside the FY27 budget", "kind": "goal"},
            {"id": "p-2", "stakeholder": "s-it", "text": "No new system without SSO", "pursuit": "opp-1"},
        ],
        "pursuits": [
            {
                "id": "opp-1",
                "name": "Analytics platform",
                "value": 250000,
                "currency": "USD",
                "close_date": "2027-03-31",
                "stage": "solution_identification",
                "committee": [
                    {
                        "id": "m-1",
                        "stakeholder": "s-cfo",
                        "role": "economic_buyer",
                        "approver": True,
                        "stance": -1,
                    },
                    {
                        "id": "m-2",
                        "stakeholder": "s-it",
                        "role": "technical_evaluator",
                        "stance": 1,
                        "influence": 4,
                    },
                ],
            }
        ],
        "messages": [
            {
                "id": "msg-1",
                "pursuit": "opp-1",
                "title": "One view of cost",
                "body": "…",
                "stakeholders": ["s-it", "s-cfo"],
            }
        ],
    }
    account.update(account_overrides)
    return {"format": "consensus-map", "version": 1, "accounts": [account]}


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path
