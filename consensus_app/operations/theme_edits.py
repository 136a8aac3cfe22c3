"""The seller's theme corrections as undoable operations: move, merge, split, rename, not a theme.

Each edit reads the account's corrections, works out the few rows it changes (corrected themes
and statements' pins, core/themes/corrections.py says what they mean) and keeps their old values
for undo. A theme the engine found and the seller touches for the first time becomes a corrected
theme: a new stable key, with every statement the seller saw in it pinned there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from consensus_app.core.text_checks import forbidden_character
from consensus_app.core.themes.corrections import ThemeRef
from consensus_app.i18n import _
from consensus_app.operations.operation import Operation
from consensus_app.operations.steps import Key, Step, Writer
from consensus_app.storage.errors import ConstraintError
from models.enums import NAME_MAX

if TYPE_CHECKING:
    from consensus_app.storage.repositories import Repositories
    from models.theme_corrections import CorrectedThemeRecord, ThemeCorrectionSet

# The window's first frame loads this module (the controller names every edit): the storage layer
# (SQLAlchemy, SQLModel) loads when an edit is first made, not before.


def _unpinned() -> str | None:
    from consensus_app.storage.theme_corrections import UNPINNED

    return UNPINNED


def _new_theme(name: str | None = None) -> CorrectedThemeRecord:
    from consensus_app.storage.repository_base import new_key
    from models.theme_corrections import CorrectedThemeRecord

    key = new_key("theme")
    return CorrectedThemeRecord(key) if name is None else CorrectedThemeRecord(key, name)


THEME = "theme"  # Changed.records[(THEME, account id)]: the account's themes were corrected


@dataclass
class ThemeRows:
    """Some corrected themes (None: no such row) and some pins (key, None, or UNPINNED)."""

    themes: dict[str, CorrectedThemeRecord | None] = field(default_factory=dict)
    pins: dict[int, str | None] = field(default_factory=dict)


class ReviseThemes(Step):
    """Write some corrected themes and pins of one account; undo writes their old values.

    Like any edit on a shared workspace it names the version of the account's corrections the
    user saw (the window notes it when it loads the themes): a colleague's correction since is
    not silently overwritten, the user is asked (operation.py). `label`: the theme corrected.
    """

    def __init__(self, account_id: int, text: str, old: ThemeRows, new: ThemeRows, label: str = "") -> None:
        self.account_id, self.text, self.old, self.new, self.label = account_id, text, old, new, label

    @property
    def key(self) -> Key | None:
        return (THEME, self.account_id)

    def apply(self, w: Writer) -> None:
        self._write(w, self.new, self.text)

    def revert(self, w: Writer) -> None:
        self._write(w, self.old, f"Undid: {self.text}")

    def _write(self, w: Writer, rows: ThemeRows, summary: str) -> None:
        expected = w.version(THEME, self.account_id)
        version = w.repos.theme_corrections.write(
            self.account_id, rows.themes, rows.pins, summary, expected_version=expected, label=self.label
        )
        w.versions.note(THEME, version)
        w.changed.records[(THEME, self.account_id)] = self.account_id


class _Draft:
    """The new rows of one edit, made against the account's current corrections."""

    def __init__(self, current: ThemeCorrectionSet) -> None:
        self.current = current
        self.new = ThemeRows()

    def theme_of(self, ref: ThemeRef, **changes: object) -> str:
        """The key of the theme `ref` shows, made a corrected theme with its statements pinned."""
        known = self.current.theme(ref.key) if ref.key is not None else None
        base = self.new.themes.get(ref.key or "") or known or _new_theme()
        key = base.key
        self.new.themes[key] = replace(base, **changes)  # type: ignore[arg-type]
        for priority_id in ref.priority_ids:
            self.new.pins.setdefault(priority_id, key)
        return key

    def operation(self, account_id: int, text: str, label: str, shown: str = "") -> Operation | None:
        """`text` is stored with the corrections (English, like every stored value); `shown`, its
        words in the current language, names the step in the Edit menu."""
        old = ThemeRows(
            {key: self.current.theme(key) for key in self.new.themes},
            {pid: self.current.pins.get(pid, _unpinned()) for pid in self.new.pins},
        )
        if old.themes == self.new.themes and old.pins == self.new.pins:
            return None
        return Operation(shown or text, [ReviseThemes(account_id, text, old, self.new, label)])


def _current(repos: Repositories, account_id: int) -> _Draft:
    return _Draft(repos.theme_corrections.for_account(account_id))


def _checked_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ConstraintError("a theme's name must not be empty")
    if reason := forbidden_character(cleaned):
        raise ConstraintError(f"a theme's name {reason}")
    if len(cleaned) > NAME_MAX:
        raise ConstraintError(f"a theme's name is too long (at most {NAME_MAX} characters)")
    return cleaned


