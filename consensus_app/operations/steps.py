"""The reversible writes operations are made of: change fields, create, delete, place cards.

A step writes naming a version of its row: the first time, the version the user saw (an edit
made over a colleague's newer change must be refused, not silently win); on undo and redo, the
version this window itself last wrote. `Writer` keeps both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from consensus_app.operations.changed import POSITION, STAKEHOLDER, Changed

if TYPE_CHECKING:
    from consensus_app.storage.repositories import Repositories
    from consensus_app.storage.repository_base import EntityRepository
    from consensus_app.storage.tombstones import Tombstone

Key = tuple[str, int]
Point = tuple[float, float]


@dataclass
class Versions:
    """Which version of each row the user saw on screen, and which this window last wrote."""

    seen: dict[Key, int] = field(default_factory=dict)
    written: dict[Key, int] = field(default_factory=dict)
    overwrite: dict[Key, int] = field(default_factory=dict)  # the user chose to write over these

    def note(self, entity: str, record: Any) -> None:
        """A row this window wrote: what it now shows, and what its undo must find."""
        key = (entity, record.id)
        self.seen[key] = self.written[key] = record.version
        self.overwrite.pop(key, None)

    def copy(self) -> Versions:
        return Versions(dict(self.seen), dict(self.written), dict(self.overwrite))

    def restore(self, other: Versions) -> None:
        self.seen, self.written, self.overwrite = other.seen, other.written, other.overwrite

    def show(self, entity: str, records: Any) -> None:
        """Rows read for the screen (a pursuit opened or reloaded)."""
        self.seen.update({(entity, r.id): r.version for r in records})


@dataclass
class Writer:
    """What a step writes through: the repositories, the versions, and whether this is the first run."""

    repos: Repositories
    versions: Versions
    changed: Changed
    first: bool

    def version(self, entity: str, row_id: int) -> int | None:
        key = (entity, row_id)
        if key in self.versions.overwrite:
            return self.versions.overwrite[key]
        return (self.versions.seen if self.first else self.versions.written).get(key)

    def repo(self, entity: str) -> EntityRepository[Any, Any]:
        return repository(self.repos, entity)


class Step(ABC):
    """One write and its reverse.

    `kept`: the user kept a colleague's newer change of this step's row over its last run, so
    the next run (the other way) leaves the row alone too.
    """

    kept = False

    @property
    def key(self) -> Key | None:
        """The row this step writes, as conflicts name it (None: no versioned row)."""
        return None

    @abstractmethod
    def apply(self, w: Writer) -> None: ...

    @abstractmethod
    def revert(self, w: Writer) -> None: ...


class Update(Step):
    def __init__(self, entity: str, row_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.entity, self.row_id, self.old, self.new = entity, row_id, old, new

    @property
    def key(self) -> Key | None:
        return (self.entity, self.row_id)

    def apply(self, w: Writer) -> None:
        self._write(w, self.new)

    def revert(self, w: Writer) -> None:
        self._write(w, self.old)

    def _write(self, w: Writer, values: dict[str, Any]) -> None:
        record = w.repo(self.entity).update(
            self.row_id, expected_version=w.version(self.entity, self.row_id), **values
        )
        w.versions.note(self.entity, record)
        w.changed.wrote(self.entity, record)
        if self.entity == STAKEHOLDER and "reports_to_id" in values:
            w.changed.managers[self.row_id] = values["reports_to_id"]


class Create(Step):
    """Undo deletes what was created; redo brings the very same row back (same id and key).

    `make` writes the row the first time (a repository's create, or a larger write such as a
    message with its recipients); `record` is then the row as created.
    """

    def __init__(self, entity: str, make: Callable[[Repositories], Any]) -> None:
        self.entity, self._make = entity, make
        self.record: Any = None
        self._tombstone: Tombstone | None = None

    @property
    def key(self) -> Key | None:
        return (self.entity, self.record.id) if self.record is not None else None

    def apply(self, w: Writer) -> None:
        repo = w.repo(self.entity)
        if self._tombstone is None:
            self.record = self._make(w.repos)
        else:
            self.record = repo.restore(self._tombstone)
        w.versions.note(self.entity, self.record)
        w.changed.created(self.entity, self.record)
        if self._tombstone is not None:
            _came_back(w, self._tombstone)

    def revert(self, w: Writer) -> None:
        row_id = self.record.id
        self._tombstone = w.repo(self.entity).delete(row_id, expected_version=w.version(self.entity, row_id))
        w.changed.deleted(self.entity, row_id, _last_values(self._tombstone))
        _went_along(w, self._tombstone)


class Delete(Step):
    def __init__(self, entity: str, row_id: int) -> None:
        self.entity, self.row_id = entity, row_id
        self._tombstone: Tombstone | None = None

    @property
    def key(self) -> Key | None:
        return (self.entity, self.row_id)

    def apply(self, w: Writer) -> None:
        self._tombstone = w.repo(self.entity).delete(
            self.row_id, expected_version=w.version(self.entity, self.row_id)
        )
        w.changed.deleted(self.entity, self.row_id, _last_values(self._tombstone))
        _went_along(w, self._tombstone)

    def revert(self, w: Writer) -> None:
        assert self._tombstone is not None
        record = w.repo(self.entity).restore(self._tombstone)
        w.versions.note(self.entity, record)
        w.changed.created(self.entity, record)
        _came_back(w, self._tombstone)


class PlaceCards(Step):
    """Cards dragged on one layout of one pursuit: where they were, where they are."""

    def __init__(self, pursuit_id: int, layout: str, old: dict[int, Point], new: dict[int, Point]) -> None:
        self.pursuit_id, self.layout, self.old, self.new = pursuit_id, layout, old, new

    def apply(self, w: Writer) -> None:
        self._place(w, self.new)

    def revert(self, w: Writer) -> None:
        self._place(w, self.old)

    def _place(self, w: Writer, points: dict[int, Point]) -> None:
        w.repos.positions.save(self.pursuit_id, self.layout, points)
        w.changed.moved.update(points)
        w.changed.records[(POSITION, self.pursuit_id)] = self.layout


class ForgetPlaces(Step):
    """Reset layout: the saved places of one layout go, and come back on undo."""

    def __init__(self, pursuit_id: int, layout: str) -> None:
        self.pursuit_id, self.layout = pursuit_id, layout
        self._saved: dict[int, Point] = {}

    def apply(self, w: Writer) -> None:
        self._saved = w.repos.positions.get(self.pursuit_id, self.layout)
        w.repos.positions.clear(self.pursuit_id, self.layout)
        w.changed.records[(POSITION, self.pursuit_id)] = self.layout

    def revert(self, w: Writer) -> None:
        w.repos.positions.save(self.pursuit_id, self.layout, self._saved)
        w.changed.moved.update(self._saved)
        w.changed.records[(POSITION, self.pursuit_id)] = self.layout


def _repositories(repos: Repositories) -> tuple[EntityRepository[Any, Any], ...]:
    return (
        repos.accounts,
        repos.pursuits,
        repos.stakeholders,
        repos.committee,
        repos.priorities,
        repos.relationships,
        repos.messages,
        repos.plan_steps,
    )


def repository(repos: Repositories, entity: str) -> EntityRepository[Any, Any]:
    for repo in _repositories(repos):
        if repo.entity == entity:
            return repo
    raise KeyError(f"no repository holds {entity!r} rows")


def _by_table(repos: Repositories) -> dict[str, EntityRepository[Any, Any]]:
    return {str(repo.row_type.__tablename__): repo for repo in _repositories(repos)}


# Views change cards and lines from these (no second read of the map): the rows a delete took
# along (a person's seats, ties and priorities) and the reporting lines it cut, and on undo the same
# rows coming back.


def _went_along(w: Writer, tombstone: Tombstone) -> None:
    for repo, row in _rows_along(w, tombstone):
        w.changed.deleted(repo.entity, row["id"], row)
    for report, _manager in _cut_lines(w, tombstone):
        w.changed.managers[report] = None


def _came_back(w: Writer, tombstone: Tombstone) -> None:
    for repo, row in _rows_along(w, tombstone):
        record = repo.get(row["id"])
        w.versions.note(repo.entity, record)
        w.changed.created(repo.entity, record)
    for report, manager in _cut_lines(w, tombstone):
        w.changed.managers[report] = manager


def _rows_along(w: Writer, tombstone: Tombstone) -> list[tuple[EntityRepository[Any, Any], dict[str, Any]]]:
    """The rows of the tables views know (seats, ties, priorities…) a delete took with its row."""
    repos = _by_table(w.repos)
    return [
        (repos[table], row)
        for table, rows in tombstone.rows.items()
        if table in repos and table != tombstone.table
        for row in rows
    ]


def _cut_lines(w: Writer, tombstone: Tombstone) -> list[tuple[int, int]]:
    """(report, manager) of each reporting line the delete cut (the reports stay, managerless)."""
    table = str(w.repos.stakeholders.row_type.__tablename__)
    return [
        (pk, old) for name, column, pk, old in tombstone.nulled if (name, column) == (table, "reports_to_id")
    ]


def _last_values(tombstone: Tombstone) -> dict[str, Any]:
    rows = tombstone.rows.get(tombstone.table) or [{}]
    return rows[0]
