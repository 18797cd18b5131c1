"""Besides sheets, a person may share their 履歴書, 職務経歴書 and self-diagnosis result. The supporter
sees them read-only, as the person's own preview shows them (the photo is not shared)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

DOCUMENTS = {
    "rirekisho": _("履歴書"),
    "shokumu": _("職務経歴書"),
    "diagnosis": _("自己診断の結果"),
}


def is_document(code: str) -> bool:
    return code in DOCUMENTS


def label(code: str) -> str:
    return str(DOCUMENTS[code]) if code in DOCUMENTS else f"様式{code}"


def _diagnosis(owner):
    from diagnosis.models import DiagnosisResult

    result = DiagnosisResult.objects.filter(owner=owner).first()
    return None if result is None or result.is_empty else result


def available(card, owner) -> list[tuple[str, str]]:
    """The documents the person has made (a 履歴書/職務経歴書 page visited and saved, a diagnosis)."""
    from resumes.models import ResumeDraft

    out = []
    made = set(ResumeDraft.objects.filter(card=card).values_list("document", flat=True)) if card else set()
    for code in ("rirekisho", "shokumu"):
        if code in made:
            out.append((code, f"{DOCUMENTS[code]}（{_('読むだけ')}）"))
    if _diagnosis(owner) is not None:
        out.append(("diagnosis", f"{DOCUMENTS['diagnosis']}（{_('読むだけ')}）"))
    return out


def render(code: str, card, owner, request=None) -> str | None:
    """The document as HTML, or None when there is nothing to show."""
    if code in ("rirekisho", "shokumu"):
        from resumes.views import RirekishoPage, ShokumuPage

        page = (RirekishoPage if code == "rirekisho" else ShokumuPage)(card=card, user=owner)
        context = page.preview_context(page.doc())
        context["photo_url"] = ""  # the photo is not shared
        context["has_photo"] = False
        # the text version only: the preview's page images are drawn from the viewer's own draft
        context["sheet"] = f"resumes/includes/{code}_sheet.html"
        return render_to_string("resumes/includes/paper.html", context, request=request)
    if code == "diagnosis":
        from diagnosis.presentation import result_context

        result = _diagnosis(owner)
        if result is None:
            return None
        return render_to_string("sharing/includes/diagnosis.html", result_context(result), request=request)
    return None
