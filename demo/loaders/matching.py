"""About 200 demo postings built deterministically from the imported job tag data
(``matching.postings.posting_fields``). Loaded by ``load_demo``.
"""

from __future__ import annotations

from matching.models import JobPosting
from matching.postings import COUNT, posting_fields


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
    from demo.loaders.sharing import _user
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
