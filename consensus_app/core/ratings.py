"""Where colleagues see a person differently: each rater's latest view, and the gaps between them.

Individuals' pictures of a network differ from the group's (Krackhardt, "Cognitive social
structures", 1987): two sellers who rate the same buyer far apart are a signal to talk, not noise
to average away. The seat's stance and influence and the person's profile stay the agreed value
the assessment scores; these functions only say where the raters' own views part, and how far:

- stance (−2 … +2) and influence (1 … 5): the highest and the lowest view are two steps or more
  apart (−1 and +1, influence 2 and 4); the size is the gap over the scale's width (4).
- profile: two raters name different known profiles; across the three kinds (mobilizer, talker,
  blocker) the size is 1, within one kind (Teacher and Skeptic) 0.5.

Largest first; among equals, the more influential person first. docs/scoring.md says the same.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from consensus_app.core import wording
from consensus_app.i18n import N_, _, ngettext
from models.enums import Profile
from models.rating_view import Rating

if TYPE_CHECKING:
    from consensus_app.core.pursuit_map import PursuitMap

STANCE, INFLUENCE, PROFILE = "stance", "influence", "profile"
RATED_FIELDS = (STANCE, INFLUENCE, PROFILE)
MIN_STEPS = 2  # a one-step gap (+1 and +2) is a nuance, not a disagreement
_SCALE_WIDTH = 4  # both −2…+2 and 1…5
_PROFILE_WORDS = {p.value: p.value.replace("_", "-").title() for p in Profile}  # marked in ui/map/palette
_FIELD_WORDS = {STANCE: N_("stance"), INFLUENCE: N_("influence"), PROFILE: N_("profile")}


@dataclass(frozen=True)
class Disagreement:
    stakeholder_id: int
    name: str
    field: str
    views: tuple[Rating, ...]  # each rater's latest view, lowest value first
    size: float  # 0 … 1: how far apart the outermost views are
    agreed: str | None = None  # the value the assessment uses (the seat's or the person's)

    @property
    def low(self) -> Rating:
        return self.views[0]

    @property
    def high(self) -> Rating:
        return self.views[-1]

    def pair(self, me: str | None = None) -> tuple[Rating, Rating]:
        """The two views to name: the outermost ones, this user's among them when it is one."""
        lows = [v for v in self.views if _number_or_rank(v) == _number_or_rank(self.low)]
        highs = [v for v in self.views if _number_or_rank(v) == _number_or_rank(self.high)]
        if self.field == PROFILE:  # no order: the two kinds furthest apart, this user's first
            known = [v for v in self.views if v.value != Profile.UNKNOWN.value] or list(self.views)
            first = next((v for v in known if v.rater_id == me), known[0])
            other = max(
                (v for v in self.views if v.value != first.value),
                key=lambda v: _profile_gap(first.value, v.value),
            )
            return first, other
        low = next((v for v in lows if v.rater_id == me), lows[-1])
        high = next((v for v in highs if v.rater_id == me), highs[-1])
        return (high, low) if high.rater_id == me else (low, high)


def latest_views(ratings: Iterable[Rating]) -> dict[tuple[int, str], dict[str, Rating]]:
    """(person, field) → rater id → that rater's latest view (the latest day, then the latest row)."""
    views: dict[tuple[int, str], dict[str, Rating]] = {}
    for rating in sorted(ratings, key=lambda r: (r.day, r.rating_id)):
        views.setdefault((rating.stakeholder_id, rating.field), {})[rating.rater_id] = rating
    return views


def disagreements(
    ratings: Iterable[Rating],
    names: dict[int, str],
    agreed: dict[tuple[int, str], str] | None = None,
    weight: dict[int, int] | None = None,
) -> list[Disagreement]:
    """Where raters' latest views part, largest first (then by `weight`, a person's influence).

    `names`: the people to look at (a committee), by stakeholder id; others are left out.
    `agreed`: the value the assessment uses, per (person, field), carried along to show."""
    found = []
    for (person, field), by_rater in latest_views(ratings).items():
        if person not in names or len(by_rater) < 2:
            continue
        views = tuple(sorted(by_rater.values(), key=lambda v: (_number_or_rank(v), v.rater_name.casefold())))
        size = _size(field, views)
        if size > 0:
            found.append(
                Disagreement(person, names[person], field, views, size, (agreed or {}).get((person, field)))
            )
    weight = weight or {}
    return sorted(
        found, key=lambda d: (-d.size, -weight.get(d.stakeholder_id, 0), d.name.casefold(), d.field)
    )


def on_map(pursuit_map: PursuitMap) -> list[Disagreement]:
    """The disagreements about a pursuit's committee members, from the ratings its map carries."""
    members = pursuit_map.members()
    agreed: dict[tuple[int, str], str] = {}
    for m in members:
        agreed[(m.stakeholder_id, STANCE)] = str(m.stance)
        agreed[(m.stakeholder_id, INFLUENCE)] = str(m.influence)
        agreed[(m.stakeholder_id, PROFILE)] = m.profile.value
    names = {m.stakeholder_id: m.name for m in members}
    return disagreements(pursuit_map.ratings, names, agreed, {m.stakeholder_id: m.influence for m in members})


