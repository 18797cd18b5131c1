"""Occupations imported from job tag (職業情報提供サイト, 日本版O-NET).

- ``DataVersion``: one import of the data set — its version, publication date, the credit line its
  README requires, a checksum of the files, the counts and the Japanese labels of every numeric
  dimension. The newest row is the data the site shows (``DataVersion.current()``).
- ``Occupation``: one occupation. Its primary key *is* the job tag id, so ``/occupations/<id>/``
  and API addresses stay the same across imports. Numeric profiles are kept as JSON objects keyed
  by the data set's dimension keys (``realistic``, ``achievement``, ``reading_comprehension`` …).
- ``OccupationTask``: one task line (仕事の内容), in the data set's order.

Rows are written only by ``occupations.importer`` (``manage.py import_jobtag``); nothing else
edits them. No personal data lives here.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Holland's six types in the data set's key order, with their letters.
RIASEC_KEYS = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
RIASEC_LETTERS = dict(zip(RIASEC_KEYS, "RIASEC", strict=True))

# job tag's occupation page; its number is the id the data set and this site use.
JOBTAG_DETAIL_URL = "https://shigoto.mhlw.go.jp/User/Occupation/Detail/{id}"


class DataVersion(models.Model):
    """One imported version of the job tag data set."""

    source = models.CharField(_("データの出典"), max_length=40, default="jobtag")
    version = models.CharField(_("版"), max_length=20)
    published_on = models.DateField(_("公開日"), null=True, blank=True)
    credit = models.TextField(_("クレジット表記"))
    checksum = models.CharField(_("ファイルのチェックサム（SHA-256）"), max_length=64)
    occupation_count = models.PositiveIntegerField(_("職業数"))
    task_count = models.PositiveIntegerField(_("タスク数"))
    labels = models.JSONField(_("項目名"), default=dict)
    imported_at = models.DateTimeField(_("取り込み日時"), auto_now=True)

    class Meta:
        verbose_name = _("job tag データの版")
        verbose_name_plural = _("job tag データの版")
        constraints = [
            models.UniqueConstraint(fields=["source", "checksum"], name="dataversion_unique_files")
        ]
        ordering = ["-imported_at", "-pk"]

    def __str__(self):
        return f"{self.source} {self.version}"

    @classmethod
    def current(cls) -> DataVersion | None:
        return cls.objects.order_by("-imported_at", "-pk").first()

    def label(self, dimension: str, key: str) -> str:
        """The Japanese label of a dimension key (the key itself when unknown)."""
        return self.labels.get(dimension, {}).get(key, key)


class Occupation(models.Model):
    id = models.PositiveIntegerField(_("job tag の職業番号"), primary_key=True)
    ipd_id = models.CharField(_("IPD 番号"), max_length=30, unique=True)
    title = models.CharField(_("職業名"), max_length=200)
    aliases = models.JSONField(_("別名"), default=list, blank=True)
    summary = models.TextField(_("概要"), blank=True)
    description = models.TextField(_("どんな仕事か"), blank=True)
    how_to_become = models.TextField(_("就くには"), blank=True)
    working_conditions = models.TextField(_("労働条件の特徴"), blank=True)
    tasks_lead = models.TextField(_("仕事の内容（導入）"), blank=True)
    mhlw_code = models.CharField(_("厚生労働省編職業分類"), max_length=20, blank=True)
    group = models.CharField(_("職業分類の大分類"), max_length=2, blank=True, db_index=True)
    jsoc_code = models.CharField(_("日本標準職業分類"), max_length=20, blank=True)
    interests = models.JSONField(_("職業興味（RIASEC）"), null=True, blank=True)
    work_values = models.JSONField(_("仕事価値観"), null=True, blank=True)
    skills = models.JSONField(_("スキル"), null=True, blank=True)
    knowledge = models.JSONField(_("知識"), null=True, blank=True)
    abilities = models.JSONField(_("アビリティ"), null=True, blank=True)
    # Work context, work activities and the education / training / experience / employment-type
    # distributions, kept as the data set has them.
    details = models.JSONField(_("その他の数値情報"), default=dict, blank=True)
    qualifications = models.JSONField(_("関連資格"), default=list, blank=True)
    related_orgs = models.JSONField(_("関連団体"), default=list, blank=True)
    jobtag_url = models.URLField(_("job tag のページ"), blank=True)
    # Folded text the search reads (occupations.search): title and aliases, their readings, and
    # the summary.
    search_key = models.TextField(editable=False, blank=True)
    search_reading = models.TextField(editable=False, blank=True)
    search_body = models.TextField(editable=False, blank=True)
    data_version = models.ForeignKey(
        DataVersion, on_delete=models.PROTECT, related_name="occupations", verbose_name=_("データの版")
    )

    class Meta:
        verbose_name = _("職業")
        verbose_name_plural = _("職業")
        ordering = ["id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("occupations:detail", kwargs={"pk": self.pk})

    @property
    def jobtag_page_url(self) -> str:
        """This occupation's page on job tag: the address the data set gives, else built from the id
        (the same number on both sites, so the link never depends on the import carrying it)."""
        return self.jobtag_url or JOBTAG_DETAIL_URL.format(id=self.pk)

    def start_sheet2_url(self) -> str:
        """様式2 (職務経歴シート) opened with this occupation's task lines offered for 職務内容."""
        return f"{reverse('jobcard_edit', kwargs={'code': '2'})}?occupation={self.pk}"

    @property
    def riasec_code(self) -> str:
        """The occupation's three highest types as letters (e.g. ``"RIC"``); "" without a profile."""
        if not self.interests:
            return ""
        ranked = sorted(RIASEC_KEYS, key=lambda k: (-(self.interests.get(k) or 0), RIASEC_KEYS.index(k)))
        return "".join(RIASEC_LETTERS[k] for k in ranked[:3])


class OccupationTask(models.Model):
    occupation = models.ForeignKey(
        Occupation, on_delete=models.CASCADE, related_name="tasks", verbose_name=_("職業")
    )
    number = models.PositiveIntegerField(_("タスク番号"))
    position = models.PositiveIntegerField(_("順番"))
    text = models.TextField(_("内容"))
    execution_rate = models.FloatField(_("実施率"), null=True, blank=True)
    importance = models.FloatField(_("重要度"), null=True, blank=True)

    class Meta:
        verbose_name = _("タスク")
        verbose_name_plural = _("タスク")
        ordering = ["occupation_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "number"], name="occupationtask_unique_number")
        ]

    def __str__(self):
        return self.text
