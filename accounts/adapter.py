"""How django-allauth behaves on this site."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.utils.translation import gettext_lazy as _

from .mail import send_site_mail


def client_address(request) -> str:
    """The visitor's address as the app server sees it (the proxy sets REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "ログインに続けて失敗したため、このメールアドレスでのログインを一時的に止めています。"
            "15分ほど待ってからもう一度お試しいただくか、パスワードを再設定してください。"
        ),
    }

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed logins per key; our key is the account *and* the address, so a
        # guesser cannot lock a person out from elsewhere and a carrier's NAT is not locked out.
        account_key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account_key}|{client_address(request)}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render now (the request is at hand), send through the task queue."""
        message = self.render_mail(template_prefix, email, context)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                html = content
        send_site_mail.enqueue(message.subject, message.body, list(message.to), html)

    def render_mail(self, template_prefix, email, context, headers=None):
        from allauth.core import context as allauth_context
        from django.contrib.sites.shortcuts import get_current_site

        request = allauth_context.request
        context = {"email": email, "current_site": get_current_site(request), **context}
        return super().render_mail(template_prefix, email, context, headers)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_auto_signup_allowed(self, request, sociallogin) -> bool:
        # マイナポータル gives no e-mail address: a new person always fills in the sign-up form.
        if sociallogin.provider.id == "mynaportal":
            return False
        return super().is_auto_signup_allowed(request, sociallogin)

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        """Log why a social login failed (for operators; the visitor sees a plain page)."""
        from accounts.mynaportal.refusals import log_refusal

        log_refusal(request, provider, error, exception)
        super().on_authentication_error(request, provider, error, exception, extra_context)
