"""Realistic, valid data for every sheet (as stored: already normalised), for tests and benches."""

TODAY = "2025-06-15"  # tests pass this date to the validator where dates matter

CONSULTANT = {
    "consultant_name": "山田 花子",
    "consultant_registration_number": "16012345",
    "consultant_affiliation": "ハローワーク渋谷",
    "consultation_date": "2025-05-20",
    "consultant_comment": "事務職での経験を生かし、経理の専門性を高めたいという意向を確認しました。",
    "person_agreed": True,
}

CAREER_PLAN = {
    "values_interests": "人の役に立つことにやりがいを感じます。\n数字を扱う仕事に関心があります。",
    "strengths": "正確で丁寧な事務処理が得意です。苦手な人前での説明は、事前準備で補っています。",
    "future_work": "経理の専門職として、決算業務まで担当できるようになりたいです。",
    "next_actions": "日商簿記2級の取得を目指し、通信講座で学びます。",
}

GOOD = {
    "1-1": {"entry_date": "2025-06-01", **CAREER_PLAN, **CONSULTANT},
    "1-2": {
        "entry_date": "2025-06-01",
        "school_activities": "ゼミで地域の商店街の調査を行い、報告書をまとめました。",
        **CAREER_PLAN,
    },
    "2": {
        "entry_date": "2025-06-01",
        "jobs": [
            {
                "period_from": "2015-04",
                "period_to": "2020-03",
                "company_name": "株式会社みなと商事",
                "department": "総務部",
                "employment_type": "regular",
                "duties": "請求書の発行、経費精算、備品管理を担当しました。",
                "learnings": "表計算ソフトを使った集計と、期日を守る段取りの力が身に付きました。",
            },
            {
                "period_from": "2020-04",
                "period_to": "present",
                "company_name": "さくら会計事務所",
                "department": "",
                "employment_type": "part_time",
                "duties": "記帳代行と給与計算の補助。",
                "learnings": "会計ソフトの操作。",
            },
        ],
        "supplement": "",
        "confirmation_company": "",
    },
    "3-1": {
        "entry_date": "2025-06-01",
        "qualifications": [
            {
                "name": "日商簿記検定3級",
                "acquired": "2019-11",
                "authority": "日本商工会議所",
                "status": "acquired",
                "notes": "商業簿記の基礎",
            },
            {"name": "日商簿記検定2級", "acquired": "2025-11", "status": "scheduled"},
            {"name": "普通自動車第一種運転免許", "acquired": "2012-08", "status": "acquired"},
        ],
    },
    "3-2": {
        "entry_date": "2025-06-01",
        "studies": [
            {
                "period_from": "2011-04",
                "period_to": "2015-03",
                "school_name": "東都大学",
                "faculty": "経済学部 経営学科",
                "status": "graduated",
                "content": "中小企業の経営分析をテーマに卒業論文を書きました。",
            }
        ],
        "trainings": [
            {
                "period_from": "2025-07",
                "period_to": "2025-12",
                "institution": "ポリテクセンター東京",
                "course": "経理事務科",
                "status": "scheduled",
            }
        ],
    },
    "3-3-1-1": {
        "company_name": "株式会社みなと商事",
        "period_from": "2025-04-01",
        "period_to": "2025-09-30",
        "job_category": "一般事務",
        "duty_content": "伝票処理、データ入力、電話応対",
        "basic_abilities": {
            "work_attitude": {
                "c1": {"self_rating": "A", "company_rating": "A"},
                "c2": {"self_rating": "A", "company_rating": "B"},
            },
            "communication": {"c3": {"self_rating": "B", "company_rating": "C"}},
        },
        "technical_basic": [
            {
                "unit": "事務処理の基本",
                "criterion": "伝票を期日までに正確に処理している。",
                "self_rating": "B",
                "company_rating": "B",
            }
        ],
        "technical_specialised": [],
        "overall_comment": "電話応対は自己評価より高く評価しました。落ち着いた対応ができています。",
        "instructor_name": "佐藤 一郎",
        "instructor_position": "総務部 主任",
        "evaluator_name": "鈴木 次郎",
        "evaluator_position": "総務部 課長",
        "responsible_name": "高橋 三郎",
        "responsible_position": "総務部長",
        "evaluation_date": "2025-06-10",
    },
}
