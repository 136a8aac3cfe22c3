"""One rule for which way a paragraph reads (core/wording.right_to_left), used by the finding
details, the deck and the buyer-safe brief: the first strong character decides, as in Unicode's
bidirectional algorithm, so Hebrew reads right to left like Persian, and digits decide nothing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pptx import Presentation

from consensus_app.cli import main
from consensus_app.core.wording import right_to_left, right_to_left_on_page
from consensus_app.i18n import set_language
from consensus_app.storage.demo import create_demo_workspace


def test_persian_arabic_and_hebrew_paragraphs_read_right_to_left() -> None:
    assert right_to_left("کاهش هزینه سوخت در هر سفر")
    assert right_to_left("خفض تكلفة الوقود")
    assert right_to_left("להפחית את עלות הדלק")


def test_the_first_strong_letter_decides_not_digits_or_a_later_name() -> None:
    assert right_to_left("2027: کاهش هزینه برای SAP")  # digits and punctuation are neutral
    assert not right_to_left("Cut fuel cost — کاهش هزینه")
    assert not right_to_left("燃料消費を把握したい")
    assert not right_to_left("2027 — 12 %")  # no letter at all: left to right


def test_a_name_in_an_isolate_does_not_decide_the_paragraphs_direction() -> None:
    """Unicode's rule P2: a Persian sentence opening with an isolated English name reads right to left."""
    assert right_to_left("\u2068Ana Lima\u2069 از شرکت رفته است")
    assert not right_to_left("\u2068علی رضایی\u2069 left the company")
    assert not right_to_left("\u2068\u2068Ana\u2069 علی\u2069 Lima")  # nested: still inside


def test_on_a_persian_page_a_sentence_opening_with_a_korean_name_reads_right_to_left() -> None:
    advice = "이정우 امضا می\u200cکند و مردد است."
    assert right_to_left_on_page(advice, page_right_to_left=True)
    assert not right_to_left_on_page("2027", page_right_to_left=True)  # no letter: as anywhere
    assert not right_to_left_on_page("품질팀이 비용 부서가 아니라", page_right_to_left=True)  # a Korean draft
    assert not right_to_left_on_page(advice, page_right_to_left=False)


def test_every_persian_paragraph_of_a_persian_deck_reads_right_to_left(tmp_path: Path) -> None:
    """The review deck in Persian for the Korean demo account: the findings' advice that opens with
    a Korean name, the map cards' badge lines ("0 بی‌طرف · ★ تأییدکننده") and the legend all read
    from the right; the Korean names' own paragraphs keep theirs."""
    database = tmp_path / "demo.db"
    create_demo_workspace(database).close()
    deck = tmp_path / "deck.pptx"
    argv = ["--db", str(database), "--lang", "fa", "export", "--format", "pptx", "--account", "acc-hangyeol"]
    try:
        assert main([*argv, "-o", str(deck)]) == 0
    finally:
        set_language(None)  # --lang is the process's language: not the next tests'
    left_to_right = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            paragraphs = shape.text_frame.paragraphs if shape.has_text_frame else []
            for paragraph in paragraphs:
                persian = any(unicodedata.bidirectional(char) == "AL" for char in paragraph.text)
                properties = paragraph._p.pPr
                if persian and (properties is None or properties.get("rtl") != "1"):
                    left_to_right.append(paragraph.text)
    assert left_to_right == []
