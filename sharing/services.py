"""What happens when a person shares, a supporter receives a code, reads, writes, or a share ends.

Every write runs in one transaction; every supporter read or write leaves an ``AccessRecord``.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.adapter import client_address
from sheets.definitions import get_definition
from sheets.models import Card, SheetEntry
from sheets.services import PartBeingWritten, SheetValidationError, StaleEdit, save_version, start_entry

from . import codes
from .models import AccessRecord, Membership, Share

CODE_HOURS = 24  # a code not received within a day stops working (the share itself lasts longer)


class CodeRefused(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


class PersonIsEditing(Exception):
    message = _(
        "ご本人がこの様式を編集中（保存していない下書きがあります）のため、いまは記入できません。"
        "ご本人が保存したあとに、もう一度開いてください。"
    )


def create_share(card: Card, *, sheets, expires_at, scope, note=""):
    """A new share and its one-time code (returned once; only its hash is kept)."""
    code = codes.new_code()
    now = timezone.now()
    share = Share.objects.create(
        card=card,
        owner=card.owner,
        sheets=list(sheets),
        scope=scope,
        note=note,
        expires_at=expires_at,
        code_hash=codes.code_hash(code),
        code_expires_at=min(expires_at, now + datetime.timedelta(hours=CODE_HOURS)),
    )
    return share, code


def revoke(share: Share) -> None:
    if share.revoked_at is None:
        Share.objects.filter(pk=share.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
        share.refresh_from_db(fields=["revoked_at"])


# Receiving a code --------------------------------------------------------------------------------
# Wrong codes are counted per account (a guesser signs in to try) and per address with a far higher
# ceiling, so one guesser does not lock out a school or a Hello Work counter behind one address.


def _limit_keys(request, kind="share-code"):
    return (
        (f"{kind}:user:{request.user.pk}", settings.SHARE_CODE_ATTEMPTS_PER_ACCOUNT),
        (f"{kind}:addr:{client_address(request)}", settings.SHARE_CODE_ATTEMPTS_PER_ADDRESS),
    )


def limited(request, kind="share-code") -> bool:
    return any((cache.get(key) or 0) >= limit for key, limit in _limit_keys(request, kind))


def count_failure(request, kind="share-code") -> None:
    for key, _limit in _limit_keys(request, kind):
        if cache.add(key, 1, settings.SHARE_CODE_WINDOW_SECONDS) is False:
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, settings.SHARE_CODE_WINDOW_SECONDS)


def too_many() -> CodeRefused:
    minutes = max(1, settings.SHARE_CODE_WINDOW_SECONDS // 60)
    return CodeRefused(
        _(
            "コードの入力に続けて失敗したため、しばらく受け付けません。%(minutes)d分ほどたってから、もう一度お試しください。"
        )
        % {"minutes": minutes},
        status=429,
    )


def receive(request, text: str, membership: Membership) -> Share:
    """Bind the share behind ``text`` to ``membership``; refuses in plain Japanese otherwise."""
    if limited(request):
        raise too_many()
    digest = codes.code_hash(text)
    if digest is None:
        raise CodeRefused(_("共有コードは、16文字の英数字（例：7K3M-Q9TD-XW2P-H8RA）で入力してください。"))
    now = timezone.now()
    with transaction.atomic():
        share = Share.objects.select_for_update().filter(code_hash=digest).first()
        usable = (
            share is not None
            and share.received_at is None
            and share.revoked_at is None
            and share.code_expires_at > now
            and share.expires_at > now
        )
        if not usable:
            # One message for unknown, used, expired and revoked codes: nothing to learn by guessing.
            share = None
        else:
            share.organisation = membership.organisation
            share.member = membership
            share.received_at = now
            share.save(update_fields=["organisation", "member", "received_at"])
    if share is None:
        count_failure(request)
        raise CodeRefused(
            _(
                "この共有コードは使えません。入力に誤りがないか、またはコードの有効期限が切れていないか、"
                "既に使われていないかを確認し、必要ならご本人に新しいコードを発行してもらってください。"
            )
        )
    note(share, request.user, AccessRecord.Action.RECEIVE, "")
    return share


# Records and notices -----------------------------------------------------------------------------


def note(share: Share, actor, action: str, target: str) -> AccessRecord:
    member = share.member if share.member and share.member.user_id == actor.pk else None
    if member is None:
        member = Membership.objects.filter(user=actor, organisation=share.organisation).first()
    return AccessRecord.objects.create(
        owner=share.owner,
        share=share,
        actor=actor,
        actor_name=member.display_name if member else "",
        organisation_name=share.organisation.name if share.organisation else "",
        action=action,
        target=target,
    )


def tell_owner_about_write(share: Share, actor, sheet_title: str) -> None:
    """Mail the person that a supporter wrote something (the wording names no content)."""
    if not share.owner.email:
        return
    member = Membership.objects.filter(user=actor, organisation=share.organisation).first()
    who = f"{share.organisation.name} {member.display_name if member else ''}".strip()
    url = reverse("sharing:index")
    send_mail(
        _("【ジョブ・カード】支援者が記入しました"),
        _(
            "%(who)s さんが、あなたのジョブ・カードの「%(sheet)s」に記入しました。\n"
            "内容を確認し、よければ「本人同意済み」にチェックして保存してください。"
            "同意するまで、支援者の記入は確定しません。\n\n"
            "閲覧・記入の履歴: %(url)s\n"
        )
        % {"who": who, "sheet": sheet_title, "url": url},
        None,
        [share.owner.email],
    )


# Supporter writes ---------------------------------------------------------------------------------


def entry_for(share: Share, sheet_code: str) -> SheetEntry | None:
    return share.card.entries.filter(sheet_code=sheet_code).order_by("pk").first()


def start_company_sheet(share: Share, sheet_code: str) -> SheetEntry:
    """The company's first save of an evaluation sheet (3-3) creates it on the person's card."""
    with transaction.atomic():
        existing = entry_for(share, sheet_code)
        return existing or start_entry(share.card, sheet_code)


# A company rating different from the person's own must be explained in 総評 (spec: 様式3-3).
RATING_PAIRS = ("self_rating", "company_rating")


def rating_pairs(value):
    """(self, company) pairs anywhere in ``value`` (groups and rows)."""
    if isinstance(value, dict):
        if any(k in value for k in RATING_PAIRS):
            yield value.get("self_rating"), value.get("company_rating")
        for child in value.values():
            yield from rating_pairs(child)
    elif isinstance(value, list):
        for child in value:
            yield from rating_pairs(child)


def unexplained_difference(definition, data: dict) -> dict[str, list[str]]:
    if "overall_comment" not in {f.key for f in definition.fields}:
        return {}
    differs = any(own and theirs and own != theirs for own, theirs in rating_pairs(data))
    if differs and not (data.get("overall_comment") or "").strip():
        return {
            "overall_comment": [
                _("自己評価と異なる評価をした項目があります。総評に、評価が異なる理由を書いてください。")
            ]
        }
    return {}


# Writing locks (#15 item 3): a supporter who opens their part to write holds the sheet for
# WRITING_MINUTES (renewed by each visit and refused save); the person's changes wait until the
# supporter saves, presses 「記入をやめる」 or the time runs out. The reverse: while the person has an
# unsaved draft, the supporter cannot take the sheet.
WRITING_MINUTES = 20


def writer_label(share: Share, user) -> str:
    membership = share.member if share.member and share.member.user_id == user.pk else None
    if membership is None:
        membership = Membership.objects.filter(organisation=share.organisation, user=user).first()
    who = (membership.display_name if membership else "") or _("担当者")
    return _("%(organisation)sの%(who)sさん") % {"organisation": share.organisation.name, "who": who}


def hold_writing(share: Share, entry: SheetEntry, user) -> tuple[bool, str]:
    """Take (or renew) the sheet for ``user`` to write their part. Returns (held, why not)."""
    with transaction.atomic():
        locked = SheetEntry.objects.select_for_update().get(pk=entry.pk)
        if locked.draft_data is not None:
            return False, PersonIsEditing.message
        holder = locked.writer_now()
        if holder and holder[0] != user.pk:
            return False, _(
                "%(who)sがこの様式を記入中です（%(until)s まで）。記入が終わってから開いてください。"
            ) % {
                "who": holder[1],
                "until": timezone.localtime(holder[2]).strftime("%H:%M"),
            }
        locked.writing_by = user
        locked.writing_label = writer_label(share, user)[:200]
        locked.writing_until = timezone.now() + datetime.timedelta(minutes=WRITING_MINUTES)
        locked.save(update_fields=["writing_by", "writing_label", "writing_until"])
    entry.writing_by_id, entry.writing_label, entry.writing_until = (
        locked.writing_by_id,
        locked.writing_label,
        locked.writing_until,
    )
    return True, ""


def release_writing(entry: SheetEntry, user) -> None:
    """The supporter is done (saved or 「記入をやめる」): the person may change the sheet again."""
    SheetEntry.objects.filter(pk=entry.pk, writing_by=user).update(
        writing_by=None, writing_label="", writing_until=None
    )
    entry.writing_by_id, entry.writing_label, entry.writing_until = None, "", None


def save_supporter_part(share: Share, entry: SheetEntry, data: dict, expected_lock_version: int, user):
    """Save the supporter's part of a sheet (their writer's fields only; ``sheets.services`` refuses
    any change to the person's). While the person holds an unsaved draft of the sheet, the supporter
    waits: their save would otherwise bury or overwrite what the person is typing. A successful save
    ends the supporter's hold on the sheet."""
    writer = share.organisation.writer
    if entry.draft_data is not None:
        raise PersonIsEditing
    errors = unexplained_difference(entry.definition, data)
    if errors:
        raise SheetValidationError(errors)
    result = save_version(entry, data, expected_lock_version, user, role=writer)
    release_writing(entry, user)
    note(share, user, AccessRecord.Action.WRITE, entry.sheet_code)
    tell_owner_about_write(share, user, get_definition(entry.sheet_code, entry.definition_version).title)
    return result


