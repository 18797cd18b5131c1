"""Attribute selection (table 2-7): 利用者種別 × 利用目的 × 利用ケース → the persona menu."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from content.taxonomy import Purpose, UseCase, UserType

from .models import HomePage, MenuPage

CHOICE_COOKIE = "jobcard_attributes"
CHOICE_COOKIE_AGE = 60 * 60 * 24 * 365


def _parse(request):
    values = {
        "user_type": request.GET.get("user_type", ""),
        "purpose": request.GET.get("purpose", ""),
        "case": request.GET.get("case", ""),
    }
    errors = {}
    if values["user_type"] not in UserType.values:
        errors["user_type"] = _("あなたに当てはまるものを選んでください。")
    if values["purpose"] not in Purpose.values:
        errors["purpose"] = _("このサイトを使う目的を選んでください。")
    if values["case"] and values["case"] not in UseCase.values:
        errors["case"] = _("選択肢の中から選んでください。")
    return values, errors


def select_attributes(request):
    """Remember the visitor's choice and send them to the matching menu."""
    values, errors = _parse(request)
    locale = Locale.get_active()
    if errors:
        home = HomePage.objects.live().filter(locale=locale).first()
        context = {
            "page": home,
            "values": values,
            "errors": errors,
            "user_types": UserType.choices,
            "purposes": Purpose.choices,
            "use_cases": UseCase.choices,
        }
        return render(request, "home/select_attributes.html", context, status=400)

    menu = (
        MenuPage.objects.live()
        .filter(locale=locale, user_type=values["user_type"], purpose=values["purpose"])
        .first()
    )
    if menu is None:
        # No menu published yet for this pair: fall back to the home page rather than a 404.
        home = HomePage.objects.live().filter(locale=locale).first()
        target = home.url if home else "/"
    else:
        target = menu.url
        if values["case"]:
            target += "?" + urlencode({"case": values["case"]})
    response = redirect(target)
    # Not personal data: three codes, readable by the page script to pre-select the form.
    response.set_cookie(
        CHOICE_COOKIE,
        ".".join([values["user_type"], values["purpose"], values["case"]]),
        max_age=CHOICE_COOKIE_AGE,
        samesite="Lax",
        secure=not settings.DEBUG and request.is_secure(),
    )
    if request.user.is_authenticated and hasattr(request.user, "user_type"):
        request.user.user_type = values["user_type"]
        request.user.purpose = values["purpose"]
        request.user.save(update_fields=["user_type", "purpose"])
    return response
