"""What a visitor chose before signing up follows them into their account.

The home page's attribute selection (利用者種別 × 利用目的) is kept in a cookie for visitors
(``home.views.CHOICE_COOKIE``); at sign-up or login it fills the account's empty fields, so the
profile does not say 「未登録」 for a choice the person already made. A choice already on the
account is never overwritten by an old cookie.
"""

from allauth.account.signals import user_logged_in, user_signed_up
from django.dispatch import receiver

from content.taxonomy import Purpose, UserType
from home.views import CHOICE_COOKIE  # "user_type.purpose.case"


def carry_choice(request, user) -> None:
    if request is None or not hasattr(user, "user_type"):
        return
    parts = request.COOKIES.get(CHOICE_COOKIE, "").split(".")
    user_type, purpose = (parts + ["", ""])[:2]
    changed = []
    if not user.user_type and user_type in UserType.values:
        user.user_type = user_type
        changed.append("user_type")
    if not user.purpose and purpose in Purpose.values:
        user.purpose = purpose
        changed.append("purpose")
    if changed:
        user.save(update_fields=changed)


@receiver(user_signed_up, dispatch_uid="accounts_choice_on_signup")
def on_signup(sender, request, user, **kwargs):
    carry_choice(request, user)


@receiver(user_logged_in, dispatch_uid="accounts_choice_on_login")
def on_login(sender, request, user, **kwargs):
    carry_choice(request, user)
