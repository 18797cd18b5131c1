"""様式3-2: 職業能力証明（学習歴・訓練歴）シート."""

from content.taxonomy import Sheet, SheetBox

from .base import FutureOnlyWhen, Section, SheetDefinition, Writer, choice, repeat, text, textarea
from .common import header_section, period_fields

STUDY_STATUSES = (
    ("graduated", "卒業"),
    ("completed", "修了"),
    ("withdrew", "中退"),
    ("enrolled", "在学中"),
    ("expected", "卒業見込み"),
)
TRAINING_STATUSES = (
    ("completed", "修了"),
    ("withdrew", "中退"),
    ("attending", "受講中"),
    ("scheduled", "受講予定"),
)

_study_period, _study_order = period_fields(allow_future_end=True)
_training_period, _training_order = period_fields(allow_future_end=True, allow_future_start=True)

SHEET_3_2 = SheetDefinition(
    code=Sheet.LEARNING.value,
    version="2018.1",
    valid_from="2018-04-01",
    title="様式3-2 職業能力証明（学習歴・訓練歴）シート",
    description="学校での学習歴と、職業訓練などの訓練歴を書くシートです。",
    sections=(
        header_section(),
        Section(
            "studies",
            "学習歴",
            Writer.PERSON,
            (
                repeat(
                    "studies",
                    "学習歴",
                    (
                        *_study_period,
                        text("school_name", "学校名", max_length=100),
                        text("faculty", "学部・学科・専攻", max_length=100),
                        choice("status", "状態", STUDY_STATUSES),
                        textarea(
                            "content",
                            "主な学習内容",
                            max_length=500,
                            box=SheetBox.STUDY_CONTENT,
                            help_text="専攻やゼミ、卒業研究などで学んだことを書きます。",
                        ),
                    ),
                    max_rows=20,
                    order_by=("period_from",),
                    rules=(_study_order, FutureOnlyWhen("period_to", "status", ("enrolled", "expected"))),
                ),
            ),
        ),
        Section(
            "trainings",
            "訓練歴",
            Writer.PERSON,
            (
                repeat(
                    "trainings",
                    "訓練歴",
                    (
                        *_training_period,
                        text("institution", "訓練機関名", max_length=100),
                        text("course", "訓練コース名", max_length=100),
                        textarea("content", "訓練内容", max_length=500),
                        choice("status", "状態", TRAINING_STATUSES),
                    ),
                    max_rows=20,
                    order_by=("period_from",),
                    rules=(
                        _training_order,
                        FutureOnlyWhen("period_from", "status", ("scheduled",)),
                        FutureOnlyWhen("period_to", "status", ("attending", "scheduled")),
                    ),
                ),
            ),
        ),
    ),
)
