"""The user's choice of a draft language: every committee's drafts and kits can be written in any
of the five template languages, still passing the draft linter (customer-facing text in the chosen
language, the group's own words quoted as they wrote them)."""

from __future__ import annotations

import pytest

from consensus_app.core.messaging import draft_messages, mobilizer_kits
from consensus_app.core.messaging.lint import lint_draft, lint_kit
from consensus_app.core.messaging.material import language_of_committee
from consensus_app.core.messaging.templates import available_languages, templates_for
from models import BuyingStage
from tests.test_messaging_languages import COMMITTEES, LANGUAGES


def test_the_chooser_offers_the_languages_the_templates_exist_for() -> None:
    assert available_languages() == sorted(LANGUAGES)


@pytest.mark.parametrize("chosen", LANGUAGES)
@pytest.mark.parametrize("committee", LANGUAGES)
def test_drafts_and_kits_follow_the_chosen_language(committee: str, chosen: str) -> None:
    pursuit_map, priorities, bridges, wins = COMMITTEES[committee]
    stage = BuyingStage.SOLUTION_IDENTIFICATION
    texts = [p.text for p in priorities]
    drafts = draft_messages(pursuit_map, priorities, bridges, stage, language=chosen)
    kits = mobilizer_kits(pursuit_map, priorities, bridges, stage, wins, language=chosen)
    assert drafts and kits
    assert {d.language for d in drafts} == {k.language for k in kits} == {chosen}
    heading = templates_for(chosen).group[stage].title.split("$")[0].strip()
    assert all(d.title.startswith(heading) for d in drafts), [d.title for d in drafts]
    for draft in drafts:
        assert lint_draft(draft, texts) == [], draft.body
    for kit in kits:
        assert lint_kit(kit, texts) == [], kit.share_body


@pytest.mark.parametrize("committee", LANGUAGES)
def test_without_a_choice_the_drafts_are_in_the_committees_language(committee: str) -> None:
    pursuit_map, priorities, bridges, _ = COMMITTEES[committee]
    drafts = draft_messages(pursuit_map, priorities, bridges, BuyingStage.PROBLEM_DEFINITION)
    assert {d.language for d in drafts} == {language_of_committee(pursuit_map, priorities)} == {committee}
