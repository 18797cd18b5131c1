"""よくある質問 (FAQ) of the ジョブ・カード作成支援サイト demo: about 100 entries, every FaqAudience.

The entries are what people really ask — about the Job Card system and about this site's own
features (accounts, autosave, downloads, uploads, 例文, 自己診断, ライフラインチャート, sharing).
Each answer stands on its own and says where on the site to go. An answer starts with はい／いいえ
only when the question is a yes/no question.

The position in FAQS is the entry's identity (``faq:<index>`` in demo/loader.py and the
assistant's evaluation set): append new entries, never reorder or remove one.
"""


def _faq(audience, ja_q, ja_a, en_q, en_a):
    return {
        "audience": audience,
        "ja": {"question": ja_q, "answer": ja_a},
        "en": {"question": en_q, "answer": en_a},
    }


def _a(path, text):
    """A link to a page of this site (the English answers pass the /en/ path)."""
    return f'<a href="{path}">{text}</a>'


FAQS = [
    # 0–27: the first entries (their positions are their identities) ---------------------------
    _faq(
        "system",
        "利用者登録をしなくてもジョブ・カードは作れますか。",
        "<p>はい、登録しなくても作成を始められます。"
        f"{_a('/card/', 'ジョブ・カードの作成（/card/）')}から様式を選んで書き始めると、入力した内容はこのブラウザに結び付けて保存されます。"
        "ただし、別の端末から続きを書く、保存した版の履歴を見る、支援者と共有する、といったことには利用者登録が必要です。"
        "登録してログインすると、それまで書いていた内容はそのままアカウントに引き継がれます。"
        f"登録は{_a('/accounts/signup/', '新規登録（/accounts/signup/）')}から、メールアドレスとパスワード、またはマイナポータルで行えます。</p>",
        "Can I create a Job Card without registering?",
        "<p>Yes. Start at "
        f"{_a('/en/card/', 'Create your Job Card (/en/card/)')}; what you type is kept for this browser. To continue on "
        "another device, see the history of saved versions or share with a supporter you need an account; when you "
        f"sign up or log in, your work moves into it. Sign up at {_a('/en/accounts/signup/', '/en/accounts/signup/')} "
        "with an e-mail address and password, or with Mynaportal.</p>",
    ),
    _faq(
        "system",
        "手書きやExcelで作成してもよいですか。",
        "<p>はい、構いません。ジョブ・カードの様式は手書きでもExcelでも作成できます。"
        f"白紙の様式は{_a('/card/download/blank/', '様式のダウンロード（/card/download/blank/）')}からPDFとExcelで入手できます。"
        "このサイトで作成すると、自動保存、記入例や例文の表示、履歴書・職務経歴書への変換が使えます。"
        f"このサイトからダウンロードしたExcelに書き足した場合は、{_a('/card/upload/', 'Excelの取り込み（/card/upload/）')}でサイトに戻せます。</p>",
        "May I write it by hand or in Excel?",
        "<p>Yes. Blank forms are at "
        f"{_a('/en/card/download/blank/', '/en/card/download/blank/')} as PDF and Excel. On this site you also get "
        "autosave, examples and conversion into a résumé or CV. An Excel file downloaded from this site can be "
        f"brought back at {_a('/en/card/upload/', '/en/card/upload/')}.</p>",
    ),
    _faq(
        "system",
        "入力した個人情報はどのように扱われますか。",
        "<p>入力した情報は、ジョブ・カードの作成・保存と、ご本人が選んだ共有のためにだけ使います。"
        "ご本人が共有コードを渡さない限り、企業や支援者が見ることはありません。"
        f"登録した情報は{_a('/accounts/profile/', '登録情報（/accounts/profile/）')}で確認でき、"
        f"{_a('/accounts/profile/export/', '登録データのダウンロード')}で全部を受け取れ、アカウントを削除すると消去されます。"
        f"詳しくは{_a('/privacy/', 'プライバシーポリシー（/privacy/）')}をご覧ください。</p>",
        "How is my personal information handled?",
        "<p>It is used only to create and keep your Job Card and for the sharing you choose; no company or supporter "
        "sees it unless you give them a sharing code. You can see it at "
        f"{_a('/en/accounts/profile/', '/en/accounts/profile/')}, download all of it, and it is erased when you "
        f"delete your account. See the {_a('/en/privacy/', 'privacy policy')}.</p>",
    ),
    _faq(
        "system",
        "ジョブ・カードを企業に提出する義務はありますか。",
        "<p>いいえ、ありません。ジョブ・カードはご本人のもので、誰に、どの様式を見せるかはご本人が決めます。"
        "応募の際は応募先が指定する書類を出してください。ジョブ・カードの内容は、"
        f"{_a('/resume/', '履歴書・職務経歴書の作成（/resume/）')}に生かせます。</p>",
        "Am I obliged to submit my Job Card to an employer?",
        "<p>No. You decide who sees it and which sheets. Submit the documents the employer asks for; your Job Card "
        f"helps you prepare them at {_a('/en/resume/', '/en/resume/')}.</p>",
    ),
    _faq(
        "student",
        "学生はいつジョブ・カードを作ればよいですか。",
        "<p>決まった時期はありませんが、就職活動が本格化する前、たとえばインターンシップに応募する頃に一度作っておくのがおすすめです。"
        "自己分析やエントリーシート、面接準備の土台になります。学生の方は様式3-2（学習歴）→3-1（免許・資格）→1-2（キャリア・プランシート）の順に書くと進めやすく、"
        f"学年が変わるたびに見直すと成長の記録にもなります。始めるには{_a('/card/', 'ジョブ・カードの作成（/card/）')}へ。</p>",
        "When should students create a Job Card?",
        "<p>There is no fixed time; we recommend once before job hunting gets busy, for example when applying for "
        "internships. Students find it easiest to write Form 3-2, then 3-1, then 1-2. Start at "
        f"{_a('/en/card/', '/en/card/')}.</p>",
    ),
    _faq(
        "student",
        "アルバイトの経験は職務経歴シートに書いてよいですか。",
        "<p>はい、書いて構いません。アルバイトやインターンシップで担当した仕事、工夫したこと、学んだことを"
        f"{_a('/card/sheets/2/', '様式2 職務経歴シート（/card/sheets/2/）')}に書いておくと、強みを整理しやすくなり、"
        "面接で具体的なエピソードとして話せます。雇用形態は「パート・アルバイト」を選びます。</p>",
        "Can I put part-time jobs on the Work History Sheet?",
        "<p>Yes. Write part-time jobs and internships on "
        f"{_a('/en/card/sheets/2/', 'Form 2')} with what you did and learned; choose the employment type "
        "“part-time”.</p>",
    ),
    _faq(
        "student",
        "書けるような特別な経験がありません。",
        "<p>特別な経験でなくても大丈夫です。授業で興味を持ったこと、続けている習慣、友人から頼まれることなど、身近な経験のなかに強みは隠れています。"
        f"各欄の「記入例を見る」や、質問に答えると下書きができる{_a('/sentences/', '例文の自動作成（/sentences/）')}、"
        f"{_a('/diagnosis/', '自己診断（/diagnosis/）')}の強みの診断も手がかりになります。</p>",
        "I have no special experiences to write about.",
        "<p>They do not need to be special: strengths hide in everyday experience. The examples beside each box, the "
        f"{_a('/en/sentences/', 'sentence builder')} and the strengths check of the "
        f"{_a('/en/diagnosis/', 'self-diagnosis')} help you start.</p>",
    ),
    _faq(
        "student",
        "就職した後、学生のときに作ったジョブ・カードはどうなりますか。",
        "<p>就職後も同じアカウントでそのまま使えます。"
        "学生向けのキャリア・プランシート（様式1-2）の内容は、就業経験がある方用の様式1-1に引き継げます。"
        f"{_a('/card/', 'ジョブ・カードの作成（/card/）')}の一覧にある「様式1-2から引き継いで始める」を押すと、対応する欄が写されます。</p>",
        "What happens to my student Job Card after I start work?",
        "<p>You keep using the same account. From the list at "
        f"{_a('/en/card/', '/en/card/')} you can start Form 1-1 from your student Form 1-2; the matching boxes are "
        "copied.</p>",
    ),
    _faq(
        "employed",
        "会社に知られずにジョブ・カードを作成できますか。",
        "<p>はい、できます。このサイトで作成したジョブ・カードは、ご本人が共有コードを発行して渡さない限り、勤務先を含め誰にも見えません。"
        f"共有している相手は{_a('/sharing/', '共有の管理（/sharing/）')}でいつでも確認・停止できます。</p>",
        "Can I create a Job Card without my employer knowing?",
        "<p>Yes. Nobody, your employer included, sees it unless you issue a sharing code and hand it over. See and "
        f"stop your shares at {_a('/en/sharing/', '/en/sharing/')}.</p>",
    ),
    _faq(
        "employed",
        "働きながらキャリアコンサルティングを受けるにはどうすればよいですか。",
        "<p>全国のキャリア形成・リスキリング支援センターでは、在職中の方も無料でキャリアコンサルティングを受けられます（夜間・土日やオンラインに対応している所もあります）。"
        "ハローワークでも相談できます。職場にセルフ・キャリアドックなどの仕組みがあれば、その面談でもジョブ・カードを使えます。"
        f"相談の前に{_a('/sharing/new/', '共有コードの発行（/sharing/new/）')}で相談先と共有しておくと、面談が具体的になります。</p>",
        "How can I get career consulting while working?",
        "<p>The Career Development and Reskilling Support Centers offer free career consulting to people in work, "
        "and Hello Work does too. Sharing your card beforehand at "
        f"{_a('/en/sharing/new/', '/en/sharing/new/')} makes the session more concrete.</p>",
    ),
    _faq(
        "employed",
        "同じ会社で長く働いています。職務経歴シートはどう分けて書けばよいですか。",
        "<p>異動や担当業務が変わった時期ごとに分けて書くと、経験の幅が伝わりやすくなります。"
        f"{_a('/card/sheets/2/', '様式2（/card/sheets/2/）')}では「＋職務経歴を1件追加」で期間ごとの行を増やせます。"
        "それぞれの期間で身につけた知識や技能、後輩の指導などの役割も書いておくと、強みの整理に役立ちます。</p>",
        "I have worked at one company for a long time. How should I divide my work history?",
        "<p>Split it at each transfer or change of duties; on "
        f"{_a('/en/card/sheets/2/', 'Form 2')} add a row per period, with the skills and roles of each.</p>",
    ),
    _faq(
        "employed",
        "教育訓練給付を受けるのにジョブ・カードが必要と聞きました。",
        "<p>専門実践教育訓練や特定一般教育訓練の給付を受けるには、受講前に訓練対応キャリアコンサルタントによる"
        "キャリアコンサルティングを受け、ジョブ・カードを作成することが必要です。"
        "支給の要件や手続は、お住まいを管轄するハローワークでご確認ください。"
        f"事前に{_a('/card/', 'このサイトで作成（/card/）')}しておくと、相談をスムーズに進められます。</p>",
        "I heard I need a Job Card for education and training benefits.",
        "<p>For the specialised practical and specific general education and training benefits, you need career "
        "consulting from a training-qualified consultant and a Job Card before the course. Ask your Hello Work about "
        f"the conditions; preparing the card at {_a('/en/card/', '/en/card/')} helps.</p>",
    ),
    _faq(
        "job_seeker",
        "ハローワークでジョブ・カードの作成を手伝ってもらえますか。",
        "<p>はい。ハローワークでは、ジョブ・カードを使ったキャリアコンサルティングを無料で受けられます。"
        "書けるところまで書いて持参するか、"
        f"{_a('/sharing/new/', '共有コード（/sharing/new/）')}を発行して担当者に渡すと、相談がより具体的になります。</p>",
        "Can Hello Work help me create a Job Card?",
        "<p>Yes, free of charge. Bring what you have written, or issue a sharing code at "
        f"{_a('/en/sharing/new/', '/en/sharing/new/')} for the counsellor.</p>",
    ),
    _faq(
        "job_seeker",
        "ジョブ・カードから履歴書や職務経歴書を作れますか。",
        "<p>はい。ジョブ・カードに入力した学歴（様式3-2）、職歴（様式2）、免許・資格（様式3-1）から、"
        f"厚生労働省の履歴書様式例の形式で{_a('/resume/', '履歴書（/resume/）')}をPDFやExcelで作れます。"
        f"{_a('/resume/shokumu/', '職務経歴書（/resume/shokumu/）')}はPDF・Excel・Wordで出力できます。"
        "志望動機などは応募先に合わせてご自身で書き加えてください。</p>",
        "Can I make a résumé or CV from my Job Card?",
        "<p>Yes. Your education, jobs and licences become a résumé in the MHLW sample format at "
        f"{_a('/en/resume/', '/en/resume/')} (PDF or Excel), and a CV at "
        f"{_a('/en/resume/shokumu/', '/en/resume/shokumu/')} (PDF, Excel or Word).</p>",
    ),
    _faq(
        "job_seeker",
        "仕事をしていない期間（ブランク）はどう書けばよいですか。",
        "<p>隠す必要はありません。離職前の経験を丁寧に書き、ブランク中に学んだことや取り組んだことがあれば、"
        f"{_a('/card/sheets/3-2/', '様式3-2 学習歴・訓練歴')}やキャリア・プランシートに書きましょう。"
        "面接で聞かれたときは、理由を簡潔に伝え、今の働く意欲と今後の目標につなげて話すのがおすすめです。</p>",
        "How should I write about a period without work?",
        "<p>There is no need to hide it. Record what you learned or did during the gap on "
        f"{_a('/en/card/sheets/3-2/', 'Form 3-2')} or the Career Plan Sheet, and link it to your goals.</p>",
    ),
    _faq(
        "job_seeker",
        "職業訓練を受けるときにジョブ・カードは使いますか。",
        "<p>ハロートレーニング（公的職業訓練）の受講にあたっては、ハローワークなどでジョブ・カードを使ったキャリアコンサルティングが行われることがあります。"
        "訓練で目指すことを書いておくと、コース選びや選考の面接準備に役立ちます。"
        f"受講予定の訓練は{_a('/card/sheets/3-2/', '様式3-2（/card/sheets/3-2/）')}の訓練歴に書けます。</p>",
        "Is the Job Card used when I take vocational training?",
        "<p>Hello Work and others may use it in career consulting for Hello Training. Planned courses go in the "
        f"training history of {_a('/en/card/sheets/3-2/', 'Form 3-2')}.</p>",
    ),
    _faq(
        "school",
        "授業でジョブ・カードを使う場合、何回くらいの時間が必要ですか。",
        "<p>目安として、学習歴・免許資格の作成、経験の振り返り、強みと将来の検討の3回程度で一通り作成できます。"
        "1回で行う場合は、様式3-2と3-1を授業で作成し、キャリア・プランシートを課外で取り組む方法もあります。"
        f"授業の進め方は{_a('/supporters/', '支援者の方へ（/supporters/）')}の学校向けガイドをご覧ください。</p>",
        "How many class sessions does the Job Card take?",
        "<p>About three: education and qualifications, reflecting on experience, strengths and plans. See the "
        f"school guide under {_a('/en/supporters/', '/en/supporters/')}.</p>",
    ),
    _faq(
        "school",
        "教職員が学生のジョブ・カードを見ることはできますか。",
        "<p>学生本人が共有コードを発行して渡した場合に限り、見ることができます。"
        "学生は共有する様式、相手（コードを受け取った担当者だけ、または学校の担当者全員）、期限を選びます。"
        f"学生は{_a('/sharing/new/', '共有コードの発行（/sharing/new/）')}、教職員は{_a('/supporter/receive/', '共有コードの受け取り（/supporter/receive/）')}を使います。"
        "安心して書けるよう、内容を成績評価に使うことは避けてください。</p>",
        "Can staff view students' Job Cards?",
        "<p>Only when a student issues a sharing code and gives it to you; the student chooses the sheets, who may "
        f"see them and until when. Students use {_a('/en/sharing/new/', '/en/sharing/new/')}, staff "
        f"{_a('/en/supporter/receive/', '/en/supporter/receive/')}.</p>",
    ),
    _faq(
        "school",
        "高校生でもジョブ・カードを作成できますか。",
        "<p>はい。就業経験がない方向けのキャリア・プランシート（様式1-2）は高校生にも使えます。"
        "部活動や学校行事、資格取得の取組などを振り返る教材として活用できます。"
        f"様式は{_a('/card/sheets/1-2/', '様式1-2（/card/sheets/1-2/）')}から書き始められます。</p>",
        "Can high school students create a Job Card?",
        "<p>Yes. The Career Plan Sheet for people without work experience "
        f"({_a('/en/card/sheets/1-2/', 'Form 1-2')}) suits high school students.</p>",
    ),
    _faq(
        "school",
        "就職支援の個別相談にはどう生かせますか。",
        "<p>相談を予約した学生に、事前にジョブ・カードを作成して共有してもらうと、相談の時間をエントリーシートの内容や面接での伝え方など、"
        "一歩踏み込んだ助言に使えます。学生自身が強みを言葉にする練習にもなります。"
        f"共有された内容は{_a('/supporter/', '支援者のページ（/supporter/）')}で確認できます。</p>",
        "How can it help individual job placement advice?",
        "<p>Ask students to create and share their card before the appointment; you read it at "
        f"{_a('/en/supporter/', '/en/supporter/')} and spend the time on deeper advice.</p>",
    ),
    _faq(
        "company",
        "従業員にジョブ・カードの提出を求めてもよいですか。",
        "<p>ジョブ・カードは本人のものであり、提出は本人の意思によるものです。"
        "キャリア面談などで活用する場合は、目的と共有する範囲を説明し、本人の同意を得たうえで共有を受けてください。"
        f"このサイトでは本人が共有コードを発行し、企業の担当者が{_a('/supporter/receive/', '共有コードの受け取り（/supporter/receive/）')}で受け取ります。</p>",
        "May we ask employees to submit their Job Cards?",
        "<p>The card belongs to the employee and sharing is their choice. Explain the purpose and scope, and receive "
        f"it only with consent: they issue a code, you enter it at {_a('/en/supporter/receive/', '/en/supporter/receive/')}.</p>",
    ),
    _faq(
        "company",
        "様式3-3の評価は誰が記入しますか。",
        "<p>企業が設定した職務について、評価担当者が企業としての評価を記入し、本人が自己評価を記入します。"
        "評価責任者は評価を確認し、本人からの異議などにも対応します。指導担当者・評価担当者・評価責任者をあらかじめ決めておくとスムーズです。"
        f"このサイトでは、共有を受けた企業の担当者が{_a('/supporter/', '支援者のページ（/supporter/）')}から企業評価を、本人が"
        f"{_a('/card/sheets/3-3-1-1/', '様式3-3-1-1（/card/sheets/3-3-1-1/）')}で自己評価を記入します。</p>",
        "Who fills in the evaluation on Form 3-3?",
        "<p>The company's evaluator enters the company rating and the employee the self-evaluation; the responsible "
        f"person confirms. On this site the company writes from {_a('/en/supporter/', '/en/supporter/')} and the "
        f"employee on {_a('/en/card/sheets/3-3-1-1/', 'Form 3-3-1-1')}.</p>",
    ),
    _faq(
        "company",
        "採用選考でジョブ・カードを使えますか。",
        "<p>応募者がジョブ・カードを生かして作成した履歴書や職務経歴書を受け取ることはありますが、"
        "ジョブ・カードそのものの提出を応募の条件にすることは避けてください。提出するかどうかは応募者本人が決めるものです。"
        f"企業での活用方法は{_a('/supporters/', '支援者の方へ（/supporters/）')}の企業向けガイドをご覧ください。</p>",
        "Can we use the Job Card in recruitment?",
        "<p>You may receive résumés prepared with it, but do not make submitting the Job Card a condition of "
        f"applying. See the company guide under {_a('/en/supporters/', '/en/supporters/')}.</p>",
    ),
    _faq(
        "company",
        "セルフ・キャリアドックとジョブ・カードはどう組み合わせればよいですか。",
        "<p>面談の前に従業員がジョブ・カードを作成・更新し、同意のうえでキャリアコンサルタントと共有すると、"
        "面談の時間をこれからのキャリアについての話し合いに使えます。"
        "面談後に「これから取り組むこと等」を更新し、次回の面談で振り返る流れがおすすめです。"
        f"導入の進め方は{_a('/supporters/', '支援者の方へ（/supporters/）')}にまとめています。</p>",
        "How do we combine a self career dock with the Job Card?",
        "<p>Employees update their card before each meeting and share it with consent; afterwards they update the "
        f"next-steps box. See {_a('/en/supporters/', '/en/supporters/')}.</p>",
    ),
    _faq(
        "consultant",
        "キャリア・プランシートの「キャリアコンサルティング実施者の記入欄」は誰が書きますか。",
        "<p>キャリアコンサルティングを行ったキャリアコンサルタントが記入します。相談者本人が書く欄ではありません。"
        "氏名、登録番号、所属、実施日とあわせて、相談者が同意した内容をコメントとして記入し、相談者が「本人同意済み」にします。"
        f"このサイトでは、共有を受けたキャリアコンサルタントが{_a('/supporter/', '支援者のページ（/supporter/）')}から記入します。</p>",
        "Who fills in the consultant's box on the Career Plan Sheet?",
        "<p>The career consultant who held the session, with name, registration number, affiliation and date; the "
        f"client then marks it as agreed. Consultants write it from {_a('/en/supporter/', '/en/supporter/')}.</p>",
    ),
    _faq(
        "consultant",
        "相談者のジョブ・カードをこのサイトで見るにはどうすればよいですか。",
        "<p>相談者に共有コードを発行してもらい、そのコードを"
        f"{_a('/supporter/receive/', '共有コードの受け取り（/supporter/receive/）')}に入力します。"
        "共有する様式と期限は相談者が選びます。支援者のページを使うには、厚生労働省が承認した機関に所属していることと、認証アプリによる2段階認証が必要です。"
        "面談の前に共有を依頼しておくと、事前に内容を確認できます。</p>",
        "How do I view a client's Job Card on this site?",
        "<p>Ask the client for a sharing code and enter it at "
        f"{_a('/en/supporter/receive/', '/en/supporter/receive/')}. You need to belong to an approved organisation "
        "and use an authenticator app.</p>",
    ),
    _faq(
        "consultant",
        "オンラインでの面談でもジョブ・カードを使えますか。",
        "<p>はい。相談者から共有を受けたジョブ・カードを、オンライン会議ツールで同じ画面を見ながら確認できます。"
        f"共有コードはQRコードでも表示されるので、対面でも受け取れます。受け取りは{_a('/supporter/receive/', '/supporter/receive/')}から行います。</p>",
        "Can I use the Job Card in online sessions?",
        "<p>Yes. View the shared card together through your meeting tool; receive the code at "
        f"{_a('/en/supporter/receive/', '/en/supporter/receive/')}.</p>",
    ),
    _faq(
        "consultant",
        "相談者が強みを書けずにいるとき、記入例をどう使えばよいですか。",
        "<p>記入例は、書き始めるきっかけとして紹介するのが効果的です。"
        "相談者の経験について問いかけ、記入例を参考に自分の言葉へ置き換えるよう促してください。"
        f"各欄の「記入例を見る」のほか、質問に答えて下書きを作る{_a('/sentences/', '例文の自動作成（/sentences/）')}も使えます。</p>",
        "How should I use examples when a client cannot write their strengths?",
        "<p>Use them as a prompt, then ask the client to rewrite in their own words. The "
        f"{_a('/en/sentences/', 'sentence builder')} also helps.</p>",
    ),
    # 28–: this site's features (サイトの使い方) ------------------------------------------------
    _faq(
        "site",
        "パスワードを忘れてしまいました。どうすればログインできますか。",
        f"<p>{_a('/accounts/password/reset/', 'パスワードの再設定（/accounts/password/reset/）')}に、登録したメールアドレスを入力してください。"
        "再設定用のリンクを書いたメールが届くので、リンクを開いて新しいパスワードを決めます。"
        "メールが届かないときは、迷惑メールフォルダと、入力したアドレスに誤りがないかをご確認ください。"
        "マイナポータルでログインしている方は、パスワードがなくてもマイナポータルからログインできます。</p>",
        "I forgot my password. How do I log in?",
        f"<p>Enter your e-mail address at {_a('/en/accounts/password/reset/', '/en/accounts/password/reset/')}; "
        "open the link in the mail and choose a new password. Check your spam folder if no mail arrives.</p>",
    ),
    _faq(
        "site",
        "パスワードを変更したいです。",
        f"<p>ログインしたうえで{_a('/accounts/password/change/', 'パスワードの変更（/accounts/password/change/）')}を開き、"
        "今のパスワードと新しいパスワードを入力します。パスワードは8文字以上で、数字だけのものやよく使われるもの、メールアドレスに似たものは使えません。"
        "マイナポータルだけで登録した方は、同じ画面からパスワードを新しく設定できます。</p>",
        "How do I change my password?",
        f"<p>Log in and open {_a('/en/accounts/password/change/', '/en/accounts/password/change/')}. Passwords need "
        "8 characters or more; common or all-digit ones are refused.</p>",
    ),
    _faq(
        "site",
        "登録したメールアドレス（ログインID）を変えるにはどうすればよいですか。",
        f"<p>ログインして{_a('/accounts/email/', 'メールアドレスの管理（/accounts/email/）')}で新しいアドレスを追加し、"
        "届いた確認メールのリンクを開いてから、そのアドレスの「ログイン用にする」を押してください。"
        "ログインに使うのは「ログイン用」のアドレスです。古いアドレスは、同じ画面で削除できます。</p>",
        "How do I change my e-mail address (login ID)?",
        f"<p>Add the new address at {_a('/en/accounts/email/', '/en/accounts/email/')}, confirm it from the mail, "
        "then make it the login address; remove the old one there.</p>",
    ),
    _faq(
        "site",
        "退会したい（アカウントを削除したい）のですが、どうすればよいですか。",
        f"<p>ログインして{_a('/accounts/profile/delete/', 'アカウントの削除（/accounts/profile/delete/）')}を開き、"
        "確認のチェックを入れて削除します。安全のため、直前にパスワード（または認証アプリのコード）をもう一度入力していただきます。"
        "削除すると、ジョブ・カード、履歴書、診断結果、共有の設定などすべてのデータが消え、元に戻せません。"
        f"必要なものは先に{_a('/card/download/', 'ジョブ・カードのダウンロード')}や"
        f"{_a('/accounts/profile/export/', '登録データのダウンロード')}で保存しておいてください。"
        f"手順は{_a('/help/help-account/', '使い方「アカウントを削除する」')}にもまとめています。</p>",
        "How do I delete my account?",
        f"<p>Log in and open {_a('/en/accounts/profile/delete/', '/en/accounts/profile/delete/')}; you re-enter "
        "your password, tick the confirmation and delete. Everything is erased and cannot be restored, so download "
        "what you need first.</p>",
    ),
    _faq(
        "site",
        "2段階認証を設定するにはどうすればよいですか。",
        f"<p>ログインして{_a('/accounts/2fa/', '2段階認証（/accounts/2fa/）')}を開き、スマートフォンの認証アプリ"
        "（Google Authenticator、Microsoft Authenticatorなど）でQRコードを読み取って、表示された6桁のコードを入力します。"
        "あわせて表示されるリカバリーコードは、スマートフォンをなくしたときに使うので、控えて安全な場所に保管してください。"
        "一般の利用者は任意ですが、支援者のページを使う方は必須です。</p>",
        "How do I set up two-step verification?",
        f"<p>Open {_a('/en/accounts/2fa/', '/en/accounts/2fa/')}, scan the QR code with an authenticator app and "
        "enter the 6-digit code. Keep the recovery codes safe. It is optional for people and required for "
        "supporters.</p>",
    ),
    _faq(
        "site",
        "認証アプリを入れたスマートフォンをなくしたときは、どうやってログインしますか。",
        "<p>スマートフォンの買い替えや紛失で認証アプリが使えないときは、ログイン画面で認証アプリのコードの代わりに、設定時に控えたリカバリーコードを入力してください（1つのコードは1回だけ使えます）。"
        f"ログインできたら{_a('/accounts/2fa/', '2段階認証（/accounts/2fa/）')}で新しいスマートフォンの認証アプリを設定し直します。"
        "リカバリーコードもない場合は、お問い合わせ窓口にご相談ください。</p>",
        "I changed or lost the phone with my authenticator app.",
        "<p>Log in with one of your recovery codes instead of the app code, then set up the app again at "
        f"{_a('/en/accounts/2fa/', '/en/accounts/2fa/')}.</p>",
    ),
    _faq(
        "site",
        "マイナポータル（マイナンバーカード）でログインできますか。",
        f"<p>はい。{_a('/accounts/login/', 'ログイン画面（/accounts/login/）')}の「マイナポータル」ボタンから、マイナンバーカードでログインできます。"
        "初めての方はメールアドレスを登録して確認します。このサイトが受け取るのは利用者を区別する識別子だけで、"
        "マイナンバー（個人番号）や氏名、住所は受け取りません。"
        f"詳しくは{_a('/help/help-login/', '使い方「ログイン・2段階認証・マイナポータル」')}をご覧ください。</p>",
        "Can I log in with Mynaportal (My Number Card)?",
        f"<p>Yes, from the Mynaportal button at {_a('/en/accounts/login/', '/en/accounts/login/')}. The site receives "
        "only an identifier, never your My Number, name or address.</p>",
    ),
    _faq(
        "site",
        "今のアカウントにマイナポータルのログインを追加（連携）したいです。",
        "<p>メールアドレスとパスワードでログインしたうえで、"
        f"{_a('/accounts/3rdparty/', '外部サービス連携（/accounts/3rdparty/）')}からマイナポータルを追加してください。"
        "以後はどちらの方法でもログインできます。連携はご本人がログインしているときにしか行えず、同じ画面で解除もできます。</p>",
        "How do I link Mynaportal to my existing account?",
        f"<p>Log in and add Mynaportal at {_a('/en/accounts/3rdparty/', '/en/accounts/3rdparty/')}; you can remove "
        "the link there too.</p>",
    ),
    _faq(
        "site",
        "登録の確認メールが届きません。",
        "<p>迷惑メールフォルダに入っていないか、入力したアドレスに誤りがないかをご確認ください。"
        "携帯電話のメールでドメイン指定受信をしている場合は、このサイトからのメールを受け取れるように設定してください。"
        "メールアドレスの確認が済むまでログインできません。"
        f"ログインを試すと確認メールを送り直せます。アドレスを間違えた場合は{_a('/accounts/signup/', '新規登録（/accounts/signup/）')}からやり直してください。</p>",
        "The confirmation e-mail has not arrived.",
        "<p>Check the spam folder and the address you typed. Logging in sends the mail again; if the address was "
        f"wrong, sign up again at {_a('/en/accounts/signup/', '/en/accounts/signup/')}.</p>",
    ),
    _faq(
        "site",
        "「ログインに続けて失敗したため一時的に止めています」と出てログインできません。",
        "<p>同じアカウントで続けてパスワードを間違えると、安全のため一時的（15分程度）にログインを止めています。"
        "時間をおいてからもう一度お試しください。パスワードが思い出せない場合は、"
        f"{_a('/accounts/password/reset/', 'パスワードの再設定（/accounts/password/reset/）')}をすると、すぐにログインできるようになります。</p>",
        "It says login is temporarily stopped after failed attempts.",
        "<p>After several wrong passwords the account is paused for about 15 minutes. Wait, or reset your password at "
        f"{_a('/en/accounts/password/reset/', '/en/accounts/password/reset/')}.</p>",
    ),
    _faq(
        "site",
        "入力した内容は自動で保存されますか。",
        "<p>はい。様式の入力画面では、入力の手を止めて約3秒たったときや、別の欄に移ったときに、"
        "自動で「下書き」として保存されます。画面下の表示で「下書きを自動保存しました」と保存の時刻を確認できます。"
        "下書きのあと「入力内容を確認する」から「保存する」を押すと、保存済みの版になります。"
        f"詳しくは{_a('/help/help-save/', '使い方「入力内容を保存する」')}をご覧ください。</p>",
        "Is what I type saved automatically?",
        "<p>Yes: the editor saves a draft about 3 seconds after you stop typing and when you leave a field. "
        "“Check your entries” then “Save” makes it a saved version.</p>",
    ),
    _faq(
        "site",
        "「下書き」と「保存済み」は何が違いますか。",
        "<p>「下書き」は書きかけの内容で、自動保存されますが、ダウンロードや共有、履歴書には使われません。"
        "「入力内容を確認する」で全体を見直し、「保存する」を押すと「保存済み」の版になり、ジョブ・カードを作成したことになります。"
        f"ダウンロード・共有されるのは保存済みの版だけです。各様式の状態は{_a('/card/', 'ジョブ・カードの作成（/card/）')}の一覧で確認できます。</p>",
        "What is the difference between a draft and a saved version?",
        "<p>A draft is work in progress, saved automatically but not downloaded or shared. “Check your entries” then "
        f"“Save” makes a saved version, which is what downloads and sharing use. See {_a('/en/card/', '/en/card/')}.</p>",
    ),
    _faq(
        "site",
        "しばらく操作しないと入力した内容は消えてしまいますか。",
        "<p>消えません。入力した内容は下書きとしてサーバーに自動保存されています。"
        "安全のため、ログインしたまま30分操作がないと自動でログアウトされますが、その2分前に「ログイン状態を延長する」かどうかを確認する画面が出ます。"
        "ログアウトされても、もう一度ログインすれば下書きから続けられます。"
        f"詳しくは{_a('/help/help-save/', '使い方「入力内容を保存する」')}をご覧ください。</p>",
        "Will I lose my text if I leave the page idle?",
        "<p>No. Drafts are saved on the server. After 30 minutes idle you are logged out (you are asked 2 minutes "
        "before); log in again and continue from the draft.</p>",
    ),
    _faq(
        "site",
        "以前に保存した内容に戻すにはどうすればよいですか。",
        "<p>保存するたびに版が記録されます。各様式の入力画面の「保存履歴を見る」"
        f"（例：{_a('/card/sheets/2/history/', '様式2の履歴（/card/sheets/2/history/）')}）を開き、戻したい版を選んで「この版に戻す」を押してください。"
        f"{_a('/mypage/', 'マイページ（/mypage/）')}にも最近保存した10件が並びます。版の履歴は利用者登録をした方が使えます。</p>",
        "How do I go back to an earlier version?",
        "<p>Each save is kept as a version. Open the sheet's history (e.g. "
        f"{_a('/en/card/sheets/2/history/', '/en/card/sheets/2/history/')}) and choose “Restore this version”.</p>",
    ),
    _faq(
        "site",
        "パソコンとスマートフォンで同時に編集するとどうなりますか。",
        "<p>後から保存しようとした画面で「内容を比べて選ぶ」が表示され、欄ごとに「この画面で入力した内容」と"
        "「ほかの画面で保存された内容」を見比べて、残す方を選べます。黙って上書きされることはありません。"
        "同じアカウントでログインしていれば、どの端末からでも続きを書けます。"
        f"詳しくは{_a('/help/help-save/', '使い方「入力内容を保存する」')}をご覧ください。</p>",
        "What if I edit the same sheet on two devices at once?",
        "<p>The later save shows a comparison, field by field, and you choose what to keep; nothing is silently "
        "overwritten.</p>",
    ),
    _faq(
        "site",
        "Excel形式でダウンロードするにはどうすればよいですか。",
        f"<p>{_a('/card/download/', 'ジョブ・カードのダウンロード（/card/download/）')}で形式に「Excel」を選び、"
        "出力する様式や項目を選んで「ダウンロードする」を押します。1つのファイルに様式ごとのシートが入ります。"
        "出力されるのは保存済みの版です。"
        f"手順は{_a('/help/help-download/', '使い方「ダウンロード・印刷する」')}をご覧ください。</p>",
        "How do I download my Job Card as Excel?",
        f"<p>At {_a('/en/card/download/', '/en/card/download/')} choose Excel, the sheets and items, and download. "
        "Saved versions are exported.</p>",
    ),
    _faq(
        "site",
        "ジョブ・カードをPDFにして印刷したいです。",
        f"<p>{_a('/card/download/', 'ジョブ・カードのダウンロード（/card/download/）')}で形式に「PDF」を選んでダウンロードし、"
        "PDFを開いて印刷してください。A4の様式どおりのレイアウトで出力されます。"
        "印刷に載せたくない項目（生年月日など）は、同じ画面でチェックを外せます。</p>",
        "I want to print my Job Card as PDF.",
        f"<p>Choose PDF at {_a('/en/card/download/', '/en/card/download/')}, download and print; untick items you "
        "do not want printed.</p>",
    ),
    _faq(
        "site",
        "ダウンロードしたExcelを編集して、サイトに戻す（アップロードする）ことはできますか。",
        "<p>はい。このサイトからダウンロードしたExcelファイルであれば、書き足したあとで"
        f"{_a('/card/upload/', 'Excelの取り込み（/card/upload/）')}からアップロードできます。"
        "まず変更点の一覧（プレビュー）が表示され、内容を確かめて「この内容で反映する」を押したときにだけ保存されます。"
        "表の形を変えたファイル、数式の入ったセル、様式3-3、キャリアコンサルタントが書く欄の変更は取り込めません。"
        f"詳しくは{_a('/help/help-upload/', '使い方「Excelを取り込む」')}をご覧ください。</p>",
        "Can I edit the downloaded Excel and upload it back?",
        f"<p>Yes, for Excel files downloaded from this site: upload at {_a('/en/card/upload/', '/en/card/upload/')}, "
        "check the preview of changes and apply. Changed layouts, formulas, Form 3-3 and the consultant's box are "
        "not imported.</p>",
    ),
    _faq(
        "site",
        "Excelをアップロードすると「このサイトでダウンロードしたExcelファイルではない」と表示されます。",
        "<p>取り込めるのは、このサイトの"
        f"{_a('/card/download/', 'ダウンロード（/card/download/）')}で出力したExcelファイルだけです。"
        "ほかで作ったファイルや、白紙の様式、古い形式（.xls）や別のファイルに貼り付け直したものは読み込めません。"
        "一度このサイトでExcelをダウンロードし、そのファイルに書き足してからアップロードしてください。</p>",
        "Uploading says the file is not an Excel file downloaded from this site.",
        "<p>Only files exported from this site can be imported. Download one at "
        f"{_a('/en/card/download/', '/en/card/download/')}, edit it and upload that file.</p>",
    ),
    _faq(
        "site",
        "白紙のジョブ・カード様式はどこでダウンロードできますか。",
        f"<p>{_a('/card/download/blank/', '様式のダウンロード（/card/download/blank/）')}から、すべての様式の白紙をPDFとExcelでダウンロードできます。"
        "利用者登録は不要です。手書きで書く方や、授業・面談で配布する方にご利用いただけます。</p>",
        "Where can I download blank forms?",
        f"<p>At {_a('/en/card/download/blank/', '/en/card/download/blank/')}, as PDF and Excel, no account needed.</p>",
    ),
    _faq(
        "site",
        "ダウンロードするときに生年月日や住所を載せないようにできますか。",
        f"<p>はい。{_a('/card/download/', 'ジョブ・カードのダウンロード（/card/download/）')}の「基本情報」で、"
        "生年月日、住所、電話番号などのチェックを外すと、その項目はファイルに含まれません。"
        "様式ごとに欄や行を外すこともできます。前回の選び方は次回も表示されます。</p>",
        "Can I leave my birth date or address out of the download?",
        f"<p>Yes. Untick them under basic information at {_a('/en/card/download/', '/en/card/download/')}; they are "
        "left out of the file.</p>",
    ),
    _faq(
        "site",
        "履歴書に写真を入れられますか。",
        f"<p>はい。{_a('/resume/', '履歴書の作成（/resume/）')}で写真のファイル（JPEGまたはPNG、10MBまで）を選ぶと、写真欄に入ります。"
        "写真は任意です。入れない場合は「写真」のチェックを外すと写真欄のない履歴書になります。</p>",
        "Can I put a photo on the résumé?",
        f"<p>Yes: choose a JPEG or PNG (up to 10 MB) at {_a('/en/resume/', '/en/resume/')}. The photo is optional.</p>",
    ),
    _faq(
        "site",
        "例文の自動作成はどう使えばよいですか。",
        "<p>キャリア・プランシートの各欄や様式2の「職務内容」の下にある「例文をつくる」を押すと、3〜6問の選択式の質問が出ます。"
        "答えて「文をつくる」を押すと下書きができるので、自分の言葉に直してから「この文を挿入」で欄に入れます。"
        f"すでに書いた文は消えません。使える欄の一覧は{_a('/sentences/', '例文の自動作成（/sentences/）')}、"
        f"手順は{_a('/help/help-sentences/', '使い方「例文をつくる」')}にあります。</p>",
        "How do I use the sentence builder?",
        "<p>Press “Make an example sentence” under a box, answer 3–6 questions, edit the draft and insert it. See "
        f"{_a('/en/sentences/', '/en/sentences/')}.</p>",
    ),
    _faq(
        "site",
        "自己診断ではどんなことが分かりますか。",
        f"<p>{_a('/diagnosis/', '自己診断（/diagnosis/）')}には「興味のタイプ診断」「仕事の価値観診断」「強みの診断」の3つがあり、"
        "それぞれ数分で答えられます。結果には、あなたの傾向の上位3つとグラフ、その結果に合いそうな職業と理由が表示されます。"
        "性別や年齢などは結果に使いません。強みの結果はキャリア・プランシートの「強み等」を書くヒントになります。</p>",
        "What does the self-diagnosis tell me?",
        f"<p>{_a('/en/diagnosis/', 'Three checks')} — interests, work values and strengths — show your top three, "
        "charts and occupations that may suit you, with reasons.</p>",
    ),
    _faq(
        "site",
        "自己診断の結果は保存されますか。",
        "<p>ログインしていれば、結果はアカウントに保存されます（診断ごとに最新の1回分）。"
        "ログインせずに受けた場合は結果画面に12文字の参照コードが表示され、"
        f"{_a('/diagnosis/code/', '参照コードの入力（/diagnosis/code/）')}に入力すると結果をもう一度開けます（180日間）。"
        "あとから登録・ログインすると、その結果はアカウントに引き継がれます。</p>",
        "Is my diagnosis result saved?",
        "<p>When logged in, yes (the latest answer of each check). Without an account you get a 12-character code to "
        f"reopen it at {_a('/en/diagnosis/code/', '/en/diagnosis/code/')} for 180 days.</p>",
    ),
    _faq(
        "site",
        "ライフラインチャートとは何ですか。どこで作れますか。",
        "<p>これまでの人生の出来事を、年齢と満足度（−100〜＋100）で点として入力し、線でつないで振り返るためのシートです。"
        "キャリア・プランシートの「価値観、興味、関心事項等」を考える手がかりになります。"
        f"{_a('/lifeline/', 'ライフラインチャート（/lifeline/）')}で作成でき、マイページとPDFにも表示されます。</p>",
        "What is the life-line chart and where do I make it?",
        "<p>You enter life events with your age and satisfaction (−100 to +100) and see them as a line. Make it at "
        f"{_a('/en/lifeline/', '/en/lifeline/')}.</p>",
    ),
    _faq(
        "site",
        "キャリアコンサルタントや学校の先生にジョブ・カードを見てもらうにはどうすればよいですか。",
        f"<p>ログインして{_a('/sharing/new/', '共有コードの発行（/sharing/new/）')}で、見せる様式、見られる相手、期限（1週間〜6か月）を選び、"
        "プレビューで確かめてから発行します。表示された16文字の共有コード（またはQRコード）を相手に渡してください。"
        "コードは一度だけ、24時間以内に使えます。共有されるのは保存済みの版だけで、下書きは見えません。"
        f"手順は{_a('/help/help-sharing/', '使い方「支援者と共有する」')}をご覧ください。</p>",
        "How do I show my Job Card to a consultant or teacher?",
        f"<p>At {_a('/en/sharing/new/', '/en/sharing/new/')} choose sheets, who may see and until when, then hand "
        "over the 16-character code (valid once, within 24 hours). Only saved versions are shared.</p>",
    ),
    _faq(
        "site",
        "共有をやめたいです。",
        f"<p>{_a('/sharing/', '共有の管理（/sharing/）')}に共有中の相手が並んでいるので、「共有をやめる」を押してください。"
        "その時点から相手は見られなくなります。期限を過ぎた共有も自動で見られなくなります。</p>",
        "How do I stop sharing?",
        f"<p>Press “Stop sharing” at {_a('/en/sharing/', '/en/sharing/')}; the supporter loses access at once.</p>",
    ),
    _faq(
        "site",
        "共有した相手が、いつ何を見たか確認できますか。",
        f"<p>はい。{_a('/sharing/', '共有の管理（/sharing/）')}の「閲覧・記入の履歴」に、支援者が見たり記入したりした日時、担当者名、様式が記録されています。"
        "支援者が欄を記入したときはメールとマイページでお知らせします。</p>",
        "Can I see when a supporter viewed my card?",
        f"<p>Yes: the access history at {_a('/en/sharing/', '/en/sharing/')} lists who viewed or wrote what and "
        "when.</p>",
    ),
    _faq(
        "site",
        "サイトに登録した自分のデータをまとめて受け取れますか。",
        f"<p>はい。{_a('/accounts/profile/export/', '登録データのダウンロード（/accounts/profile/export/）')}から、"
        "登録情報、ジョブ・カード、履歴書の設定、診断結果、共有の記録などをまとめたファイル（JSON形式）を受け取れます。"
        f"様式として読みやすい形で欲しい場合は、{_a('/card/download/', 'ジョブ・カードのダウンロード')}でExcelやPDFを選んでください。</p>",
        "Can I get all my data from the site?",
        f"<p>Yes, as one JSON file at {_a('/en/accounts/profile/export/', '/en/accounts/profile/export/')}; the card "
        f"itself as Excel or PDF at {_a('/en/card/download/', '/en/card/download/')}.</p>",
    ),
    _faq(
        "site",
        "スマートフォンでも作成できますか。",
        "<p>はい。スマートフォンのブラウザでも、パソコンと同じように入力・保存できます。画面の幅に合わせて表示が変わります。"
        "長い文章はパソコンで、すき間時間の見直しはスマートフォンで、というように同じアカウントで使い分けられます。"
        f"始めるには{_a('/card/', 'ジョブ・カードの作成（/card/）')}へ。</p>",
        "Can I use a smartphone?",
        f"<p>Yes, the site works in a phone's browser; start at {_a('/en/card/', '/en/card/')}.</p>",
    ),
    _faq(
        "site",
        "登録した住所や連絡先を変えるにはどうすればよいですか。",
        f"<p>{_a('/accounts/profile/edit/', '登録情報の変更（/accounts/profile/edit/）')}で、氏名、ふりがな、生年月日、住所、電話番号などを変更できます。"
        "郵便番号を入れて「住所を検索」を押すと住所が入ります。ここで変えた内容は、すべての様式の基本情報と履歴書に反映されます。</p>",
        "How do I change my address or phone number?",
        f"<p>At {_a('/en/accounts/profile/edit/', '/en/accounts/profile/edit/')}; the change applies to every sheet "
        "and the résumé.</p>",
    ),
    _faq(
        "site",
        "様式3-3のA・B・Cの評価は何を意味しますか。",
        "<p>様式3-3（職業能力証明（訓練成果・実務成果）シート）では、職務遂行のための基準ごとに、"
        "「A：常にできている」「B：大体できている」「C：評価しない」の3段階で、本人の自己評価と企業の評価を並べて記入します。"
        "Cは「できていない」ではなく、評価の対象にしなかったことを表し、印刷では斜線（／）で示されます。"
        f"自己評価は{_a('/card/sheets/3-3-1-1/', '様式3-3-1-1（/card/sheets/3-3-1-1/）')}で入力します。</p>",
        "What do A, B and C on Form 3-3 mean?",
        "<p>A: always does it; B: mostly does it; C: not evaluated (struck through in print). The person's "
        "self-evaluation and the company's rating stand side by side.</p>",
    ),
    _faq(
        "site",
        "職務内容がうまく書けません。仕事の内容を参考にできるものはありますか。",
        f"<p>様式2の「職務内容」の横にある「職業から選ぶ」を押すと、厚生労働省の職業情報提供サイト（job tag）の職業を検索し、"
        "その職業の仕事内容の文を選んで欄に入れられます。様式3-1では、職業に関連する資格を選んで追加できます。"
        f"職業の詳しい説明は{_a('/occupations/', '職業を調べる（/occupations/）')}でも見られます。</p>",
        "I cannot describe my duties. Is there anything to draw on?",
        "<p>“Choose from occupations” beside the duties box searches job tag's occupations and inserts their task "
        f"lines. See also {_a('/en/occupations/', '/en/occupations/')}.</p>",
    ),
    _faq(
        "site",
        "資格の合格証や評価シートのPDFをサイトに保存できますか。",
        f"<p>はい。{_a('/card/documents/', '評価シート・証明書のPDF（/card/documents/）')}で、免許・資格の証明書や様式3-3の評価シートのPDFをアップロードして保管できます。"
        "保管したファイルはご本人だけが見られ、いつでも削除できます。</p>",
        "Can I keep certificate PDFs on the site?",
        f"<p>Yes, at {_a('/en/card/documents/', '/en/card/documents/')}; only you can open them.</p>",
    ),
    _faq(
        "site",
        "サイトの操作方法が分からないときはどうすればよいですか。",
        f"<p>まず{_a('/help/', '使い方・ヘルプ（/help/）')}と{_a('/faq/', 'よくある質問（/faq/）')}をご覧ください。"
        f"画面右下のアシスタントや{_a('/assistant/', '質問ページ（/assistant/）')}では、サイトの情報から答えを探せます。"
        "ジョブ・カードの書き方そのものは、ハローワークやキャリア形成・リスキリング支援センターで無料で相談できます。</p>",
        "Where can I ask how to use the site?",
        f"<p>See {_a('/en/help/', 'Help')} and the {_a('/en/faq/', 'FAQ')}, or ask the assistant. For writing "
        "the card itself, Hello Work and the support centers help for free.</p>",
    ),
    _faq(
        "site",
        "ジョブ・カードに出てくる言葉の意味が分かりません。",
        f"<p>{_a('/glossary/', '用語集（/glossary/）')}で、キャリアコンサルティング、職業能力証明、セルフ・キャリアドックなどの言葉をやさしく説明しています。"
        "入力画面では、各欄の「記入例を見る」を開くと、その欄に出てくる用語の説明も表示されます。</p>",
        "I do not understand some terms.",
        f"<p>See the {_a('/en/glossary/', 'glossary')}; the help under each box also explains its terms.</p>",
    ),
    _faq(
        "site",
        "生年月日は和暦と西暦のどちらで入力すればよいですか。",
        "<p>どちらでも入力できます。「1990/4/1」「平成2年4月1日」「H2.4.1」のような書き方や全角の数字も読み取ります。"
        f"{_a('/accounts/profile/edit/', '登録情報の変更（/accounts/profile/edit/）')}で入力し、履歴書では和暦と西暦のどちらで表示するかを選べます。</p>",
        "Should I enter my birth date in the Japanese or Western calendar?",
        f"<p>Either works, at {_a('/en/accounts/profile/edit/', '/en/accounts/profile/edit/')}.</p>",
    ),
    _faq(
        "site",
        "英語で表示できますか。",
        f"<p>はい。画面上の言語の切り替えで英語を選ぶか、{_a('/en/', '/en/')}から始まるページを開くと英語で表示されます。"
        "ダウンロードするファイルの言語は、ダウンロード画面で選べます。</p>",
        "Is the site available in English?",
        f"<p>Yes, at {_a('/en/', '/en/')} or with the language switch.</p>",
    ),
    # 68–: the Job Card system and each audience ----------------------------------------------
    _faq(
        "system",
        "ジョブ・カードとは何ですか。",
        "<p>ジョブ・カードは、職業能力開発促進法に定められた「職務経歴等記録書」で、これまでの学びや仕事の経験、免許・資格、"
        "これからの目標を決まった様式に書き留める国のツールです。"
        "「生涯を通じたキャリア・プランニング」と「職業能力証明」の2つの役割があり、就職活動、転職、職業訓練、キャリア相談などで使われます。"
        f"詳しくは{_a('/about/', 'ジョブ・カードを知る（/about/）')}をご覧ください。</p>",
        "What is the Job Card?",
        "<p>A record of your learning, work, licences and goals on fixed forms, set out in the Human Resources "
        "Development Promotion Act, used for career planning and for proving your skills. See "
        f"{_a('/en/about/', '/en/about/')}.</p>",
    ),
    _faq(
        "system",
        "ジョブ・カードの作成にお金はかかりますか。",
        "<p>いいえ、かかりません。このサイトでの作成・保存・ダウンロード、履歴書や職務経歴書の作成、自己診断はすべて無料です。"
        "ハローワークやキャリア形成・リスキリング支援センターでのキャリアコンサルティングも無料で受けられます。"
        f"始めるには{_a('/card/', 'ジョブ・カードの作成（/card/）')}へ。</p>",
        "Does making a Job Card cost anything?",
        "<p>No. Everything on this site is free, and so is career consulting at Hello Work and the support centers.</p>",
    ),
    _faq(
        "system",
        "どの様式を書けばよいですか。全部書かないといけませんか。",
        "<p>全部を書く必要はなく、必須の欄もありません。多くの方が使うのは、キャリア・プランシート（就業経験がある方は様式1-1、学生や就業経験がない方は様式1-2）、"
        "職務経歴シート（様式2）、免許・資格シート（様式3-1）、学習歴・訓練歴シート（様式3-2）の4つです。"
        "様式3-3は企業や訓練機関が評価するときに使います。"
        f"{_a('/card/', 'ジョブ・カードの作成（/card/）')}の一覧に、次に書くとよい様式が表示されます。</p>",
        "Which forms do I need to fill in?",
        "<p>None is mandatory. Most people use Form 1-1 (or 1-2 for students), 2, 3-1 and 3-2; Form 3-3 is for "
        f"evaluations by a company. The list at {_a('/en/card/', '/en/card/')} suggests the next one.</p>",
    ),
    _faq(
        "system",
        "免許や資格はどの様式に書けばよいですか。",
        f"<p>{_a('/card/sheets/3-1/', '様式3-1 職業能力証明（免許・資格）シート（/card/sheets/3-1/）')}に書きます。"
        "免許・資格の名称、取得年月、実施・認定機関を記入し、状態（取得、受験予定、失効、一部合格）を選びます。"
        "これから受ける試験や、有効期限が切れた免許も書けます。普通自動車免許のような一般的なものは内容の説明は不要です。</p>",
        "Which form takes licences and qualifications?",
        f"<p>{_a('/en/card/sheets/3-1/', 'Form 3-1')}: name, date, certifying body and status (held, planned, "
        "expired, partly passed).</p>",
    ),
    _faq(
        "system",
        "学歴や受けた職業訓練はどこに書きますか。",
        f"<p>{_a('/card/sheets/3-2/', '様式3-2 職業能力証明（学習歴・訓練歴）シート（/card/sheets/3-2/）')}に書きます。"
        "学習歴には学校名、学部・学科、期間、状態（卒業、在学中、卒業見込みなど）と主な学習内容を、"
        "訓練歴には訓練機関名、コース名、訓練内容を記入します。ここに書いた学歴は履歴書の学歴欄にも使われます。</p>",
        "Where do I write my education and training?",
        f"<p>On {_a('/en/card/sheets/3-2/', 'Form 3-2')}: schools and training courses, with status and content.</p>",
    ),
    _faq(
        "system",
        "ジョブ・カードはいつ「作成した」ことになりますか。",
        "<p>様式を「保存する」で保存したときです。ジョブ・カードには必須の欄がないので、書けた欄だけでも保存できます。"
        "下書きのままでは作成済みになりません。"
        f"保存の手順は{_a('/help/help-save/', '使い方「入力内容を保存する」')}をご覧ください。</p>",
        "When does a Job Card count as created?",
        "<p>When you save a form (not just a draft); no field is mandatory.</p>",
    ),
    _faq(
        "system",
        "キャリアコンサルティングとはどのようなものですか。",
        "<p>キャリアコンサルティングは、国家資格を持つキャリアコンサルタントが、職業の選択や能力開発について相談に乗り、助言することです。"
        "ハローワーク、キャリア形成・リスキリング支援センター、学校のキャリアセンター、企業のセルフ・キャリアドックなどで受けられ、公的機関では無料です。"
        f"ジョブ・カードを{_a('/sharing/new/', '共有（/sharing/new/）')}しておくと、相談が具体的になります。</p>",
        "What is career consulting and where can I get it?",
        "<p>Advice on jobs and skills from a certified career consultant, free at Hello Work and the Career "
        "Development and Reskilling Support Centers, and at schools and companies.</p>",
    ),
    _faq(
        "system",
        "キャリア形成・リスキリング支援センターとは何ですか。",
        "<p>厚生労働省の委託で各都道府県に置かれている相談窓口で、在職中の方、学生、求職中の方などが無料でキャリアコンサルティングを受けられ、"
        "ジョブ・カードの作成を支援しています。企業や学校へのセルフ・キャリアドック導入の支援も行っています。"
        f"支援を受けて作成する流れは{_a('/howto/howto-supported/', '支援を受けて作成する（/howto/howto-supported/）')}をご覧ください。</p>",
        "What is a Career Development and Reskilling Support Center?",
        "<p>A desk in each prefecture, commissioned by MHLW, offering free career consulting and help with the Job "
        "Card to workers, students and job seekers, and support to companies and schools.</p>",
    ),
    _faq(
        "job_seeker",
        "仕事を辞めて求職中ですが、ジョブ・カードは役に立ちますか。",
        "<p>役に立ちます。これまでの仕事を様式2に書き出すと、応募書類に書ける経験やできることが整理でき、"
        f"{_a('/resume/', '履歴書')}や{_a('/resume/shokumu/', '職務経歴書')}もそこから作れます。"
        "ハローワークではジョブ・カードを使ったキャリアコンサルティングを無料で受けられます。</p>",
        "I am out of work and looking. Does the Job Card help?",
        "<p>It does: writing your past jobs on Form 2 sorts out what you can offer, and your résumé and CV can be "
        f"made from it at {_a('/en/resume/', '/en/resume/')}.</p>",
    ),
    _faq(
        "job_seeker",
        "面接でジョブ・カードをどう生かせばよいですか。",
        "<p>キャリア・プランシートの「強み等」と、様式2の「職務の中で学んだこと」に書いたエピソードが、そのまま自己PRや志望動機の材料になります。"
        "「将来取り組みたい仕事や働き方等」は、入社後にやりたいことを聞かれたときの答えの土台になります。"
        f"面接前に{_a('/card/sheets/1-1/', '様式1-1（/card/sheets/1-1/）')}を読み返しておきましょう。</p>",
        "How do I use the Job Card in interviews?",
        "<p>Your strengths and what you learned in each job are material for self-PR; your future plans answer what "
        "you want to do after joining.</p>",
    ),
    _faq(
        "job_seeker",
        "派遣社員として働いた期間は、職務経歴シートにどう書けばよいですか。",
        f"<p>{_a('/card/sheets/2/', '様式2（/card/sheets/2/）')}の雇用形態で「派遣社員」を選び、会社名・所属には派遣元の会社名と派遣先（業種や部署）を書くと分かりやすくなります。"
        "派遣先が変わった場合は、派遣先ごとに行を分けて、それぞれの職務内容を書きましょう。</p>",
        "How do I write temporary agency work on Form 2?",
        "<p>Choose “dispatched worker”, name the agency and the client company, and add a row per assignment.</p>",
    ),
    _faq(
        "job_seeker",
        "ジョブ・カードを応募書類と一緒に企業へ送ってもよいですか。",
        "<p>ご本人の判断で送って構いません。ただし、企業が求めるのは多くの場合、履歴書と職務経歴書です。"
        f"{_a('/card/download/', 'ダウンロード（/card/download/）')}で送りたい様式・項目だけを選んでPDFにすると、必要な部分だけを渡せます。</p>",
        "May I send my Job Card with my application?",
        "<p>Yes, if you wish; choose only the sheets and items you want in the PDF at "
        f"{_a('/en/card/download/', '/en/card/download/')}.</p>",
    ),
    _faq(
        "student",
        "エントリーシートや自己PRにジョブ・カードをどう使えばよいですか。",
        "<p>様式1-2の「学校や学校以外で取り組んだこと」と「強み等」に書いた経験が、ガクチカや自己PRの材料になります。"
        f"{_a('/diagnosis/', '自己診断（/diagnosis/）')}の強みの結果と、{_a('/sentences/', '例文の自動作成')}で言葉にしてから、応募先に合わせて書き直しましょう。</p>",
        "How do I use it for entry sheets and self-PR?",
        "<p>What you wrote about activities and strengths on Form 1-2 is the material; the diagnosis and sentence "
        "builder help you put it into words.</p>",
    ),
    _faq(
        "student",
        "部活動やボランティアの経験はどこに書けばよいですか。",
        f"<p>{_a('/card/sheets/1-2/', '様式1-2（/card/sheets/1-2/）')}の「学校や学校以外で取り組んだこと」に書きます。"
        "何に取り組み、どんな役割で、何を工夫し、何を学んだかを書くと、強みを見つけやすくなります。"
        "アルバイトやインターンシップは様式2にも書けます。</p>",
        "Where do I write about clubs and volunteering?",
        f"<p>In “what you did in and outside school” on {_a('/en/card/sheets/1-2/', 'Form 1-2')}.</p>",
    ),
    _faq(
        "student",
        "在学中の学校は学習歴にどう書けばよいですか。",
        f"<p>{_a('/card/sheets/3-2/', '様式3-2（/card/sheets/3-2/）')}の学習歴に学校名と学部・学科を書き、期間の終わりは空けたまま、"
        "状態で「在学中」または「卒業見込み」を選びます。卒業したら状態を「卒業」に変えて保存し直してください。</p>",
        "How do I enter the school I am still at?",
        f"<p>On {_a('/en/card/sheets/3-2/', 'Form 3-2')} choose “enrolled” or “expected to graduate” as status.</p>",
    ),
    _faq(
        "student",
        "自己診断の結果をSNSで共有すると、個人情報が知られてしまいますか。",
        "<p>知られません。結果画面の共有リンクは、興味のタイプなどの結果の種類だけを示すもので、"
        "氏名や回答、参照コードは含まれません。"
        f"診断は{_a('/diagnosis/', '自己診断（/diagnosis/）')}から受けられます。</p>",
        "Is it safe to share my diagnosis result on social media?",
        "<p>Yes: the share link shows only the type of result, never your name, answers or code.</p>",
    ),
    _faq(
        "employed",
        "転職を考えています。まず何から始めればよいですか。",
        f"<p>まず{_a('/card/sheets/2/', '様式2 職務経歴シート')}に今までの仕事を書き出し、"
        f"次に{_a('/card/sheets/1-1/', '様式1-1 キャリア・プランシート')}で大切にしたいことや強み、将来の働き方を整理しましょう。"
        "そこから履歴書・職務経歴書を作れます。一人で整理しにくいときは、キャリア形成・リスキリング支援センターやハローワークに相談できます。</p>",
        "I am thinking of changing jobs. Where do I start?",
        "<p>Write your jobs on Form 2, then your values, strengths and plans on Form 1-1; your résumé and CV follow "
        "from them.</p>",
    ),
    _faq(
        "employed",
        "リスキリング（学び直し）をしたいのですが、ジョブ・カードはどう役立ちますか。",
        "<p>様式1-1の「これから取り組むこと等」に、身につけたい知識・技能とその方法を書くと、学びの目標がはっきりします。"
        "教育訓練給付の対象講座を受けるときは、ジョブ・カードを使ったキャリアコンサルティングが必要なことがあります。"
        f"受けた講座は{_a('/card/sheets/3-2/', '様式3-2 の訓練歴')}に記録しておきましょう。</p>",
        "How does the Job Card help with reskilling?",
        "<p>Write what you want to learn and how on Form 1-1; some training benefits require Job Card career "
        "consulting; record courses on Form 3-2.</p>",
    ),
    _faq(
        "employed",
        "育児や介護で仕事を休んでいる間もジョブ・カードを書けますか。",
        "<p>はい。休業中は、これまでの経験を振り返り、復帰後の働き方を考えるよい機会です。"
        "様式1-1の「将来取り組みたい仕事や働き方等」に、復帰後に望む働き方を書いておくと、職場との面談にも役立ちます。"
        f"書いた内容は{_a('/card/', '/card/')}でいつでも見直せます。</p>",
        "Can I write it while on childcare or nursing-care leave?",
        "<p>Yes; it is a good time to review your experience and plan your return.</p>",
    ),
    _faq(
        "company",
        "人材開発支援助成金とジョブ・カードはどう関係しますか。",
        "<p>人材開発支援助成金の人材育成支援コースのうち「有期実習型訓練」では、有期契約労働者などにジョブ・カードを使ったキャリアコンサルティングを行い、"
        "座学と実習（OJT）を組み合わせた訓練の成果を、ジョブ・カードの様式3-3（職業能力証明（訓練成果・実務成果）シート）で評価することが求められます。"
        "対象や支給額などの要件は改正されることがあるため、申請前に都道府県労働局またはハローワークで最新の内容をご確認ください。"
        f"様式3-3の記入方法は{_a('/supporters/', '支援者の方へ（/supporters/）')}の企業向けガイドをご覧ください。</p>",
        "How is the Human Resources Development Subsidy related to the Job Card?",
        "<p>Its fixed-term practical training course requires Job Card career consulting and an evaluation of the "
        "training on Form 3-3. Check the current conditions with your Prefectural Labour Bureau or Hello Work.</p>",
    ),
    _faq(
        "company",
        "自社を支援者としてサイトに登録するにはどうすればよいですか。",
        "<p>企業・訓練実施機関として支援者のページを使うには、厚生労働省による組織の承認と、担当者（指導担当者・評価担当者・評価責任者など）の登録が必要です。"
        "担当者は認証アプリによる2段階認証を設定して使います。"
        f"詳しい手順は{_a('/supporters/', '支援者の方へ（/supporters/）')}をご覧ください。</p>",
        "How do we register our company as a supporter?",
        "<p>The organisation is approved by MHLW and its members are registered with their roles; each member uses "
        f"an authenticator app. See {_a('/en/supporters/', '/en/supporters/')}.</p>",
    ),
    _faq(
        "company",
        "企業の評価と本人の自己評価が違う場合はどうすればよいですか。",
        "<p>様式3-3の「総評」に、評価が異なる理由を書いてください。このサイトでは、本人の自己評価と違う企業評価を付けたのに総評に理由がない場合、保存できません。"
        "目標に届かなかった点があれば、今後に向けた助言もあわせて書くと、本人の次の取組につながります。"
        f"企業評価は{_a('/supporter/', '支援者のページ（/supporter/）')}から記入します。</p>",
        "What if the company rating differs from the self-evaluation?",
        "<p>Explain why in the overall comment on Form 3-3; the site does not save a differing rating without it.</p>",
    ),
    _faq(
        "company",
        "従業員のキャリア面談にジョブ・カードを導入したいです。どう進めればよいですか。",
        "<p>まず面談の目的と、ジョブ・カードを共有する範囲や扱い（人事評価に使わないことなど）を社内で決め、従業員に説明します。"
        "従業員は自分でジョブ・カードを作り、同意したうえで共有コードを担当者に渡します。"
        "キャリア形成・リスキリング支援センターでは、導入の相談にも無料で応じています。"
        f"{_a('/supporters/', '支援者の方へ（/supporters/）')}に企業向けの進め方をまとめています。</p>",
        "We want to use the Job Card in career meetings. How do we start?",
        "<p>Decide the purpose and how shared cards are handled, explain it to staff, and let each employee share "
        "with consent. The support centers advise companies for free.</p>",
    ),
    _faq(
        "school",
        "クラス全員にジョブ・カードを共有してもらうにはどうすればよいですか。",
        "<p>学生一人ひとりが共有コードを発行し、見られる相手に「学校の担当者」を選んでコードを渡すと、学校の担当者全員が見られます。"
        f"教職員は{_a('/supporter/receive/', '共有コードの受け取り（/supporter/receive/）')}でコードを入力します。"
        "学校が支援者として承認されていることと、教職員の2段階認証が必要です。</p>",
        "How can a whole class share their cards with us?",
        "<p>Each student issues a code with the school's staff as audience; staff enter the codes at "
        f"{_a('/en/supporter/receive/', '/en/supporter/receive/')}.</p>",
    ),
    _faq(
        "school",
        "授業で使える教材はありますか。",
        f"<p>{_a('/card/download/blank/', '白紙の様式（/card/download/blank/）')}、各欄の記入例、"
        f"{_a('/sentences/', '例文の自動作成')}、{_a('/diagnosis/', '自己診断')}、{_a('/lifeline/', 'ライフラインチャート')}を授業で使えます。"
        f"授業の組み立て方は{_a('/supporters/', '支援者の方へ（/supporters/）')}の学校向けガイドを参考にしてください。</p>",
        "Is there material for classes?",
        "<p>Blank forms, examples, the sentence builder, the self-diagnosis and the life-line chart; see the school "
        "guide.</p>",
    ),
    _faq(
        "school",
        "生徒が利用者登録をしていなくても、クラスで使えますか。",
        "<p>はい、使えます。様式の作成、自己診断、ライフラインチャートは登録しなくても使えます。"
        "ただし、内容はそのブラウザに結び付くため、共用のパソコンでは授業の最後にPDFをダウンロードするか、続けて使う生徒には登録を勧めてください。"
        f"共有コードで先生に見せるには登録が必要です。{_a('/card/', '/card/')}から始められます。</p>",
        "Can pupils use it in class without an account?",
        "<p>Yes for the forms, diagnosis and life-line chart; the work stays with that browser, so download a PDF "
        "at the end. Sharing with teachers needs an account.</p>",
    ),
    _faq(
        "consultant",
        "支援者のページを使うには何が必要ですか。",
        "<p>厚生労働省に承認された機関（ハローワーク、キャリア形成・リスキリング支援センター、登録番号を持つキャリアコンサルタントなど）に所属し、"
        "担当者として登録されていることと、認証アプリによる2段階認証が必要です。"
        f"初めて{_a('/supporter/', '支援者のページ（/supporter/）')}を開くと、認証アプリの設定に案内されます。</p>",
        "What do I need to use the supporter pages?",
        "<p>Membership of an approved organisation and an authenticator app; the first visit to "
        f"{_a('/en/supporter/', '/en/supporter/')} guides you through the setup.</p>",
    ),
    _faq(
        "consultant",
        "記入欄にコメントを書いた後、相談者の同意はどうなりますか。",
        "<p>キャリアコンサルティング実施者の記入欄は、相談者が内容を確認して「本人同意済み」にすると確定します。"
        "記入するとメールとマイページで相談者に知らせが届きます。コメントを書き直すと、同意はいったん外れます。"
        f"記入は{_a('/supporter/', '支援者のページ（/supporter/）')}から行います。</p>",
        "What happens to the client's consent after I write my comment?",
        "<p>The client reviews it and marks it agreed; editing the comment clears the agreement.</p>",
    ),
    _faq(
        "consultant",
        "相談者の様式に直接書き込まずに、助言を伝えることはできますか。",
        "<p>できます。共有された様式のページからコメントを書くと、様式とは別に相談者へ届き、相談者は"
        f"{_a('/sharing/', '共有の管理（/sharing/）')}から返信できます。コメントは印刷やExcelには出ません。</p>",
        "Can I give advice without writing on the client's form?",
        "<p>Yes: write a comment on the shared sheet; it reaches the client separately and is never printed.</p>",
    ),
    _faq(
        "consultant",
        "共有コードを受け取ろうとするとエラーになります。",
        "<p>共有コードは一度だけ、発行から24時間以内に使えます。使用済み・期限切れ・取り消されたコードはすべて同じメッセージになるので、"
        "相談者に新しいコードの発行を依頼してください。大文字・小文字、ハイフンや空白の有無、全角での入力は区別しません。"
        f"入力は{_a('/supporter/receive/', '共有コードの受け取り（/supporter/receive/）')}で行います。</p>",
        "Entering the sharing code gives an error.",
        "<p>Codes work once, within 24 hours; ask the client for a new code. Case, hyphens and spaces do not "
        "matter.</p>",
    ),
    _faq(
        "site",
        "プライバシーポリシーや利用規約はどこで読めますか。",
        f"<p>{_a('/privacy/', 'プライバシーポリシー（/privacy/）')}に、このサイトが預かる情報、使う目的、保存する期間、"
        "削除やダウンロードの方法を書いています。"
        f"サイトを使うときの決まりは{_a('/terms/', '利用規約（/terms/）')}をご覧ください。どちらもページの一番下からも開けます。</p>",
        "Where can I read the privacy policy and terms of use?",
        f"<p>At {_a('/en/privacy/', '/en/privacy/')} and {_a('/en/terms/', '/en/terms/')}, also linked at the "
        "bottom of every page.</p>",
    ),
    _faq(
        "job_seeker",
        "求職者支援訓練を受けるとき、ジョブ・カードはどう使われますか。",
        "<p>求職者支援訓練では、ハローワークでジョブ・カードを使ったキャリアコンサルティングを受けながら訓練を選び、"
        "訓練の修了時には訓練実施機関が様式3-3（求職者支援訓練用）で訓練の成果を評価します。"
        "評価を受けたシートは、就職活動で自分のできることを示す資料になります。"
        f"受け取った評価シートのPDFは{_a('/card/documents/', '評価シート・証明書のPDF（/card/documents/）')}で保管できます。"
        "訓練の申込みや給付金の要件は、お住まいを管轄するハローワークでご確認ください。</p>",
        "How is the Job Card used in job seeker support training?",
        "<p>Hello Work uses it in career consulting when you choose a course, and the training body evaluates the "
        "results on Form 3-3. Keep the evaluation PDF at "
        f"{_a('/en/card/documents/', '/en/card/documents/')}.</p>",
    ),
    _faq(
        "employed",
        "ジョブ・カードの内容が勤務先の人事評価に使われることはありますか。",
        "<p>ご本人が共有しない限り、勤務先がジョブ・カードを見ることはありません。"
        "共有する場合も、様式、相手、期限をご本人が選び、"
        f"{_a('/sharing/', '共有の管理（/sharing/）')}でいつでもやめられます。"
        "企業には、キャリア面談で使う場合でも目的と扱いを説明し、人事評価とは分けて扱うようお願いしています。</p>",
        "Can my employer use my Job Card in performance reviews?",
        "<p>Your employer sees nothing unless you share it; you choose what and for how long, and can stop at "
        f"{_a('/en/sharing/', '/en/sharing/')}.</p>",
    ),
    # Matching (求人・スカウト, #19) ------------------------------------------------------------
    _faq(
        "job_seeker",
        "自分に合う求人を探せますか。",
        "<p>はい。ジョブ・カードを保存してログインすると、"
        f"{_a('/matching/', 'あなたに合う求人（/matching/）')}に合う度合いの高い求人が20件まで、理由つきで並びます。"
        "点数は100点満点で、仕事の内容（様式2）、免許・資格（様式3-1）、経験、興味（自己診断）、条件（希望の勤務地・雇用形態・労働時間）の合計です。"
        "求人を開くと「足りないもの」と次の一歩も分かります。"
        f"使い方は{_a('/help/help-matching/', '使い方「あなたに合う求人・スカウト」')}をご覧ください。</p>",
        "Can I find job postings that suit me?",
        f"<p>Yes. After saving your card, {_a('/en/matching/', '/en/matching/')} lists up to 20 postings with a score "
        "out of 100 and the reasons for each part, and each posting shows what is missing and the next step.</p>",
    ),
    _faq(
        "job_seeker",
        "おすすめの求人はどのように選ばれていますか。",
        "<p>点数は次の合計です。仕事の内容35点（求人の仕事内容と、様式2に書いた職務や学んだことの一致）、"
        "免許・資格20点（様式3-1で「取得」のもの）、経験15点（その職業の経験年数）、"
        "興味15点（自己診断の興味のタイプと職業の特徴）、条件15点（希望の勤務地・雇用形態・労働時間）。"
        "それぞれの点数に根拠が示されます。性別、年齢、生年月日、氏名、住所、国籍、写真は点数の計算に使わず、"
        "変えても点数が変わらないことを確かめています。"
        f"詳しくは{_a('/help/help-matching/', '使い方「あなたに合う求人・スカウト」')}をご覧ください。</p>",
        "How are recommended postings chosen? Do gender or age matter?",
        "<p>The score adds duties (35), licences (20), experience (15), interests (15) and conditions (15), each "
        "with its source. Gender, age, birth date, name, address, nationality and photo are never used.</p>",
    ),
    _faq(
        "job_seeker",
        "企業からスカウトを受け取りたくありません。",
        "<p>スカウトは、ご本人が"
        f"{_a('/matching/settings/', 'マッチングの設定（/matching/settings/）')}で「企業から見つけてもらう」をオンにしたときだけ届きます。"
        "最初はオフです。オンにしている場合は、チェックを外して保存すると企業の候補者一覧に出なくなります。"
        f"特定の企業からだけ受け取りたくないときは、{_a('/matching/offers/', 'スカウト（/matching/offers/）')}でその企業をブロックできます。</p>",
        "I do not want offers from companies.",
        "<p>Offers come only if you turn on “Let companies find me” at "
        f"{_a('/en/matching/settings/', '/en/matching/settings/')}; it is off at first. Turn it off, or block one "
        f"company at {_a('/en/matching/offers/', '/en/matching/offers/')}.</p>",
    ),
    _faq(
        "job_seeker",
        "スカウトを承諾すると、企業に何が見えますか。",
        "<p>承諾する前、企業に見えるのは、マッチングの設定で見せてよいと選んだ項目（会社名を除いた職務経歴、免許・資格、"
        "興味のタイプ、都道府県）だけで、氏名や年齢は見えません。"
        "承諾するときに、企業が求めた様式のうち共有するもの、見られる相手、期限を選びます。"
        "承諾すると、選んだ様式と氏名が企業に見えるようになります。"
        f"共有は{_a('/sharing/', '共有の管理（/sharing/）')}からいつでもやめられます。</p>",
        "What does a company see if I accept an offer?",
        "<p>Before: only the anonymised items you allowed. When you accept, you choose which of the asked sheets to "
        f"share, with whom and until when; then your name is shown. Stop at {_a('/en/sharing/', '/en/sharing/')}.</p>",
    ),
    _faq(
        "company",
        "求人を出して、合う人にスカウトを送るにはどうすればよいですか。",
        "<p>厚生労働省が承認した企業の組織の担当者が、認証アプリによる2段階認証を設定したうえで、"
        f"{_a('/matching/company/', '企業の求人（/matching/company/）')}の「求人を作成する」から求人を作ります。"
        "職業（job tag）、仕事の内容、必須・歓迎の免許・資格、経験年数、勤務地、雇用形態、賃金、労働時間を入力します。"
        "公開した求人ごとに「候補者を見る」から、見つけてもらう設定をオンにした方が「この方が合う理由」つきで匿名で表示されます。"
        "「スカウトを送る」でメッセージ（1000文字以内）と見せてほしい様式を送ります。送れるのは1社あたり1日20件までです。"
        f"手順は{_a('/help/help-matching/', '使い方「あなたに合う求人・スカウト」')}をご覧ください。</p>",
        "How do we post a job and send offers to people who fit?",
        "<p>Members of an approved company organisation with two-step verification post jobs at "
        f"{_a('/en/matching/company/', '/en/matching/company/')}, see anonymised candidates with the reasons they fit, "
        "and send offers (a message and the sheets asked; 20 a day per company).</p>",
    ),
    # Questions people asked that the site had no entry for (found with new dev questions) ----------
    _faq(
        "employed",
        "副業や兼業の経験も職務経歴シートに書けますか。",
        "<p>はい、書けます。"
        f"{_a('/card/sheets/2/', '様式2 職務経歴シート（/card/sheets/2/）')}で「職歴を追加」を押し、本業とは別の行に書きます。"
        "期間が本業と重なっていても構いません。雇用形態は実態に合わせて選び（業務委託やフリーランスは「その他」）、"
        "職務内容には担当した仕事と、本業とは違うところで身に付けたことを書くと伝わりやすくなります。"
        "勤め先の就業規則で副業の扱いが決まっている場合は、提出先に合わせて書く範囲を選んでください。</p>",
        "Can I include side jobs on the Work History Sheet?",
        f"<p>Yes: add a separate row on {_a('/en/card/sheets/2/', 'Form 2')}; overlapping periods are fine. Choose "
        "the employment type that fits (freelance work: “other”).</p>",
    ),
    _faq(
        "job_seeker",
        "倒産や社名変更があった勤め先は、どう書けばよいですか。",
        "<p>会社名は、働いていた当時の名称を書くのが基本です。社名が変わった会社は「株式会社〇〇（現：株式会社△△）」、"
        "倒産・廃業した会社は「株式会社〇〇（2020年に廃業）」のように書き添えると、読み手に伝わります。"
        "会社がなくなっていても、そこでの経験はあなたの職務経歴です。"
        f"{_a('/card/sheets/2/', '様式2 職務経歴シート（/card/sheets/2/）')}に、ほかの職歴と同じように職務内容と学んだことを書いてください。</p>",
        "My former employer went bankrupt or changed its name. What do I write?",
        "<p>Write the name as it was when you worked there, adding “(now: …)” or “(closed in 2020)”. The experience "
        f"still counts: record it on {_a('/en/card/sheets/2/', 'Form 2')} like any other job.</p>",
    ),
    _faq(
        "job_seeker",
        "自分に向いている仕事を知りたいです。",
        "<p>次の3つを組み合わせると考えやすくなります。"
        f"まず{_a('/diagnosis/', '自己診断（/diagnosis/）')}で、興味のタイプや大切にしたいことを確かめると、"
        "合いそうな職業が表示されます。"
        f"次に{_a('/occupations/', '職業を調べる（/occupations/）')}で、その職業の仕事内容や必要な資格を読みます。"
        "ジョブ・カードを保存していれば、"
        f"{_a('/matching/', 'あなたに合う求人（/matching/）')}で経験や資格に合う求人も理由つきで見られます。"
        "迷うときは、ハローワークやキャリア形成・リスキリング支援センターで、無料のキャリアコンサルティングを受けられます。</p>",
        "I want to know what work suits me.",
        f"<p>Take the {_a('/en/diagnosis/', 'self-diagnosis')}, read the occupations it suggests at "
        f"{_a('/en/occupations/', '/en/occupations/')}, and see postings that fit your card at "
        f"{_a('/en/matching/', '/en/matching/')}. Free career consulting is available at Hello Work.</p>",
    ),
    _faq(
        "site",
        "文字を大きくして読むことはできますか。",
        "<p>はい。ブラウザの拡大機能で、文字もレイアウトもそのまま大きくできます。"
        "パソコンでは「Ctrl」キー（Macは「command」キー）を押しながら「＋」キー、元に戻すときは「0」キーです。"
        "スマートフォンでは2本の指で画面を広げるか、端末の設定で文字の大きさを変えてください。"
        "このサイトは200%まで拡大しても読めるように作っており、画面の読み上げソフトにも対応しています。"
        f"操作に迷ったときは{_a('/help/', '使い方（/help/）')}をご覧ください。</p>",
        "The text is too small. Can I make it larger?",
        "<p>Yes: use your browser's zoom (Ctrl or Command and “+”; on phones, spread two fingers or change the text "
        "size in settings). The site stays readable up to 200 % and works with screen readers.</p>",
    ),
]
