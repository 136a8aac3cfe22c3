"""Multi-rater test data: four colleagues' own pictures of the 32-person Nordhavn account.

Krackhardt's cognitive social structures: each person's picture of a network differs from the
group's. Here each account-team member rates the committee from where they sit — a champion's
owner who sees everyone a little warmer, a Seoul-based engineer who meets the sceptics, a Tehran
partner and an Oslo manager who see most people as the group does — and two of them part sharply
on three people. Everything is deterministic.

`rater_rows(document)` gives the ratings in the interchange form (`accounts[].ratings`, people and
the pursuit by file id); `rated_document()` is the 32-person account (version 2) carrying them;
`RATERS` names the raters; `SHARP` says whom they part on, and how.
"""

from __future__ import annotations

from typing import Any

from consensus_app.storage.identity import Identity

# (name, stance bias): how warm this colleague's picture is against the group's.
RATERS = [("Ana Lima", +1), ("김지우", -1), ("رضا احمدی", 0), ("Ingrid Sæther", 0)]
IDS = {name: Identity.named(name).user_id for name, _bias in RATERS}
# The three members two colleagues part on most: (committee index, Ana's stance, 김지우's stance).
SHARP = [(0, 2, -2), (3, 1, -2), (5, -1, 1)]
PROFILE_SPLIT = (1, "teacher", "blocker")  # committee index: Ana's profile, 김지우's


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def rater_rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every rater's stance and influence of every committee member, a few profiles; in the
    interchange form (`stakeholder` is the file id; `rater` has the id and the name)."""
    account = document["accounts"][0]
    committee = account["pursuits"][0]["committee"]
    rows: list[dict[str, Any]] = []

    pursuit = account["pursuits"][0]["id"]

    def rate(who: str, person: str, field: str, value: str, day: str) -> None:
        rows.append(
            {
                "stakeholder": person,
                **({"pursuit": pursuit} if field != "profile" else {}),
                "field": field,
                "value": value if field == "profile" else int(value),
                "rater": {"id": IDS[who], "name": who},
                "day": day,
            }
        )

    sharp = {index: (ana, jiwoo) for index, ana, jiwoo in SHARP}
    for index, seat in enumerate(committee):
        person, stance, influence = seat["stakeholder"], seat.get("stance", 0), seat.get("influence", 3)
        for n, (who, bias) in enumerate(RATERS):
            view = _clamp(stance + (bias if (index + n) % 3 else 0), -2, 2)
            if index in sharp and who in ("Ana Lima", "김지우"):
                view = sharp[index][0 if who == "Ana Lima" else 1]
            rate(who, person, "stance", str(view), f"2026-11-{10 + n:02d}")
            seen = _clamp(influence + (1 if (index * 7 + n) % 5 == 0 else 0), 1, 5)
            rate(who, person, "influence", str(seen), f"2026-11-{10 + n:02d}")
    index, ana, jiwoo = PROFILE_SPLIT
    rate("Ana Lima", committee[index]["stakeholder"], "profile", ana, "2026-11-20")
    rate("김지우", committee[index]["stakeholder"], "profile", jiwoo, "2026-11-21")
    return rows


def rated_document() -> dict[str, Any]:
    """The 32-person Nordhavn account as a version 2 interchange document with the four views."""
    from tests.large_accounts import ACCOUNT_32, account_document

    document = {**account_document(*ACCOUNT_32), "version": 2}
    document["accounts"][0]["ratings"] = rater_rows(document)
    return document
