"""用語集 of the ジョブ・カード作成支援サイト demo."""


def _term(term, reading, definition, en_term, en_definition):
    return {
        "ja": {"term": term, "reading": reading, "definition": definition},
        "en": {"term": en_term, "definition": en_definition},
    }


GLOSSARY = [
    _term(
        "ジョブ・カード",
        "じょぶかーど",
        "職業能力開発促進法第15条の4に定められた「職務経歴等記録書」。平成27年10月から、「生涯を通じたキャリア・プランニング」と"
        "「職業能力証明」のためのツールとして運用されています。キャリア・プランシート、職務経歴シート、職業能力証明シートなどで構成されます。",
        "Job Card",
        "The \"record of work history, etc.\" defined in Article 15-4 of the Human Resources Development Promotion Act. "
        "Since October 2015 it has served as a tool for lifelong career planning and for proving vocational ability. "
        "It consists of the Career Plan Sheet, Work History Sheet and Vocational Ability Certification Sheets.",
    ),
    _term(
        "キャリア・プランシート",
        "きゃりあぷらんしーと",
        "価値観・興味、強み、将来取り組みたい仕事や働き方、これから取り組むことなどを書く様式。"
        "就業経験がある方用の様式1-1と、学生など就業経験がない方用の様式1-2があります。"
        "キャリアコンサルタントが記入する欄も設けられています。",
        "Career Plan Sheet",
        "The form for your values and interests, strengths, the work you want to do and your next steps. Form 1-1 is "
        "for people with work experience and Form 1-2 for students and others without it. It includes a box for the "
        "career consultant.",
    ),
    _term(
        "職務経歴シート",
        "しょくむけいれきしーと",
        "様式2。勤務した期間ごとに、会社名・所属、雇用形態、職務内容、職務の中で学んだこと・得られた知識や技能を記録します。"
        "履歴書の職歴欄や職務経歴書の作成に生かせます。",
        "Work History Sheet",
        "Form 2. For each period of employment you record the company and department, employment type, duties, and "
        "what you learned. It feeds into the work history section of a résumé and into a CV.",
    ),
    _term(
        "職業能力証明シート",
        "しょくぎょうのうりょくしょうめいしーと",
        "職業能力を証明する情報をまとめる様式。免許・資格を記録する様式3-1、学習歴・訓練歴を記録する様式3-2、"
        "企業や訓練機関が訓練や実務の成果を評価する様式3-3があります。",
        "Vocational Ability Certification Sheets",
        "Forms that gather evidence of your vocational ability: Form 3-1 for licences and qualifications, Form 3-2 for "
        "education and training, and Form 3-3, on which a company or training provider evaluates training or work "
        "results.",
    ),
    _term(
        "キャリア・プラン作成補助シート",
        "きゃりあぷらんさくせいほじょしーと",
        "キャリア・プランシートを書く前の準備に使うワークシート。自己理解や仕事理解を深めるシートや、ライフラインチャートがあります。",
        "Career plan helper sheets",
        "Worksheets used to prepare for the Career Plan Sheet, including sheets for self-understanding and "
        "understanding work, and the lifeline chart.",
    ),
    _term(
        "キャリアコンサルティング",
        "きゃりあこんさるてぃんぐ",
        "職業の選択、職業生活設計、職業能力の開発・向上に関する相談に応じ、助言や指導を行うこと。"
        "ハローワークやキャリア形成・リスキリング支援センターで、無料で受けることができます。",
        "Career consulting",
        "Consultation, advice and guidance on choosing an occupation, planning working life and developing vocational "
        "skills. It is available free of charge at Hello Work and the Career Development and Reskilling Support "
        "Centers.",
    ),
    _term(
        "キャリアコンサルタント",
        "きゃりあこんさるたんと",
        "キャリアコンサルティングを行う専門家。職業能力開発促進法に基づく国家資格で、登録を受けた人だけが名乗ることができます。"
        "ジョブ・カードの「キャリアコンサルティング実施者の記入欄」には、氏名とともに登録番号が記入されます。",
        "Career consultant",
        "A specialist who provides career consulting. It is a national qualification under the Human Resources "
        "Development Promotion Act, and only registered people may use the title. Their registration number is written "
        "in the consultant's box of the Job Card.",
    ),
    _term(
        "セルフ・キャリアドック",
        "せるふきゃりあどっく",
        "企業が、従業員に定期的なキャリアコンサルティングやキャリア研修などの機会を提供し、"
        "一人ひとりの主体的なキャリア形成を支援する総合的な取組。面談の準備にジョブ・カードを活用できます。",
        "Self career dock",
        "A comprehensive scheme in which a company gives employees regular career consulting and career training to "
        "support self-directed career development. The Job Card can be used to prepare for the meetings.",
    ),
    _term(
        "ハロートレーニング",
        "はろーとれーにんぐ",
        "公的職業訓練（公共職業訓練と求職者支援訓練）の愛称。仕事に必要な知識や技能を身につけるための訓練で、"
        "仕事を探している方向けのコースの受講料は原則無料です（テキスト代などは自己負担）。",
        "Hello Training",
        "The nickname for public vocational training (public vocational training and job seeker support training). "
        "Courses teach knowledge and skills needed for work; for job seekers, tuition is in principle free "
        "(textbooks etc. are paid by the trainee).",
    ),
    _term(
        "公共職業訓練",
        "こうきょうしょくぎょうくんれん",
        "国や都道府県が実施する職業訓練。離職した方向けの離職者訓練、在職者向けの訓練、高等学校卒業者などを対象とする学卒者訓練などがあります。",
        "Public vocational training",
        "Vocational training run by the national and prefectural governments, including training for people who have "
        "left work, for people in work, and for school graduates.",
    ),
    _term(
        "求職者支援訓練",
        "きゅうしょくしゃしえんくんれん",
        "雇用保険を受給できない求職者の方などを主な対象として、就職に必要な知識や技能を身につけるために行われる職業訓練。"
        "ハローワークでの受講相談を経て申し込みます。",
        "Job seeker support training",
        "Vocational training mainly for job seekers who cannot receive employment insurance benefits, teaching the "
        "knowledge and skills needed to find work. You apply after a consultation at Hello Work.",
    ),
    _term(
        "教育訓練給付制度",
        "きょういくくんれんきゅうふせいど",
        "一定の要件を満たす方が、厚生労働大臣の指定する教育訓練を受講・修了した場合に、費用の一部が支給される制度。"
        "専門実践教育訓練や特定一般教育訓練では、受講前にキャリアコンサルティングを受け、ジョブ・カードを作成する必要があります。",
        "Education and Training Benefit system",
        "A system that pays part of the cost when people who meet certain conditions complete education and training "
        "designated by the Minister of Health, Labour and Welfare. Specialised practical and specific general education "
        "and training require career consulting and a Job Card before the course.",
    ),
    _term(
        "雇用型訓練",
        "こようがたくんれん",
        "企業が雇用した労働者に対して、職場での実習（OJT）と、座学などの職場外での訓練（Off-JT）を組み合わせて行う訓練。"
        "訓練の成果は職業能力証明シート（様式3-3）で評価・記録できます。",
        "Employment-based training",
        "Training in which a company combines on-the-job training (OJT) with off-the-job training such as classroom "
        "study for the workers it employs. Results can be evaluated and recorded on Form 3-3.",
    ),
    _term(
        "ライフラインチャート",
        "らいふらいんちゃーと",
        "横軸に年齢、縦軸に満足度（−100から+100）をとり、これまでの出来事とそのときの気持ちを線で表すワーク。"
        "価値観や強みに気づく手がかりになります。",
        "Lifeline chart",
        "An exercise that plots events in your life against age (horizontal) and satisfaction from −100 to +100 "
        "(vertical) and joins them in a line. It helps you notice your values and strengths.",
    ),
    _term(
        "自己理解",
        "じこりかい",
        "自分の興味・関心、価値観、強みや得意なこと、苦手なことを知ること。"
        "これまでの経験を振り返ることで深まり、キャリア・プランシートを書くための土台になります。",
        "Self-understanding",
        "Knowing your interests, values, strengths and weaknesses. It deepens as you look back on your experience and "
        "is the basis for writing the Career Plan Sheet.",
    ),
    _term(
        "仕事理解",
        "しごとりかい",
        "世の中にある仕事の内容、求められる知識や技能、働き方などを知ること。"
        "job tag（職業情報提供サイト）などで調べたり、職場見学やインターンシップで体験したりして深めます。",
        "Understanding work",
        "Knowing what jobs involve, which knowledge and skills they require and how people work in them. You can "
        "deepen it through job tag, workplace visits and internships.",
    ),
    _term(
        "職業能力評価基準",
        "しょくぎょうのうりょくひょうかきじゅん",
        "仕事をこなすために必要な知識や技術・技能に加えて、成果につながる職務行動例を、業種・職種ごとに整理した厚生労働省の基準。"
        "職業能力の評価や人材育成の目安として使われます。",
        "Vocational Ability Evaluation Standards",
        "MHLW standards that set out, by industry and job type, the knowledge and skills needed for the work and "
        "examples of behaviour that lead to results. They are used as a guide for evaluating ability and developing "
        "people.",
    ),
    _term(
        "マイナポータル",
        "まいなぽーたる",
        "政府が運営するオンラインサービス。本サイトでは、IDとパスワードによるログインに加えて、マイナポータルを経由したログインができます。",
        "Mynaportal",
        "An online service run by the government. On this site you can log in via Mynaportal as well as with an ID "
        "and password.",
    ),
    _term(
        "job tag（職業情報提供サイト）",
        "じょぶたぐ",
        "厚生労働省が運営する、さまざまな職業の仕事内容、必要な知識・スキル、就業への道筋などを調べられるサイト。"
        "仕事理解を深めたり、将来取り組みたい仕事を考えたりするときに役立ちます。",
        "job tag (occupational information site)",
        "An MHLW site where you can look up what various jobs involve, the knowledge and skills they need and how to "
        "get into them. Useful for understanding work and thinking about what you want to do.",
    ),
    _term(
        "ハローワーク",
        "はろーわーく",
        "国が運営する公共職業安定所の愛称。職業相談や職業紹介、職業訓練の受講相談のほか、ジョブ・カードを使ったキャリアコンサルティングを無料で行っています。",
        "Hello Work",
        "The nickname of the public employment security offices run by the national government. They offer free job "
        "counselling, job placement, advice on vocational training and career consulting using the Job Card.",
    ),
    _term(
        "キャリア形成・リスキリング支援センター",
        "きゃりあけいせいりすきりんぐしえんせんたー",
        "在職者を含むどなたでも、キャリアコンサルタントによるジョブ・カードを活用したキャリアコンサルティングを無料で受けられる窓口。"
        "企業向けの相談にも応じています。",
        "Career Development and Reskilling Support Center",
        "Centers where anyone, including people in work, can receive free career consulting with the Job Card from a "
        "career consultant. They also advise companies.",
    ),
    _term(
        "同期機能",
        "どうききのう",
        "学生時代に作成したキャリア・プランシート（様式1-2）の内容を、就職後に就業経験がある方用の様式1-1へ転記できる本サイトの機能。",
        "Sync function",
        "A function of this site that copies the Career Plan Sheet you made as a student (Form 1-2) into Form 1-1 for "
        "people with work experience after you start work.",
    ),
]
