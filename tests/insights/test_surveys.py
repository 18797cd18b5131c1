"""Surveys and the consent choice: stored without identity, errors in Japanese, input kept."""

import json

import pytest
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.utils import timezone

from insights.models import SurveyResponse

pytestmark = pytest.mark.django_db


def test_a_satisfaction_answer_is_stored_masked_and_without_identity(browser):
    browser.cookies["jobcard_attributes"] = "employed.career_review."
    response = browser.post(
        "/insights/survey/satisfaction/",
        {
            "score": "4",
            "where": "download",
            "comment": "山田と申します。使いやすかったです。連絡は taro@example.jp か 090-1234-5678 へ。",
            "next": "/card/",
        },
    )
    assert response.status_code == 200
    assert "ご回答ありがとうございました。" in response.content.decode()
    answer = SurveyResponse.objects.get(comment__contains="使いやすかった")
    assert (answer.survey, answer.placement, answer.score) == ("satisfaction", "download", 4)
    assert answer.answered_on == timezone.localdate()
    assert (answer.user_type, answer.purpose) == ("employed", "career_review")
    for secret in ("taro@example.jp", "090-1234-5678", "山田"):
        assert secret not in answer.comment
    assert "[メールアドレス]" in answer.comment and "[電話番号]" in answer.comment
    assert "jobcard_survey_satisfaction_download" in response.cookies


def test_missing_answer_is_explained_next_to_the_field_and_the_comment_is_kept(browser):
    response = browser.post(
        "/insights/survey/satisfaction/", {"comment": "途中まで書いた感想", "where": "mypage"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "満足度を5段階から1つ選んでください。" in html
    assert "途中まで書いた感想" in html
    assert 'aria-describedby="id_score-error"' in html
    assert not SurveyResponse.objects.filter(comment__contains="途中まで").exists()


def test_json_answers_for_the_page_script(browser):
    response = browser.post(
        "/insights/survey/draft_left/",
        {"choice": "what_to_write", "where": "mypage", "sheet": "2"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert "ありがとうございました" in response.json()["message"]
    answer = SurveyResponse.objects.get(
        survey="draft_left", choice="what_to_write", sheet="2", answered_on=timezone.localdate()
    )
    assert answer.placement == "mypage"
    bad = browser.post("/insights/survey/purpose/", {"choice": "robot"}, HTTP_ACCEPT="application/json")
    assert bad.status_code == 400
    assert bad.json()["errors"]["choice"] == ["当てはまるものを1つ選んでください。"]


def test_answers_from_another_site_are_refused(browser):
    response = browser.post(
        "/insights/survey/satisfaction/", {"score": "1"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    response = browser.post("/insights/consent/", {"consent": "yes"}, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403


def test_unknown_survey_is_404(browser):
    assert browser.get("/insights/survey/salary/").status_code == 404


def test_the_survey_tag_renders_a_form_until_answered():
    template = Template('{% load insights_tags %}{% insights_survey "satisfaction" where="mypage" %}')
    request = RequestFactory().get("/mypage/")
    html = template.render(RequestContext(request, {"request": request}))
    assert 'action="/insights/survey/satisfaction/"' in html
    assert 'name="where" value="mypage"' in html
    assert 'name="next" value="/mypage/"' in html
    request.COOKIES["jobcard_survey_satisfaction_mypage"] = "1"
    assert "<form" not in template.render(RequestContext(request, {"request": request}))


def test_consent_choice_sets_a_cookie_and_returns(browser):
    response = browser.post("/insights/consent/", {"consent": "no", "next": "/faq/"})
    assert response.status_code == 302 and response["Location"] == "/faq/"
    assert response.cookies["jobcard_consent"].value == "no"
    response = browser.post("/insights/consent/", {"consent": "yes"}, HTTP_ACCEPT="application/json")
    assert json.loads(response.content)["consent"] == "yes"
    page = browser.get("/insights/consent/")
    assert "集計に同意しています。" in page.content.decode()


def test_consent_without_a_choice_is_explained(browser):
    response = browser.post("/insights/consent/", {})
    assert response.status_code == 400
    assert "「同意する」か「同意しない」を選んでください。" in response.content.decode()


def test_consent_page_notices_do_not_track(browser):
    html = browser.get("/insights/consent/", HTTP_DNT="1").content.decode()
    assert "トラッキング拒否を送っているため" in html


def test_consent_notice_include():
    from django.template.loader import render_to_string
    from django.urls import resolve

    request = RequestFactory().get("/faq/")
    request.resolver_match = resolve("/faq/")
    html = render_to_string("insights/includes/consent.html", {"request": request})
    assert "同意する" in html and "同意しない" in html
    assert 'name="next" value="/faq/"' in html
    assert 'aria-labelledby="insights-consent-title"' in html
