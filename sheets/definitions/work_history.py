"""様式2: 職務経歴シート."""

from content.taxonomy import Sheet, SheetBox

from .base import Section, SheetDefinition, Writer, boolean, choice, date, repeat, tel, text, textarea
from .common import header_section, period_fields

EMPLOYMENT_TYPES = (
    ("regular", "正社員"),
    ("contract", "契約社員"),
    ("dispatched", "派遣社員"),
    ("part_time", "パート・アルバイト"),
    ("other", "その他"),
)

_period, _period_rule = period_fields()

SHEET_2 = SheetDefinition(
    code=Sheet.WORK_HISTORY.value,
    version="2018.1",
    valid_from="2018-04-01",
    title="様式2 職務経歴シート",
    description="これまでの職務を、期間ごとに一件ずつ、年月の順に書くシートです。",
    sections=(
        header_section(),
        Section(
            "work_history",
            "職務経歴",
            Writer.PERSON,
            (
                repeat(
                    "jobs",
                    "職務経歴",
                    (
                        *_period,
                        text("company_name", "会社名", max_length=100),
                        text("department", "所属", max_length=100, help_text="部署名や配属先を書きます。"),
                        choice("employment_type", "雇用形態", EMPLOYMENT_TYPES),
                        textarea(
                            "duties",
                            "職務内容",
                            box=SheetBox.JOB_DUTIES,
                            help_text="担当した仕事の内容を、具体的に書きます。",
                        ),
                        textarea(
                            "learnings",
                            "職務の中で学んだこと、得られた知識・技能等",
                            box=SheetBox.JOB_LEARNINGS,
                            help_text="仕事を通じて身に付いた知識・技能や、学んだことを書きます。",
                        ),
                    ),
                    max_rows=30,
                    order_by=("period_from",),
                    rules=(_period_rule,),
                    help_text="一つの職務期間を一件として書きます。保存すると開始年月の順に並びます。",
                ),
                textarea("supplement", "補足", help_text="職務経歴について補足があれば書きます。"),
            ),
        ),
        Section(
            "employer_confirmation",
            "企業による確認",
            Writer.COMPANY,
            (
                text("confirmation_company", "確認した企業名", max_length=100),
                text("confirmation_person", "確認者の氏名・役職", max_length=100),
                date("confirmation_date", "確認日"),
                tel("confirmation_phone", "確認した企業の電話番号"),
                boolean(
                    "person_agreed",
                    "本人同意済み",
                    writer=Writer.PERSON,
                    help_text="企業による確認の内容に本人が同意したことを示します。確認の内容が変更されると同意は取り消されます。",
                ),
            ),
            help_text="任意です。企業が職務経歴の内容を確認した場合に、その企業が記入し、本人が同意すると確定します。",
            consent_field="person_agreed",
        ),
    ),
)
