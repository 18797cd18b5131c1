"""Guidance pages of the ジョブ・カード作成支援サイト demo.

制度趣旨 (OVERVIEW_PAGES), 作成方法 (HOWTO_PAGES), 活用方法 (USAGE_PAGES), 支援者向けガイダンス
(SUPPORTER_PAGES, with 導入事例), コラム (COLUMNS) and お知らせ (NOTICES).

Bodies are lists of (block_type, value) tuples; the small helpers below only build those tuples.
"""

URL_MHLW = "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/jinzaikaihatsu/jobcard.html"
URL_JOBCARD = "https://www.job-card.mhlw.go.jp/"
URL_JOBTAG = "https://shigoto.mhlw.go.jp/"
URL_HELLOWORK = "https://www.hellowork.mhlw.go.jp/"
URL_MYNA = "https://myna.go.jp/"


def _h2(text):
    return ("heading", {"text": text, "level": "h2"})


def _h3(text):
    return ("heading", {"text": text, "level": "h3"})


def _p(html):
    return ("paragraph", html)


def _callout(tone, title, text):
    return ("callout", {"tone": tone, "title": title, "text": text})


def _steps(title, steps):
    return ("steps", {"title": title, "steps": [{"title": t, "text": x} for t, x in steps]})


def _faq(title, audience):
    return ("faq_list", {"title": title, "audience": audience})


def _links(title, links):
    return ("related_links", {"title": title, "links": links})


def _page(title, key, description):
    return {"title": title, "page": key, "description": description}


def _url(title, url, description):
    return {"title": title, "url": url, "description": description}


def _examples(title, box, user_type="", job_field=""):
    return (
        "example_sentences",
        {
            "title": title,
            "box": box,
            "user_type": user_type,
            "job_field": job_field,
            "age_band": "",
            "experience": "",
        },
    )


def _sheet(sheet, intro):
    return ("sheet_form", {"sheet": sheet, "intro": intro})


# ---------------------------------------------------------------------------------------------
# 制度趣旨
# ---------------------------------------------------------------------------------------------

