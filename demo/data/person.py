"""A demo job seeker whose Job Card is filled in: try the downloads, the 履歴書 and my page at once.

佐藤 美咲, 34, eight years of office work, now studying for 日商簿記2級 and looking for an accounting
job through Hello Work. Sheets 1-1, 2, 3-1 and 3-2 are saved (what a person usually fills, see
../shared/spec/jobcard-sheets.md), with a life-line chart. Loaded by ``forms.demo.load_demo_person``.
"""

PERSON = {
    "email": "misaki@example.jp",
    "password": "jobcard-person-2026",
    "last_name": "佐藤",
    "first_name": "美咲",
    "last_name_kana": "さとう",
    "first_name_kana": "みさき",
    "role": "ジョブ・カードを作成済みの利用者（求職者）",
}

PROFILE = {
    "birth_date": "1991-09-14",
    "gender": "",
    "postal_code": "2310023",
    "address": "神奈川県横浜市中区山下町2-5 ベイサイドハイツ305",
    "address_kana": "かながわけんよこはましなかくやましたちょう",
    "phone": "090-2468-1357",
}

SHEETS = {
    "1-1": {
        "entry_date": "2026-11-02",
        "values_interests": (
            "決まった手順を正確にこなし、周りの人が安心して仕事を進められるよう支えることにやりがいを感じます。\n"
            "数字の動きから会社の状況が分かる経理の仕事に関心があります。"
        ),
        "strengths": (
            "請求書や経費精算を8年間、ミスなく期日どおりに処理してきた正確さと段取りの力が強みです。"
            "人前で話すことは得意ではありませんが、説明の前に要点をメモにまとめて補っています。"
        ),
        "future_work": (
            "中小企業の経理担当として、日々の記帳から月次決算、いずれは年次決算まで任される人になりたいです。"
            "子育てと両立できるよう、残業の少ない職場で長く働きたいと考えています。"
        ),
        "next_actions": (
            "2026年2月の日商簿記2級の試験に合格するため、通信講座で毎日1時間勉強します。"
            "ハローワークの職業相談を月に1回利用し、経理事務の求人に応募します。"
        ),
    },
    "2": {
        "entry_date": "2026-11-02",
        "jobs": [
            {
                "period_from": "2014-04",
                "period_to": "2019-06",
                "company_name": "株式会社みなと商事",
                "department": "総務部",
                "employment_type": "regular",
                "duties": (
                    "社員120名の商社で、請求書の発行（月約300件）、経費精算、備品と社用車の管理、"
                    "来客と電話の応対を担当しました。"
                ),
                "learnings": (
                    "表計算ソフトでの集計と関数、期日から逆算して段取りを組む力が身に付きました。"
                    "経費精算の手順書を作り、差し戻しを半分に減らしました。"
                ),
            },
            {
                "period_from": "2019-07",
                "period_to": "2022-03",
                "company_name": "横浜みらい信用金庫",
                "department": "本店 業務課",
                "employment_type": "contract",
                "duties": "口座振替の事務、書類の点検と保管、窓口担当者の事務補助を担当しました。",
                "learnings": "金融機関の厳しい確認手順の中で、二重チェックを習慣にする正確さが身に付きました。",
            },
            {
                "period_from": "2022-04",
                "period_to": "present",
                "company_name": "さくら会計事務所",
                "department": "",
                "employment_type": "part_time",
                "duties": "顧問先約20社の記帳代行（会計ソフトへの入力）と、給与計算の補助を担当しています。",
                "learnings": "仕訳の基本と会計ソフトの操作を実務で覚え、経理を仕事にしたいと考えるようになりました。",
            },
        ],
        "supplement": "子育てのため、2022年からは1日6時間のパートタイムで働いています。",
    },
    "3-1": {
        "entry_date": "2026-11-02",
        "qualifications": [
            {"name": "普通自動車第一種運転免許", "acquired": "2010-08", "status": "acquired"},
            {
                "name": "日商PC検定（データ活用）3級",
                "acquired": "2016-02",
                "authority": "日本商工会議所",
                "status": "acquired",
            },
            {
                "name": "日商簿記検定3級",
                "acquired": "2023-06",
                "authority": "日本商工会議所",
                "status": "acquired",
                "notes": "商業簿記の基礎",
            },
            {
                "name": "日商簿記検定2級",
                "acquired": "2026-02",
                "authority": "日本商工会議所",
                "status": "scheduled",
                "notes": "通信講座で学習中",
            },
        ],
    },
    "3-2": {
        "entry_date": "2026-11-02",
        "studies": [
            {
                "period_from": "2010-04",
                "period_to": "2014-03",
                "school_name": "港北大学",
                "faculty": "商学部 商学科",
                "status": "graduated",
                "content": "ゼミで地元商店街の売上データを分析し、報告書にまとめました。",
            }
        ],
        "trainings": [
            {
                "period_from": "2026-12",
                "period_to": "2027-05",
                "institution": "ポリテクセンター関東",
                "course": "経理事務科（求職者支援訓練）",
                "status": "scheduled",
            }
        ],
    },
}

LIFELINE = [
    (12, 40, "地域のそろばん教室で賞をもらう"),
    (18, 60, "大学に入学、商店街の調査に打ち込む"),
    (22, 30, "就職。最初は仕事を覚えるのに必死"),
    (26, 70, "経費精算の手順書が社内で使われる"),
    (28, -20, "出産・転居で退職"),
    (30, 20, "パートで会計事務所に勤め始める"),
    (33, 65, "簿記3級に合格し、経理を目指すと決める"),
]
