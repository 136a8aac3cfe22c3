"""One colleague's view of a person as plain data (no database row): what maps and exports carry.

The table is models/ratings.py; what the views mean (who disagrees, how far) is core/ratings.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Rating:
    """One colleague's view of one field of one person, on a day."""

    rating_id: int
    stakeholder_id: int
    field: str  # stance, influence or profile
    value: str  # "-2" … "2", "1" … "5", or a profile's value
    rater_id: str
    rater_name: str
    day: date
    pursuit_id: int | None = None  # None for a profile (the person's own)
