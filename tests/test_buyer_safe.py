"""The buyer-safe brief and deck (`export --for-customer`): every internal field of a realistic
32-person account is seeded with unique sentinel text; none of it is in any page of the buyer-safe
PDF or any XML part of the buyer-safe .pptx (slides, notes, docProps, everything in the zip), and
all of it is in the internal ones. What the committee may see is there in both."""

from __future__ import annotations

import subprocess
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.core.analytics.finding_titles import finding_title
from consensus_app.core.interchange import check_document
from consensus_app.exporters.customer_view import gather_customer_view
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from models.plan import PlanStepStatus
from tests.large_accounts import ACCOUNT_32, account_document, member_keys

# Words only the internal versions use for what the committee must not see.
INTERNAL_WORDS = ["Stance", "Influence", "Go-Getter", "Blocker", "Climber", "Mobilizer", "/ 100", "readiness"]
CRITERIA = {
    "s-1": "Total cost over five years below the current contract",
    "s-5": "単一のダッシュボードで全船舶を監視できること",
    "s-3": "모든 선박의 데이터를 5분마다 갱신",
    "s-7": "داده‌ها باید در اروپا بمانند",
}


def _seeded(document: dict[str, Any]) -> dict[str, list[str]]:
    """Put a unique sentinel in every internal field of the account; returns them by field."""
    account = document["accounts"][0]
    pursuit = account["pursuits"][0]
    members = set(member_keys(*ACCOUNT_32))
    sentinels: dict[str, list[str]] = {}

    def mark(field: str, index: int | str) -> str:
        token = f"ZQ{field.upper()}{index}"
        sentinels.setdefault(field, []).append(token)
        return token

    account["notes"] = f"Incumbent contract {mark('accountnote', 0)} ends in March"
    pursuit["notes"] = f"Board approval above {mark('pursuitnote', 0)} needed"
    for person in account["stakeholders"]:
        if person["id"] in members:
            n = person["id"].removeprefix("s-")
            person["notes"] = f"Prefers calls {mark('personnote', n)}"
            person["personal_win"] = f"Promotion {mark('win', n)} before summer"
        person["email"] = f"{person['id']}@nordhavn.example"  # contact details: not the customer's deck
    for seat in pursuit["committee"]:
        n = seat["stakeholder"].removeprefix("s-")
        seat["notes"] = f"Met at the fleet summit {mark('seatnote', n)}"
        seat["evidence"] = f"Said so in the steering meeting {mark('evidence', n)}"
    for tie in account["relationships"]:
        if tie["kind"] == "conflicts":
            tie["notes"] = f"Budget fight {mark('conflict', tie['id'])}"
    for key in sorted(members):
        n = key.removeprefix("s-")
        account["priorities"].append(
            {
                "id": f"p-personal-{n}",
                "stakeholder": key,
                "kind": "personal",
                "importance": 5,
                "text": f"Be seen as the one who modernised the fleet {mark('personal', n)}",
            }
        )
    for key, text in CRITERIA.items():
        account["priorities"].append(
            {"id": f"p-criterion-{key}", "stakeholder": key, "kind": "decision_criterion", "text": text}
        )
    return sentinels


@pytest.fixture
def seeded(workspace: Workspace) -> tuple[Workspace, dict[str, list[str]]]:
    document = account_document(*ACCOUNT_32)
    sentinels = _seeded(document)
    import_document(workspace, check_document(document))
    pursuit = workspace.repos.pursuits.list_where()[0]
    people = {s.key: s.id for s in workspace.repos.stakeholders.for_account(pursuit.account_id)}
    today = date.today()
    for position, (title, owner, days, status) in enumerate(
        [
            ("Agree the problem statement", "s-1", -20, PlanStepStatus.DONE),
            ("船隊データの試験運用", "s-2", -3, PlanStepStatus.IN_PROGRESS),
            ("보안 검토", "s-3", 10, PlanStepStatus.PLANNED),
        ]
    ):
        workspace.repos.plan_steps.create(
            pursuit_id=pursuit.id,
            title=title,
            buyer_owner_id=people[owner],
            seller_owner="Ana Silva",
            due=today + timedelta(days=days),
            status=status,
            position=position,
        )
    return workspace, sentinels


