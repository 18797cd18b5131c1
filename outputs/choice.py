"""The 「出力する内容を選ぶ」 page: its checkboxes, and reading them back.

Everything is offered ticked. Names of the submitted values:

- ``format`` — ``xlsx``, ``pdf`` or ``csv``;
- ``p`` — the 基本情報 items to print (``outputs.profile`` keys);
- ``s`` — the sheets (the entry's id; only the request's own card's entries are offered or accepted);
- ``f-<entry>`` — the field options of that sheet (``outputs.selection.field_options``);
- ``r-<entry>-<table>`` — the row indexes of that table.

Anything not offered is ignored, so a crafted request cannot reach another card or field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sheets.definitions.base import FieldType

from .selection import SheetPick, field_options, row_summary

FORMATS = {
    "pdf": gettext_lazy("PDF（印刷・提出用）"),
    "xlsx": gettext_lazy("Excel（.xlsx、編集・再読み込み用）"),
    "csv": gettext_lazy("CSV（表ごとのファイルをZIPにまとめたもの）"),
}


@dataclass
class OptionView:
    name: str
    value: str
    label: str
    checked: bool = True
    hint: str = ""


@dataclass
class GroupView:
    title: str
    options: list[OptionView]


@dataclass
class SheetView:
    pick: SheetPick
    checked: bool
    fields: list[GroupView]
    tables: list[GroupView]
    has_draft: bool = False

    @property
    def id(self) -> int:
        return self.pick.entry_id

    @property
    def title(self) -> str:
        suffix = f"（{self.pick.ordinal}件目）" if self.pick.ordinal > 1 else ""
        return self.pick.definition.title + suffix


@dataclass
class Choice:
    format: str = "pdf"
    profile: set[str] = field(default_factory=set)
    picks: list[SheetPick] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def sheet_views(picks: list[SheetPick], drafts: set[int], submitted=None, only_codes=None) -> list[SheetView]:
    views = []
    for pick in picks:
        eid = pick.entry_id
        if submitted is not None:
            checked = str(eid) in submitted.getlist("s")
            chosen_fields = set(submitted.getlist(f"f-{eid}"))
        else:
            checked = not only_codes or pick.code in only_codes
            chosen_fields = None
        groups: dict[str, GroupView] = {}
        for option in field_options(pick.definition):
            group = groups.setdefault(option.section.key, GroupView(option.section.title, []))
            group.options.append(
                OptionView(
                    f"f-{eid}",
                    option.path,
                    option.label,
                    chosen_fields is None or option.path in chosen_fields,
                )
            )
        tables = []
        for f in pick.definition.fields:
            if f.type != FieldType.REPEAT:
                continue
            rows = pick.data.get(f.key) or []
            if not rows:
                continue
            name = f"r-{eid}-{f.key}"
            chosen_rows = set(submitted.getlist(name)) if submitted is not None else None
            tables.append(
                GroupView(
                    f.label,
                    [
                        OptionView(
                            name,
                            str(i),
                            row_summary(pick.definition, f.key, row),
                            chosen_rows is None or str(i) in chosen_rows,
                        )
                        for i, row in enumerate(rows)
                    ],
                )
            )
        views.append(SheetView(pick, checked, list(groups.values()), tables, has_draft=eid in drafts))
    return views


def read_choice(post, picks: list[SheetPick], profile_keys: list[str]) -> Choice:
    choice = Choice()
    choice.format = post.get("format", "")
    if choice.format not in FORMATS:
        choice.errors["format"] = _("ファイルの形式を選んでください。")
    choice.profile = {k for k in post.getlist("p") if k in profile_keys}
    wanted = set(post.getlist("s"))
    for pick in picks:
        if str(pick.entry_id) not in wanted:
            continue
        options = {o.path for o in field_options(pick.definition)}
        fields = {v for v in post.getlist(f"f-{pick.entry_id}") if v in options}
        rows = {}
        for f in pick.definition.fields:
            if f.type == FieldType.REPEAT:
                count = len(pick.data.get(f.key) or [])
                rows[f.key] = sorted(
                    {
                        int(v)
                        for v in post.getlist(f"r-{pick.entry_id}-{f.key}")
                        if v.isdigit() and int(v) < count
                    }
                )
        choice.picks.append(
            SheetPick(
                definition=pick.definition,
                data=pick.data,
                ordinal=pick.ordinal,
                entry_id=pick.entry_id,
                fields=fields,
                rows=rows,
            )
        )
    if not choice.picks:
        choice.errors["s"] = _("出力する様式を1つ以上選んでください。")
    return choice
