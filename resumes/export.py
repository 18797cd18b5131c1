"""The 履歴書 / 職務経歴書 part of 「登録データのダウンロード」 (accounts.export)."""

from __future__ import annotations

import base64

from .models import ResumeDraft


def resume_drafts(user) -> list[dict]:
    drafts = ResumeDraft.objects.filter(card__owner=user).order_by("card_id", "document")
    return [
        {
            "document": draft.document,
            "data": draft.data,
            "photo_jpeg_base64": base64.b64encode(bytes(draft.photo)).decode() if draft.photo else None,
            "updated_at": draft.updated_at,
        }
        for draft in drafts
    ]
