"""A 36-person buying committee for the theme-correction tests: statements in English,
Norwegian, Japanese, Korean and Persian (tests/committee_sets.py), everyone seated."""

from __future__ import annotations

from typing import Any

from tests.committee_sets import PERSIAN_ENGLISH, SHIPPING_MIXED, flatten

PEOPLE = 36
FUNCTIONS = ["finance", "it", "operations", "legal", "procurement", "security", "executive", "marketing"]
NAMES = [
    "Ingrid Solberg", "김민준", "佐藤 花子", "Reza Karimi", "Dana Ruiz", "Lars Eide", "이서연", "高橋 健",
    "Maryam Ahmadi", "Sam Okafor", "Kari Nordmann", "박지훈", "田中 美咲", "Ali Rahimi", "Lee Park",
    "Ola Hansen", "최유진", "伊藤 翔", "Sara Hosseini", "Priya Nair", "Eirik Berg", "정하늘", "山本 陽",
    "Neda Moradi", "Tom Becker", "Silje Dahl", "한지우", "中村 彩", "Omid Jafari", "Ana Lima",
    "Jonas Lie", "윤서준", "小林 蓮", "Leila Tehrani", "Mia Wong", "Hanne Vik",
]  # fmt: skip


def statements() -> tuple[list[str], list[str]]:
    """The committee's statements (interleaved theme by theme) and the theme each voices."""
    shipping, shipping_names = flatten(SHIPPING_MIXED)
    persian, persian_names = flatten(PERSIAN_ENGLISH[:3])
    return shipping + persian, shipping_names + persian_names


def committee_document() -> dict[str, Any]:
    texts, _names = statements()
    people = [
        {"id": f"s-{i}", "name": NAMES[i], "function": FUNCTIONS[i % len(FUNCTIONS)]} for i in range(PEOPLE)
    ]
    priorities = [
        {"id": f"p-{n}", "stakeholder": f"s-{n % PEOPLE}", "text": text, "kind": "goal"}
        for n, text in enumerate(texts)
    ]
    committee = [
        {"id": f"m-{i}", "stakeholder": f"s-{i}", "influence": 1 + i % 5, "approver": i % 7 == 0}
        for i in range(PEOPLE)
    ]
    account = {
        "id": "nordhavn",
        "name": "Nordhavn Shipping ASA",
        "stakeholders": people,
        "priorities": priorities,
        "pursuits": [{"id": "opp-fleet", "name": "Fleet telemetry", "committee": committee}],
    }
    return {"format": "consensus-map", "version": 1, "accounts": [account]}
