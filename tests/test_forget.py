"""Forgetting a person (a data-protection request) leaves no trace of them in the workspace file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from consensus_app.core.interchange import check_document
from consensus_app.core.readiness import NotedFinding, Reading
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import NotFoundError
from consensus_app.storage.forget import REDACTED, AmbiguousPersonError, find_person, forget_person
from consensus_app.storage.readiness import keep_reading, readings
from consensus_app.storage.workspace import Workspace, open_workspace
from models import BuyingStage
from models.journey import JourneyStep
from tests.large_accounts import ACCOUNT_32, account_document

NAME = "Takeshi Yamamoto"  # s-1, the CIO: on the committee, with reports, ties and priorities
EMAIL = "takeshi.yamamoto@nordhavn.no"
PRIORITY = "Ett samlet bilde av flåtens helse, skip for skip, før neste budsjettrunde"
KOREAN_PRIORITY = "선박 데이터를 한 화면에서 보고 싶다"
PERSONAL = "Wants to be seen as the one who modernised the fleet"


def account_with_the_person() -> dict[str, Any]:
    """The 32-person Nordhavn account, where the CIO also has contact details, a second priority in
    Korean, a message quoting them, and colleagues whose notes name them."""
    document = account_document(*ACCOUNT_32)
    account = document["accounts"][0]
    person = next(p for p in account["stakeholders"] if p["id"] == "s-1")
    assert person["name"] == NAME
    person.update(email=EMAIL, phone="+47 915 55 123", personal_win=PERSONAL, notes="Prefers Teams calls")
    next(p for p in account["priorities"] if p["stakeholder"] == "s-1")["text"] = PRIORITY
    account["priorities"].append(
        {"id": "p-ko", "stakeholder": "s-1", "kind": "concern", "importance": 5, "text": KOREAN_PRIORITY}
    )
    account["stakeholders"][2]["notes"] = f"Reports weekly to {NAME}; ask about Yamamotoya Ltd too"
    pursuit = account["pursuits"][0]
    account["messages"] = [
        {
            "id": "msg-1",
            "pursuit": pursuit["id"],
            "title": f"For {NAME} and the board",
            "body": f"As {NAME} put it: “{PRIORITY}”. Write to {EMAIL}.",
            "stakeholders": ["s-0", "s-1", "s-2"],
        }
    ]
    return document


def _history(workspace: Workspace, account_id: int, person_id: int) -> None:
    """What a team does over a few weeks: edits that leave the person's old values in the log."""
    repos = workspace.repos
    repos.stakeholders.update(person_id, title="CIO & Chief Digital Officer", email=EMAIL.upper())
    priority = next(p for p in repos.priorities.for_stakeholder(person_id) if p.text == PRIORITY)
    repos.priorities.update(priority.id, importance=5)
    report = next(p for p in repos.stakeholders.for_account(account_id) if p.reports_to_id == person_id)
    repos.stakeholders.update(report.id, notes=f"Moved under {NAME} in March")
    tie = next(
        r
        for r in repos.relationships.list_where(account_id=account_id)
        if person_id in (r.source_id, r.target_id)
    )
    repos.relationships.restore(repos.relationships.delete(tie.id))  # removed by mistake, undone
    pursuit = repos.pursuits.list_where(account_id=account_id)[0]
    repos.positions.save(pursuit.id, "org", {person_id: (120.0, 40.0), report.id: (80.0, 160.0)})
    # The day's assessment names the members and the findings about them; a colleague's move
    # through the buying stages says who moved them.
    now = datetime.now(UTC)
    finding = NotedFinding("BLOCKER_RISK", "warning", f"{NAME} can block the purchase", (person_id,))
    names = {person_id: NAME, report.id: report.name}
    keep_reading(workspace, pursuit.id, Reading(now.date(), now, 61, findings=(finding,), names=names))
    with workspace.write() as session:
        session.add(
            JourneyStep(
                pursuit_id=pursuit.id,
                stakeholder_id=report.id,
                day=now.date(),
                to_stage=BuyingStage.SOLUTION_IDENTIFICATION,
                note=f"After the workshop {NAME} ran",
            )
        )


def _file_bytes(database: Path) -> bytes:
    return b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*") if p.is_file())


TRACES = [NAME, EMAIL, EMAIL.upper(), PRIORITY, KOREAN_PRIORITY, PERSONAL, "+47 915 55 123"]


