"""Sharing the 職務経歴書 / 履歴書 and the self-diagnosis result: chosen in the share form, previewed,
read-only for the supporter, every read recorded; what was not shared answers 404."""

import pytest
from django.urls import reverse

from resumes.models import ResumeDraft
from sharing.models import AccessRecord, Share
from sheets.models import Card
from tests.diagnosis.test_views import take

from .conftest import mfa_client
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db


def test_the_person_shares_the_cv_and_the_diagnosis_and_the_supporter_reads_them(
    person, person_client, consultant
):
    card = Card.objects.get(owner=person)
    ResumeDraft.objects.create(card=card, document=ResumeDraft.Document.SHOKUMU, data={})
    take(person_client)  # the interest check, kept with her account
    form = person_client.get(reverse("sharing:new")).content.decode()
    assert "職務経歴書（読むだけ）" in form and "自己診断の結果（読むだけ）" in form
    assert "履歴書（読むだけ）" not in form.replace("職務経歴書（読むだけ）", "")  # never made

    preview = person_client.post(
        reverse("sharing:new"),
        {"sheets": ["1-1", "shokumu", "diagnosis"], "scope": "member", "period": "30", "action": "preview"},
    )
    body = preview.content.decode()
    assert preview.status_code == 200
    assert "職務経歴書" in body and "興味のタイプ" in body  # what the supporter will see

    client = mfa_client(consultant)
    receive(client, share_by_code(person_client, sheets=("1-1", "shokumu", "diagnosis")))
    share = Share.objects.get(owner=person)
    person_page = client.get(reverse("supporter:person", args=[share.pk])).content.decode()
    assert reverse("supporter:document", args=[share.pk, "shokumu"]) in person_page
    cv = client.get(reverse("supporter:document", args=[share.pk, "shokumu"]))
    assert cv.status_code == 200 and "職務経歴書" in cv.content.decode()
    shown = cv.content.decode()
    assert "■職務要約" in shown and 'class="resume-paper"' in shown  # the person's CV as text, open
    assert "resume-page" not in shown and "/preview/" not in shown  # never the viewer's own pages
    assert (
        client.post(reverse("supporter:document", args=[share.pk, "shokumu"])).status_code == 405
    )  # read-only
    result = client.get(reverse("supporter:document", args=[share.pk, "diagnosis"]))
    assert result.status_code == 200 and "興味のタイプ" in result.content.decode()
    assert client.get(reverse("supporter:document", args=[share.pk, "rirekisho"])).status_code == 404
    assert client.get(reverse("supporter:document", args=[share.pk, "1-1"])).status_code == 404
    reads = set(
        AccessRecord.objects.filter(owner=person, action=AccessRecord.Action.READ).values_list(
            "target", flat=True
        )
    )
    assert {"職務経歴書", "自己診断の結果"} <= reads
    index = person_client.get(reverse("sharing:index")).content.decode()
    assert "職務経歴書" in index

    Share.objects.filter(pk=share.pk).update(revoked_at="2026-01-01T00:00Z")
    assert client.get(reverse("supporter:document", args=[share.pk, "shokumu"])).status_code == 404
