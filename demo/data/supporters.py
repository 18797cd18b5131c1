"""Demo supporters: a Hello Work consultant, a high school's career guidance room with three students
who joined its class code and shared their 1-2, and a company that reads the demo job seeker's work history.

Loaded by ``sharing.demo.load_supporters`` after the demo job seeker (forms.demo). The supporters'
first visit to 「支援者の画面」 asks them to set up an authenticator app (two-step verification).
"""

ORGANISATIONS = [
    {
        "key": "hello-work",
        "name": "ハローワーク横浜",
        "kind": "consultant",
        "prefecture": "神奈川県",
        "member": {
            "email": "takahashi@hw-yokohama.example.jp",
            "password": "jobcard-consultant-2026",
            "last_name": "高橋",
            "first_name": "由紀",
            "display_name": "高橋 由紀（職業相談部門）",
            "role": "staff",
            "login_role": "キャリアコンサルタント（ハローワーク横浜。佐藤 美咲さんから1-1と2の共有を受けています）",
        },
    },
    {
        "key": "school",
        "name": "横浜みなと高等学校 進路指導室",
        "kind": "school",
        "prefecture": "神奈川県",
        "member": {
            "email": "nakamura@minato-hs.example.jp",
            "password": "jobcard-school-2026",
            "last_name": "中村",
            "first_name": "健",
            "display_name": "中村 健（進路指導主事）",
            "role": "admin",
            "login_role": "学校の担当者（横浜みなと高等学校。3年生3人がクラスの参加コードで参加し、1-2を共有しています）",
        },
    },
    {
        "key": "company",
        "name": "株式会社みなと会計サービス",
        "kind": "company",
        "prefecture": "神奈川県",
        "member": {
            "email": "kobayashi@minato-kaikei.example.jp",
            "password": "jobcard-company-2026",
            "last_name": "小林",
            "first_name": "直子",
            "display_name": "小林 直子（人事部）",
            "role": "evaluator",
            "login_role": "企業の担当者（株式会社みなと会計サービス。佐藤 美咲さんの3-3-1-1を評価中、2と3-1の共有も受けています）",
        },
    },
]

# What the demo job seeker (佐藤 美咲) shares, by organisation key.
PERSON_SHARES = [
    {"organisation": "hello-work", "sheets": ["1-1", "2"], "scope": "member", "note": "ハローワーク横浜 12月の相談用"},
    {
        "organisation": "company",
        "sheets": ["2", "3-1", "3-3-1-1"],
        "scope": "organisation",
        "note": "みなと会計サービスの応募と企業実習の評価",
    },
]

# 様式3-3-1-1 in progress between the company and the demo job seeker: the company wrote the duties
# of the two-week 企業実習, its ratings (all A) and the evaluators; the person wrote the 自己評価
# (two B where she was unsure). 総評 is still empty: the company has not finished.
COMPANY_EVALUATION = {
    "sheet": "3-3-1-1",
    "company": {
        "company_name": "株式会社みなと会計サービス",
        "period_from": "2026-11-09",
        "period_to": "2026-11-20",
        "job_category": "一般事務（経理）",
        "duty_content": "記帳代行部門で、領収書の仕訳入力、取引先別の売掛金残高の照合、月次試算表の作成補助を担当。"
        "最終週は顧問先1社の月次資料を、担当者の確認を受けながら一人でまとめた。",
        "instructor_name": "中島 健",
        "instructor_position": "記帳代行課 主任",
        "evaluator_name": "小林 直子",
        "evaluator_position": "人事部 課長",
        "responsible_name": "森 博之",
        "responsible_position": "取締役 管理本部長",
        "company_rating": "A",
    },
    # (unit, criterion number) where the person rated herself B.
    "self_b": [("business_manners", 3), ("responsibility", 4)],
}

STUDENTS = [
    {
        "email": "student.aoki@example.jp",
        "last_name": "青木",
        "first_name": "翔太",
        "sheet": {
            "entry_date": "2026-11-10",
            "school_activities": "3年間サッカー部に所属し、2年生からは副キャプテンとして練習メニューづくりを担当しました。",
            "values_interests": "チームで目標に向かうことにやりがいを感じます。体を動かす仕事に興味があります。",
            "strengths": "最後まであきらめずに取り組む粘り強さ。後輩に声をかけてまとめる力。",
            "future_work": "物流や製造の現場で、チームの一員として安全に確実に働きたいです。",
            "next_actions": "フォークリフトの資格について調べ、冬休みに職場見学に参加する。",
        },
    },
    {
        "email": "student.ishii@example.jp",
        "last_name": "石井",
        "first_name": "結衣",
        "sheet": {
            "entry_date": "2026-11-12",
            "school_activities": "図書委員として、新着図書の紹介ポップを毎月つくりました。商業科で簿記3級を取得しました。",
            "values_interests": "正確にこつこつ進める作業が好きです。数字を扱う仕事に関心があります。",
            "strengths": "ていねいで、期限を守ること。簿記の基礎知識。",
            "future_work": "地元の会社の事務職として、経理の仕事を覚えたいです。",
            "next_actions": "簿記2級の勉強を始め、パソコンの表計算ソフトの練習を続ける。",
        },
    },
    {
        "email": "student.ueda@example.jp",
        "last_name": "上田",
        "first_name": "陽菜",
        "sheet": {
            "entry_date": "2026-11-15",
            "school_activities": "ボランティア部で、近くの高齢者施設での交流会を企画しました。",
            "values_interests": "人の役に立ち、ありがとうと言われる仕事がしたいです。",
            "strengths": "初対面の人とも話せること。相手の話をよく聞くこと。",
            "future_work": "介護の仕事に就き、働きながら介護福祉士を目指したいです。",
            "next_actions": "介護職員初任者研修について先生に相談し、施設の見学に申し込む。",
        },
    },
]
STUDENT_PASSWORD = "jobcard-student-2026"

# The school's class code: the three students joined it (the room sees each sheet's status), and
# also shared their 1-2 with the room (contents). The code itself is never shown (only its hash).
SCHOOL_CLASS = "3年1組 進路指導"
