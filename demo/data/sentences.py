"""例文の自動作成: one question flow per box of 様式1-1 / 1-2 and for 様式2's 職務内容.

Loaded by ``sentences.demo.load_sentence_flows`` (called from ``demo.loader``). Each flow:

- ``questions``: key, text, kind (``noun`` 名詞句 / ``predicate`` 述語句 in dictionary form), optional
  ``multiple`` + ``max_choices`` and ``joiner``; choices as (key, label, phrase[, conjugation]). An
  empty phrase means 「特にない」: the sentences that need it are left out (or a later variant is used).
- ``sentences``: per sentence, its template variants; ``{key}`` or ``{key|form}`` (see
  ``sentences.grammar`` for the forms).

Every combination of answers of every flow is checked by ``tests/sentences`` (and by the model's
``clean`` when an editor saves), and two flows have every expected sentence written out.
"""

FLOWS = [
    {
        "slug": "job-duties",
        "box": "job_duties",
        "title": "職務内容の例文をつくる",
        "intro": (
            "様式2の「職務内容」に書く文の下書きを、4つの質問に答えてつくります。"
            "できた文は、ご自身の仕事に合わせて自由に書き直してください。"
        ),
        "questions": [
            {
                "key": "workplace",
                "text": "主にどこで働いていましたか？",
                "kind": "noun",
                "choices": [
                    ("store", "お店（小売・飲食など）", "店舗"),
                    ("office", "事務所・オフィス", "事務所"),
                    ("care", "介護・福祉の施設", "介護施設"),
                    ("factory", "工場・製造の現場", "工場"),
                    ("logistics", "倉庫・物流センター", "物流センター"),
                ],
            },
            {
                "key": "position",
                "text": "どのような立場で働いていましたか？",
                "kind": "noun",
                "choices": [
                    ("staff", "スタッフ・担当者", "スタッフの一員"),
                    ("leader", "リーダー・主任", "リーダー"),
                    ("manager", "責任者・管理職", "責任者"),
                ],
            },
            {
                "key": "tasks",
                "text": "主に担当した仕事を選んでください（3つまで）",
                "help_text": "選んだ順ではなく、一覧の順に文になります。",
                "kind": "predicate",
                "multiple": True,
                "max_choices": 3,
                "choices": [
                    ("customer", "お客様や利用者への対応", "お客様や利用者への対応を行う"),
                    ("documents", "書類やデータの作成・管理", "書類やデータの作成と管理をする"),
                    ("stock", "商品や資材の在庫管理", "商品や資材の在庫を管理する"),
                    ("training", "新人の指導", "新人の指導を受け持つ"),
                    ("planning", "作業の段取りやシフトづくり", "日々の作業の段取りを組む"),
                ],
            },
            {
                "key": "achievement",
                "text": "仕事の中で工夫したことに近いものはありますか？",
                "kind": "predicate",
                "choices": [
                    ("faster", "手順を見直して、作業時間を短くした", "作業の手順を見直して、時間を短くする"),
                    ("manual", "マニュアルを作って、引き継ぎをしやすくした", "マニュアルを作って、引き継ぎをしやすくする"),
                    ("feedback", "お客様の声を生かして、サービスを改善した", "お客様や利用者の声を集めて、サービスの改善につなげる"),
                    ("none", "特にない", ""),
                ],
            },
        ],
        "sentences": [
            ["{workplace}で、{position}として{tasks|ました}。"],
            ["また、{achievement|ました}。"],
        ],
    },
    {
        "slug": "future-work",
        "box": "future_work",
        "title": "将来取り組みたい仕事や働き方の例文をつくる",
        "intro": (
            "様式1の「将来取り組みたい仕事や働き方等」に書く文の下書きを、4つの質問に答えてつくります。"
            "できた文は、ご自身の言葉に合わせて自由に書き直してください。"
        ),
        "questions": [
            {
                "key": "field",
                "text": "これから関わりたい分野はどれですか？",
                "kind": "noun",
                "choices": [
                    ("care", "介護・福祉", "介護・福祉"),
                    ("it", "IT", "IT"),
                    ("making", "ものづくり", "ものづくり"),
                    ("sales", "販売・サービス", "販売・サービス"),
                    ("office", "事務", "事務"),
                ],
            },
            {
                "key": "how",
                "text": "その分野で、どのように働きたいですか？",
                "kind": "predicate",
                "choices": [
                    ("people", "人と直接関わる仕事がしたい", "{field}の現場で、人と直接関わる"),
                    ("expertise", "専門的な知識や技術を生かしたい", "{field}の専門知識を身に付けて、仕事に生かす"),
                    ("lead", "経験を積んで、まとめ役になりたい", "{field}の分野で経験を積み、チームをまとめる立場を目指す"),
                    ("new", "新しいことに挑戦したい", "{field}に携わりながら、新しい仕事に挑戦する"),
                ],
            },
            {
                "key": "timeline",
                "text": "いつ頃までに実現したいですか？",
                "kind": "noun",
                "choices": [
                    ("soon", "1年以内", "1年以内に"),
                    ("three", "3年後まで", "3年後までに"),
                    ("five", "5年ほどかけて", "5年ほどかけて"),
                ],
            },
            {
                "key": "style",
                "text": "望む働き方に近いものはどれですか？",
                "kind": "predicate",
                "choices": [
                    ("stable", "正社員として長く働きたい", "正社員として、長く安定して働く"),
                    ("balance", "家庭と両立しながら働きたい", "家庭と両立できるよう、時間を調整しながら働く"),
                    ("remote", "在宅勤務なども取り入れたい", "在宅勤務なども取り入れて、柔軟に働く"),
                    ("local", "住み慣れた地域で働きたい", "住み慣れた地域で働く"),
                ],
            },
        ],
        "sentences": [
            ["{timeline}、{how|たい}と考えています。"],
            ["働き方としては、{style|たい}と思っています。"],
        ],
    },
    {
        "slug": "values-interests",
        "box": "values_interests",
        "title": "価値観、興味、関心事項の例文をつくる",
        "intro": (
            "様式1の「価値観、興味、関心事項等」に書く文の下書きを、4つの質問に答えてつくります。"
            "できた文は、ご自身の言葉に合わせて自由に書き直してください。"
        ),
        "questions": [
            {
                "key": "value",
                "text": "仕事や生活で、いちばん大切にしたいことは何ですか？",
                "kind": "noun",
                "choices": [
                    ("helping", "人の役に立つこと", "人の役に立つこと"),
                    ("family", "家族と過ごす時間", "家族と過ごす時間"),
                    ("growth", "新しいことを学び続けること", "新しいことを学び続けること"),
                    ("stability", "安定した暮らし", "安定した暮らし"),
                    ("team", "仲間と協力して成果を出すこと", "仲間と協力して成果を出すこと"),
                ],
            },
            {
                "key": "reason",
                "text": "そう考えるようになったきっかけに近いものはありますか？",
                "kind": "predicate",
                "choices": [
                    ("thanks", "仕事で感謝された経験", "仕事でお客様から感謝される"),
                    ("family", "家族の介護や子育て", "家族の介護や子育てを経験する"),
                    ("study", "学校や資格の勉強", "学校や資格の勉強で、学ぶ楽しさを知る"),
                    ("change", "転職や引っ越しなど、環境の変化", "転職や引っ越しで、暮らしが大きく変わる"),
                    ("none", "特にない", ""),
                ],
            },
            {
                "key": "interest",
                "text": "興味や関心があることを選んでください（2つまで）",
                "kind": "noun",
                "multiple": True,
                "max_choices": 2,
                "joiner": "や",
                "choices": [
                    ("making", "ものづくり", "ものづくり"),
                    ("digital", "IT・デジタル技術", "IT・デジタル技術"),
                    ("health", "健康・福祉", "健康・福祉"),
                    ("community", "地域の活動", "地域の活動"),
                    ("food", "食や料理", "食や料理"),
                ],
            },
            {
                "key": "wish",
                "text": "その興味を、これからどう生かしたいですか？",
                "kind": "predicate",
                "choices": [
                    ("job", "仕事にしたい", "その分野に関わる仕事に就く"),
                    ("learn", "もっと学びたい", "講座や本で、さらに知識を深める"),
                    ("hobby", "趣味として続けたい", "趣味として長く続ける"),
                ],
            },
        ],
        "sentences": [
            ["私が仕事や生活で大切にしているのは、{value}です。"],
            ["{reason|た}ことがきっかけで、そう考えるようになりました。"],
            ["また、{interest}に興味があり、{wish|たい}と考えています。"],
        ],
    },
    {
        "slug": "strengths",
        "box": "strengths",
        "title": "強みの例文をつくる",
        "intro": (
            "様式1の「強み等」に書く文の下書きを、4つの質問に答えてつくります。"
            "強みと、弱みへの向き合い方の両方を書けます。"
        ),
        "questions": [
            {
                "key": "strength",
                "text": "あなたの強みに近いものはどれですか？",
                "kind": "noun",
                "choices": [
                    ("persistence", "粘り強さ", "粘り強く最後までやり遂げる力"),
                    ("listening", "相手の話をよく聞くこと", "相手の話を丁寧に聞く力"),
                    ("planning", "計画的に進めること", "計画を立てて着実に進める力"),
                    ("teamwork", "周りと協力すること", "周りと協力してチームで動く力"),
                    ("challenge", "新しいことへの挑戦", "新しいことに進んで挑戦する行動力"),
                ],
            },
            {
                "key": "scene",
                "text": "その強みを発揮できた場面に近いものはどれですか？",
                "kind": "predicate",
                "choices": [
                    ("busy", "忙しい時期でも仕事をやり遂げた", "忙しい時期にも、任された仕事を期限までにやり遂げる"),
                    ("customer", "お客様や相手の要望に応えた", "お客様の要望を丁寧に聞き取り、満足していただける提案をする"),
                    ("team", "チームで目標を達成した", "メンバーと役割を分担し、チームの目標を達成する"),
                    ("new", "初めての仕事をすぐに覚えた", "初めての業務でも、自分から調べて早く覚える"),
                ],
            },
            {
                "key": "weakness",
                "text": "弱みと感じていることに近いものはありますか？",
                "kind": "noun",
                "choices": [
                    ("careful", "慎重になりすぎること", "慎重になりすぎて、判断に時間がかかること"),
                    ("alone", "一人で抱え込みがちなこと", "一人で抱え込みがちなこと"),
                    ("speaking", "大勢の前で話すのが苦手なこと", "大勢の前で話すことが苦手なこと"),
                    ("none", "特にない", ""),
                ],
            },
            {
                "key": "coping",
                "text": "ふだん心がけていることに近いものはどれですか？",
                "kind": "predicate",
                "choices": [
                    ("consult", "早めに周りに相談する", "早めに周りに相談する"),
                    ("list", "やることを書き出して優先順位をつける", "やるべきことを書き出して、優先順位をつける"),
                    ("prepare", "準備を十分にしてから取り組む", "準備を十分にしてから、物事に取り組む"),
                ],
            },
        ],
        "sentences": [
            ["私の強みは、{strength}です。"],
            ["例えば、{scene|た}経験があります。"],
            [
                "一方で、{weakness}が弱みだと感じているため、{coping|終止}ようにしています。",
                "また、日頃から{coping|終止}ようにしています。",
            ],
        ],
    },
    {
        "slug": "next-actions",
        "box": "next_actions",
        "title": "これから取り組むことの例文をつくる",
        "intro": (
            "様式1の「これから取り組むこと等」に書く文の下書きを、4つの質問に答えてつくります。"
            "仕事以外の生活のことも書けます。"
        ),
        "questions": [
            {
                "key": "skill",
                "text": "これから身に付けたい知識や技能は何ですか？",
                "kind": "noun",
                "choices": [
                    ("pc", "パソコンやITの基礎", "パソコンやITの基礎知識"),
                    ("care", "介護の専門知識と技術", "介護の専門知識と技術"),
                    ("english", "仕事で使える英語", "仕事で使える英語の力"),
                    ("accounting", "簿記や会計の知識", "簿記や会計の知識"),
                    ("leadership", "チームをまとめる力", "チームをまとめるリーダーシップ"),
                ],
            },
            {
                "key": "timeline",
                "text": "いつ頃までに身に付けたいですか？",
                "kind": "noun",
                "choices": [
                    ("half", "半年以内", "半年以内に"),
                    ("year", "1年以内", "1年以内に"),
                    ("longer", "2〜3年かけて", "2〜3年かけて"),
                ],
            },
            {
                "key": "method",
                "text": "どのような方法で身に付けますか？（2つまで）",
                "kind": "predicate",
                "multiple": True,
                "max_choices": 2,
                "choices": [
                    ("selfstudy", "本や通信講座で勉強する", "本や通信講座で勉強する"),
                    ("training", "職業訓練を受ける", "職業訓練を受ける"),
                    ("exam", "資格試験に挑戦する", "資格試験に挑戦する"),
                    ("ojt", "職場で先輩から教わる", "職場で先輩から教わる"),
                    ("online", "オンライン講座を活用する", "オンライン講座を活用する"),
                ],
            },
            {
                "key": "life",
                "text": "仕事以外で、これから大切にしたいことはありますか？",
                "kind": "predicate",
                "choices": [
                    ("health", "健康づくり", "運動の習慣をつけて、体調を整える"),
                    ("family", "家族との時間", "家族と過ごす時間を大切にする"),
                    ("community", "地域の活動", "地域の活動に参加する"),
                    ("none", "特にない", ""),
                ],
            },
        ],
        "sentences": [
            ["{timeline}、{skill}を身に付けることを目標にしています。"],
            ["そのために、{method|終止}つもりです。"],
            ["仕事以外では、{life|たい}と思っています。"],
        ],
    },
    {
        "slug": "school-activities",
        "box": "school_activities",
        "title": "学校や学校以外で取り組んだことの例文をつくる",
        "intro": (
            "様式1-2の「学校や学校以外で取り組んだこと」に書く文の下書きを、4つの質問に答えてつくります。"
            "できた文は、ご自身の経験に合わせて自由に書き直してください。"
        ),
        "questions": [
            {
                "key": "activity",
                "text": "学校や学校以外で、力を入れて取り組んだことは何ですか？",
                "kind": "noun",
                "choices": [
                    ("study", "授業・ゼミでの研究", "ゼミでの研究"),
                    ("club", "部活動・サークル", "部活動"),
                    ("volunteer", "ボランティア活動", "地域のボランティア活動"),
                    ("intern", "インターンシップ", "企業でのインターンシップ"),
                    ("parttime", "アルバイト", "アルバイト"),
                ],
            },
            {
                "key": "role",
                "text": "その中で、どのような役割を担いましたか？",
                "kind": "predicate",
                "choices": [
                    ("leader", "リーダーとしてまとめた", "リーダーとしてメンバーをまとめる"),
                    ("planner", "企画や準備を担当した", "企画や準備を担当する"),
                    ("support", "周りを支える役に回った", "周りを支える役割を担う"),
                    ("member", "一員として積極的に参加した", "一員として積極的に活動に参加する"),
                ],
            },
            {
                "key": "effort",
                "text": "特に工夫したことや努力したことに近いものはどれですか？",
                "kind": "predicate",
                "choices": [
                    ("routine", "目標を決めて、こつこつ続けた", "目標を決めて、毎日こつこつと続ける"),
                    ("talk", "周りと意見を交わしながら進めた", "周りと意見を交わしながら進める"),
                    ("improve", "やり方を見直して工夫した", "うまくいかない原因を考えて、やり方を工夫する"),
                ],
            },
            {
                "key": "learned",
                "text": "その経験から、何を身に付けましたか？",
                "kind": "noun",
                "choices": [
                    ("through", "最後までやり抜く力", "最後までやり抜く力"),
                    ("empathy", "相手の立場で考える姿勢", "相手の立場に立って考える姿勢"),
                    ("plan", "計画を立てて進める力", "計画を立てて物事を進める力"),
                ],
            },
        ],
        "sentences": [
            ["{activity}に力を入れて取り組みました。"],
            ["その中で、{role|ました}。"],
            ["特に、{effort|こと}を大切にしました。"],
            ["この経験を通じて、{learned}を身に付けました。"],
        ],
    },
]
