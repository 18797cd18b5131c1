"""様式3-3: 職業能力証明（訓練成果・実務成果）シート, all seven variants.

3-3-1-1 (企業実習・OJT用) is defined in full; the other variants share its parts (basic abilities,
technical abilities, 総評, roles) and differ in the first section (what was evaluated) and in who
rates (a company or a training body). The criteria of the basic ability units are this site's
wording, modelled on the MHLW model evaluation sheets (モデル評価シート).
"""

from .base import (
    DateOrder,
    Section,
    SheetDefinition,
    Writer,
    boolean,
    choice,
    date,
    group,
    repeat,
    text,
    textarea,
)

VERSION = "2018.1"
VALID_FROM = "2018-04-01"
TITLE = "職業能力証明（訓練成果・実務成果）シート"

RATINGS = (
    ("A", "常にできている"),
    ("B", "大体できている"),
    ("C", "評価しない"),
)
RATING_HELP = "A：常にできている　B：大体できている　C：評価しない（該当しない場合は「／」と印字されます）"

# 職務遂行のための基本的能力: (key, unit, what it is, criteria — at most five).
BASIC_ABILITY_UNITS = (
    (
        "work_attitude",
        "働く意識と取組",
        "自らの職業意識・勤労観を持ち、職務に取り組む能力",
        (
            "法令や職場のルール、慣行などを守っている。",
            "出勤時間や約束の時間など、定められた時間を守っている。",
            "仕事の目的を理解し、自分なりの目標を持って取り組んでいる。",
            "職業人としての自覚を持ち、指示を待たずに自分から仕事に取り組んでいる。",
            "職場の安全や衛生に気を配り、決められた手順で作業している。",
        ),
    ),
    (
        "responsibility",
        "責任感",
        "社会の一員としての自覚を持って、主体的に職務を遂行する能力",
        (
            "引き受けた仕事は、途中で投げ出さずに最後までやり遂げている。",
            "上司・同僚・顧客との約束事を、誠実に守っている。",
            "職務上知り得た情報を、許可なく外部に漏らしていない。",
            "自分のミスや失敗を素直に認め、その解決や再発防止に努めている。",
        ),
    ),
    (
        "business_manners",
        "ビジネスマナー",
        "円滑に職務を遂行するために、マナーの良い対応を行う能力",
        (
            "職場にふさわしい身だしなみをしている。",
            "場面に応じた挨拶をしている。",
            "相手の立場や気持ちに配慮した言葉遣いや態度で接している。",
            "電話応対や来客応対を、職場のやり方に沿って行っている。",
        ),
    ),
    (
        "communication",
        "コミュニケーション",
        "適切な自己表現を行い、双方向の意思疎通を図る能力",
        (
            "相手の話を最後まで聴き、内容を正しく理解している。",
            "自分の考えや意見を、相手に分かりやすく伝えている。",
            "報告・連絡・相談を、適切な時機に行っている。",
            "指示を受けたときは、メモや復唱で内容を確かめている。",
        ),
    ),
    (
        "teamwork",
        "チームワーク",
        "協調性を発揮して、職務を遂行する能力",
        (
            "職場の仲間と協力して、仕事を進めている。",
            "自分の役割を理解し、チームの目標に向けて行動している。",
            "周囲の状況に気を配り、困っている人がいれば手助けしている。",
            "自分と異なる意見や立場も尊重している。",
        ),
    ),
    (
        "challenge",
        "チャレンジ意欲",
        "行動力・実行力を発揮して、職務を遂行する能力",
        (
            "新しい仕事や難しい仕事にも、前向きに取り組んでいる。",
            "自分の能力を高めるために、自ら学んでいる。",
            "改善すべき点に気付いたときは、提案している。",
            "失敗を恐れず、目標に向かって粘り強く取り組んでいる。",
        ),
    ),
    (
        "thinking",
        "考える力",
        "向上心・探求心を持って、職務を遂行する能力",
        (
            "仕事の目的や背景を理解し、優先順位を考えて進めている。",
            "問題が起きたときは、原因を考え、解決策を検討している。",
            "仕事の手順を工夫し、効率よく進めている。",
            "前例にとらわれず、より良い方法を考えている。",
        ),
    ),
)


