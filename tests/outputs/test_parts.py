"""The kept workbook and building it ahead after a save; the PDF rendered in the request.

What must hold: a kept workbook is never served for other content (another choice of fields,
changed data); it leaves with the card; a saved sheet (not an autosaved draft) builds the workbook
ahead when pre-rendering is on, after which the xlsx download with everything ticked builds
nothing; the PDF (Typst) always shows the data as saved, with nothing kept.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import override_settings

from outputs import exports
from outputs.signals import prerender_enabled
from outputs.tasks import prerender_card_pdf
from outputs.xlsx import card_workbook
from sheets.services import save_draft, save_version

from .conftest import entry_of, open_xlsx, pdf_text, post_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def builds(monkeypatch):
    """How many workbooks openpyxl is asked to build."""
    seen = []
    real = card_workbook

    def counting(*args, **kwargs):
        seen.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "card_workbook", counting)
    return seen


def test_kept_workbook_leaves_with_the_card(card, django_capture_on_commit_callbacks):
    scope = exports.part_scope(card)
    exports.export_xlsx(exports.card_picks(card), [], scope=scope)
    index = cache.get(f"outputs:pdfparts:{scope}")
    assert len(index) == 1  # the workbook (PDFs are not kept)
    assert all(cache.get(key) for key in index)
    with django_capture_on_commit_callbacks(execute=True):
        card.delete()
    assert not any(cache.get(key) for key in index)
    assert cache.get(f"outputs:pdfparts:{scope}") is None


def test_the_pdf_shows_each_change_at_once(signed_in, card):
    first = post_choice(signed_in, card, "pdf")
    assert first.status_code == 200
    entry = entry_of(card, "2")
    data = entry.saved_data
    data["jobs"][0]["company_name"] = "株式会社あおば物流"
    save_version(entry, data, entry.lock_version, card.owner)
    changed = post_choice(signed_in, card, "pdf")
    assert "株式会社あおば物流" in "".join("".join(pdf_text(changed.content)).split())


def test_workbook_is_kept_until_its_content_changes(signed_in, card, builds):
    first = post_choice(signed_in, card, "xlsx")
    assert first.status_code == 200 and len(builds) == 1
    again = post_choice(signed_in, card, "xlsx")
    assert len(builds) == 1
    assert open_xlsx(again.content).sheetnames == open_xlsx(first.content).sheetnames

    post_choice(signed_in, card, "xlsx", omit_fields={("1-1", "strengths")})
    assert len(builds) == 2  # another choice of fields is another workbook

    entry = entry_of(card, "3-1")
    data = entry.saved_data
    data["qualifications"][0]["name"] = "ITパスポート"
    save_version(entry, data, entry.lock_version, card.owner)
    changed = post_choice(signed_in, card, "xlsx")
    assert len(builds) == 3
    values = [c.value for ws in open_xlsx(changed.content) for row in ws.iter_rows() for c in row]
    assert "ITパスポート" in values


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_a_saved_sheet_builds_the_workbook_ahead_and_the_download_builds_nothing(
    signed_in, card, builds, django_capture_on_commit_callbacks
):
    entry = entry_of(card, "1-1")
    data = entry.saved_data
    data["strengths"] = "最後まで粘り強く取り組めます。"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save_version(entry, data, entry.lock_version, card.owner)
    assert callbacks  # the build was queued once the save was committed
    assert len(builds) == 1

    pdf = post_choice(signed_in, card, "pdf")
    xlsx = post_choice(signed_in, card, "xlsx")
    assert len(builds) == 1  # everything ticked = what was built ahead
    assert "最後まで粘り強く取り組めます。" in "".join("".join(pdf_text(pdf.content)).split())
    assert xlsx.status_code == 200


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_an_autosaved_draft_builds_nothing_ahead(card, builds, django_capture_on_commit_callbacks):
    entry = entry_of(card, "1-1")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save_draft(entry, {**entry.saved_data, "strengths": "書きかけ"}, entry.lock_version, card.owner)
    assert callbacks == [] and builds == []


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_a_changed_profile_builds_the_owners_cards_ahead(card, builds, django_capture_on_commit_callbacks):
    profile = card.owner.profile
    profile.phone = "03-9876-5432"
    with django_capture_on_commit_callbacks(execute=True):
        profile.save()
    assert len(builds) == 1

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        card.owner.save(update_fields=["last_login"])  # a login prints nothing new
    assert callbacks == [] and len(builds) == 1


def test_prerender_is_off_with_the_immediate_backend_unless_asked(settings):
    settings.JOBCARD_PDF_PRERENDER = None
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert prerender_enabled() is False
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.database.DatabaseBackend"}}
    assert prerender_enabled() is True
    settings.JOBCARD_PDF_PRERENDER = False
    assert prerender_enabled() is False


def test_prerender_task_on_a_missing_or_empty_card_builds_nothing(person, builds):
    from sheets.models import Card

    assert prerender_card_pdf.call(999_999) == 0
    empty = Card.objects.create(owner=person)
    assert prerender_card_pdf.call(empty.pk) == 0
    assert builds == []


@pytest.mark.django_db(transaction=True)
def test_with_the_database_worker_the_save_queues_and_the_worker_builds(settings, client, card, builds):
    """Production's way: the save only queues a task; ``manage.py db_worker`` builds the workbook;
    the download then builds nothing."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.JOBCARD_PDF_PRERENDER = None  # decided by the backend
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # django-tasks resets

    entry = entry_of(card, "3-2")
    save_version(entry, entry.saved_data, entry.lock_version, card.owner)
    assert builds == []  # the save did not wait
    queued = DBTaskResult.objects.filter(task_path__endswith="prerender_card_pdf")
    assert queued.count() == 1

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert queued.get().status == "SUCCESSFUL"
    assert len(builds) == 1

    client.force_login(card.owner)
    response = post_choice(client, card, "xlsx")
    assert response.status_code == 200 and len(builds) == 1


