"""The partner API's scopes: one per data area. Plain data, read by the settings (``OAUTH2_PROVIDER``).

A scope grants only its own endpoints (``partners.api``); what each one sends is listed on the consent
page item by item (``partners.consent``). Sheet scopes are ``sheet:<code>``; ``sheet:3-3`` covers every
3-3 evaluation sheet (3-3-1-1 … 3-3-4). ``propose:<code>`` sends nothing: it lets the partner propose
rows that the person reviews before anything changes (#18 item 4).
"""

from __future__ import annotations

SHEET_SCOPES = {
    "sheet:1-1": "様式1-1 キャリア・プランシート（就業経験がある方用）",
    "sheet:1-2": "様式1-2 キャリア・プランシート（学生用）",
    "sheet:2": "様式2 職務経歴シート",
    "sheet:3-1": "様式3-1 免許・資格シート",
    "sheet:3-2": "様式3-2 学習歴・訓練歴シート",
    "sheet:3-3": "様式3-3 職業能力証明（訓練成果・実務成果）シート",
}

WRITE_SCOPES = {
    "propose:3-2": (
        "様式3-2の訓練歴の取り込み候補を送ること（あなたが確認して取り込むまで、ジョブ・カードは変わりません）"
    ),
    "propose:3-3": (
        "様式3-3の評価（企業・訓練実施機関が記入する欄）の取り込み候補を送ること"
        "（あなたが確認して取り込むまで、ジョブ・カードは変わりません）"
    ),
    "propose:basics": (
        "基本情報（氏名・ふりがな・生年月日・住所・電話番号）の取り込み候補を送ること"
        "（あなたが項目ごとに確認して取り込むまで、登録情報は変わりません）"
    ),
}

SCOPES = {
    "openid": "この連携先で、あなたを見分けるための番号（連携先ごとに異なります）",
    "profile": "基本情報（氏名・ふりがな・生年月日）",
    "contact": "連絡先（住所・電話番号・メールアドレス）",
    **SHEET_SCOPES,
    "resume": "履歴書・職務経歴書に選んだ内容と編集した文章",
    "diagnosis": "自己診断の結果",
    **WRITE_SCOPES,
}


def sheet_scope(code: str) -> str:
    """The scope that reads sheet ``code`` (``3-3-1-1`` → ``sheet:3-3``)."""
    if code.startswith("3-3"):
        return "sheet:3-3"
    return f"sheet:{code}"