def _ratings(rater_label: str):
    return (
        choice("self_rating", "自己評価", RATINGS, writer=Writer.PERSON),
        choice("company_rating", rater_label, RATINGS, writer=Writer.COMPANY),
    )


def basic_abilities_section(rater_label: str) -> Section:
    units = tuple(
        group(
            key,
            name,
            (
                group(f"c{i}", criterion, _ratings(rater_label))
                for i, criterion in enumerate(criteria, start=1)
            ),
            help_text=what,
        )
        for key, name, what, criteria in BASIC_ABILITY_UNITS
    )
    return Section(
        "basic_abilities",
        "職務遂行のための基本的能力",
        Writer.COMPANY,
        (group("basic_abilities", "職務遂行のための基本的能力", units),),
        help_text="すべての職務に共通する能力です。基準ごとに、本人が自己評価を、"
        + rater_label
        + "を記入します。"
        + RATING_HELP,
    )


def _criteria_rows(key: str, label: str, rater_label: str):
    return repeat(
        key,
        label,
        (
            text("unit", "能力ユニット", max_length=100),
            textarea("criterion", "職務遂行のための基準", max_length=300),
            *_ratings(rater_label),
        ),
        max_rows=30,
        rows_by=Writer.COMPANY,
        help_text="職種ごとのモデル評価シートなどから基準を選んで記入します。行は企業・訓練実施機関が追加し、本人が自己評価を記入します。",
    )


def technical_abilities_section(rater_label: str) -> Section:
    return Section(
        "technical_abilities",
        "技能・技術に関する能力",
        Writer.COMPANY,
        (
            _criteria_rows("technical_basic", "（1）基本的事項", rater_label),
            _criteria_rows("technical_specialised", "（2）専門的事項", rater_label),
        ),
        help_text="基準の行は企業・訓練実施機関が記入し、本人が自己評価を記入します。" + RATING_HELP,
    )


def overall_section() -> Section:
    return Section(
        "overall",
        "総評",
        Writer.COMPANY,
        (
            textarea(
                "overall_comment",
                "総評",
                help_text=(
                    "自己評価と評価が異なる項目はその理由を、目標に届かなかった項目は今後への助言を書きます。"
                ),
            ),
        ),
    )


def roles_section() -> Section:
    def person(key: str, role: str):
        return (
            text(f"{key}_name", f"{role}の氏名", max_length=50),
            text(f"{key}_position", f"{role}の所属・役職", max_length=100),
        )

    return Section(
        "roles",
        "評価者",
        Writer.COMPANY,
        (
            *person("instructor", "指導担当者"),
            *person("evaluator", "評価担当者"),
            *person("responsible", "評価責任者"),
            date("evaluation_date", "評価実施日"),
        ),
        help_text="評価責任者は評価を確定し、本人からの異議の申し出に対応します。",
    )


def ojt_section(*, planned: bool) -> Section:
    """職務内容: set by the company (before the training for OJT, afterwards for experience)."""
    return Section(
        "duties",
        "職務内容",
        Writer.COMPANY,
        (
            text("company_name", "企業名", max_length=100),
            date("period_from", "期間（開始）", allow_future=planned),
            date("period_to", "期間（終了）", allow_future=planned),
            text(
                "job_category", "職務の分類", max_length=100, help_text="例：一般事務、機械加工、介護サービス"
            ),
            textarea("duty_content", "職務内容"),
        ),
        rules=(DateOrder("period_from", "period_to"),),
    )


def training_section() -> Section:
    return Section(
        "training",
        "訓練の概要",
        Writer.COMPANY,
        (
            text("institution_name", "訓練実施機関名", max_length=100),
            text("course_name", "訓練コース名", max_length=100),
            date("period_from", "訓練期間（開始）", allow_future=True),
            date("period_to", "訓練期間（終了）", allow_future=True),
            textarea("training_goal", "訓練の目標（仕上がり像）", max_length=500),
        ),
        rules=(DateOrder("period_from", "period_to"),),
    )


