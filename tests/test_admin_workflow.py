"""Editors write and submit; moderators approve and publish (Wagtail's moderation workflow)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from guidance_pages.models import ColumnPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def _login(login_with_mfa):
    def login(client, email):
        login_with_mfa(get_user_model().objects.get(email=email))

    return login


def test_editor_submits_for_moderation_and_moderator_publishes(client, _login):
    page = ColumnPage.objects.filter(locale__language_code="ja").first()
    live_title = page.title
    _login(client, "editor@example.jp")
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200

    data = nested_form_data(
        {
            "title": "「強み」の見つけ方（改訂案）",
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>改訂した本文です。</p>"))]),
            "user_types": [],
            "purposes": [],
            "action-submit": "Submit",
        }
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.title == live_title, "an editor's change must not go live before approval"
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # The editor cannot publish directly.
    publish = dict(data)
    publish.pop("action-submit")
    publish["action-publish"] = "Publish"
    client.post(f"/admin/pages/{page.pk}/edit/", publish)
    page.refresh_from_db()
    assert page.title == live_title

    client.logout()
    _login(client, "moderator@example.jp")
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "確認しました。"}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title == "「強み」の見つけ方（改訂案）"
    assert page.live


def test_a_new_japanese_page_is_sent_for_english_translation_with_wagtail_localize(
    client, en, login_with_mfa
):
    from guidance_pages.models import SectionPage

    section = SectionPage.objects.get(locale__language_code="ja", slug="columns")
    page = section.add_child(
        instance=ColumnPage(
            title="面接の前にジョブ・カードを読み返す", slug="before-interview", intro="三つの確認点。"
        )
    )
    page.save_revision().publish()
    admin = get_user_model().objects.create_superuser("admin@example.jp", "a-long-admin-pass")
    login_with_mfa(admin)
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [en.pk]})
    assert response.status_code == 302
    translation = page.get_translation_or_none(en)
    assert translation is not None
    assert translation.get_parent().specific.locale == en
    assert translation.title == page.title  # not yet translated: a draft copy for the translator
    assert not translation.live


def test_the_workflow_is_named_in_japanese_in_the_editor(client, _login):
    from wagtail.models import Task, Workflow

    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name="公開前の確認").exists()
    assert Task.objects.filter(name="公開前の確認").exists()
    page = ColumnPage.objects.filter(locale__language_code="ja").first()
    _login(client, "editor@example.jp")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "公開前の確認" in html
    assert "Moderators approval" not in html


def test_the_admin_speaks_japanese_where_wagtail_and_wagtail_localize_do_not(client, _login):
    page = ColumnPage.objects.filter(locale__language_code="ja").first()
    _login(client, "editor@example.jp")
    html = client.get(f"/admin/pages/{page.pk}/edit/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "言語を切り替える" in html and "Switch locales" not in html
    assert "公開の予約はありません" in html and "No publishing schedule set" not in html


def test_a_page_titled_in_japanese_keeps_a_readable_slug(client, _login):
    """The admin's script makes the slug from the title; with Unicode slugs allowed it keeps the
    Japanese words (without them Wagtail's ASCII-only slug of a Japanese title was a stray "a")."""
    from guidance_pages.models import SectionPage

    section = SectionPage.objects.get(locale__language_code="ja", slug="columns")
    _login(client, "editor@example.jp")
    data = nested_form_data(
        {
            "title": "面接の前に読み返す",
            "slug": "面接の前に読み返す",  # what wagtail's slugify(title, allowUnicode) gives
            "intro": "三つの確認点。",
            "body": streamfield([("paragraph", rich_text("<p>本文です。</p>"))]),
            "user_types": [],
            "purposes": [],
        }
    )
    response = client.post(f"/admin/pages/add/guidance_pages/columnpage/{section.pk}/", data)
    assert response.status_code == 302
    page = ColumnPage.objects.get(title="面接の前に読み返す")
    assert page.slug == "面接の前に読み返す"
    page.get_latest_revision().publish()  # a moderator's approval (tested above)
    page.refresh_from_db()
    assert page.url.startswith("/columns/%E9%9D%A2")  # percent-encoded in the link, readable in the bar
    assert "面接の前に読み返す" in client.get(page.url).content.decode()
