"""The seller's theme corrections of one account: read as plain data, written a few rows at a time.

Writes name only the rows an edit touches (some corrected themes, some statements' pins), so
two colleagues correcting different themes of one account on a team server do not overwrite
each other; the same call with the old values undoes an edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, delete, func, insert, update
from sqlmodel import Session, SQLModel, col, select

from consensus_app.core.themes.corrections_document import FIELD
from consensus_app.storage.errors import ConcurrentEditError
from models import Account, ChangeAction, ChangeLogEntry, Priority
from models.theme_corrections import CorrectedTheme, CorrectedThemeRecord, ThemeCorrectionSet, ThemePin

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

UNPINNED: Final = ""  # a pin value meaning "no pin row": the engine places the statement
THEME_ENTITY: Final = "theme"  # in the change log


@dataclass(frozen=True)
class CorrectionsVersion:
    """An account's theme corrections as one versioned thing: `id` the account's, `version` the
    change-log entry of their last write (0: never corrected). Every correction writes one entry,
    so a colleague's correction since the window loaded the themes shows as a newer version."""

    id: int
    version: int


def corrections_version(session: Session, account_id: int) -> int:
    last = session.exec(
        select(func.max(ChangeLogEntry.id)).where(
            ChangeLogEntry.entity == THEME_ENTITY, ChangeLogEntry.account_id == account_id
        )
    ).one()
    return int(last or 0)


def _conflict(session: Session, account_id: int, seen: int, now: int, label: str) -> ConcurrentEditError:
    """Who corrected the account's themes since version `seen`, from the change log."""
    actors = session.exec(
        select(ChangeLogEntry.actor)
        .where(
            ChangeLogEntry.entity == THEME_ENTITY,
            ChangeLogEntry.account_id == account_id,
            col(ChangeLogEntry.id) > seen,
        )
        .order_by(col(ChangeLogEntry.id))
    ).all()
    return ConcurrentEditError(
        THEME_ENTITY,
        label,
        CorrectionsVersion(account_id, now),
        {},
        list(dict.fromkeys(actors)),
        seen_version=seen,
    )


def load_corrections(session: Session, account_id: int) -> ThemeCorrectionSet:
    """The account's corrected themes (by id) and its statements' pins."""
    themes = session.exec(
        select(CorrectedTheme).where(CorrectedTheme.account_id == account_id).order_by(col(CorrectedTheme.id))
    ).all()
    key_of = {t.id: t.key for t in themes}
    pins = session.exec(
        select(ThemePin.priority_id, ThemePin.theme_id).where(ThemePin.account_id == account_id)
    ).all()
    return ThemeCorrectionSet(
        tuple(CorrectedThemeRecord(t.key, t.name, t.not_a_theme, t.id) for t in themes),
        {pid: key_of.get(tid) if tid is not None else None for pid, tid in pins},
    )


