"""The Job Card in 「登録データのダウンロード」 (accounts.export): every sheet, draft and history."""

from __future__ import annotations

from .models import Card


def job_card(user) -> list[dict]:
    cards = Card.objects.filter(owner=user).prefetch_related("entries__revisions").order_by("pk")
    return [
        {
            "created_at": card.created_at,
            "updated_at": card.updated_at,
            "sheets": [
                {
                    "sheet": entry.sheet_code,
                    "definition_version": entry.definition_version,
                    "status": entry.status,
                    "saved_data": entry.saved_data,
                    "saved_at": entry.saved_at,
                    "draft_data": entry.draft_data,
                    "draft_saved_at": entry.draft_saved_at,
                    "revisions": [
                        {
                            "created_at": rev.created_at,
                            "kind": rev.kind,
                            "definition_version": rev.definition_version,
                            "summary": rev.summary,
                            "changed_fields": rev.changed_fields,
                            "data": rev.data,
                        }
                        for rev in entry.revisions.all()
                    ],
                }
                for entry in card.entries.all()
            ],
        }
        for card in cards
    ]
