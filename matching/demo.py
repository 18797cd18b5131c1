"""About 200 demo postings built deterministically from the imported job tag data.

Every choice comes from the occupation's own figures or from a hash of its id, so two runs make the
same postings: duties are the occupation's five most important tasks, the employment type its most
common one, the experience asked its most common experience band, licences its related licences
(the first required for occupations that need one most often, e.g. 看護師), the place one of
twelve prefectures. Company names are invented (「デモ」 in the name). Loaded by ``load_demo``.
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


def load_postings(loader=None, count: int = COUNT) -> int:
    from occupations.models import Occupation

    occupations = list(Occupation.objects.exclude(interests=None).prefetch_related("tasks").order_by("pk"))
    if not occupations:
        return 0
    step = max(1, len(occupations) // count)
    made = 0
    for n in range(count):
        occupation = occupations[(n * step + n // len(occupations)) % len(occupations)]
        tasks = [t.text for t in sorted(occupation.tasks.all(), key=lambda t: -(t.importance or 0))]
        fields = posting_fields(occupation, tasks, n)
        JobPosting.objects.update_or_create(demo_key=f"demo-{n:03d}", defaults=fields)
        made += 1
    if loader is not None:
        loader.log(f"求人（デモ）: {made}件")
    load_company(loader)
    return made


# A company that posts and sends offers (the company side of #19): an approved 企業 organisation and
# one member. Like every supporter, the member sets up an authenticator app on the first visit.
COMPANY = {
    "name": "株式会社よこはま経理サポート（デモ）",
    "prefecture": "神奈川県",
    "member": {
        "email": "yamamoto@yokohama-keiri.example.jp",
        "password": "jobcard-recruiter-2026",
        "last_name": "山本",
        "first_name": "拓也",
        "display_name": "山本 拓也（採用担当）",
        "login_role": "企業の採用担当者（株式会社よこはま経理サポート。求人を作成し、スカウトを送ります）",
    },
}


def load_company(loader=None):
    from sharing.demo import _user
    from sharing.models import Membership, Organisation

    organisation, _created = Organisation.objects.get_or_create(
        name=COMPANY["name"],
        defaults={
            "kind": Organisation.Kind.COMPANY,
            "prefecture": COMPANY["prefecture"],
            "status": Organisation.Status.APPROVED,
        },
    )
    m = COMPANY["member"]
    user = _user(m["email"], m["password"], m["last_name"], m["first_name"])
    membership, _created = Membership.objects.get_or_create(
        organisation=organisation,
        user=user,
        defaults={"display_name": m["display_name"], "role": Membership.Role.ADMIN},
    )
    if loader is not None and hasattr(loader, "users"):
        loader.users.append(
            {"email": m["email"], "password": m["password"], "role": m["login_role"], "admin": False}
        )
    return membership