__all__ = [
    "CodeRefused",
    "PartBeingWritten",
    "PersonIsEditing",
    "SheetValidationError",
    "StaleEdit",
    "create_share",
    "receive",
    "revoke",
    "save_supporter_part",
]


# Comments -----------------------------------------------------------------------------------------


def supporter_comment(share: Share, user, sheet_code: str, section_title: str, text: str):
    from .models import Comment

    member = Membership.objects.filter(user=user, organisation=share.organisation).first()
    comment = Comment.objects.create(
        card=share.card,
        sheet_code=sheet_code,
        section_title=section_title,
        author=user,
        author_name=f"{share.organisation.name} {member.display_name if member else ''}".strip(),
        text=text,
    )
    note(share, user, AccessRecord.Action.COMMENT, sheet_code)
    if share.owner.email:
        send_mail(
            _("【ジョブ・カード】支援者からコメントが届きました"),
            _("%(who)s さんから、様式%(sheet)sについてコメントが届きました。\n確認と返信: %(url)s\n")
            % {
                "who": comment.author_name,
                "sheet": sheet_code,
                "url": reverse("sharing:comments", args=[sheet_code]),
            },
            None,
            [share.owner.email],
        )
    return comment


def owner_comment(card, user, sheet_code: str, section_title: str, text: str):
    from .models import Comment

    name = f"{user.last_name} {user.first_name}".strip() or _("本人")
    return Comment.objects.create(
        card=card,
        sheet_code=sheet_code,
        section_title=section_title,
        author=user,
        author_name=name,
        by_owner=True,
        text=text,
    )
