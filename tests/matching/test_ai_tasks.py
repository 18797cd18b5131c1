"""「AIによる推定」 (#19 item 6): job tag tasks proposed from 様式2's free-text duties — only among
candidates found by words, shown for the person to choose, never applied silently; off without a
provider. A fake provider stands in for Gemini: no test reaches the network."""

import pytest
from django.urls import reverse

from matching import ai_tasks
from matching.models import MatchingProfile
from occupations.models import Occupation
from sheets.models import Card
from sheets.services import save_version, start_entry

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DUTIES = "会計ソフトへの仕訳入力、売掛金の照合、月次試算表の作成を担当。伝票を起こし帳簿に記録した。"


class FakeProvider(ai_tasks.TaskProvider):
    """Picks every candidate of 経理事務, plus an id it was never given."""

    calls: list = []
    behaviour = "ok"

    def pick(self, duties, candidates):
        FakeProvider.calls.append((duties, candidates))
        if FakeProvider.behaviour == "error":
            raise RuntimeError("service unavailable")
        return [c.id for c in candidates if c.occupation == "経理事務"] + ["T999"]


@pytest.fixture
def fake(settings):
    settings.MATCHING_TASKS_PROVIDER = "tests.matching.test_ai_tasks.FakeProvider"
    FakeProvider.calls, FakeProvider.behaviour = [], "ok"
    return FakeProvider


@pytest.fixture
def person(django_user_model):
    user = django_user_model.objects.create_user("ai.user@example.jp", "pw-for-tests-2026", last_name="山田")
    card = Card.objects.create(owner=user)
    entry = start_entry(card, "2")
    jobs = [
        {
            "period_from": "2019-04",
            "period_to": "2024-03",
            "company_name": "株式会社みなと商事",
            "duties": DUTIES,
        }
    ]
    save_version(entry, {"jobs": jobs}, entry.lock_version, user)
    return user


@pytest.fixture
def signed_in(client, person):
    client.force_login(person)
    return client


def test_off_without_a_provider(signed_in, settings):
    settings.MATCHING_TASKS_PROVIDER = "none"
    page = signed_in.get(reverse("matching:settings")).content.decode()
    assert "AIで推定する" not in page
    response = signed_in.post(reverse("matching:settings"), {"action": "ai_propose"})
    assert "いまはAIによる推定を使えません" in response.content.decode()


def test_proposals_come_only_from_the_candidates_and_only_the_duties_are_sent(signed_in, fake):
    page = signed_in.post(reverse("matching:settings"), {"action": "ai_propose"}).content.decode()
    duties, candidates = fake.calls[0]
    assert duties == DUTIES  # not the name, not the company
    assert "山田" not in duties and "株式会社みなと商事" not in duties
    assert all(c.text for c in candidates) and len(candidates) <= ai_tasks.MAX_CANDIDATES
    accounting = Occupation.objects.get(title="経理事務")
    assert "AIによる推定" in page and f'value="{accounting.pk}"' in page
    assert "伝票を起こし、帳簿に記録する" in page  # the job tag task line, as evidence
    assert f'name="ai_years_{accounting.pk}" id="ai-years-{accounting.pk}" value="5"' in page  # 5 years


def test_an_id_the_model_was_not_given_is_dropped(person, fake):
    proposals = ai_tasks.propose(person)
    assert [p.occupation for p in proposals] == ["経理事務"]  # T999 (never given) dropped


def test_nothing_is_saved_until_the_person_saves(signed_in, fake, person):
    accounting = Occupation.objects.get(title="経理事務")
    response = signed_in.post(
        reverse("matching:settings"),
        {
            "action": "ai_apply",
            "occupation_lines": "",
            "ai_occupation": [str(accounting.pk)],
            f"ai_years_{accounting.pk}": "4",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "まだ保存されていません" in html
    assert "経理事務 4" in html  # in the box, for the person to check
    assert not MatchingProfile.objects.filter(user=person).exists()

    saved = signed_in.post(reverse("matching:settings"), {"action": "save", "occupation_lines": "経理事務 4"})
    assert saved.status_code == 302
    assert MatchingProfile.objects.get(user=person).occupations == [{"id": accounting.pk, "years": 4}]


def test_a_failing_provider_is_said_plainly_and_keeps_what_was_typed(signed_in, fake):
    fake.behaviour = "error"
    response = signed_in.post(
        reverse("matching:settings"),
        {"action": "ai_propose", "occupation_lines": "一般事務 3", "prefecture": "神奈川県"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "いまはAIによる推定を使えません" in html
    assert "一般事務 3" in html  # the rest of the form as typed
