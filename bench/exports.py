"""How long the Job Card exports take, on a full card, next to a one-sheet PDF as the baseline.

Run from the repository root: ``.venv/bin/python bench/exports.py [--rounds 5]``.

The card holds every sheet (1-1, 1-2, 2, 3-1, 3-2 and the seven 3-3 variants, ratings filled in),
10 job periods and 20 qualifications, and a full 基本情報. No database is needed: the exporters
take the sheets' data directly. Each target runs once to warm up (fonts read, templates compiled),
then ``--rounds`` times in interleaved rounds; the median is reported with the ratio to the
baseline (sheet 2 alone as PDF) measured in the same run.

The workbook is kept per card (``outputs.parts.kept_file``) and built ahead after a save, so it is
timed built and kept; ``--redis`` keeps it in Redis at ``REDIS_URL`` (default
``redis://127.0.0.1:6379/15``), as production does. The card's PDF (Typst, rendered in the request)
is timed here as one line for reference; ``bench/pdf.py`` compares it with WeasyPrint, per document,
cold and warm. Target: xlsx ≤ 100 ms. Figures are taken on a shared machine, under load.

This is a benchmark, not a test: it reports figures and never fails on them.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import logging  # noqa: E402

import django  # noqa: E402

django.setup()
logging.disable(logging.WARNING)  # fontTools logs every table it reads; WeasyPrint each CSS hint

from pypdf import PdfReader  # noqa: E402

from outputs.exports import export_csv, export_pdf, export_xlsx  # noqa: E402
from outputs.importer import read_workbook  # noqa: E402
from outputs.selection import SheetPick  # noqa: E402
from sheets.definitions import get_definition, sheet_codes  # noqa: E402
from sheets.services import tidy  # noqa: E402
from sheets.validation import validate  # noqa: E402

PROFILE = [
    ("name", "氏名", "山田 花子"),
    ("name_kana", "ふりがな", "やまだ はなこ"),
    ("birth_date", "生年月日", "1990年4月1日"),
    ("gender", "性別", ""),
    ("address", "住所", "〒100-0013 東京都千代田区霞が関1-2-2"),
    ("address_kana", "住所（ふりがな）", "とうきょうとちよだくかすみがせき1-2-2"),
    ("phone", "電話番号", "03-1234-5678"),
    ("email", "E-mail", "hanako@example.jp"),
    ("contact", "連絡先", ""),
]
PLAN = "人の役に立つことにやりがいを感じます。数字を扱う仕事に関心があり、正確さを大切にしています。" * 4


def _ratings(definition, value="A"):
    """Every rating of a 3-3 grid filled in (A, B and C in turn)."""
    out = {}
    for f in definition.fields:
        if f.type.value != "group":
            continue
        units = {}
        for n, unit in enumerate(f.fields):
            units[unit.key] = {
                c.key: {"self_rating": "ABC"[(n + i) % 3], "company_rating": "ABC"[(n + i + 1) % 3]}
                for i, c in enumerate(unit.fields)
            }
        out[f.key] = units
    return out


def full_card() -> list[SheetPick]:
    data = {
        "1-1": {"entry_date": "2025-06-01", "values_interests": PLAN, "strengths": PLAN, "future_work": PLAN},
        "1-2": {"entry_date": "2025-06-01", "school_activities": PLAN, "next_actions": PLAN},
        "2": {
            "entry_date": "2025-06-01",
            "jobs": [
                {
                    "period_from": f"{2005 + i}-04",
                    "period_to": f"{2006 + i}-03",
                    "company_name": f"株式会社みなと商事 第{i + 1}営業所",
                    "department": "総務部",
                    "employment_type": "regular",
                    "duties": "請求書の発行、経費精算、備品管理、月次決算の補助を担当しました。" * 3,
                    "learnings": "表計算ソフトを使った集計と、期日を守る段取りの力が身に付きました。" * 2,
                }
                for i in range(10)
            ],
        },
        "3-1": {
            "entry_date": "2025-06-01",
            "qualifications": [
                {
                    "name": f"資格の名称 {i + 1}（日商簿記検定ほか）",
                    "acquired": f"{2000 + i}-{(i % 12) + 1:02d}",
                    "authority": "日本商工会議所",
                    "status": "acquired",
                    "notes": "商業簿記と工業簿記の基礎。",
                }
                for i in range(20)
            ],
        },
        "3-2": {
            "entry_date": "2025-06-01",
            "studies": [
                {
                    "period_from": "2008-04",
                    "period_to": "2012-03",
                    "school_name": "東都大学",
                    "status": "graduated",
                }
            ],
            "trainings": [
                {
                    "period_from": "2024-04",
                    "period_to": "2024-09",
                    "institution": "ポリテクセンター東京",
                    "status": "completed",
                }
            ],
        },
    }
    picks = []
    for code in sheet_codes():
        definition = get_definition(code)
        raw = data.get(code) or {
            **_ratings(definition),
            "overall_comment": PLAN,
            "technical_basic": [
                {
                    "unit": "事務処理",
                    "criterion": "伝票を期日までに正確に処理している。",
                    "self_rating": "A",
                    "company_rating": "B",
                }
            ]
            * 5,
        }
        raw = {k: v for k, v in raw.items() if k in {f.key for f in definition.fields}}
        result = validate(definition, raw)
        assert not result.errors, (code, result.errors)
        picks.append(SheetPick(definition=definition, data=tidy(definition, result.data)))
    return picks


TARGET_XLSX_MS = 100
BASELINE = "PDF, sheet 2 alone (baseline)"
WHOLE = "PDF, whole card (Typst, in the request)"
XLSX_BUILT = "xlsx, whole card, built"
XLSX_KEPT = "xlsx, whole card, kept (after a save)"


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def use_redis(url: str) -> None:
    """Keep the workbook in Redis, as production does (``outputs.parts`` reads its module's ``cache``)."""
    from django_redis.cache import RedisCache

    import outputs.parts

    options = {
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "KEY_PREFIX": "jobcard-bench",
    }
    outputs.parts.cache = RedisCache(url, options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--redis", nargs="?", const=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"
    )
    args = parser.parse_args()
    if args.redis:
        use_redis(args.redis)
    from outputs.parts import forget

    forget("bench")
    picks = full_card()
    one = [p for p in picks if p.code == "2"]
    importable = [p for p in picks if not p.code.startswith("3-3")]
    xlsx_bytes = export_xlsx(importable, PROFILE)
    stored = {(p.code, 1): p.data for p in importable}
    targets = {
        BASELINE: lambda: export_pdf(one, PROFILE),
        WHOLE: lambda: export_pdf(picks, PROFILE),
        XLSX_BUILT: lambda: export_xlsx(picks, PROFILE),
        XLSX_KEPT: lambda: export_xlsx(picks, PROFILE, scope="bench"),
        "CSV zip, whole card": lambda: export_csv(picks, PROFILE),
        "xlsx re-import (5 sheets)": lambda: read_workbook(xlsx_bytes, None, stored=stored),
    }
    sizes = {}
    for name, fn in targets.items():  # warm-up
        _, value = timed(fn)
        if isinstance(value, bytes):
            sizes[name] = len(value)
    times: dict[str, list[float]] = {name: [] for name in targets}
    cpu: dict[str, list[float]] = {name: [] for name in targets}
    for _ in range(args.rounds):
        for name, fn in targets.items():
            start_cpu = time.process_time()
            times[name].append(timed(fn)[0])
            cpu[name].append(time.process_time() - start_cpu)

    pages = len(PdfReader(io.BytesIO(export_pdf(picks, PROFILE))).pages)

    baseline = statistics.median(times[BASELINE])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Job Card exports — median of {args.rounds} rounds, {os.cpu_count()} CPUs, "
        f"load average {load:.1f} (shared machine: figures under load), "
        f"Python {sys.version.split()[0]}, workbook kept in "
        f"{'Redis' if args.redis else 'local memory'}"
    )
    print(
        f"full card: {len(picks)} sheets, 10 job periods, 20 qualifications; whole-card PDF has {pages} pages"
    )
    print()
    print("| target | median ms | min ms | CPU median ms | size KB | vs baseline |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, values in times.items():
        median = statistics.median(values)
        size = f"{sizes[name] / 1024:.0f}" if name in sizes else "—"
        print(
            f"| {name} | {median * 1000:.0f} | {min(values) * 1000:.0f} | "
            f"{statistics.median(cpu[name]) * 1000:.0f} | {size} | {median / baseline:.2f}× |"
        )
    for label, source in (("wall", times), ("cpu", cpu)):
        checks = []
        for case in (XLSX_KEPT, XLSX_BUILT):
            ms = statistics.median(source[case]) * 1000
            checks.append((f"{case} ≤ {TARGET_XLSX_MS} ms", f"{ms:.0f} ms", ms <= TARGET_XLSX_MS))
        for target, value, ok in checks:
            print(f"target ({label}): {target} — {value}: {'within' if ok else 'OVER'}")


if __name__ == "__main__":
    main()
