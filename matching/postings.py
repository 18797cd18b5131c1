"""Postings built deterministically from a job tag occupation: the demo's postings
(``demo.loaders.matching``) and the synthetic ones of the fairness report and the bench
(``matching.synthetic``) come from here.

Every choice comes from the occupation's own figures or from a hash of its id, so two runs make the
same postings: duties are the occupation's five most important tasks, the employment type its most
common one, the experience asked its most common experience band, licences its related licences
(the first required for occupations that need one most often, e.g. 看護師), the place one of
twelve prefectures. Company names are invented (「デモ」 in the name).
"""

from __future__ import annotations

import hashlib

from .models import EmploymentType, JobPosting

COUNT = 200
PREFS = (
    "東京都",
    "神奈川県",
    "大阪府",
    "愛知県",
    "福岡県",
    "北海道",
    "宮城県",
    "広島県",
    "埼玉県",
    "千葉県",
    "兵庫県",
    "静岡県",
)
CITIES = {
    "東京都": "新宿区",
    "神奈川県": "横浜市",
    "大阪府": "大阪市",
    "愛知県": "名古屋市",
    "福岡県": "福岡市",
    "北海道": "札幌市",
    "宮城県": "仙台市",
    "広島県": "広島市",
    "埼玉県": "さいたま市",
    "千葉県": "千葉市",
    "兵庫県": "神戸市",
    "静岡県": "静岡市",
}
COMPANY_WORDS = ("みらい", "さくら", "あおば", "ひかり", "みなと", "つばさ", "ことぶき", "はるか")
COMPANY_KINDS = ("株式会社", "有限会社", "社会福祉法人", "合同会社")
EMPLOYMENT_FROM_JOBTAG = {
    "regular_employee": EmploymentType.REGULAR,
    "contract": EmploymentType.CONTRACT,
    "dispatched": EmploymentType.DISPATCHED,
    "part_time": EmploymentType.PART_TIME,
}
EXPERIENCE_YEARS = {
    "not_required": 0,
    "1_to_2_years": 1,
    "2_to_3_years": 2,
    "3_to_5_years": 3,
    "5_to_10_years": 5,
}
# Licences without which the job cannot be done: asked as required, not preferred.
REQUIRED_WORDS = ("師", "士", "免許", "運転", "取扱者", "技能者")


def _h(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _short(title: str) -> str:
    """「豆腐製造、豆腐職人」 → 「豆腐製造」: the first name of an occupation, for a company name."""
    return title.split("、")[0].split("（")[0].split("・")[0][:8]


def posting_fields(occupation, tasks: list[str], n: int) -> dict:
    details = occupation.details or {}
    employment = details.get("employment_type") or {}
    ranked = sorted(EMPLOYMENT_FROM_JOBTAG, key=lambda k: -(employment.get(k) or 0))
    employment_type = EMPLOYMENT_FROM_JOBTAG[ranked[0]] if employment else EmploymentType.REGULAR
    experience = details.get("experience") or {}
    band = max(EXPERIENCE_YEARS, key=lambda k: experience.get(k) or 0) if experience else "not_required"
    quals = list(occupation.qualifications or [])
    required = [q for q in quals[:1] if any(w in q for w in REQUIRED_WORDS)]
    preferred = [q for q in quals[len(required) : len(required) + 2]]
    pref = PREFS[_h("pref", occupation.pk, n) % len(PREFS)]
    part_time = employment_type == EmploymentType.PART_TIME
    base = 180000 + (_h("wage", occupation.pk) % 16) * 10000
    company = (
        f"{COMPANY_KINDS[_h('kind', n) % len(COMPANY_KINDS)]}"
        f"{COMPANY_WORDS[_h('word', occupation.pk) % len(COMPANY_WORDS)]}{_short(occupation.title)}（デモ）"
    )
    return {
        "title": f"{occupation.title}（{CITIES[pref]}）",
        "company_name": company,
        "occupation": occupation,
        "duties": tasks[:5],
        "required_licences": required,
        "preferred_licences": preferred,
        "experience_years": EXPERIENCE_YEARS[band],
        "prefecture": pref,
        "city": CITIES[pref],
        "remote": _h("remote", occupation.pk) % 7 == 0,
        "employment_type": employment_type,
        "wage_unit": "hour" if part_time else "month",
        "wage_min": 1100 + (_h("hw", occupation.pk) % 6) * 50 if part_time else base,
        "wage_max": 1400 + (_h("hw", occupation.pk) % 6) * 50 if part_time else base + 80000,
        "hours_per_week": 25 if part_time else 40,
        "hours_note": "9:00〜14:00（週5日）" if part_time else "9:00〜18:00（休憩60分）",
        "status": JobPosting.Status.PUBLISHED,
    }
