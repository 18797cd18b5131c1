"""The three checks, as data: our own question items (written for this site — job tag's test items
must not be copied, its terms of use article 8), their answer scales and what they measure.

- ``INTEREST``: Holland's six types (RIASEC), 7 activities each (42 items), answered on a
  five-point "would you like to do it" scale. The result is a three-letter code.
- ``VALUES``: the 11 work values job tag describes occupations with (so the two can be compared),
  2 items each (22 items), answered on a five-point importance scale.
- ``STRENGTHS``: 8 strengths, 3 items each (24 items), answered on a five-point "how well does it
  describe you" scale. Each strength names the job tag skills it shows in, so a proposed
  occupation can say where a strength would be used.

Items are shown interleaved (one of each dimension in turn) so the dimensions are not obvious.
A check's ``version`` changes whenever its items or scale change; stored answers keep theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

INTEREST = "interest"
VALUES = "values"
STRENGTHS = "strengths"
KINDS = (INTEREST, VALUES, STRENGTHS)


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str
    description: str
    letter: str = ""
    skills: tuple[str, ...] = ()  # job tag skill keys a strength shows in
    hint: str = ""  # how to put a strength into words on the Job Card


@dataclass(frozen=True)
class Item:
    id: str
    dimension: str
    text: str


@dataclass(frozen=True)
class Check:
    kind: str
    version: str
    title: str
    short_title: str
    lead: str
    question: str
    scale: tuple[tuple[int, str], ...]
    dimensions: tuple[Dimension, ...]
    items: tuple[Item, ...] = field(default=())
    minutes: int = 5

    def dimension(self, key: str) -> Dimension:
        return next(d for d in self.dimensions if d.key == key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.dimensions)


def _interleave(prefix_texts: dict[str, tuple[str, ...]]) -> tuple[Item, ...]:
    rounds = max(len(texts) for texts in prefix_texts.values())
    items = []
    for index in range(rounds):
        for key, texts in prefix_texts.items():
            if index < len(texts):
                items.append(Item(f"{key}-{index + 1}", key, texts[index]))
    return tuple(items)


RIASEC = (
    Dimension(
        "realistic",
        _("現実的"),
        _("道具や機械を使ったり体を動かしたりして、形のあるものを扱うことに興味があるタイプです。"),
        "R",
    ),
    Dimension(
        "investigative",
        _("研究的"),
        _("調べる・考える・分析することで、物事の仕組みや理由を明らかにすることに興味があるタイプです。"),
        "I",
    ),
    Dimension(
        "artistic",
        _("芸術的"),
        _("文章・絵・音楽・デザインなどで、自分なりの表現をすることに興味があるタイプです。"),
        "A",
    ),
    Dimension(
        "social",
        _("社会的"),
        _("人を助けたり、教えたり、世話をしたりして、人の役に立つことに興味があるタイプです。"),
        "S",
    ),
    Dimension(
        "enterprising",
        _("企業的"),
        _("人をまとめたり説得したりして、目標や事業を前に進めることに興味があるタイプです。"),
        "E",
    ),
    Dimension(
        "conventional",
        _("慣習的"),
        _("決まった手順に沿って、情報や数字を正確に整理することに興味があるタイプです。"),
        "C",
    ),
)

INTEREST_CHECK = Check(
    kind=INTEREST,
    version="2026.1",
    title=_("興味のタイプ診断"),
    short_title=_("興味"),
    lead=_(
        "42の活動について、やってみたいかどうかを答えてください。経験がなくてもかまいません。"
        "上手にできるかどうかではなく、興味があるかどうかで選んでください。"
    ),
    question=_("次の活動を、やってみたいと思いますか。"),
    scale=(
        (5, _("やってみたい")),
        (4, _("やや やってみたい")),
        (3, _("どちらともいえない")),
        (2, _("あまり やりたくない")),
        (1, _("やりたくない")),
    ),
    dimensions=RIASEC,
    minutes=7,
    items=_interleave(
        {
            "realistic": (
                _("工具を使って、壊れた家具や自転車を直す"),
                _("機械の仕組みを調べながら、組み立てたり分解したりする"),
                _("畑や庭で、野菜や花を育てる"),
                _("木や金属を加工して、形のあるものを作る"),
                _("大きな車や重機を運転する"),
                _("屋外で体を動かしながら作業する"),
                _("電気の配線や設備を点検する"),
            ),
            "investigative": (
                _("実験や観察をして、結果を記録する"),
                _("なぜそうなるのかを、資料を読んで突き止める"),
                _("データを集めて、傾向をグラフや表で分析する"),
                _("科学や技術の新しい発見についての記事を読む"),
                _("難しい問題を、筋道を立てて考え抜く"),
                _("体や病気の仕組みについて詳しく学ぶ"),
                _("プログラムを書いて、問題を解く方法を試す"),
            ),
            "artistic": (
                _("絵やイラスト、デザインを描く"),
                _("文章や物語、詩を書く"),
                _("楽器を演奏したり、曲を作ったりする"),
                _("写真や動画を撮って、編集する"),
                _("部屋やお店の飾りつけ、インテリアを考える"),
                _("演劇やダンスなどで、自分を表現する"),
                _("今までにないアイデアを、作品の形にする"),
            ),
            "social": (
                _("困っている人の相談に乗る"),
                _("子どもに勉強や遊びを教える"),
                _("お年寄りや体の不自由な人の暮らしを手伝う"),
                _("病気やけがをした人の手当てや世話をする"),
                _("初めての人に、やり方を分かりやすく説明する"),
                _("ボランティア活動で、地域の役に立つ"),
                _("人の話をじっくり聴いて、気持ちに寄り添う"),
            ),
            "enterprising": (
                _("グループのリーダーとして、みんなをまとめる"),
                _("商品やサービスの良さを伝えて、買ってもらう"),
                _("新しい事業やお店を立ち上げる計画を立てる"),
                _("会議で意見を述べて、話し合いを前に進める"),
                _("目標の数字を決めて、達成に向けて人を動かす"),
                _("相手と交渉して、条件をまとめる"),
                _("イベントを企画し、人を集めて実行する"),
            ),
            "conventional": (
                _("書類やデータを、決まった形式で整理する"),
                _("お金の出し入れを、正確に帳簿につける"),
                _("手順やルールに沿って、ミスなく作業を進める"),
                _("表計算ソフトで、数字を集計して確かめる"),
                _("予定や在庫を管理して、抜けや漏れを防ぐ"),
                _("文書の誤字や数字の間違いを見つける"),
                _("決められた仕事を、毎日同じように正確にこなす"),
            ),
        }
    ),
)

WORK_VALUES = (
    Dimension("achievement", _("達成感"), _("やり遂げた手応えや、目標を達成する喜びを感じられること。")),
    Dimension("autonomy", _("自律性"), _("仕事の進め方を自分で考え、決められること。")),
    Dimension("expertise", _("専門性"), _("専門的な知識や技術を生かし、磨いていけること。")),
    Dimension("self_growth", _("自己成長"), _("新しいことを学び、できることを増やしていけること。")),
    Dimension(
        "social_recognition", _("社会的認知・地位"), _("周りから認められ、責任ある立場を得られること。")
    ),
    Dimension("service_contribution", _("奉仕・社会貢献"), _("人や社会の役に立っていると実感できること。")),
    Dimension("good_relationships", _("良好な対人関係"), _("職場の人やお客さまと、よい関係を築けること。")),
    Dimension("workplace_safety", _("労働安全衛生"), _("安全で、心身の健康に配慮された環境で働けること。")),
    Dimension(
        "work_life_balance", _("私生活との両立"), _("家庭や趣味など、仕事以外の時間を大切にできること。")
    ),
    Dimension("stability", _("雇用や生活の安定性"), _("長く安心して働き、生活の見通しを立てられること。")),
    Dimension("compensation", _("報酬や収入"), _("働きに見合った、十分な収入を得られること。")),
)

VALUES_CHECK = Check(
    kind=VALUES,
    version="2026.1",
    title=_("仕事の価値観診断"),
    short_title=_("価値観"),
    lead=_(
        "仕事を選ぶときや働くときに、何を大切にしたいかを確かめます。22の項目について、どのくらい大切かを答えてください。"
    ),
    question=_("仕事をするうえで、次のことはどのくらい大切ですか。"),
    scale=(
        (5, _("とても大切")),
        (4, _("大切")),
        (3, _("どちらともいえない")),
        (2, _("あまり大切ではない")),
        (1, _("大切ではない")),
    ),
    dimensions=WORK_VALUES,
    minutes=4,
    items=_interleave(
        {
            "achievement": (
                _("やり遂げたという手応えを感じられること"),
                _("力を出し切って挑める目標があること"),
            ),
            "autonomy": (
                _("仕事の進め方を自分で決められること"),
                _("細かく指示されずに、任せてもらえること"),
            ),
            "expertise": (
                _("専門的な知識や技術を生かせること"),
                _("その道のプロと呼ばれる腕を磨けること"),
            ),
            "self_growth": (
                _("新しいことを学び続けられること"),
                _("経験を積むほど、できることが増えていくこと"),
            ),
            "social_recognition": (
                _("周りから認められ、一目置かれること"),
                _("責任ある立場や肩書きを得られること"),
            ),
            "service_contribution": (
                _("人や社会の役に立っていると実感できること"),
                _("困っている人を、直接支えられること"),
            ),
            "good_relationships": (
                _("職場の人と、気持ちよく協力し合えること"),
                _("お客さまや仲間と、信頼関係を築けること"),
            ),
            "workplace_safety": (
                _("けがや事故の心配が少ない環境で働けること"),
                _("心と体の健康に配慮された職場であること"),
            ),
            "work_life_balance": (
                _("家庭や趣味の時間をしっかり取れること"),
                _("働く時間や休みを調整しやすいこと"),
            ),
            "stability": (
                _("長く安心して働き続けられること"),
                _("景気に左右されにくく、収入の見通しが立つこと"),
            ),
            "compensation": (
                _("がんばりに応じて、収入が増えること"),
                _("暮らしに十分な給料を得られること"),
            ),
        }
    ),
)

STRENGTH_DIMENSIONS = (
    Dimension(
        "perseverance",
        _("やり抜く力"),
        _("始めたことを、途中であきらめずに最後までやり遂げる力です。"),
        skills=("monitoring", "time_management"),
        hint=_("最後までやり遂げた経験を、期間や成果の数字とともに書くと伝わります。"),
    ),
    Dimension(
        "planning",
        _("計画する力"),
        _("段取りを考え、優先順位をつけて、先を見通して準備する力です。"),
        skills=("time_management", "coordination", "material_resources_management"),
        hint=_("どんな段取りを組み、その結果どうなったかを書くと伝わります。"),
    ),
    Dimension(
        "problem_solving",
        _("課題を見つけて解く力"),
        _("うまくいかない原因を考え、改善の方法を見つけて実行する力です。"),
        skills=("complex_problem_solving", "critical_thinking", "troubleshooting"),
        hint=_("見つけた課題、考えた改善策、その効果の順に書くと伝わります。"),
    ),
    Dimension(
        "creativity",
        _("発想する力"),
        _("情報を組み合わせて、新しいアイデアや工夫を生み出す力です。"),
        skills=("technology_design", "active_learning"),
        hint=_("自分の工夫で何が変わったかを、具体的な場面とともに書くと伝わります。"),
    ),
    Dimension(
        "communication",
        _("伝える力"),
        _("自分の考えを、相手に分かりやすく話したり書いたりする力です。"),
        skills=("speaking", "writing", "persuasion"),
        hint=_("誰に、何を、どう伝えて、相手がどう動いたかを書くと伝わります。"),
    ),
    Dimension(
        "listening",
        _("聴く力"),
        _("相手の話を最後まで聴き、気持ちや考えをくみ取る力です。"),
        skills=("active_listening", "social_perceptiveness", "service_orientation"),
        hint=_("相手の話を聴いたことで解決できた場面を書くと伝わります。"),
    ),
    Dimension(
        "teamwork",
        _("協力する力"),
        _("チームの中で役割を果たし、違う意見の人とも力を合わせる力です。"),
        skills=("coordination", "instructing", "social_perceptiveness"),
        hint=_("チームでの自分の役割と、協力して出した結果を書くと伝わります。"),
    ),
    Dimension(
        "accuracy",
        _("正確さ・ていねいさ"),
        _("ルールや手順を守り、細かいところまで確かめてミスなく仕上げる力です。"),
        skills=("quality_control_analysis", "monitoring", "operations_monitoring"),
        hint=_("ミスを防ぐためにしている工夫や、正確さが求められた仕事を書くと伝わります。"),
    ),
)

STRENGTHS_CHECK = Check(
    kind=STRENGTHS,
    version="2026.1",
    title=_("強みの診断"),
    short_title=_("強み"),
    lead=_(
        "ふだんの自分を思い浮かべて、24の文がどのくらい当てはまるかを答えてください。"
        "仕事・学校・家庭・地域活動など、どの場面のことでもかまいません。"
    ),
    question=_("次の文は、ふだんのあなたにどのくらい当てはまりますか。"),
    scale=(
        (5, _("とても当てはまる")),
        (4, _("やや当てはまる")),
        (3, _("どちらともいえない")),
        (2, _("あまり当てはまらない")),
        (1, _("当てはまらない")),
    ),
    dimensions=STRENGTH_DIMENSIONS,
    minutes=4,
    items=_interleave(
        {
            "perseverance": (
                _("一度始めたことは、最後までやり遂げる"),
                _("うまくいかなくても、やり方を変えて粘り強く続ける"),
                _("締め切りや約束の期日を守る"),
            ),
            "planning": (
                _("始める前に、段取りや手順を考える"),
                _("やることに優先順位をつけて進める"),
                _("先の予定を見通して、早めに準備する"),
            ),
            "problem_solving": (
                _("うまくいかない原因を考えて、改善策を出す"),
                _("今のやり方より良い方法がないか考える"),
                _("問題が起きたとき、落ち着いて対応を考える"),
            ),
            "creativity": (
                _("人が思いつかないアイデアを出すことがある"),
                _("いろいろな情報を組み合わせて、新しいことを考える"),
                _("ちょっとした工夫で、物事をやりやすくする"),
            ),
            "communication": (
                _("自分の考えを、相手に分かりやすく伝えられる"),
                _("人前で話したり、発表したりできる"),
                _("要点をまとめて、文章で伝えられる"),
            ),
            "listening": (
                _("相手の話を、さえぎらずに最後まで聴く"),
                _("相手の表情や様子から、気持ちを察する"),
                _("質問をして、相手の考えを引き出す"),
            ),
            "teamwork": (
                _("チームの中で、自分の役割を果たす"),
                _("意見の違う人とも、協力して進められる"),
                _("困っている仲間に、自分から声をかける"),
            ),
            "accuracy": (
                _("細かいところまで確かめてから仕上げる"),
                _("決められたルールや手順を守る"),
                _("同じ作業を、ミスなく続けられる"),
            ),
        }
    ),
)

CHECKS = {check.kind: check for check in (INTEREST_CHECK, VALUES_CHECK, STRENGTHS_CHECK)}
RIASEC_BY_LETTER = {dimension.letter: dimension for dimension in RIASEC}
