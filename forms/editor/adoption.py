"""An anonymous visitor's card joins their account when they sign up or log in (policy 2-2 ④-1).

- No card on the account yet: the anonymous card simply becomes theirs.
- The account has a card: each anonymous sheet moves over. Where the account already has that
  sheet, its saved version and history stay as they are and the more recent of the two drafts
  becomes its draft (the anonymous text wins unless the account's draft is newer).

The adoption is logged with counts only, never content.
"""

from __future__ import annotations

import logging

from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver

from ..cards import SESSION_KEY
from ..models import Card

logger = logging.getLogger(__name__)


def adopt_anonymous_card(request, user) -> Card | None:
    key = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    if not key:
        return None
    with transaction.atomic():
        anonymous = Card.objects.for_anonymous_key(key).select_for_update().first()
        if anonymous is None:
            request.session.pop(SESSION_KEY, None)
            return None
        own = Card.objects.filter(owner=user).order_by("pk").select_for_update().first()
        if own is None:
            anonymous.owner = user
            anonymous.anonymous_key = None
            anonymous.save(update_fields=["owner", "anonymous_key", "updated_at"])
            own = anonymous
            moved = anonymous.entries.count()
        else:
            moved = _merge(anonymous, own)
            anonymous.delete()
    request.session.pop(SESSION_KEY, None)
    logger.info("anonymous card adopted into card %s (%s sheets)", own.pk, moved)
    return own


def _merge(anonymous: Card, own: Card) -> int:
    existing = {e.sheet_code: e for e in own.entries.all()}
    moved = 0
    for entry in anonymous.entries.all():
        target = existing.get(entry.sheet_code)
        if target is None or entry.sheet_code.startswith("3-3"):
            entry.card = own
            entry.save(update_fields=["card", "updated_at"])
            moved += 1
            continue
        anonymous_newer = (entry.updated_at or entry.created_at) >= (
            target.draft_saved_at or target.created_at
        )
        if not target.has_draft or anonymous_newer:
            target.draft_data = entry.current_data
            target.draft_saved_at = entry.draft_saved_at or entry.saved_at or entry.updated_at
            target.lock_version += 1
            target.save(update_fields=["draft_data", "draft_saved_at", "lock_version", "updated_at"])
            moved += 1
    return moved


@receiver(user_logged_in, dispatch_uid="jobcard_adopt_anonymous_card")
def _on_login(sender, request, user, **kwargs):
    if request is not None:
        adopt_anonymous_card(request, user)
