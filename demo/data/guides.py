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
                _sheet("1-2", "学生の方や就業経験がない方は、こちらの様式1-2に書きます。"),
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
                _sheet("1-2", "Students and people without work experience write on form 1-2 instead."),
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
                    "書いたジョブ・カードを見せながら話すと、自分では当たり前だと思っていた経験の価値に気づくことがあります。ここで見つけた<b>強み</b>は、将来の就職活動でエントリーシートや<b>面接</b>の準備にそのまま生かせます。</p>",
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
                    "with your Job Card in hand often reveals the value of experiences you took for granted. The <b>strengths</b> you find here will feed "
                    "straight into entry sheets and <b>interview</b> preparation when you job hunt.</p>",
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
                    "気持ちの整理がつかないときも、話しながら書き進めることで考えがまとまっていきます。棚卸しした内容は、次のステップである応募書類の作成や<b>面接</b>の準備にそのまま使えます。</p>",
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
                    "you sort out your thoughts even when you feel unsettled. What you take stock of here goes straight "
                    "into your application documents and <b>interview</b> preparation.</p>",
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
    # 在職者 × キャリアの棚卸し・振り返り --------------------------------------------------------
    {
        "key": "usage-employed-career_review",
        "slug": "usage-employed-career-review",
        "user_type": "employed",
        "purpose": "career_review",
        "user_types": ["employed"],
        "purposes": ["career_review"],
        "ja": {
            "title": "働きながらキャリアを棚卸しする：面談やセルフ・キャリアドックで",
            "intro": (
                "今の仕事を続けながら、これまでの経験とこれからの方向を整理したい方へ。"
                "職場での面談やセルフ・キャリアドックにジョブ・カードを生かす方法をご紹介します。"
            ),
            "body": [
                _h2("節目ごとの棚卸しが、次の一歩を考える材料に"),
                _p(
                    "<p>入社から数年たったとき、異動や昇格があったとき、子育てや介護で働き方を見直すとき。"
                    "働き続けるなかにも、キャリアを考える節目は何度も訪れます。"
                    "そのたびにジョブ・カードを更新しておくと、自分がどんな経験を積み、どんな力を身につけてきたかが一目で分かります。</p>"
                ),
                _h2("セルフ・キャリアドックでの活用"),
                _p(
                    "<p>セルフ・キャリアドックは、企業が従業員に定期的なキャリアコンサルティングや研修の機会を提供し、"
                    "一人ひとりのキャリア形成を支援する仕組みです。"
                    "導入している職場では、面談の前にジョブ・カードを作成・更新しておくことで、"
                    "限られた時間のなかでも、これまでの振り返りより先の「これから」について話し合えるようになります。</p>"
                ),
                _steps(
                    "面談に向けた準備",
                    [
                        (
                            "職務経歴を最新にする",
                            "<p>様式2に、現在の部署での担当業務や、前回の更新以降に任された仕事を書き足します。</p>",
                        ),
                        (
                            "学んだことを振り返る",
                            "<p>この1年ほどで身につけた知識や技能、うまくいったこと・苦労したことを「学んだこと」の欄に書きます。</p>",
                        ),
                        (
                            "強みと課題を整理する",
                            "<p>「強み等」の欄に、周囲から頼られることや、成果につながった行動を書きます。"
                            "伸ばしたい点や苦手なことへの向き合い方も添えましょう。</p>",
                        ),
                        (
                            "これからを考える",
                            "<p>「将来取り組みたい仕事や働き方等」と「これから取り組むこと等」に、挑戦したい業務、"
                            "身につけたいスキル、仕事と生活のバランスの希望などを書きます。</p>",
                        ),
                        (
                            "面談で共有する",
                            "<p>共有機能を使って、キャリアコンサルタントや上司と必要な様式だけを共有します。"
                            "どこまで見せるかはご自身で選べます。</p>",
                        ),
                    ],
                ),
                _examples("「強み等」の記入例（在職者）", "strengths", "employed"),
                _examples("「これから取り組むこと等」の記入例（在職者）", "next_actions", "employed"),
                _callout(
                    "info",
                    "職場に仕組みがない場合も",
                    "<p>キャリア形成・リスキリング支援センターでは、在職者の方も無料でキャリアコンサルティングを受けられます。"
                    "職場の外で、落ち着いて自分のキャリアを考えたいときにもご利用ください。</p>",
                ),
                _callout(
                    "tip",
                    "更新履歴は自分の成長記録",
                    "<p>更新するたびに履歴が残るので、数年前の自分が何を考えていたかを振り返ることができます。"
                    "年に一度、たとえば年度初めに見直す習慣をつけるのがおすすめです。社内公募や転職の<b>面接</b>を受けることになったときにも、準備の材料になります。</p>",
                ),
                _faq("在職者の方からよくある質問", "employed"),
                _links(
                    "関連ページ",
                    [
                        _page("社会人のみなさんへ：制度の趣旨", "overview-adult", "ジョブ・カードの全体像です。"),
                        _page("企業の方へ", "supporter-company", "職場でジョブ・カードを導入する方法です。"),
                        _page("ライフラインチャートで振り返る", "column-lifeline-chart", "これまでの満足度を線で描きます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Taking stock of your career while working: meetings and self career docks",
            "intro": (
                "For people who want to sort out their experience and direction while staying in their job: how to use "
                "the Job Card in workplace meetings and self career docks."
            ),
            "body": [
                _h2("Taking stock at each turning point"),
                _p(
                    "<p>A few years into a job, after a transfer or promotion, or when childcare or caregiving makes "
                    "you rethink how you work: there are many turning points in a working life. Updating your Job Card "
                    "each time shows at a glance what you have experienced and what you can do.</p>"
                ),
                _h2("Using it in a self career dock"),
                _p(
                    "<p>A self career dock is a scheme in which a company gives employees regular career consulting "
                    "and training to support their career development. Where it exists, creating or updating your Job "
                    "Card before the meeting lets you spend the limited time on the future rather than on "
                    "recapping the past.</p>"
                ),
                _steps(
                    "Preparing for the meeting",
                    [
                        (
                            "Bring your work history up to date",
                            "<p>Add your current duties and anything new you have been given since the last update "
                            "to Form 2.</p>",
                        ),
                        (
                            "Reflect on what you learned",
                            "<p>Write what you learned in the past year or so, what went well and what was hard.</p>",
                        ),
                        (
                            "Sort out strengths and challenges",
                            "<p>In the strengths box, write what colleagues rely on you for and actions that led to "
                            "results, plus what you want to improve.</p>",
                        ),
                        (
                            "Think about what comes next",
                            "<p>Write the work you want to try, skills you want to gain and the work-life balance "
                            "you hope for.</p>",
                        ),
                        (
                            "Share it at the meeting",
                            "<p>Share only the forms you need with the consultant or your manager. You choose how "
                            "much to show.</p>",
                        ),
                    ],
                ),
                _examples("Examples for \"Strengths\" (employed)", "strengths", "employed"),
                _examples("Examples for \"What you will work on next\" (employed)", "next_actions", "employed"),
                _callout(
                    "info",
                    "If your workplace has no such scheme",
                    "<p>People in work can also receive free career consulting at the Career Development and "
                    "Reskilling Support Centers, a calm place to think about your career outside work.</p>",
                ),
                _callout(
                    "tip",
                    "Your update history is a record of growth",
                    "<p>Each update is kept, so you can see what you were thinking years ago. Reviewing it once a "
                    "year, for example at the start of the business year, is a good habit. It also prepares you for "
                    "<b>interviews</b> for internal postings or a job change.</p>",
                ),
                _faq("Frequently asked questions from people in work", "employed"),
                _links(
                    "Related pages",
                    [
                        _page("For working adults: the purpose of the system", "overview-adult", "The big picture."),
                        _page("For companies", "supporter-company", "Introducing the Job Card at work."),
                        _page("Reflecting with a lifeline chart", "column-lifeline-chart", "Draw your satisfaction."),
                    ],
                ),
            ],
        },
    },
    # 在職者 × 仕事を探す準備 --------------------------------------------------------------------
    {
        "key": "usage-employed-job_search",
        "slug": "usage-employed-job-search",
        "user_type": "employed",
        "purpose": "job_search",
        "user_types": ["employed"],
        "purposes": ["job_search"],
        "ja": {
            "title": "在職中に転職の準備を進める",
            "intro": (
                "今の仕事を続けながら、次の職場を探したい方へ。"
                "限られた時間で効率よく準備を進めるための、ジョブ・カードの使い方をご紹介します。"
            ),
            "body": [
                _h2("在職中の転職活動は「準備の質」が大切"),
                _p(
                    "<p>働きながらの転職活動は、書類作成や面接のための時間を確保するのが難しいものです。"
                    "だからこそ、最初にジョブ・カードで経験と希望を整理しておくと、応募先選びに迷わず、"
                    "書類も短時間で仕上げられます。</p>"
                    "<p>また、転職の理由を整理するうちに、今の職場で解決できることが見つかる場合もあります。"
                    "「辞めること」ではなく「どう働きたいか」を軸に考えることが大切です。</p>"
                ),
                _steps(
                    "転職準備の進め方",
                    [
                        (
                            "転職の軸を決める",
                            "<p>様式1-1の「価値観、興味、関心事項等」と「将来取り組みたい仕事や働き方等」に、"
                            "次の職場で実現したいことを書きます。年収、仕事内容、働き方など、優先順位をつけておきましょう。</p>",
                        ),
                        (
                            "実績を具体的に",
                            "<p>様式2の「職務内容」には担当業務の範囲や規模を、「学んだこと」には工夫や成果を書きます。"
                            "数字で示せるものは、社外に出しても差し支えない範囲で書きましょう。</p>",
                        ),
                        (
                            "職務経歴書に変換する",
                            "<p>ジョブ・カードの内容から職務経歴書を出力し、応募する職種に合わせて順序や表現を整えます。</p>",
                        ),
                        (
                            "面接で伝える強みを絞る",
                            "<p>「強み等」の欄から、応募先で最も生かせるものを選び、具体的なエピソードで語れるよう準備します。"
                            "<b>面接</b>では転職理由も聞かれるので、前向きな言葉で説明できるようにしておきましょう。</p>",
                        ),
                    ],
                ),
                _examples("「職務内容」の記入例（在職者）", "job_duties", "employed"),
                _examples("「職務の中で学んだこと」の記入例（在職者）", "job_learnings", "employed"),
                _callout(
                    "warning",
                    "社外秘の情報に注意",
                    "<p>職務経歴を書くときは、取引先の名称や社内の数値など、勤務先の秘密にあたる情報を書かないよう注意してください。"
                    "「大手小売業向け」「前年比で改善」など、一般的な表現に置き換えましょう。</p>",
                ),
                _callout(
                    "info",
                    "在職中でもハローワークで相談できます",
                    "<p>ハローワークは、仕事をしている方も利用できます。求人の検索や職業相談のほか、"
                    "キャリア形成・リスキリング支援センターでは、転職を考え始めた段階からのキャリアコンサルティングも受けられます。</p>",
                ),
                _faq("在職者の方からよくある質問", "employed"),
                _links(
                    "関連ページ",
                    [
                        _page("働きながらキャリアを棚卸しする", "usage-employed-career_review", "転職を考える前の整理に。"),
                        _page("「強み」の見つけ方", "column-finding-strengths", "アピールポイントを探すヒントです。"),
                        _url("ハローワークインターネットサービス", URL_HELLOWORK, "求人情報を検索できます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Preparing to change jobs while still employed",
            "intro": (
                "For people who want to find their next workplace while keeping their current job: how to use the Job "
                "Card to prepare efficiently in limited time."
            ),
            "body": [
                _h2("While employed, the quality of preparation matters"),
                _p(
                    "<p>It is hard to find time for documents and interviews while working. Sorting out your "
                    "experience and wishes on your Job Card first helps you choose where to apply and finish your "
                    "documents quickly.</p>"
                    "<p>Thinking through your reasons may also show that some issues can be solved in your current "
                    "job. Think in terms of how you want to work, not just leaving.</p>"
                ),
                _steps(
                    "How to prepare",
                    [
                        (
                            "Decide your priorities",
                            "<p>In the values and future work boxes of Form 1-1, write what you want from your next "
                            "job and rank pay, content and working style.</p>",
                        ),
                        (
                            "Be concrete about achievements",
                            "<p>On Form 2, describe the scope and scale of your duties and the results of your "
                            "improvements, using figures only where they can be made public.</p>",
                        ),
                        (
                            "Convert to a CV",
                            "<p>Output a CV from your Job Card and adjust the order and wording for the job you are "
                            "applying for.</p>",
                        ),
                        (
                            "Narrow down the strengths to present",
                            "<p>Choose the strengths most useful to the employer and prepare concrete examples. "
                            "<b>Interviews</b> will ask why you are changing jobs, so prepare a positive "
                            "explanation.</p>",
                        ),
                    ],
                ),
                _examples("Examples for \"Duties\" (employed)", "job_duties", "employed"),
                _examples("Examples for \"What you learned at work\" (employed)", "job_learnings", "employed"),
                _callout(
                    "warning",
                    "Mind confidential information",
                    "<p>Do not write client names, internal figures or other confidential information. Use general "
                    "terms such as \"for a major retailer\" or \"improved on the previous year\".</p>",
                ),
                _callout(
                    "info",
                    "Hello Work is open to people in work",
                    "<p>People who are working can also use Hello Work to search vacancies and get job counselling, "
                    "and the Career Development and Reskilling Support Centers offer career consulting from the "
                    "moment you start thinking about a change.</p>",
                ),
                _faq("Frequently asked questions from people in work", "employed"),
                _links(
                    "Related pages",
                    [
                        _page("Taking stock while working", "usage-employed-career_review", "Before deciding to move."),
                        _page("Finding your strengths", "column-finding-strengths", "Ideas for what to highlight."),
                        _url("Hello Work Internet Service", URL_HELLOWORK, "Search job vacancies."),
                    ],
                ),
            ],
        },
    },
    # 在職者 × 訓練を受ける準備 ------------------------------------------------------------------
    {
        "key": "usage-employed-training",
        "slug": "usage-employed-training",
        "user_type": "employed",
        "purpose": "training",
        "user_types": ["employed"],
        "purposes": ["training"],
        "ja": {
            "title": "学び直し（リスキリング）の計画にジョブ・カードを使う",
            "intro": (
                "仕事の幅を広げたい、新しい技術を身につけたい。働きながら学び直しを考えている方へ、"
                "講座の選び方や教育訓練給付制度の利用、学んだ成果の記録にジョブ・カードを生かす方法をご紹介します。"
            ),
            "body": [
                _h2("何のために学ぶのかを先に決める"),
                _p(
                    "<p>学び直しの講座や資格はたくさんあります。目的があいまいなまま始めると、途中で続かなくなったり、"
                    "学んだことを仕事に生かせなかったりしがちです。"
                    "まずジョブ・カードで、今の仕事で身につけた力と、これから必要になる力の差を確かめましょう。</p>"
                ),
                _steps(
                    "学び直しの計画づくり",
                    [
                        (
                            "今の力を確かめる",
                            "<p>様式2の「学んだこと」と様式3-1の免許・資格を見直し、すでに持っている知識や技能を整理します。</p>",
                        ),
                        (
                            "目指す姿を描く",
                            "<p>様式1-1の「将来取り組みたい仕事や働き方等」に、3年後、5年後にどんな仕事をしていたいかを書きます。</p>",
                        ),
                        (
                            "足りない力と学び方を決める",
                            "<p>目指す仕事に必要なスキルをjob tagなどで調べ、「これから取り組むこと等」に、"
                            "学ぶ内容、方法（講座、通信教育、社内研修など）、時期を書きます。</p>",
                        ),
                        (
                            "学んだ成果を記録する",
                            "<p>講座を修了したら様式3-2の訓練歴に、資格を取得したら様式3-1に記録します。"
                            "職場で実務の成果が評価された場合は、様式3-3として保存できます。</p>",
                        ),
                    ],
                ),
                _h2("教育訓練給付制度を利用する場合"),
                _p(
                    "<p>教育訓練給付制度は、一定の要件を満たす方が、厚生労働大臣の指定する講座を受講・修了した場合に、"
                    "費用の一部が支給される制度です。"
                    "専門実践教育訓練や特定一般教育訓練の給付を受けるには、受講前に訓練対応キャリアコンサルタントによる"
                    "キャリアコンサルティングを受け、ジョブ・カードを作成することが必要です。"
                    "支給の要件や手続は、お近くのハローワークでご確認ください。</p>"
                ),
                _callout(
                    "info",
                    "職場の訓練制度も確認を",
                    "<p>企業によっては、仕事をしながら職場の内外で訓練を受ける雇用型訓練や、資格取得支援の制度を設けています。"
                    "人事担当の方に、利用できる制度があるか確認してみましょう。</p>",
                ),
                _examples("「これから取り組むこと等」の記入例（在職者）", "next_actions", "employed"),
                _examples("「免許・資格の内容等」の記入例（在職者）", "qualification_notes", "employed"),
                _callout(
                    "tip",
                    "学び直しは面談の話題にも",
                    "<p>学んでいることをジョブ・カードに書いておくと、上司との面談やセルフ・キャリアドックで、"
                    "新しい仕事への挑戦や配置の希望を伝えるきっかけになります。学び続ける姿勢はあなたの<b>強み</b>の一つであり、社内公募や転職の<b>面接</b>でも伝えられます。</p>",
                ),
                _faq("在職者の方からよくある質問", "employed"),
                _links(
                    "関連ページ",
                    [
                        _page("支援を受けて作成する", "howto-supported", "キャリアコンサルティングの受け方です。"),
                        _page("働きながらキャリアを棚卸しする", "usage-employed-career_review", "面談での活用法です。"),
                        _url("job tag（職業情報提供サイト）", URL_JOBTAG, "職業ごとに必要なスキルを調べられます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Planning reskilling with your Job Card",
            "intro": (
                "For people who want to broaden their work or learn new skills while working: how to use the Job Card "
                "to choose courses, use the Education and Training Benefit system and record what you learn."
            ),
            "body": [
                _h2("Decide why you are learning first"),
                _p(
                    "<p>There are many courses and qualifications. Starting without a clear purpose makes it hard to "
                    "keep going or to use what you learn. First use your Job Card to see the gap between the skills "
                    "you have and those you will need.</p>"
                ),
                _steps(
                    "Making a learning plan",
                    [
                        (
                            "Check what you can do now",
                            "<p>Review what you learned on Form 2 and your qualifications on Form 3-1.</p>",
                        ),
                        (
                            "Picture where you want to be",
                            "<p>In the future work box of Form 1-1, write what work you want to be doing in three or "
                            "five years.</p>",
                        ),
                        (
                            "Decide what to learn and how",
                            "<p>Check required skills on job tag and write in the next-steps box what you will learn, "
                            "how (courses, distance learning, in-house training) and when.</p>",
                        ),
                        (
                            "Record your results",
                            "<p>Add finished courses to your training history on Form 3-2 and new qualifications to "
                            "Form 3-1. If your work results are evaluated, save them as Form 3-3.</p>",
                        ),
                    ],
                ),
                _h2("Using the Education and Training Benefit system"),
                _p(
                    "<p>Under the Education and Training Benefit system, people who meet certain conditions receive "
                    "part of the cost when they complete a course designated by the Minister of Health, Labour and "
                    "Welfare. For specialised practical and specific general education and training benefits, you "
                    "must receive career consulting from a training-qualified career consultant and create a Job Card "
                    "before the course. Check the conditions and procedures at your local Hello Work.</p>"
                ),
                _callout(
                    "info",
                    "Check your workplace's schemes too",
                    "<p>Some companies offer employment-based training, combining work with on- and off-the-job "
                    "training, or support for qualifications. Ask your HR staff what is available.</p>",
                ),
                _examples("Examples for \"What you will work on next\" (employed)", "next_actions", "employed"),
                _examples("Examples for \"Content of qualifications\" (employed)", "qualification_notes", "employed"),
                _callout(
                    "tip",
                    "Reskilling is a good topic for meetings",
                    "<p>Recording what you are learning gives you an opening to talk about new challenges or "
                    "placement wishes in meetings with your manager or a self career dock. Commitment to learning is one "
                    "of your <b>strengths</b>, and you can present it in <b>interviews</b> for internal postings or a new job.</p>",
                ),
                _faq("Frequently asked questions from people in work", "employed"),
                _links(
                    "Related pages",
                    [
                        _page("Create it with support", "howto-supported", "How to receive career consulting."),
                        _page("Taking stock while working", "usage-employed-career_review", "Using it in meetings."),
                        _url("job tag (occupational information)", URL_JOBTAG, "Skills needed by job."),
                    ],
                ),
            ],
        },
    },
]


# ---------------------------------------------------------------------------------------------
# 支援者向けガイダンス（導入事例つき）
# ---------------------------------------------------------------------------------------------

SUPPORTER_PAGES = [
    {
        "key": "supporter-consultant",
        "slug": "supporter-consultant",
        "kind": "consultant",
        "user_types": ["job_seeker", "employed", "student"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "キャリアコンサルタントなど作成支援者の方へ",
            "intro": (
                "相談者のジョブ・カード作成を支援する方に向けて、このサイトの機能と、"
                "対面・オンラインでの支援の進め方をご紹介します。"
            ),
            "body": [
                _h2("このサイトで支援がどう変わるか"),
                _p(
                    "<p>これまで紙やExcelで作成されていたジョブ・カードは、相談の場に持参されなかったり、"
                    "前回の内容が手元に残っていなかったりすることがありました。"
                    "このサイトでは、相談者が作成・保存したジョブ・カードを、相談者の同意のもとで共有できます。"
                    "面談の前に内容を確認でき、更新の履歴から前回からの変化も把握できます。</p>"
                    "<ul>"
                    "<li>相談者は、各欄のヘルプや属性別の記入例を見ながら、事前に書き進めておくことができます。</li>"
                    "<li>オンライン会議ツールを使った面談でも、同じジョブ・カードを見ながら話せます。</li>"
                    "<li>作成した内容は、履歴書・職務経歴書の形式に変換でき、応募書類の作成支援にもつなげられます。</li>"
                    "</ul>"
                ),
                _steps(
                    "支援の進め方（例）",
                    [
                        (
                            "事前に作成を案内する",
                            "<p>予約の段階で、このサイトで書けるところまで書いてくるよう案内します。"
                            "様式3-2、3-1、2など事実を記入する様式から始めると、負担が少なく取り組めます。</p>",
                        ),
                        (
                            "共有を受けて内容を確認する",
                            "<p>相談者から共有されたジョブ・カードに目を通し、面談で深めたい点をメモしておきます。</p>",
                        ),
                        (
                            "面談で対話する",
                            "<p>記入された経験について問いかけ、相談者自身が価値観や強みに気づけるよう支援します。"
                            "書き直しは相談者自身が行うことを基本とします。</p>",
                        ),
                        (
                            "記入欄に記入する",
                            "<p>キャリア・プランシートの「キャリアコンサルティング実施者の記入欄」に、氏名、登録番号、所属、実施日とコメントを記入します。"
                            "記入するのは、相談者が同意した内容に限ります。</p>",
                        ),
                        (
                            "次の行動を確認する",
                            "<p>「これから取り組むこと等」を相談者と一緒に確認し、次回の面談までの行動を具体的にしておきます。</p>",
                        ),
                    ],
                ),
                _callout(
                    "warning",
                    "相談者の同意を大切に",
                    "<p>ジョブ・カードには多くの個人情報が含まれます。共有や記入は相談者の同意を得たうえで行い、"
                    "相談の目的以外に利用しないでください。</p>",
                ),
                _callout(
                    "tip",
                    "記入例は「書き始めのきっかけ」として",
                    "<p>記入例は、相談者が何を書けばよいか分からないときのきっかけとして紹介すると効果的です。"
                    "そのまま写すのではなく、自分の経験に置き換えるよう声をかけましょう。</p>",
                ),
                _examples("「強み等」の記入例（すべての属性）", "strengths"),
                _faq("キャリアコンサルタントの方からよくある質問", "consultant"),
                _links(
                    "関連ページ",
                    [
                        _page("支援を受けて作成する", "howto-supported", "相談者向けに案内している内容です。"),
                        _page("学校の方へ", "supporter-school", "学校での導入方法です。"),
                        _url("厚生労働省：ジョブ・カード制度", URL_MHLW, "制度や施策の情報です。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "For career consultants and other supporters",
            "intro": (
                "For people who help others create a Job Card: the site's functions and how to give support face to "
                "face and online."
            ),
            "body": [
                _h2("How this site changes support"),
                _p(
                    "<p>Job Cards made on paper or in Excel were sometimes not brought to sessions, or the previous "
                    "version was not at hand. On this site, clients can share the Job Card they created and saved, "
                    "with their consent. You can read it beforehand and see changes since last time in the update "
                    "history.</p>"
                    "<ul>"
                    "<li>Clients can write in advance with help and examples matched to their attributes.</li>"
                    "<li>In online meetings you can both look at the same Job Card.</li>"
                    "<li>Content converts into a résumé and CV, linking naturally to application support.</li>"
                    "</ul>"
                ),
                _steps(
                    "An example of how to support",
                    [
                        (
                            "Ask clients to start beforehand",
                            "<p>When booking, ask clients to write what they can on the site, starting with factual "
                            "forms such as 3-2, 3-1 and 2.</p>",
                        ),
                        (
                            "Review what is shared",
                            "<p>Read the shared Job Card and note points to explore in the session.</p>",
                        ),
                        (
                            "Talk it through",
                            "<p>Ask about the experiences written and help clients notice their own values and "
                            "strengths. Clients should do the rewriting themselves.</p>",
                        ),
                        (
                            "Fill in the consultant's box",
                            "<p>Enter your name, registration number, affiliation, date and comments in the consultant's "
                            "box, recording only points the client agrees to.</p>",
                        ),
                        (
                            "Confirm next actions",
                            "<p>Review the next-steps box together and make actions until the next session concrete.</p>",
                        ),
                    ],
                ),
                _callout(
                    "warning",
                    "Respect the client's consent",
                    "<p>A Job Card contains a lot of personal information. Share and write only with the client's "
                    "consent, and do not use it for anything but the consultation.</p>",
                ),
                _callout(
                    "tip",
                    "Use examples as a starting point",
                    "<p>Examples work best as a prompt when clients do not know what to write. Encourage them to "
                    "rewrite in terms of their own experience.</p>",
                ),
                _examples("Examples for \"Strengths\" (all attributes)", "strengths"),
                _faq("Frequently asked questions from career consultants", "consultant"),
                _links(
                    "Related pages",
                    [
                        _page("Create it with support", "howto-supported", "What we tell clients."),
                        _page("For schools", "supporter-school", "Introducing it at schools."),
                        _url("MHLW: Job Card system", URL_MHLW, "Information on the system and policies."),
                    ],
                ),
            ],
        },
        "case_studies": [
            {
                "key": "case-consultant-online",
                "slug": "case-consultant-online",
                "ja": {
                    "title": "オンライン面談とジョブ・カードの共有で、遠方の相談者にも継続支援",
                    "organisation": "地方都市でキャリア相談を行う民間の相談機関B（キャリアコンサルタント5名）",
                    "intro": (
                        "相談者の多くが郊外や山間部に住み、来所が負担になっていたB機関では、"
                        "オンライン面談とこのサイトの共有機能を組み合わせて支援を続けています。"
                    ),
                    "body": [
                        _h2("導入前の課題"),
                        _p(
                            "<p>相談者の自宅から相談室まで車で1時間以上かかることも多く、2回目以降の面談が途切れがちでした。"
                            "紙のジョブ・カードは相談者と相談員の手元で内容が食い違うこともあり、面談の最初に確認する時間がかかっていました。</p>"
                        ),
                        _steps(
                            "取り組みの内容",
                            [
                                (
                                    "初回は対面で",
                                    "<p>初回面談は来所してもらい、サイトの利用者登録と、様式3-2・3-1の入力を一緒に行いました。</p>",
                                ),
                                (
                                    "2回目以降はオンラインで",
                                    "<p>相談者が自宅で書き進めたジョブ・カードを共有してもらい、オンライン会議ツールで同じ画面を見ながら面談しました。</p>",
                                ),
                                (
                                    "記入欄で振り返り",
                                    "<p>面談のたびに、相談者が同意した内容を記入欄に残し、次の面談の冒頭で一緒に読み返しました。</p>",
                                ),
                            ],
                        ),
                        _h2("導入後の変化"),
                        _p(
                            "<p>移動の負担がなくなったことで、継続して面談を受ける相談者が増えたと感じています。"
                            "面談の前にジョブ・カードを読んでおけるため、面談の時間を「これからどうするか」の話し合いに多く使えるようになりました。"
                            "相談者からも「前回の話を覚えていてくれるので安心できる」という声が聞かれます。</p>"
                        ),
                        _callout(
                            "tip",
                            "担当者からのひとこと",
                            "<p>オンラインでは相談者の表情が読み取りにくいこともあるため、"
                            "書かれた言葉の背景を丁寧に尋ねるよう心がけています。</p>",
                        ),
                    ],
                },
                "en": {
                    "title": "Continuing support for distant clients with online meetings and sharing",
                    "organisation": "Private career counselling office B in a regional city (five career consultants)",
                    "intro": (
                        "Many of B's clients live in suburbs or mountain areas where visiting is a burden. B now "
                        "combines online meetings with the site's sharing function to keep supporting them."
                    ),
                    "body": [
                        _h2("The challenge"),
                        _p(
                            "<p>Many clients lived over an hour's drive away, and follow-up sessions often lapsed. "
                            "Paper Job Cards sometimes differed between the client's copy and the counsellor's, and "
                            "sessions began with time spent checking them.</p>"
                        ),
                        _steps(
                            "What they did",
                            [
                                (
                                    "First session in person",
                                    "<p>At the first visit, client and counsellor registered on the site and "
                                    "entered Forms 3-2 and 3-1 together.</p>",
                                ),
                                (
                                    "Later sessions online",
                                    "<p>Clients shared the Job Card they had continued at home, and both looked at "
                                    "the same screen in an online meeting.</p>",
                                ),
                                (
                                    "Reviewing the consultant's notes",
                                    "<p>After each session, points the client agreed to were recorded and read "
                                    "together at the start of the next one.</p>",
                                ),
                            ],
                        ),
                        _h2("What changed"),
                        _p(
                            "<p>Without the travel, more clients seem to continue their sessions. Reading the Job Card "
                            "beforehand leaves more time to discuss what to do next, and clients say it is reassuring "
                            "that the counsellor remembers the last conversation.</p>"
                        ),
                        _callout(
                            "tip",
                            "A word from the staff",
                            "<p>Expressions are harder to read online, so we take care to ask about the background "
                            "of what clients have written.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "supporter-company",
        "slug": "supporter-company",
        "kind": "company",
        "user_types": ["employed"],
        "purposes": ["career_review", "training"],
        "ja": {
            "title": "企業の方へ：職場でジョブ・カードを活用する",
            "intro": (
                "従業員のキャリア形成支援や人材育成にジョブ・カードを取り入れたい企業の方に向けて、"
                "導入の進め方と、このサイトの使い方をご紹介します。"
            ),
            "body": [
                _h2("企業がジョブ・カードを活用するメリット"),
                _p(
                    "<ul>"
                    "<li><b>面談の質が上がる</b>：従業員が経験や希望を事前に整理してくるため、キャリア面談やセルフ・キャリアドックで、"
                    "これからの働き方について具体的に話し合えます。</li>"
                    "<li><b>育成の成果を共通の物差しで示せる</b>：職業能力証明（訓練成果・実務成果）シート（様式3-3）を使うと、"
                    "OJTや研修の成果を、決まった基準に沿って評価・記録できます。</li>"
                    "<li><b>従業員の自律的なキャリア形成を後押しできる</b>：従業員が自分の強みや課題に気づき、"
                    "学び直しに主体的に取り組むきっかけになります。</li>"
                    "</ul>"
                ),
                _h2("様式3-3による評価"),
                _p(
                    "<p>様式3-3では、企業が設定した職務について、「職務遂行のための基本的能力」と「技能・技術に関する能力」を、"
                    "本人の自己評価と企業の評価で並べて記録します。"
                    "評価は「A：常にできている」「B：大体できている」「C：評価しない」で行い、"
                    "評価が自己評価と異なる場合や目標に届かなかった場合は、総評で理由や助言を伝えます。"
                    "指導担当者、評価担当者、評価責任者の役割をあらかじめ決めておくとスムーズです。</p>"
                ),
                _steps(
                    "導入の進め方",
                    [
                        (
                            "目的を決める",
                            "<p>キャリア面談の充実、OJTの評価、セルフ・キャリアドックの導入など、何のためにジョブ・カードを使うかを決めます。</p>",
                        ),
                        (
                            "従業員に説明する",
                            "<p>ジョブ・カードの目的と、誰がどの様式を見るのかを説明します。"
                            "ジョブ・カードは本人のものであり、どこまで共有するかは本人が選べることを必ず伝えてください。</p>",
                        ),
                        (
                            "作成の時間を確保する",
                            "<p>勤務時間内に作成の時間を設けたり、研修の一部として作成したりすると、取り組みが広がりやすくなります。</p>",
                        ),
                        (
                            "面談・評価に使う",
                            "<p>共有を受けたジョブ・カードをもとに面談を行い、必要に応じて様式3-3で評価を記録します。</p>",
                        ),
                        (
                            "定期的に更新する",
                            "<p>年に一度の面談の前など、更新の時期を決めておくと、キャリアの記録として積み重なっていきます。</p>",
                        ),
                    ],
                ),
                _callout(
                    "warning",
                    "提出の強制や選考への利用は避けてください",
                    "<p>ジョブ・カードの提出は本人の意思によるものです。提出を強制したり、"
                    "本人の同意なく人事評価や配置の判断に使ったりすることは避けてください。</p>",
                ),
                _callout(
                    "info",
                    "相談窓口",
                    "<p>キャリア形成・リスキリング支援センターでは、企業向けにセルフ・キャリアドックの導入などに関する相談にも応じています。</p>",
                ),
                _faq("企業の方からよくある質問", "company"),
                _links(
                    "関連ページ",
                    [
                        _page("働きながらキャリアを棚卸しする", "usage-employed-career_review", "従業員向けの案内です。"),
                        _page("学び直しの計画に使う", "usage-employed-training", "リスキリングとジョブ・カード。"),
                        _url("厚生労働省：ジョブ・カード制度", URL_MHLW, "制度や関連施策の情報です。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "For companies: using the Job Card at work",
            "intro": (
                "For companies that want to use the Job Card in supporting employees' careers and developing people: "
                "how to introduce it and how to use this site."
            ),
            "body": [
                _h2("Benefits for companies"),
                _p(
                    "<ul>"
                    "<li><b>Better meetings</b>: employees arrive having organised their experience and wishes, so "
                    "career meetings and self career docks can focus concretely on the future.</li>"
                    "<li><b>A common yardstick for development</b>: with Form 3-3 (training and work results), OJT "
                    "and training results can be evaluated and recorded against set criteria.</li>"
                    "<li><b>Self-directed careers</b>: employees notice their strengths and challenges and take up "
                    "learning on their own initiative.</li>"
                    "</ul>"
                ),
                _h2("Evaluation with Form 3-3"),
                _p(
                    "<p>For duties set by the company, Form 3-3 records basic work abilities and technical skills, "
                    "with the employee's self-evaluation beside the company's. Ratings are A (always does it), B "
                    "(mostly does it) and C (not evaluated); where the ratings differ or a goal is not met, the "
                    "overall comment explains why and gives advice. Decide the instructor, evaluator and responsible "
                    "person in advance.</p>"
                ),
                _steps(
                    "How to introduce it",
                    [
                        (
                            "Decide the purpose",
                            "<p>Decide what you will use it for: better career meetings, OJT evaluation, a self "
                            "career dock, and so on.</p>",
                        ),
                        (
                            "Explain it to employees",
                            "<p>Explain the purpose and who sees which forms. Always make clear that the Job Card "
                            "belongs to the employee, who chooses what to share.</p>",
                        ),
                        (
                            "Make time to create it",
                            "<p>Setting aside working time, or including it in training, helps it spread.</p>",
                        ),
                        (
                            "Use it in meetings and evaluation",
                            "<p>Hold meetings based on shared Job Cards and record evaluations on Form 3-3 where "
                            "appropriate.</p>",
                        ),
                        (
                            "Update regularly",
                            "<p>Fix a time, such as before the annual meeting, so that it builds up into a career "
                            "record.</p>",
                        ),
                    ],
                ),
                _callout(
                    "warning",
                    "Do not force submission or use it for selection",
                    "<p>Submitting a Job Card is the employee's choice. Do not force it, or use it for appraisal or "
                    "placement decisions without consent.</p>",
                ),
                _callout(
                    "info",
                    "Where to get advice",
                    "<p>The Career Development and Reskilling Support Centers also advise companies, for example on "
                    "introducing a self career dock.</p>",
                ),
                _faq("Frequently asked questions from companies", "company"),
                _links(
                    "Related pages",
                    [
                        _page("Taking stock while working", "usage-employed-career_review", "Guidance for employees."),
                        _page("Planning reskilling", "usage-employed-training", "Reskilling and the Job Card."),
                        _url("MHLW: Job Card system", URL_MHLW, "The system and related policies."),
                    ],
                ),
            ],
        },
        "case_studies": [
            {
                "key": "case-company-manufacturing",
                "slug": "case-company-manufacturing",
                "ja": {
                    "title": "若手の定着と技能の見える化に、面談と様式3-3を活用",
                    "organisation": "従業員300名の製造業A社（愛知県）",
                    "intro": (
                        "金属部品の加工を手がけるA社では、入社3年以内の若手社員の育成にジョブ・カードを取り入れ、"
                        "上司との面談とOJTの評価に活用しています。"
                    ),
                    "body": [
                        _h2("導入のきっかけ"),
                        _p(
                            "<p>A社では、若手社員から「自分がどこまでできるようになったのか分からない」という声があり、"
                            "指導する側も教え方や評価の基準が人によってばらつくことに悩んでいました。"
                            "そこで、育成の目標と成果を共通の形式で記録するため、ジョブ・カードの導入を決めました。</p>"
                        ),
                        _steps(
                            "取り組みの内容",
                            [
                                (
                                    "評価項目を整える",
                                    "<p>製造現場の職務に合わせて様式3-3の評価項目を選び、指導担当者・評価担当者・評価責任者を決めました。</p>",
                                ),
                                (
                                    "入社時に作成",
                                    "<p>新入社員研修の中で時間を取り、全員がこのサイトでキャリア・プランシートと学習歴を作成しました。</p>",
                                ),
                                (
                                    "半年ごとの面談",
                                    "<p>半年ごとに本人が自己評価を記入し、上司の評価と並べて面談しました。"
                                    "評価が分かれた項目は、総評で理由と次の目標を伝えています。</p>",
                                ),
                            ],
                        ),
                        _h2("導入後の変化"),
                        _p(
                            "<p>若手社員からは「できるようになったことが形に残るので励みになる」という声が寄せられ、"
                            "指導担当者の間でも教える内容がそろってきました。"
                            "面談では、技能の話だけでなく、将来どんな仕事に挑戦したいかを話し合う場面が増えています。</p>"
                        ),
                        _callout(
                            "info",
                            "工夫した点",
                            "<p>ジョブ・カードは本人のものであることを最初に説明し、共有する様式は本人が選べるようにしました。"
                            "そのことが、安心して本音を書いてもらうことにつながったと考えています。</p>",
                        ),
                    ],
                },
                "en": {
                    "title": "Interviews and Form 3-3 to retain young staff and make skills visible",
                    "organisation": "Manufacturer A with 300 employees (Aichi Prefecture)",
                    "intro": (
                        "Metal parts maker A uses the Job Card to develop employees in their first three years, in "
                        "meetings with managers and in OJT evaluation."
                    ),
                    "body": [
                        _h2("Why they started"),
                        _p(
                            "<p>Young employees said they could not tell how far they had progressed, and trainers "
                            "worried that teaching and evaluation varied from person to person. A decided to use the "
                            "Job Card to record goals and results in a common format.</p>"
                        ),
                        _steps(
                            "What they did",
                            [
                                (
                                    "Set evaluation items",
                                    "<p>They chose Form 3-3 items to suit shop-floor duties and appointed instructors, "
                                    "evaluators and a responsible person.</p>",
                                ),
                                (
                                    "Create it on joining",
                                    "<p>During induction training, all new employees created their Career Plan Sheet "
                                    "and education history on the site.</p>",
                                ),
                                (
                                    "Meetings every six months",
                                    "<p>Every six months employees rate themselves and discuss it beside their "
                                    "manager's rating. Where ratings differ, the overall comment gives reasons and "
                                    "next goals.</p>",
                                ),
                            ],
                        ),
                        _h2("What changed"),
                        _p(
                            "<p>Young employees say it is encouraging to see their progress recorded, and trainers "
                            "now teach more consistently. Meetings increasingly cover what employees want to try in "
                            "future, not only skills.</p>"
                        ),
                        _callout(
                            "info",
                            "What made it work",
                            "<p>They explained first that the Job Card belongs to the employee, who chooses what to "
                            "share. They believe this helped people write honestly.</p>",
                        ),
                    ],
                },
            },
            {
                "key": "case-company-care",
                "slug": "case-company-care",
                "ja": {
                    "title": "セルフ・キャリアドックの面談準備にジョブ・カードを活用",
                    "organisation": "介護施設を運営する従業員120名の社会福祉法人C（九州地方）",
                    "intro": (
                        "C法人では、職員の定期的なキャリア面談を始めるにあたり、面談の準備としてジョブ・カードの作成・更新を取り入れました。"
                    ),
                    "body": [
                        _h2("導入の背景"),
                        _p(
                            "<p>C法人では、資格取得や役職への挑戦を希望する職員がいる一方で、"
                            "夜勤のある勤務形態のため、面談の時間を十分に確保しにくいという課題がありました。</p>"
                        ),
                        _steps(
                            "取り組みの内容",
                            [
                                (
                                    "外部の専門家と面談",
                                    "<p>外部のキャリアコンサルタントに依頼し、年1回、全職員を対象に面談を行う仕組みを作りました。</p>",
                                ),
                                (
                                    "スマートフォンで事前準備",
                                    "<p>職員は休憩時間などにスマートフォンからジョブ・カードを更新し、面談前に共有しました。</p>",
                                ),
                                (
                                    "学び直しの計画へ",
                                    "<p>面談で話し合った資格取得の計画を「これから取り組むこと等」に書き、翌年の面談で振り返りました。</p>",
                                ),
                            ],
                        ),
                        _h2("導入後の変化"),
                        _p(
                            "<p>短い面談時間でも、職員の希望や悩みを具体的に聞けるようになりました。"
                            "資格取得を目指す職員のシフト調整など、職場としての支援策を検討するきっかけにもなっています。</p>"
                        ),
                    ],
                },
                "en": {
                    "title": "Using the Job Card to prepare for self career dock meetings",
                    "organisation": "Social welfare corporation C running care homes, 120 employees (Kyushu)",
                    "intro": (
                        "When C started regular career meetings for staff, it introduced creating and updating the Job "
                        "Card as preparation."
                    ),
                    "body": [
                        _h2("Background"),
                        _p(
                            "<p>Some staff wanted to gain qualifications or take on leadership roles, but night shifts "
                            "made it hard to find time for meetings.</p>"
                        ),
                        _steps(
                            "What they did",
                            [
                                (
                                    "Meetings with an outside expert",
                                    "<p>An external career consultant now meets every staff member once a year.</p>",
                                ),
                                (
                                    "Preparing on smartphones",
                                    "<p>Staff update their Job Card on their phones, for example during breaks, and "
                                    "share it before the meeting.</p>",
                                ),
                                (
                                    "Into a learning plan",
                                    "<p>Qualification plans discussed in the meeting go into the next-steps box and "
                                    "are reviewed the following year.</p>",
                                ),
                            ],
                        ),
                        _h2("What changed"),
                        _p(
                            "<p>Even short meetings now bring out staff wishes and concerns concretely, and the "
                            "corporation has begun considering support such as adjusting shifts for staff studying "
                            "for qualifications.</p>"
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "supporter-school",
        "slug": "supporter-school",
        "kind": "school",
        "user_types": ["student"],
        "purposes": ["career_review", "job_search", "training"],
        "ja": {
            "title": "学校の方へ：キャリア教育・就職支援にジョブ・カードを",
            "intro": (
                "大学、短期大学、専門学校、高等学校などで、キャリア教育や就職支援にジョブ・カードを取り入れたい"
                "教職員の方に向けて、導入の進め方をご紹介します。"
            ),
            "body": [
                _h2("学校でジョブ・カードを使うメリット"),
                _p(
                    "<ul>"
                    "<li>学生が学びや課外活動を振り返り、自分の言葉で強みや関心を表現する練習になります。</li>"
                    "<li>キャリアセンターでの個別相談の前に学生が内容を整理してくるため、相談が具体的になります。</li>"
                    "<li>就職後も、このサイトの同期機能で学生時代の記録を社会人用の様式に引き継げるため、"
                    "学校での学びが卒業後のキャリアづくりにつながります。</li>"
                    "</ul>"
                ),
                _steps(
                    "授業での導入例（全3回）",
                    [
                        (
                            "第1回：学習歴と資格を書く",
                            "<p>制度の趣旨を説明したうえで、様式3-2（学習歴）と様式3-1（免許・資格）を作成します。"
                            "事実を書く様式なので、初めての学生も取り組みやすい内容です。</p>",
                        ),
                        (
                            "第2回：経験を振り返る",
                            "<p>ライフラインチャートを描き、様式1-2の「学校や学校以外で取り組んだこと」を書きます。"
                            "アルバイトやインターンシップの経験は様式2に書いてもよいことを伝えます。</p>",
                        ),
                        (
                            "第3回：強みと将来を考える",
                            "<p>グループで互いの経験を聞き合い、「強み等」「将来取り組みたい仕事や働き方等」を書きます。"
                            "他の学生から見た強みを聞くことで、自分では気づきにくい良さが見えてきます。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "記入順は3-2 → 3-1 → 1-2がおすすめ",
                    "<p>学生は、事実を書く様式から始めて、最後にキャリア・プランシートに取り組むと、"
                    "考えをまとめやすくなります。</p>",
                ),
                _callout(
                    "warning",
                    "個人情報の取扱い",
                    "<p>学生のジョブ・カードを教職員が確認する場合は、学生本人の同意を得て共有を受けてください。"
                    "成績評価のために内容の提出を義務づけることは避け、学生が安心して書ける環境を整えましょう。</p>",
                ),
                _examples("「学校や学校以外で取り組んだこと」の記入例", "school_activities", "student"),
                _faq("学校の方からよくある質問", "school"),
                _links(
                    "関連ページ",
                    [
                        _page("学生のみなさんへ：ジョブ・カードとは", "overview-student", "学生向けの制度説明です。"),
                        _page("学生の就職活動に生かす", "usage-student-job_search", "学生に案内できる活用法です。"),
                        _url("job tag（職業情報提供サイト）", URL_JOBTAG, "授業での仕事理解に使えます。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "For schools: the Job Card in career education and job support",
            "intro": (
                "For staff at universities, junior colleges, vocational schools and high schools who want to use the "
                "Job Card in career education and job placement support."
            ),
            "body": [
                _h2("Benefits for schools"),
                _p(
                    "<ul>"
                    "<li>Students practise reflecting on their studies and activities and describing their strengths "
                    "and interests in their own words.</li>"
                    "<li>Students arrive at individual career centre sessions with their thoughts organised.</li>"
                    "<li>After graduation the sync function carries their student record over to the form for working "
                    "people, connecting school learning to their later career.</li>"
                    "</ul>"
                ),
                _steps(
                    "Example: three class sessions",
                    [
                        (
                            "Session 1: education and qualifications",
                            "<p>Explain the system, then create Form 3-2 (education) and Form 3-1 (qualifications). "
                            "These factual forms are easy for beginners.</p>",
                        ),
                        (
                            "Session 2: reflecting on experience",
                            "<p>Draw a lifeline chart and write what students did in and outside school on Form 1-2. "
                            "Part-time jobs and internships may go on Form 2.</p>",
                        ),
                        (
                            "Session 3: strengths and the future",
                            "<p>In groups, students listen to each other's experiences and write their strengths and "
                            "future work. Hearing how others see them reveals qualities they miss.</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "Recommended order: 3-2, 3-1, then 1-2",
                    "<p>Starting with factual forms and ending with the Career Plan Sheet helps students organise "
                    "their thoughts.</p>",
                ),
                _callout(
                    "warning",
                    "Handling personal information",
                    "<p>Staff should view a student's Job Card only when the student shares it with consent. Avoid "
                    "requiring it for grading, so students can write freely.</p>",
                ),
                _examples("Examples for \"What you did in and outside school\"", "school_activities", "student"),
                _faq("Frequently asked questions from schools", "school"),
                _links(
                    "Related pages",
                    [
                        _page("For students: what is the Job Card?", "overview-student", "The system for students."),
                        _page("Using it in job hunting (students)", "usage-student-job_search", "Guidance to share."),
                        _url("job tag (occupational information)", URL_JOBTAG, "Useful for learning about jobs."),
                    ],
                ),
            ],
        },
        "case_studies": [
            {
                "key": "case-school-university",
                "slug": "case-school-university",
                "ja": {
                    "title": "キャリア科目にジョブ・カードを組み込み、個別相談を充実",
                    "organisation": "学生数約4,000名の私立大学D（関東地方）",
                    "intro": (
                        "D大学では、2年生向けのキャリア科目でジョブ・カードを作成し、"
                        "キャリアセンターでの個別相談に生かしています。"
                    ),
                    "body": [
                        _h2("導入前の課題"),
                        _p(
                            "<p>キャリアセンターの個別相談では、学生が自分の経験をうまく言葉にできず、"
                            "相談時間の多くが聞き取りに費やされていました。"
                            "また、3年生になってから慌てて自己分析を始める学生が多いことも課題でした。</p>"
                        ),
                        _steps(
                            "取り組みの内容",
                            [
                                (
                                    "2年生の授業で作成",
                                    "<p>キャリア科目の3回分を使い、様式3-2、3-1、1-2の順にこのサイトで作成しました。</p>",
                                ),
                                (
                                    "相談時に共有",
                                    "<p>個別相談を予約した学生には、事前にジョブ・カードを共有してもらうよう案内しました。</p>",
                                ),
                                (
                                    "3年生で更新",
                                    "<p>インターンシップに参加した学生は、その経験を様式2に書き足し、面接の練習に使いました。</p>",
                                ),
                            ],
                        ),
                        _h2("導入後の変化"),
                        _p(
                            "<p>相談員は、学生の経験を事前に把握したうえで相談に臨めるようになり、"
                            "エントリーシートの内容や面接での伝え方など、一歩踏み込んだ助言ができるようになりました。"
                            "学生からは「2年生のときに書いたものを読み返すと、成長が分かった」という感想が寄せられています。</p>"
                        ),
                        _callout(
                            "info",
                            "工夫した点",
                            "<p>授業では提出を求めず、作成したことだけを確認しました。"
                            "内容を評価しないことで、学生が自由に書けるよう配慮しています。</p>",
                        ),
                    ],
                },
                "en": {
                    "title": "Building the Job Card into a career course to enrich individual advice",
                    "organisation": "Private university D with about 4,000 students (Kanto region)",
                    "intro": (
                        "University D has second-year students create a Job Card in a career course and uses it in "
                        "individual sessions at the career centre."
                    ),
                    "body": [
                        _h2("The challenge"),
                        _p(
                            "<p>In individual sessions, students struggled to put their experience into words, and "
                            "much of the time went on basic questions. Many students also began self-analysis in a "
                            "rush in their third year.</p>"
                        ),
                        _steps(
                            "What they did",
                            [
                                (
                                    "Creating it in year two",
                                    "<p>Over three sessions of the career course, students created Forms 3-2, 3-1 "
                                    "and 1-2 on the site, in that order.</p>",
                                ),
                                (
                                    "Sharing before sessions",
                                    "<p>Students booking an individual session were asked to share their Job Card "
                                    "beforehand.</p>",
                                ),
                                (
                                    "Updating in year three",
                                    "<p>Students who joined internships added them to Form 2 and used them in "
                                    "interview practice.</p>",
                                ),
                            ],
                        ),
                        _h2("What changed"),
                        _p(
                            "<p>Advisers now know students' experience in advance and can give deeper advice on entry "
                            "sheets and interviews. Students say rereading what they wrote in year two shows them how "
                            "they have grown.</p>"
                        ),
                        _callout(
                            "info",
                            "What made it work",
                            "<p>The course only checked that students had created it, without collecting or grading "
                            "the content, so students could write freely.</p>",
                        ),
                    ],
                },
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# コラム
# ---------------------------------------------------------------------------------------------

COLUMNS = [
    {
        "key": "column-finding-strengths",
        "slug": "column-finding-strengths",
        "user_types": ["job_seeker", "employed", "student"],
        "purposes": ["career_review", "job_search"],
        "ja": {
            "title": "「強み」の見つけ方：特別な経験がなくても大丈夫",
            "intro": (
                "キャリア・プランシートの「強み等」の欄で手が止まってしまう方は少なくありません。"
                "身近な経験から強みを見つけるための考え方をご紹介します。"
            ),
            "body": [
                _h2("強みは「当たり前にできること」のなかにある"),
                _p(
                    "<p>「人に誇れるような実績がないから、強みが書けない」という声をよく聞きます。"
                    "けれども、強みは大きな成果のことだけではありません。"
                    "あなたが当たり前のように続けていること、周りから自然と頼まれることのなかに、強みは隠れています。</p>"
                    "<p>たとえば「毎朝、誰よりも早く出勤して段取りを確認している」「新人にいつも質問される」"
                    "「締め切りを守れなかったことがほとんどない」。こうした習慣や役割も、立派な強みです。</p>"
                ),
                _steps(
                    "強みを見つける3つの問いかけ",
                    [
                        (
                            "人からよく頼まれることは？",
                            "<p>職場や学校、家庭で、周りから頼まれたり、感謝されたりすることを書き出してみましょう。</p>",
                        ),
                        (
                            "時間を忘れて取り組めることは？",
                            "<p>苦にならずに続けられることには、あなたの興味と得意が重なっています。</p>",
                        ),
                        (
                            "困ったとき、どう乗り越えた？",
                            "<p>うまくいかなかった経験を、どう工夫して乗り越えたか。その行動に強みが表れます。</p>",
                        ),
                    ],
                ),
                _h2("書くときのコツ"),
                _p(
                    "<ul>"
                    "<li><b>一言でまとめてから、具体例を添える</b>：「粘り強さ」だけでなく、それが発揮された場面を一つ書きます。</li>"
                    "<li><b>弱みとの向き合い方も書いてよい</b>：「強み等」の欄には、苦手なことをどう補っているかを書くこともできます。</li>"
                    "<li><b>他の人の目を借りる</b>：家族や友人、同僚に「私の良いところは？」と聞いてみると、意外な答えが返ってくることがあります。</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "面接でもそのまま使えます",
                    "<p>具体的な場面とあわせて書いた強みは、<b>面接</b>で「あなたの強みは何ですか」と聞かれたときの答えの土台になります。</p>",
                ),
                _examples("「強み等」の記入例", "strengths"),
                _links(
                    "関連ページ",
                    [
                        _page("すぐに作成する", "howto-quick", "強み以外の欄の書き方も紹介しています。"),
                        _page("支援を受けて作成する", "howto-supported", "一人で見つけにくいときは相談を。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Finding your strengths: no special experience needed",
            "intro": (
                "Many people get stuck on the strengths box of the Career Plan Sheet. Here is how to find strengths "
                "in everyday experience."
            ),
            "body": [
                _h2("Strengths are in what you do as a matter of course"),
                _p(
                    "<p>People often say they have no achievements to be proud of, so they cannot write strengths. "
                    "But strengths are not only big results. They hide in what you keep doing without thinking and in "
                    "what others naturally ask you to do.</p>"
                    "<p>\"I arrive early every morning to check the day's plan\", \"new staff always come to me with "
                    "questions\", \"I have hardly ever missed a deadline\": habits and roles like these are real "
                    "strengths.</p>"
                ),
                _steps(
                    "Three questions to find strengths",
                    [
                        (
                            "What are you often asked to do?",
                            "<p>List what people at work, school or home ask you for or thank you for.</p>",
                        ),
                        (
                            "What makes you lose track of time?",
                            "<p>Things you keep doing without strain are where your interests and abilities meet.</p>",
                        ),
                        (
                            "How did you get through difficulties?",
                            "<p>How you worked around a setback shows your strengths in action.</p>",
                        ),
                    ],
                ),
                _h2("Tips for writing"),
                _p(
                    "<ul>"
                    "<li><b>Sum it up, then add an example</b>: not just \"persistence\" but one situation where you "
                    "showed it.</li>"
                    "<li><b>You may write about weaknesses</b>: how you make up for them belongs in this box too.</li>"
                    "<li><b>Borrow others' eyes</b>: ask family, friends or colleagues what your good points are.</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "Ready for interviews",
                    "<p>Strengths written with concrete situations become the basis for answering \"What are your "
                    "strengths?\" in <b>interviews</b>.</p>",
                ),
                _examples("Examples for \"Strengths\"", "strengths"),
                _links(
                    "Related pages",
                    [
                        _page("Create it now", "howto-quick", "How to fill in the other boxes."),
                        _page("Create it with support", "howto-supported", "Ask for help if it is hard alone."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "column-career-gap",
        "slug": "column-career-gap",
        "user_types": ["job_seeker", "employed"],
        "purposes": ["career_review", "job_search"],
        "ja": {
            "title": "ブランクがある方のジョブ・カードの書き方",
            "intro": (
                "子育て、介護、病気の療養、留学など、仕事から離れていた期間がある方へ。"
                "ブランクを前向きに伝えるための書き方のポイントをまとめました。"
            ),
            "body": [
                _h2("ブランクは隠すものではありません"),
                _p(
                    "<p>仕事から離れていた期間があることを、不利に感じる方もいるかもしれません。"
                    "けれども、働き方や人生の事情はさまざまです。大切なのは、その期間を正直に記録し、"
                    "今、働く準備ができていることを伝えることです。</p>"
                ),
                _h2("様式ごとの書き方"),
                _p(
                    "<ul>"
                    "<li><b>様式2 職務経歴シート</b>：離職前の経験は、ブランクがあっても価値が失われるわけではありません。"
                    "当時の職務内容と学んだことを丁寧に書きましょう。</li>"
                    "<li><b>様式3-2 学習歴・訓練歴</b>：ブランク中に受けた講座や通信教育、職業訓練があれば記録します。</li>"
                    "<li><b>様式1-1 キャリア・プランシート</b>：「価値観、興味、関心事項等」や「これから取り組むこと等」に、"
                    "ブランクの期間に得た気づきや、復職に向けて取り組んでいることを書けます。</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "ブランク中の経験も力になる",
                    "<p>PTAや地域の活動、家族の介護での関係機関とのやり取りなど、仕事以外の経験で身についた調整力や段取りの力も、"
                    "職場で生かせる強みです。</p>",
                ),
                _callout(
                    "info",
                    "働ける条件は正直に",
                    "<p>勤務時間や通勤範囲などに条件がある場合は、「将来取り組みたい仕事や働き方等」に書いておきましょう。"
                    "無理のない働き方を考える材料になり、相談の際にも伝わりやすくなります。</p>",
                ),
                _examples("「価値観、興味、関心事項等」の記入例", "values_interests"),
                _examples("「これから取り組むこと等」の記入例", "next_actions"),
                _h2("面接でブランクを聞かれたら"),
                _p(
                    "<p>理由は簡潔に伝え、そのうえで「今は働く準備ができていること」「その期間に得たもの」"
                    "「これから取り組みたいこと」に話をつなげましょう。ジョブ・カードにまとめておけば、落ち着いて話せます。</p>"
                ),
                _links(
                    "関連ページ",
                    [
                        _page("仕事を離れた今こそ、キャリアを棚卸しする", "usage-job_seeker-career_review", "棚卸しの手順です。"),
                        _page("ハロートレーニングの受講に生かす", "usage-job_seeker-training", "復職に向けた訓練を考える方へ。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Writing your Job Card with a career gap",
            "intro": (
                "For people who have spent time away from work for childcare, caregiving, illness, study abroad and "
                "so on: tips for presenting a gap positively."
            ),
            "body": [
                _h2("A gap is nothing to hide"),
                _p(
                    "<p>Some people feel time away from work counts against them. But lives and ways of working vary. "
                    "What matters is recording the period honestly and showing that you are ready to work now.</p>"
                ),
                _h2("Form by form"),
                _p(
                    "<ul>"
                    "<li><b>Form 2 Work History</b>: experience before the gap keeps its value. Describe your duties "
                    "and what you learned carefully.</li>"
                    "<li><b>Form 3-2 Education and training</b>: record courses, distance learning or vocational "
                    "training taken during the gap.</li>"
                    "<li><b>Form 1-1 Career Plan Sheet</b>: in the values and next-steps boxes, write what you realised "
                    "during the gap and what you are doing to return to work.</li>"
                    "</ul>"
                ),
                _callout(
                    "tip",
                    "Experience during a gap counts",
                    "<p>Coordination and planning skills from PTA or community work, or from dealing with care "
                    "services for a family member, are strengths you can bring to work.</p>",
                ),
                _callout(
                    "info",
                    "Be honest about your conditions",
                    "<p>If you have conditions on hours or commuting, write them in the future work box. It helps you "
                    "think about a sustainable way of working and makes them easy to explain in consultations.</p>",
                ),
                _examples("Examples for \"Values and interests\"", "values_interests"),
                _examples("Examples for \"What you will work on next\"", "next_actions"),
                _h2("If asked about the gap in an interview"),
                _p(
                    "<p>Give the reason briefly, then move on to being ready to work now, what you gained and what you "
                    "want to do next. With it written on your Job Card, you can answer calmly.</p>"
                ),
                _links(
                    "Related pages",
                    [
                        _page("Taking stock between jobs", "usage-job_seeker-career_review", "Steps for taking stock."),
                        _page("Using it for Hello Training", "usage-job_seeker-training", "Training to return to work."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "column-lifeline-chart",
        "slug": "column-lifeline-chart",
        "user_types": ["job_seeker", "employed", "student"],
        "purposes": ["career_review"],
        "ja": {
            "title": "ライフラインチャートで、これまでを振り返る",
            "intro": (
                "ライフラインチャートは、これまでの人生の満足度の浮き沈みを一本の線で表すワークです。"
                "キャリア・プランシートを書く前の準備として、描き方と読み取り方をご紹介します。"
            ),
            "body": [
                _h2("ライフラインチャートとは"),
                _p(
                    "<p>横軸に年齢、縦軸に満足度（−100から+100）をとり、これまでの出来事と、そのときの気持ちを点で打って線で結びます。"
                    "このサイトでは、キャリア・プラン作成補助シートの一つとして、画面上で点を入力するだけでチャートを描けます。</p>"
                ),
                _steps(
                    "描き方",
                    [
                        (
                            "出来事を書き出す",
                            "<p>入学、卒業、就職、異動、転職、結婚、引っ越しなど、印象に残っている出来事を年齢とともに書き出します。</p>",
                        ),
                        (
                            "満足度をつける",
                            "<p>それぞれの出来事のときの満足度を、−100から+100の間で直感的につけます。正解はありません。</p>",
                        ),
                        (
                            "線で結ぶ",
                            "<p>点を年齢の順に結ぶと、あなたの人生の波が見えてきます。</p>",
                        ),
                        (
                            "山と谷の理由を考える",
                            "<p>満足度が高かったとき、低かったときに、何があり、何を感じていたかを一言ずつ添えます。</p>",
                        ),
                    ],
                ),
                _h2("チャートから読み取る"),
                _p(
                    "<p>山のときに共通していることは、あなたが大切にしている価値観の手がかりです。"
                    "谷から上向きに変わったときに何をしていたかには、困難を乗り越える力、つまり強みが表れています。"
                    "気づいたことを、キャリア・プランシートの「価値観、興味、関心事項等」や「強み等」に書いてみましょう。</p>"
                ),
                _callout(
                    "warning",
                    "つらい時期を無理に思い出さなくて大丈夫です",
                    "<p>思い出すのがつらい出来事は、書かなくても構いません。描いたチャートを誰かに見せるかどうかも、あなたが決められます。</p>",
                ),
                _callout(
                    "tip",
                    "相談の場で使うと効果的",
                    "<p>キャリアコンサルタントとの面談でチャートを見ながら話すと、出来事の背景にある思いを言葉にしやすくなります。</p>",
                ),
                _links(
                    "関連ページ",
                    [
                        _page("学生がジョブ・カードで自分を振り返る", "usage-student-career_review", "学生向けの振り返り方です。"),
                        _page("働きながらキャリアを棚卸しする", "usage-employed-career_review", "在職者向けの棚卸しです。"),
                        _page("「強み」の見つけ方", "column-finding-strengths", "チャートから強みを探すヒントも。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Looking back with a lifeline chart",
            "intro": (
                "A lifeline chart shows the ups and downs of your satisfaction over your life as a single line. Here "
                "is how to draw and read one as preparation for the Career Plan Sheet."
            ),
            "body": [
                _h2("What is a lifeline chart?"),
                _p(
                    "<p>With age on the horizontal axis and satisfaction (from −100 to +100) on the vertical, you plot "
                    "events and how you felt, then join the points. On this site it is one of the career plan helper "
                    "sheets: just enter the points on screen to draw the chart.</p>"
                ),
                _steps(
                    "How to draw it",
                    [
                        (
                            "List events",
                            "<p>Write down memorable events with your age: starting or leaving school, your first job, "
                            "transfers, job changes, marriage, moving house.</p>",
                        ),
                        (
                            "Score your satisfaction",
                            "<p>Give each a score between −100 and +100 by instinct. There are no right answers.</p>",
                        ),
                        (
                            "Join the points",
                            "<p>Connecting them by age shows the waves of your life.</p>",
                        ),
                        (
                            "Think about peaks and troughs",
                            "<p>Add a short note on what happened and how you felt at the highs and lows.</p>",
                        ),
                    ],
                ),
                _h2("Reading the chart"),
                _p(
                    "<p>What your peaks have in common hints at your values. What you were doing when a trough turned "
                    "upward shows your ability to overcome difficulty, in other words your strengths. Write what you "
                    "notice in the values and strengths boxes of the Career Plan Sheet.</p>"
                ),
                _callout(
                    "warning",
                    "You do not have to revisit painful times",
                    "<p>Leave out events that are painful to recall. Whether to show the chart to anyone is up to "
                    "you.</p>",
                ),
                _callout(
                    "tip",
                    "Useful in consultations",
                    "<p>Talking with a career consultant over the chart makes it easier to put the feelings behind "
                    "events into words.</p>",
                ),
                _links(
                    "Related pages",
                    [
                        _page("Looking back on yourself (students)", "usage-student-career_review", "For students."),
                        _page("Taking stock while working", "usage-employed-career_review", "For people in work."),
                        _page("Finding your strengths", "column-finding-strengths", "Finding strengths in the chart."),
                    ],
                ),
            ],
        },
    },
]


# ---------------------------------------------------------------------------------------------
# お知らせ
# ---------------------------------------------------------------------------------------------

NOTICES = [
    {
        "key": "notice-site-launch",
        "slug": "site-launch",
        "date": "2026-09-01",
        "ja": {
            "title": "ジョブ・カード作成支援サイトを公開しました",
            "intro": "本日、ジョブ・カードをインターネット上で作成・保存・活用できる「ジョブ・カード作成支援サイト」を公開しました。",
            "body": [
                _p(
                    "<p>これまで紙やExcelで作成していただいていたジョブ・カードを、パソコン、タブレット、スマートフォンから"
                    "作成・保存できるようになりました。主な機能は次のとおりです。</p>"
                    "<ul>"
                    "<li>利用者登録をすると、作成したジョブ・カードをいつでも閲覧・更新できます（マイナポータル経由のログインにも対応しています）。</li>"
                    "<li>各欄にヘルプと、年代・職種・経験別の記入例を用意しました。</li>"
                    "<li>作成した内容を、履歴書や職務経歴書の形式に変換して出力できます。</li>"
                    "<li>キャリアコンサルタントなどの支援者とジョブ・カードを共有できます。</li>"
                    "</ul>"
                ),
                _callout(
                    "info",
                    "これまでのジョブ・カードをお持ちの方へ",
                    "<p>紙やExcelで作成したジョブ・カードの内容は、このサイトの作成画面に入力し直すことで、引き続きご活用いただけます。</p>",
                ),
                _p("<p>みなさまのご意見をもとに、今後も改善を続けてまいります。ぜひご利用ください。</p>"),
                _links(
                    "はじめての方へ",
                    [
                        _page("すぐに作成する", "howto-quick", "自分で作成する手順です。"),
                        _page("社会人のみなさんへ：制度の趣旨", "overview-adult", "ジョブ・カード制度の概要です。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "The Job Card Creation Support Site is now open",
            "intro": "Today we launched the Job Card Creation Support Site, where you can create, save and use your Job Card online.",
            "body": [
                _p(
                    "<p>Job Cards previously made on paper or in Excel can now be created and saved from a computer, "
                    "tablet or smartphone. Main features:</p>"
                    "<ul>"
                    "<li>Registered users can view and update their Job Card at any time (Mynaportal login is "
                    "supported).</li>"
                    "<li>Every box has help and examples by age, field and experience.</li>"
                    "<li>Content can be output as a résumé or CV.</li>"
                    "<li>You can share your Job Card with supporters such as career consultants.</li>"
                    "</ul>"
                ),
                _callout(
                    "info",
                    "If you already have a Job Card",
                    "<p>You can keep using a Job Card made on paper or in Excel by entering its content on this "
                    "site.</p>",
                ),
                _p("<p>We will keep improving the site based on your feedback. We hope you find it useful.</p>"),
                _links(
                    "Getting started",
                    [
                        _page("Create it now", "howto-quick", "Steps for creating it yourself."),
                        _page("For working adults: the purpose of the system", "overview-adult", "Overview."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "notice-examples-added",
        "slug": "examples-added",
        "date": "2026-10-15",
        "ja": {
            "title": "記入例を追加しました（介護・福祉、物流・運輸、ブランクのある方など）",
            "intro": "ジョブ・カード作成画面で表示される記入例に、新しいパターンを追加しました。",
            "body": [
                _p(
                    "<p>ご利用のみなさまからいただいたご意見をもとに、記入例を追加しました。"
                    "今回は、介護・福祉や物流・運輸の分野の方、仕事から離れていた期間がある方、"
                    "60代以上で新しい働き方を考えている方などの記入例を充実させています。</p>"
                    "<p>記入例は、作成画面の各欄にある「記入例を見る」から、利用者種別・職種分野・年齢層・経験を選んで表示できます。</p>"
                ),
                _callout(
                    "tip",
                    "記入例は参考として",
                    "<p>記入例をそのまま写すのではなく、ご自身の経験に置き換えてお使いください。</p>",
                ),
                _links(
                    "関連ページ",
                    [
                        _page("ブランクがある方の書き方", "column-career-gap", "書き方のポイントをまとめました。"),
                        _page("すぐに作成する", "howto-quick", "記入例の使い方も紹介しています。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "New examples added (care, logistics, career gaps and more)",
            "intro": "We have added new patterns to the examples shown on the Job Card creation screens.",
            "body": [
                _p(
                    "<p>Based on your feedback, we have added examples, especially for people in care and welfare or "
                    "logistics and transport, people returning after a career gap, and people in their sixties or "
                    "older considering a new way of working.</p>"
                    "<p>Open \"See examples\" on any box and choose user type, field, age band and experience.</p>"
                ),
                _callout(
                    "tip",
                    "Examples are for reference",
                    "<p>Please rewrite them in terms of your own experience rather than copying them.</p>",
                ),
                _links(
                    "Related pages",
                    [
                        _page("Writing about a career gap", "column-career-gap", "Key points for writing."),
                        _page("Create it now", "howto-quick", "Including how to use examples."),
                    ],
                ),
            ],
        },
    },
    {
        "key": "notice-development-month",
        "slug": "human-resources-development-month",
        "date": "2026-11-02",
        "ja": {
            "title": "11月は人材開発促進月間です：この機会にジョブ・カードの作成・更新を",
            "intro": "11月は人材開発促進月間です。これまでの経験を振り返り、これからの学びを考える機会として、ジョブ・カードをご活用ください。",
            "body": [
                _p(
                    "<p>人材開発促進月間は、働く方一人ひとりの職業能力の開発と、それを支える取組への理解を深めていただくための月間です。</p>"
                    "<p>この機会に、ジョブ・カードを作成したことがない方は作成を、すでにお持ちの方は、"
                    "この1年間で担当した仕事や身につけた技能、取得した資格を書き足してみてはいかがでしょうか。</p>"
                ),
                _steps(
                    "この機会におすすめの取組",
                    [
                        ("職務経歴を更新する", "<p>様式2に、この1年の担当業務と学んだことを書き足します。</p>"),
                        ("資格・研修を記録する", "<p>取得した資格や受講した研修を様式3-1・3-2に追加します。</p>"),
                        (
                            "キャリアコンサルティングを受ける",
                            "<p>ハローワークやキャリア形成・リスキリング支援センターで、無料で相談できます。</p>",
                        ),
                    ],
                ),
                _links(
                    "関連ページ",
                    [
                        _page("学び直しの計画に使う", "usage-employed-training", "リスキリングとジョブ・カード。"),
                        _url("厚生労働省：ジョブ・カード制度", URL_MHLW, "制度や施策の情報です。"),
                    ],
                ),
            ],
        },
        "en": {
            "title": "November is Human Resources Development Month: create or update your Job Card",
            "intro": "November is Human Resources Development Month. Use your Job Card to look back on your experience and plan your learning.",
            "body": [
                _p(
                    "<p>Human Resources Development Month is a time to promote understanding of developing each "
                    "worker's vocational skills and the efforts that support it.</p>"
                    "<p>If you have never created a Job Card, why not start now? If you already have one, add the work, "
                    "skills and qualifications of the past year.</p>"
                ),
                _steps(
                    "Suggestions for this month",
                    [
                        ("Update your work history", "<p>Add this year's duties and learning to Form 2.</p>"),
                        ("Record qualifications and training", "<p>Add them to Forms 3-1 and 3-2.</p>"),
                        (
                            "Receive career consulting",
                            "<p>Free at Hello Work and the Career Development and Reskilling Support Centers.</p>",
                        ),
                    ],
                ),
                _links(
                    "Related pages",
                    [
                        _page("Planning reskilling", "usage-employed-training", "Reskilling and the Job Card."),
                        _url("MHLW: Job Card system", URL_MHLW, "The system and related policies."),
                    ],
                ),
            ],
        },
    },
]
