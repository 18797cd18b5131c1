"""Deleting an account: every personal row goes in one transaction, only a daily count stays.

What goes: the user row and, through it, the profile, e-mail addresses (and their confirmations),
linked outside logins (and any tokens), MFA authenticators, allauth's user-session records, group
memberships, and the login sessions themselves (the session rows hold the user's id). Anything
another app links to the user with ``on_delete=CASCADE`` goes with it; ``SET_NULL`` links keep
their row without the person. ``AccountDeletionCounter`` counts deletions per day, nothing more.
The log line says that *an* account was deleted, never which.
"""

from __future__ import annotations

import logging
from importlib import import_module

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone

from .models import AccountDeletionCounter

logger = logging.getLogger(__name__)


def _end_sessions(user) -> None:
    from allauth.usersessions.models import UserSession

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    for session_key in UserSession.objects.filter(user=user).values_list("session_key", flat=True):
        store_class().delete(session_key)


def links_to_user(model) -> list:
    """Every relation that points at the user model, hidden ones included (Wagtail's audit log,
    the group-membership table)."""
    return [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and field.is_relation
    ]


def _detach_unconstrained_links(user) -> None:
    """Links made with ``DO_NOTHING`` (Wagtail's audit log) would keep the id: clear them."""
    for relation in links_to_user(user._meta.model):
        field = relation.field
        if relation.on_delete is models.DO_NOTHING and field.null and not relation.many_to_many:
            relation.related_model._base_manager.filter(**{field.name: user}).update(**{field.name: None})


def _count_deletion() -> int:
    today = timezone.localdate()
    updated = AccountDeletionCounter.objects.filter(date=today).update(count=F("count") + 1)
    if not updated:
        try:
            with transaction.atomic():
                AccountDeletionCounter.objects.create(date=today, count=1)
        except IntegrityError:  # another deletion created today's row first
            AccountDeletionCounter.objects.filter(date=today).update(count=F("count") + 1)
    return AccountDeletionCounter.objects.get(date=today).count


def delete_account(user) -> None:
    """Erase ``user`` and everything personal attached to it; raise and change nothing on error."""
    with transaction.atomic():
        _end_sessions(user)
        _detach_unconstrained_links(user)
        user.delete()
        count = _count_deletion()
    logger.info("An account was deleted at the person's request (%d today).", count)
