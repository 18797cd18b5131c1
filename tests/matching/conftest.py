"""Companies and their members for the company-side tests (built here, not from the demo)."""

import pytest

from sharing.models import Membership, Organisation
from tests.sharing.conftest import make_user, mfa_client


@pytest.fixture
def company(db):
    return Organisation.objects.create(
        name="株式会社さくら事務センター", kind=Organisation.Kind.COMPANY, status=Organisation.Status.APPROVED
    )


@pytest.fixture
def recruiter(django_user_model, company):
    user = make_user(django_user_model, "saiyo@sakura.example.jp", last_name="田中", first_name="一郎")
    Membership.objects.create(organisation=company, user=user, display_name="田中 一郎（人事）")
    return user


@pytest.fixture
def recruiter_client(recruiter):
    return mfa_client(recruiter)


@pytest.fixture
def other_company_client(django_user_model):
    org = Organisation.objects.create(
        name="株式会社ほかの会社", kind=Organisation.Kind.COMPANY, status=Organisation.Status.APPROVED
    )
    user = make_user(django_user_model, "hr@hoka.example.jp")
    Membership.objects.create(organisation=org, user=user, display_name="人事 鈴木")
    return mfa_client(user)


POSTING = {
    "title": "経理事務（横浜市・正社員）",
    "occupation_name": "経理事務",
    "duties_text": "会計ソフトへの仕訳入力をする。",
    "required_text": "",
    "preferred_text": "日商簿記２級",
    "experience_years": "２",
    "prefecture": "神奈川県",
    "city": "横浜市",
    "employment_type": "regular",
    "wage_unit": "month",
    "wage_min": "２２０，０００円",
    "wage_max": "300000",
    "hours_per_week": "40",
    "hours_note": "9:00〜18:00（休憩60分）",
    "action": "save",
}


@pytest.fixture
def posting_data():
    from occupations.models import Occupation

    occupation = Occupation.objects.get(title="経理事務")
    tasks = sorted(occupation.tasks.all(), key=lambda t: (-(t.importance or 0), t.pk))[:3]
    return {**POSTING, "tasks": [str(t.pk) for t in tasks]}, [t.text for t in tasks]