def with_ratings(pursuit_map: PursuitMap, written: Mapping[int, Rating | None]) -> PursuitMap:
    """The map after ratings were written (by id; None: taken back by undo), without reading it again."""
    people = {n.stakeholder_id for n in pursuit_map.nodes}
    kept = [r for r in pursuit_map.ratings if r.rating_id not in written]
    added = [
        r
        for r in written.values()
        if r is not None and r.stakeholder_id in people and r.pursuit_id in (None, pursuit_map.pursuit_id)
    ]
    return replace(pursuit_map, ratings=tuple(kept + added))


def sentence(disagreement: Disagreement, me: str | None = None) -> str:
    """ "You and Ana see Dr. Brandt differently: stance −2 vs +1" (or two colleagues' names), in
    the current language."""
    first, second = disagreement.pair(me)
    field = disagreement.field
    words = {
        "other": isolated(second.rater_name),
        "name": isolated(disagreement.name),
        "what": field_words(field),
        "value": value_words(field, first.value),
        "other_value": value_words(field, second.value),
    }
    said = (
        _("You and {other} see {name} differently: {what} {value} vs {other_value}").format(**words)
        if first.rater_id == me
        else _("{rater} and {other} see {name} differently: {what} {value} vs {other_value}").format(
            rater=isolated(first.rater_name), **words
        )
    )
    more = len(disagreement.views) - 2
    if more > 0:
        said += " " + ngettext("({n} more view)", "({n} more views)", more).format(n=more)
    return said


def disagreement_json(disagreement: Disagreement, keys: Mapping[int, str]) -> dict[str, object]:
    """For the analysis JSON: the person by file id, each rater's latest view, the agreed value."""
    d = disagreement
    return {
        "stakeholder": keys.get(d.stakeholder_id, str(d.stakeholder_id)),
        "name": d.name,
        "field": d.field,
        "agreed": d.agreed,
        "size": d.size,
        "sentence": sentence(d),
        "views": [
            {"rater": v.rater_name, "rater_id": v.rater_id, "value": v.value, "day": v.day.isoformat()}
            for v in d.views
        ],
    }


def views_line(disagreement: Disagreement, me: str | None = None) -> str:
    """ "Ana Lima −2 · You +1 · 김지우 +2" — every rater's latest view, lowest first."""
    you = _("You")  # outside the f-string, where pybabel finds it
    return " · ".join(
        f"{you if v.rater_id == me else isolated(v.rater_name)} {value_words(v.field, v.value)}"
        for v in disagreement.views
    )


def views_text(ratings: Iterable[Rating], stakeholder_id: int, me: str | None = None) -> str:
    """Each colleague's latest view of one person, field by field, for the inspector:
    "Stance: Ana Lima +2 · You −1\nInfluence: Ana Lima 5" ("" when nobody else rated them: the
    user's own view alone is what the fields above already show)."""
    views = latest_views(r for r in ratings if r.stakeholder_id == stakeholder_id)
    you = _("You")
    lines = []
    for field in RATED_FIELDS:
        by_rater = views.get((stakeholder_id, field), {})
        if by_rater and set(by_rater) != {me}:
            said = " · ".join(
                f"{you if v.rater_id == me else isolated(v.rater_name)} {value_words(field, v.value)}"
                for v in sorted(by_rater.values(), key=lambda v: (v.rater_id != me, v.rater_name.casefold()))
            )
            lines.append(f"{field_words(field).capitalize()}: {said}")
    return "\n".join(lines)


def isolated(name: str) -> str:
    """A right-to-left name (Persian, Arabic, Hebrew) kept as one run in a left-to-right line, so
    its neighbours ("رضا احمدی −2 · Ana Lima +1") stay in order (Unicode first-strong isolate)."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        return wording.isolated(name)
    return name


def field_words(field: str) -> str:
    """A rated field as a person reads it, in the current language ("stance", "입장")."""
    return _(_FIELD_WORDS.get(field, field))


def value_words(field: str, value: str) -> str:
    """A rating as a person reads it: "−2", "+1", "0", influence "4", profile "Skeptic"."""
    if field == PROFILE:
        return _(_PROFILE_WORDS.get(value, value))  # "Skeptic(회의형)": the glossary's profile names
    if field == STANCE:
        number = int(value)
        return f"+{number}" if number > 0 else str(number).replace("-", "−")
    return value


def _number_or_rank(view: Rating) -> float:
    if view.field == PROFILE:
        return float(list(_PROFILE_WORDS).index(view.value)) if view.value in _PROFILE_WORDS else 99.0
    return float(view.value)


def _size(field: str, views: Sequence[Rating]) -> float:
    if field == PROFILE:
        known = {v.value for v in views if v.value != Profile.UNKNOWN.value}
        return max((_profile_gap(a, b) for a in known for b in known), default=0.0)
    gap = _number_or_rank(views[-1]) - _number_or_rank(views[0])
    return gap / _SCALE_WIDTH if gap >= MIN_STEPS else 0.0


def _profile_gap(a: str, b: str) -> float:
    if a == b or Profile.UNKNOWN.value in (a, b):
        return 0.0
    return 1.0 if Profile(a).group != Profile(b).group else 0.5
