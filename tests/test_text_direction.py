"""One rule for which way a paragraph reads (core/wording.right_to_left), used by the finding
details, the deck and the buyer-safe brief: the first strong character decides, as in Unicode's
bidirectional algorithm, so Hebrew reads right to left like Persian, and digits decide nothing."""

from __future__ import annotations

from consensus_app.core.wording import right_to_left


def test_persian_arabic_and_hebrew_paragraphs_read_right_to_left() -> None:
    assert right_to_left("کاهش هزینه سوخت در هر سفر")
    assert right_to_left("خفض تكلفة الوقود")
    assert right_to_left("להפחית את עלות הדלק")


def test_the_first_strong_letter_decides_not_digits_or_a_later_name() -> None:
    assert right_to_left("2027: کاهش هزینه برای SAP")  # digits and punctuation are neutral
    assert not right_to_left("Cut fuel cost — کاهش هزینه")
    assert not right_to_left("燃料消費を把握したい")
    assert not right_to_left("2027 — 12 %")  # no letter at all: left to right
