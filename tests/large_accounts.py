"""Realistic test accounts built in code: a shipping company of 32 or 120 people.

`account_document(people, committee)` returns a checked-format interchange document (one
account, one open pursuit) as a real seller's account looks: a CEO with twelve direct reports
(one per function), deeper teams under them, names in Norwegian, Japanese (romanised and in
kanji), Persian (in Persian script and romanised), Indonesian and Korean (hangul and
romanised), some of them long ("Muhammad Rizky Pratama Wijaya"), and a buying committee of
8–25 spread over the departments and levels. There are influencers and brokers outside the
committee, so the committee view has someone to add.

Everything is deterministic: the same arguments always give the same document. Ids are
strings ("s-0" is the CEO, "s-1" … "s-12" the direct reports); `member_keys()` and
`linker_keys()` say who is on the committee and who links members without being on it.

    from tests.large_accounts import account_document, ACCOUNT_32, ACCOUNT_120
    document = account_document(*ACCOUNT_120)   # (120 people, 25 on the committee)
"""

from __future__ import annotations

from itertools import cycle, islice
from typing import Any

ACCOUNT_32 = (32, 10)  # (people, committee members)
ACCOUNT_120 = (120, 25)
ACCOUNT_NAME = "Nordhavn Shipping ASA"
PURSUIT_NAME = "Fleet telemetry platform"
DIRECT_REPORTS = 12

# One person in five of each language; several long names, two-word family names, no-space scripts.
_NAMES = [
    "Øystein Kristiansen", "Takeshi Yamamoto", "Shirin Mohammadi-Rad", "Dewi Kusumawati",
    "김민준", "Ingrid Solberg", "山本 花子", "محمدرضا کریمی", "Muhammad Rizky Pratama Wijaya",
    "Park Ji-hoon", "Sigurd Bjørnstad-Haugen", "Kobayashi Haruto", "Kian Farahani",
    "Putu Ayu Lestari", "이서연", "Kari Nordmann Aasen", "佐藤 健太", "Parisa Tehrani",
    "Agus Setiawan", "Choi Yoon-seo", "Åsmund Fjellheim", "Nakamura Yui", "فاطمه حسینی",
    "Siti Rahmawati Nurhaliza", "정하은", "Ragnhild Østby", "Watanabe Sōta", "Dariush Ahmadi",
    "Bambang Hartono", "Kang Seo-jun", "Tor Henrik Lunde", "高橋 美咲", "Leila Sadeghi",
    "Ni Luh Made Sari", "박지우", "Eirik Sæther", "Inoue Ren", "علی رضایی", "Yusuf Hidayat",
    "Lim Soo-ah",
]  # fmt: skip
_FUNCTIONS = [
    ("finance", "Chief Financial Officer"), ("it", "Chief Information Officer"),
    ("operations", "Chief Operating Officer"), ("marketing", "Chief Marketing Officer"),
    ("sales", "Chief Commercial Officer"), ("legal", "General Counsel"),
    ("procurement", "Head of Procurement"), ("hr", "Chief People Officer"),
    ("security", "Chief Information Security Officer"), ("operations", "Director of Fleet Operations"),
    ("it", "Director of Data & Analytics"), ("finance", "Head of Strategy & Investor Relations"),
]  # fmt: skip
_TEAM_TITLES = ["Manager", "Senior Analyst", "Lead Engineer", "Specialist", "Coordinator", "Advisor"]
_ROLES = ["economic_buyer", "decision_maker", "champion", "technical_evaluator", "user",
          "influencer", "procurement", "legal", "executive_sponsor", "gatekeeper"]  # fmt: skip
_PROFILES = ["go_getter", "teacher", "skeptic", "guide", "friend", "climber", "blocker", "unknown"]


def person_name(index: int) -> str:
    """The name of person `index`: the pool in order, then with a distinguishing middle initial."""
    base = _NAMES[index % len(_NAMES)]
    round_ = index // len(_NAMES)
    if round_ == 0:
        return base
    first, _, rest = base.partition(" ")
    return f"{first} {chr(ord('A') + round_ - 1)}. {rest}" if rest else f"{base} {round_ + 1}"


def _managers(people: int) -> list[int | None]:
    """Index of each person's manager: the CEO, 12 direct reports, then teams under them.

    A direct report with more than six people gets two team leads, and the rest of the
    department is shared between the director and the two leads (round robin).
    """
    manager: list[int | None] = [None] + [0] * min(DIRECT_REPORTS, people - 1)
    rest = list(range(len(manager), people))
    per_department: dict[int, list[int]] = {d: [] for d in range(1, DIRECT_REPORTS + 1)}
    for index, person in enumerate(rest):
        per_department[1 + index % DIRECT_REPORTS].append(person)
    manager += [None] * len(rest)
    for director, team in per_department.items():
        if len(team) > 6:
            leads, others = team[:2], team[2:]
            for lead in leads:
                manager[lead] = director
            for person, boss in zip(others, cycle([director, *leads]), strict=False):
                manager[person] = boss
        else:
            for person in team:
                manager[person] = director
    return manager


