"""Offers (スカウト), through HTTP and the stored data: a company member sends an offer to an
opted-in, anonymised candidate; the person sees it, accepts (a ``sharing.Share`` the company reads
at /supporter/), declines or blocks the company; limits per day and per posting; who may do what;
every step in ``MatchingRecord`` (shown to the person) and in the statistics (``insights``)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from insights.models import Event
from matching.models import JobPosting, MatchingProfile, MatchingRecord, Offer, OfferBlock
from sharing.models import Membership, Organisation, Share
from tests.sharing.conftest import make_user, mfa_client

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

NEW = reverse("matching:company_posting_new")
OFFERS = reverse("matching:offers")
# Statistics skip bots, and a request without a User-Agent looks like one.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
MESSAGE = "経理の実務経験を拝見し、ぜひ一度お話を伺いたくご連絡しました。"
ACCEPT = {"action": "accept", "sheets": ["1-1", "2"], "scope": "member", "period": "30"}


def _browser(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture(autouse=True)
def _only_this_tests_events(db):
    Event.objects.filter(name__startswith="offer_").delete()


@pytest.fixture
def misaki():
    return get_user_model().objects.get(email="misaki@example.jp")


@pytest.fixture
def profile(misaki):
    return MatchingProfile.objects.update_or_create(
        user=misaki, defaults={"discoverable": True, "prefecture": "神奈川県"}
    )[0]


@pytest.fixture
def company_client(recruiter_client):
    return _browser(recruiter_client)


@pytest.fixture
def person_client(misaki):
    client = _browser(Client())
    client.force_login(misaki)
    return client


def _post_job(client, posting_data, company, title="経理事務（横浜市・正社員）"):
    data, _lines = posting_data
    response = client.post(NEW, {**data, "title": title})
    assert response.status_code == 302, response.content.decode()[:2000]
    return JobPosting.objects.get(organisation=company, title=title)


@pytest.fixture
def posting(company_client, posting_data, company):
    return _post_job(company_client, posting_data, company)


def _offer_url(posting, profile):
    return reverse("matching:company_offer", args=[posting.pk, str(profile.ref)])


def _send(client, posting, profile, message=MESSAGE, sheets=("1-1", "2", "3-1")):
    return client.post(_offer_url(posting, profile), {"message": message, "sheets": list(sheets)})


def _events(name):
    return list(Event.objects.filter(name=name).values_list("detail", flat=True))


def _records(person, action):
    return MatchingRecord.objects.filter(person=person, action=action)


def _main(response):
    body = response.content.decode()
    return body.split("<main", 1)[1].split("</main>", 1)[0] if "<main" in body else body


# Sending ------------------------------------------------------------------------------------------


def test_a_company_member_sends_an_offer_to_an_anonymised_candidate(
    company_client, posting, profile, misaki, recruiter, company
):
    listing = _main(company_client.get(reverse("matching:company_candidates", args=[posting.pk])))
    assert _offer_url(posting, profile) in listing
    form = company_client.get(_offer_url(posting, profile))
    assert form.status_code == 200
    page = _main(form)
    assert "スカウトを送る" in page and "候補者 " in page
    for secret in ("佐藤", "美咲", "misaki@"):
        assert secret not in page, secret

    response = _send(company_client, posting, profile)
    assert response.status_code == 302
    assert response["Location"] == reverse("matching:company_candidates", args=[posting.pk])

    offer = Offer.objects.get(person=misaki)
    assert offer.status == Offer.Status.SENT
    assert (offer.posting, offer.organisation, offer.member.user) == (posting, company, recruiter)
    assert offer.posting_title == posting.title
    assert offer.organisation_name == "株式会社さくら事務センター"
    assert offer.sender_name == "田中 一郎（人事）"
    assert offer.message == MESSAGE
    assert offer.sheets == ["1-1", "2", "3-1"]
    assert offer.share is None

    sent = _records(misaki, MatchingRecord.Action.SENT).get()
    assert (sent.offer, sent.actor, sent.actor_name) == (offer, recruiter, "田中 一郎（人事）")
    assert sent.organisation_name == "株式会社さくら事務センター"
    assert sent.posting_title == posting.title
    assert _events("offer_sent") == [""]

    # The person is told by mail, without the company learning anything about them.
    assert [m.to for m in mail.outbox] == [["misaki@example.jp"]]
    assert "スカウトが届きました" in mail.outbox[0].subject
    assert OFFERS in mail.outbox[0].body

    # The candidate now reads 「送っています」 and the company's page counts the offer.
    listing = _main(company_client.get(reverse("matching:company_candidates", args=[posting.pk])))
    assert "この求人のスカウトを送っています。" in listing
    home = _main(company_client.get(reverse("matching:company_home")))
    assert "今日送った件数：1件（1日20件まで）" in home
    assert "返事待ち" in home


def test_the_same_posting_cannot_be_offered_twice_to_one_person(company_client, posting, profile, misaki):
    assert _send(company_client, posting, profile).status_code == 302
    again = _send(company_client, posting, profile, message="もう一度ご連絡します。")
    assert again.status_code == 400
    page = _main(again)
    assert "この方には、この求人のスカウトをすでに送っています。" in page
    assert "もう一度ご連絡します。" in page  # the input is kept
    assert Offer.objects.filter(person=misaki).count() == 1
    assert _records(misaki, MatchingRecord.Action.SENT).count() == 1
    assert _events("offer_sent") == [""]


def test_the_daily_limit_is_refused_in_japanese(
    company_client, posting, posting_data, company, profile, misaki, settings
):
    settings.MATCHING_OFFERS_PER_COMPANY_PER_DAY = 1
    second = _post_job(company_client, posting_data, company, title="経理事務（川崎市・正社員）")
    assert _send(company_client, posting, profile).status_code == 302
    refused = _send(company_client, second, profile, message="別の求人のご案内です。")
    assert refused.status_code == 429
    page = _main(refused)
    assert "スカウトは1日1件までです。明日以降にもう一度送ってください。" in page
    assert "別の求人のご案内です。" in page
    assert Offer.objects.filter(person=misaki).count() == 1
    assert _events("offer_sent") == [""]
    assert "今日送った件数：1件（1日1件まで）" in _main(company_client.get(reverse("matching:company_home")))

    # Yesterday's offers (Japan time) do not count today.
    yesterday = timezone.now() - datetime.timedelta(days=1)
    Offer.objects.filter(person=misaki).update(created_at=yesterday)
    assert _send(company_client, second, profile).status_code == 302
    assert Offer.objects.filter(person=misaki).count() == 2


def test_the_daily_limit_is_per_company(company_client, other_company_client, posting, posting_data, profile):
    from matching.offers import sent_today

    other = Membership.objects.get(user__email="hr@hoka.example.jp")
    data, _lines = posting_data
    assert other_company_client.post(NEW, {**data, "title": "経理スタッフ"}).status_code == 302
    theirs = JobPosting.objects.get(organisation=other.organisation)
    assert _send(company_client, posting, profile).status_code == 302
    assert sent_today(other.organisation) == 0
    assert _send(other_company_client, theirs, profile).status_code == 302
    assert Offer.objects.filter(person=profile.user).count() == 2


# Bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, error, kept",
    [
        ({"message": "", "sheets": ["1-1"]}, "メッセージを入力してください。", None),
        ({"message": "   \n ", "sheets": ["1-1"]}, "メッセージを入力してください。", None),
        (
            {"message": "あ" * 1001, "sheets": ["1-1"]},
            "メッセージは1000文字以内で入力してください。",
            "あ" * 1001,
        ),
        ({"message": MESSAGE}, "見せてほしい様式を1つ以上選んでください。", MESSAGE),
        ({"message": MESSAGE, "sheets": ["9-9"]}, "見せてほしい様式", MESSAGE),
    ],
)
def test_bad_input_gives_japanese_field_errors_and_keeps_the_input(
    company_client, posting, profile, misaki, data, error, kept
):
    response = company_client.post(_offer_url(posting, profile), data)
    assert response.status_code == 400
    page = _main(response)
    assert "入力内容を確認してください" in page
    assert error in page
    assert 'class="field-error"' in page
    if kept:
        assert kept in page
    assert not Offer.objects.filter(person=misaki).exists()
    assert not _records(misaki, MatchingRecord.Action.SENT).exists()
    assert _events("offer_sent") == []
    assert mail.outbox == []


def test_an_unknown_choice_of_sheet_is_said_in_japanese(company_client, posting, profile):
    page = _main(company_client.post(_offer_url(posting, profile), {"message": MESSAGE, "sheets": ["9-9"]}))
    error = page.split('class="field-error"', 1)[1].split("</p>", 1)[0]
    assert "9-9" in error
    assert not any("a" <= ch.lower() <= "z" for ch in error.replace("9-9", "").split(">", 1)[1]), error


def test_a_wrong_posting_or_candidate_is_not_found(
    company_client, other_company_client, posting, posting_data, profile, misaki
):
    # Another company's posting, a posting that does not exist, a closed posting, an unknown or
    # malformed candidate: 404, nothing stored, never a 500.
    data, _lines = posting_data
    other_company_client.post(NEW, {**data, "title": "経理スタッフ"})
    theirs = JobPosting.objects.get(title="経理スタッフ")
    assert _send(company_client, theirs, profile).status_code == 404
    missing = reverse("matching:company_offer", args=[999999, str(profile.ref)])
    assert company_client.post(missing, {"message": MESSAGE, "sheets": ["1-1"]}).status_code == 404
    for ref in ("00000000-0000-0000-0000-000000000000", "not-a-uuid"):
        url = reverse("matching:company_offer", args=[posting.pk, ref])
        assert company_client.get(url).status_code == 404
        assert company_client.post(url, {"message": MESSAGE, "sheets": ["1-1"]}).status_code == 404
    company_client.post(reverse("matching:company_posting_close", args=[posting.pk]))
    assert _send(company_client, posting, profile).status_code == 404
    assert not Offer.objects.filter(person=misaki).exists()


def test_a_person_who_is_not_opted_in_cannot_be_offered(company_client, posting, profile, misaki):
    MatchingProfile.objects.filter(pk=profile.pk).update(discoverable=False)
    assert company_client.get(_offer_url(posting, profile)).status_code == 404
    assert _send(company_client, posting, profile).status_code == 404
    assert not Offer.objects.filter(person=misaki).exists()


# Who may send ---------------------------------------------------------------------------------------


def _refused(client, posting, profile):
    responses = [client.get(_offer_url(posting, profile)), _send(client, posting, profile)]
    return [r.status_code for r in responses], responses


def test_only_members_of_an_approved_company_with_two_step_verification_send(
    django_user_model, client, posting, profile, misaki, company
):
    # Not signed in: to the login page.
    codes, responses = _refused(client, posting, profile)
    assert codes == [302, 302] and "/accounts/login/" in responses[1]["Location"]

    # Signed in with two-step verification, but a member of no organisation.
    stranger = make_user(django_user_model, "stranger@example.jp")
    codes, _responses = _refused(mfa_client(stranger), posting, profile)
    assert codes == [403, 403]

    # A member of a company whose organisation is not approved (yet).
    pending = Organisation.objects.create(
        name="株式会社審査中", kind=Organisation.Kind.COMPANY, status=Organisation.Status.PENDING
    )
    waiting = make_user(django_user_model, "hr@shinsa.example.jp")
    Membership.objects.create(organisation=pending, user=waiting, display_name="人事")
    codes, _responses = _refused(mfa_client(waiting), posting, profile)
    assert codes == [403, 403]

    # A member of an approved organisation that is not a company (a consultant's office).
    office = Organisation.objects.create(
        name="キャリア相談室", kind=Organisation.Kind.CONSULTANT, status=Organisation.Status.APPROVED
    )
    consultant = make_user(django_user_model, "cc@soudan.example.jp")
    Membership.objects.create(organisation=office, user=consultant, display_name="相談員")
    codes, responses = _refused(mfa_client(consultant), posting, profile)
    assert codes == [403, 403]

    # A member of the company itself, signed in without the authenticator code.
    colleague = make_user(django_user_model, "jinji@sakura.example.jp")
    Membership.objects.create(organisation=company, user=colleague, display_name="人事 佐々木")
    no_mfa = Client()
    no_mfa.force_login(colleague)
    codes, responses = _refused(no_mfa, posting, profile)
    assert codes == [302, 302]
    assert reverse("mfa_activate_totp") in responses[1]["Location"]

    assert not Offer.objects.filter(person=misaki).exists()
    assert not _records(misaki, MatchingRecord.Action.SENT).exists()


# The person's side ----------------------------------------------------------------------------------


@pytest.fixture
def offer(company_client, posting, profile, misaki):
    assert _send(company_client, posting, profile).status_code == 302
    mail.outbox.clear()
    return Offer.objects.get(person=misaki)


def test_the_person_sees_the_offer_on_their_offers_page(person_client, offer, posting):
    page = _main(person_client.get(OFFERS))
    assert "返事を待っているスカウト" in page
    assert reverse("matching:offer", args=[offer.pk]) in page
    assert "株式会社さくら事務センター" in page and posting.title in page
    assert "スカウトを送りました" in page  # the history

    detail = person_client.get(reverse("matching:offer", args=[offer.pk]))
    assert detail.status_code == 200
    page = _main(detail)
    assert MESSAGE in page
    assert "田中 一郎（人事）" in page
    assert "この求人があなたに合う理由" in page
    assert "様式1-1 キャリア・プランシート（就業経験がある方用）" in page
    assert "承諾して共有する" in page and "このスカウトを辞退する" in page


def test_accepting_shares_the_chosen_sheets_with_the_company(
    person_client, company_client, offer, misaki, recruiter, company
):
    response = person_client.post(reverse("matching:offer", args=[offer.pk]), ACCEPT)
    assert response.status_code == 302
    assert response["Location"] == reverse("matching:offer", args=[offer.pk])

    offer.refresh_from_db()
    assert offer.status == Offer.Status.ACCEPTED and offer.answered_at is not None
    share = offer.share
    assert share.owner == misaki and share.organisation == company and share.member.user == recruiter
    assert share.sheets == ["1-1", "2"]  # 3-1 was asked for, not chosen
    assert share.scope == Share.Scope.MEMBER
    assert share.received_at is not None and share.is_active
    assert timezone.now() + datetime.timedelta(days=29) < share.expires_at
    assert share.expires_at < timezone.now() + datetime.timedelta(days=31)

    accepted = _records(misaki, MatchingRecord.Action.ACCEPTED).get()
    assert (accepted.offer, accepted.actor) == (offer, misaki)
    assert _events("offer_answered") == ["result=accepted"]
    assert [m.to for m in mail.outbox] == [["saiyo@sakura.example.jp"]]
    assert "承諾" in mail.outbox[0].subject

    # The company sees the person, by name now, and exactly the shared sheets.
    workspace = _main(company_client.get(reverse("supporter:workspace")))
    assert "佐藤 美咲" in workspace
    assert "<td>1-1、2</td>" in workspace
    person_page = _main(company_client.get(reverse("supporter:person", args=[share.pk])))
    assert "佐藤 美咲" in person_page
    for code, status in (("1-1", 200), ("2", 200), ("3-1", 404), ("3-2", 404)):
        url = reverse("supporter:sheet", args=[share.pk, code])
        assert company_client.get(url).status_code == status, code
    home = _main(company_client.get(reverse("matching:company_home")))
    assert "承諾" in home and reverse("supporter:person", args=[share.pk]) in home

    # The person's page says it is shared, and the offer cannot be answered again.
    page = _main(person_client.get(reverse("matching:offer", args=[offer.pk])))
    assert "共有中です" in page and "承諾して共有する" not in page
    again = person_client.post(reverse("matching:offer", args=[offer.pk]), {"action": "decline"})
    assert again.status_code == 409
    assert "このスカウトには、すでに返事をしています。" in _main(again)
    assert Share.objects.filter(owner=misaki, organisation=company).count() == 1


def test_a_share_for_the_sender_only_is_not_seen_by_colleagues_or_other_companies(
    django_user_model, person_client, other_company_client, offer, company
):
    colleague = make_user(django_user_model, "jinji@sakura.example.jp")
    Membership.objects.create(organisation=company, user=colleague, display_name="人事 佐々木")
    colleague_client = mfa_client(colleague)
    person_client.post(reverse("matching:offer", args=[offer.pk]), ACCEPT)
    share = Offer.objects.get(pk=offer.pk).share
    for client in (colleague_client, other_company_client):
        assert "佐藤 美咲" not in _main(client.get(reverse("supporter:workspace")))
        assert client.get(reverse("supporter:person", args=[share.pk])).status_code == 404
        assert client.get(reverse("supporter:sheet", args=[share.pk, "1-1"])).status_code == 404

    # 「その企業の担当者」: the colleague sees it too; the other company still does not.
    Share.objects.filter(pk=share.pk).update(scope=Share.Scope.ORGANISATION)
    assert "佐藤 美咲" in _main(colleague_client.get(reverse("supporter:workspace")))
    assert "佐藤 美咲" not in _main(other_company_client.get(reverse("supporter:workspace")))


def test_accepting_needs_a_sheet_that_was_asked_for(person_client, offer, misaki):
    url = reverse("matching:offer", args=[offer.pk])
    for data in (
        {**ACCEPT, "sheets": []},
        {**ACCEPT, "sheets": ["3-2"]},  # not asked for
        {**ACCEPT, "scope": "everyone"},
        {**ACCEPT, "period": "forever"},
    ):
        response = person_client.post(url, data)
        assert response.status_code == 400, data
        assert "入力内容を確認してください" in _main(response)
    assert "共有する様式を1つ以上選んでください。" in _main(person_client.post(url, {**ACCEPT, "sheets": []}))
    assert person_client.post(url, {"action": "unknown"}).status_code == 400
    offer.refresh_from_db()
    assert offer.status == Offer.Status.SENT and offer.share is None
    assert not Share.objects.filter(owner=misaki, note__startswith="スカウト").exists()
    assert not _records(misaki, MatchingRecord.Action.ACCEPTED).exists()
    assert _events("offer_answered") == []


def test_declining(person_client, company_client, offer, misaki):
    response = person_client.post(reverse("matching:offer", args=[offer.pk]), {"action": "decline"})
    assert response.status_code == 302 and response["Location"] == OFFERS
    offer.refresh_from_db()
    assert offer.status == Offer.Status.DECLINED and offer.answered_at and offer.share is None
    declined = _records(misaki, MatchingRecord.Action.DECLINED).get()
    assert (declined.offer, declined.actor) == (offer, misaki)
    assert _events("offer_answered") == ["result=declined"]
    assert "返事をしたスカウト" in _main(person_client.get(OFFERS))
    assert "辞退" in _main(company_client.get(reverse("matching:company_home")))
    assert "佐藤 美咲" not in _main(company_client.get(reverse("supporter:workspace")))
    # Declined stays declined.
    again = person_client.post(reverse("matching:offer", args=[offer.pk]), ACCEPT)
    assert again.status_code == 409
    offer.refresh_from_db()
    assert offer.status == Offer.Status.DECLINED and offer.share is None


def test_blocking_a_company_hides_the_person_from_it(
    person_client, company_client, other_company_client, offer, posting, profile, misaki, company
):
    response = person_client.post(reverse("matching:offer", args=[offer.pk]), {"action": "block"})
    assert response.status_code == 302 and response["Location"] == OFFERS
    assert OfferBlock.objects.filter(person=misaki, organisation=company).exists()
    offer.refresh_from_db()
    assert offer.status == Offer.Status.DECLINED  # the company reads 「辞退」, never why
    blocked = _records(misaki, MatchingRecord.Action.BLOCKED).get()
    assert (blocked.offer, blocked.actor, blocked.organisation_name) == (offer, misaki, company.name)
    assert _events("offer_blocked") == [""]

    # The company no longer sees the candidate, nor can it send offers.
    listing = _main(company_client.get(reverse("matching:company_candidates", args=[posting.pk])))
    assert str(profile.ref) not in listing and "いま、この求人の候補者はいません。" in listing
    assert company_client.get(_offer_url(posting, profile)).status_code == 404
    Offer.objects.filter(pk=offer.pk).delete()  # not even for a posting without an offer yet
    assert _send(company_client, posting, profile).status_code == 404
    assert not Offer.objects.filter(person=misaki).exists()
    assert "辞退" not in _main(company_client.get(reverse("matching:company_home")))

    # Another company still can.
    other = Membership.objects.get(user__email="hr@hoka.example.jp")
    data = {"message": MESSAGE, "sheets": ["2"]}
    mine = _post_job_for(other_company_client, other.organisation)
    assert other_company_client.post(_offer_url(mine, profile), data).status_code == 302

    # The person sees the block and can undo it.
    page = _main(person_client.get(OFFERS))
    assert "スカウトを受け取らない企業" in page and company.name in page
    block = OfferBlock.objects.get(person=misaki, organisation=company)
    assert person_client.post(reverse("matching:unblock", args=[block.pk])).status_code == 302
    assert not OfferBlock.objects.filter(person=misaki, organisation=company).exists()
    assert _records(misaki, MatchingRecord.Action.UNBLOCKED).count() == 1
    assert company_client.get(_offer_url(posting, profile)).status_code == 200


def _post_job_for(client, organisation):
    from occupations.models import Occupation
    from tests.matching.conftest import POSTING

    occupation = Occupation.objects.get(title="経理事務")
    task = occupation.tasks.order_by("pk").first()
    assert client.post(NEW, {**POSTING, "title": "経理スタッフ", "tasks": [str(task.pk)]}).status_code == 302
    return JobPosting.objects.get(organisation=organisation, title="経理スタッフ")


def test_another_person_can_neither_see_nor_answer_an_offer(django_user_model, offer, misaki):
    other = _browser(Client())
    other.force_login(make_user(django_user_model, "taro@example.jp"))
    url = reverse("matching:offer", args=[offer.pk])
    assert other.get(url).status_code == 404
    for action in (ACCEPT, {"action": "decline"}, {"action": "block"}):
        assert other.post(url, action).status_code == 404
    assert "株式会社さくら事務センター" not in _main(other.get(OFFERS))
    block = OfferBlock.objects.create(person=misaki, organisation=offer.organisation)
    assert other.post(reverse("matching:unblock", args=[block.pk])).status_code == 404
    assert OfferBlock.objects.filter(pk=block.pk).exists()
    offer.refresh_from_db()
    assert offer.status == Offer.Status.SENT and offer.share is None
    assert not MatchingRecord.objects.filter(
        action__in=[MatchingRecord.Action.ACCEPTED, MatchingRecord.Action.DECLINED]
    ).exists()
    assert _events("offer_answered") == [] and _events("offer_blocked") == []
    # Signed out: to the login page.
    assert "/accounts/login/" in Client().get(url)["Location"]


def test_every_step_is_in_the_persons_history(person_client, company_client, offer, posting, misaki):
    person_client.post(reverse("matching:offer", args=[offer.pk]), ACCEPT)
    person_client.post(reverse("matching:offer", args=[offer.pk]), {"action": "block"})
    records = MatchingRecord.objects.filter(person=misaki, organisation_name="株式会社さくら事務センター")
    assert list(records.order_by("pk").values_list("action", flat=True)) == ["sent", "accepted", "blocked"]
    assert set(records.values_list("offer", flat=True)) == {offer.pk}
    page = _main(person_client.get(OFFERS))
    for label in (
        "スカウトを送りました",
        "スカウトを承諾し、様式を共有しました",
        "この企業からのスカウトを受け取らないことにしました",
    ):
        assert label in page
    assert f"求人「{posting.title}」" in page
    assert sorted(_events("offer_sent") + _events("offer_answered") + _events("offer_blocked")) == [
        "",
        "",
        "result=accepted",
    ]


# Bugs found while writing these tests -----------------------------------------------------------------


def test_a_company_suspended_after_sending_is_not_shared_with(person_client, offer, misaki, company):
    # Before: the grant was refused and the person read 「共有できる様式がありません」, which is untrue.
    Organisation.objects.filter(pk=company.pk).update(status=Organisation.Status.SUSPENDED)
    response = person_client.post(reverse("matching:offer", args=[offer.pk]), ACCEPT)
    assert response.status_code == 409
    page = _main(response)
    assert "この企業には、いま様式を共有できません。" in page
    assert "共有できる様式がありません" not in page
    offer.refresh_from_db()
    assert offer.status == Offer.Status.SENT and offer.share is None
    assert not Share.objects.filter(owner=misaki, organisation=company).exists()
    assert not _records(misaki, MatchingRecord.Action.ACCEPTED).exists()
    assert _events("offer_answered") == []


def test_declining_an_offer_answered_meanwhile_records_nothing(offer, misaki):
    # Before: a decline from a stale page (accepted in another tab) wrote 「辞退しました」 into the
    # person's history while the offer stayed accepted.
    from matching import offers

    stale = Offer.objects.get(pk=offer.pk)
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.ACCEPTED)
    with pytest.raises(offers.OfferRefused) as refused:
        offers.decline(stale)
    assert refused.value.status == 409
    assert Offer.objects.get(pk=offer.pk).status == Offer.Status.ACCEPTED
    assert not _records(misaki, MatchingRecord.Action.DECLINED).exists()


def test_blocking_twice_is_recorded_once(person_client, offer, misaki, company):
    # Before: the form sent twice (two tabs) gave two 「受け取らない」 rows and two events.
    url = reverse("matching:offer", args=[offer.pk])
    assert person_client.post(url, {"action": "block"}).status_code == 302
    assert person_client.post(url, {"action": "block"}).status_code == 302
    assert OfferBlock.objects.filter(person=misaki, organisation=company).count() == 1
    assert _records(misaki, MatchingRecord.Action.BLOCKED).count() == 1
    assert _events("offer_blocked") == [""]
