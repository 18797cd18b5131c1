"""「登録データのダウンロード」: everything the site holds about a person, as one JSON document.

Each part of the site registers a *section*: a name and a function that takes the user and returns
JSON-ready data (dicts, lists, strings, numbers, None; dates are turned into ISO strings here).
Another app adds its own in ``AppConfig.ready()``::

    from accounts.export import register_export_section

    def uploaded_documents(user):
        return [
            {"title": doc.title, "size": doc.size}
            for doc in UploadedDocument.objects.filter(card__owner=user)
        ]

    register_export_section("uploaded_documents", uploaded_documents)

Sections appear in the file in the order they were registered. Secrets never go in: no password
hash, no session keys, no MFA secrets or recovery codes, no OAuth tokens.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

ExportSection = Callable[[Any], Any]

_SECTIONS: dict[str, ExportSection] = {}
# Which models' rows each section carries ("app_label.ModelName"), so a test can walk every model
# that points at a person or their card and fail when one is in no section and not listed below.
_COVERS: dict[str, set[str]] = {}

_STAFF_WORK = "editors' and staff members' work in the CMS, not data about the person"
NOT_EXPORTED = {
    "accounts.User_groups": "staff roles (editor, moderator, statistics)",
    "accounts.User_user_permissions": "staff permissions",
    "admin.LogEntry": _STAFF_WORK,
    "matching.JobPosting": "a company's job posting: the organisation's work, which a member wrote",
    "wagtail_localize.SegmentOverride": _STAFF_WORK,
    "wagtail_localize.StringTranslation": _STAFF_WORK,
    "wagtailadmin.EditingSession": _STAFF_WORK,
    "wagtailadmin.FormState": _STAFF_WORK,
    "wagtailcore.APIToken": "a secret",
    "wagtailcore.Comment": _STAFF_WORK,
    "wagtailcore.CommentReply": _STAFF_WORK,
    "wagtailcore.ModelLogEntry": _STAFF_WORK,
    "wagtailcore.Page": _STAFF_WORK,
    "wagtailcore.PageLogEntry": _STAFF_WORK,
    "wagtailcore.PageSubscription": _STAFF_WORK,
    "wagtailcore.Revision": _STAFF_WORK,
    "wagtailcore.TaskState": _STAFF_WORK,
    "wagtailcore.UploadedFile": _STAFF_WORK,
    "wagtailcore.WorkflowState": _STAFF_WORK,
    "wagtaildocs.Document": _STAFF_WORK,
    "wagtailimages.Image": _STAFF_WORK,
    "wagtailusers.UserProfile": "admin display preferences (language, theme)",
}

FORMAT_NAME = "jobcard-portal-personal-data"
FORMAT_VERSION = 1


def register_export_section(name: str, section: ExportSection, *, covers=()) -> ExportSection:
    """Add ``section(user)`` to the download under ``name`` (registering a name again replaces it).
    ``covers``: the models ("app_label.ModelName") whose rows the section carries."""
    if name in {"format", "version", "exported_at"}:
        raise ValueError(f"{name!r} is reserved for the file's header")
    _SECTIONS[name] = section
    _COVERS[name] = set(covers)
    return section


def export_section(name: str, *, covers=()) -> Callable[[ExportSection], ExportSection]:
    """The decorator form of ``register_export_section``."""

    def decorator(section: ExportSection) -> ExportSection:
        return register_export_section(name, section, covers=covers)

    return decorator


def covered_models() -> set[str]:
    """Every model some section of the download carries."""
    return set().union(*_COVERS.values()) if _COVERS else set()


def registered_sections() -> list[str]:
    return list(_SECTIONS)


def _jsonable(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def build_export(user) -> dict:
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": timezone.now(),
    }
    for name, section in _SECTIONS.items():
        data[name] = section(user)
    return _jsonable(data)


# The sections of the accounts app ---------------------------------------------------------------


@export_section("user", covers=["accounts.User"])
def _user(user):
    return {
        "email": user.email,
        "last_name": user.last_name,
        "first_name": user.first_name,
        "last_name_kana": user.last_name_kana,
        "first_name_kana": user.first_name_kana,
        "user_type": user.user_type,
        "user_type_label": str(user.get_user_type_display()) if user.user_type else "",
        "purpose": user.purpose,
        "purpose_label": str(user.get_purpose_display()) if user.purpose else "",
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "has_password": user.has_usable_password(),
    }


@export_section("profile", covers=["accounts.Profile"])
def _profile(user):
    from .models import Profile

    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "birth_date": profile.birth_date,
        "gender": profile.gender,
        "postal_code": profile.postal_code,
        "address": profile.address,
        "address_kana": profile.address_kana,
        "phone": profile.phone,
        "contact": {
            "postal_code": profile.contact_postal_code,
            "address": profile.contact_address,
            "address_kana": profile.contact_address_kana,
            "phone": profile.contact_phone,
            "email": profile.contact_email,
        },
        "updated_at": profile.updated_at,
    }


@export_section("email_addresses", covers=["account.EmailAddress"])
def _email_addresses(user):
    from allauth.account.models import EmailAddress

    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    ]


@export_section("social_accounts", covers=["socialaccount.SocialAccount"])
def _social_accounts(user):
    """Which outside login is linked: the provider and the subject (``sub``) only."""
    from allauth.socialaccount.models import SocialAccount

    return [
        {
            "provider": account.provider,
            "subject": account.uid,
            "date_joined": account.date_joined,
            "last_login": account.last_login,
        }
        for account in SocialAccount.objects.filter(user=user).order_by("date_joined")
    ]


@export_section("mfa", covers=["mfa.Authenticator"])
def _mfa(user):
    """Which second factors are set up and when they were last used; never the secrets."""
    from allauth.mfa.models import Authenticator

    return [
        {"type": item.type, "created_at": item.created_at, "last_used_at": item.last_used_at}
        for item in Authenticator.objects.filter(user=user).order_by("created_at")
    ]


@export_section("sessions", covers=["usersessions.UserSession"])
def _sessions(user):
    """Where the person is logged in (as allauth's user sessions record it), without the keys."""
    from allauth.usersessions.models import UserSession

    return [
        {
            "created_at": session.created_at,
            "last_seen_at": session.last_seen_at,
            "ip_address": session.ip,
            "user_agent": session.user_agent,
        }
        for session in UserSession.objects.filter(user=user).order_by("-last_seen_at")
    ]


@export_section("faq_feedback")
def _faq_feedback(user):
    # Recorded without anything about the visitor (content.FaqFeedback): nothing to hand over.
    return {
        "stored": False,
        "note": _(
            "よくある質問の「役に立ちましたか」の回答は匿名で記録しており、あなたに結び付く情報はありません。"
        ),
    }
