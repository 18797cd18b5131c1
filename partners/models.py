"""Partner services (連携先) and the person's consent to each.

- ``PartnerClient``: an OAuth 2.0 / OpenID Connect client, registered by MHLW staff in the admin
  (``OAUTH2_PROVIDER_APPLICATION_MODEL``; extends django-oauth-toolkit's application with the operator,
  the scopes it may ask for, a contact and the date of its agreement). Authorization code with PKCE only;
  a client that is not ``active`` is refused everywhere (``is_usable``).
- ``PartnerConsent``: what one person allowed one client to read, item by item; ``revoked_at`` when they
  chose 「連携をやめる」 (every token of the pair is revoked at the same time).
- ``PartnerDailyUse``: reads per client per day, without personal data (policy 2-3 ③, monitoring).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oauth2_provider.models import AbstractApplication

from .scope_list import SCOPES


def validate_scopes(value) -> None:
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise ValidationError(_("許可する範囲は、範囲の名前の一覧で指定してください。"))
    unknown = [s for s in value if s not in SCOPES]
    if unknown:
        raise ValidationError(
            _("知らない範囲があります：%(names)s（使える範囲：%(known)s）")
            % {"names": "、".join(unknown), "known": " ".join(SCOPES)}
        )


class PartnerClient(AbstractApplication):
    operator = models.CharField(_("運営者（事業者名）"), max_length=120)
    allowed_scopes = models.JSONField(
        _("求めてよい範囲"),
        default=list,
        blank=True,
        validators=[validate_scopes],
        help_text=_('協定で認めた範囲だけを入れてください。例：["openid", "profile", "sheet:2"]'),
    )
    contact_name = models.CharField(_("連絡先の担当者"), max_length=60, blank=True)
    contact_email = models.EmailField(_("連絡先のメールアドレス"))
    agreement_date = models.DateField(_("協定（利用規約への同意）の日付"))
    active = models.BooleanField(
        _("利用中"),
        default=True,
        help_text=_("外すと、この連携先からの要求とAPIの呼び出しをすべて断ります。"),
    )
    rate_limit = models.CharField(
        _("呼び出しの上限"),
        max_length=20,
        blank=True,
        help_text=_("空欄なら既定の上限（PARTNER_API_RATE）。例：120/min"),
    )

    class Meta(AbstractApplication.Meta):
        swappable = "OAUTH2_PROVIDER_APPLICATION_MODEL"
        verbose_name = _("連携先")
        verbose_name_plural = _("連携先")

    def __str__(self):
        return f"{self.name}（{self.operator}）"

    def clean(self):
        super().clean()
        if self.authorization_grant_type != self.GRANT_AUTHORIZATION_CODE:
            raise ValidationError(
                {"authorization_grant_type": _("連携先は「認可コード（PKCE）」だけを使えます。")}
            )
        if self.skip_authorization:
            raise ValidationError({"skip_authorization": _("本人の同意の画面は省略できません。")})

    def save(self, *args, **kwargs):
        # Never skip the person's consent, whatever a form or a script sets; ID tokens are always signed
        # with the site's RS256 key (HS256 would need the client secret unhashed).
        self.skip_authorization = False
        self.algorithm = self.RS256_ALGORITHM
        super().save(*args, **kwargs)

    def is_usable(self, request):
        return self.active and self.authorization_grant_type == self.GRANT_AUTHORIZATION_CODE

    def allows_scopes(self, scopes) -> bool:
        return set(scopes) <= set(self.allowed_scopes or [])


class PartnerConsentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, client__active=True)


class PartnerConsent(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_consents",
        verbose_name=_("本人"),
    )
    client = models.ForeignKey(
        settings.OAUTH2_PROVIDER_APPLICATION_MODEL,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("連携先"),
    )
    scopes = models.JSONField(_("本人が許可した範囲"), default=list)
    granted_at = models.DateTimeField(_("許可した日時"), default=timezone.now)
    last_access_at = models.DateTimeField(_("最後に読み取られた日時"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("連携をやめた日時"), null=True, blank=True)

    objects = PartnerConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("連携の同意")
        verbose_name_plural = _("連携の同意")
        ordering = ["-granted_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "client"], name="partners_one_consent")]

    def __str__(self):
        return f"{self.client} / {self.user_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.client.active


class ImportProposal(models.Model):
    """Rows a partner proposes for the person's card (#18 item 4): nothing changes until the person
    accepts them on 「連携先からの取り込み候補」, row by row; a rejected or accepted proposal is kept as a
    record of what was offered."""

    class Status(models.TextChoices):
        PENDING = "pending", _("確認待ち")
        ACCEPTED = "accepted", _("取り込みました")
        REJECTED = "rejected", _("取り込みませんでした")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="import_proposals",
        verbose_name=_("本人"),
    )
    client = models.ForeignKey(
        settings.OAUTH2_PROVIDER_APPLICATION_MODEL,
        on_delete=models.CASCADE,
        related_name="proposals",
        verbose_name=_("連携先"),
    )
    sheet_code = models.CharField(_("様式"), max_length=20)
    section = models.CharField(_("欄"), max_length=40)
    rows = models.JSONField(_("取り込み候補の行"))
    accepted_rows = models.JSONField(_("取り込んだ行の番号"), default=list, blank=True)
    status = models.CharField(_("状態"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("届いた日時"), auto_now_add=True)
    decided_at = models.DateTimeField(_("確認した日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("連携先からの取り込み候補")
        verbose_name_plural = _("連携先からの取り込み候補")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.client} → {self.sheet_code} ({self.get_status_display()})"


class PartnerDailyUse(models.Model):
    client = models.ForeignKey(
        settings.OAUTH2_PROVIDER_APPLICATION_MODEL,
        on_delete=models.CASCADE,
        related_name="daily_use",
        verbose_name=_("連携先"),
    )
    date = models.DateField(_("日付"))
    reads = models.PositiveIntegerField(_("読み取り件数"), default=0)
    proposals = models.PositiveIntegerField(_("取り込み候補の件数"), default=0)
    imports = models.PositiveIntegerField(_("本人が取り込んだ件数"), default=0)

    class Meta:
        verbose_name = _("連携の利用件数")
        verbose_name_plural = _("連携の利用件数")
        constraints = [models.UniqueConstraint(fields=["client", "date"], name="partners_one_use_per_day")]

    def __str__(self):
        return f"{self.client} {self.date} {self.reads}"
