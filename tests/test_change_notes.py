"""'What changed' as a colleague's note: names not ids, words not field names, one line per import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from consensus_app.core.change_notes import (
    Note,
    as_text,
    by_day_and_author,
    change_notes,
    shortened,
    status_line,
)
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.identity import Identity
from consensus_app.storage.workspace import Workspace, open_workspace
from models import ChangeAction, ChangeRecord
from tests.conftest import minimal_document

NAMES = [
    "Ingrid Solberg",
    "Øystein Håland",
    "Dewi Kusumawati",
    "田中 美咲",
    "佐藤 健",
    "مریم رضایی",
    "علی کریمی",
    "김민준",
    "이서연",
    "Sigrid Bjørnstad",
]


def crew_document(count: int = 36) -> dict[str, Any]:
    """A shipping company's people in five scripts, everyone reporting to the first."""
    people = [
        {
            "id": f"s-{n}",
            "name": f"{NAMES[n % len(NAMES)]} {n}" if n else NAMES[0],
            "title": "CEO" if n == 0 else f"Director {n}",
            **({"reports_to": "s-0"} if n else {}),
        }
        for n in range(count)
    ]
    document = minimal_document(id="nordlys", name="Nordlys Shipping ASA", stakeholders=people)
    account = document["accounts"][0]
    account["relationships"], account["priorities"], account["messages"] = [], [], []
    account["pursuits"][0]["committee"] = [
        {"id": f"m-{n}", "stakeholder": f"s-{n}", "role": "influencer", "stance": 0} for n in range(8)
    ]
    return document


@pytest.fixture
def nordlys(db_url: str) -> Any:
    ws = open_workspace(db_url, actor="Ingrid Solberg")
    import_document(ws, check_document(crew_document()), source="nordlys.json")
    yield ws
    ws.close()


def _notes(ws: Workspace) -> list[Note]:
    records = ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))
    return change_notes(records, ws.repos.changes.people(), ws.repos.changes.authors())


def _person(ws: Workspace, name: str) -> int:
    return next(s.id for s in ws.repos.stakeholders.list_where() if s.name == name)


def test_edits_name_people_and_say_fields_in_words(nordlys: Workspace) -> None:
    ws = nordlys
    dewi, ingrid = _person(ws, "Dewi Kusumawati 2"), _person(ws, "Ingrid Solberg")
    tanaka = _person(ws, "田中 美咲 3")
    ws.repos.stakeholders.update(tanaka, reports_to_id=dewi)
    ws.repos.stakeholders.update(tanaka, reports_to_id=None)
    member = next(m for m in ws.repos.committee.list_where() if m.stakeholder_id == dewi)
    ws.repos.committee.update(
        member.id, stance=-1, influence=5, last_verified=date.today()
    )  # "checked" goes unsaid
    ws.repos.committee.update(member.id, approver=True)
    ws.repos.pursuits.update(1, stage="supplier_selection")
    texts = [n.text for n in _notes(ws)]
    # One person's edits in one sitting read as one line, in the order they were made.
    assert texts[1:] == [
        "田中 美咲 3: now reports to Dewi Kusumawati 2; no longer reports to anyone",
        "Dewi Kusumawati 2: stance neutral → skeptical; influence 3 → 5; now signs off",
        "Pursuit Analytics platform: buying stage solution identification → supplier selection",
    ]
    assert not any("_id" in t or str(ingrid) == t for t in texts)


def test_an_import_is_one_line_and_a_bulk_write_is_counted(nordlys: Workspace) -> None:
    ws = nordlys
    account = ws.repos.accounts.list()[0].id
    ceo = _person(ws, "Ingrid Solberg")
    with ws.write():  # what a contact-list import writes: people, then their managers
        for n in range(32):
            person = ws.repos.stakeholders.create(account_id=account, name=f"مریم رضایی {100 + n}")
            ws.repos.stakeholders.update(person.id, reports_to_id=ceo)
    notes = _notes(ws)
    assert [n.text for n in notes] == [
        "Imported account Nordlys Shipping ASA from nordlys.json",
        "Added 32 people and set 32 reporting lines",
    ]
    assert notes[1].entries == 64


