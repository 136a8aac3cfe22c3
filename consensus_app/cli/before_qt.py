"""The Qt-free modules a review export needs, imported before Qt.

Once PySide6 is imported it replaces `__import__` with a hook that reads the source of every
module imported after it (to see whether the module uses PySide's `__feature__` switches).
NumPy, SciPy, networkx and the app's analysis then cost about 0.2 s more CPU when Qt comes
first, as it does when the brief's modules are imported: so the commands that draw with Qt
import these first (the window imports them after Qt, in its worker, when it needs them).
"""

from __future__ import annotations

import importlib

# What `consensus-app export --format brief` imports after Qt otherwise (python -X importtime):
# the gathering's modules, then what theming from stored vectors imports when it runs.
REVIEW_MODULES = (
    "consensus_app.core.analytics.assessment",
    "consensus_app.core.analytics.verdicts",
    "consensus_app.exporters.review_parts",
    "consensus_app.exporters.customer_view",
    "consensus_app.exporters.team_notes",
    "consensus_app.core.themes.pursuit",
    "consensus_app.core.themes.encoder",
    "consensus_app.core.themes.label",
    "consensus_app.core.themes.vectorise",
    "consensus_app.core.themes.tfidf",
    "consensus_app.core.themes.cluster",
    "consensus_app.core.themes.semantic",
    "consensus_app.core.themes.agreement",
)


def import_review_modules() -> None:
    """Import what a review brief gathers with, before the caller imports Qt."""
    for name in REVIEW_MODULES:
        importlib.import_module(name)
