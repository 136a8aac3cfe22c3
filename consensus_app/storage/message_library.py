"""The message library: drafts saved with their recipients, found again across accounts.

Writes go through the message repository (validated, logged, one transaction); the search
is one query, case-insensitive on both SQLite and PostgreSQL (`lower(...) LIKE lower(...)`;
SQLite folds ASCII letters only, which leaves Hangul, Han and Arabic script unaffected).
"""

from __future__ import annotations

from sqlalchemy import func, or_
from sqlmodel import col, select

from consensus_app.core.messaging.model import Draft
from consensus_app.storage.workspace import Workspace
from models import Message, MessageRecipient, MessageRecord, MessageStatus
from models.enums import BODY_MAX, NAME_MAX

_ESCAPE = "\\"


def save_draft(
    workspace: Workspace,
    draft: Draft,
    *,
    account_id: int,
    pursuit_id: int | None = None,
    status: MessageStatus = MessageStatus.DRAFT,
) -> MessageRecord:
    """Store the draft (title, body, theme, language) with its stakeholders as recipients."""
    repo = workspace.repos.messages
    with workspace.write():  # the message and its recipients commit together
        record = repo.create(
            account_id=account_id,
            pursuit_id=pursuit_id,
            title=_fit(draft.title, NAME_MAX),
            body=_fit(draft.body, BODY_MAX),
            theme=_fit(draft.theme_label, NAME_MAX) or None,
            status=status,
            language=draft.language,
        )
        return repo.set_recipients(record.id, list(draft.stakeholder_ids))


def set_status(workspace: Workspace, message_id: int, status: MessageStatus) -> MessageRecord:
    """Approve a message (or send it back to draft)."""
    return workspace.repos.messages.update(message_id, status=status)


def search_messages(
    workspace: Workspace,
    text: str = "",
    status: MessageStatus | str | None = None,
    account_id: int | None = None,
) -> list[MessageRecord]:
    """Messages whose title, body or theme contain `text` (any case), across all accounts
    unless one is given; by account, then newest first."""
    query = select(Message)
    words = text.strip()
    if words:
        pattern = "%" + _escaped(words.lower()) + "%"
        query = query.where(
            or_(
                *(
                    func.lower(column).like(pattern, escape=_ESCAPE)
                    for column in (col(Message.title), col(Message.body), col(Message.theme))
                )
            )
        )
    if status is not None:
        query = query.where(col(Message.status) == MessageStatus(status))
    if account_id is not None:
        query = query.where(col(Message.account_id) == account_id)
    query = query.order_by(col(Message.account_id), col(Message.id).desc())
    with workspace.read() as session:
        rows = list(session.exec(query))
        recipients: dict[int, list[int]] = {}
        if rows:
            pairs = session.exec(
                select(MessageRecipient.message_id, MessageRecipient.stakeholder_id)
                .where(col(MessageRecipient.message_id).in_([row.id for row in rows]))
                .order_by(col(MessageRecipient.message_id), col(MessageRecipient.stakeholder_id))
            )
            for message_id, stakeholder_id in pairs:
                recipients.setdefault(message_id, []).append(stakeholder_id)
        return [
            MessageRecord.model_validate(
                {**row.model_dump(), "stakeholder_ids": recipients.get(row.id or 0, [])}
            )
            for row in rows
        ]


def _escaped(text: str) -> str:
    return text.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")


def _fit(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
