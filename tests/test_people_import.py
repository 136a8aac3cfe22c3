"""Stakeholders from CRM exports: encodings, mapping, problems before writing, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus_app.core.people_import.accounts import resolve_account
from consensus_app.core.people_import.mapping import MappingError, function_for, guess_mapping
from consensus_app.core.people_import.planning import Action, ImportPlan, MatchedBy, plan_import
from consensus_app.core.people_import.reading import ImportFileError, read_table
from consensus_app.storage import people_import as storage_people_import
from consensus_app.storage.errors import ConstraintError
from consensus_app.storage.people_import import PeopleChangedError, apply_plan, people_at
from consensus_app.storage.workspace import Workspace
from models import AccountRecord, Function
from tests.crm_export import HEADERS, WITHOUT_EMAIL, nordlys_rows, write_csv

pytestmark = pytest.mark.engines("sqlite", "postgresql")  # the bulk write, on both engines

SALESFORCE = (
    "First Name,Last Name,Title,Department,Email,Reports To\r\n"
    "Dana,Ruiz,CEO,Executive Office,dana@acme.example,\r\n"
    "Lee,Park,CFO,Finance,lee@acme.example,Dana Ruiz\r\n"
    "Zoë,Ångström,Head of IT,Information Technology,zoe@acme.example,lee@acme.example\r\n"
    "José,Núñez,Buyer,Purchasing,jose@acme.example,Lee Park\r\n"
)


@pytest.fixture
def account(workspace: Workspace) -> int:
    return workspace.repos.accounts.create(name="Acme Corp", key="acme").id


def _write(tmp_path: Path, text: str, encoding: str, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _import(workspace: Workspace, account: int, path: Path, match_on: str = "email") -> object:
    table = read_table(path)
    plan = plan_import(table, guess_mapping(table.headers), people_at(workspace, account), match_on)
    return plan, (apply_plan(workspace, account, plan) if plan.ok else None)


def _people(workspace: Workspace, account: int) -> dict[str, tuple[str | None, str | None]]:
    everyone = workspace.repos.stakeholders.for_account(account)
    names = {s.id: s.name for s in everyone}
    return {s.name: (s.title, names.get(s.reports_to_id)) for s in everyone}  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_a_salesforce_report_imports_in_every_encoding_excel_writes(
    tmp_path: Path, workspace: Workspace, account: int, encoding: str
) -> None:
    text = SALESFORCE.replace("Zoë,Ångström", "Zoe,Angstrom") if encoding == "cp1252" else SALESFORCE
    text = text.replace("José,Núñez", "José,Núñez")  # Latin-1 letters exist in cp1252 too
    path = _write(tmp_path, text, encoding)
    assert read_table(path).encoding == ("utf-16" if encoding == "utf-16" else encoding)
    _plan, result = _import(workspace, account, path)
    assert result is not None and result.created == 4  # type: ignore[attr-defined]
    people = _people(workspace, account)
    assert people["José Núñez"] == ("Buyer", "Lee Park")
    assert people["Lee Park"] == ("CFO", "Dana Ruiz")
    zoe = "Zoë Ångström" if encoding != "cp1252" else "Zoe Angstrom"
    assert people[zoe] == ("Head of IT", "Lee Park")  # found by the manager's email
    functions = {s.name: s.function for s in workspace.repos.stakeholders.for_account(account)}
    assert functions["Lee Park"] is Function.FINANCE and functions["José Núñez"] is Function.PROCUREMENT


def test_an_xlsx_export_imports(tmp_path: Path, workspace: Workspace, account: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in SALESFORCE.strip().split("\r\n"):
        sheet.append(line.split(","))
    book.save(tmp_path / "contacts.xlsx")
    _plan, result = _import(workspace, account, tmp_path / "contacts.xlsx")
    assert result is not None and result.created == 4  # type: ignore[attr-defined]


def test_reimporting_updates_people_instead_of_duplicating_them(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    _import(workspace, account, _write(tmp_path, SALESFORCE, "utf-8"))
    changed = SALESFORCE.replace("Lee,Park,CFO", "Lee,Park,Chief Financial Officer")
    plan, result = _import(workspace, account, _write(tmp_path, changed, "utf-8", "again.csv"))
    assert [r.action for r in plan.rows].count(Action.UPDATE) == 1  # type: ignore[attr-defined]
    assert result.updated == 1 and result.created == 0 and result.unchanged == 3  # type: ignore[attr-defined]
    assert len(workspace.repos.stakeholders.for_account(account)) == 4
    assert _people(workspace, account)["Lee Park"][0] == "Chief Financial Officer"


def test_problems_are_listed_per_line_and_nothing_is_written(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    bad = (
        "First Name,Last Name,Title,Department,Email,Reports To\n"
        "Dana,Ruiz,CEO,Executive,dana@acme.example,\n"
        ",,Nobody,Finance,nobody@acme.example,\n"  # line 3: no name
        "Lee,Park,CFO,Finance,lee@acme.example,Pat Unknown\n"  # line 4: unknown manager
        "Lee,Parker,CFO,Finance,LEE@acme.example,\n"  # line 5: the same email again
        f"{'A' * 10_000},B,x,Finance,long@acme.example,\n"  # line 6: a 10,000-character name
    )
    plan, result = _import(workspace, account, _write(tmp_path, bad, "utf-8"))
    assert result is None
    problems = plan.problems()  # type: ignore[attr-defined]
    assert "line 3: no name" in problems
    assert "line 4: reports to 'Pat Unknown', who is neither in the file nor at the account" in problems
    assert any(p.startswith("line 5: the same email as line 4") for p in problems)
    assert any(p.startswith("line 6: the name is 10,002 characters long") for p in problems)
    with pytest.raises(ConstraintError, match=r"contacts\.csv was not imported"):
        apply_plan(workspace, account, plan)  # type: ignore[arg-type]
    assert workspace.repos.stakeholders.for_account(account) == []


def test_a_reporting_loop_is_refused(tmp_path: Path, workspace: Workspace, account: int) -> None:
    loop = "Name,Email,Manager\nAna,ana@x.example,Ben\nBen,ben@x.example,Cy\nCy,cy@x.example,Ana\n"
    plan, result = _import(workspace, account, _write(tmp_path, loop, "utf-8"))
    assert result is None
    assert any("goes round in a circle: Ana → Ben → Cy → Ana" in p for p in plan.problems())  # type: ignore[attr-defined]


def test_a_failure_half_way_leaves_the_database_as_it_was(
    tmp_path: Path, workspace: Workspace, account: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(workspace, account, _write(tmp_path, SALESFORCE.split("Zoë")[0], "utf-8"))  # Dana and Lee
    before = _people(workspace, account)
    table = read_table(_write(tmp_path, SALESFORCE.replace("CFO", "Finance chief"), "utf-8", "b.csv"))
    plan = plan_import(table, guess_mapping(table.headers), people_at(workspace, account))

    def unplugged(*_args: object) -> int:  # after the new people and the changed title are written
        raise OSError("disk unplugged")

    monkeypatch.setattr(storage_people_import, "_add_priorities", unplugged)
    with pytest.raises(OSError):
        apply_plan(workspace, account, plan)
    assert _people(workspace, account) == before  # Lee's new title rolled back, Zoë not added


def test_a_missing_required_column_is_a_mapping_error(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    with pytest.raises(MappingError, match="full name, or to the first and last names"):
        _import(workspace, account, _write(tmp_path, "Title,Email\nCFO,a@b.example\n", "utf-8"))
    with pytest.raises(MappingError, match="match people on the email"):
        _import(workspace, account, _write(tmp_path, "Name,Title\nAna,CFO\n", "utf-8", "b.csv"))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the file is empty"), (b"\x00\x01\x02garbage", "NUL"), (b"PK\x03\x04broken", "XLSX")],
)
def test_unreadable_files_are_named_with_the_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / ("broken.xlsx" if content.startswith(b"PK") else "broken.csv")
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        read_table(path)
    assert path.name in str(caught.value)


def test_headers_are_guessed_from_crm_names() -> None:
    mapping = guess_mapping(
        ["Contact ID", "First Name", "Last Name", "Job Title", "Dept", "E-mail Address", "Manager"]
    )
    assert mapping == {
        "external_id": "Contact ID",
        "first_name": "First Name",
        "last_name": "Last Name",
        "title": "Job Title",
        "email": "E-mail Address",
        "reports_to": "Manager",
    }
    assert function_for("IT Infrastructure") is Function.IT
    assert function_for("Supply Chain") is Function.OPERATIONS
    assert function_for("Underwater basket weaving") is None


def test_a_file_without_managers_keeps_the_reporting_lines(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    _import(workspace, account, _write(tmp_path, SALESFORCE, "utf-8"))
    titles_only = "Email,First Name,Last Name,Title\nlee@acme.example,Lee,Park,CFO\n"
    plan, _result = _import(workspace, account, _write(tmp_path, titles_only, "utf-8", "titles.csv"))
    assert [r.action for r in plan.rows] == [Action.UNCHANGED]  # type: ignore[attr-defined]
    assert _people(workspace, account)["Lee Park"] == ("CFO", "Dana Ruiz")


# --- a real CRM export: 32 contacts in five languages, re-imported --------------------------------


def _plan_nordlys(workspace: Workspace, account: int, path: Path, match_on: str = "auto") -> ImportPlan:
    table = read_table(path)
    return plan_import(table, guess_mapping(table.headers), people_at(workspace, account), match_on)


def test_a_salesforce_report_keeps_the_crm_ids_and_a_reimport_changes_nothing(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    path = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    result = apply_plan(workspace, account, _plan_nordlys(workspace, account, path))
    assert result.created == 32
    people = {p.name: p for p in workspace.repos.stakeholders.for_account(account)}
    assert people["Takeshi Yamamoto"].external_id == "0035g00000NLS003"
    ceo = people["Ingrid Solberg"].id
    assert sum(1 for p in people.values() if p.reports_to_id == ceo) == 13  # a dozen direct reports
    assert people["Hiroshi Nakamura"].email is None
    again = _plan_nordlys(workspace, account, path)
    assert again.count(Action.UNCHANGED) == 32 and again.missing == []
    assert {r.matched_by for r in again.rows} == {MatchedBy.EXTERNAL_ID}
    assert again.rows[0].outcome == "unchanged (matched by CRM id)"


def test_contacts_without_an_email_are_found_by_name_and_title_not_created_again(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    """The report without its Contact ID column: four people have no email (once "1 create, 31 unchanged")."""
    rows = [r[1:] for r in nordlys_rows()]
    path = write_csv(tmp_path / "no-ids.csv", rows, HEADERS[1:])
    apply_plan(workspace, account, _plan_nordlys(workspace, account, path))
    again = _plan_nordlys(workspace, account, path)
    assert again.count(Action.CREATE) == 0 and again.count(Action.UNCHANGED) == 32
    by_name = {r.name: r.matched_by for r in again.rows}
    assert all(by_name[n] is MatchedBy.NAME for n in WITHOUT_EMAIL)
    assert by_name["Bjørn Østby"] is MatchedBy.EMAIL
    # The full report, ids and all, then gives everyone their CRM id without a duplicate.
    full = _plan_nordlys(workspace, account, write_csv(tmp_path / "full.csv", nordlys_rows()))
    apply_plan(workspace, account, full)
    people = workspace.repos.stakeholders.for_account(account)
    assert len(people) == 32 and all(p.external_id for p in people)


def test_people_imported_before_crm_ids_were_kept_are_found_by_their_id(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    workspace.repos.stakeholders.create(account_id=account, key="0035g00000NLS002", name="Øystein Haugland")
    plan = _plan_nordlys(workspace, account, write_csv(tmp_path / "nordlys.csv", nordlys_rows()))
    row = next(r for r in plan.rows if r.name == "Øystein Haugland")
    assert row.matched_by is MatchedBy.EXTERNAL_ID and row.action is Action.UPDATE


def test_people_missing_from_a_fresh_export_are_listed_and_removed_only_when_chosen(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    apply_plan(
        workspace, account, _plan_nordlys(workspace, account, write_csv(tmp_path / "a.csv", nordlys_rows()))
    )
    fresh = write_csv(tmp_path / "fresh.csv", [r for r in nordlys_rows() if r[1] not in ("Leila", "Rizky")])
    plan = _plan_nordlys(workspace, account, fresh)
    assert sorted(p.name for p in plan.missing) == ["Leila Moradi", "Rizky Pratama"]
    apply_plan(workspace, account, plan)  # nothing chosen: nobody removed
    assert len(workspace.repos.stakeholders.for_account(account)) == 32
    plan = _plan_nordlys(workspace, account, fresh)
    leila = next(p.id for p in plan.missing if p.name == "Leila Moradi")
    result = apply_plan(workspace, account, plan, remove=[leila])
    names = {p.name for p in workspace.repos.stakeholders.for_account(account)}
    assert result.removed == 1 and "Leila Moradi" not in names and "Rizky Pratama" in names
    summaries = [c.summary for c in workspace.repos.changes.after(0, account)]
    assert any("Removed Leila Moradi: not in fresh.csv" in s for s in summaries)
    with pytest.raises(ConstraintError, match="only people missing"):
        stranger = next(
            p.id for p in workspace.repos.stakeholders.for_account(account) if p.name == "Ingrid Solberg"
        )
        apply_plan(workspace, account, _plan_nordlys(workspace, account, fresh), remove=[stranger])


def test_two_rows_nothing_tells_apart_are_refused(tmp_path: Path, workspace: Workspace, account: int) -> None:
    twice = "Name,Title\nKari Nordmann,Head of Strategy\nKari  Nordmann,head of strategy\n"
    plan, result = _import(workspace, account, _write(tmp_path, twice, "utf-8"), match_on="auto")
    assert result is None
    assert plan.problems() == [  # type: ignore[attr-defined]
        "line 3: the same name and title as line 2, and no email or CRM id to tell them apart"
    ]


def test_a_plan_made_before_someone_else_changed_the_people_is_refused_whole(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    path = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    apply_plan(workspace, account, _plan_nordlys(workspace, account, path))
    changed = write_csv(tmp_path / "b.csv", [[*r[:3], r[3] + " (acting)", *r[4:]] for r in nordlys_rows()])
    plan = _plan_nordlys(workspace, account, changed)
    person = workspace.repos.stakeholders.for_account(account)[5]
    workspace.repos.stakeholders.update(
        person.id, title="Changed in the window"
    )  # while the file was planned
    with pytest.raises(PeopleChangedError, match=r"b\.csv was being prepared \(Ji-woo Park changed\)"):
        apply_plan(workspace, account, plan)
    titles = {p.title for p in workspace.repos.stakeholders.for_account(account)}
    assert not any("(acting)" in (t or "") for t in titles)


def test_the_file_account_name_finds_the_account_or_asks() -> None:
    accounts = [
        AccountRecord(id=1, key="acme", name="Acme Corp"),
        AccountRecord(id=2, key="nordlys", name="Nordlys Shipping"),
        AccountRecord(id=3, key="nordlys-h", name="Nordlys Shipping Holding"),
    ]
    assert resolve_account("ACME  corp", accounts).account == accounts[0]
    unclear = resolve_account("Nordlys Shipping ASA", accounts)
    assert unclear.ambiguous and [a.key for a in unclear.candidates] == ["nordlys", "nordlys-h"]
    assert resolve_account("株式会社 日本郵船", accounts).new


def test_a_reimport_is_one_operation_in_the_change_log_with_what_changed_per_person(
    tmp_path: Path, workspace: Workspace, account: int
) -> None:
    apply_plan(
        workspace, account, _plan_nordlys(workspace, account, write_csv(tmp_path / "a.csv", nordlys_rows()))
    )
    start = workspace.repos.changes.last_id()
    promoted = [
        [*r[:3], "Chief Digital Officer" if r[1] == "Takeshi" else r[3], *r[4:]] for r in nordlys_rows()
    ]
    apply_plan(workspace, account, _plan_nordlys(workspace, account, write_csv(tmp_path / "b.csv", promoted)))
    entries = workspace.repos.changes.after(start, account)
    assert [e.summary for e in entries] == [
        "Imported 32 people from b.csv (0 new, 1 updated, 31 unchanged)",
        "Changed title of Takeshi Yamamoto (from b.csv)",
    ]
    assert len({(e.at, e.actor_id, e.origin) for e in entries}) == 1  # one operation, one author
