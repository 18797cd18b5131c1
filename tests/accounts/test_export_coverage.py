"""「登録データのダウンロード」 holds all my data: every model that points at a person or at their
card (followed through our own apps, as the deletion test does) is carried by a section of the
download or listed in ``accounts.export.NOT_EXPORTED`` with a reason. A new model that stores
something about a person makes this test fail until its app registers it."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from accounts import export
from lifeline.models import LifelinePoint
from sheets.models import Card

pytestmark = pytest.mark.django_db

OWN_APPS = {
    "accounts",
    "jobcard_forms",
    "outputs",
    "resumes",
    "diagnosis",
    "lifeline",
    "assistant",
    "insights",
    "sentences",
    "occupations",
    "content",
    "home",
    "guidance_pages",
    "legal",
    "matching",
}


def label(model) -> str:
    return f"{model._meta.app_label}.{model._meta.object_name}"


def reachable(start) -> dict[str, str]:
    """Models with a relation to ``start``, and onwards through models of our own apps."""
    found, todo = {}, [start]
    while todo:
        model = todo.pop()
        for field in model._meta.get_fields(include_hidden=True):
            if not (field.auto_created and not field.concrete and field.is_relation):
                continue
            related = field.related_model
            if label(related) in found or related is start:
                continue
            found[label(related)] = f"{label(model)} ← {field.field.name}"
            if related._meta.app_label in OWN_APPS:
                todo.append(related)
    return found


def test_every_model_about_a_person_or_their_card_is_exported_or_excused():
    models = {**reachable(get_user_model()), **reachable(Card)}
    covered = export.covered_models()
    excused = export.NOT_EXPORTED
    missing = {name: via for name, via in models.items() if name not in covered and name not in excused}
    assert missing == {}, "add these to a section's covers= or to NOT_EXPORTED with a reason"
    assert all(export.NOT_EXPORTED.values())
    assert "lifeline.LifelinePoint" in covered


def test_the_life_line_chart_is_in_the_download(client, django_user_model):
    person = django_user_model.objects.create_user("lifeline@example.jp")
    card = Card.objects.create(owner=person)
    LifelinePoint.objects.create(card=card, age=18, satisfaction=40, event="高校を卒業")
    LifelinePoint.objects.create(card=card, age=23, satisfaction=-20, event="転職活動")
    client.force_login(person)
    data = client.get("/accounts/profile/export/").json()
    assert [(p["age"], p["satisfaction"], p["event"]) for p in data["lifeline"]] == [
        (18, 40, "高校を卒業"),
        (23, -20, "転職活動"),
    ]
    assert datetime.datetime.fromisoformat(data["lifeline"][0]["updated_at"])
