"""The demo flows: one per box of 様式1-1 / 1-2 and for 様式2's 職務内容; every combination of every
flow reads as natural です・ます Japanese; and for two flows every expected sentence is written out
below and compared with what the builder makes, for all of their combinations."""

import itertools

import pytest

from content.taxonomy import SheetBox
from sentences import composer, lint
from sentences.models import SentenceFlow

pytestmark = pytest.mark.demo

REQUIRED_BOXES = {
    SheetBox.VALUES_INTERESTS,
    SheetBox.STRENGTHS,
    SheetBox.FUTURE_WORK,
    SheetBox.NEXT_ACTIONS,
    SheetBox.SCHOOL_ACTIVITIES,
    SheetBox.JOB_DUTIES,
}


def demo_spec(slug):
    return SentenceFlow.objects.get(slug=slug, locale__language_code="ja").spec()


@pytest.mark.django_db
def test_every_box_of_the_career_plan_and_the_duties_has_a_flow():
    flows = SentenceFlow.objects.filter(locale__language_code="ja", active=True)
    assert {flow.box for flow in flows} >= {box.value for box in REQUIRED_BOXES}
    for flow in flows:
        spec = flow.spec()
        assert 3 <= len(spec.questions) <= 6, flow.slug
        assert composer.check_spec(spec) == [], flow.slug


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug",
    ["job-duties", "future-work", "values-interests", "strengths", "next-actions", "school-activities"],
)
def test_every_combination_reads_naturally(slug):
    """No doubled particle (「をを」), no 「ですです」, every sentence ends in です・ます and 「。」,
    nothing left unreplaced — for every combination of answers."""
    spec = demo_spec(slug)
    seen = set()
    count = 0
    for answers in composer.combinations(spec):
        text = composer.compose_text(spec, answers)
        assert lint.problems(text) == [], (answers, text)
        assert "{" not in text and "  " not in text
        seen.add(text)
        count += 1
    assert count == composer.combination_count(spec) > 100
    assert len(seen) == count, "different answers give different drafts"


# job-duties -----------------------------------------------------------------------------------

WORKPLACES = {
    "store": "店舗",
    "office": "事務所",
    "care": "介護施設",
    "factory": "工場",
    "logistics": "物流センター",
}
POSITIONS = {"staff": "スタッフの一員", "leader": "リーダー", "manager": "責任者"}
# Every answer to 「主に担当した仕事」 (up to three, in list order), as the sentence ends with it.
TASKS = {
    ("customer",): "お客様や利用者への対応を行いました",
    ("documents",): "書類やデータの作成と管理をしました",
    ("stock",): "商品や資材の在庫を管理しました",
    ("training",): "新人の指導を受け持ちました",
    ("planning",): "日々の作業の段取りを組みました",
    ("customer", "documents"): "お客様や利用者への対応を行い、書類やデータの作成と管理をしました",
    ("customer", "stock"): "お客様や利用者への対応を行い、商品や資材の在庫を管理しました",
    ("customer", "training"): "お客様や利用者への対応を行い、新人の指導を受け持ちました",
    ("customer", "planning"): "お客様や利用者への対応を行い、日々の作業の段取りを組みました",
    ("documents", "stock"): "書類やデータの作成と管理をし、商品や資材の在庫を管理しました",
    ("documents", "training"): "書類やデータの作成と管理をし、新人の指導を受け持ちました",
    ("documents", "planning"): "書類やデータの作成と管理をし、日々の作業の段取りを組みました",
    ("stock", "training"): "商品や資材の在庫を管理し、新人の指導を受け持ちました",
    ("stock", "planning"): "商品や資材の在庫を管理し、日々の作業の段取りを組みました",
    ("training", "planning"): "新人の指導を受け持ち、日々の作業の段取りを組みました",
    (
        "customer",
        "documents",
        "stock",
    ): "お客様や利用者への対応を行い、書類やデータの作成と管理をし、商品や資材の在庫を管理しました",
    (
        "customer",
        "documents",
        "training",
    ): "お客様や利用者への対応を行い、書類やデータの作成と管理をし、新人の指導を受け持ちました",
    (
        "customer",
        "documents",
        "planning",
    ): "お客様や利用者への対応を行い、書類やデータの作成と管理をし、日々の作業の段取りを組みました",
    (
        "customer",
        "stock",
        "training",
    ): "お客様や利用者への対応を行い、商品や資材の在庫を管理し、新人の指導を受け持ちました",
    (
        "customer",
        "stock",
        "planning",
    ): "お客様や利用者への対応を行い、商品や資材の在庫を管理し、日々の作業の段取りを組みました",
    (
        "customer",
        "training",
        "planning",
    ): "お客様や利用者への対応を行い、新人の指導を受け持ち、日々の作業の段取りを組みました",
    (
        "documents",
        "stock",
        "training",
    ): "書類やデータの作成と管理をし、商品や資材の在庫を管理し、新人の指導を受け持ちました",
    (
        "documents",
        "stock",
        "planning",
    ): "書類やデータの作成と管理をし、商品や資材の在庫を管理し、日々の作業の段取りを組みました",
    (
        "documents",
        "training",
        "planning",
    ): "書類やデータの作成と管理をし、新人の指導を受け持ち、日々の作業の段取りを組みました",
    (
        "stock",
        "training",
        "planning",
    ): "商品や資材の在庫を管理し、新人の指導を受け持ち、日々の作業の段取りを組みました",
}
ACHIEVEMENTS = {
    "faster": "また、作業の手順を見直して、時間を短くしました。",
    "manual": "また、マニュアルを作って、引き継ぎをしやすくしました。",
    "feedback": "また、お客様や利用者の声を集めて、サービスの改善につなげました。",
    "none": "",
}


