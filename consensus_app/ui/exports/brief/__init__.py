"""The review brief: one PDF per pursuit for a deal review (see document.py)."""

from consensus_app.ui.exports.brief.customer import preview_customer_brief, render_customer_brief
from consensus_app.ui.exports.brief.data import BriefData, brief_data_for, gather_brief
from consensus_app.ui.exports.brief.document import preview_brief, render_brief, write_brief

__all__ = [
    "BriefData",
    "brief_data_for",
    "gather_brief",
    "preview_brief",
    "preview_customer_brief",
    "render_brief",
    "render_customer_brief",
    "write_brief",
]
