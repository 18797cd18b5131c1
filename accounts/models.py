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
