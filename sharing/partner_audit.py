"""Partner reads in the person's 「閲覧・記入の履歴」 (#18).

One ``AccessRecord`` per read by a linked service.

Called by ``partners.services.record_read``; kept here so that ``sharing`` owns every row of the history.
A partner read has no share and no supporter account: the record names the service and its operator.
"""

from __future__ import annotations

from .models import AccessRecord


def note_partner_read(
    owner, *, client_name: str, operator: str, target: str = "", what: str = ""
) -> AccessRecord:
    """``target``: a sheet code (shown as 「様式○を閲覧しました」).

    ``what``: another data area (基本情報…)."""
    actor = f"連携サービス「{client_name}」"
    if what:
        actor = f"{actor}が{what}を"
    return AccessRecord.objects.create(
        owner=owner,
        share=None,
        actor=None,
        actor_name=actor[:60],
        organisation_name=operator[:120],
        action=AccessRecord.Action.READ,
        target=target[:60],
    )