OVERVIEW_PAGES = [
    {
        "key": "overview-student",
        "slug": "overview-student",
        "audience": "student",
        "user_types": ["student"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "学生のみなさんへ：ジョブ・カードとは",
            "intro": (
                "ジョブ・カードは、学校での学びや課外活動を振り返り、これからの働き方を考えるための国のツールです。"
                "就職活動の準備にも、社会に出てからのキャリアづくりにも使えます。"
            ),
            "body": [
                _h2("ジョブ・カードは「自分の記録帳」です"),
                _p(
                    "<p>ジョブ・カードは、職業能力開発促進法第15条の4に定められた「職務経歴等記録書」です。"
                    "平成27年10月から、「生涯を通じたキャリア・プランニング」と「職業能力証明」のためのツールとして、"
                    "現在の形で運用されています。</p>"
                    "<p>難しく聞こえるかもしれませんが、中身はとてもシンプルです。"
                    "これまで学んだこと、取り組んだこと、取った資格、そしてこれからやってみたいことを、"
                    "決まった様式に書き留めていくものです。学生のうちに作っておくと、就職した後もそのまま書き足して使えます。</p>"
                ),
                _h2("学生が使う様式"),
                _p(
                    "<p>学生のみなさんが主に使うのは、次の3つの様式です。</p>"
                    "<ul>"
                    "<li><b>様式3-2 学習歴・訓練歴シート</b>：学校名や学部・学科、主な学習内容を書きます。</li>"
                    "<li><b>様式3-1 免許・資格シート</b>：運転免許や語学検定など、取得した資格や受験予定の試験を書きます。</li>"
                    "<li><b>様式1-2 キャリア・プランシート（就業経験がない方、学卒者等用）</b>："
                    "学校や学校以外で取り組んだこと、価値観や興味、強み、将来取り組みたい仕事などを書きます。</li>"
                    "</ul>"
                    "<p>アルバイトやインターンシップの経験がある方は、様式2 職務経歴シートに書いておくこともできます。</p>"
                ),
                _h2("学生のうちに作るメリット"),
                _p(
                    "<ul>"
                    "<li>ゼミやサークル、アルバイトなどの経験を言葉にすることで、自分の<b>強み</b>や関心が見えてきます。</li>"
                    "<li>エントリーシートや履歴書、<b>面接</b>で話す内容の土台になります。</li>"
                    "<li>学校のキャリアセンターやハローワークで相談するとき、あなたのことを短時間で伝えられます。</li>"
                    "<li>就職後は、このサイトの同期機能で様式1-2の内容を様式1-1に引き継ぎ、社会人としての記録を続けられます。</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "いつ作ればいいの？",
                    "<p>決まった時期はありません。就職活動が本格化する前、たとえばインターンシップに応募する頃に一度作っておくと、"
                    "その後の準備がぐっと楽になります。学年が上がるたびに見直すのもおすすめです。</p>",
                ),
                _h2("沿革"),
                _p(
                    "<p>ジョブ・カード制度は、働く人が自分の職業能力や経験を整理し、"
                    "企業や訓練機関との間で共通の言葉として示せるようにするために設けられました。"
                    "平成27年10月に現在の仕組みとなり、平成30年からは利用者や企業が様式の欄を統合・分割するなど、"
                    "使いやすいように工夫できるようになっています。"
                    "このサイトは、そのジョブ・カードをインターネット上で作成・保存・活用できるようにするものです。</p>"
                ),
                _faq("学生の方からよくある質問", "student"),
                _links(
                    "次に読む",
                    [
                        _page("すぐに作成する", "howto-quick", "記入例を見ながら自分で作成する手順です。"),
                        _page(
                            "学生の就職準備での活用",
                            "usage-student-job_search",
                            "エントリーシートや面接準備への生かし方を紹介します。",
                        ),
                        _url("ジョブ・カード制度総合サイト", URL_JOBCARD, "制度の詳しい情報や様式が掲載されています。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "For students: what is the Job Card?",
            "intro": (
                "The Job Card is a national tool for looking back on your studies and activities and thinking about "
                "how you want to work. It helps you prepare for job hunting and keeps serving you after you start work."
            ),
            "body": [
                _h2("The Job Card is your own record book"),
                _p(
                    "<p>The Job Card is the \"record of work history, etc.\" defined in Article 15-4 of the Human "
                    "Resources Development Promotion Act. Since October 2015 it has been operated in its current form "
                    "as a tool for lifelong career planning and for proving vocational ability.</p>"
                    "<p>It may sound formal, but it is simple: you write down what you have studied, what you have "
                    "worked on, the qualifications you hold and what you would like to do next, using set forms. "
                    "If you create one as a student, you can keep adding to it after you start work.</p>"
                ),
                _h2("The forms students use"),
                _p(
                    "<ul>"
                    "<li><b>Form 3-2 Education and training history</b>: your school, faculty and department, and "
                    "the main things you studied.</li>"
                    "<li><b>Form 3-1 Licences and qualifications</b>: licences and certificates you hold, or exams "
                    "you plan to take.</li>"
                    "<li><b>Form 1-2 Career Plan Sheet (for people without work experience)</b>: what you did in "
                    "and outside school, your values and interests, strengths and the work you want to do.</li>"
                    "</ul>"
                    "<p>If you have part-time job or internship experience, you can also record it on Form 2, the "
                    "Work History Sheet.</p>"
                ),
                _h2("Why create one as a student"),
                _p(
                    "<ul>"
                    "<li>Putting your seminars, clubs and part-time work into words shows you your "
                    "<b>strengths</b> and interests.</li>"
                    "<li>It becomes the basis for your entry sheets, résumé and what you say in <b>interviews</b>.</li>"
                    "<li>When you consult your school's career centre or Hello Work, it tells them about you quickly.</li>"
                    "<li>After you start work, the sync function carries Form 1-2 over to Form 1-1 so you can keep "
                    "your record going.</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "When should I create it?",
                    "<p>There is no set time. Creating one before job hunting gets busy, for example when you apply "
                    "for internships, makes later preparation much easier. Reviewing it each school year is also a "
                    "good habit.</p>",
                ),
                _h2("Background"),
                _p(
                    "<p>The Job Card system was created so that people can organise their skills and experience "
                    "and present them in a common language to companies and training providers. It took its current "
                    "form in October 2015, and since 2018 users and companies may merge or split columns to make the "
                    "forms easier to use. This site lets you create, save and use your Job Card online.</p>"
                ),
                _faq("Frequently asked questions from students", "student"),
                _links(
                    "Read next",
                    [
                        _page("Create it now", "howto-quick", "Steps for creating it yourself with examples."),
                        _page(
                            "Using it to prepare for job hunting (students)",
                            "usage-student-job_search",
                            "How to use it for entry sheets and interview preparation.",
                        ),
                        _url("Job Card System Portal", URL_JOBCARD, "Detailed information and the official forms."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "overview-adult",
        "slug": "overview-adult",
        "audience": "adult",
        "user_types": ["job_seeker", "employed"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "社会人のみなさんへ：ジョブ・カード制度の趣旨",
            "intro": (
                "ジョブ・カードは、これまでの職務経験や身につけた能力を整理し、これからのキャリアを考えるための国の制度です。"
                "転職や職業訓練、職場での面談など、さまざまな場面で活用できます。"
            ),
            "body": [
                _h2("ジョブ・カード制度の目的"),
                _p(
                    "<p>働き方や求められる能力が変わり続けるなかで、自分のキャリアを自分で考え、"
                    "必要な学び直しを続けていくことがますます大切になっています。"
                    "ジョブ・カードは、職業能力開発促進法第15条の4に定められた「職務経歴等記録書」で、"
                    "平成27年10月から「生涯を通じたキャリア・プランニング」と「職業能力証明」のツールとして運用されています。</p>"
                    "<p>これまでの仕事の内容や学んだこと、取得した資格、訓練の成果を一つの形式で記録しておくことで、"
                    "自分の強みを客観的に見直し、求職活動や社内でのキャリア形成に役立てることができます。</p>"
                ),
                _h2("ジョブ・カードを構成する様式"),
                _p(
                    "<ul>"
                    "<li><b>様式1-1 キャリア・プランシート（就業経験がある方用）</b>：価値観・興味、強み、"
                    "将来取り組みたい仕事や働き方、これから取り組むことを書きます。</li>"
                    "<li><b>様式2 職務経歴シート</b>：勤務した期間ごとに、職務内容と、そこで学んだこと・得られた知識や技能を書きます。</li>"
                    "<li><b>様式3-1 免許・資格シート</b>：免許・資格の名称、取得年月、認定機関などを書きます。</li>"
                    "<li><b>様式3-2 学習歴・訓練歴シート</b>：学校や職業訓練で学んだ内容を書きます。</li>"
                    "<li><b>様式3-3 訓練成果・実務成果シート</b>：企業や訓練機関が、訓練や実務の成果を評価して記入します。</li>"
                    "</ul>"
                    "<p>平成30年からは、欄の統合・分割などの工夫ができるようになり、より書きやすい形で使えるようになりました。</p>"
                ),
                _h2("ジョブ・カードが役立つ場面"),
                _p(
                    "<ul>"
                    "<li><b>仕事を探すとき</b>：職務経歴を整理しておくと、履歴書・職務経歴書の作成や面接準備がスムーズになります。</li>"
                    "<li><b>職業訓練を受けるとき</b>：ハロートレーニング（公的職業訓練）の受講前後に、目標や成果を記録できます。</li>"
                    "<li><b>今の職場でキャリアを考えるとき</b>：上司との面談やセルフ・キャリアドックなどで、"
                    "自分の経験と今後の希望を伝える材料になります。</li>"
                    "</ul>"
                ),
                _callout(
                    "info",
                    "キャリアコンサルティングは無料で受けられます",
                    "<p>ハローワークやキャリア形成・リスキリング支援センターでは、キャリアコンサルタントに無料で相談できます。"
                    "ジョブ・カードを持参したり、このサイトで共有したりすると、相談がより具体的になります。</p>",
                ),
                _callout(
                    "warning",
                    "提出は本人の意思で",
                    "<p>ジョブ・カードを企業に提出する義務はありません。"
                    "どの様式を誰に見せるかは、あなた自身が決められます。</p>",
                ),
                _faq("制度についてよくある質問", "system"),
                _links(
                    "関連情報",
                    [
                        _page("すぐに作成する", "howto-quick", "記入例とヘルプを使って自分で作成する方法です。"),
                        _page("支援を受けて作成する", "howto-supported", "キャリアコンサルタントと一緒に作成する方法です。"),
                        _url(
                            "厚生労働省：ジョブ・カード制度",
                            URL_MHLW,
                            "制度の概要や施策の情報が掲載されています。",
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "For working adults: the purpose of the Job Card system",
            "intro": (
                "The Job Card is a national system for organising your work experience and skills and thinking "
                "about your future career. You can use it for changing jobs, vocational training and workplace "
                "career discussions."
            ),
            "body": [
                _h2("What the Job Card system is for"),
                _p(
                    "<p>As ways of working and required skills keep changing, it matters more and more that you "
                    "think about your own career and keep learning. The Job Card is the \"record of work history, "
                    "etc.\" defined in Article 15-4 of the Human Resources Development Promotion Act, operated since "
                    "October 2015 as a tool for lifelong career planning and for proving vocational ability.</p>"
                    "<p>By recording your duties, what you learned, your qualifications and training results in one "
                    "format, you can look at your strengths objectively and use them in your job search or career "
                    "development at work.</p>"
                ),
                _h2("The forms that make up a Job Card"),
                _p(
                    "<ul>"
                    "<li><b>Form 1-1 Career Plan Sheet (for people with work experience)</b>: values and interests, "
                    "strengths, the work you want to do, and what you will work on next.</li>"
                    "<li><b>Form 2 Work History Sheet</b>: for each period of employment, your duties and what you "
                    "learned.</li>"
                    "<li><b>Form 3-1 Licences and qualifications</b>: name, date obtained and certifying body.</li>"
                    "<li><b>Form 3-2 Education and training history</b>: what you studied at school or in training.</li>"
                    "<li><b>Form 3-3 Training and work results</b>: filled in by a company or training provider "
                    "evaluating your results.</li>"
                    "</ul>"
                    "<p>Since 2018 columns may be merged or split, making the forms easier to fill in.</p>"
                ),
                _h2("When the Job Card helps"),
                _p(
                    "<ul>"
                    "<li><b>Looking for work</b>: an organised work history makes your résumé, CV and interview "
                    "preparation smoother.</li>"
                    "<li><b>Taking vocational training</b>: record your goals and results before and after Hello "
                    "Training (public vocational training).</li>"
                    "<li><b>Thinking about your career at your current job</b>: use it in meetings with your manager "
                    "or a self career dock to explain your experience and hopes.</li>"
                    "</ul>"
                ),
                _callout(
                    "info",
                    "Career consulting is free",
                    "<p>At Hello Work and the Career Development and Reskilling Support Centers you can consult a "
                    "career consultant free of charge. Bringing your Job Card, or sharing it on this site, makes the "
                    "consultation more concrete.</p>",
                ),
                _callout(
                    "warning",
                    "Submitting it is your choice",
                    "<p>You are not obliged to submit your Job Card to an employer. You decide which forms to show "
                    "and to whom.</p>",
                ),
                _faq("Frequently asked questions about the system", "system"),
                _links(
                    "Related information",
                    [
                        _page("Create it now", "howto-quick", "Create it yourself with examples and help."),
                        _page("Create it with support", "howto-supported", "Create it together with a consultant."),
                        _url("MHLW: Job Card system", URL_MHLW, "Overview of the system and related policies."),
                    ],
                ),
            ],
        },
    },
]


# ---------------------------------------------------------------------------------------------
# 作成方法
# ---------------------------------------------------------------------------------------------

HOWTO_PAGES = [
    {
        "key": "howto-quick",
        "slug": "howto-quick",
        "mode": "quick",
        "user_types": ["job_seeker", "employed", "student"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "すぐに作成する：自分でジョブ・カードを作る手順",
            "intro": (
                "記入例とヘルプを見ながら、ご自身のペースでジョブ・カードを作成する方法をご案内します。"
                "全部を一度に書く必要はありません。書けるところから始めましょう。"
            ),
            "body": [
                _h2("作成を始める前に"),
                _p(
                    "<p>ジョブ・カードには必須の項目はありません。書ける欄から少しずつ埋め、保存しておけば、"
                    "あとからいつでも書き足せます。利用者登録をしなくても作成は始められますが、"
                    "登録しておくと、作成したジョブ・カードの保存・更新、履歴書などへの変換ができるようになります。"
                    "ログインはIDとパスワードのほか、マイナポータル経由でも行えます。</p>"
                    "<p>手元に、卒業した学校の名称と卒業年月、勤務先の名称と在籍期間、免許・資格の取得年月が分かるもの"
                    "（合格証や免許証など）を用意しておくと、スムーズに進められます。</p>"
                ),
                _h2("おすすめの記入順"),
                _steps(
                    "事実から書き、最後に考えをまとめる",
                    [
                        (
                            "様式3-2 学習歴・訓練歴を書く",
                            "<p>学校名、学部・学科、在学期間、主な学習内容を書きます。"
                            "職業訓練を受けたことがある方は訓練歴も記入します。学生の方はここから始めましょう。</p>",
                        ),
                        (
                            "様式3-1 免許・資格を書く",
                            "<p>免許・資格の名称、取得年月、実施・認定機関を書きます。"
                            "普通自動車免許のような一般的なものは内容の説明は不要です。受験予定の試験も書けます。</p>",
                        ),
                        (
                            "様式2 職務経歴を書く（就業経験のある方）",
                            "<p>勤務した期間ごとに、会社名・所属、雇用形態、職務内容、そこで学んだことを書きます。"
                            "学生の方は、アルバイトやインターンシップの経験を書いても構いません。</p>",
                        ),
                        (
                            "様式1-1または1-2 キャリア・プランシートを書く",
                            "<p>これまで書いた事実を見返しながら、価値観・興味、強み、将来取り組みたい仕事、"
                            "これから取り組むことをまとめます。就業経験がある方は1-1、学生や就業経験がない方は1-2を使います。</p>",
                        ),
                        (
                            "保存して、見直す",
                            "<p>保存すると「作成済み」になります。数日おいて読み返し、足りない点を書き足しましょう。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "学生の方は3-2 → 3-1 → 1-2の順に",
                    "<p>学生の方は、まず学習歴（様式3-2）と免許・資格（様式3-1）を書き、"
                    "その後でキャリア・プランシート（様式1-2）に取り組むと、考えを整理しやすくなります。</p>",
                ),
                _h2("各様式の目的と書き方"),
                _h3("キャリア・プランシート（様式1-1・1-2）"),
                _p(
                    "<p>自分の価値観や強みを見つめ、これからの働き方を考えるための様式です。"
                    "上手な文章を書く必要はありません。「なぜそう思うのか」「具体的にどんな場面で」を意識して、"
                    "自分の言葉で書くことが大切です。「強み等」の欄には、弱みとどう向き合っているかを書いても構いません。</p>"
                    "<p>一番下の「キャリアコンサルティング実施者の記入欄」は、キャリアコンサルタントが記入する欄です。"
                    "ご自身で書く必要はありません。</p>"
                ),
                _sheet("1-1", "就業経験がある方は、この様式に価値観や強み、今後の目標を書きます。"),
                _examples("「強み等」の記入例", "strengths"),
                _examples("「将来取り組みたい仕事や働き方等」の記入例", "future_work"),
                _h3("職務経歴シート（様式2）"),
                _p(
                    "<p>勤務先ごと、または担当業務が変わった時期ごとに分けて書きます。"
                    "職務内容は「誰に」「何を」「どのくらい」を意識すると伝わりやすくなります。"
                    "「学んだこと」の欄には、身につけた知識や技能、工夫したことを具体的に書きましょう。</p>"
                ),
                _sheet("2", "勤務した期間ごとに、職務内容と学んだことを記録します。"),
                _examples("「職務内容」の記入例", "job_duties"),
                _examples("「職務の中で学んだこと」の記入例", "job_learnings"),
                _h3("職業能力証明シート（様式3-1・3-2）"),
                _p(
                    "<p>様式3-1には免許・資格を、様式3-2には学習歴・訓練歴を書きます。"
                    "受験予定の資格や失効した資格も、状態を選んで記録できます。合格証などをPDFで添付することもできます。</p>"
                ),
                _sheet("3-1", "取得した免許・資格や、受験予定の試験を記録します。"),
                _examples("「免許・資格の内容等」の記入例", "qualification_notes"),
                _callout(
                    "info",
                    "記入例の使い方",
                    "<p>各欄の「記入例を見る」を押すと、年代・職種・経験別の記入例が表示されます。"
                    "記入例はあくまで参考です。そのまま写すのではなく、自分の経験に置き換えて書いてください。</p>",
                ),
                _h2("迷ったら相談を"),
                _p(
                    "<p>書き進めるうちに迷ったときは、ハローワーク、キャリア形成・リスキリング支援センター、"
                    "学生の方は学校のキャリアセンターで相談できます。途中まで書いたものを見せるだけでも、"
                    "具体的な助言を受けられます。</p>"
                ),
                _links(
                    "関連ページ",
                    [
                        _page("支援を受けて作成する", "howto-supported", "キャリアコンサルタントと一緒に作る方法です。"),
                        _page("「強み」の見つけ方", "column-finding-strengths", "強みの欄で手が止まったときに。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "最寄りのハローワークを探せます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Create it now: making your Job Card yourself",
            "intro": (
                "How to create your Job Card at your own pace with examples and help. You do not need to write "
                "everything at once; start with what you can."
            ),
            "body": [
                _h2("Before you start"),
                _p(
                    "<p>No box on the Job Card is mandatory. Fill in what you can, save it, and add more later. "
                    "You can start without registering, but registration lets you save and update your Job Card and "
                    "convert it into a résumé. You can log in with an ID and password or via Mynaportal.</p>"
                    "<p>It helps to have at hand your school names and graduation dates, employers and periods of "
                    "employment, and documents showing when you obtained licences and qualifications.</p>"
                ),
                _h2("Recommended order"),
                _steps(
                    "Start with facts, then put your thoughts together",
                    [
                        (
                            "Form 3-2: education and training",
                            "<p>Enter your school, faculty and department, period of study and main subjects. If you "
                            "have taken vocational training, add that too. Students should start here.</p>",
                        ),
                        (
                            "Form 3-1: licences and qualifications",
                            "<p>Enter the name, date obtained and certifying body. Common licences such as a driving "
                            "licence need no description. You can also list exams you plan to take.</p>",
                        ),
                        (
                            "Form 2: work history (if you have worked)",
                            "<p>For each period of employment, enter the company and department, employment type, "
                            "duties and what you learned. Students may record part-time jobs or internships.</p>",
                        ),
                        (
                            "Form 1-1 or 1-2: Career Plan Sheet",
                            "<p>Looking back at the facts you have written, put together your values, strengths, the "
                            "work you want to do and your next steps. Use 1-1 if you have work experience, 1-2 if "
                            "you are a student or have none.</p>",
                        ),
                        (
                            "Save and review",
                            "<p>Once saved, your card counts as created. Read it again a few days later and add what "
                            "is missing.</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "Students: 3-2, then 3-1, then 1-2",
                    "<p>Students find it easier to write their education (Form 3-2) and qualifications (Form 3-1) "
                    "first, and then work on the Career Plan Sheet (Form 1-2).</p>",
                ),
                _h2("What each form is for and how to fill it in"),
                _h3("Career Plan Sheet (Forms 1-1 and 1-2)"),
                _p(
                    "<p>This form helps you look at your values and strengths and think about how you want to work. "
                    "You do not need polished writing; what matters is using your own words, with reasons and "
                    "concrete situations. In the strengths box you may also write how you deal with weaknesses.</p>"
                    "<p>The box at the bottom is for the career consultant. You do not need to fill it in.</p>"
                ),
                _sheet("1-1", "If you have work experience, write your values, strengths and goals on this form."),
                _examples("Examples for \"Strengths\"", "strengths"),
                _examples("Examples for \"Work and ways of working you want in future\"", "future_work"),
                _h3("Work History Sheet (Form 2)"),
                _p(
                    "<p>Write one entry per employer, or per period when your duties changed. Duties are clearer "
                    "when you say for whom, what and how much. In the learning box, describe knowledge, skills and "
                    "improvements you made.</p>"
                ),
                _sheet("2", "Record your duties and what you learned for each period of employment."),
                _examples("Examples for \"Duties\"", "job_duties"),
                _examples("Examples for \"What you learned at work\"", "job_learnings"),
                _h3("Vocational Ability Certification Sheets (Forms 3-1 and 3-2)"),
                _p(
                    "<p>Form 3-1 is for licences and qualifications, Form 3-2 for education and training. You can "
                    "also record planned exams and expired qualifications by choosing their status, and attach "
                    "certificates as PDF.</p>"
                ),
                _sheet("3-1", "Record licences and qualifications you hold and exams you plan to take."),
                _examples("Examples for \"Content of licences and qualifications\"", "qualification_notes"),
                _callout(
                    "info",
                    "Using the examples",
                    "<p>Press \"See examples\" on any box to show examples by age, field and experience. They are for "
                    "reference only: rewrite them in terms of your own experience instead of copying them.</p>",
                ),
                _h2("If you get stuck, ask for help"),
                _p(
                    "<p>You can get advice at Hello Work, the Career Development and Reskilling Support Centers, "
                    "or, for students, your school's career centre. Even showing a half-finished card gets you "
                    "concrete advice.</p>"
                ),
                _links(
                    "Related pages",
                    [
                        _page("Create it with support", "howto-supported", "Creating it together with a consultant."),
                        _page("Finding your strengths", "column-finding-strengths", "When the strengths box stops you."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Find your nearest Hello Work office."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "howto-supported",
        "slug": "howto-supported",
        "mode": "supported",
        "user_types": ["job_seeker", "employed", "student"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "支援を受けて作成する：キャリアコンサルタントと一緒に",
            "intro": (
                "何を書けばよいか分からないとき、自分の強みが見つからないときは、キャリアコンサルタントに相談しながら"
                "ジョブ・カードを作成できます。相談できる窓口と、相談の進め方をご案内します。"
            ),
            "body": [
                _h2("支援を受けて作成するメリット"),
                _p(
                    "<p>キャリアコンサルタントは、職業の選択やキャリアの形成について相談に応じる専門家です。"
                    "対話を通じて経験を振り返ることで、一人では気づきにくい強みや、大切にしている価値観が言葉になっていきます。"
                    "相談の内容のうち、あなたが同意したことは、キャリア・プランシートの"
                    "「キャリアコンサルティング実施者の記入欄」にキャリアコンサルタントが記入します。</p>"
                ),
                _h2("相談できる窓口"),
                _p(
                    "<ul>"
                    "<li><b>ハローワーク</b>：仕事を探している方を中心に、ジョブ・カードの作成支援や職業相談を無料で受けられます。</li>"
                    "<li><b>キャリア形成・リスキリング支援センター</b>：在職者の方も含め、どなたでも無料でキャリアコンサルティングを受けられます。"
                    "対面のほか、オンラインでの相談に対応している場合もあります。</li>"
                    "<li><b>学校のキャリアセンター（就職課）</b>：学生の方は、在籍している学校の窓口で相談できます。</li>"
                    "<li><b>職場</b>：セルフ・キャリアドックなどの仕組みがある企業では、社内外のキャリアコンサルタントとの面談で使えます。</li>"
                    "</ul>"
                ),
                _steps(
                    "相談の流れ",
                    [
                        (
                            "書けるところだけ書いておく",
                            "<p>学習歴（様式3-2）、免許・資格（様式3-1）、職務経歴（様式2）など、事実を書く欄だけでも入力しておくと、"
                            "相談の時間を有効に使えます。白紙のままでも相談はできます。</p>",
                        ),
                        (
                            "窓口を予約する",
                            "<p>ハローワークやキャリア形成・リスキリング支援センターに連絡し、相談日時を決めます。"
                            "「ジョブ・カードを作りたい」と伝えるとスムーズです。</p>",
                        ),
                        (
                            "ジョブ・カードを共有する",
                            "<p>このサイトの共有機能を使うと、相談相手と同じ画面を見ながら話ができます。"
                            "印刷したものを持参しても構いません。</p>",
                        ),
                        (
                            "対話しながら書き進める",
                            "<p>キャリアコンサルタントの質問に答えながら、価値観、強み、これからの目標を整理します。"
                            "その場ですべて書き上げる必要はありません。</p>",
                        ),
                        (
                            "記入欄の内容を確認する",
                            "<p>キャリアコンサルタントが記入欄に書いた内容を確認し、同意したら保存されます。"
                            "納得できない点は遠慮なく伝えましょう。</p>",
                        ),
                    ],
                ),
                _h2("相談の前に考えておくとよいこと"),
                _p(
                    "<ul>"
                    "<li>これまでの仕事や活動で、楽しかったこと、うまくいったこと</li>"
                    "<li>反対に、つらかったこと、もう一度やるなら変えたいこと</li>"
                    "<li>これからの働き方で大切にしたいこと（収入、勤務地、働く時間、やりがいなど）</li>"
                    "</ul>"
                    "<p>メモ程度で十分です。キャリア・プラン作成補助シートのライフラインチャートを使って、"
                    "これまでの満足度の浮き沈みを描いてみるのも役立ちます。</p>"
                ),
                _sheet(
                    "1-2",
                    "学生や就業経験がない方は、この様式を相談の場に持っていくと、話が具体的になります。",
                ),
                _examples("「学校や学校以外で取り組んだこと」の記入例（学生）", "school_activities", "student"),
                _examples("「価値観、興味、関心事項等」の記入例", "values_interests"),
                _examples("「これから取り組むこと等」の記入例", "next_actions"),
                _callout(
                    "info",
                    "記入欄はキャリアコンサルタントが書きます",
                    "<p>キャリア・プランシートの「キャリアコンサルティング実施者の記入欄」は、相談を担当したキャリアコンサルタントが、"
                    "氏名・登録番号・所属・実施日とともに記入します。本人が同意した内容だけが記録されます。</p>",
                ),
                _faq("制度についてよくある質問", "system"),
                _links(
                    "関連ページ",
                    [
                        _page("すぐに作成する", "howto-quick", "自分で作成する手順と記入のコツです。"),
                        _page(
                            "キャリアコンサルタントの方へ",
                            "supporter-consultant",
                            "支援者の立場から見たサイトの使い方です。",
                        ),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "最寄りのハローワークを探せます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Create it with support: working with a career consultant",
            "intro": (
                "If you are not sure what to write or cannot find your strengths, you can create your Job Card while "
                "consulting a career consultant. Here is where to go and how a consultation works."
            ),
            "body": [
                _h2("Why create it with support"),
                _p(
                    "<p>Career consultants are specialists who advise on choosing a job and building a career. "
                    "Looking back on your experience in conversation helps you put into words strengths and values "
                    "you might not notice alone. The consultant records the points you agree to in the consultant's "
                    "box of your Career Plan Sheet.</p>"
                ),
                _h2("Where to get support"),
                _p(
                    "<ul>"
                    "<li><b>Hello Work</b>: free help creating a Job Card and job counselling, mainly for job "
                    "seekers.</li>"
                    "<li><b>Career Development and Reskilling Support Centers</b>: free career consulting for "
                    "everyone, including people in work; online consultations may also be available.</li>"
                    "<li><b>Your school's career centre</b>: students can consult the office at their school.</li>"
                    "<li><b>Your workplace</b>: companies with a self career dock or similar scheme may offer "
                    "meetings with in-house or external consultants.</li>"
                    "</ul>"
                ),
                _steps(
                    "How a consultation works",
                    [
                        (
                            "Fill in what you can",
                            "<p>Entering the factual parts, such as education (Form 3-2), qualifications (Form 3-1) "
                            "and work history (Form 2), makes good use of the session. You can also come with a "
                            "blank card.</p>",
                        ),
                        (
                            "Book a consultation",
                            "<p>Contact Hello Work or a Career Development and Reskilling Support Center and arrange a "
                            "date. Say that you want to create a Job Card.</p>",
                        ),
                        (
                            "Share your Job Card",
                            "<p>With the sharing function you and the consultant can look at the same screen. A "
                            "printout works too.</p>",
                        ),
                        (
                            "Write it through conversation",
                            "<p>Answering the consultant's questions, you sort out your values, strengths and goals. "
                            "You do not have to finish everything on the spot.</p>",
                        ),
                        (
                            "Check the consultant's notes",
                            "<p>Review what the consultant wrote in their box; it is saved once you agree. Say so if "
                            "anything does not feel right.</p>",
                        ),
                    ],
                ),
                _h2("Things to think about beforehand"),
                _p(
                    "<ul>"
                    "<li>What you enjoyed or did well in past jobs and activities</li>"
                    "<li>What was hard, or what you would do differently</li>"
                    "<li>What matters to you in future work (income, location, hours, fulfilment, etc.)</li>"
                    "</ul>"
                    "<p>Brief notes are enough. Drawing the ups and downs of your satisfaction on a lifeline chart "
                    "can also help.</p>"
                ),
                _sheet("1-2", "Students and people without work experience can bring this form to the consultation."),
                _examples("Examples for \"What you did in and outside school\" (students)", "school_activities", "student"),
                _examples("Examples for \"Values and interests\"", "values_interests"),
                _examples("Examples for \"What you will work on next\"", "next_actions"),
                _callout(
                    "info",
                    "The consultant fills in their own box",
                    "<p>The consultant who held the session writes in the consultant's box, with their name, "
                    "registration number, affiliation and the date. Only points you have agreed to are recorded.</p>",
                ),
                _faq("Frequently asked questions about the system", "system"),
                _links(
                    "Related pages",
                    [
                        _page("Create it now", "howto-quick", "Steps and tips for creating it yourself."),
                        _page("For career consultants", "supporter-consultant", "How supporters can use this site."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Find your nearest Hello Work office."),
                    ],
                ),
            ],
        },
    },
]


# ---------------------------------------------------------------------------------------------
# 活用方法 (利用者種別 × 利用目的)
# ---------------------------------------------------------------------------------------------

USAGE_PAGES = [
    # 学生 × キャリアの棚卸し・振り返り ---------------------------------------------------------
    {
        "key": "usage-student-career_review",
        "slug": "usage-student-career-review",
        "user_type": "student",
        "purpose": "career_review",
        "user_types": ["student"],
        "purposes": ["career_review"],
        "ja": {
            "title": "学生がジョブ・カードで自分を振り返る",
            "intro": (
                "授業、ゼミ、部活動、アルバイト。学生生活のなかで積み重ねてきたことを振り返り、"
                "自分が何を大切にし、何が得意なのかを確かめるためのジョブ・カードの使い方です。"
            ),
            "body": [
                _h2("なぜ学生のうちに振り返るのか"),
                _p(
                    "<p>進路を考えるとき、「やりたいことが分からない」と感じる人は少なくありません。"
                    "やりたいことは、いきなり見つかるものではなく、これまでの経験を振り返るなかで少しずつ見えてくるものです。"
                    "ジョブ・カードのキャリア・プランシート（様式1-2）は、その振り返りを順序立てて進められるようにできています。</p>"
                ),
                _steps(
                    "振り返りの進め方",
                    [
                        (
                            "ライフラインチャートを描く",
                            "<p>キャリア・プラン作成補助シートのライフラインチャートで、小学生の頃から今までの満足度の浮き沈みを線で描きます。"
                            "上がったとき、下がったときに何があったかを一言ずつ添えましょう。</p>",
                        ),
                        (
                            "取り組んだことを書き出す",
                            "<p>様式1-2の「学校や学校以外で取り組んだこと」に、授業やゼミ、部活動、ボランティア、アルバイトなど、"
                            "力を入れたことを書きます。結果よりも、どう工夫したかを中心にしましょう。</p>",
                        ),
                        (
                            "共通点を探す",
                            "<p>書き出した経験に共通する「楽しいと感じた理由」や「うまくいった理由」を探すと、"
                            "価値観や<b>強み</b>が見えてきます。</p>",
                        ),
                        (
                            "仕事の世界と結びつける",
                            "<p>job tag（職業情報提供サイト）で、気になる職業の仕事内容や必要なスキルを調べ、"
                            "「将来取り組みたい仕事や働き方等」の欄に書いてみます。</p>",
                        ),
                    ],
                ),
                _examples("「学校や学校以外で取り組んだこと」の記入例", "school_activities", "student"),
                _examples("「価値観、興味、関心事項等」の記入例（学生）", "values_interests", "student"),
                _callout(
                    "tip",
                    "学年が変わるたびに更新を",
                    "<p>一度書いたジョブ・カードは、学年が変わるときや、長期休みの後に見直してみましょう。"
                    "以前の自分の考えと比べることで、成長や関心の変化に気づけます。保存した履歴はマイページで確認できます。</p>",
                ),
                _callout(
                    "info",
                    "一人で考えにくいときは",
                    "<p>学校のキャリアセンターや、ハローワークの学生向けの窓口でも相談できます。"
                    "書いたジョブ・カードを見せながら話すと、自分では当たり前だと思っていた経験の価値に気づくことがあります。</p>",
                ),
                _faq("学生の方からよくある質問", "student"),
                _links(
                    "関連ページ",
                    [
                        _page("学生のみなさんへ：ジョブ・カードとは", "overview-student", "制度のあらましと学生が使う様式。"),
                        _page("ライフラインチャートで振り返る", "column-lifeline-chart", "チャートの描き方を詳しく紹介します。"),
                        _url("job tag（職業情報提供サイト）", URL_JOBTAG, "さまざまな職業の仕事内容を調べられます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Looking back on yourself with the Job Card (students)",
            "intro": (
                "Classes, seminars, clubs and part-time work: how to use the Job Card to review your student life "
                "and confirm what you value and what you are good at."
            ),
            "body": [
                _h2("Why look back while you are still a student"),
                _p(
                    "<p>Many students feel they do not know what they want to do. That usually becomes clear little "
                    "by little as you look back on your experience, rather than all at once. The Career Plan Sheet "
                    "(Form 1-2) is designed to guide that review step by step.</p>"
                ),
                _steps(
                    "How to review",
                    [
                        (
                            "Draw a lifeline chart",
                            "<p>Using the lifeline chart helper sheet, draw how your satisfaction has gone up and "
                            "down since primary school, adding a short note on what happened at each turn.</p>",
                        ),
                        (
                            "List what you worked on",
                            "<p>In the box for what you did in and outside school on Form 1-2, write about classes, "
                            "seminars, clubs, volunteering or part-time work. Focus on how you approached things "
                            "rather than results.</p>",
                        ),
                        (
                            "Look for common threads",
                            "<p>What made those experiences enjoyable or successful? The common threads reveal your "
                            "values and <b>strengths</b>.</p>",
                        ),
                        (
                            "Connect with the world of work",
                            "<p>Look up jobs that interest you on job tag and try writing about them in the box for "
                            "work you want to do in future.</p>",
                        ),
                    ],
                ),
                _examples("Examples for \"What you did in and outside school\"", "school_activities", "student"),
                _examples("Examples for \"Values and interests\" (students)", "values_interests", "student"),
                _callout(
                    "tip",
                    "Update it every school year",
                    "<p>Review your Job Card when a new school year starts or after long holidays. Comparing it with "
                    "what you thought before shows how you have grown. Your saved history is on My Page.</p>",
                ),
                _callout(
                    "info",
                    "If it is hard to think alone",
                    "<p>Your school's career centre and Hello Work's desks for students can help. Talking it through "
                    "with your Job Card in hand often reveals the value of experiences you took for granted.</p>",
                ),
                _faq("Frequently asked questions from students", "student"),
                _links(
                    "Related pages",
                    [
                        _page("For students: what is the Job Card?", "overview-student", "The system and student forms."),
                        _page("Reflecting with a lifeline chart", "column-lifeline-chart", "How to draw the chart."),
                        _url("job tag (occupational information)", URL_JOBTAG, "Explore what different jobs involve."),
                    ],
                ),
            ],
        },
    },
    # 学生 × 仕事を探す準備 ----------------------------------------------------------------------
    {
        "key": "usage-student-job_search",
        "slug": "usage-student-job-search",
        "user_type": "student",
        "purpose": "job_search",
        "user_types": ["student"],
        "purposes": ["job_search"],
        "ja": {
            "title": "学生の就職活動にジョブ・カードを生かす",
            "intro": (
                "自己分析からエントリーシート、面接準備、履歴書の作成まで。"
                "作成したジョブ・カードを就職活動の各段階で活用する方法をご紹介します。"
            ),
            "body": [
                _h2("ジョブ・カードは就職活動の「素材集」"),
                _p(
                    "<p>就職活動では、エントリーシート、履歴書、面接と、何度も自分のことを説明する場面があります。"
                    "そのたびに一から考えるのではなく、ジョブ・カードにまとめた経験や強みを素材として使い回すことで、"
                    "準備の負担が軽くなり、どの場面でも一貫した自己紹介ができます。</p>"
                ),
                _steps(
                    "就職活動の流れに沿った活用法",
                    [
                        (
                            "自己分析",
                            "<p>様式1-2の「学校や学校以外で取り組んだこと」と「強み等」を見直し、"
                            "企業に伝えたい自分の特徴を2〜3個に絞ります。</p>",
                        ),
                        (
                            "業界・企業研究",
                            "<p>「将来取り組みたい仕事や働き方等」に書いた内容を手がかりに、job tagなどで仕事内容を調べ、"
                            "自分の強みが生かせそうな分野を探します。</p>",
                        ),
                        (
                            "エントリーシート",
                            "<p>「学生時代に力を入れたこと」や「自己PR」は、ジョブ・カードの記述をもとに、"
                            "設問の文字数や企業の求める人物像に合わせて書き直します。</p>",
                        ),
                        (
                            "履歴書",
                            "<p>学習歴（様式3-2）と免許・資格（様式3-1）の内容は、履歴書の学歴欄・免許資格欄に変換して出力できます。"
                            "転記の間違いも防げます。</p>",
                        ),
                        (
                            "面接準備",
                            "<p>ジョブ・カードに書いたエピソードについて、「なぜそうしたのか」「何を学んだか」を声に出して説明する練習をしましょう。"
                            "<b>面接</b>では書類の内容を深く質問されることが多いため、ジョブ・カードが想定問答の土台になります。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "アルバイトやインターンシップも立派な経験です",
                    "<p>アルバイトやインターンシップの経験は、様式2 職務経歴シートに書いておくと整理しやすくなります。"
                    "接客で工夫したこと、任された仕事、失敗から学んだことなどは、<b>面接</b>でよく聞かれる話題です。</p>",
                ),
                _examples("「強み等」の記入例（学生）", "strengths", "student"),
                _examples("アルバイト・インターンシップの「職務内容」記入例", "job_duties", "student"),
                _callout(
                    "warning",
                    "提出を求められていない場合は",
                    "<p>ジョブ・カードそのものを応募先に提出する義務はありません。"
                    "応募先の指定する書類があれば、それに従ってください。ジョブ・カードはその作成に役立てるものです。</p>",
                ),
                _faq("学生の方からよくある質問", "student"),
                _links(
                    "関連ページ",
                    [
                        _page("すぐに作成する", "howto-quick", "まだ作成していない方はこちらから。"),
                        _page("「強み」の見つけ方", "column-finding-strengths", "自己PRの材料を探すヒントです。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "求人情報の検索ができます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Using your Job Card in job hunting (students)",
            "intro": (
                "From self-analysis to entry sheets, interview preparation and your résumé: how to use your Job Card "
                "at each stage of job hunting."
            ),
            "body": [
                _h2("Your Job Card is a collection of material for job hunting"),
                _p(
                    "<p>Job hunting asks you to explain yourself again and again: entry sheets, résumés, interviews. "
                    "Instead of starting from scratch each time, reuse the experiences and strengths on your Job Card. "
                    "It saves effort and keeps your self-presentation consistent.</p>"
                ),
                _steps(
                    "Using it at each stage",
                    [
                        (
                            "Self-analysis",
                            "<p>Review what you did in and outside school and your strengths on Form 1-2, and narrow "
                            "them down to two or three points you want companies to know.</p>",
                        ),
                        (
                            "Researching industries and companies",
                            "<p>Starting from the work you said you want to do, research jobs on job tag and look for "
                            "fields where your strengths fit.</p>",
                        ),
                        (
                            "Entry sheets",
                            "<p>Rewrite your Job Card text for questions such as \"what you focused on as a student\" "
                            "or \"self-PR\", fitting the word limit and what the company looks for.</p>",
                        ),
                        (
                            "Résumé",
                            "<p>Your education (Form 3-2) and qualifications (Form 3-1) can be output straight into "
                            "the résumé's education and qualification sections, avoiding copying errors.</p>",
                        ),
                        (
                            "Interview preparation",
                            "<p>Practise explaining aloud why you did what you wrote and what you learned. "
                            "<b>Interviews</b> often dig into your documents, so your Job Card is a good base for "
                            "expected questions.</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "Part-time jobs and internships count",
                    "<p>Recording part-time work or internships on Form 2 makes them easier to organise. How you "
                    "improved customer service, what you were trusted with and what you learned from mistakes are "
                    "common <b>interview</b> topics.</p>",
                ),
                _examples("Examples for \"Strengths\" (students)", "strengths", "student"),
                _examples("Examples for \"Duties\" in part-time work and internships", "job_duties", "student"),
                _callout(
                    "warning",
                    "If it has not been requested",
                    "<p>You are not obliged to submit your Job Card itself. Follow the documents the employer asks "
                    "for; the Job Card helps you prepare them.</p>",
                ),
                _faq("Frequently asked questions from students", "student"),
                _links(
                    "Related pages",
                    [
                        _page("Create it now", "howto-quick", "Start here if you have not created one yet."),
                        _page("Finding your strengths", "column-finding-strengths", "Ideas for your self-PR."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Search job vacancies."),
                    ],
                ),
            ],
        },
    },
    # 学生 × 訓練を受ける準備 --------------------------------------------------------------------
    {
        "key": "usage-student-training",
        "slug": "usage-student-training",
        "user_type": "student",
        "purpose": "training",
        "user_types": ["student"],
        "purposes": ["training"],
        "ja": {
            "title": "学生が職業訓練や資格取得に向けてジョブ・カードを使う",
            "intro": (
                "卒業後に職業訓練で専門的な技能を身につけたい方、在学中に資格取得を目指す方へ。"
                "学びの計画を立て、その成果を記録するためのジョブ・カードの使い方です。"
            ),
            "body": [
                _h2("学びの目的をはっきりさせる"),
                _p(
                    "<p>資格の勉強や職業訓練は、時間も労力もかかります。"
                    "「なぜその技能を身につけたいのか」「身につけた後にどう働きたいのか」を先に言葉にしておくと、"
                    "途中で迷ったときの支えになり、訓練先や講座を選ぶときの基準にもなります。</p>"
                    "<p>キャリア・プランシート（様式1-2）の「将来取り組みたい仕事や働き方等」と「これから取り組むこと等」の欄に、"
                    "目指す仕事と、そのために学ぶことを書いてみましょう。</p>"
                ),
                _h2("卒業後の職業訓練という選択肢"),
                _p(
                    "<p>国や都道府県が設置する公共職業能力開発施設では、高等学校を卒業した方などを対象に、"
                    "ものづくりや情報、建築などの技能を学ぶ学卒者訓練が行われています。"
                    "訓練の修了時には、訓練機関が成果を評価したシートをジョブ・カードに加えることができ、"
                    "就職活動で身につけた技能を具体的に示せます。</p>"
                ),
                _steps(
                    "学びの計画と記録の進め方",
                    [
                        (
                            "今の学びを整理する",
                            "<p>様式3-2に、在籍している学校の学部・学科と主な学習内容を書きます。"
                            "得意な科目や、実習で身につけたことも具体的に書きましょう。</p>",
                        ),
                        (
                            "目指す資格や訓練を調べる",
                            "<p>job tagで目指す職業に必要な資格や技能を調べ、学校のキャリアセンターやハローワークで、"
                            "どのような訓練や講座があるか相談します。</p>",
                        ),
                        (
                            "受験予定の資格を記録する",
                            "<p>様式3-1では、まだ取得していない資格も「受験予定」として記録できます。"
                            "目標と時期を書いておくと、学習の計画が立てやすくなります。</p>",
                        ),
                        (
                            "成果を書き足す",
                            "<p>資格に合格したら状態を「取得」に変え、訓練を修了したら訓練歴を追加します。"
                            "一部合格の場合もそのまま記録できます。</p>",
                        ),
                    ],
                ),
                _examples("「主な学習内容」の記入例（学生）", "study_content", "student"),
                _examples("「免許・資格の内容等」の記入例（学生）", "qualification_notes", "student"),
                _callout(
                    "tip",
                    "資格は「取ること」より「どう生かすか」",
                    "<p>資格を書くときは、名称だけでなく、学んだ内容や仕事でどう生かしたいかを「免許・資格の内容等」の欄に添えましょう。"
                    "応募書類や<b>面接</b>で、学ぶ姿勢や<b>強み</b>として伝えやすくなります。</p>",
                ),
                _faq("学生の方からよくある質問", "student"),
                _links(
                    "関連ページ",
                    [
                        _page("学生のみなさんへ：ジョブ・カードとは", "overview-student", "学生が使う様式の説明です。"),
                        _page("支援を受けて作成する", "howto-supported", "学びの計画を相談しながら作る方法です。"),
                        _url("job tag（職業情報提供サイト）", URL_JOBTAG, "職業ごとに必要なスキルや資格を調べられます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Using the Job Card to prepare for training and qualifications (students)",
            "intro": (
                "For students who want to gain specialist skills through vocational training after graduating, or "
                "to earn qualifications while at school: how to plan your learning and record the results."
            ),
            "body": [
                _h2("Be clear about why you are learning"),
                _p(
                    "<p>Studying for a qualification or taking vocational training takes time and effort. Putting "
                    "into words why you want the skill and how you want to work afterwards supports you when you "
                    "waver, and gives you criteria for choosing courses.</p>"
                    "<p>Try writing the work you aim for and what you will study for it in the boxes for future work "
                    "and next steps on Form 1-2.</p>"
                ),
                _h2("Vocational training after graduation"),
                _p(
                    "<p>Public vocational training facilities run by the national and prefectural governments offer "
                    "training for school graduates in skills such as manufacturing, IT and construction. When you "
                    "finish, the training provider's evaluation of your results can be added to your Job Card, so you "
                    "can show your skills concretely when job hunting.</p>"
                ),
                _steps(
                    "Planning and recording your learning",
                    [
                        (
                            "Organise what you are learning now",
                            "<p>On Form 3-2, enter your faculty, department and main subjects, including strong "
                            "subjects and practical skills.</p>",
                        ),
                        (
                            "Research qualifications and training",
                            "<p>Check on job tag which skills your target job needs, and ask your career centre or "
                            "Hello Work what training is available.</p>",
                        ),
                        (
                            "Record planned exams",
                            "<p>Form 3-1 lets you list qualifications you have not obtained yet as \"planned\". "
                            "Writing the goal and timing helps you plan.</p>",
                        ),
                        (
                            "Add your results",
                            "<p>When you pass, change the status to \"obtained\"; when you finish training, add it "
                            "to your training history. Partial passes can be recorded too.</p>",
                        ),
                    ],
                ),
                _examples("Examples for \"Main subjects studied\" (students)", "study_content", "student"),
                _examples("Examples for \"Content of qualifications\" (students)", "qualification_notes", "student"),
                _callout(
                    "tip",
                    "How you use a qualification matters more",
                    "<p>Add what you learned and how you want to use it at work, not just the name. It becomes easier "
                    "to present as a <b>strength</b> in applications and <b>interviews</b>.</p>",
                ),
                _faq("Frequently asked questions from students", "student"),
                _links(
                    "Related pages",
                    [
                        _page("For students: what is the Job Card?", "overview-student", "The forms students use."),
                        _page("Create it with support", "howto-supported", "Plan your learning with an adviser."),
                        _url("job tag (occupational information)", URL_JOBTAG, "Skills and qualifications by job."),
                    ],
                ),
            ],
        },
    },
    # 求職者 × キャリアの棚卸し・振り返り --------------------------------------------------------
    {
        "key": "usage-job_seeker-career_review",
        "slug": "usage-job-seeker-career-review",
        "user_type": "job_seeker",
        "purpose": "career_review",
        "user_types": ["job_seeker"],
        "purposes": ["career_review"],
        "ja": {
            "title": "仕事を離れた今こそ、キャリアを棚卸しする",
            "intro": (
                "退職や契約の終了をきっかけに、これまでの働き方を見つめ直したい方へ。"
                "ジョブ・カードで経験を棚卸しし、次に進む方向を考えるための使い方です。"
            ),
            "body": [
                _h2("焦って応募する前に、一度立ち止まる"),
                _p(
                    "<p>仕事を離れると、早く次を決めなければと焦りがちです。"
                    "けれども、これまでの経験を整理しないまま応募を続けると、自分に合わない仕事を選んでしまったり、"
                    "応募書類で自分の良さを伝えきれなかったりすることがあります。</p>"
                    "<p>キャリアの棚卸しとは、これまでに経験した仕事、身につけた知識や技能、得意なこと・苦手なことを"
                    "一つひとつ書き出して確かめる作業です。ジョブ・カードの様式に沿って進めれば、抜け漏れなく整理できます。</p>"
                ),
                _steps(
                    "棚卸しの手順",
                    [
                        (
                            "職務経歴をすべて書き出す",
                            "<p>様式2に、正社員だけでなく契約社員、派遣、パート・アルバイトの経験も含めて、期間ごとに書きます。"
                            "短い期間の仕事でも、身についたことがあれば記録しておきましょう。</p>",
                        ),
                        (
                            "「学んだこと」を具体的に",
                            "<p>各職務で身につけた知識・技能、使っていた道具やソフト、工夫して成果が出たことを書きます。</p>",
                        ),
                        (
                            "満足・不満の理由を考える",
                            "<p>それぞれの仕事で、やりがいを感じたこと、つらかったことを振り返り、"
                            "様式1-1の「価値観、興味、関心事項等」にまとめます。</p>",
                        ),
                        (
                            "次に生かせる強みを言葉にする",
                            "<p>複数の職場に共通して発揮できた力は、次の仕事でも生かせる<b>強み</b>です。"
                            "「強み等」の欄に、具体的な場面とあわせて書きましょう。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "ブランクがある方も大丈夫です",
                    "<p>子育てや介護、療養などで仕事から離れていた期間も、無理に隠す必要はありません。"
                    "その間に取り組んだことや、働くうえでの今の条件を整理しておくと、応募先にも伝えやすくなります。</p>",
                ),
                _examples("「職務の中で学んだこと」の記入例（求職者）", "job_learnings", "job_seeker"),
                _examples("「価値観、興味、関心事項等」の記入例（求職者）", "values_interests", "job_seeker"),
                _callout(
                    "info",
                    "ハローワークで相談しながら棚卸しを",
                    "<p>ハローワークでは、ジョブ・カードを使ったキャリアコンサルティングを無料で受けられます。"
                    "気持ちの整理がつかないときも、話しながら書き進めることで考えがまとまっていきます。</p>",
                ),
                _faq("求職者の方からよくある質問", "job_seeker"),
                _links(
                    "関連ページ",
                    [
                        _page("ブランクがある方の書き方", "column-career-gap", "離職期間の書き方を詳しく紹介します。"),
                        _page("求職者の仕事探しでの活用", "usage-job_seeker-job_search", "棚卸しの次のステップです。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "最寄りのハローワークを探せます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Now that you are between jobs, take stock of your career",
            "intro": (
                "For people who want to reconsider how they have worked after leaving a job or the end of a contract: "
                "how to take stock of your experience with the Job Card and decide your next direction."
            ),
            "body": [
                _h2("Pause before rushing into applications"),
                _p(
                    "<p>When you leave a job, it is natural to want to find the next one quickly. But applying without "
                    "organising your experience can lead to jobs that do not suit you, or applications that do not "
                    "show your real value.</p>"
                    "<p>Taking stock means writing down, one by one, the jobs you have done, the knowledge and skills "
                    "you gained, and what you are good and less good at. Following the Job Card forms keeps you from "
                    "missing anything.</p>"
                ),
                _steps(
                    "How to take stock",
                    [
                        (
                            "List your whole work history",
                            "<p>On Form 2, record every period of work, including contract, agency and part-time "
                            "jobs. Even short jobs are worth recording if you learned something.</p>",
                        ),
                        (
                            "Be specific about what you learned",
                            "<p>Write down the knowledge and skills, tools and software, and improvements that "
                            "produced results in each job.</p>",
                        ),
                        (
                            "Think about what satisfied you and why",
                            "<p>Recall what was rewarding and what was hard in each job, and summarise it in the "
                            "values and interests box of Form 1-1.</p>",
                        ),
                        (
                            "Put your transferable strengths into words",
                            "<p>Abilities you used across several workplaces are <b>strengths</b> you can bring to "
                            "the next job. Write them with concrete situations.</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "A career gap is fine",
                    "<p>There is no need to hide time away from work for childcare, caregiving or illness. Organising "
                    "what you did and your current working conditions makes them easier to explain.</p>",
                ),
                _examples("Examples for \"What you learned at work\" (job seekers)", "job_learnings", "job_seeker"),
                _examples("Examples for \"Values and interests\" (job seekers)", "values_interests", "job_seeker"),
                _callout(
                    "info",
                    "Take stock with Hello Work's help",
                    "<p>Hello Work offers free career consulting using the Job Card. Talking while you write helps "
                    "you sort out your thoughts even when you feel unsettled.</p>",
                ),
                _faq("Frequently asked questions from job seekers", "job_seeker"),
                _links(
                    "Related pages",
                    [
                        _page("Writing about a career gap", "column-career-gap", "How to describe time away from work."),
                        _page("Using it in your job search", "usage-job_seeker-job_search", "The next step."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Find your nearest Hello Work office."),
                    ],
                ),
            ],
        },
    },
    # 求職者 × 仕事を探す準備 --------------------------------------------------------------------
    {
        "key": "usage-job_seeker-job_search",
        "slug": "usage-job-seeker-job-search",
        "user_type": "job_seeker",
        "purpose": "job_search",
        "user_types": ["job_seeker"],
        "purposes": ["job_search"],
        "ja": {
            "title": "ジョブ・カードから応募書類を作り、面接に備える",
            "intro": (
                "作成したジョブ・カードを履歴書・職務経歴書に変換し、面接の準備まで進める方法をご紹介します。"
                "応募のたびに書類を一から作る手間を減らせます。"
            ),
            "body": [
                _h2("応募書類への変換"),
                _p(
                    "<p>このサイトでは、ジョブ・カードに入力した内容を、厚生労働省の履歴書様式例の形式と、"
                    "職務経歴書の形式に変換して出力できます。</p>"
                    "<ul>"
                    "<li><b>履歴書</b>：基本情報、学習歴（様式3-2）、職務経歴（様式2）、免許・資格（様式3-1）が、"
                    "学歴・職歴欄と免許・資格欄に転記されます。</li>"
                    "<li><b>職務経歴書</b>：職務経歴（様式2）を中心に、キャリア・プランシートの強みや免許・資格をもとに、"
                    "職務要約や自己PRの下書きが作られます。</li>"
                    "</ul>"
                    "<p>出力した書類は、応募先に合わせて必ず見直しましょう。"
                    "志望動機は、応募先ごとに自分の言葉で書くことが大切です。</p>"
                ),
                _steps(
                    "応募から面接までの流れ",
                    [
                        (
                            "希望条件を整理する",
                            "<p>様式1-1の「将来取り組みたい仕事や働き方等」をもとに、職種、勤務地、働く時間など、"
                            "譲れない条件と柔軟に考えられる条件を分けておきます。</p>",
                        ),
                        (
                            "求人を探す",
                            "<p>ハローワークの窓口やハローワークインターネットサービスで求人を探します。"
                            "ジョブ・カードを窓口で見せると、経験に合った求人の紹介を受けやすくなります。</p>",
                        ),
                        (
                            "書類を出力して調整する",
                            "<p>履歴書・職務経歴書を出力し、求人の仕事内容に関係の深い経験を先に書くなど、応募先に合わせて調整します。</p>",
                        ),
                        (
                            "面接の準備をする",
                            "<p>「強み等」に書いたことを、具体的なエピソードとあわせて1分程度で話せるように練習します。"
                            "<b>面接</b>では、前職を辞めた理由やこれから取り組みたいことも聞かれやすいので、"
                            "「これから取り組むこと等」の欄を見返しておきましょう。</p>",
                        ),
                    ],
                ),
                _examples("「強み等」の記入例（求職者）", "strengths", "job_seeker"),
                _examples("「職務内容」の記入例（求職者）", "job_duties", "job_seeker"),
                _callout(
                    "tip",
                    "面接練習にもジョブ・カードを",
                    "<p>ハローワークでは、応募書類の添削や模擬面接の相談にも応じています。"
                    "ジョブ・カードを共有しておくと、あなたの経歴に合った具体的な助言を受けられます。</p>",
                ),
                _callout(
                    "warning",
                    "書類の内容は事実に基づいて",
                    "<p>変換した書類の内容は、必ずご自身で確認してください。期間や資格名の誤りがあると、"
                    "応募先からの信頼を損なうことがあります。</p>",
                ),
                _faq("求職者の方からよくある質問", "job_seeker"),
                _links(
                    "関連ページ",
                    [
                        _page("キャリアを棚卸しする", "usage-job_seeker-career_review", "応募の前の整理に。"),
                        _page("「強み」の見つけ方", "column-finding-strengths", "自己PRの材料を探すヒントです。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "求人情報を検索できます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "From Job Card to application documents and interviews",
            "intro": (
                "How to convert your Job Card into a résumé and CV and prepare for interviews, so you do not have to "
                "build your documents from scratch for every application."
            ),
            "body": [
                _h2("Converting to application documents"),
                _p(
                    "<p>This site can output what you entered in the MHLW sample résumé format and as a CV.</p>"
                    "<ul>"
                    "<li><b>Résumé</b>: your profile, education (Form 3-2), work history (Form 2) and qualifications "
                    "(Form 3-1) go into the education/work and qualification sections.</li>"
                    "<li><b>CV</b>: based mainly on your work history (Form 2), with your strengths and "
                    "qualifications, a draft summary and self-PR are produced.</li>"
                    "</ul>"
                    "<p>Always review the output for each employer. Write your motivation for each application in "
                    "your own words.</p>"
                ),
                _steps(
                    "From application to interview",
                    [
                        (
                            "Clarify what you want",
                            "<p>Using the future work box on Form 1-1, separate conditions you cannot compromise on "
                            "(job type, location, hours) from those where you are flexible.</p>",
                        ),
                        (
                            "Look for vacancies",
                            "<p>Search at a Hello Work office or on the Hello Work Internet Service. Showing your Job "
                            "Card at the desk helps staff suggest vacancies that match your experience.</p>",
                        ),
                        (
                            "Output and adjust your documents",
                            "<p>Output your résumé and CV and adapt them, for example by putting the most relevant "
                            "experience first.</p>",
                        ),
                        (
                            "Prepare for the interview",
                            "<p>Practise explaining your strengths with a concrete example in about a minute. "
                            "<b>Interviews</b> often ask why you left and what you want to do next, so review your "
                            "next-steps box.</p>",
                        ),
                    ],
                ),
                _examples("Examples for \"Strengths\" (job seekers)", "strengths", "job_seeker"),
                _examples("Examples for \"Duties\" (job seekers)", "job_duties", "job_seeker"),
                _callout(
                    "tip",
                    "Use it for interview practice too",
                    "<p>Hello Work also helps with checking application documents and practice interviews. If you "
                    "share your Job Card, the advice will fit your background.</p>",
                ),
                _callout(
                    "warning",
                    "Keep your documents factual",
                    "<p>Check the converted documents yourself. Wrong dates or qualification names can cost you the "
                    "employer's trust.</p>",
                ),
                _faq("Frequently asked questions from job seekers", "job_seeker"),
                _links(
                    "Related pages",
                    [
                        _page("Taking stock of your career", "usage-job_seeker-career_review", "Before you apply."),
                        _page("Finding your strengths", "column-finding-strengths", "Ideas for your self-PR."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Search job vacancies."),
                    ],
                ),
            ],
        },
    },
    # 求職者 × 訓練を受ける準備 ------------------------------------------------------------------
    {
        "key": "usage-job_seeker-training",
        "slug": "usage-job-seeker-training",
        "user_type": "job_seeker",
        "purpose": "training",
        "user_types": ["job_seeker"],
        "purposes": ["training"],
        "ja": {
            "title": "ハロートレーニングの受講にジョブ・カードを生かす",
            "intro": (
                "新しい分野の仕事に就くために、公的職業訓練（ハロートレーニング）を考えている方へ。"
                "訓練の選び方から申込み、修了後の就職活動まで、ジョブ・カードの使い方をご案内します。"
            ),
            "body": [
                _h2("ハロートレーニングとは"),
                _p(
                    "<p>ハロートレーニングは、仕事に必要な知識や技能を身につけるための公的職業訓練の愛称です。"
                    "仕事を探している方向けには、主に雇用保険を受給している方を対象とする公共職業訓練（離職者訓練）と、"
                    "雇用保険を受給できない方などを対象とする求職者支援訓練があります。"
                    "介護、IT、事務、ものづくり、建設など、さまざまな分野のコースがあり、原則として受講料は無料です"
                    "（テキスト代などは自己負担）。</p>"
                ),
                _steps(
                    "訓練の申込みから修了まで",
                    [
                        (
                            "目標を書き出す",
                            "<p>様式1-1の「将来取り組みたい仕事や働き方等」に、訓練を受けてどんな仕事に就きたいかを書きます。"
                            "「これから取り組むこと等」には、訓練で身につけたい技能を書いておきましょう。</p>",
                        ),
                        (
                            "ハローワークで受講相談",
                            "<p>訓練の申込みは、住所を管轄するハローワークで受講相談を受けてから行います。"
                            "ジョブ・カードを持参すると、これまでの経験と目標を踏まえて、合ったコースを一緒に検討できます。</p>",
                        ),
                        (
                            "選考に備える",
                            "<p>コースによっては面接や筆記試験があります。なぜその訓練を受けたいのかを、"
                            "ジョブ・カードに書いた経験と目標をもとに説明できるようにしておきましょう。</p>",
                        ),
                        (
                            "訓練中・修了時に記録する",
                            "<p>訓練を修了したら、様式3-2の訓練歴に訓練機関名、コース名、訓練内容を記録します。"
                            "訓練機関による評価のシート（様式3-3）が交付された場合は、あわせて保存しておきましょう。</p>",
                        ),
                        (
                            "就職活動へ",
                            "<p>訓練で身につけた技能と、前職までの経験を組み合わせて、応募書類や<b>面接</b>で伝えます。"
                            "未経験の分野でも、訓練の成果を具体的に示すことができます。</p>",
                        ),
                    ],
                ),
                _callout(
                    "info",
                    "訓練の前後にキャリアコンサルティングを",
                    "<p>訓練の受講にあたっては、ハローワークなどでジョブ・カードを使ったキャリアコンサルティングが行われることがあります。"
                    "訓練の目標を整理しておくと、受講後の就職活動もスムーズです。</p>",
                ),
                _examples("「これから取り組むこと等」の記入例（求職者）", "next_actions", "job_seeker"),
                _examples("訓練歴の「主な学習内容」記入例（求職者）", "study_content", "job_seeker"),
                _callout(
                    "tip",
                    "未経験分野への挑戦は「つながり」を書く",
                    "<p>異なる分野に挑戦するときは、これまでの仕事で身につけた力のうち、新しい分野でも生かせるものを"
                    "「強み等」の欄に書いておきましょう。たとえば接客の経験は、介護の仕事での利用者とのコミュニケーションにつながります。</p>",
                ),
                _faq("求職者の方からよくある質問", "job_seeker"),
                _links(
                    "関連ページ",
                    [
                        _page("社会人のみなさんへ：制度の趣旨", "overview-adult", "ジョブ・カードの全体像です。"),
                        _page("支援を受けて作成する", "howto-supported", "ハローワークで相談しながら作る方法です。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "職業訓練の情報も探せます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Using your Job Card for Hello Training",
            "intro": (
                "For people considering public vocational training (Hello Training) to move into a new field: how to "
                "use the Job Card from choosing a course and applying to job hunting after you finish."
            ),
            "body": [
                _h2("What is Hello Training?"),
                _p(
                    "<p>Hello Training is the nickname for public vocational training that teaches the knowledge and "
                    "skills needed for work. For job seekers there is public vocational training for people who have "
                    "left work, mainly for those receiving employment insurance benefits, and job seeker support "
                    "training, mainly for those who cannot receive them. Courses cover care, IT, office work, "
                    "manufacturing, construction and more, and tuition is in principle free (textbooks etc. are paid "
                    "by the trainee).</p>"
                ),
                _steps(
                    "From application to completion",
                    [
                        (
                            "Write down your goals",
                            "<p>In the future work box of Form 1-1, write what work you want after training, and in "
                            "the next-steps box, the skills you want to gain.</p>",
                        ),
                        (
                            "Consult Hello Work",
                            "<p>You apply after a training consultation at the Hello Work office for your address. "
                            "Bring your Job Card so that you can choose a suitable course together.</p>",
                        ),
                        (
                            "Prepare for selection",
                            "<p>Some courses have an interview or written test. Be ready to explain why you want the "
                            "course, based on the experience and goals on your Job Card.</p>",
                        ),
                        (
                            "Record it during and after training",
                            "<p>When you finish, add the provider, course name and content to your training history on "
                            "Form 3-2. If the provider gives you an evaluation sheet (Form 3-3), save it too.</p>",
                        ),
                        (
                            "Move on to job hunting",
                            "<p>Combine your new skills with your previous experience in applications and "
                            "<b>interviews</b>. Even in a new field, you can show concrete results.</p>",
                        ),
                    ],
                ),
                _callout(
                    "info",
                    "Career consulting before and after training",
                    "<p>When you take training, Hello Work and others may provide career consulting using the Job "
                    "Card. Clear goals make your job search after the course smoother.</p>",
                ),
                _examples("Examples for \"What you will work on next\" (job seekers)", "next_actions", "job_seeker"),
                _examples("Examples of training content (job seekers)", "study_content", "job_seeker"),
                _callout(
                    "tip",
                    "Moving to a new field: show the connection",
                    "<p>Write in the strengths box which of your abilities carry over to the new field. Customer "
                    "service experience, for example, helps you communicate with users in care work.</p>",
                ),
                _faq("Frequently asked questions from job seekers", "job_seeker"),
                _links(
                    "Related pages",
                    [
                        _page("For working adults: the purpose of the system", "overview-adult", "The big picture."),
                        _page("Create it with support", "howto-supported", "Creating it with help at Hello Work."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Also lists vocational training."),
                    ],
                ),
            ],
        },
    },
