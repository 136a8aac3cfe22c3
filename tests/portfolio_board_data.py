"""A small portfolio for the board's tests and screenshots: five accounts in four scripts (Hangul,
Japanese, Persian, Norwegian), open and closed pursuits at each stage, and a change log dated so
that some pursuits are stalled (nothing changed in 30 days) and others are not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from models import Account, ChangeLogEntry, Pursuit
from tests.acceptance_kit import nordlys_document

_NAMES = {
    "ko": [
        "김민준",
        "이서연",
        "박지훈",
        "최수아",
        "정하준",
        "강지우",
        "조민서",
        "윤도윤",
        "장서윤",
        "임예준",
    ],
    "ja": ["高橋 健太", "佐藤 美咲", "山本 大輔", "中村 翔", "小林 陽菜", "加藤 蓮", "吉田 結衣", "山田 湊"],
    "fa": [
        "پریسا رحیمی",
        "محمد کریمی",
        "نازنین احمدی",
        "رضا موسوی",
        "سارا تهرانی",
        "علی رضایی",
        "مریم کاظمی",
    ],
    "no": ["Ingrid Solberg", "Øystein Bråten", "Ragnhild Østby", "Bjørn Ødegård", "Hege Lunde", "Sindre Lie"],
}
_FUNCTIONS = ["executive", "finance", "it", "operations", "procurement", "security", "legal", "marketing"]
_PROFILES = ["go_getter", "skeptic", "teacher", "guide", "friend", "blocker", "unknown", "climber"]

# account id, name, industry, region, script, pursuits (id, name, stage, status)
ACCOUNTS = [
    ("hanbit", "한빛 물류 주식회사", "Logistics", "APAC", "ko",
     [("opp-wms", "창고 관리 시스템", "solution_identification", "open"),
      ("opp-old", "Fleet telematics", "supplier_selection", "won")]),
    ("sakura", "株式会社さくら精機", "Manufacturing", "APAC", "ja",
     [("opp-mes", "生産管理の刷新", "supplier_selection", "open")]),
    ("pars", "شرکت پارس داده", "Telecommunications", "Middle East", "fa",
     [("opp-crm", "سامانه مدیریت مشتری", "problem_definition", "open"),
      ("opp-bi", "Analytics platform", "solution_identification", "open")]),
    ("fjord", "Fjordkraft Energi AS", "Energy", "Nordics", "no",
     [("opp-grid", "Nettdrift i skyen", "problem_definition", "open"),
      ("opp-lost", "HR system", "problem_definition", "lost")]),
]  # fmt: skip


def _account(
    key: str, name: str, industry: str, region: str, script: str, pursuits: list[Any]
) -> dict[str, Any]:
    people = [
        {
            "id": f"{key}-s{i}",
            "name": person,
            "title": f"{_FUNCTIONS[i % len(_FUNCTIONS)].title()} lead",
            "function": _FUNCTIONS[i % len(_FUNCTIONS)],
            "profile": _PROFILES[i % len(_PROFILES)],
            **({"reports_to": f"{key}-s0"} if i else {}),
        }
        for i, person in enumerate(_NAMES[script])
    ]
    stances = [2, -1, 1, 0, -2, 1, 2, 0, -1, 1]
    return {
        "id": key,
        "name": name,
        "industry": industry,
        "region": region,
        "stakeholders": people,
        "relationships": [
            {
                "id": f"{key}-r1",
                "source": f"{key}-s2",
                "target": f"{key}-s1",
                "kind": "influences",
                "strength": 3,
            },
            {
                "id": f"{key}-r2",
                "source": f"{key}-s3",
                "target": f"{key}-s4",
                "kind": "conflicts",
                "strength": 2,
            },
        ],
        "priorities": [
            {"id": f"{key}-p{i}", "stakeholder": p["id"], "text": text, "kind": "goal"}
            for i, (p, text) in enumerate(
                zip(
                    people,
                    [
                        "Cut month-end close time",
                        "Reduce licence spend",
                        "データ基盤を一つに",
                        "Secure customer data",
                        "Simplify procurement",
                    ],
                    strict=False,
                )
            )
        ],
        "pursuits": [
            {
                "id": pid,
                "name": pname,
                "stage": stage,
                "status": status,
                "committee": [
                    {
                        "id": f"{pid}-m{i}",
                        "stakeholder": p["id"],
                        "role": "influencer",
                        "approver": i == 1,
                        "stance": stances[i % len(stances)],
                        "influence": 1 + i % 5,
                    }
                    for i, p in enumerate(people[:6])
                ],
            }
            for pid, pname, stage, status in pursuits
        ],
    }


def portfolio_document() -> dict[str, Any]:
    document = nordlys_document()  # Nordlys Shipping ASA, 32 people: Fleet analytics, open
    document["accounts"] += [_account(*spec) for spec in ACCOUNTS]
    return document


# How long ago each account's import is dated: Nordlys and Pars long idle, the others recent.
IDLE_DAYS = {"nordlys": 75, "hanbit": 3, "sakura": 12, "pars": 41, "fjord": 0}


def load_portfolio(workspace: Workspace, now: datetime | None = None) -> None:
    """Import the portfolio and date each account's import (its only change) `IDLE_DAYS` ago."""
    import_document(workspace, check_document(portfolio_document()))
    now = now or datetime.now(UTC)
    with workspace.write() as session:
        ids = dict(session.exec(Account.__table__.select().with_only_columns(Account.key, Account.id)).all())  # type: ignore[attr-defined]
        for key, days in IDLE_DAYS.items():
            session.execute(
                update(ChangeLogEntry)
                .where(ChangeLogEntry.account_id == ids[key])
                .values(at=now - timedelta(days=days))
            )


def pursuit_id(workspace: Workspace, name: str) -> int:
    with workspace.read() as session:
        found = session.exec(
            Pursuit.__table__.select().with_only_columns(Pursuit.id).where(Pursuit.name == name)
        ).first()  # type: ignore[attr-defined]
    assert found is not None, name
    return int(found[0])