def move_statement(
    repos: Repositories, account_id: int, priority_id: int, target: ThemeRef | None
) -> Operation | None:
    """One statement into another theme (None: into no theme)."""
    draft = _current(repos, account_id)
    if target is None:
        draft.new.pins[priority_id] = None
        return draft.operation(
            account_id, "Take a statement out of its theme", "", _("Take a statement out of its theme")
        )
    draft.new.pins[priority_id] = draft.theme_of(target)
    shown = _("Move a statement to “{theme}”").format(theme=target.label)
    return draft.operation(account_id, f"Move a statement to “{target.label}”", target.label, shown)


def merge_themes(repos: Repositories, account_id: int, keep: ThemeRef, other: ThemeRef) -> Operation | None:
    """`other`'s statements join `keep`, which keeps its name; `other` is gone."""
    draft = _current(repos, account_id)
    current = draft.current.theme(keep.key) if keep.key else None
    key = draft.theme_of(keep, name=current.name if current and current.name else keep.label)
    for priority_id in other.priority_ids:
        draft.new.pins[priority_id] = key
    if other.key is not None and other.key != key and draft.current.theme(other.key):
        draft.new.themes[other.key] = None
        for priority_id, pinned_to in draft.current.pins.items():  # (also those not shown here)
            if pinned_to == other.key:
                draft.new.pins[priority_id] = key
    shown = _("Merge “{other}” into “{theme}”").format(other=other.label, theme=keep.label)
    return draft.operation(account_id, f"Merge “{other.label}” into “{keep.label}”", keep.label, shown)


def split_theme(
    repos: Repositories, account_id: int, theme: ThemeRef, moved: list[int], name: str
) -> Operation | None:
    """The `moved` statements of `theme` become a new theme called `name`; the rest stay."""
    name = _checked_name(name)
    staying = tuple(p for p in theme.priority_ids if p not in set(moved))
    if not moved or not staying:
        raise ConstraintError("a split needs statements that go and statements that stay")
    draft = _current(repos, account_id)
    draft.theme_of(replace(theme, priority_ids=staying))
    new = _new_theme(name)
    draft.new.themes[new.key] = new
    for priority_id in moved:
        draft.new.pins[priority_id] = new.key
    shown = _("Split “{name}” from “{theme}”").format(name=name, theme=theme.label)
    return draft.operation(account_id, f"Split “{name}” from “{theme.label}”", theme.label, shown)


def rename_theme(repos: Repositories, account_id: int, theme: ThemeRef, name: str) -> Operation | None:
    name = _checked_name(name)
    draft = _current(repos, account_id)
    draft.theme_of(theme, name=name)
    shown = _("Rename “{theme}” to “{name}”").format(theme=theme.label, name=name)
    return draft.operation(account_id, f"Rename “{theme.label}” to “{name}”", theme.label, shown)


def set_not_a_theme(
    repos: Repositories, account_id: int, theme: ThemeRef, not_a_theme: bool = True
) -> Operation | None:
    """Its statements are unthemed (and stay so when re-analysed); False makes it a theme again."""
    draft = _current(repos, account_id)
    draft.theme_of(theme, not_a_theme=not_a_theme)
    verb = "Mark" if not_a_theme else "Unmark"
    shown = (
        _("Mark “{theme}” as not a theme") if not_a_theme else _("Unmark “{theme}” as not a theme")
    ).format(theme=theme.label)
    return draft.operation(account_id, f"{verb} “{theme.label}” as not a theme", theme.label, shown)


def forget_theme(repos: Repositories, account_id: int, theme: ThemeRef) -> Operation | None:
    """The seller's corrections of this theme go: the app groups its statements again."""
    draft = _current(repos, account_id)
    if theme.key is None or draft.current.theme(theme.key) is None:
        return None
    draft.new.themes[theme.key] = None
    for priority_id, pinned_to in draft.current.pins.items():
        if pinned_to == theme.key:
            draft.new.pins[priority_id] = _unpinned()
    shown = _("Let the app group “{theme}” again").format(theme=theme.label)
    return draft.operation(account_id, f"Let the app group “{theme.label}” again", theme.label, shown)


def put_back(repos: Repositories, account_id: int, priority_id: int) -> Operation | None:
    """A statement the seller took out of the themes goes back: one moved to no theme is placed
    by the app again; one in a theme marked "not a theme" brings that theme back."""
    draft = _current(repos, account_id)
    if priority_id not in draft.current.pins:
        return None
    key = draft.current.pins[priority_id]
    theme = draft.current.theme(key) if key is not None else None
    if theme is not None and theme.not_a_theme:
        draft.new.themes[theme.key] = replace(theme, not_a_theme=False)
        name = theme.name or ""
        shown = (
            _("Make “{theme}” a theme again").format(theme=name) if name else _("Make a theme a theme again")
        )
        return draft.operation(account_id, f"Make “{name or 'a theme'}” a theme again", name, shown)
    draft.new.pins[priority_id] = _unpinned()
    return draft.operation(
        account_id, "Put a statement back in the themes", "", _("Put a statement back in the themes")
    )
