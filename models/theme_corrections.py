"""The seller's corrections of the theme engine, per account (migration 0007).

A *corrected theme* is a theme the seller touched: renamed, merged into, split off, moved a
statement to, or marked "not a theme". Its identity is its key (stable across exports and
re-analysis), not the engine's cluster number. A *pin* says where one statement belongs: in a
corrected theme, or (theme_id NULL) in no theme. Pinned statements are the anchors that carry a
corrected theme through re-analysis: statements the engine groups with them, and new statements
close to them, join it (core/themes/corrections.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

import models.tables  # noqa: F401  (the naming convention of constraints is set there)
from models.enums import KEY_MAX, KEY_PATTERN, NAME_MAX


class CorrectedTheme(SQLModel, table=True):
    """A theme as the seller corrected it: its own name, or "not a theme" (its statements unthemed)."""

    __tablename__ = "corrected_theme"
    __table_args__ = (UniqueConstraint("account_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    name: str | None = Field(default=None, max_length=NAME_MAX)  # None: the engine names it
    not_a_theme: bool = False


class ThemePin(SQLModel, table=True):
    """Where the seller put one statement: a corrected theme, or no theme (theme_id NULL)."""

    __tablename__ = "theme_pin"
    priority_id: int = Field(foreign_key="priority.id", ondelete="CASCADE", primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    theme_id: int | None = Field(
        default=None, foreign_key="corrected_theme.id", ondelete="CASCADE", index=True
    )


@dataclass(frozen=True)
class CorrectedThemeRecord:
    key: str
    name: str | None = None
    not_a_theme: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ThemeCorrectionSet:
    """An account's corrections as plain data: its corrected themes and where each pinned
    statement belongs (priority id -> a corrected theme's key, or None: no theme)."""

    themes: tuple[CorrectedThemeRecord, ...] = ()
    pins: dict[int, str | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.themes or self.pins)

    def theme(self, key: str) -> CorrectedThemeRecord | None:
        return next((t for t in self.themes if t.key == key), None)

    def fingerprint(self) -> tuple[object, ...]:
        """What theming depends on, hashable (the themes service's cache key)."""
        return (
            tuple(sorted((t.key, t.name or "", t.not_a_theme) for t in self.themes)),
            tuple(sorted((pid, key or "") for pid, key in self.pins.items())),
        )
