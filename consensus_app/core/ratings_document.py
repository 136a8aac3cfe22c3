"""Colleagues' ratings in an interchange document (version 2, optional): `accounts[].ratings`.

Each is one rater's own view of a person: a committee member's stance or influence on a pursuit,
or a person's profile (no pursuit). The schema checks the shape; this checks what it cannot say:
the person and the pursuit exist in the account, the person sits on that pursuit's committee, and
the value fits its field's scale. Problems name the rating by its path in the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from consensus_app.i18n import _
from models.enums import INFLUENCE_RANGE, STANCE_RANGE, Profile

_SCALES = {"stance": STANCE_RANGE, "influence": INFLUENCE_RANGE}


def problems(account: Mapping[str, Any], here: str) -> Iterator[tuple[str, str]]:
    """(path, what is wrong) for each rating of `account` the app cannot keep."""
    people = {p["id"] for p in account.get("stakeholders", [])}
    seats = {q["id"]: {m["stakeholder"] for m in q.get("committee", [])} for q in account.get("pursuits", [])}
    for n, rating in enumerate(account.get("ratings", [])):
        path = f"{here}.ratings[{n}]"
        person, pursuit, field, value = (rating.get(k) for k in ("stakeholder", "pursuit", "field", "value"))
        if person not in people:
            yield (
                f"{path}.stakeholder",
                _("no stakeholder with id {id} in this account").format(id=repr(person)),
            )
            continue
        if field == "profile":
            if pursuit is not None:
                yield f"{path}.pursuit", _("a profile is the person's own: a profile rating names no pursuit")
            if value not in {p.value for p in Profile}:
                yield f"{path}.value", _("{value} is not a profile").format(value=repr(value))
            continue
        if pursuit is None:
            yield (
                f"{path}.pursuit",
                _("a {field} rating names the pursuit whose committee it is on").format(field=field),
            )
        elif pursuit not in seats:
            yield f"{path}.pursuit", _("no pursuit with id {id} in this account").format(id=repr(pursuit))
        elif person not in seats[pursuit]:
            yield (
                f"{path}.stakeholder",
                _("{person} is not on the committee of {pursuit}").format(
                    person=repr(person), pursuit=repr(pursuit)
                ),
            )
        low, high = _SCALES.get(str(field), (0, -1))
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            yield (
                f"{path}.value",
                _("a {field} is a whole number from {low} to {high}, not {value}").format(
                    field=field, low=low, high=high, value=repr(value)
                ),
            )


def rating_rows(
    account: Mapping[str, Any], people: Mapping[str, int], pursuits: Mapping[str, int]
) -> list[dict[str, Any]]:
    """The account's ratings as the table holds them, by the ids the import gave (checked before)."""
    from datetime import date

    return [
        {
            "stakeholder_id": people[r["stakeholder"]],
            "pursuit_id": pursuits[r["pursuit"]] if r["field"] != "profile" else None,
            "field": r["field"],
            "value": str(r["value"]),
            "rater_id": r["rater"]["id"],
            "rater_name": r["rater"]["name"],
            "day": date.fromisoformat(r["day"]),
        }
        for r in account.get("ratings", [])
    ]


def ratings_part(
    ratings: list[Any], people: Mapping[int, str], pursuits: Mapping[int, str]
) -> dict[str, Any]:
    """{"ratings": [...]} for an account's export, oldest first; {} when nobody rated anyone."""
    written = [
        {
            "stakeholder": people[r.stakeholder_id],
            **({"pursuit": pursuits[r.pursuit_id]} if r.pursuit_id is not None else {}),
            "field": r.field,
            "value": r.value if r.field == "profile" else int(r.value),
            "rater": {"id": r.rater_id, "name": r.rater_name},
            "day": r.day.isoformat(),
        }
        for r in ratings
        if r.stakeholder_id in people and (r.pursuit_id is None or r.pursuit_id in pursuits)
    ]
    return {"ratings": written} if written else {}
