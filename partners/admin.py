"""Registering a partner (連携先) — MHLW staff in the Django admin (``/django-admin/``).

The form asks for what the agreement names: service name, operator, redirect URIs (exact, one per line),
the scopes it may ask for, a contact and the agreement date. Grant type is fixed to authorization code
(PKCE); the client secret is shown once, then kept hashed.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from oauth2_provider.admin import ApplicationAdmin

from .models import PartnerClient, PartnerConsent, PartnerDailyUse
from .scope_list import SCOPES


class PartnerClientForm(forms.ModelForm):
    allowed_scopes = forms.MultipleChoiceField(
        label=_("求めてよい範囲"),
        choices=[(code, f"{code}：{label}") for code, label in SCOPES.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = PartnerClient
        fields = [
            "name",
            "operator",
            "client_id",
            "client_type",
            "client_secret",
            "hash_client_secret",
            "redirect_uris",
            "allowed_origins",
            "allowed_scopes",
            "contact_name",
            "contact_email",
            "agreement_date",
            "rate_limit",
            "active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.authorization_grant_type = PartnerClient.GRANT_AUTHORIZATION_CODE
        self.fields["redirect_uris"].required = True
        self.fields["redirect_uris"].help_text = _(
            "連携先の戻り先URLを、1行に1つ、完全な形で書いてください"
            "（https のみ。前方一致やワイルドカードは使えません）。"
        )

    def clean_allowed_scopes(self):
        return list(self.cleaned_data.get("allowed_scopes") or [])


admin.site.unregister(PartnerClient)  # django-oauth-toolkit's own form; replaced by this one


@admin.register(PartnerClient)
class PartnerClientAdmin(ApplicationAdmin):
    form = PartnerClientForm
    list_display = ("name", "operator", "client_id", "active", "agreement_date")
    list_filter = ("active", "client_type")
    search_fields = ("name", "operator", "client_id")
    radio_fields = {"client_type": admin.HORIZONTAL}
    fieldsets = None

    def get_fieldsets(self, request, obj=None):
        return [(None, {"fields": PartnerClientForm.Meta.fields})]


@admin.register(PartnerConsent)
class PartnerConsentAdmin(admin.ModelAdmin):
    # Which client a person linked is personal data: staff see counts in PartnerDailyUse, not this list.
    list_display = ("client", "granted_at", "last_access_at", "revoked_at")
    list_filter = ("client",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PartnerDailyUse)
class PartnerDailyUseAdmin(admin.ModelAdmin):
    list_display = ("date", "client", "reads", "proposals", "imports")
    list_filter = ("client",)
    date_hierarchy = "date"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