def _department(index: int, manager: list[int | None]) -> int:
    while index > DIRECT_REPORTS:
        parent = manager[index]
        assert parent is not None
        index = parent
    return index


def member_indexes(people: int, committee: int) -> list[int]:
    """Who sits on the committee: the CEO, every other direct report, then people spread deeper."""
    chosen = [0, *range(1, min(DIRECT_REPORTS, people - 1) + 1, 2)][:committee]
    deeper = [i for i in range(DIRECT_REPORTS + 1, people) if i not in chosen]
    step = max(1, len(deeper) // max(1, committee - len(chosen)))
    chosen += list(islice(deeper[::step], committee - len(chosen)))
    chosen += [i for i in range(people) if i not in chosen][: committee - len(chosen)]
    return sorted(chosen)


def member_keys(people: int, committee: int) -> list[str]:
    return [f"s-{i}" for i in member_indexes(people, committee)]


def linker_keys(people: int, committee: int) -> list[str]:
    """Non-members the document ties to two members or more (by influence or alliance)."""
    return [f"s-{i}" for i in _linkers(people, committee)]


def _linkers(people: int, committee: int) -> list[int]:
    members = set(member_indexes(people, committee))
    return [i for i in range(DIRECT_REPORTS + 1, people) if i not in members][1::7][:4]


def account_document(people: int, committee: int, *, name: str = ACCOUNT_NAME) -> dict[str, Any]:
    """An interchange document (format consensus-map v1) with one account of `people` people."""
    if not 13 <= people <= 400 or not 2 <= committee <= people:
        raise ValueError("people must be 13–400 and the committee 2..people")
    manager = _managers(people)
    stakeholders = []
    for index in range(people):
        if index == 0:
            function, title = "executive", "President & CEO"
        elif index <= DIRECT_REPORTS:
            function, title = _FUNCTIONS[index - 1]
        else:
            function = _FUNCTIONS[_department(index, manager) - 1][0]
            title = f"{_TEAM_TITLES[index % len(_TEAM_TITLES)]}, {function.capitalize()}"
        person: dict[str, Any] = {
            "id": f"s-{index}",
            "name": person_name(index),
            "title": title,
            "function": function,
            "profile": _PROFILES[index % len(_PROFILES)],
        }
        if manager[index] is not None:
            person["reports_to"] = f"s-{manager[index]}"
        stakeholders.append(person)

    members = member_indexes(people, committee)
    seats = [
        {
            "id": f"m-{index}",
            "stakeholder": f"s-{index}",
            "role": _ROLES[n % len(_ROLES)],
            "approver": n < 5,
            "stance": (n % 5) - 2,
            "influence": 1 + (index * 3) % 5,
            "last_engaged": "2026-11-20",
        }
        for n, index in enumerate(members)
    ]
    relationships: list[dict[str, Any]] = []

    def tie(source: int, target: int, kind: str, strength: int = 2) -> None:
        relationships.append({"id": f"r-{len(relationships) + 1}", "source": f"s-{source}",
                              "target": f"s-{target}", "kind": kind, "strength": strength})  # fmt: skip

    for n, (a, b) in enumerate(zip(members, members[3:], strict=False)):
        tie(a, b, "allies" if n % 3 else "influences", 1 + n % 3)
    tie(members[1], members[-1], "conflicts", 3)
    for n, linker in enumerate(_linkers(people, committee)):  # brokers and influencers off the committee
        tie(linker, members[(2 * n) % len(members)], "influences", 3)
        tie(linker, members[(2 * n + 5) % len(members)], "allies", 2)
    priorities = [
        {"id": f"p-{index}", "stakeholder": f"s-{index}", "kind": "goal", "importance": 4,
         "text": ("Cut fuel cost per nautical mile", "One view of every vessel's position and health",
                  "No new system without single sign-on", "Report emissions to the regulator on time")[n % 4]}
        for n, index in enumerate(members)
    ]  # fmt: skip
    account = {
        "id": f"nordhavn-{people}",
        "name": name,
        "industry": "Shipping",
        "region": "Norway",
        "stakeholders": stakeholders,
        "relationships": relationships,
        "priorities": priorities,
        "pursuits": [
            {
                "id": f"opp-telemetry-{people}",
                "name": PURSUIT_NAME,
                "value": 1_200_000,
                "currency": "NOK",
                "close_date": "2027-06-30",
                "stage": "solution_identification",
                "committee": seats,
            }
        ],
        "messages": [],
    }
    return {"format": "consensus-map", "version": 1, "accounts": [account]}