def test_an_import_logged_with_its_count_folds_the_rows_it_wrote(nordlys: Workspace) -> None:
    ws = nordlys
    account = ws.repos.accounts.list()[0].id
    with ws.write() as session:
        for n in range(5):
            ws.repos.stakeholders.create(account_id=account, name=f"김민준 {200 + n}")
        ws.log_change(
            session,
            action=ChangeAction.IMPORT,
            entity="stakeholder",
            summary="Imported 5 people from contacts.csv",
            account_id=account,
        )
    last = _notes(ws)[-1]
    assert (last.text, last.entries) == ("Imported 5 people from contacts.csv", 6)


def test_days_and_people_group_the_notes_and_renaming_renames_the_author(
    nordlys: Workspace, db_url: str
) -> None:
    with open_workspace(db_url, actor="Øystein Håland") as colleague:
        colleague.repos.committee.update(colleague.repos.committee.list_where()[0].id, stance=2)
    nordlys.repos.committee.update(nordlys.repos.committee.list_where()[1].id, stance=1)
    (today,) = by_day_and_author(_notes(nordlys))
    assert [a.author for a in today.authors] == ["Ingrid Solberg", "Øystein Håland"]
    assert [len(a.notes) for a in today.authors] == [2, 1]
    text = as_text([today])
    assert text.splitlines()[0] == today.label and "  Øystein Håland" in text
    nordlys.set_identity(Identity(nordlys.identity.user_id, "Ingrid S."))
    renamed = by_day_and_author(_notes(nordlys))[0]
    assert {a.author for a in renamed.authors} == {"Ingrid S.", "Øystein Håland"}


def _note(minutes: int, text: str, minor: bool = False, author: str = "Ingrid Solberg") -> Note:
    return Note(datetime(2026, 12, 1, 9, tzinfo=UTC) + timedelta(minutes=minutes), author, text, minor=minor)


def test_a_short_account_keeps_what_matters_and_counts_the_rest() -> None:
    notes = [_note(i, f"phone {i}", minor=True, author=f"P{i % 3}") for i in range(140)]
    notes.insert(70, _note(70, "Lee Park now signs off"))
    short = shortened(notes, 40)
    assert [n.text for n in short.notes] == ["Lee Park now signs off"]  # no page of phone numbers
    assert short.summary == "and 140 smaller edits by 3 people"
    assert shortened(notes[:5], 40).summary == ""
    many = [_note(i, f"Person {i} added", author="Dewi") for i in range(50)]
    short = shortened(many, 40)
    assert [n.text for n in short.notes] == [f"Person {i} added" for i in range(10, 50)]  # the newest
    assert short.summary == "and 10 other edits by Dewi"


def test_the_status_line_names_who_and_the_latest() -> None:
    notes = [_note(0, "Added 32 people"), _note(1, "Lee Park now signs off", author="Dewi")]
    assert status_line(notes) == "Ingrid Solberg and Dewi: Lee Park now signs off (and 1 more change)"


def test_entries_from_before_authors_had_ids_still_read(nordlys: Workspace) -> None:
    at = datetime(2026, 3, 1, 9, tzinfo=UTC)
    old = [
        ChangeRecord(
            id=i,
            at=at + timedelta(milliseconds=i),
            actor="root",
            account_id=1,
            pursuit_id=None,
            entity="stakeholder",
            entity_key=f"s-{i}",
            action=ChangeAction.CREATE,
            summary=f"Added stakeholder Person {i}",
            details=None,
        )
        for i in range(6)
    ]
    (note,) = change_notes(old, {}, {})
    assert (note.author, note.text, note.entries) == ("root", "Added 6 people", 6)
