"""The internal review deck has a slide naming where colleagues see people differently (four raters
on the 32-person account); the customer deck never has it; a team that agrees gets no such slide."""

from __future__ import annotations

from pathlib import Path

from consensus_app.core.interchange import check_document
from consensus_app.exporters.customer_view import gather_customer_view
from consensus_app.exporters.deck import gather_deck, write_deck
from consensus_app.exporters.deck.customer import write_customer_deck
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from tests.deck_reading import all_text, open_deck, slides_titled, table_rows
from tests.rater_views import rated_document

TITLE = "Where colleagues see people differently"


def test_the_deck_names_the_largest_gaps_and_the_customer_deck_leaves_them_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(rated_document()))
    deck = open_deck(write_deck(gather_deck(workspace, 1), tmp_path / "review.pptx"))
    (slide,) = slides_titled(deck, TITLE)
    said = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
    # The largest gap first, in words; the more influential person first among equals.
    assert "Ana Lima and 김지우 see Takeshi Yamamoto differently: profile Teacher vs Blocker." in said
    rows = table_rows(slide)
    assert rows[0] == ["Person", "What", "Each colleague's view", "Agreed"]
    assert rows[1][0] == "Takeshi Yamamoto" and "김지우 Blocker" in rows[1][2]
    assert any("Ingrid Sæther −2" in row[2] for row in rows[1:])

    customer = open_deck(write_customer_deck(gather_customer_view(workspace, 1), tmp_path / "c.pptx"))
    assert TITLE not in all_text(customer) and "Ana Lima" not in all_text(customer)


def test_a_team_that_agrees_gets_no_slide_about_it(workspace: Workspace, tmp_path: Path) -> None:
    document = rated_document()
    document["accounts"][0]["ratings"] = []
    import_document(workspace, check_document(document))
    deck = open_deck(write_deck(gather_deck(workspace, 1), tmp_path / "review.pptx"))
    assert slides_titled(deck, TITLE) == []
