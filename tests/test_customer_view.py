"""What the buyer-safe exports may show, chosen field by field (exporters/customer_view.py), without
a database: a personal statement is never quoted, the same words from two functions are one quote,
people are listed by name (never ranked by influence), next steps are the open ones, soonest first."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from consensus_app.core.messaging import PursuitMessaging
from consensus_app.core.messaging.model import Draft, Quote
from consensus_app.core.pursuit_map import MapNode
from consensus_app.exporters.customer_view import CustomerView, Participant, customer_view
from models import BuyingStage, Function, PriorityKind, Profile
from models.plan import PlanStepRecord, PlanStepStatus

TODAY = date(2026, 12, 7)


def _member(sid: int, name: str, influence: int, function: Function) -> MapNode:
    return MapNode(sid, f"s-{sid}", name, "Director", function, Profile.BLOCKER, None, member_id=sid,
                   influence=influence, stance=-2, approver=True)  # fmt: skip


def _step(
    sid: int, title: str, due: date | None, status: PlanStepStatus, owner: int | None
) -> PlanStepRecord:
    return PlanStepRecord(id=sid, key=f"step-{sid}", pursuit_id=1, title=title, due=due, status=status,
                          buyer_owner_id=owner, seller_owner="Ana Silva")  # fmt: skip


def test_the_view_holds_only_what_the_committee_may_see() -> None:
    quotes = [
        Quote(1, Function.FINANCE, "One view of every vessel", PriorityKind.GOAL),
        Quote(2, Function.IT, "One view of every vessel", PriorityKind.GOAL),
        Quote(2, Function.IT, "Become CIO of the group", PriorityKind.PERSONAL),
    ]
    draft = Draft("t", "body", "label", [1, 2], [Function.FINANCE, Function.IT], "en",
                  BuyingStage.SUPPLIER_SELECTION, quotes)  # fmt: skip
    messaging = PursuitMessaging(BuyingStage.SUPPLIER_SELECTION, [], [draft], [])
    members = [_member(1, "Zoë Berg", 5, Function.FINANCE), _member(2, "Arif Santoso", 1, Function.IT)]
    plan = [
        _step(1, "Board decision", date(2027, 2, 1), PlanStepStatus.PLANNED, 1),
        _step(2, "Kick-off", date(2026, 11, 1), PlanStepStatus.DONE, 2),
        _step(3, "Security review", date(2026, 12, 1), PlanStepStatus.IN_PROGRESS, 2),
        _step(4, "Reference call", None, PlanStepStatus.PLANNED, None),
    ]
    view = customer_view(
        account_name="Nordhavn", pursuit_name="Telemetry", prepared=TODAY, members=members,
        names={1: "Zoë Berg", 2: "Arif Santoso"}, themes=None, messaging=messaging, plan=plan,
    )  # fmt: skip
    (ground,) = view.shared_ground
    assert [(v.text, v.function) for v in ground.voices] == [("One view of every vessel", "Finance and IT")]
    assert "Become CIO" not in repr(view)
    assert view.participants == (
        Participant("Arif Santoso", "Director", "Nordhavn", "IT"),  # by name, not by influence
        Participant("Zoë Berg", "Director", "Nordhavn", "Finance"),
        Participant("Ana Silva", "", "Our team"),
    )
    assert [line.step for line in view.next_steps] == ["Security review", "Board decision", "Reference call"]
    assert view.plan[2].buyer_owner == "Arif Santoso" and view.plan[2].days_overdue(TODAY) == 6
    # The allow-list itself: a field added to the view is a decision someone has to make here.
    assert [f.name for f in fields(CustomerView)] == [
        "account_name",
        "pursuit_name",
        "prepared",
        "participants",
        "shared_ground",
        "criteria",
        "plan",
        "language",  # the words' language: the drafts', so what the committee reads is in theirs
    ]
    for text in ("Blocker", "blocker", "-2", "influence", "approver"):
        assert text not in repr(view.participants)
