"""A pursuit's owner: the colleagues who can own one, its owner columns, and the interchange
format's optional `"owner": {"id", "name"}` (version 2) — the colleague's stable user id and the
name they had when made owner, as a rating's rater.

A file without it (version 1, or a pursuit nobody owns) imports as a pursuit without an owner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models import PursuitRecord

Owner = tuple[str, str]  # (user id, name)


def known_users(authors: Mapping[str, str], me: Owner) -> list[Owner]:
    """Who can own a pursuit: everyone who has written in the workspace ({user id: the name they
    go by now}) and this user under their name now, by name (the window's and the command line's)."""
    return by_name({**authors, me[0]: me[1]})


def by_name(users: Mapping[str, str]) -> list[Owner]:
    """{user id: name} as (user id, name) in the order of their names."""
    return sorted(users.items(), key=lambda user: (user[1].casefold(), user[0]))


def owner_fields(owner: Owner | None) -> dict[str, str | None]:
    """The pursuit's owner columns for `owner`, or for nobody (None)."""
    return {"owner_id": owner[0] if owner else None, "owner_name": owner[1] if owner else None}


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
