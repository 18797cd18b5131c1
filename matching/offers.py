"""Offers (スカウト): a company member sends, the person accepts, declines or blocks the company.

Every step leaves a ``MatchingRecord`` (shown to the person) and is counted in the statistics
(``insights``: ``offer_sent``, ``offer_answered`` with ``result=accepted|declined``, ``offer_blocked``).
A company may send ``MATCHING_OFFERS_PER_COMPANY_PER_DAY`` offers a day (Japan time), one per
posting and person. Accepting opens the chosen sheets through ``sharing.grants``.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sharing.grants import GrantRefused, grant_to_organisation
from sharing.models import Organisation

from .models import MatchingRecord, Offer, OfferBlock


class OfferRefused(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def start_of_today():
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))


def sent_today(organisation) -> int:
    return Offer.objects.filter(organisation=organisation, created_at__gte=start_of_today()).count()


def _record(offer: Offer, action: str, actor=None, actor_name: str = "") -> MatchingRecord:
    return MatchingRecord.objects.create(
        person=offer.person,
        actor=actor,
        actor_name=actor_name,
        organisation_name=offer.organisation_name,
        action=action,
        posting_title=offer.posting_title,
        offer=offer,
    )


def send(membership, posting, person, message: str, sheets) -> Offer:
    organisation = membership.organisation
    limit = settings.MATCHING_OFFERS_PER_COMPANY_PER_DAY
    with transaction.atomic():
        # One company's senders queue here, so two at once cannot both take the last offer of the day.
        type(organisation).objects.select_for_update().filter(pk=organisation.pk).first()
        if sent_today(organisation) >= limit:
            raise OfferRefused(
                _("スカウトは1日%(n)d件までです。明日以降にもう一度送ってください。") % {"n": limit},
                status=429,
            )
        if OfferBlock.objects.filter(person=person, organisation=organisation).exists():
            raise OfferRefused(_("この方には、いまスカウトを送れません。"), status=404)
        try:
            with transaction.atomic():
                offer = Offer.objects.create(
                    posting=posting,
                    posting_title=posting.title,
                    organisation=organisation,
                    organisation_name=organisation.name,
                    member=membership,
                    sender_name=membership.display_name,
                    person=person,
                    message=message,
                    sheets=list(sheets),
                )
        except IntegrityError:
            raise OfferRefused(_("この方には、この求人のスカウトをすでに送っています。")) from None
        _record(offer, MatchingRecord.Action.SENT, membership.user, membership.display_name)
    if person.email:
        send_mail(
            _("【ジョブ・カード】企業からスカウトが届きました"),
            _(
                "あなたのジョブ・カードを見た企業から、求人のスカウトが届きました。\n"
                "内容の確認と、承諾・辞退はこちらから: %(url)s\n"
                "承諾するまで、企業にあなたの氏名や連絡先は伝わりません。\n"
            )
            % {"url": reverse("matching:offers")},
            None,
            [person.email],
        )
    return offer


def _pending(offer: Offer) -> None:
    if offer.status != Offer.Status.SENT:
        raise OfferRefused(_("このスカウトには、すでに返事をしています。"), status=409)


def accept(offer: Offer, card, *, sheets, scope, expires_at) -> Offer:
    _pending(offer)
    if offer.member is None or offer.organisation is None:
        raise OfferRefused(_("この企業の担当者が見つからないため、承諾できません。"), status=409)
    if offer.organisation.status != Organisation.Status.APPROVED:
        # Suspended since the offer was sent: nothing may be shared with it now.
        raise OfferRefused(_("この企業には、いま様式を共有できません。"), status=409)
    chosen = [code for code in sheets if code in offer.sheets]
    try:
        share = grant_to_organisation(
            card,
            member=offer.member,
            sheets=chosen,
            scope=scope,
            expires_at=expires_at,
            note=_("スカウト：%(title)s") % {"title": offer.posting_title},
        )
    except GrantRefused:
        raise OfferRefused(_("共有できる様式がありません。保存した様式を1つ以上選んでください。")) from None
    with transaction.atomic():
        updated = Offer.objects.filter(pk=offer.pk, status=Offer.Status.SENT).update(
            status=Offer.Status.ACCEPTED, share=share, answered_at=timezone.now()
        )
        if not updated:
            share.delete()
            raise OfferRefused(_("このスカウトには、すでに返事をしています。"), status=409)
    offer.refresh_from_db()
    _record(offer, MatchingRecord.Action.ACCEPTED, offer.person)
    sender = offer.member.user
    if sender.email:
        send_mail(
            _("【ジョブ・カード】スカウトが承諾されました"),
            _(
                "求人「%(title)s」のスカウトが承諾され、ジョブ・カードの様式が共有されました。\n"
                "支援者の画面で確認できます: %(url)s\n"
            )
            % {"title": offer.posting_title, "url": reverse("supporter:workspace")},
            None,
            [sender.email],
        )
    return offer


def decline(offer: Offer) -> Offer:
    _pending(offer)
    updated = Offer.objects.filter(pk=offer.pk, status=Offer.Status.SENT).update(
        status=Offer.Status.DECLINED, answered_at=timezone.now()
    )
    offer.refresh_from_db()
    if not updated:  # answered in another tab meanwhile: no 「辞退」 in the history
        raise OfferRefused(_("このスカウトには、すでに返事をしています。"), status=409)
    _record(offer, MatchingRecord.Action.DECLINED, offer.person)
    return offer


def block(person, organisation, offer: Offer | None = None) -> bool:
    """No more offers from this company; its pending offers read 「辞退」 to it (never why).
    False when the company was already blocked (nothing new is recorded)."""
    with transaction.atomic():
        _block, created = OfferBlock.objects.get_or_create(person=person, organisation=organisation)
        Offer.objects.filter(person=person, organisation=organisation, status=Offer.Status.SENT).update(
            status=Offer.Status.DECLINED, answered_at=timezone.now()
        )
        if not created:  # already blocked (a second tab, a form sent twice): recorded once
            return False
        MatchingRecord.objects.create(
            person=person,
            actor=person,
            organisation_name=organisation.name,
            action=MatchingRecord.Action.BLOCKED,
            posting_title=offer.posting_title if offer else "",
            offer=offer,
        )
    return True


def unblock(person, organisation) -> None:
    deleted, _rows = OfferBlock.objects.filter(person=person, organisation=organisation).delete()
    if deleted:
        MatchingRecord.objects.create(
            person=person,
            actor=person,
            organisation_name=organisation.name,
            action=MatchingRecord.Action.UNBLOCKED,
        )
