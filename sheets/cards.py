"""Which Job Card a request works on.

A signed-in person works on their own card. A visitor without an account works on an anonymous
card whose random key lives in their session (only the key's SHA-256 is stored on the card, see
``Card.anonymous_key``); when they sign up or log in, ``adopt_anonymous_card`` moves its sheets
into their account.

Every view that reads or writes a person's card gets it from here — never from an id in the URL —
so no one reaches another person's card by changing a number.
"""

from __future__ import annotations

from django.http import HttpRequest

from .models import Card

SESSION_KEY = "jobcard_anonymous_key"


def get_card(request: HttpRequest, *, create: bool = False) -> Card | None:
    """The request's own card; ``None`` when there is none yet (unless ``create``)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        card = Card.objects.filter(owner=user).order_by("pk").first()
        if card is None and create:
            card = Card.objects.create(owner=user)
        return card
    key = request.session.get(SESSION_KEY)
    card = Card.objects.for_anonymous_key(key).first()
    if card is None and create:
        card, key = Card.create_anonymous()
        request.session[SESSION_KEY] = key
    return card