def test_forgetting_a_person_removes_them_everywhere_and_from_the_file(tmp_path: Path) -> None:
    database = tmp_path / "workspace.db"
    workspace = open_workspace(str(database), actor="Dana Ruiz")
    import_document(workspace, check_document(account_with_the_person()))
    account = workspace.repos.accounts.list()[0]
    person = find_person(workspace, account.id, "takeshi  YAMAMOTO")
    reports = [
        p.id for p in workspace.repos.stakeholders.for_account(account.id) if p.reports_to_id == person.id
    ]
    _history(workspace, account.id, person.id)
    before = _file_bytes(database)
    assert all(trace.encode() in before for trace in (NAME, EMAIL, PRIORITY, KOREAN_PRIORITY))

    report = forget_person(workspace, person.id)

    repos = workspace.repos
    people = repos.stakeholders.for_account(account.id)
    assert len(people) == 31 and person.id not in {p.id for p in people}
    assert all(p.reports_to_id is None for p in people if p.id in reports)  # their team stays
    assert report.removed["priorities"] == 2 and report.removed["committee seats"] == 1
    assert report.removed["ties"] >= 1 and report.removed["map positions"] == 1
    assert report.removed["message recipients"] == 1 and report.removed["change-log entries"] >= 4
    assert report.redacted >= 3 and report.compacted
    message = repos.messages.list_where(account_id=account.id)[0]
    assert message.title == f"For {REDACTED} and the board" and NAME not in message.body
    assert repos.messages.get(message.id).stakeholder_ids == [1, 3]  # the others still receive it
    colleague = next(p for p in people if p.key == "s-2")
    assert colleague.notes == f"Reports weekly to {REDACTED}; ask about Yamamotoya Ltd too"
    with workspace.read() as session:
        log = session.execute(text("SELECT summary, details FROM change_log")).all()
    assert any("Forgot a person at their request" in summary for summary, _ in log)
    for summary, details in log:
        assert not any(trace in summary + (details or "") for trace in TRACES), summary
        if details:
            json.loads(details)  # still JSON after a mention in it was replaced
    assert NAME not in report.describe() and "2 priorities" in report.describe()
    kept = readings(workspace, repos.pursuits.list_where(account_id=account.id)[0].id)
    assert [r.findings[0].message for r in kept] == [f"{REDACTED} can block the purchase"]
    assert NAME not in kept[0].names.values()  # the day's reading still reads, without them

    after = _file_bytes(database)  # the database and its write-ahead log, while still open
    for trace in TRACES:
        assert trace.encode() not in after, trace
    workspace.close()
    for trace in TRACES:
        assert trace.encode() not in _file_bytes(database), trace


def test_an_older_copy_from_an_upgrade_is_pointed_out(tmp_path: Path) -> None:
    workspace = open_workspace(str(tmp_path / "workspace.db"))
    import_document(workspace, check_document(account_with_the_person()))
    (tmp_path / "workspace.db.before-0005.bak").write_bytes(b"the workspace as it was")
    person = find_person(workspace, workspace.repos.accounts.list()[0].id, EMAIL)
    report = forget_person(workspace, person.id)
    workspace.close()
    assert report.older_copies == [tmp_path / "workspace.db.before-0005.bak"]
    assert "workspace.db.before-0005.bak" in report.describe()


def test_the_person_is_named_exactly_never_guessed(workspace: Workspace) -> None:
    document = account_with_the_person()
    twin = {"id": "s-twin", "name": NAME, "title": "Deckhand", "function": "operations"}
    document["accounts"][0]["stakeholders"].append(twin)
    import_document(workspace, check_document(document))
    account_id = workspace.repos.accounts.list()[0].id
    with pytest.raises(AmbiguousPersonError, match="could be 2 people") as both:
        find_person(workspace, account_id, NAME)
    assert "Deckhand" in str(both.value) and EMAIL in str(both.value)
    assert find_person(workspace, account_id, "s-twin").title == "Deckhand"
    with pytest.raises(NotFoundError, match="nobody at this account is called 'Takeshi'"):
        find_person(workspace, account_id, "Takeshi")  # a first name alone is not enough


@pytest.mark.engines("sqlite", "postgresql")
def test_forgetting_works_on_both_engines(db_url: str) -> None:
    workspace = open_workspace(db_url, actor="Dana Ruiz")
    import_document(workspace, check_document(account_with_the_person()))
    account_id = workspace.repos.accounts.list()[0].id
    report = forget_person(workspace, find_person(workspace, account_id, NAME).id)
    assert report.compacted and report.removed["priorities"] == 2
    with workspace.read() as session:
        kept = " ".join(
            str(value)
            for table in ("stakeholder", "priority", "message", "change_log")
            for row in session.execute(text(f"SELECT * FROM {table}")).all()
            for value in row
        )
    workspace.close()
    assert not any(trace in kept for trace in TRACES)


def test_only_mentions_of_the_person_at_their_account_are_replaced(workspace: Workspace) -> None:
    """A short priority ("Security") is everyone's word: a colleague's title, a pursuit's name and a
    message about security stay; another account's namesake and the notes about them stay too."""
    document = account_with_the_person()
    account = document["accounts"][0]
    next(p for p in account["priorities"] if p["stakeholder"] == "s-1")["text"] = "Security"
    account["stakeholders"][3]["title"] = "Chief Security Officer"
    account["pursuits"][0]["name"] = "Security"
    account["messages"][0]["body"] = f"Security first, as {NAME} said: “{KOREAN_PRIORITY}”."
    other = account_document(*ACCOUNT_32, name="Yamamoto Marine KK")["accounts"][0]
    other["id"] = "yamamoto-marine"
    other["stakeholders"][2]["notes"] = f"Reports weekly to {NAME} about security"
    document["accounts"].append(other)
    import_document(workspace, check_document(document))
    nordhavn, marine = sorted(workspace.repos.accounts.list(), key=lambda a: a.name)
    assert marine.name == "Yamamoto Marine KK"

    forget_person(workspace, find_person(workspace, nordhavn.id, EMAIL).id)

    repos = workspace.repos
    people = {p.key: p for p in repos.stakeholders.for_account(nordhavn.id)}
    assert people["s-3"].title == "Chief Security Officer"
    assert repos.pursuits.list_where(account_id=nordhavn.id)[0].name == "Security"
    message = repos.messages.list_where(account_id=nordhavn.id)[0]
    assert message.body == f"Security first, as {REDACTED} said: “{REDACTED}”."
    namesake = {p.key: p for p in repos.stakeholders.for_account(marine.id)}
    assert namesake["s-1"].name == NAME
    assert namesake["s-2"].notes == f"Reports weekly to {NAME} about security"
