"""The review deck (`export --format pptx`): native cards, glued connectors and tables, read back
with python-pptx; Korean, Japanese and Persian text; 16:9 and 4:3; a large map split. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx.oxml.ns import qn
from pptx.util import Emu

from consensus_app.cli import main
from consensus_app.core.committee_view import committee_view
from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.exporters.deck import gather_deck, write_deck
from consensus_app.resources import resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from tests.deck_reading import all_text, cards, lines, open_deck, slides_titled, table_rows
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120, account_document, member_keys


def demo(workspace: Workspace) -> Workspace:
    document = json.loads(resource_path("demo_workspace.json").read_text(encoding="utf-8"))
    import_document(workspace, check_document(document))
    return workspace


def pursuit_id(workspace: Workspace, key: str | None = None) -> int:
    pursuits = workspace.repos.pursuits.list_where()
    return next(p.id for p in pursuits if key is None or p.key == key)


def test_the_demo_deck_has_a_card_per_person_lines_glued_to_the_right_cards_and_a_native_table(
    workspace: Workspace, tmp_path: Path
) -> None:
    pid = pursuit_id(demo(workspace), "opp-capacity-2027")
    data = gather_deck(workspace, pid)
    deck = open_deck(write_deck(data, tmp_path / "review.pptx"))

    titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title is not None]
    assert titles[1] == "Committee map" and "Buying committee" in titles and "Assessment" in titles
    assert any(t.startswith("Bridge themes") for t in titles) and any(t.startswith("Since ") for t in titles)
    (map_slide,) = slides_titled(deck, "Committee map")
    shown = cards(map_slide)
    people = {n.stakeholder_id: n.name for n in data.source.pursuit_map.nodes}
    assert sorted(shown) == sorted(people.values())  # 13 people: the whole small account, once each
    assert not any(s.shape_type == 13 for s in map_slide.shapes)  # no picture anywhere on the map

    glued = {(line.begin, line.end) for line in lines(map_slide)}
    for edge in data.source.pursuit_map.edges:
        assert (people[edge.source_id], people[edge.target_id]) in glued, edge
    reporting = [x for x in lines(map_slide) if x.name.startswith("Reports to")]
    assert len(reporting) == sum(e.kind is EdgeKind.REPORTS_TO for e in data.source.pursuit_map.edges)

    brandt = shown["Dr. Robert Brandt"].text_frame.text  # opposed approver, a blocker
    assert "−−\u00a0opposed" in brandt and "Approver" in brandt and "Blocker" in brandt
    fill = shown["Dr. Robert Brandt"].line.color.rgb
    assert str(fill) == "D55E00"  # the map's colour for opposed

    (table_slide,) = slides_titled(deck, "Buying committee")
    rows = table_rows(table_slide)
    assert rows[0] == ["Name", "Title", "Function", "Role", "Approver", "Stance", "Influence"]
    assert sorted(r[0] for r in rows[1:]) == sorted(m.name for m in data.members)
    assert next(r for r in rows if r[0] == "Dr. Robert Brandt")[4:] == ["yes", "−−\u00a0opposed", "4 of 5"]

    text = all_text(deck)
    assert f"{data.assessment.score} / 100" in text
    worst = max(data.assessment.findings, key=lambda f: f.severity)
    assert worst.message in text  # the top finding, with its advice
    assert data.themes is not None and data.themes.bridges[0].coverage.theme.label in text
    assert "Approved message:" in " ".join(titles)
    assert deck.core_properties.title == data.title


def test_korean_names_are_in_the_deck_in_an_east_asian_font(workspace: Workspace, tmp_path: Path) -> None:
    pid = pursuit_id(demo(workspace), "opp-qdp-2027")
    deck = open_deck(write_deck(gather_deck(workspace, pid), tmp_path / "k.pptx"))
    (map_slide,) = slides_titled(deck, "Committee map")
    names = list(cards(map_slide))
    korean = [n for n in names if any("\uac00" <= ch <= "\ud7af" for ch in n)]
    assert len(korean) >= 8, names
    assert all(name in all_text(deck) for name in korean)
    runs = [
        r for p in cards(map_slide)[korean[0]].text_frame.paragraphs for r in p.runs if r.text == korean[0]
    ]
    properties = runs[0]._r.find(qn("a:rPr"))
    assert properties.get("lang") == "ko-KR"
    assert properties.find(qn("a:ea")).get("typeface") == "Malgun Gothic"
    assert properties.find(qn("a:latin")).get("typeface") == "Calibri"


def test_16_9_by_default_and_4_3_on_request_from_the_command_line(
    workspace: Workspace, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(workspace)
    wide, standard = tmp_path / "wide.pptx", tmp_path / "standard"
    args = ["export", "--db", db_url, "--account", "acc-vandermeer", "--pursuit", "opp-wms-2027"]
    assert main([*args, "-o", str(wide)]) == 0  # the format from the file's suffix
    assert main([*args, "--format", "pptx", "--aspect", "4:3", "-o", str(standard)]) == 0
    out = capsys.readouterr().out
    assert "Wrote the review deck of opp-wms-2027 (4:3)" in out
    slide = open_deck(wide)
    assert (slide.slide_width, slide.slide_height) == (Emu(12_191_695), Emu(6_858_000))  # 13.333 × 7.5 in
    four_three = open_deck(tmp_path / "standard.pptx")
    assert four_three.slide_width * 3 == four_three.slide_height * 4
    map_slide = slides_titled(four_three, "Committee map")[0]
    for card in cards(map_slide).values():  # every card on the narrower slide
        assert card.left >= 0 and card.left + card.width <= four_three.slide_width


@pytest.mark.parametrize("account", [ACCOUNT_32, ACCOUNT_120])
def test_a_large_map_is_split_committee_first_then_the_rest_each_person_once(
    workspace: Workspace, tmp_path: Path, account: tuple[int, int]
) -> None:
    document = account_document(*account)
    import_document(workspace, check_document(document))
    data = gather_deck(workspace, pursuit_id(workspace))
    deck = open_deck(write_deck(data, tmp_path / "big.pptx"))
    committee = slides_titled(deck, "Committee map")
    rest = slides_titled(deck, "The rest of the account")
    on_committee_slides = [name for slide in committee for name in cards(slide)]
    on_rest_slides = [name for slide in rest for name in cards(slide)]
    view = committee_view(data.source.pursuit_map)
    names = {n.stakeholder_id: n.name for n in data.source.pursuit_map.nodes}
    assert sorted(on_committee_slides) == sorted(names[i] for i in view.shown)
    assert sorted(on_committee_slides + on_rest_slides) == sorted(names.values())  # everyone, once
    people = {p["id"]: p["name"] for p in document["accounts"][0]["stakeholders"]}
    assert {people[k] for k in member_keys(*account)} <= set(on_committee_slides)
    rest_cards = [card.text_frame.text for slide in rest for card in cards(slide).values()]
    managers = {n.stakeholder_id: n for n in data.source.pursuit_map.nodes}
    cut = [  # people of the rest whose manager is on the committee slides: their line is told in words
        n
        for n in data.source.pursuit_map.nodes
        if n.stakeholder_id not in view.shown and n.reports_to_id in view.shown
    ]
    for person in cut:
        text = next(t for t in rest_cards if t.startswith(person.name + "\n"))
        assert f"reports to {managers[person.reports_to_id].name}"[:39] in text
    if account == ACCOUNT_120:
        assert cut
        assert len(committee) > 1 and all(f"of {len(committee)})" in s.shapes.title.text for s in committee)
        assert len(rest) >= 1
    for slide in committee + rest:  # each line joins two cards of its own slide
        shown = set(cards(slide))
        assert all(line.begin in shown and line.end in shown for line in lines(slide))
    table = [row for slide in slides_titled(deck, "Buying committee") for row in table_rows(slide)[1:]]
    assert len(table) == account[1]  # one row per member, over as many slides as it takes


def test_persian_names_read_right_to_left_in_a_complex_script_font(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_120)))
    deck = open_deck(write_deck(gather_deck(workspace, pursuit_id(workspace)), tmp_path / "fa.pptx"))
    persian = "محمدرضا کریمی"
    found = [
        paragraph
        for slide in deck.slides
        for card in cards(slide).values()
        for paragraph in card.text_frame.paragraphs
        if paragraph.text == persian
    ]
    assert found, "the Persian name is on a card"
    assert found[0]._p.find(qn("a:pPr")).get("rtl") == "1"
    run = found[0].runs[0]._r.find(qn("a:rPr"))
    assert run.find(qn("a:cs")).get("typeface") == "Arial" and run.get("lang") == "fa-IR"
    assert persian in all_text(deck)
    japanese = [n for slide in deck.slides for n in cards(slide) if "山本" in n]
    assert japanese  # kanji names are on cards too, in Yu Gothic
    card = next(c for slide in deck.slides for n, c in cards(slide).items() if n == japanese[0])
    assert card.text_frame.paragraphs[0].runs[0]._r.find(qn("a:rPr")).find(qn("a:ea")).get("typeface") == (
        "Yu Gothic"
    )
