"""様式1-1 and 様式1-2: キャリア・プランシート."""

from content.taxonomy import Sheet, SheetBox

from .base import Section, SheetDefinition, Writer, textarea
from .common import consultant_section, header_section

VERSION = "2018.1"
VALID_FROM = "2018-04-01"  # whole-set revision of the sheets


def career_plan_section() -> Section:
    """The four topics both career plan sheets share, one free-text box each (2018 revision)."""
    return Section(
        "career_plan",
        "キャリア・プラン",
        Writer.PERSON,
        (
            textarea(
                "values_interests",
                "価値観、興味、関心事項等",
                box=SheetBox.VALUES_INTERESTS,
                help_text="仕事や生活で大切にしていること、興味や関心のあることを書きます。",
            ),
            textarea(
                "strengths",
                "強み等",
                box=SheetBox.STRENGTHS,
                help_text="自分の強みと、弱みへの向き合い方を書きます。",
            ),
            textarea(
                "future_work",
                "将来取り組みたい仕事や働き方等",
                box=SheetBox.FUTURE_WORK,
                help_text="これから就きたい仕事や、望む働き方を書きます。",
            ),
            textarea(
                "next_actions",
                "これから取り組むこと等",
                box=SheetBox.NEXT_ACTIONS,
                help_text="身に付けたい知識や技能と、その方法を書きます。仕事以外の生活のことも書けます。",
            ),
        ),
    )


SHEET_1_1 = SheetDefinition(
    code=Sheet.CAREER_PLAN_EXPERIENCED.value,
    version=VERSION,
    valid_from=VALID_FROM,
    title="様式1-1 キャリア・プランシート（就業経験がある方用）",
    description="就業経験がある方が、価値観・強み・将来の仕事・これから取り組むことを整理するシートです。",
    sections=(header_section(), career_plan_section(), consultant_section()),
)

SHEET_1_2 = SheetDefinition(
    code=Sheet.CAREER_PLAN_STUDENT.value,
    version=VERSION,
    valid_from=VALID_FROM,
    title="様式1-2 キャリア・プランシート（就業経験がない方、学卒者等用）",
    description=(
        "学生や就業経験がない方のためのシートです。学校や学校以外で取り組んだことに続き、"
        "様式1-1と同じ四つの項目を書きます。就職後は様式1-1へ内容を引き継げます。"
    ),
    sections=(
        header_section(),
        Section(
            "activities",
            "学校や学校以外で取り組んだこと",
            Writer.PERSON,
            (
                textarea(
                    "school_activities",
                    "学校や学校以外で取り組んだこと",
                    box=SheetBox.SCHOOL_ACTIVITIES,
                    help_text="学業、インターンシップ、部活動・サークル、ボランティア活動などを書きます。",
                ),
            ),
        ),
        career_plan_section(),
        consultant_section(),
    ),
)
