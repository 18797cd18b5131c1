"""The card's PDF joined from kept per-sheet PDFs, the kept workbook, and rendering ahead after a save.

What must hold: a download renders only the sheets whose printed content changed; a kept file is
never served for other content (another 基本情報 choice, other rows, another language); the joined
PDF has every page, a bookmark per sheet, a title and embedded fonts; the parts leave with the card;
a saved sheet (not an autosaved draft) renders the card ahead when pre-rendering is on, after which
the download with everything ticked renders nothing.
"""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from pypdf import PdfReader

from forms.services import save_draft, save_version
from outputs import exports, parts
from outputs.signals import prerender_enabled
from outputs.tasks import prerender_card_pdf
from outputs.xlsx import card_workbook

from .conftest import entry_of, open_xlsx, pdf_text, post_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    """The HTML of every part WeasyPrint is asked to render (the real rendering still happens)."""
    seen = []
    real = parts.render_pdf

    def counting(html, *args, **kwargs):
        seen.append(html)
        return real(html, *args, **kwargs)

    monkeypatch.setattr(parts, "render_pdf", counting)
    return seen


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


def _saved_sheets(card) -> int:
    return card.entries.exclude(saved_data__isnull=True).count()


def test_second_download_renders_nothing_and_a_changed_sheet_only_itself(signed_in, card, renders):
    first = post_choice(signed_in, card, "pdf")
    assert first.status_code == 200
    sheets = _saved_sheets(card)
    assert len(renders) == sheets  # one part per sheet

    renders.clear()
    again = post_choice(signed_in, card, "pdf")
    assert again.status_code == 200 and renders == []
    assert pdf_text(again.content) == pdf_text(first.content)

    entry = entry_of(card, "2")
    data = entry.saved_data
    data["jobs"][0]["company_name"] = "株式会社あおば物流"
    save_version(entry, data, entry.lock_version, card.owner)
    renders.clear()
    changed = post_choice(signed_in, card, "pdf")
    assert len(renders) == 1 and "株式会社あおば物流" in renders[0]
    text = "".join("".join(pdf_text(changed.content)).split())  # table cells wrap anywhere
    assert "株式会社あおば物流" in text
    assert "様式1-1キャリア・プランシート" in text  # the kept parts are still there


def test_a_kept_part_is_never_served_for_other_content(signed_in, card, renders):
    from outputs.profile import profile_keys

    post_choice(signed_in, card, "pdf")
    renders.clear()
    without_birth = post_choice(
        signed_in, card, "pdf", profile=[k for k in profile_keys() if k != "birth_date"]
    )
    assert len(renders) == _saved_sheets(card)  # the header differs on every sheet
    assert "1990年4月1日" not in "\n".join(pdf_text(without_birth.content))

    renders.clear()
    only_one_job = post_choice(signed_in, card, "pdf", rows={("2", "jobs"): [0]})
    assert len(renders) == 1  # sheet 2 with other rows; the rest as first downloaded
    assert only_one_job.status_code == 200

    with translation.override("en"):
        english = exports.pdf_parts(exports.card_picks(card), [])
    with translation.override("ja"):
        japanese = exports.pdf_parts(exports.card_picks(card), [])
    assert any(e.html != j.html for e, j in zip(english, japanese, strict=True))
    for e, j in zip(english, japanese, strict=True):
        assert (e.digest == j.digest) == (e.html == j.html)  # another language, another part


def test_joined_pdf_has_every_page_bookmarks_title_and_fonts(card):
    picks = exports.card_picks(card)
    scope = exports.part_scope(card)
    joined = exports.export_pdf(picks, [], scope=scope)
    reader = PdfReader(io.BytesIO(joined))
    separate = [exports.export_pdf([p], [], scope=scope) for p in picks]
    assert len(reader.pages) == sum(len(PdfReader(io.BytesIO(s)).pages) for s in separate)
    titles = [item.title for item in reader.outline]
    assert titles == [p.definition.title for p in picks]
    assert reader.metadata.title == "ジョブ・カード"
    assert reader.trailer["/Root"]["/Lang"] == "ja"
    # each bookmark points at the page where its sheet's title is printed
    for item, pick in zip(reader.outline, picks, strict=True):
        page = reader.get_destination_page_number(item)
        assert pick.definition.title in reader.pages[page].extract_text()
    files_by_name: dict[str, set] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"]
            assert "/FontFile2" in descriptor  # embedded
            assert descriptor["/FontName"] == descendant["/BaseFont"]
            files_by_name.setdefault(str(descendant["/BaseFont"]), set()).add(
                descriptor.raw_get("/FontFile2").idnum
            )
    # every part's subset has a name of its own (WeasyPrint names them after the font file)
    assert len(files_by_name) >= 2 * len(picks)
    assert all(len(files) == 1 for files in files_by_name.values()), files_by_name


def test_parts_leave_with_the_card(card, django_capture_on_commit_callbacks):
    scope = exports.part_scope(card)
    exports.export_pdf(exports.card_picks(card), [], scope=scope)
    exports.export_xlsx(exports.card_picks(card), [], scope=scope)
    index = cache.get(f"outputs:pdfparts:{scope}")
    assert len(index) == _saved_sheets(card) + 1  # the parts and the workbook
    assert all(cache.get(key) for key in index)
    with django_capture_on_commit_callbacks(execute=True):
        card.delete()
    assert not any(cache.get(key) for key in index)
    assert cache.get(f"outputs:pdfparts:{scope}") is None


