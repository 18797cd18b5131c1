"""よくある質問 (FAQ) of the ジョブ・カード作成支援サイト demo: four or more per FaqAudience."""


def _faq(audience, ja_q, ja_a, en_q, en_a):
    return {
        "audience": audience,
        "ja": {"question": ja_q, "answer": ja_a},
        "en": {"question": en_q, "answer": en_a},
    }


FAQS = [
    # 制度について -------------------------------------------------------------------------------
    _faq(
        "system",
        "利用者登録をしなくてもジョブ・カードは作れますか。",
        "<p>はい、利用者登録をしなくても作成を始められます。ただし、作成したジョブ・カードをサイトに保存して後から更新したり、"
        "履歴書などに変換したり、支援者と共有したりするには利用者登録が必要です。"
        "ログインはIDとパスワードのほか、マイナポータル経由でも行えます。</p>",
        "Can I create a Job Card without registering?",
        "<p>Yes, you can start without registering. To save it on the site and update it later, convert it into a "
        "résumé or share it with a supporter, you need to register. You can log in with an ID and password or via "
        "Mynaportal.</p>",
    ),
    _faq(
        "system",
        "手書きやExcelで作成してもよいですか。",
        "<p>はい、構いません。ジョブ・カードの様式は、手書きやExcelでも作成できます。"
        "このサイトで作成すると、保存・更新がしやすく、記入例やヘルプを見ながら書けるほか、履歴書や職務経歴書への変換もできます。</p>",
        "May I write it by hand or in Excel?",
        "<p>Yes. The Job Card forms can be filled in by hand or in Excel. Creating it on this site makes saving and "
        "updating easier, gives you examples and help, and lets you convert it into a résumé or CV.</p>",
    ),
    _faq(
        "system",
        "入力した個人情報はどのように扱われますか。",
        "<p>入力いただいた情報は、ジョブ・カードの作成・保存と、ご本人が選んだ共有のためにのみ利用します。"
        "ご本人の同意なく、企業や支援者に提供されることはありません。詳しくは本サイトのプライバシーポリシーをご確認ください。</p>",
        "How is my personal information handled?",
        "<p>Your information is used only to create and save your Job Card and for the sharing you choose. It is not "
        "given to companies or supporters without your consent. See this site's privacy policy for details.</p>",
    ),
    _faq(
        "system",
        "ジョブ・カードを企業に提出する義務はありますか。",
        "<p>いいえ、ありません。ジョブ・カードを誰に、どの様式まで見せるかは、ご本人が決められます。"
        "応募の際は、応募先が指定する書類を提出してください。ジョブ・カードの内容は、その書類の作成に役立てられます。</p>",
        "Am I obliged to submit my Job Card to an employer?",
        "<p>No. You decide who sees it and which forms. When applying, submit the documents the employer asks for; "
        "your Job Card helps you prepare them.</p>",
    ),
    # 学生の方 ---------------------------------------------------------------------------------
    _faq(
        "student",
        "学生はいつジョブ・カードを作ればよいですか。",
        "<p>決まった時期はありませんが、就職活動が本格化する前、たとえばインターンシップに応募する頃に一度作っておくのがおすすめです。"
        "自己分析やエントリーシート、面接準備の土台になります。学年が変わるたびに見直すと、成長の記録にもなります。</p>",
        "When should students create a Job Card?",
        "<p>There is no fixed time, but we recommend creating one before job hunting gets busy, for example when "
        "applying for internships. It is a basis for self-analysis, entry sheets and interview preparation. "
        "Reviewing it each year also records your growth.</p>",
    ),
    _faq(
        "student",
        "アルバイトの経験は職務経歴シートに書いてよいですか。",
        "<p>はい、書いて構いません。アルバイトやインターンシップで担当した仕事、工夫したこと、学んだことを様式2に書いておくと、"
        "自分の強みを整理しやすくなり、面接で具体的なエピソードとして話せます。</p>",
        "Can I put part-time jobs on the Work History Sheet?",
        "<p>Yes. Writing your part-time jobs or internships on Form 2, with what you did, improved and learned, "
        "helps you organise your strengths and gives you concrete examples for interviews.</p>",
    ),
    _faq(
        "student",
        "書けるような特別な経験がありません。",
        "<p>特別な経験でなくても大丈夫です。授業で興味を持ったこと、続けている習慣、友人から頼まれることなど、"
        "身近な経験のなかに強みは隠れています。コラム「『強み』の見つけ方」や、記入例も参考にしてください。</p>",
        "I have no special experiences to write about.",
        "<p>They do not need to be special. Strengths hide in everyday experience: subjects that interested you, "
        "habits you keep, what friends ask you to do. See the column on finding your strengths and the examples.</p>",
    ),
    _faq(
        "student",
        "就職した後、学生のときに作ったジョブ・カードはどうなりますか。",
        "<p>就職後も同じアカウントで引き続き使えます。同期機能を使うと、学生向けのキャリア・プランシート（様式1-2）の内容を、"
        "就業経験がある方用（様式1-1）に転記できます。</p>",
        "What happens to my student Job Card after I start work?",
        "<p>You can keep using the same account. The sync function copies your student Career Plan Sheet (Form 1-2) "
        "into the form for people with work experience (Form 1-1).</p>",
    ),
    # 在職者の方 -------------------------------------------------------------------------------
    _faq(
        "employed",
        "会社に知られずにジョブ・カードを作成できますか。",
        "<p>はい。このサイトで作成したジョブ・カードは、ご本人が共有の操作をしない限り、勤務先を含め誰にも公開されません。</p>",
        "Can I create a Job Card without my employer knowing?",
        "<p>Yes. A Job Card created on this site is not shown to anyone, including your employer, unless you share "
        "it yourself.</p>",
    ),
    _faq(
        "employed",
        "働きながらキャリアコンサルティングを受けるにはどうすればよいですか。",
        "<p>キャリア形成・リスキリング支援センターでは、在職者の方も無料でキャリアコンサルティングを受けられます。"
        "職場にセルフ・キャリアドックなどの仕組みがある場合は、その面談でもジョブ・カードを活用できます。</p>",
        "How can I get career consulting while working?",
        "<p>People in work can receive free career consulting at the Career Development and Reskilling Support "
        "Centers. If your workplace has a self career dock or similar scheme, you can use your Job Card there too.</p>",
    ),
    _faq(
        "employed",
        "同じ会社で長く働いています。職務経歴シートはどう分けて書けばよいですか。",
        "<p>異動や担当業務が変わった時期ごとに分けて書くと、経験の幅が伝わりやすくなります。"
        "それぞれの期間で身につけた知識や技能、後輩の指導などの役割も書いておくと、強みを整理する助けになります。</p>",
        "I have worked at one company for a long time. How should I divide my work history?",
        "<p>Split it at each transfer or change in duties so the range of your experience is clear. Adding the "
        "skills you gained and roles such as training juniors helps you identify your strengths.</p>",
    ),
    _faq(
        "employed",
        "教育訓練給付を受けるのにジョブ・カードが必要と聞きました。",
        "<p>専門実践教育訓練や特定一般教育訓練の給付を受ける場合は、受講前に訓練対応キャリアコンサルタントによる"
        "キャリアコンサルティングを受け、ジョブ・カードを作成することが必要です。"
        "支給の要件や手続は、お近くのハローワークでご確認ください。</p>",
        "I heard I need a Job Card for education and training benefits.",
        "<p>For specialised practical and specific general education and training benefits, you must receive career "
        "consulting from a training-qualified career consultant and create a Job Card before the course. Check the "
        "conditions and procedures at your local Hello Work.</p>",
    ),
    # 求職者の方 -------------------------------------------------------------------------------
    _faq(
        "job_seeker",
        "ハローワークでジョブ・カードの作成を手伝ってもらえますか。",
        "<p>はい。ハローワークでは、ジョブ・カードを使ったキャリアコンサルティングを無料で受けられます。"
        "書けるところまで書いて持参するか、このサイトで共有すると、相談がより具体的になります。</p>",
        "Can Hello Work help me create a Job Card?",
        "<p>Yes. Hello Work provides free career consulting using the Job Card. Bring what you have written, or share "
        "it on this site, to make the consultation more concrete.</p>",
    ),
    _faq(
        "job_seeker",
        "ジョブ・カードから履歴書を作れますか。",
        "<p>はい。利用者登録をすると、入力した内容を厚生労働省の履歴書様式例の形式や、職務経歴書の形式に変換して出力できます。"
        "志望動機などは応募先に合わせて、ご自身で書き加えてください。</p>",
        "Can I make a résumé from my Job Card?",
        "<p>Yes. Registered users can output their content in the MHLW sample résumé format or as a CV. Add your "
        "motivation and similar parts yourself for each employer.</p>",
    ),
    _faq(
        "job_seeker",
        "仕事をしていない期間（ブランク）はどう書けばよいですか。",
        "<p>隠す必要はありません。離職前の経験を丁寧に書き、ブランク中に学んだことや取り組んだことがあれば、"
        "学習歴やキャリア・プランシートに書きましょう。面接で聞かれたときは、理由を簡潔に伝え、今の働く意欲と今後の目標につなげて話すのがおすすめです。</p>",
        "How should I write about a period without work?",
        "<p>There is no need to hide it. Describe your previous experience carefully and record anything you learned "
        "or did during the gap. If asked in an interview, explain briefly and move on to your motivation and goals.</p>",
    ),
    _faq(
        "job_seeker",
        "職業訓練を受けるときにジョブ・カードは使いますか。",
        "<p>ハロートレーニング（公的職業訓練）の受講にあたっては、ハローワークなどでジョブ・カードを使ったキャリアコンサルティングが行われることがあります。"
        "訓練で目指すことを書いておくと、コース選びや選考の面接準備にも役立ちます。</p>",
        "Is the Job Card used when I take vocational training?",
        "<p>When you take Hello Training (public vocational training), Hello Work and others may provide career "
        "consulting using the Job Card. Writing your training goals also helps you choose a course and prepare for "
        "the selection interview.</p>",
    ),
    # 学校の方 ---------------------------------------------------------------------------------
    _faq(
        "school",
        "授業でジョブ・カードを使う場合、何回くらいの時間が必要ですか。",
        "<p>目安として、学習歴・免許資格の作成、経験の振り返り、強みと将来の検討の3回程度で一通り作成できます。"
        "1回で行う場合は、様式3-2と3-1を授業で作成し、キャリア・プランシートを課外で取り組む方法もあります。</p>",
        "How many class sessions does the Job Card take?",
        "<p>As a guide, about three sessions: education and qualifications, reflecting on experience, and strengths "
        "and future plans. With only one session, students can do Forms 3-2 and 3-1 in class and the Career Plan "
        "Sheet outside class.</p>",
    ),
    _faq(
        "school",
        "教職員が学生のジョブ・カードを見ることはできますか。",
        "<p>学生本人が共有の操作をした場合に限り、閲覧できます。学生が安心して書けるよう、共有は本人の同意に基づいて行い、"
        "内容を成績評価に使うことは避けてください。</p>",
        "Can staff view students' Job Cards?",
        "<p>Only when the student shares it. Sharing should be based on the student's consent, and the content should "
        "not be used for grading, so students can write freely.</p>",
    ),
    _faq(
        "school",
        "高校生でもジョブ・カードを作成できますか。",
        "<p>はい。就業経験がない方向けのキャリア・プランシート（様式1-2）は、高校生にも使えます。"
        "部活動や学校行事、資格取得の取組などを振り返る教材として活用できます。</p>",
        "Can high school students create a Job Card?",
        "<p>Yes. The Career Plan Sheet for people without work experience (Form 1-2) works for high school students "
        "as material for reflecting on clubs, school events and qualifications.</p>",
    ),
    _faq(
        "school",
        "就職支援の個別相談にはどう生かせますか。",
        "<p>相談を予約した学生に、事前にジョブ・カードを作成・共有してもらうと、相談の時間をエントリーシートの内容や面接での伝え方など、"
        "一歩踏み込んだ助言に使えます。学生自身が強みを言葉にする練習にもなります。</p>",
        "How can it help individual job placement advice?",
        "<p>If students create and share a Job Card before their appointment, you can spend the time on deeper advice "
        "about entry sheets and interviews. It also helps students practise putting their strengths into words.</p>",
    ),
    # 企業の方 ---------------------------------------------------------------------------------
    _faq(
        "company",
        "従業員にジョブ・カードの提出を求めてもよいですか。",
        "<p>ジョブ・カードは本人のものであり、提出は本人の意思によるものです。"
        "キャリア面談などで活用する場合は、目的と共有する範囲を説明し、本人の同意を得たうえで共有を受けてください。</p>",
        "May we ask employees to submit their Job Cards?",
        "<p>The Job Card belongs to the employee, and submitting it is their choice. If you use it in career meetings, "
        "explain the purpose and scope of sharing, and receive it only with their consent.</p>",
    ),
    _faq(
        "company",
        "様式3-3の評価は誰が記入しますか。",
        "<p>企業が設定した職務について、評価担当者が企業としての評価を記入し、本人が自己評価を記入します。"
        "評価責任者は評価を確認し、本人からの異議などにも対応します。指導担当者・評価担当者・評価責任者をあらかじめ決めておくとスムーズです。</p>",
        "Who fills in the evaluation on Form 3-3?",
        "<p>For duties set by the company, the evaluator enters the company's rating and the employee enters a "
        "self-evaluation. The responsible person confirms the ratings and handles objections. Appointing the "
        "instructor, evaluator and responsible person in advance helps.</p>",
    ),
    _faq(
        "company",
        "採用選考でジョブ・カードを使えますか。",
        "<p>応募者がジョブ・カードを活用して作成した履歴書や職務経歴書を受け取ることはありますが、"
        "ジョブ・カードそのものの提出を応募の条件にすることは避けてください。提出するかどうかは応募者本人が決めるものです。</p>",
        "Can we use the Job Card in recruitment?",
        "<p>You may receive résumés or CVs that applicants prepared with their Job Card, but do not make submitting "
        "the Job Card itself a condition of applying. Whether to submit it is the applicant's decision.</p>",
    ),
    _faq(
        "company",
        "セルフ・キャリアドックとジョブ・カードはどう組み合わせればよいですか。",
        "<p>面談の前に従業員がジョブ・カードを作成・更新し、同意のうえでキャリアコンサルタントと共有すると、"
        "面談の時間をこれからのキャリアについての話し合いに使えます。面談後に「これから取り組むこと等」を更新し、次回の面談で振り返る流れがおすすめです。</p>",
        "How do we combine a self career dock with the Job Card?",
        "<p>Have employees create or update their Job Card before meetings and share it with the consultant with "
        "consent, so the meeting can focus on the future. Updating the next-steps box afterwards and reviewing it at "
        "the next meeting works well.</p>",
    ),
    # キャリアコンサルタントの方 -------------------------------------------------------------------
    _faq(
        "consultant",
        "キャリア・プランシートの「キャリアコンサルティング実施者の記入欄」は誰が書きますか。",
        "<p>キャリアコンサルティングを行ったキャリアコンサルタントが記入します。"
        "氏名、登録番号、所属、実施日とあわせて、相談者が同意した内容をコメントとして記入します。相談者本人が書く欄ではありません。</p>",
        "Who fills in the consultant's box on the Career Plan Sheet?",
        "<p>The career consultant who held the session. Along with their name, registration number, affiliation and "
        "date, they write comments the client has agreed to. The client does not fill it in.</p>",
    ),
    _faq(
        "consultant",
        "相談者のジョブ・カードをこのサイトで見るにはどうすればよいですか。",
        "<p>相談者が共有の操作を行うと、閲覧できるようになります。共有する様式は相談者が選びます。"
        "面談の前に共有を依頼しておくと、事前に内容を確認して面談に臨めます。</p>",
        "How do I view a client's Job Card on this site?",
        "<p>You can view it once the client shares it; the client chooses which forms. Asking them to share before "
        "the session lets you prepare.</p>",
    ),
    _faq(
        "consultant",
        "オンラインでの面談でもジョブ・カードを使えますか。",
        "<p>はい。相談者と共有したジョブ・カードを、オンライン会議ツールで同じ画面を見ながら確認できます。"
        "来所が難しい相談者への継続支援にも活用できます。</p>",
        "Can I use the Job Card in online sessions?",
        "<p>Yes. You and the client can view the shared Job Card on the same screen through an online meeting tool, "
        "which helps continue support for clients who find it hard to visit.</p>",
    ),
    _faq(
        "consultant",
        "相談者が強みを書けずにいるとき、記入例をどう使えばよいですか。",
        "<p>記入例は、書き始めるきっかけとして紹介するのが効果的です。"
        "相談者の経験について問いかけ、記入例を参考に自分の言葉へ置き換えるよう促してください。"
        "ここで整理した強みは、面接での自己PRにもつながります。</p>",
        "How should I use examples when a client cannot write their strengths?",
        "<p>Examples work best as a prompt to get started. Ask about the client's experience and encourage them to "
        "rewrite the example in their own words. Strengths sorted out this way also feed into self-PR in "
        "interviews.</p>",
    ),
]