def subjects_section(rater_label: str) -> Section:
    return Section(
        "subjects",
        "科目ごとの評価",
        Writer.COMPANY,
        (
            repeat(
                "subjects",
                "科目",
                (
                    text("name", "科目名", max_length=100),
                    textarea("content", "科目の内容", max_length=300),
                    text("hours", "訓練時間", max_length=10, help_text="例：24時間"),
                    *_ratings(rater_label),
                ),
                max_rows=40,
                rows_by=Writer.COMPANY,
            ),
        ),
    )


def consent_section(covers: tuple[str, ...]) -> Section:
    """本人同意: the person agrees to what the company or training body wrote. Any change they make
    to their parts afterwards clears it (``consent_covers``); until then nothing of theirs is final."""
    return Section(
        "person_consent",
        "本人同意",
        Writer.PERSON,
        (
            boolean(
                "person_agreed",
                "本人同意済み",
                help_text="評価の内容を確認し、同意したことを示します。評価が変更されると同意は取り消されます。",
            ),
        ),
        help_text="企業・訓練実施機関が記入した評価は、本人が同意すると確定します。",
        consent_field="person_agreed",
        consent_covers=covers,
    )


def _sheet(code: str, variant: str, description: str, sections) -> SheetDefinition:
    return SheetDefinition(
        code=code,
        version=VERSION,
        valid_from=VALID_FROM,
        title=f"様式{code} {TITLE}（{variant}）",
        description=description,
        sections=tuple(sections),
    )


def _full(first: Section, rater_label: str):
    return (
        first,
        basic_abilities_section(rater_label),
        technical_abilities_section(rater_label),
        overall_section(),
        roles_section(),
        consent_section((first.key, "basic_abilities", "technical_abilities", "overall", "roles")),
    )


COMPANY_RATING = "企業評価"
TRAINING_RATING = "訓練実施機関評価"

SHEET_3_3_1_1 = _sheet(
    "3-3-1-1",
    "企業実習・OJT用",
    "企業実習・OJTの成果を企業が評価し、本人の自己評価と並べて記録するシートです。",
    _full(ojt_section(planned=True), COMPANY_RATING),
)
SHEET_3_3_1_2 = _sheet(
    "3-3-1-2",
    "在職労働者の実務経験の評価用",
    "在職中の労働者の実務経験を、企業が評価するシートです。",
    _full(ojt_section(planned=False), COMPANY_RATING),
)
SHEET_3_3_2_1 = _sheet(
    "3-3-2-1",
    "離職者訓練（高齢・障害・求職者雇用支援機構用）",
    "高齢・障害・求職者雇用支援機構が実施する離職者訓練の成果を評価するシートです。",
    _full(training_section(), TRAINING_RATING),
)
SHEET_3_3_2_2 = _sheet(
    "3-3-2-2",
    "離職者訓練（都道府県等）用",
    "都道府県等が実施する離職者訓練の成果を評価するシートです。",
    _full(training_section(), TRAINING_RATING),
)
SHEET_3_3_2_3 = _sheet(
    "3-3-2-3",
    "学卒者訓練用",
    "学卒者訓練の成果を評価するシートです。",
    _full(training_section(), TRAINING_RATING),
)
SHEET_3_3_3 = _sheet(
    "3-3-3",
    "求職者支援訓練用",
    "求職者支援訓練の成果を評価するシートです。",
    _full(training_section(), TRAINING_RATING),
)
SHEET_3_3_4 = _sheet(
    "3-3-4",
    "科目ごとに評価している教育訓練用",
    "科目ごとに評価している教育訓練の成果を、科目単位で記録するシートです。",
    (
        training_section(),
        subjects_section(TRAINING_RATING),
        overall_section(),
        roles_section(),
        consent_section(("training", "subjects", "overall", "roles")),
    ),
)
