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
from django.db import IntegrityError, transaction
from django.dispatch import receiver

from ..cards import SESSION_KEY
from ..models import Card, SheetEntry

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
            _move_related(anonymous, own)
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


def _move_related(anonymous: Card, own: Card) -> None:
    """What other apps keep on a card follows it into the account's card.

    A kind the account has none of moves whole (a life-line chart). Where the account has some
    already, only kinds that are one-per-something (a unique constraint with the card, e.g. one
    履歴書 draft per document) move item by item, the account's own winning; a set such as the
    points of a chart stays the account's, so two charts are never mixed."""
    for relation in Card._meta.related_objects:
        if relation.related_model is SheetEntry or not (relation.one_to_many or relation.one_to_one):
            continue
        model, name = relation.related_model, relation.field.name
        items = model._default_manager.filter(**{name: anonymous})
        if not model._default_manager.filter(**{name: own}).exists():
            items.update(**{name: own})
            continue
        if not _unique_with(model, name):
            continue
        for obj in items:
            try:
                with transaction.atomic():
                    setattr(obj, name, own)
                    obj.save(update_fields=[name])
            except IntegrityError:
                pass  # the account has its own of this one


def _unique_with(model, field_name: str) -> bool:
    from django.db.models import UniqueConstraint

    groups = [c.fields for c in model._meta.constraints if isinstance(c, UniqueConstraint)]
    groups += [tuple(g) for g in model._meta.unique_together]
    return any(field_name in group and len(group) > 1 for group in groups)


@receiver(user_logged_in, dispatch_uid="jobcard_adopt_anonymous_card")
def _on_login(sender, request, user, **kwargs):
    if request is not None:
        adopt_anonymous_card(request, user)
