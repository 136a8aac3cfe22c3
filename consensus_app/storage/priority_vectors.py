"""The theme engine's stored sentence vectors, one per priority (core/themes/vectors.py uses them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert
from sqlmodel import col, select

from models import Priority, PriorityVector

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from consensus_app.storage.workspace import Workspace

CHUNK = 900  # ids per IN (...): below SQLite's variable limit on old builds


class PriorityVectorRepository:
    """Vectors keyed by priority id, with the model and text they were computed from."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def cached(self, model: str, wanted: Mapping[int, str]) -> dict[int, NDArray[np.float32]]:
        import numpy as np

        found: dict[int, NDArray[np.float32]] = {}
        ids = list(wanted)
        with self._ws.read() as session:
            for start in range(0, len(ids), CHUNK):
                # Three columns, not ORM objects: a pursuit's 1,000 vectors read in a third of the time.
                query = select(
                    col(PriorityVector.priority_id), col(PriorityVector.text_hash), col(PriorityVector.vector)
                ).where(
                    col(PriorityVector.priority_id).in_(ids[start : start + CHUNK]),
                    PriorityVector.model == model,
                )
                for priority_id, hashed, vector in session.execute(query):
                    if hashed == wanted[priority_id]:
                        found[priority_id] = np.frombuffer(vector, dtype="<f4").astype(np.float32)
        return found

    def store(self, model: str, rows: Mapping[int, tuple[str, NDArray[np.float32]]]) -> None:
        import numpy as np

        ids = list(rows)
        with self._ws.write() as session:
            present: set[int] = set()
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                session.execute(delete(PriorityVector).where(col(PriorityVector.priority_id).in_(chunk)))
                present.update(
                    session.execute(select(col(Priority.id)).where(col(Priority.id).in_(chunk))).scalars()
                )
            # A priority deleted (or undone) while its vector was computed has nothing to keep.
            rows = {pid: row for pid, row in rows.items() if pid in present}
            if rows:
                session.execute(
                    insert(PriorityVector),
                    [
                        {
                            "priority_id": pid,
                            "model": model,
                            "dims": int(vector.shape[0]),
                            "vector": np.asarray(vector, dtype="<f4").tobytes(),
                            "text_hash": text_hash,
                        }
                        for pid, (text_hash, vector) in rows.items()
                    ],
                )

    def count(self, model: str | None = None) -> int:
        from sqlalchemy import func

        query = select(func.count()).select_from(PriorityVector)
        if model is not None:
            query = query.where(PriorityVector.model == model)
        with self._ws.read() as session:
            return int(session.exec(query).one())
