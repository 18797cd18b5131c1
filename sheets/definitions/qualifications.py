"""様式3-1: 職業能力証明（免許・資格）シート."""

from content.taxonomy import Sheet, SheetBox

from .base import FutureOnlyWhen, Section, SheetDefinition, Writer, choice, repeat, text, textarea, year_month
from .common import header_section

STATUSES = (
    ("acquired", "取得"),
    ("scheduled", "受験予定"),
    ("expired", "失効"),
    ("partial", "一部合格"),
)

SHEET_3_1 = SheetDefinition(
    code=Sheet.QUALIFICATIONS.value,
    version="2018.1",
    valid_from="2018-04-01",
    title="様式3-1 職業能力証明（免許・資格）シート",
    description=(
        "免許・資格を一件ずつ書くシートです。受験予定のものや失効したものも、状態を付けて書けます。"
    ),
    sections=(
        header_section(),
        Section(
            "qualifications",
            "免許・資格",
            Writer.PERSON,
            (
                repeat(
                    "qualifications",
                    "免許・資格",
                    (
                        text("name", "免許・資格の名称", max_length=100),
                        year_month(
                            "acquired",
                            "取得年月",
                            allow_future=True,
                            help_text="受験予定のときは受験予定の年月を書きます。",
                        ),
                        text("authority", "実施・認定機関の名称", max_length=100),
                        choice("status", "状態", STATUSES),
                        textarea(
                            "notes",
                            "免許・資格の内容等",
                            max_length=500,
                            box=SheetBox.QUALIFICATION_NOTES,
                            help_text="普通自動車免許など広く知られたものは書かなくてかまいません。",
                        ),
                    ),
                    max_rows=50,
                    order_by=("acquired",),
                    rules=(FutureOnlyWhen("acquired", "status", ("scheduled",)),),
                ),
            ),
        ),
    ),
)
