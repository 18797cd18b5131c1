"""The self-diagnosis pages: taking a check (errors keep the answers), the result page, the
reference code for anonymous visitors, joining an account (sign-up, login, entering the code),
one generation per person, deleting, and that nothing personal reaches what is shared."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from diagnosis import views
from diagnosis.models import DiagnosisResult, hash_reference_code
from diagnosis.questions import CHECKS, INTEREST, STRENGTHS, VALUES
from diagnosis.store import SESSION_KEY, normalise_code

from .answers import post_data

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PASSWORD = "sakura-no-hana-2026"
SAE = {"social": 5, "artistic": 4, "enterprising": 3, "investigative": 2, "conventional": 2, "realistic": 1}
CODE = re.compile(r'<strong class="reference-code" data-reference-code>([A-Z0-9-]{14})</strong>')


def take(client, kind=INTEREST, values=None, default=1):
    response = client.post(reverse("diagnosis:check", args=[kind]), post_data(kind, values or SAE, default))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == f"/diagnosis/result/#{kind}"
    return response


def reference_code(client) -> str:
    html = client.get(reverse("diagnosis:result")).content.decode()
    match = CODE.search(html)
    assert match, html[:3000]
    return match.group(1)


def verified_user(email="hanako@example.jp"):
    user = get_user_model().objects.create_user(email, PASSWORD)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    return user


def test_the_start_page(client):
    html = client.get(reverse("diagnosis:index")).content.decode()
    for kind in (INTEREST, VALUES, STRENGTHS):
        assert str(CHECKS[kind].title) in html
    assert "42問・約7分" in html and "性別・年齢などは使いません" in html


def test_the_check_form(client):
    response = client.get(reverse("diagnosis:check", args=[INTEREST]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('type="radio"') == 42 * 5
    assert "<legend" in html and "問1" in html
    assert 'data-progress-format="{total}問中 {done}問に回答しました"' in html
    assert "no-store" in response["Cache-Control"]
    assert client.get("/diagnosis/unknown/").status_code == 404


def test_unanswered_items_are_named_and_the_answers_kept(client):
    data = post_data(INTEREST, SAE)
    del data["social-2"], data["realistic-5"]
    response = client.post(reverse("diagnosis:check", args=[INTEREST]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "まだ答えていない質問が2問あります" in html
    assert '<a href="#item-social-2">問10：' in html
    assert 'id="social-2-error"' in html and "答えを選んでください。" in html
    assert 'aria-describedby="social-2-error"' in html
    # What was answered is still checked.
    assert re.search(r'name="social-1" value="5"[^>]*checked', html)
    assert not DiagnosisResult.objects.exists()
    assert "<title>エラー：" in html


def test_anonymous_result_with_reference_code(client, monkeypatch):
    recorded = []
    monkeypatch.setattr(views, "record", lambda request, name, **kw: recorded.append((name, kw)))
    take(client)
    assert recorded == [("diagnosis_completed", {"kind": "interest"})]
    result = DiagnosisResult.objects.get()
    assert result.owner is None and result.interest["code"] == "SAE"
    assert result.interest["answers"]["social-1"] == 5
    code = reference_code(client)
    assert result.reference_hash == hash_reference_code(code)
    assert code not in str(DiagnosisResult.objects.values_list())  # only its HMAC is stored
    html = client.get(reverse("diagnosis:result")).content.decode()
    assert '<strong class="type-code__letters">SAE</strong>' in html
    assert "社会的（S）" in html and "<svg" in html and '<table class="data-table">' in html
    assert "あなたに合いそうな職業" in html and "一致度" in html
    assert "新規登録して結果を保存する" in html


def test_a_reference_code_reopens_the_result_elsewhere(client):
    take(client)
    code = reference_code(client)
    other = Client()
    assert other.get(reverse("diagnosis:result")).status_code == 302  # nothing in that session
    typed = code.lower().replace("-", " ")  # lower case and spaces are fine
    response = other.post(reverse("diagnosis:code"), {"code": typed})
    assert response.status_code == 302 and response["Location"] == "/diagnosis/result/"
    assert "SAE" in other.get(reverse("diagnosis:result")).content.decode()


def test_wrong_codes_get_messages_next_to_the_field(client):
    response = client.post(reverse("diagnosis:code"), {"code": "ABC"})
    html = response.content.decode()
    assert "英字と数字の12文字" in html and 'value="ABC"' in html
    assert 'aria-describedby="id_code-error' in html
    response = client.post(reverse("diagnosis:code"), {"code": "ACDE-FGHJ-KMNP"})
    assert "この参照コードの結果は見つかりませんでした" in response.content.decode()


def test_code_guessing_is_limited(client, monkeypatch):
    monkeypatch.setattr(views, "CODE_ATTEMPTS", 3)
    client.get(reverse("diagnosis:code"))  # the browser's CSRF cookie, as every real POST has (#14 item 8)
    for _ in range(3):
        client.post(reverse("diagnosis:code"), {"code": "ACDE-FGHJ-KMNP"})
    html = client.post(reverse("diagnosis:code"), {"code": "ACDE-FGHJ-KMNQ"}).content.decode()
    assert "しばらく時間をおいてから" in html


def test_codes_are_normalised():
    assert normalise_code("ａｃｄｅ－ｆｇｈｊ－ｋｍｎｐ") == "ACDE-FGHJ-KMNP"
    assert normalise_code("acde fghj kmnp") == "ACDE-FGHJ-KMNP"
    assert normalise_code("ACDE-FGHJ-KMN0") is None  # 0 is not in the alphabet
    assert normalise_code("ACDE-FGHJ") is None


def test_expired_anonymous_results_are_gone(client, settings):
    take(client)
    code = reference_code(client)
    DiagnosisResult.objects.update(updated_at=timezone.now() - datetime.timedelta(days=181))
    assert Client().post(reverse("diagnosis:code"), {"code": code}).status_code == 200  # not found
    assert not DiagnosisResult.objects.exists()


def test_clear_expired_command(client):
    from django.core.management import call_command

    take(client)
    Client().post(reverse("diagnosis:check", args=[VALUES]), post_data(VALUES, {"stability": 5}))
    DiagnosisResult.objects.filter(pk=DiagnosisResult.objects.order_by("pk").first().pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=200)
    )
    call_command("clear_expired_diagnoses")
    assert DiagnosisResult.objects.count() == 1


def test_signed_in_result_is_one_generation(client):
    user = verified_user()
    client.force_login(user)
    take(client)
    first = DiagnosisResult.objects.get(owner=user)
    assert first.reference_hash is None
    take(client, values={"realistic": 5, "investigative": 4, "conventional": 3})
    take(client, VALUES, {"service_contribution": 5}, default=2)
    assert DiagnosisResult.objects.count() == 1
    result = DiagnosisResult.objects.get(owner=user)
    assert result.interest["code"] == "RIC"  # the older answers were replaced
    assert result.values["top"][0] == "service_contribution"
    html = client.get(reverse("diagnosis:result")).content.decode()
    assert "アカウントに保存されています" in html and "data-reference-code" not in html
    assert "価値観の一致" in html


def test_sign_up_attaches_the_anonymous_result(client):
    take(client)
    response = client.post(
        "/accounts/signup/", {"email": "new.person@example.jp", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="new.person@example.jp")
    result = DiagnosisResult.objects.get()
    assert result.owner == user and result.reference_hash is None
    assert SESSION_KEY not in client.session
    assert mail.outbox  # the verification mail went out as usual


def test_login_attaches_and_merges_by_date(client):
    user = verified_user()
    own = DiagnosisResult.objects.create(
        owner=user,
        interest={"code": "CRI", "scores": {}, "top": [], "completed_at": "2030-01-01T00:00:00+00:00"},
        strengths={
            "code": "",
            "scores": {},
            "top": ["listening"],
            "completed_at": "2020-01-01T00:00:00+00:00",
        },
    )
    take(client)  # interest (older than the account's), then strengths (newer)
    take(client, STRENGTHS, {"planning": 5})
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.interest["code"] == "CRI"  # the account's was newer
    assert own.strengths["top"][0] == "planning"  # the anonymous one was newer
    assert DiagnosisResult.objects.count() == 1


def test_entering_a_code_when_signed_in_adds_it_to_the_account(client):
    visitor = Client()
    take(visitor)
    code = reference_code(visitor)
    user = verified_user()
    client.force_login(user)
    response = client.post(reverse("diagnosis:code"), {"code": code})
    assert response.status_code == 302
    result = DiagnosisResult.objects.get()
    assert result.owner == user and result.interest["code"] == "SAE"
    # The code no longer opens anything.
    assert "見つかりませんでした" in Client().post(reverse("diagnosis:code"), {"code": code}).content.decode()


def test_proposals_do_not_depend_on_who_answers(client):
    """Same answers, different gender and birth date on the profile: the same proposals."""

    def proposals_for(email, gender, birth):
        user = verified_user(email)
        Profile.objects.update_or_create(user=user, defaults={"gender": gender, "birth_date": birth})
        browser = Client()
        browser.force_login(user)
        take(browser)
        take(browser, VALUES, {"stability": 5, "work_life_balance": 4}, default=2)
        html = browser.get(reverse("diagnosis:result")).content.decode()
        return re.findall(r'<h3 class="proposal__title"><a href="/occupations/(\d+)/">', html), html

    first, html = proposals_for("a@example.jp", "女性", datetime.date(1960, 4, 1))
    second, _html = proposals_for("b@example.jp", "男性", datetime.date(2004, 4, 1))
    assert len(first) == 10 and first == second
    assert "性別・年齢・住所などの属性は使っていません" in html


def test_deleting_the_result(client):
    take(client)
    assert client.get(reverse("diagnosis:delete")).status_code == 200
    response = client.post(reverse("diagnosis:delete"))
    assert response.status_code == 302
    assert not DiagnosisResult.objects.exists()
    assert client.get(reverse("diagnosis:result")).status_code == 302


def test_the_share_card_has_no_personal_data(client):
    take(client)
    code = reference_code(client)
    html = client.get(reverse("diagnosis:result")).content.decode()
    assert 'href="https://twitter.com/intent/tweet?text=' in html
    assert "http%3A//testserver/diagnosis/share/SAE/" in html
    page = Client().get("/diagnosis/share/SAE/")
    assert page.status_code == 200
    shared = page.content.decode()
    assert (
        '<meta property="og:title" content="私の興味のタイプは「SAE」（社会的・芸術的・企業的）">' in shared
    )
    assert '<meta property="og:image" content="http://testserver/diagnosis/share/SAE.png">' in shared
    assert '<meta name="twitter:card" content="summary_large_image">' in shared
    assert code not in shared and "一致度" not in shared
    assert Client().get("/diagnosis/share/sae/").status_code == 200
    for bad in ("SSA", "XYZ"):
        assert Client().get(f"/diagnosis/share/{bad}/").status_code == 404


def test_the_share_image_is_a_png_of_the_right_size(client):
    import io

    from PIL import Image

    response = client.get("/diagnosis/share/RIA.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (1200, 630)
    assert client.get("/diagnosis/share/RRA.png").status_code == 404


def test_mypage_summary_shows_an_example_then_the_result(client, rf):
    from django.template import Context, Template

    template = Template("{% load diagnosis_tags %}{% diagnosis_summary %}")
    user = verified_user()
    client.force_login(user)
    request = client.get(reverse("diagnosis:index")).wsgi_request
    html = template.render(Context({"request": request}))
    assert "まだ自己診断を受けていません" in html and "興味のタイプ（例）" in html
    take(client)
    request = client.get(reverse("diagnosis:index")).wsgi_request
    html = template.render(Context({"request": request}))
    assert "SAE（社会的・芸術的・企業的）" in html
    assert "未回答（診断を受ける）" in html  # values and strengths not taken yet
