"""The 履歴書 and 職務経歴書 as PDF, rendered with Typst in the request (``outputs.typst_render``):
``outputs/typst/rirekisho.typ`` and ``outputs/typst/shokumu.typ`` draw the same objects as the
preview, the xlsx and the docx (``resumes.rirekisho.Rirekisho``, ``resumes.shokumu.Shokumu``),
given to them as JSON. The photo goes in as an image input, never as a file.
"""

from __future__ import annotations

from outputs import typst_render

from . import rirekisho, shokumu

LONG_APPEAL_CHARS = 450  # a longer 志望の動機… is set smaller to fit its box


def _lines(lines) -> list[dict]:
    return [{"year": ln.year, "month": ln.month, "text": ln.text, "kind": ln.kind} for ln in lines]


def rirekisho_data(doc: rirekisho.Rirekisho) -> dict:
    page1, page2 = rirekisho.split_history(doc.history)
    b = doc.basics
    show = doc.show_contact
    labels = rirekisho.labels()
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
