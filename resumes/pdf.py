"""The 履歴書 and 職務経歴書 as PDF, rendered with Typst in the request (``outputs.typst_render``):
``outputs/typst/rirekisho.typ`` and ``outputs/typst/shokumu.typ`` draw the same objects as the
preview, the xlsx and the docx (``resumes.rirekisho.Rirekisho``, ``resumes.shokumu.Shokumu``),
given to them as JSON. The photo goes in as an image input, never as a file.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from outputs import typst_render

from . import rirekisho, shokumu

LONG_APPEAL_CHARS = 450  # a longer 志望の動機… is set smaller to fit its box


def _lines(lines) -> list[dict]:
    return [{"year": ln.year, "month": ln.month, "text": ln.text, "kind": ln.kind} for ln in lines]


def rirekisho_data(doc: rirekisho.Rirekisho) -> dict:
    page1, page2 = rirekisho.split_history(doc.history)
    b = doc.basics
    show = doc.show_contact
    with translation.override("ja"):
        labels = {
            "title": _("履歴書"),
            "kana": _("ふりがな"),
            "name": _("氏　名"),
            "birth_blank": _("年　　月　　日生　（満　　歳）"),
            "gender": _("※性別"),
            "photo": _("証明写真"),
            "photo_here": _("写真をはる位置"),
            "photo_note": [
                _("写真をはる必要がある場合"),
                _("1.縦　36～40mm"),
                _("　横　24～30mm"),
                _("2.本人単身胸から上"),
                _("3.裏面のりづけ"),
            ],
            "phone": _("電話"),
            "address": _("現住所"),
            "contact": _("連絡先"),
            "contact_note": _("（現住所以外に連絡を希望する場合のみ記入）"),
            "year": _("年"),
            "month": _("月"),
            "history": _("学歴・職歴（各別にまとめて書く）"),
            "licences": _("免許・資格"),
            "gender_note": _("※「性別」欄：記載は任意です。未記載とすることも可能です。"),
            "appeal": _("志望の動機、特技、好きな学科、アピールポイントなど"),
            "wishes": _(
                "本人希望記入欄（特に給料・職種・勤務時間・勤務地・その他についての希望などがあれば記入）"
            ),
        }
    return {
        "labels": labels,
        "date_text": doc.date_text,
        "basics": {
            "name": b.name,
            "name_kana": b.name_kana,
            "postal_code_text": b.postal_code_text or "",
            "address": b.address,
            "address_kana": b.address_kana,
            "phone": b.phone,
            "email": b.email,
        },
        "contact": {
            "postal_code_text": (b.contact_postal_code_text or "") if show else "",
            "address": b.contact_address if show else "",
            "address_kana": b.contact_address_kana if show else "",
            "phone": b.contact_phone if show else "",
            "email": b.contact_email if show else "",
        },
        "birth_text": doc.birth_text,
        "gender": b.gender if doc.show_gender else "",
        "page1": _lines(page1),
        "page2": _lines(page2),
        "licences": _lines(rirekisho.licence_rows(doc.licences)),
        "appeal": doc.appeal or "",
        "appeal_long": len(doc.appeal or "") > LONG_APPEAL_CHARS,
        "wishes": doc.wishes or "",
    }


def shokumu_data(doc: shokumu.Shokumu) -> dict:
    return {"blocks": [block.as_json() for block in shokumu.blocks(doc)]}


def render_rirekisho(doc: rirekisho.Rirekisho, fmt: str = "pdf"):
    """The PDF's bytes, or with ``fmt="svg"`` one SVG per page (the page's preview)."""
    return typst_render.render("rirekisho", rirekisho_data(doc), images={"photo": doc.photo or b""}, fmt=fmt)


def render_shokumu(doc: shokumu.Shokumu, fmt: str = "pdf"):
    """The PDF's bytes, or with ``fmt="svg"`` one SVG per page (the page's preview)."""
    return typst_render.render("shokumu", shokumu_data(doc), fmt=fmt)