@pytest.mark.django_db
def test_job_duties_every_combination_gives_the_expected_sentences():
    spec = demo_spec("job-duties")
    combos = itertools.product(WORKPLACES, POSITIONS, TASKS, ACHIEVEMENTS)
    checked = 0
    for workplace, position, tasks, achievement in combos:
        answers = {
            "workplace": (workplace,),
            "position": (position,),
            "tasks": tasks,
            "achievement": (achievement,),
        }
        first = f"{WORKPLACES[workplace]}で、{POSITIONS[position]}として{TASKS[tasks]}。"
        expected = first + ACHIEVEMENTS[achievement]
        assert composer.compose_text(spec, answers) == expected
        checked += 1
    assert checked == composer.combination_count(spec) == 1500


@pytest.mark.django_db
def test_job_duties_full_examples():
    spec = demo_spec("job-duties")
    assert composer.compose_text(
        spec,
        {
            "workplace": ("care",),
            "position": ("leader",),
            "tasks": ("customer", "training"),
            "achievement": ("manual",),
        },
    ) == (
        "介護施設で、リーダーとしてお客様や利用者への対応を行い、新人の指導を受け持ちました。"
        "また、マニュアルを作って、引き継ぎをしやすくしました。"
    )
    assert (
        composer.compose_text(
            spec,
            {
                "workplace": ("factory",),
                "position": ("staff",),
                "tasks": ("planning",),
                "achievement": ("none",),
            },
        )
        == "工場で、スタッフの一員として日々の作業の段取りを組みました。"
    )


# future-work: the particle belongs to the phrase that governs the field (の, に) ----------------

HOW = {
    ("people", "care"): "介護・福祉の現場で、人と直接関わりたい",
    ("people", "it"): "ITの現場で、人と直接関わりたい",
    ("people", "making"): "ものづくりの現場で、人と直接関わりたい",
    ("people", "sales"): "販売・サービスの現場で、人と直接関わりたい",
    ("people", "office"): "事務の現場で、人と直接関わりたい",
    ("expertise", "care"): "介護・福祉の専門知識を身に付けて、仕事に生かしたい",
    ("expertise", "it"): "ITの専門知識を身に付けて、仕事に生かしたい",
    ("expertise", "making"): "ものづくりの専門知識を身に付けて、仕事に生かしたい",
    ("expertise", "sales"): "販売・サービスの専門知識を身に付けて、仕事に生かしたい",
    ("expertise", "office"): "事務の専門知識を身に付けて、仕事に生かしたい",
    ("lead", "care"): "介護・福祉の分野で経験を積み、チームをまとめる立場を目指したい",
    ("lead", "it"): "ITの分野で経験を積み、チームをまとめる立場を目指したい",
    ("lead", "making"): "ものづくりの分野で経験を積み、チームをまとめる立場を目指したい",
    ("lead", "sales"): "販売・サービスの分野で経験を積み、チームをまとめる立場を目指したい",
    ("lead", "office"): "事務の分野で経験を積み、チームをまとめる立場を目指したい",
    ("new", "care"): "介護・福祉に携わりながら、新しい仕事に挑戦したい",
    ("new", "it"): "ITに携わりながら、新しい仕事に挑戦したい",
    ("new", "making"): "ものづくりに携わりながら、新しい仕事に挑戦したい",
    ("new", "sales"): "販売・サービスに携わりながら、新しい仕事に挑戦したい",
    ("new", "office"): "事務に携わりながら、新しい仕事に挑戦したい",
}
TIMELINES = {"soon": "1年以内に", "three": "3年後までに", "five": "5年ほどかけて"}
STYLES = {
    "stable": "働き方としては、正社員として、長く安定して働きたいと思っています。",
    "balance": "働き方としては、家庭と両立できるよう、時間を調整しながら働きたいと思っています。",
    "remote": "働き方としては、在宅勤務なども取り入れて、柔軟に働きたいと思っています。",
    "local": "働き方としては、住み慣れた地域で働きたいと思っています。",
}


@pytest.mark.django_db
def test_future_work_every_combination_gives_the_expected_sentences():
    spec = demo_spec("future-work")
    checked = 0
    for (how, field), timeline, style in itertools.product(HOW, TIMELINES, STYLES):
        answers = {"field": (field,), "how": (how,), "timeline": (timeline,), "style": (style,)}
        expected = f"{TIMELINES[timeline]}、{HOW[(how, field)]}と考えています。{STYLES[style]}"
        assert composer.compose_text(spec, answers) == expected
        checked += 1
    assert checked == composer.combination_count(spec) == 240


@pytest.mark.django_db
def test_future_work_full_example():
    spec = demo_spec("future-work")
    assert composer.compose(
        spec, {"field": ("it",), "how": ("new",), "timeline": ("three",), "style": ("remote",)}
    ) == [
        "3年後までに、ITに携わりながら、新しい仕事に挑戦したいと考えています。",
        "働き方としては、在宅勤務なども取り入れて、柔軟に働きたいと思っています。",
    ]


@pytest.mark.django_db
def test_strengths_uses_the_second_variant_when_there_is_no_weakness():
    spec = demo_spec("strengths")
    base = {"strength": ("listening",), "scene": ("customer",), "coping": ("list",)}
    assert composer.compose(spec, {**base, "weakness": ("alone",)}) == [
        "私の強みは、相手の話を丁寧に聞く力です。",
        "例えば、お客様の要望を丁寧に聞き取り、満足していただける提案をした経験があります。",
        "一方で、一人で抱え込みがちなことが弱みだと感じているため、やるべきことを書き出して、優先順位をつけるようにしています。",
    ]
    assert composer.compose(spec, {**base, "weakness": ("none",)})[-1] == (
        "また、日頃からやるべきことを書き出して、優先順位をつけるようにしています。"
    )
