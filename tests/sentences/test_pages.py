"""The builder without JavaScript, its JSON endpoints, the template tag and the admin."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from sentences.models import SentenceFlow
from tests.markup import squash

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DUTIES = "/sentences/job-duties/"
GOOD = "workplace=store&position=leader&tasks=customer&tasks=training&achievement=manual&compose=1"
GOOD_DRAFT = (
    "店舗で、リーダーとしてお客様や利用者への対応を行い、新人の指導を受け持ちました。"
    "また、マニュアルを作って、引き継ぎをしやすくしました。"
)


def test_index_lists_every_flow(client):
    response = client.get("/sentences/")
    assert response.status_code == 200
    html = squash(response.content.decode())
    for slug in (
        "job-duties",
        "future-work",
        "values-interests",
        "strengths",
        "next-actions",
        "school-activities",
    ):
        assert f'href="/sentences/{slug}/"' in html
    assert "記入欄：職務内容（様式2）" in html


def test_the_form_works_without_javascript(client):
    response = client.get(DUTIES, {"next": "/sheets/2/edit/#id_duties"})
    html = squash(response.content.decode())
    assert response.status_code == 200
    assert '<form class="sentence-form" method="get" action="/sentences/job-duties/"' in html
    assert html.count("<fieldset") == 4
    assert 'type="radio" id="q-workplace-0" name="workplace" value="store"' in html
    assert 'type="checkbox" id="q-tasks-0" name="tasks" value="customer"' in html
    assert "3個まで選べます。" in html
    assert '<input type="hidden" name="next" value="/sheets/2/edit/#id_duties">' in html
    assert "できた下書き" not in html

    response = client.get(f"{DUTIES}?{GOOD}&next=/sheets/2/edit/%23id_duties")
    html = squash(response.content.decode())
    assert response.status_code == 200
    assert response.context["draft"] == GOOD_DRAFT
    assert f"data-sentence-draft>{GOOD_DRAFT}</textarea>" in html
    # The answers stay chosen, and 「戻る」 goes back to the editor.
    assert 'value="training" checked' in html and 'value="leader" checked' in html
    assert '<a class="button" href="/sheets/2/edit/#id_duties">戻る</a>' in html


def test_an_unknown_choice_gives_a_japanese_error_and_keeps_the_rest(client):
    response = client.get(
        DUTIES, {"workplace": "moon", "position": "leader", "tasks": ["customer"], "compose": "1"}
    )
    html = squash(response.content.decode())
    assert response.status_code == 200
    assert response.context["draft"] == ""
    assert "入力内容を確認してください" in html
    assert (
        '<p class="field-error" id="q-workplace-error"><span class="visually-hidden">エラー：</span>'
        "選択肢の中から選んでください。</p>" in html
    )
    assert 'aria-describedby="q-workplace-error"' in html
    assert "一つ選んでください。" in html  # achievement was not answered
    assert 'value="leader" checked' in html and 'value="customer" checked' in html
    assert "<title>エラー：" in html


def test_too_many_choices_and_none_with_others(client):
    response = client.get(
        DUTIES,
        {
            "workplace": "store",
            "position": "staff",
            "tasks": ["customer", "documents", "stock", "training"],
            "achievement": ["none", "manual"],
            "compose": "1",
        },
    )
    html = squash(response.content.decode())
    assert "選べるのは3個までです。" in html
    assert "一つだけ選んでください。" in html


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil.example", "sheets/edit/"],
)
def test_next_must_be_a_path_on_this_site(client, next_url):
    response = client.get(f"{DUTIES}?{GOOD}", {"next": next_url})
    assert response.status_code == 200
    assert response.context["next"] == ""
    assert "戻る</a>" not in squash(response.content.decode())


def test_a_box_code_redirects_to_the_flow_and_unknown_is_404(client):
    response = client.get("/sentences/job_duties/", {"next": "/x/"})
    assert response.status_code == 302
    assert response["Location"] == "/sentences/job-duties/?next=%2Fx%2F"
    assert client.get("/sentences/no-such-flow/").status_code == 404


def test_an_inactive_flow_is_not_offered(client):
    SentenceFlow.objects.filter(slug="strengths").update(active=False)
    assert client.get("/sentences/strengths/").status_code == 404
    assert 'href="/sentences/strengths/"' not in client.get("/sentences/").content.decode()


def test_english_pages_ask_in_english_and_draft_the_japanese_sentence(client):
    html = squash(client.get("/en/sentences/job-duties/").content.decode())
    assert "Where did you mainly work?" in html and "A care or welfare facility" in html
    assert "主にどこで働いていましたか？" not in html
    draft = squash(client.get(f"/en{DUTIES}?{GOOD}").content.decode())
    assert GOOD_DRAFT in draft  # the draft goes into a Japanese form


def test_english_pages_fall_back_to_the_japanese_flow(client):
    SentenceFlow.objects.filter(locale__language_code="en").delete()
    response = client.get("/en/sentences/job-duties/")
    assert response.status_code == 200
    assert "主にどこで働いていましたか？" in squash(response.content.decode())


# JSON ------------------------------------------------------------------------------------------


def test_flow_json(client):
    response = client.get("/sentences/api/flows/job_duties/")
    assert response.status_code == 200
    data = response.json()
    assert data["slug"] == "job-duties" and data["box"] == "job_duties"
    assert data["compose_url"] == "/sentences/api/flows/job-duties/compose/"
    assert [q["key"] for q in data["questions"]] == ["workplace", "position", "tasks", "achievement"]
    tasks = data["questions"][2]
    assert tasks["multiple"] is True and tasks["max_choices"] == 3
    assert tasks["choices"][0] == {"key": "customer", "label": "お客様や利用者への対応"}
    assert data["labels"]["insert"] == "この文を挿入"
    # Phrases and templates stay on the server.
    assert "phrase" not in json.dumps(data)
    assert client.get("/sentences/api/flows/nothing/").json() == {"error": "例文の質問が見つかりません。"}


def post(client, body, url="/sentences/api/flows/job-duties/compose/"):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post(url, data=data, content_type="application/json")


def test_compose_json(client):
    response = post(
        client,
        {
            "answers": {
                "workplace": "store",
                "position": "leader",
                "tasks": ["customer", "training"],
                "achievement": "manual",
            }
        },
    )
    assert response.status_code == 200
    assert response.json() == {
        "text": GOOD_DRAFT,
        "sentences": [
            "店舗で、リーダーとしてお客様や利用者への対応を行い、新人の指導を受け持ちました。",
            "また、マニュアルを作って、引き継ぎをしやすくしました。",
        ],
    }
    assert response["Cache-Control"] == "no-store"


def test_compose_json_errors_are_japanese_never_500(client):
    response = post(client, {"answers": {"workplace": "moon", "tasks": "customer"}})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "入力内容を確認してください。"
    assert body["errors"] == {
        "workplace": "選択肢の中から選んでください。",
        "position": "一つ選んでください。",
        "achievement": "一つ選んでください。",
    }
    for bad in (
        b"not json",
        b"[1, 2]",
        {"answers": "x"},
        {"answers": None},
        "\ud800".encode("utf-8", "surrogatepass"),
    ):
        response = post(client, bad)
        assert response.status_code == 400
        assert response.json()["error"] == "送信された内容の形式が正しくありません。"
    response = post(
        client, {"answers": {"workplace": [{"a": 1}], "position": 5, "tasks": [None], "achievement": True}}
    )
    assert response.status_code == 400
    assert set(response.json()["errors"].values()) == {"選択肢の中から選んでください。"}
    assert post(client, b"x" * 10000).status_code == 400
    assert client.get("/sentences/api/flows/job-duties/compose/").status_code == 405
    assert post(client, {"answers": {}}, url="/sentences/api/flows/nothing/compose/").status_code == 404


# Template tag ----------------------------------------------------------------------------------


def render_tag(code, target="id_duties", path="/sheets/2/edit/?row=1"):
    request = RequestFactory().get(path)
    template = Template(
        "{% load sentence_tags %}{% sentence_builder_button code target %}"
        "{% sentence_builder_button code 'other' %}"
    )
    return template.render(Context({"request": request, "code": code, "target": target}))


def test_tag_renders_a_link_that_works_without_javascript():
    html = squash(render_tag("job_duties"))
    assert (
        'href="/sentences/job-duties/?next=%2Fsheets%2F2%2Fedit%2F%3Frow%3D1%23id_duties" '
        'data-sentence-builder="job-duties" data-target="id_duties" '
        'data-flow-url="/sentences/api/flows/job-duties/"'
    ) in html
    assert "例文をつくる" in html
    assert '<span class="visually-hidden">（職務内容（様式2））</span>' in html
    assert 'data-sentence-builder-status="id_duties"' in html
    # The stylesheet and the script come once, with the first button.
    assert html.count("js/sentence-builder.js") == 1
    assert html.count("css/sentences.css") == 1
    assert html.count("data-sentence-builder=") == 2


def test_tag_accepts_a_slug_and_renders_nothing_without_a_flow():
    assert 'data-sentence-builder="strengths"' in render_tag("strengths")
    assert render_tag("qualification_notes").strip() == ""
    without_target = render_tag("job_duties", target="")
    assert without_target.count("data-sentence-builder=") == 1  # only the one for 'other'
    assert 'data-target=""' not in without_target


# Admin -----------------------------------------------------------------------------------------


@pytest.fixture
def editor_client(login_with_mfa, django_user_model):
    user = django_user_model.objects.create_superuser(email="flows@example.com", password="x" * 20)
    return login_with_mfa(user)


def test_editors_find_flows_in_the_admin_and_preview_them(editor_client):
    flow = SentenceFlow.objects.get(slug="job-duties", locale__language_code="ja")
    response = editor_client.get(reverse("wagtailsnippets_sentences_sentenceflow:list"))
    assert response.status_code == 200
    assert "職務内容の例文をつくる" in squash(response.content.decode())
    response = editor_client.get(reverse("wagtailsnippets_sentences_sentenceflow:edit", args=[flow.pk]))
    assert response.status_code == 200
    # What the preview panel shows (Wagtail renders it from the posted form; here from the flow).
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    html = squash(flow.serve_preview(request, "").render().content.decode())
    assert "答えの組み合わせ1500通りのうち1500通りを確かめ" in html
    assert "お客様や利用者への対応を行う" in html and "ました：お客様や利用者への対応を行いました" in html
    assert "店舗で、スタッフの一員としてお客様や利用者への対応を行いました。" in html


def test_a_flow_that_would_read_badly_cannot_be_saved():
    from django.core.exceptions import ValidationError

    flow = SentenceFlow.objects.get(slug="job-duties", locale__language_code="ja")
    raw = flow.questions.raw_data
    raw[0]["value"]["choices"][0]["value"]["phrase"] = "店舗を"  # 「店舗をで、…」
    flow.questions = raw
    with pytest.raises(ValidationError) as caught:
        flow.full_clean()
    messages = caught.value.messages
    assert messages[0] == "次の答えの組み合わせで、文が不自然になります（300通り）。"
    assert "助詞が重なっています（「をで」）。" in messages[1]
    assert messages[1].startswith("主にどこで働いていましたか？：お店（小売・飲食など）／")


def test_translatable_fields_are_marked():
    names = {field.field_name: type(field).__name__ for field in SentenceFlow.translatable_fields}
    assert names["questions"] == names["sentences"] == names["title"] == "TranslatableField"
    assert names["slug"] == names["box"] == "SynchronizedField"
    api = {field.name for field in SentenceFlow.api_fields}
    assert {"title", "slug", "box", "questions", "sentences", "locale"} <= api


def test_the_builders_script_strings_are_in_the_english_javascript_catalogue(client, db):
    """The script's own strings (dialog title, close, loading, errors) reach English visitors."""
    import json
    import re
    from pathlib import Path

    from django.conf import settings

    script = (Path(settings.BASE_DIR) / "static" / "js" / "sentence-builder.js").read_text(encoding="utf-8")
    strings = re.findall(r'gettext\("([^"]+)"\)', script)
    assert len(strings) >= 5
    catalogue = client.get("/en/jsi18n/").content.decode("utf-8")
    japanese = client.get("/jsi18n/").content.decode("utf-8")
    for text in strings:
        assert json.dumps(text)[1:-1] in catalogue, text  # the key is there (JSON-escaped) …
    assert "Make example sentences" in catalogue and json.dumps("Loading…")[1:-1] in catalogue  # … in English
    assert "Make example sentences" not in japanese
