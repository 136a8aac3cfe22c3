"""A pursuit's review deck as an editable PowerPoint file (python-pptx), without Qt.

data = gather_deck(workspace, pursuit_id)      # slow part: layouts, themes, drafts
write_deck(data, Path("review.pptx"), "4:3")   # native shapes, connectors and tables
"""

from consensus_app.exporters.deck.data import DeckData, deck_data_for, gather_deck
from consensus_app.exporters.deck.slides import Aspect, build_deck, write_deck

__all__ = ["Aspect", "DeckData", "build_deck", "deck_data_for", "gather_deck", "write_deck"]