class ThemeCorrectionRepository:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def for_account(self, account_id: int) -> ThemeCorrectionSet:
        with self._ws.read() as session:
            return load_corrections(session, account_id)

    def version(self, account_id: int) -> CorrectionsVersion:
        """The version of the account's corrections, for a later write to name."""
        with self._ws.read() as session:
            return CorrectionsVersion(account_id, corrections_version(session, account_id))

    def write(
        self,
        account_id: int,
        themes: Mapping[str, CorrectedThemeRecord | None],
        pins: Mapping[int, str | None],
        summary: str,
        expected_version: int | None = None,
        label: str = "",
    ) -> CorrectionsVersion:
        """Set these corrected themes (None: remove it) and these pins (a theme's key, None for
        no theme, UNPINNED to remove the pin); rows not named are left as they are. Returns the
        corrections' new version.

        With `expected_version` (the version the user saw), corrections a colleague made since
        are left alone and ConcurrentEditError says who made them (`label`: the theme the user
        corrected). Without it the last writer wins.
        A pin of a statement deleted meanwhile is skipped: there is nothing left to place.
        """
        with self._ws.write() as session:
            if expected_version is not None:
                # One correction of an account at a time on a server: a second waits here, then
                # sees the first's entry (SQLite writes one at a time anyway).
                session.exec(select(Account.id).where(Account.id == account_id).with_for_update()).all()
                now = corrections_version(session, account_id)
                if now != expected_version:
                    raise _conflict(session, account_id, expected_version, now, label)
            ids = self._put_themes(session, account_id, themes)
            existing = set(
                session.exec(
                    select(Priority.id).where(
                        Priority.account_id == account_id, col(Priority.id).in_(list(pins))
                    )
                ).all()
            )
            session.execute(delete(ThemePin).where(col(ThemePin.priority_id).in_(list(pins))))
            rows = [
                {"priority_id": pid, "account_id": account_id, "theme_id": ids[key] if key else None}
                for pid, key in pins.items()
                if key != UNPINNED and pid in existing
            ]
            if rows:
                session.execute(insert(ThemePin), rows)
            gone = [key for key, theme in themes.items() if theme is None]
            if gone:  # (after the pins: a pin moved out of a removed theme is kept)
                session.execute(
                    delete(CorrectedTheme).where(
                        col(CorrectedTheme.account_id) == account_id, col(CorrectedTheme.key).in_(gone)
                    )
                )
            self._ws.log_change(
                session,
                action=ChangeAction.UPDATE,
                entity=THEME_ENTITY,
                summary=summary,
                account_id=account_id,
                pursuit_id=None,
                entity_key=None,
                details=None,
            )
            return CorrectionsVersion(account_id, corrections_version(session, account_id))

    def _put_themes(
        self, session: Session, account_id: int, themes: Mapping[str, CorrectedThemeRecord | None]
    ) -> dict[str, int]:
        """Insert or update the themes named; every key of the account -> its row id."""
        found = {
            t.key: t
            for t in session.exec(select(CorrectedTheme).where(CorrectedTheme.account_id == account_id)).all()
        }
        for key, theme in themes.items():
            if theme is None:
                continue
            values = {"name": theme.name, "not_a_theme": theme.not_a_theme}
            if key in found:
                session.execute(
                    update(CorrectedTheme).where(col(CorrectedTheme.id) == found[key].id).values(**values)
                )
            else:
                session.execute(insert(CorrectedTheme).values(account_id=account_id, key=key, **values))
        rows = session.exec(
            select(CorrectedTheme.key, CorrectedTheme.id).where(CorrectedTheme.account_id == account_id)
        ).all()
        return {key: row_id for key, row_id in rows if row_id is not None}


def import_corrections(conn: Connection, account: Mapping[str, Any], account_id: int) -> None:
    """The account's `theme_corrections` from an interchange document (checked), into new rows."""
    part = account.get(FIELD)
    if not part:
        return
    priority = SQLModel.metadata.tables["priority"]
    ids: dict[str, int] = dict(
        conn.execute(select(priority.c.key, priority.c.id).where(priority.c.account_id == account_id)).all()
    )
    themes = part.get("themes", [])
    if themes:
        conn.execute(
            insert(CorrectedTheme),
            [
                {
                    "account_id": account_id,
                    "key": t["id"],
                    "name": t.get("name"),
                    "not_a_theme": bool(t.get("not_a_theme", False)),
                }
                for t in themes
            ],
        )
    table = SQLModel.metadata.tables["corrected_theme"]
    theme_ids: dict[str, int] = dict(
        conn.execute(select(table.c.key, table.c.id).where(table.c.account_id == account_id)).all()
    )
    pins: list[dict[str, int | None]] = [
        {"priority_id": ids[ref], "account_id": account_id, "theme_id": theme_ids[t["id"]]}
        for t in themes
        for ref in t.get("statements", [])
    ]
    pins += [
        {"priority_id": ids[ref], "account_id": account_id, "theme_id": None}
        for ref in part.get("unthemed", [])
    ]
    if pins:
        conn.execute(insert(ThemePin), pins)
