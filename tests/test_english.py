"""English where the work is (#13 item 7): a complete catalogue, and the sheets' Japanese words with
their English beside them under /en/ (the forms themselves stay Japanese)."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

from sheets.definitions import english

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parent.parent / "locale"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_the_english_catalogue_is_complete(name):
    catalogue = polib.pofile(str(LOCALE / "en" / "LC_MESSAGES" / name))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]
    japanese = [e.msgid for e in catalogue.translated_entries() if JAPANESE.search(e.msgstr)]
    # Japanese left in an English string: only names of Japanese things given beside the English.
    assert len(japanese) < 40, japanese


def test_the_sheet_words_file_is_up_to_date():
    """makemessages finds the sheets' words through sheets/definitions/messages.py."""
    assert english.MESSAGES_FILE.read_text(encoding="utf-8") == english.messages_source(), (
        "run: python -m sheets.definitions.english"
    )


def test_every_sheet_word_has_english():
    with translation.override("en"):
        missing = [word for word in english.definition_words() if not english.english(word)]
    assert not missing, missing[:10]
    with translation.override("ja"):
        assert english.english("強み等") == ""  # Japanese pages show nothing beside


def test_the_sheet_editor_in_english_keeps_the_form_japanese_with_english_beside(client):
    html = client.get("/en/card/sheets/1-1/").content.decode()
    assert "価値観、興味、関心事項等" in html  # the official label stays
    assert '<span class="english-beside" lang="en">Values, interests and concerns</span>' in html
    assert "Write what matters to you in work and life" in html  # help in English
    assert "仕事や生活で大切にしていること" not in html
    assert "Filled in by Career consultant" in html
    assert "Filled in by キャリアコンサルタント" not in html


def test_the_task_list_and_blank_forms_in_english(client):
    html = client.get("/en/card/").content.decode()
    assert "A sheet listing your jobs one period at a time, in date order." in html
    assert "これまでの職務を、期間ごとに一件ずつ" not in html
    blank = client.get("/en/card/download/blank/")
    assert blank.status_code == 200
    assert "A sheet listing your jobs one period at a time" in blank.content.decode()


def test_choices_show_english_in_the_option_text(client):
    html = client.get("/en/card/sheets/3-1/").content.decode()
    assert re.search(r"<option[^>]*>[^<]*\([A-Z][^<]*\)</option>", html), "a choice with its English"


def test_japanese_pages_have_no_english_beside(client):
    html = client.get("/card/sheets/1-1/").content.decode()
    assert "english-beside" not in html
    assert "仕事や生活で大切にしていること" in html


def test_dates_follow_the_language():
    """Templates write |date:"DATETIME_FORMAT"; the formats are the site's own (portal/formats/)."""
    import datetime

    from django.template import Context, Template
    from django.utils import timezone

    when = timezone.make_aware(datetime.datetime(2026, 12, 4, 9, 5))
    template = Template('{{ d|date:"DATETIME_FORMAT" }}|{{ d|date:"DATE_FORMAT" }}')
    with translation.override("ja"):
        assert template.render(Context({"d": when})) == "2026年12月4日 09:05|2026年12月4日"
    with translation.override("en"):
        assert template.render(Context({"d": when})) == "4 December 2026, 09:05|4 December 2026"
