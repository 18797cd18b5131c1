"""Pieces several sheets share: the 記入日, the consultant box, periods, employment statuses."""

from .base import DateOrder, Section, Writer, boolean, date, text, textarea, year_month

ENTRY_DATE_HELP = "この様式を記入した日です。未来の日付は入力できません。"


def header_section(writer: Writer = Writer.PERSON) -> Section:
    return Section(
        "header",
        "記入日",
        writer,
        (date("entry_date", "記入日", help_text=ENTRY_DATE_HELP),),
    )


def consultant_section() -> Section:
    """キャリアコンサルティング実施者の記入欄 (様式1-1 and 1-2).

    Written by the career consultant; it records only points the person has agreed to, so the
    person's agreement (本人同意済み) is kept beside it and cleared whenever the box changes.
    """
    return Section(
        "consultant",
        "キャリアコンサルティング実施者の記入欄",
        Writer.CONSULTANT,
        (
            text("consultant_name", "キャリアコンサルティング実施者の氏名", max_length=50),
            text(
                "consultant_registration_number",
                "登録番号",
                max_length=20,
                help_text="キャリアコンサルタント登録証に記載の登録番号です。",
            ),
            text("consultant_affiliation", "所属", max_length=100),
            date("consultation_date", "キャリアコンサルティングの実施日"),
            textarea(
                "consultant_comment",
                "キャリアコンサルティング実施者のコメント",
                help_text="本人と話し合い、本人が同意した内容だけを記入します。",
            ),
            boolean(
                "person_agreed",
                "本人同意済み",
                writer=Writer.PERSON,
                help_text="記入欄の内容に本人が同意したことを示します。記入欄が変更されると同意は取り消されます。",
            ),
        ),
        help_text="キャリアコンサルタントが記入し、本人が同意した内容だけを記録する欄です。",
        consent_field="person_agreed",
    )


def period_fields(allow_future_end: bool = False, allow_future_start: bool = False):
    """期間 as two year-months, the end may be 「現在」. Returns (fields, rule)."""
    return (
        year_month("period_from", "期間（開始）", allow_future=allow_future_start),
        year_month("period_to", "期間（終了）", allow_present=True, allow_future=allow_future_end),
    ), DateOrder("period_from", "period_to")