def flat(text: str) -> str:
    """Text as compared here: no whitespace (a token wrapped over two lines is still found), Arabic
    presentation forms as letters, no direction marks or zero-width joiners (pdftotext adds or
    drops those)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        c for c in text if not c.isspace() and c not in "\u200c\u200d\u202a\u202b\u202c\u202d\u202e"
    )


def pdf_text(path: Path) -> str:
    """Every page's text."""
    return flat(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    )


def pptx_text(path: Path) -> str:
    """Every XML part of the .pptx (slides, notes, layouts, docProps, …) as one text."""
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if n.endswith((".xml", ".rels"))]
        assert any(n.startswith("ppt/slides/") for n in parts) and "docProps/core.xml" in parts
        return flat("".join(package.read(n).decode("utf-8") for n in parts))


def _export(db_url: str, target: Path, fmt: str, *extra: str) -> Path:
    args = ["export", "--db", db_url, "--format", fmt, "-o", str(target), *extra]
    assert main(args) == 0
    return target


def test_nothing_internal_reaches_the_buyer_safe_brief_and_deck_and_all_of_it_is_in_the_internal_ones(
    seeded: tuple[Workspace, dict[str, list[str]]],
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workspace, sentinels = seeded
    files = {
        "internal brief": pdf_text(_export(db_url, tmp_path / "internal.pdf", "brief")),
        "buyer-safe brief": pdf_text(_export(db_url, tmp_path / "customer.pdf", "brief", "--for-customer")),
        "internal deck": pptx_text(_export(db_url, tmp_path / "internal.pptx", "pptx")),
        "buyer-safe deck": pptx_text(_export(db_url, tmp_path / "customer.pptx", "pptx", "--for-customer")),
    }
    out = capsys.readouterr().out
    assert "Wrote the buyer-safe brief of" in out and "Wrote the buyer-safe deck of" in out
    every = [token for tokens in sentinels.values() for token in tokens]
    assert len(every) > 40 and len(set(every)) == len(every)
    for name in ("buyer-safe brief", "buyer-safe deck"):
        leaked = [token for token in every if token in files[name]]
        assert not leaked, f"{name} holds internal text: {leaked[:8]}"
        words = [word for word in INTERNAL_WORDS if flat(word) in files[name]]
        assert not words, f"{name} speaks of {words}"
        assert "nordhavn.example" not in files[name]  # contact details
    for name in ("internal brief", "internal deck"):
        missing = [token for token in every if token not in files[name]]
        assert not missing, f"{name} lacks {missing[:8]}"  # the check above could fail

    assessment_codes = _finding_codes(workspace)
    titles = [flat(finding_title(code)) for code in assessment_codes]  # what the internal brief shows
    assert assessment_codes and all(title in files["internal brief"] for title in titles)
    view = gather_customer_view(workspace, workspace.repos.pursuits.list_where()[0].id)
    for name in ("buyer-safe brief", "buyer-safe deck", "internal brief", "internal deck"):
        text = files[name]
        if name.startswith("buyer-safe"):
            assert not [code for code in assessment_codes if code in text]
            assert not [title for title in titles if title in text]
            for person in view.participants:  # who takes part, by name
                assert flat(person.name) in text
            for criterion in CRITERIA.values():  # their decision criteria, in their words
                assert flat(criterion) in text
            assert view.shared_ground and all(  # the shared ground, as the drafts quote the group
                flat(voice.text) in text for ground in view.shared_ground for voice in ground.voices
            )
        for step in map(
            flat, ("Agree the problem statement", "船隊データの試験運用", "보안 검토")
        ):  # the plan, in both
            assert step in text, f"{name} lacks the plan step {step}"


def _finding_codes(workspace: Workspace) -> set[str]:
    from consensus_app.exporters.deck import gather_deck

    data = gather_deck(workspace, workspace.repos.pursuits.list_where()[0].id)
    return {finding.code for finding in data.assessment.findings}


def test_a_format_without_a_buyer_safe_version_is_refused_by_name(
    seeded: tuple[Workspace, dict[str, list[str]]],
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "map.png"
    assert main(["export", "--db", db_url, "--format", "png", "--for-customer", "-o", str(target)]) != 0
    assert (
        "--for-customer: the png export has no buyer-safe version (brief, pptx do)" in capsys.readouterr().err
    )
    assert not target.exists()
