"""The life-line chart goes on the last page of the card's PDF when the person ticks it."""

import pytest

from lifeline.models import LifelinePoint

from .conftest import pdf_text, post_choice

pytestmark = pytest.mark.django_db


def test_download_page_offers_the_chart_only_when_there_is_one(signed_in, card):
    assert 'name="lifeline"' not in signed_in.get("/card/download/").content.decode()
    LifelinePoint.objects.create(card=card, age=22, satisfaction=60, event="初めての就職")
    assert 'name="lifeline"' in signed_in.get("/card/download/").content.decode()


def test_chart_is_printed_last_when_chosen(signed_in, card):
    LifelinePoint.objects.create(card=card, age=22, satisfaction=60, event="初めての就職")
    LifelinePoint.objects.create(card=card, age=35, satisfaction=-40, event="転職活動")
    signed_in.get("/card/download/")
    with_chart = pdf_text(post_choice(signed_in, card, sheets={"2"}, extra={"lifeline": "1"}).content)
    assert "ライフラインチャート" in with_chart[-1]
    assert "転職活動" in with_chart[-1]
    without = pdf_text(post_choice(signed_in, card, sheets={"2"}).content)
    assert not any("転職活動" in page for page in without)
