"""The custom user: the e-mail address is the login ID; family and given names kept apart."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.taxonomy import Purpose, UserType

hiragana_validator = RegexValidator(r"^[\u3041-\u3096\u30fc\u3000 ]*$", _("ひらがなで入力してください。"))


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("The e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. The e-mail address is the login ID."""

    username = None
    email = models.EmailField(_("メールアドレス"), unique=True)
    last_name = models.CharField(_("姓"), max_length=50, blank=True)
    first_name = models.CharField(_("名"), max_length=50, blank=True)
    last_name_kana = models.CharField(_("せい"), max_length=50, blank=True, validators=[hiragana_validator])
    first_name_kana = models.CharField(_("めい"), max_length=50, blank=True, validators=[hiragana_validator])
    user_type = models.CharField(_("利用者種別"), max_length=20, choices=UserType.choices, blank=True)
    purpose = models.CharField(_("利用目的"), max_length=20, choices=Purpose.choices, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("利用者")
        verbose_name_plural = _("利用者")

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        return f"{self.last_name} {self.first_name}".strip()

    def get_short_name(self):
        return self.last_name or self.email


postal_code_validator = RegexValidator(r"^\d{7}$", _("郵便番号は7桁の数字で入力してください。"))


class Profile(models.Model):
    """The shared 基本情報 printed in the sheet headers and the résumé (see docs/accounts.md).

    Names and their readings stay on ``User``; everything else the sheets need is here. Every field
    may be blank: people fill it in over time. Kept until the person deletes the account.
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="profile", verbose_name=_("利用者")
    )
    birth_date = models.DateField(_("生年月日"), null=True, blank=True)
    gender = models.CharField(_("性別"), max_length=30, blank=True)
    postal_code = models.CharField(
        _("郵便番号"), max_length=7, blank=True, validators=[postal_code_validator]
    )
    address = models.CharField(_("住所"), max_length=200, blank=True)
    address_kana = models.CharField(_("住所（ふりがな）"), max_length=300, blank=True)
    phone = models.CharField(_("電話番号"), max_length=20, blank=True)
    # 連絡先: only when the person wants to be reached somewhere other than the address above.
    contact_postal_code = models.CharField(
        _("連絡先の郵便番号"), max_length=7, blank=True, validators=[postal_code_validator]
    )
    contact_address = models.CharField(_("連絡先の住所"), max_length=200, blank=True)
    contact_address_kana = models.CharField(_("連絡先の住所（ふりがな）"), max_length=300, blank=True)
    contact_phone = models.CharField(_("連絡先の電話番号"), max_length=20, blank=True)
    contact_email = models.EmailField(_("連絡先のメールアドレス"), blank=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("基本情報")
        verbose_name_plural = _("基本情報")

    def __str__(self):
        return str(_("基本情報"))

    @property
    def has_contact(self) -> bool:
        return any(
            getattr(self, name)
            for name in (
                "contact_postal_code",
                "contact_address",
                "contact_address_kana",
                "contact_phone",
                "contact_email",
            )
        )


class AccountDeletionCounter(models.Model):
    """How many accounts were deleted on a day. Nothing about who: a date and a number."""

    date = models.DateField(_("日付"), unique=True)
    count = models.PositiveIntegerField(_("削除されたアカウント数"), default=0)

    class Meta:
        verbose_name = _("アカウント削除数")
        verbose_name_plural = _("アカウント削除数")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date}: {self.count}"
