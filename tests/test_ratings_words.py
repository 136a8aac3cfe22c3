"""Colleagues' differing views of a person read in the seller's language (issue 17): the field
("입장", not "stance") and a profile ("Skeptic(회의형)") in the window's Assessment tab and
inspector, the brief, the review deck and analyze; English stays as it was."""

from __future__ import annotations

from datetime import date

from consensus_app.core.ratings import Disagreement, disagreements, sentence, views_line, views_text
from consensus_app.i18n import use_language
from models.rating_view import Rating

DAY = date(2026, 12, 1)
VIEWS = [
    Rating(1, 7, "stance", "-2", "me", "Ingrid Solberg", DAY, pursuit_id=1),
    Rating(2, 7, "stance", "2", "ana", "Ana Lima", DAY, pursuit_id=1),
    Rating(3, 7, "stance", "1", "jin", "김지우", DAY, pursuit_id=1),
    Rating(4, 7, "profile", "skeptic", "me", "Ingrid Solberg", DAY),
    Rating(5, 7, "profile", "go_getter", "ana", "Ana Lima", DAY),
]


def _found() -> dict[str, Disagreement]:
    return {d.field: d for d in disagreements(VIEWS, {7: "강태영"})}


def test_english_reads_as_before() -> None:
    found = _found()
    assert sentence(found["stance"], me="me") == (
        "You and Ana Lima see 강태영 differently: stance −2 vs +2 (1 more view)"
    )
    assert views_line(found["stance"], me="me") == "You −2 · 김지우 +1 · Ana Lima +2"
    assert views_text(VIEWS, 7, me="me").splitlines() == [
        "Stance: You −2 · Ana Lima +2 · 김지우 +1",
        "Profile: You Skeptic · Ana Lima Go-Getter",
    ]


def test_in_korean_the_field_and_the_profiles_are_the_glossarys_words() -> None:
    with use_language("ko"):
        found = _found()
        said = sentence(found["stance"]) + sentence(found["profile"])
        shown = views_text(VIEWS, 7, me="me")
    assert "입장" in said and "프로필" in said and "Skeptic(회의형)" in said
    assert "stance" not in said and "profile" not in said
    assert shown.startswith("입장: ") and "프로필: " in shown and "Go-Getter(추진형)" in shown