def test_the_chosen_profile_items_are_remembered_and_offered_again(signed_in, card):
    from outputs.models import ExportPreference
    from outputs.profile import profile_keys

    chosen = [k for k in profile_keys() if k not in ("birth_date", "gender")]
    assert post_choice(signed_in, card, "pdf", profile=chosen).status_code == 200
    assert ExportPreference.objects.get(card=card).profile_keys == sorted(chosen)

    page = signed_in.get("/card/download/")
    html = page.content.decode()
    assert 'id="p-birth_date" name="p" value="birth_date" aria-describedby' in html  # not ticked
    assert 'id="p-name" name="p" value="name" checked' in html
    assert "前回出力したときの選び方を表示しています。" in html

    from accounts.export import build_export

    (kept,) = build_export(card.owner)["export_preferences"]  # in 「登録データのダウンロード」
    assert kept["profile_keys"] == sorted(chosen)


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_the_remembered_choice_is_what_is_built_ahead(
    signed_in, card, builds, django_capture_on_commit_callbacks
):
    from outputs.profile import profile_keys

    chosen = [k for k in profile_keys() if k != "birth_date"]
    post_choice(signed_in, card, "xlsx", profile=chosen)  # remembered
    assert len(builds) == 1
    entry = entry_of(card, "3-2")
    data = entry.saved_data
    data["studies"][0]["school_name"] = "東都大学大学院"
    with django_capture_on_commit_callbacks(execute=True):
        save_version(entry, data, entry.lock_version, card.owner)
    assert len(builds) == 2

    response = post_choice(signed_in, card, "xlsx", profile=chosen)
    assert response.status_code == 200 and len(builds) == 2


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_an_english_download_is_built_ahead_in_english(
    signed_in, card, builds, django_capture_on_commit_callbacks
):
    from outputs.models import ExportPreference

    post_choice(signed_in, card, "xlsx", url="/en/card/download/")
    assert ExportPreference.objects.get(card=card).language == "en"
    entry = entry_of(card, "3-2")
    data = entry.saved_data
    data["studies"][0]["school_name"] = "東都大学大学院"
    with django_capture_on_commit_callbacks(execute=True):
        save_version(entry, data, entry.lock_version, card.owner)
    assert len(builds) == 2
    response = post_choice(signed_in, card, "xlsx", url="/en/card/download/")
    assert response.status_code == 200 and len(builds) == 2


def test_an_unreachable_cache_costs_a_build_not_the_download(signed_in, card, builds, monkeypatch, caplog):
    from outputs import parts as parts_module

    class Down:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("redis is down")

            return fail

    monkeypatch.setattr(parts_module, "cache", Down())
    pdf = post_choice(signed_in, card, "pdf")
    xlsx = post_choice(signed_in, card, "xlsx")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert xlsx.status_code == 200
    assert len(builds) == 1
    assert "kept-file cache unavailable (ConnectionError)" in caplog.text
    assert "山田" not in caplog.text  # nothing personal in the log


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_a_queue_that_refuses_the_task_does_not_fail_the_save(
    card, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from outputs.tasks import prerender_card_pdf

    def refuse(*args, **kwargs):
        raise ConnectionError("queue down")

    monkeypatch.setattr(type(prerender_card_pdf), "enqueue", refuse)
    entry = entry_of(card, "3-2")
    with django_capture_on_commit_callbacks(execute=True):
        result = save_version(entry, entry.saved_data, entry.lock_version, card.owner)
    assert result.entry.saved_data is not None
    assert caplog.text.count("rendering ahead not queued for card") == 1
    assert "ConnectionError" in caplog.text
