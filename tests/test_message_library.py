"""The message library: drafts saved with their recipients, found again across accounts."""

from __future__ import annotations

import pytest

from consensus_app.core.messaging import Draft
from consensus_app.storage.message_library import save_draft, search_messages, set_status
from consensus_app.storage.workspace import Workspace
from models import BuyingStage, Function, MessageStatus

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def draft(title: str, body: str, theme: str, stakeholders: list[int], language: str = "en") -> Draft:
    return Draft(
        title=title,
        body=body,
        theme_label=theme,
        stakeholder_ids=stakeholders,
        functions=[Function.FINANCE, Function.IT],
        language=language,
        stage=BuyingStage.PROBLEM_DEFINITION,
    )


@pytest.fixture
def two_accounts(workspace: Workspace) -> dict[str, int]:
    repos = workspace.repos
    ids = {}
    for name in ("Lakeshore", "Hangyeol"):
        account = repos.accounts.create(name=name)
        ids[name] = account.id
        ids[f"{name} pursuit"] = repos.pursuits.create(account_id=account.id, name=f"{name} deal").id
        for person in ("CFO", "CIO"):
            ids[f"{name} {person}"] = repos.stakeholders.create(
                account_id=account.id, name=f"{name} {person}"
            ).id
    return ids


def test_a_saved_draft_keeps_its_words_theme_language_and_recipients(
    workspace: Workspace, two_accounts: dict[str, int]
) -> None:
    ids = two_accounts
    recipients = [ids["Lakeshore CIO"], ids["Lakeshore CFO"]]
    saved = save_draft(
        workspace,
        draft(
            "One view of every bed", "Finance and IT describe the same problem.", "Bed visibility", recipients
        ),
        account_id=ids["Lakeshore"],
        pursuit_id=ids["Lakeshore pursuit"],
    )
    stored = workspace.repos.messages.get(saved.id)
    assert stored.title == "One view of every bed" and stored.theme == "Bed visibility"
    assert stored.status is MessageStatus.DRAFT and stored.language == "en"
    assert stored.pursuit_id == ids["Lakeshore pursuit"]
    assert sorted(stored.stakeholder_ids) == sorted(recipients)


def test_search_finds_messages_across_accounts_in_title_body_and_theme_any_case(
    workspace: Workspace, two_accounts: dict[str, int]
) -> None:
    ids = two_accounts
    save_draft(
        workspace,
        draft("Cut onboarding time", "Agree on one onboarding process.", "People", [ids["Lakeshore CFO"]]),
        account_id=ids["Lakeshore"],
    )
    save_draft(
        workspace,
        draft(
            "불량 원인 추적",
            "Onboarding 교육은 근무 시간 안에 소화해야 합니다.",
            "품질 데이터",
            [ids["Hangyeol CIO"]],
            "ko",
        ),
        account_id=ids["Hangyeol"],
    )
    save_draft(
        workspace,
        draft("Lower run costs", "Stay inside the budget.", "ONBOARDING costs", []),
        account_id=ids["Hangyeol"],
    )
    save_draft(workspace, draft("Unrelated", "Nothing to see.", "Other", []), account_id=ids["Lakeshore"])

    found = search_messages(workspace, "onBOARDing")
    assert {m.title for m in found} == {"Cut onboarding time", "불량 원인 추적", "Lower run costs"}
    assert {m.account_id for m in found} == {ids["Lakeshore"], ids["Hangyeol"]}
    assert [m.title for m in search_messages(workspace, "원인")] == ["불량 원인 추적"]
    assert {m.title for m in search_messages(workspace, "onboarding", account_id=ids["Hangyeol"])} == {
        "불량 원인 추적",
        "Lower run costs",
    }
    korean = search_messages(workspace, "품질")
    assert korean[0].stakeholder_ids == [ids["Hangyeol CIO"]]
    assert len(search_messages(workspace)) == 4
    assert search_messages(workspace, "%") == []  # wildcards are searched for, not obeyed
    assert search_messages(workspace, "_") == []


def test_approving_a_message_and_filtering_by_status(
    workspace: Workspace, two_accounts: dict[str, int]
) -> None:
    ids = two_accounts
    first = save_draft(
        workspace, draft("Shared budget view", "Body one.", "Cost", []), account_id=ids["Lakeshore"]
    )
    save_draft(
        workspace, draft("Shared security bar", "Body two.", "Security", []), account_id=ids["Hangyeol"]
    )
    assert search_messages(workspace, "shared", status=MessageStatus.APPROVED) == []

    approved = set_status(workspace, first.id, MessageStatus.APPROVED)
    assert approved.status is MessageStatus.APPROVED
    assert [m.title for m in search_messages(workspace, "shared", status="approved")] == [
        "Shared budget view"
    ]
    assert [m.title for m in search_messages(workspace, "shared", status=MessageStatus.DRAFT)] == [
        "Shared security bar"
    ]
