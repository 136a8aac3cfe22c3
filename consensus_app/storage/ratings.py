"""Colleagues' ratings of people, kept per rater beside the agreed values (models/ratings.py).

Rows are written by the rating step of an edit (operations/ratings.py) and taken back by its
undo, or brought in by an import; nothing changes a row once written. Reads give each rating
the rater's name as colleagues see it now (workspace_user), or the name they rated under.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, or_
from sqlmodel import Session, col, select

from consensus_app.core.ratings_document import rating_rows
from models import Stakeholder, WorkspaceUser
from models.rating_view import Rating
from models.ratings import PersonRating, PersonRatingRecord, RatedField

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


class RatingRepository:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(
        self,
        stakeholder_id: int,
        field: RatedField,
        value: str,
        pursuit_id: int | None = None,
        day: date | None = None,
        rating_id: int | None = None,
    ) -> PersonRatingRecord:
        """This user's view, dated `day` (today); `rating_id` puts back one taken away (redo)."""
        record = PersonRatingRecord(
            id=rating_id or 0,
            pursuit_id=None if field is RatedField.PROFILE else pursuit_id,
            stakeholder_id=stakeholder_id,
            field=field,
            value=value,
            day=day or date.today(),
            rater_id=self._ws.identity.user_id,
            rater_name=self._ws.actor,
        )  # (validates the value against the field before anything is written)
        with self._ws.write() as session:
            row = PersonRating(**record.model_dump(exclude={"id"}), id=rating_id)
            session.add(row)
            session.flush()
            return PersonRatingRecord.model_validate(row.model_dump())

    def add_many(self, rows: Iterable[dict[str, Any]]) -> int:
        """Ratings as given (an import: other raters, their days); each row is validated first."""
        values = [
            PersonRatingRecord.model_validate({"id": 0, **row}).model_dump(exclude={"id"}) for row in rows
        ]
        if values:
            with self._ws.write() as session:
                session.execute(insert(PersonRating), values)
        return len(values)

    def remove(self, rating_id: int) -> None:
        with self._ws.write() as session:
            session.execute(delete(PersonRating).where(col(PersonRating.id) == rating_id))

    def for_pursuit(self, pursuit_id: int) -> list[Rating]:
        """The ratings a pursuit's map shows: its seats' stances and influences, and the profiles
        of its account's people, oldest first."""
        with self._ws.read() as session:
            return load_ratings(session, pursuit_id=pursuit_id)

    def for_account(self, account_id: int) -> list[Rating]:
        with self._ws.read() as session:
            return load_ratings(session, account_id=account_id)


def import_ratings(
    conn: Connection, account: Mapping[str, Any], pursuits: Mapping[str, int], people: Mapping[str, int]
) -> int:
    """An interchange account's ratings (checked by core/ratings_document.py), inside the import's
    transaction; how many were written."""
    values = [
        PersonRatingRecord.model_validate({"id": 0, **row}).model_dump(exclude={"id"})
        for row in rating_rows(account, people, pursuits)
    ]
    if values:
        conn.execute(insert(PersonRating.__table__), values)  # type: ignore[attr-defined]
    return len(values)


def load_ratings(
    session: Session,
    *,
    account_id: int | None = None,
    pursuit_id: int | None = None,
) -> list[Rating]:
    """Every rating of the account's people (all pursuits), or those a pursuit's map shows."""
    query = select(PersonRating, WorkspaceUser.display_name).join(
        WorkspaceUser, col(WorkspaceUser.id) == col(PersonRating.rater_id), isouter=True
    )
    if pursuit_id is not None:
        from models import Pursuit

        pursuit = session.get(Pursuit, pursuit_id)
        if pursuit is None:
            return []
        account_id = pursuit.account_id
        query = query.where(
            or_(col(PersonRating.pursuit_id) == pursuit_id, col(PersonRating.pursuit_id).is_(None))
        )
    query = (
        query.join(Stakeholder, col(Stakeholder.id) == col(PersonRating.stakeholder_id))
        .where(Stakeholder.account_id == account_id)
        .order_by(col(PersonRating.day), col(PersonRating.id))
    )
    return [as_rating(row, name) for row, name in session.exec(query)]


def as_rating(row: PersonRating | PersonRatingRecord, shown_name: str | None = None) -> Rating:
    assert row.id is not None
    return Rating(
        rating_id=row.id,
        pursuit_id=row.pursuit_id,
        stakeholder_id=row.stakeholder_id,
        field=RatedField(row.field).value,
        value=row.value,
        rater_id=row.rater_id,
        rater_name=shown_name or row.rater_name,
        day=row.day,
    )
