"""Themes: what a buying group's priorities have in common, in the group's own words.

`find_themes` clusters short statements (any language) into labelled themes; `pursuit`
relates the themes of one pursuit to its stakeholders, functions, approvers and factions
(shared or divergent themes, bridge themes, functions with nothing in common).

Importing this package is cheap: scikit-learn and numpy load on the first call.
"""

from consensus_app.core.themes.engine import Theme, ThemeResult, find_themes
from consensus_app.core.themes.progress import ThemesCancelled

__all__ = ["Theme", "ThemeResult", "ThemesCancelled", "find_themes"]
