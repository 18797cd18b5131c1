"""Demo data for the statistics dashboard (insights.demo.load_insights_demo).

The events are generated from these parameters with a fixed random seed, over the days before the
demo is loaded, so the dashboard has something to show. They are invented figures, not real use.
"""

STATS_USER = {
    "email": "stats@example.jp",
    "password": "jobcard-stats-2026",
    "last_name": "統計",
    "first_name": "次郎",
    "role": "統計担当（statistics）",
}

SEED = 2026
DAYS = 28
VISITORS_PER_DAY = (12, 30)  # low and high (weekends are lower)

# Share of visitors who chose a 利用者種別 and 利用目的 on the home page.
PERSONA_CHOSEN = 0.65

# Channel of the first page view: (channel, weight, sources).
CHANNELS = [
    ("", 34, [""]),
    ("search", 33, ["google.com", "search.yahoo.co.jp", "bing.com"]),
    ("partner", 13, ["hellowork.mhlw.go.jp", "shigoto.mhlw.go.jp", "mhlw.go.jp"]),
    ("sns", 8, ["x.com", "line.me", "youtube.com"]),
    ("referral", 7, ["career-navi.example.jp", "univ.example.ac.jp"]),
    ("email", 3, ["newsletter"]),
    ("campaign", 2, ["jinzai-month"]),
]

# Of the visitors who open a sheet: started, first draft, first save (each of the one before).
FUNNEL = {"open": 0.38, "start": 0.72, "draft": 0.62, "save": 0.55}
DOWNLOAD_AFTER_SAVE = 0.5
FORMATS = [("pdf", 50), ("xlsx", 38), ("csv", 8), ("docx", 4)]
DOCUMENTS = [("1-1", 20), ("2", 25), ("card", 30), ("rirekisho", 15), ("shokumu", 10)]
SHEETS = [("1-1", 24), ("1-2", 14), ("2", 30), ("3-1", 18), ("3-2", 14)]

SIGNUP = 0.04
LOGIN = 0.10
MYNAPORTAL_SHARE = 0.25
DIAGNOSIS = 0.06
OUTBOUND = 0.07
OUTBOUND_TARGETS = [("hellowork", 55), ("jobtag", 30), ("mynaportal", 15)]

# Paper counts entered by the statistics staff, for the last months (newest first).
PAPER_COUNTS = [118, 131, 104]

# Surveys per day: (low, high).
SATISFACTION_PER_DAY = (0, 4)
SCORE_WEIGHTS = [(5, 30), (4, 42), (3, 17), (2, 7), (1, 4)]
PURPOSE_PER_DAY = (0, 2)
PURPOSE_WEIGHTS = [
    ("job_change", 30),
    ("job_search", 18),
    ("referred", 16),
    ("training", 12),
    ("career_review", 12),
    ("school", 7),
    ("company", 3),
    ("other", 2),
]
DRAFT_LEFT_PER_DAY = (0, 1)
DRAFT_WEIGHTS = [
    ("later", 35),
    ("what_to_write", 22),
    ("no_time", 18),
    ("need_info", 12),
    ("hard_to_use", 6),
    ("need_advice", 5),
    ("other", 2),
]
COMMENTS = [
    "記入例があったので、何を書けばよいか分かりました。",
    "スマートフォンでも入力できて便利でした。",
    "職務経歴の入力欄がもう少し広いと書きやすいです。",
    "ハローワークで勧められて使いました。PDFがきれいに出力できました。",
    "途中で保存できるのが助かります。",
    "用語の説明がもっとあると助かります。",
    "履歴書も一緒に作れるのがよかったです。",
]
COMMENT_SHARE = 0.2
