"""A pursuit's owner in the interchange format (version 2, optional): `"owner": {"id", "name"}` —
the colleague's stable user id and the name they had when made owner, as a rating's rater.

A file without it (version 1, or a pursuit nobody owns) imports as a pursuit without an owner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models import PursuitRecord


def owner_part(pursuit: PursuitRecord) -> dict[str, Any]:
    """The pursuit's "owner" for an export ({} when nobody owns it)."""
    if not pursuit.owner_id:
        return {}
    return {"owner": {"id": pursuit.owner_id, "name": pursuit.owner_name or pursuit.owner_id}}


def owner_columns(pursuit: Mapping[str, Any]) -> dict[str, str | None]:
    """The pursuit's owner columns from a checked document's pursuit."""
    owner = pursuit.get("owner")
    if not owner:
        return {"owner_id": None, "owner_name": None}
    return {"owner_id": str(owner["id"]).strip(), "owner_name": " ".join(str(owner["name"]).split())}
