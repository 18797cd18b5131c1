"""Hello Work's 基本情報 of a 求職申込み as an import the person reviews (#18 item 4).

A partner with ``propose:basics`` sends the name, furigana, birth date, postal code, address and
phone it holds; each value is checked with the profile page's own rules (``accounts.forms.ProfileForm``)
and kept as a proposal. On 「連携先からの取り込み候補」 the person sees, field by field, what is on
their 登録情報 now beside what is proposed, ticks the fields to take, and only those are saved —
through the same form, so the result is valid as if they had typed it. Gender is never proposed.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from accounts.forms import ProfileForm
from accounts.japanese import format_postal_code, to_seireki
from accounts.models import Profile

from .models import ImportProposal
from .proposals import ProposalRefused, count_use, deciding

SHEET_CODE = "basics"  # ImportProposal.sheet_code / section of a 基本情報 proposal
SCOPE = "propose:basics"
FIELDS = (
    "last_name",
    "first_name",
    "last_name_kana",
    "first_name_kana",
    "birth_date",
    "postal_code",
    "address",
    "address_kana",
    "phone",
)


def _current(user) -> dict:
    profile = Profile.objects.filter(user=user).first()
    return {k: (v if v is not None else "") for k, v in ProfileForm.initial_for(user, profile).items()}


def _check(user, values: dict) -> dict:
    """``values`` as the profile form would save them; its Japanese errors by field otherwise."""
    data = {**_current(user), **values}
    form = ProfileForm(data=data)
    if not form.is_valid():
        errors = {k: [str(m) for m in v] for k, v in form.errors.items() if k in values}
        raise ProposalRefused(
            _("取り込み候補に誤りがあります。項目ごとの内容を確認してください。"),
            errors or {"": [_("今の登録情報と合わせると保存できません。")]},
        )
    return form


def propose(user, client, basics) -> ImportProposal:
    if not isinstance(basics, dict) or not basics:
        raise ProposalRefused(
            _("基本情報の候補を、項目名と値の組（オブジェクト）で送ってください。"),
            {"basics": [_("1項目以上必要です。")]},
        )
    unknown = sorted(set(basics) - set(FIELDS))
    if unknown:
        raise ProposalRefused(
            _("送れない項目があります：%(names)s") % {"names": "、".join(unknown)},
            {name: [_("この項目は送れません。")] for name in unknown},
        )
    not_text = [k for k, v in basics.items() if not isinstance(v, str)]
    if not_text:
        raise ProposalRefused(
            _("値は文字で送ってください。"), {k: [_("文字で書いてください。")] for k in not_text}
        )
    values = {k: v.strip() for k, v in basics.items() if v.strip()}
    if not values:
        raise ProposalRefused(_("空でない値を1つ以上送ってください。"), {"basics": [_("値がありません。")]})
    cleaned = _check(user, values).cleaned_data
    stored = {k: _as_text(k, cleaned[k]) for k in values}
    proposal = ImportProposal.objects.create(
        user=user, client=client, sheet_code=SHEET_CODE, section=SHEET_CODE, rows=[stored]
    )
    count_use(client, "proposals")
    return proposal


def _as_text(name: str, value) -> str:
    if name == "birth_date" and value:
        return value.isoformat()
    return value or ""


def review(proposal: ImportProposal) -> list[dict]:
    """Per proposed field: its label, the value on 登録情報 now and the proposed one."""
    current = _current(proposal.user)
    form = ProfileForm()
    proposed = proposal.rows[0] if proposal.rows else {}
    out = []
    for name in FIELDS:
        if name not in proposed:
            continue
        label = str(form.fields[name].label)
        now = current.get(name) or ""
        out.append(
            {
                "name": name,
                "label": label,
                "now": str(now),
                "proposed": proposed[name],
                "shown": _shown(name, proposed[name]),
                "same": _shown(name, proposed[name]) == str(now),
            }
        )
    return out


def _shown(name: str, value: str) -> str:
    """A stored value written as the profile page writes it (1991年9月14日, 231-0023)."""
    if name == "birth_date" and value:
        return to_seireki(datetime.date.fromisoformat(value))
    if name == "postal_code":
        return format_postal_code(value)
    return value


def accept(proposal: ImportProposal, user, chosen: list[str]) -> None:
    """Save the chosen fields on the person's 登録情報; nothing else changes."""
    proposed = proposal.rows[0] if proposal.rows else {}
    chosen = [name for name in FIELDS if name in set(chosen) and name in proposed]
    if not chosen:
        raise ProposalRefused(
            _("取り込む項目を1つ以上選んでください。取り込まない場合は「取り込まない」を押してください。")
        )
    with deciding(proposal) as locked:
        proposed = locked.rows[0]
        values = {name: proposed[name] for name in chosen if name in proposed}
        _check(user, values).save(user)
        locked.accepted_rows = list(values)
