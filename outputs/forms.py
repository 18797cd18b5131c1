"""The forms of the export pages: the workbook upload and the PDF upload.

The choice of sheets, rows and fields is read by ``outputs.choice.read_choice`` instead: its
checkboxes are generated from the card (one per row of each table), not a fixed set of fields.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import UploadedDocument


def _megabytes(limit: int) -> str:
    return f"{limit / (1024 * 1024):g}"


class WorkbookUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Excelファイル（.xlsx）"),
        error_messages={"required": _("ファイルを選んでください。"), "empty": _("ファイルが空です。")},
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        limit = settings.OUTPUTS_MAX_XLSX_BYTES
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("ファイルが大きすぎます（%(limit)sMBまで）。") % {"limit": _megabytes(limit)}
            )
        return uploaded


class JsonResumeUploadForm(forms.Form):
    file = forms.FileField(
        label=_("JSON Resume のファイル（.json）"),
        error_messages={"required": _("ファイルを選んでください。"), "empty": _("ファイルが空です。")},
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        limit = settings.OUTPUTS_MAX_JSON_BYTES
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("ファイルが大きすぎます（%(limit)sMBまで）。") % {"limit": _megabytes(limit)}
            )
        return uploaded


class DocumentUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("種類"),
        choices=UploadedDocument.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("種類を選んでください。"),
            "invalid_choice": _("種類を選んでください。"),
        },
    )
    title = forms.CharField(
        label=_("名前（任意）"),
        max_length=100,
        required=False,
        error_messages={
            "max_length": _("%(limit_value)d文字以内で入力してください（いまは%(show_value)d文字です）。")
        },
    )
    file = forms.FileField(
        label=_("PDFファイル"),
        error_messages={"required": _("ファイルを選んでください。"), "empty": _("ファイルが空です。")},
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        limit = settings.OUTPUTS_MAX_PDF_BYTES
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("ファイルが大きすぎます。%(limit)sMB以下のPDFを選んでください。")
                % {"limit": _megabytes(limit)}
            )
        return uploaded
