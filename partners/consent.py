"""What each scope sends, in plain Japanese, item by item.

The consent page and 「連携中のサービス」 show it.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from sheets.definitions import UnknownDefinition, all_definitions, get_definition

from .scope_list import SCOPES, SHEET_SCOPES, sheet_scope


def scope_items(scope: str) -> list[str]:
    if scope == "openid":
        return [_("この連携先だけで使う、あなたの識別番号（氏名やメールアドレスは含みません）")]
    if scope == "profile":
        return [_("姓・名"), _("せい・めい（ふりがな）"), _("生年月日")]
    if scope == "contact":
        return [
            _("郵便番号・住所（ふりがなを含む）"),
            _("電話番号"),
            _("メールアドレス"),
            _("連絡先（現住所以外の連絡先を登録している場合）"),
        ]
    if scope in SHEET_SCOPES:
        titles = []
        codes = sorted({d.code for d in all_definitions() if sheet_scope(d.code) == scope})
        for code in codes:
            try:
                definition = get_definition(code)
            except UnknownDefinition:  # pragma: no cover - codes come from the registry
                continue
            sections = "、".join(section.title for section in definition.sections)
            titles.append(
                _("「%(title)s」の保存した内容：%(sections)s")
                % {"title": definition.title, "sections": sections}
            )
        titles.append(_("保存していない下書きは送りません。"))
        return titles
    if scope == "resume":
        return [
            _("履歴書に載せると選んだ行と、編集した文章（志望動機・本人希望記入欄など）"),
            _("職務経歴書に選んだ内容と、編集した文章"),
            _("写真は送りません。"),
        ]
    if scope == "propose:3-2":
        return [
            _(
                "連携先は、あなたの訓練歴（訓練機関名・コース名・期間・訓練内容・状態）の取り込み候補を送れます。"
            ),
            _(
                "候補は「連携先からの取り込み候補」に届き、あなたが1行ずつ確認して取り込むまで、ジョブ・カードは変わりません。"
            ),
            _("この範囲では、連携先はあなたの情報を読み取れません。"),
        ]
    if scope == "propose:3-3":
        return [
            _(
                "連携先は、様式3-3（職業能力証明（訓練成果・実務成果）シート）の、企業・訓練実施機関が記入する欄"
                "（職務内容・評価・総評・評価者）の取り込み候補を送れます。あなたの自己評価や同意の欄は送れません。"
            ),
            _(
                "候補は「連携先からの取り込み候補」に届き、項目ごとに今の内容と並べて表示されます。"
                "あなたが確認して取り込むまで、ジョブ・カードは変わりません。"
            ),
            _("この範囲では、連携先はあなたの情報を読み取れません。"),
        ]
    if scope == "propose:basics":
        return [
            _(
                "連携先は、求職の申込みなどで登録した基本情報（氏名・ふりがな・生年月日・郵便番号・住所・電話番号）"
                "の取り込み候補を送れます。性別は送れません。"
            ),
            _(
                "候補は「連携先からの取り込み候補」に届き、今の登録情報と並べて表示されます。"
                "あなたが項目ごとに選んで取り込むまで、登録情報は変わりません。"
            ),
            _("この範囲では、連携先はあなたの情報を読み取れません。"),
        ]
    if scope == "diagnosis":
        return [_("興味のタイプ（3文字のコード）と得点"), _("仕事の価値観の得点"), _("強みの得点")]
    return []


def describe(scopes) -> list[dict]:
    """``[{"scope", "title", "items"}]`` in the order of ``SCOPES``."""
    wanted = set(scopes)
    return [
        {"scope": scope, "title": title, "items": scope_items(scope)}
        for scope, title in SCOPES.items()
        if scope in wanted
    ]
