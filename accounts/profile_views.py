"""マイページ > 登録情報: see and edit the 基本情報, download my data, delete my account."""

from __future__ import annotations

import json
import time

from allauth.account import app_settings as account_settings
from allauth.account.decorators import reauthentication_required
from allauth.account.internal.flows.reauthentication import get_reauthentication_flows
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .deletion import delete_account
from .export import build_export
from .forms import ADDRESS_GROUPS, DeleteAccountForm, ProfileForm, lookup_message, merge_address
from .japanese import JapaneseInputError, format_postal_code, lookup_postal_code, to_seireki, to_wareki
from .models import Profile


def _profile_of(user) -> Profile | None:
    return Profile.objects.filter(user=user).first()


@never_cache
@login_required
@require_GET
def profile(request):
    """登録情報: what is stored, with the ways to change, download or delete it."""
    user = request.user
    item = _profile_of(user)
    context = {
        "profile": item,
        "birth_date_seireki": to_seireki(item.birth_date) if item and item.birth_date else "",
        "birth_date_wareki": to_wareki(item.birth_date) if item and item.birth_date else "",
        "postal_code": format_postal_code(item.postal_code) if item else "",
        "contact_postal_code": format_postal_code(item.contact_postal_code) if item else "",
        "email_addresses": EmailAddress.objects.filter(user=user).order_by("-primary", "email"),
        "social_accounts": SocialAccount.objects.filter(user=user).order_by("date_joined"),
        "has_mfa": Authenticator.objects.filter(user=user).exists(),
    }
    return render(request, "accounts/profile.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    """Edit the 基本情報. 「住所を検索」 is a submit button too, so it works without JavaScript."""
    user = request.user
    context = {"lookup_message": "", "focus": ""}
    status = 200
    if request.method == "POST":
        group = request.POST.get("lookup", "")
        if group in ADDRESS_GROUPS:
            form, message = ProfileForm.with_address_lookup(request.POST, group)
            postal_field, address_field, _kana = ADDRESS_GROUPS[group]
            context["lookup_message"] = message
            context["lookup_group"] = group
            context["focus"] = address_field if message else postal_field
            context["open_contact"] = group == "contact"
            if not message:
                status = 400
        else:
            form = ProfileForm(request.POST)
            if form.is_valid():
                form.save(user)
                messages.success(request, _("登録情報を保存しました。"))
                return redirect("profile")
            status = 400
    else:
        form = ProfileForm(initial=ProfileForm.initial_for(user, _profile_of(user)))
    context["form"] = form
    context["open_contact"] = (
        context.get("open_contact")
        or any(form[name].value() for name in ProfileForm.base_fields if name.startswith("contact_"))
        or any(name.startswith("contact_") for name in form.errors)
    )
    return render(request, "accounts/profile_edit.html", context, status=status)


@never_cache
@login_required
@require_GET
def postal_code_lookup(request):
    """The 「住所を検索」 button with JavaScript: ``?code=1000013`` → the address as JSON."""
    try:
        found = lookup_postal_code(request.GET.get("code", ""))
    except JapaneseInputError as error:
        status = 404 if error.code == "postal_unknown" else 400
        return JsonResponse({"error": error.message}, status=status)
    current = request.GET.get("address", "")
    current_kana = request.GET.get("address_kana", "")
    return JsonResponse(
        {
            "postal_code": found.postal_code,
            "postal_code_display": format_postal_code(found.postal_code),
            "address": merge_address(current, found.address),
            "address_kana": merge_address(current_kana, found.address_kana),
            "partial": found.partial,
            "message": lookup_message(found),
        }
    )


@never_cache
@login_required
@require_GET
def export(request):
    """「登録データをダウンロード」: everything about me as one JSON file."""
    data = build_export(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"jobcard-portal-my-data-{timezone.localdate():%Y%m%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _recently_logged_in(request) -> bool:
    """For an account without a password or authenticator (マイナポータル only), allauth cannot
    ask again; instead the last login in this session must be recent."""
    from allauth.account.authentication import get_authentication_records

    records = get_authentication_records(request, request.user)
    if not records:
        return False
    return time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


def _can_reauthenticate(request) -> bool:
    """allauth asks again only where it has a way to (a password, a code, an authenticator); an
    account without one is checked in the view by the age of its login instead."""
    return bool(get_reauthentication_flows(request.user))


@never_cache
@login_required
@reauthentication_required(enabled=_can_reauthenticate)
@require_http_methods(["GET", "POST"])
def delete(request):
    """Delete my account, after entering the password (or authenticator code) again."""
    user = request.user
    context = {"staff": user.is_staff or user.is_superuser, "needs_relogin": False}
    if context["staff"]:
        return render(request, "accounts/delete_account.html", context, status=403)
    if not get_reauthentication_flows(user) and not _recently_logged_in(request):
        context["needs_relogin"] = True
        context["timeout_minutes"] = max(1, account_settings.REAUTHENTICATION_TIMEOUT // 60)
        return render(request, "accounts/delete_account.html", context)

    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        delete_account(user)
        logout(request)
        return redirect("profile_deleted")
    context["form"] = form
    return render(request, "accounts/delete_account.html", context, status=400 if form.errors else 200)


@never_cache
@require_GET
def deleted(request):
    return render(request, "accounts/account_deleted.html")
