"""Drafts and kits for a large committee read the priorities once for all of them (issue 19):
each kit and each draft is still exactly what it is when made on its own."""

from __future__ import annotations

from dataclasses import replace

from consensus_app.core.messaging import BridgeTheme, draft_message, draft_messages, mobilizer_kits
from consensus_app.core.pursuit_map import PursuitMap
from models import BuyingStage, Function, PriorityKind, Profile
from models.tables import PriorityRecord
from tests.test_messaging import PURSUIT, bridge, person, said

FUNCTIONS = [Function.FINANCE, Function.IT, Function.OPERATIONS, Function.PROCUREMENT, Function.LEGAL]
PROFILES = [Profile.GO_GETTER, Profile.TEACHER, Profile.SKEPTIC, Profile.GUIDE, Profile.CLIMBER]
# What people say, in four scripts and five languages; each person says two of a topic's lines.
TOPICS = [
    [
        "We pay for three tools that all claim to track inventory",
        "재고 관리 도구가 세 개나 있어서 비용이 중복됩니다",
        "在庫管理ツールが三つもあり費用が重複している",
        "Vi betaler for tre verktøy som alle sporer lageret",
    ],
    [
        "No new system without single sign-on and an audit trail",
        "감사 추적과 SSO 없이는 새 시스템을 도입할 수 없습니다",
        "監査ログとシングルサインオンのないシステムは導入しない",
        "هیچ سامانه جدیدی بدون ورود یکپارچه و ردگیری ممیزی نمی‌پذیریم",
    ],
    [
        "Stay inside next year's capital and operating budget",
        "내년 자본 및 운영 예산 안에서 해결해야 합니다",
        "来年度の設備投資と運用予算の範囲内に収めたい",
        "Hold oss innenfor neste års investerings- og driftsbudsjett",
    ],
    [
        "Warehouse staff lose an hour a shift chasing stock by phone",
        "창고 직원들이 교대마다 한 시간씩 전화로 재고를 찾습니다",
        "倉庫の担当者は毎シフト一時間を電話での在庫確認に使っている",
        "کارکنان انبار در هر نوبت یک ساعت را صرف پیگیری تلفنی موجودی می‌کنند",
    ],
]
KINDS = [PriorityKind.PAIN, PriorityKind.DECISION_CRITERION, PriorityKind.GOAL, PriorityKind.CONCERN]


def _committee(size: int = 90) -> tuple[PursuitMap, list[PriorityRecord], list[BridgeTheme]]:
    people = [
        person(
            sid,
            f"Person {sid}",
            FUNCTIONS[sid % len(FUNCTIONS)],
            PROFILES[sid % len(PROFILES)],
            (sid % 4) - 1,
            approver=sid % 11 == 0,
        )
        for sid in range(1, size + 1)
    ]
    priorities: list[PriorityRecord] = []
    by_topic: list[list[PriorityRecord]] = [[] for _ in TOPICS]
    for node in people:
        sid = node.stakeholder_id
        for step in (0, 1):
            topic = (sid + step) % len(TOPICS)
            text = f"{TOPICS[topic][(sid + step) % 4]} ({sid})" if sid % 3 else TOPICS[topic][sid % 4]
            record = said(sid, text, KINDS[topic], importance=1 + sid % 5, pursuit=PURSUIT if step else None)
            priorities.append(record)
            by_topic[topic].append(record)
        if sid % 4 == 0:
            priorities.append(
                said(sid, f"Be the one who fixed stock tracking ({sid})", PriorityKind.PERSONAL)
            )
    bridges = [
        bridge(f"Theme {index}", people, records, weight=10.0 - index)
        for index, records in enumerate(by_topic)
    ]
    return PursuitMap(1, PURSUIT, "Nordlys — stock", people, []), priorities, bridges


def test_each_kit_is_what_it_is_when_its_mobilizer_is_the_only_one() -> None:
    the_map, priorities, bridges = _committee()
    kits = mobilizer_kits(the_map, priorities, bridges, BuyingStage.SOLUTION_IDENTIFICATION)
    assert len(kits) > 20 and all(kit.share_body for kit in kits)
    assert len({kit.language for kit in kits}) > 1  # kits in their mobilizers' own languages
    for kit in kits[::4]:
        alone = [
            n if n.stakeholder_id == kit.stakeholder_id else replace(n, profile=Profile.BLOCKER)
            for n in the_map.nodes
        ]
        single = mobilizer_kits(
            replace(the_map, nodes=alone), priorities, bridges, BuyingStage.SOLUTION_IDENTIFICATION
        )
        assert single == [kit]


def test_each_draft_is_what_it_is_when_drafted_on_its_own() -> None:
    the_map, priorities, bridges = _committee()
    drafts = draft_messages(the_map, priorities, bridges, BuyingStage.PROBLEM_DEFINITION, max_messages=4)
    alone = [draft_message(the_map, priorities, b, BuyingStage.PROBLEM_DEFINITION) for b in bridges]
    assert len(drafts) == 4 and sorted(map(repr, drafts)) == sorted(map(repr, alone))
