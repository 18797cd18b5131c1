"""An anonymous visitor's diagnosis result joins their account when they sign up or log in."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.dispatch import receiver

from .store import attach_session_result


@receiver(user_signed_up, dispatch_uid="diagnosis_attach_on_signup")
def _on_signup(sender, request, user, **kwargs):
    if request is not None:
        attach_session_result(request, user)


@receiver(user_logged_in, dispatch_uid="diagnosis_attach_on_login")
def _on_login(sender, request, user, **kwargs):
    if request is not None:
        attach_session_result(request, user)
