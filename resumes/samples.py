"""Sheet data for the résumé tests and bench/resumes.py (as stored: already normalised; not demo content)."""

from __future__ import annotations

import copy

from sheets.examples import GOOD

STRENGTHS = GOOD["1-1"]["strengths"]


def small_sheets() -> dict[str, dict]:
    """A person with a degree, two jobs (the second current) and three licences (one scheduled)."""
    career_plan = {
        k: v for k, v in GOOD["1-1"].items() if not k.startswith("consult") and k != "person_agreed"
    }
    return {
        "1-1": career_plan,
        "2": copy.deepcopy(GOOD["2"]),
        "3-1": copy.deepcopy(GOOD["3-1"]),
        "3-2": copy.deepcopy(GOOD["3-2"]),
    }


def full_sheets(jobs: int = 10, qualifications: int = 20) -> dict[str, dict]:
    """A long career: ``jobs`` job periods (the last current) and ``qualifications`` licences."""
    sheets = small_sheets()
    rows = []
    for i in range(jobs):
        start_year = 2000 + 2 * i
        rows.append(
            {
                "period_from": f"{start_year}-04",
                "period_to": "present" if i == jobs - 1 else f"{start_year + 2}-03",
                "company_name": f"株式会社サンプル商事{i + 1}",
                "department": "営業部",
                "employment_type": "regular",
                "duties": "法人顧客への提案営業と、既存顧客の契約更新を担当しました。" * 3,
                "learnings": "顧客の課題を聞き取り、提案にまとめる力が身に付きました。",
            }
        )
    sheets["2"]["jobs"] = rows
    sheets["3-1"]["qualifications"] = [
        {
            "name": f"検定試験{i + 1}級",
            "acquired": f"{2001 + i}-{(i % 12) + 1:02d}",
            "authority": "検定協会",
            "status": "acquired",
        }
        for i in range(qualifications)
    ]
    sheets["3-2"]["studies"][0]["period_from"] = "1996-04"
    sheets["3-2"]["studies"][0]["period_to"] = "2000-03"
    return sheets