def test_no_scope_keeps_nothing(card, renders):
    picks = exports.card_picks(card)
    exports.export_pdf(picks, [])
    exports.export_pdf(picks, [])
    assert len(renders) == 2 * len(picks)


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
def test_a_saved_sheet_renders_the_card_ahead_and_the_download_renders_nothing(
    signed_in, card, renders, builds, django_capture_on_commit_callbacks
):
    entry = entry_of(card, "1-1")
    data = entry.saved_data
    data["strengths"] = "最後まで粘り強く取り組めます。"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save_version(entry, data, entry.lock_version, card.owner)
    assert callbacks  # the render was queued once the save was committed
    assert len(renders) == _saved_sheets(card) and len(builds) == 1

    renders.clear()
    pdf = post_choice(signed_in, card, "pdf")
    xlsx = post_choice(signed_in, card, "xlsx")
    assert renders == [] and len(builds) == 1  # everything ticked = what was rendered ahead
    assert "最後まで粘り強く取り組めます。" in "".join("".join(pdf_text(pdf.content)).split())
    assert xlsx.status_code == 200


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_an_autosaved_draft_renders_nothing_ahead(card, renders, django_capture_on_commit_callbacks):
    entry = entry_of(card, "1-1")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save_draft(entry, {**entry.saved_data, "strengths": "書きかけ"}, entry.lock_version, card.owner)
    assert callbacks == [] and renders == []


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_a_changed_profile_renders_the_owners_cards_ahead(card, renders, django_capture_on_commit_callbacks):
    profile = card.owner.profile
    profile.phone = "03-9876-5432"
    with django_capture_on_commit_callbacks(execute=True):
        profile.save()
    assert len(renders) == _saved_sheets(card)
    assert all("03-9876-5432" in html for html in renders)

    renders.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        card.owner.save(update_fields=["last_login"])  # a login prints nothing new
    assert callbacks == [] and renders == []


def test_prerender_is_off_with_the_immediate_backend_unless_asked(settings):
    settings.JOBCARD_PDF_PRERENDER = None
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert prerender_enabled() is False
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.database.DatabaseBackend"}}
    assert prerender_enabled() is True
    settings.JOBCARD_PDF_PRERENDER = False
    assert prerender_enabled() is False


def test_prerender_task_on_a_missing_or_empty_card_renders_nothing(person, renders):
    from forms.models import Card

    assert prerender_card_pdf.call(999_999) == 0
    empty = Card.objects.create(owner=person)
    assert prerender_card_pdf.call(empty.pk) == 0
    assert renders == []


@pytest.mark.django_db(transaction=True)
def test_with_the_database_worker_the_save_queues_and_the_worker_renders(settings, client, card, renders):
    """Production's way: the save only queues a task; ``manage.py db_worker`` renders; the download
    then renders nothing."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.JOBCARD_PDF_PRERENDER = None  # decided by the backend
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # django-tasks resets

    entry = entry_of(card, "3-2")
    save_version(entry, entry.saved_data, entry.lock_version, card.owner)
    assert renders == []  # the save did not wait
    queued = DBTaskResult.objects.filter(task_path__endswith="prerender_card_pdf")
    assert queued.count() == 1

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert queued.get().status == "SUCCESSFUL"
    assert len(renders) == _saved_sheets(card)

    renders.clear()
    client.force_login(card.owner)
    response = post_choice(client, card, "pdf")
    assert response.status_code == 200 and renders == []


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
def test_the_remembered_choice_is_what_is_rendered_ahead(
    signed_in, card, renders, django_capture_on_commit_callbacks
):
    from outputs.profile import profile_keys

    chosen = [k for k in profile_keys() if k != "birth_date"]
    post_choice(signed_in, card, "xlsx", profile=chosen)  # remembered; no PDF rendered yet
    assert renders == []
    entry = entry_of(card, "3-2")
    with django_capture_on_commit_callbacks(execute=True):
        save_version(entry, entry.saved_data, entry.lock_version, card.owner)
    assert len(renders) == _saved_sheets(card)
    assert all("1990年4月1日" not in html and "山田 花子" in html for html in renders)

    renders.clear()
    response = post_choice(signed_in, card, "pdf", profile=chosen)
    assert response.status_code == 200 and renders == []


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_an_english_download_is_rendered_ahead_in_english(
    signed_in, card, renders, django_capture_on_commit_callbacks
):
    from outputs.models import ExportPreference

    post_choice(signed_in, card, "xlsx", url="/en/card/download/")
    assert ExportPreference.objects.get(card=card).language == "en"
    entry = entry_of(card, "3-2")
    with django_capture_on_commit_callbacks(execute=True):
        save_version(entry, entry.saved_data, entry.lock_version, card.owner)
    assert renders and all("Basic information" in html for html in renders)  # the header, in English

    renders.clear()
    response = post_choice(signed_in, card, "pdf", url="/en/card/download/")
    assert response.status_code == 200 and renders == []


def test_an_unreachable_cache_costs_a_render_not_the_download(signed_in, card, renders, monkeypatch, caplog):
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
    assert len(renders) == _saved_sheets(card)
    assert "PDF part cache unavailable (ConnectionError)" in caplog.text
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
    assert caplog.text.count("rendering ahead not queued for card") == 2  # the card's and the résumés'
    assert "ConnectionError" in caplog.text
