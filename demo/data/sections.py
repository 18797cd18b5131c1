"""Section pages, the FAQ page and the glossary page of the demo tree (written by the lead)."""

SECTIONS = [
    {
        "key": "section-about",
        "slug": "about",
        "children": "OVERVIEW_PAGES",
        "ja": {
            "title": "ジョブ・カードを知る",
            "intro": "ジョブ・カード制度の目的と、学生・社会人それぞれにとっての意味を紹介します。",
        },
        "en": {
            "title": "About the Job Card",
            "intro": "What the Job Card system is for, for students and for working adults.",
        },
    },
    {
        "key": "section-howto",
        "slug": "howto",
        "children": "HOWTO_PAGES",
        "ja": {
            "title": "ジョブ・カードの作り方",
            "intro": "一人ですぐに作成する方法と、キャリアコンサルタントなどの支援を受けて作成する方法があります。",
        },
        "en": {
            "title": "How to create a Job Card",
            "intro": "Create it on your own right away, or with help from a career consultant.",
        },
    },
    {
        "key": "section-usage",
        "slug": "usage",
        "children": "USAGE_PAGES",
        "ja": {
            "title": "ジョブ・カードの活用方法",
            "intro": "作成したジョブ・カードを、立場と目的に合わせてどう活かすかを9つのパターンで紹介します。",
        },
        "en": {
            "title": "Using your Job Card",
            "intro": "Nine guides on putting your Job Card to work, by who you are and what you want to do.",
        },
    },
    {
        "key": "section-supporters",
        "slug": "supporters",
        "children": "SUPPORTER_PAGES",
        "ja": {
            "title": "支援者の方へ",
            "intro": "キャリアコンサルタント、企業、学校の皆さまに向けて、本サイトを使った支援や導入の方法を紹介します。",
        },
        "en": {
            "title": "For supporters",
            "intro": "For career consultants, companies and schools: supporting people and adopting the Job Card.",
        },
    },
    {
        "key": "section-columns",
        "slug": "columns",
        "children": "COLUMNS",
        "ja": {
            "title": "コラム",
            "intro": "ジョブ・カードを書くときのヒントや、キャリアを考えるための読みものです。",
        },
        "en": {
            "title": "Columns",
            "intro": "Tips for writing your Job Card and reading on thinking about your career.",
        },
    },
    {
        "key": "section-help",
        "slug": "help",
        "children": "HELP_PAGES",
        "ja": {
            "title": "使い方・ヘルプ",
            "intro": "保存、ダウンロード、Excelの取り込み、例文、自己診断、共有、ログインなど、"
            "このサイトの機能の使い方を機能ごとに説明します。",
        },
        "en": {
            "title": "Help",
            "intro": "How to use each feature of this site: saving, downloads, uploads, examples, the "
            "self-diagnosis, sharing and logging in.",
        },
    },
    {
        "key": "section-news",
        "slug": "news",
        "children": "NOTICES",
        "ja": {
            "title": "お知らせ",
            "intro": "サイトの更新や制度に関するお知らせです。",
        },
        "en": {
            "title": "News",
            "intro": "Updates to the site and to the Job Card system.",
        },
    },
]

FAQ_PAGE = {
    "key": "faq",
    "slug": "faq",
    "ja": {
        "title": "よくある質問",
        "intro": "ジョブ・カードや本サイトについて、よく寄せられる質問をまとめました。対象ごとにご覧いただけます。",
    },
    "en": {
        "title": "Frequently asked questions",
        "intro": "Common questions about the Job Card and this site, grouped by who is asking.",
    },
}

GLOSSARY_PAGE = {
    "key": "glossary",
    "slug": "glossary",
    "ja": {
        "title": "用語集",
        "intro": "ジョブ・カードやキャリア支援でよく使われる言葉を、やさしく説明します。",
    },
    "en": {
        "title": "Glossary",
        "intro": "Plain explanations of words used around the Job Card and career support.",
    },
}

SITE_TITLE = {"ja": "ジョブ・カード作成支援サイト", "en": "Job Card Portal"}

USERS = [
    {
        "email": "editor@example.jp",
        "password": "jobcard-editor-2026",
        "last_name": "編集",
        "first_name": "花子",
        "group": "Editors",
        "role": "編集者（editor）",
    },
    {
        "email": "moderator@example.jp",
        "password": "jobcard-moderator-2026",
        "last_name": "承認",
        "first_name": "太郎",
        "group": "Moderators",
        "role": "承認者（moderator）",
    },
]
