"""The seller's theme corrections applied to the engine's grouping, in one place.

Corrections are stored as *pins* (this statement belongs to that corrected theme, or to no
theme) and *corrected themes* (a stable key, the seller's name, or "not a theme"). They never
name the engine's cluster numbers, which change with every run. After the engine has grouped
the statements, `relabel` puts each pinned statement where the seller put it, and the others
follow by similarity:

- a statement the engine grouped with pinned ones (at least half of its group) joins the
  corrected theme of those anchors whose centre it is closest to: a split stays split and a
  merge stays merged when new statements arrive, while a group that lost a statement or two to
  another theme stays the engine's;
- a statement the engine left unthemed joins the corrected theme closest to it when it is at
  least `engine.ATTACH_FROM` (cosine) from its centre;
- a corrected theme marked "not a theme" keeps its statements, and those that join it, unthemed.

A corrected theme is one the seller has vouched for: its pinned statements count as confident
and it may be a bridge whatever its agreement figure (the figure is still shown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from consensus_app.core.themes.pursuit import ThemeCoverage
    from models.tables import PriorityRecord
    from models.theme_corrections import ThemeCorrectionSet

FREE, NO_THEME = -1, -2  # a statement's pin: none, or "belongs to no theme"


@dataclass(frozen=True)
class ThemeRef:
    """A theme as the seller sees it: its name, its statements (priority ids) and its key if corrected."""

    label: str
    priority_ids: tuple[int, ...]
    key: str | None = None


def theme_ref(coverage: ThemeCoverage) -> ThemeRef:
    """The theme a row of the Themes tab shows: every statement in it, loosely related ones too."""
    return ThemeRef(coverage.theme.label, (*coverage.priorities, *coverage.loose), coverage.theme.key)


@dataclass(frozen=True)
class Pinning:
    """Corrections in the engine's terms: per statement a group index, FREE or NO_THEME."""

    keys: list[str]  # the corrected themes' keys, by group index
    pins: list[int]  # per statement
    names: dict[int, str] = field(default_factory=dict)  # group index -> the seller's name
    dismissed: set[int] = field(default_factory=set)  # groups marked "not a theme"

    def distinct(self, inverse: Sequence[int], count: int) -> list[int]:
        """Per distinct statement (duplicates folded), the first pin any of its copies has."""
        found = [FREE] * count
        for statement, place in enumerate(inverse):
            if found[place] == FREE:
                found[place] = self.pins[statement]
        return found


@dataclass(frozen=True)
class SellerPin:
    """Where the seller put one statement: a corrected theme (key, name, "not a theme"), or no theme."""

    key: str | None
    name: str | None = None
    not_a_theme: bool = False


def seller_pin(
    priority_id: int, corrections: ThemeCorrectionSet | None, prefix: str = ""
) -> SellerPin | None:
    """The statement's pin (None: the engine places it). `prefix` keeps accounts' keys apart."""
    if not corrections or priority_id not in corrections.pins:
        return None
    key = corrections.pins[priority_id]
    theme = corrections.theme(key) if key is not None else None
    if theme is None:
        return SellerPin(None)
    return SellerPin(prefix + theme.key, theme.name, theme.not_a_theme)


def pinning_for(
    priorities: Sequence[PriorityRecord], corrections: ThemeCorrectionSet | None
) -> Pinning | None:
    """The corrections that concern these statements (None when none do)."""
    return pinning_of([seller_pin(p.id, corrections) for p in priorities])


def pinning_of(pins: Sequence[SellerPin | None]) -> Pinning | None:
    """Per statement pins in the engine's terms (None when there are none)."""
    if not any(pin is not None for pin in pins):
        return None
    keys: list[str] = []
    index: dict[str, int] = {}
    found, names, dismissed = [], {}, set()
    for pin in pins:
        if pin is None:
            found.append(FREE)
        elif pin.key is None:
            found.append(NO_THEME)
        else:
            if pin.key not in index:
                index[pin.key] = group = len(keys)
                keys.append(pin.key)
                if pin.name:
                    names[group] = pin.name
                if pin.not_a_theme:
                    dismissed.add(group)
            found.append(index[pin.key])
    return Pinning(keys, found, names, dismissed)


def relabel(
    labels: NDArray[np.intp],
    points: NDArray[np.float32],
    counts: NDArray[np.intp],
    pins: Sequence[int],
    dismissed: set[int],
    attach_from: float,
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Labels per distinct statement after the corrections, and each one's corrected group (-1: none).

    `labels` are the engine's (-1 unthemed), `pins` per distinct statement (group, FREE or
    NO_THEME). Corrected groups get labels after the engine's; a dismissed group's statements
    and an engine theme left with one statement said once come out unthemed (-1).
    """
    import numpy as np

    from consensus_app.core.themes.semantic import unit_rows

    pinned = np.asarray(pins, dtype=np.intp)
    groups = int(pinned.max()) + 1 if len(pinned) and pinned.max() >= 0 else 0
    first_group = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    group_of = np.where(pinned >= 0, pinned, -1).astype(np.intp)
    if groups:
        sums = np.zeros((groups, points.shape[1]), dtype=np.float32)
        anchors = np.flatnonzero(pinned >= 0)
        np.add.at(sums, pinned[anchors], points[anchors])
        centres = unit_rows(sums)
        closeness = points @ centres.T  # (statements, groups)
        for label in {int(x) for x in labels[pinned >= 0] if x >= 0}:
            here = labels == label
            if 2 * int((here & (pinned >= 0)).sum()) < int(here.sum()):
                continue  # a few statements moved out of this theme: the rest stay the engine's
            near = np.unique(pinned[here & (pinned >= 0)])
            free = np.flatnonzero(here & (pinned == FREE))
            if len(free):
                best = near[closeness[np.ix_(free, near)].argmax(axis=1)]
                group_of[free] = best
        live = np.asarray([g for g in range(groups) if g not in dismissed], dtype=np.intp)
        alone = np.flatnonzero((labels < 0) & (pinned == FREE))
        if len(live) and len(alone):
            scores = closeness[np.ix_(alone, live)]
            best = scores.argmax(axis=1)
            joins = scores[np.arange(len(alone)), best] >= attach_from
            group_of[alone[joins]] = live[best[joins]]
    result = labels.copy()
    result[pinned == NO_THEME] = -1
    result[group_of >= 0] = first_group + group_of[group_of >= 0]
    for group in dismissed:
        result[group_of == group] = -1
        group_of[group_of == group] = -1
    # An engine theme the corrections left with one statement said once fits no theme.
    engine_made = (result >= 0) & (group_of < 0)
    if engine_made.any():
        said = np.bincount(result[engine_made], weights=counts[engine_made], minlength=int(result.max()) + 1)
        result[engine_made & (said[np.maximum(result, 0)] <= 1)] = -1
    return result.astype(np.intp), group_of
