"""How long the 履歴書 and 職務経歴書 files take on a full card (PDF from Typst, xlsx, docx).

Run from the repository root: ``.venv/bin/python bench/resumes.py`` (``--runs 30`` for more).

The card: a degree, 10 job periods (the last current) and 20 licences, 基本情報 filled in and a
photo — the 学歴・職歴 table runs over both pages. Each target runs in interleaved rounds (each
once per round, so drift of the machine affects all alike): the 履歴書 PDF (``resumes.pdf``,
Typst, rendered in the request: build the document, render), the 職務経歴書 PDF and the xlsx /
docx files. The comparison with WeasyPrint (what the PDFs were rendered with before) is in
``bench/pdf.py``. Target: 履歴書 PDF ≤ 60 ms median (issue #17). A benchmark, not a test: it never
fails on its figures; the machine is shared, so figures are taken under load.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

TARGET_MS = 60
TODAY = datetime.date(2025, 6, 15)


def setup():
    import django

    django.setup()


def sample_photo() -> bytes:
    from PIL import Image

    from resumes.photo import process_bytes

    img = Image.new("RGB", (1200, 1600), (180, 200, 220))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return process_bytes(out.getvalue())


def sample_basics():
    from resumes.sources import Basics

    return Basics(
        last_name="山田",
        first_name="花子",
        last_name_kana="やまだ",
        first_name_kana="はなこ",
        birth_date=datetime.date(1978, 4, 1),
        gender="女",
        postal_code="1000013",
        address="東京都千代田区霞が関1-2-2 中央合同庁舎5号館",
        address_kana="とうきょうとちよだくかすみがせき",
        phone="090-1234-5678",
        email="hanako@example.jp",
    )


def sample_sheets():
    from resumes.samples import full_sheets

    return full_sheets(jobs=10, qualifications=20)


def sample_doc(photo: bytes | None = None):
    """The bench 履歴書 (10 jobs, 20 licences, a photo)."""
    from resumes import rirekisho
    from resumes.options import RirekishoChoices

    choices = RirekishoChoices(wishes="貴社の規定に従います。")
    photo = sample_photo() if photo is None else photo
    return rirekisho.build(sample_basics(), sample_sheets(), choices, today=TODAY, photo=photo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds measured (after 2 warm-up rounds)")
    args = parser.parse_args()
    setup()

    from resumes import pdf, rirekisho, shokumu, word, xlsx
    from resumes.options import RirekishoChoices, ShokumuChoices

    basics, sheets, photo = sample_basics(), sample_sheets(), sample_photo()
    choices = RirekishoChoices(wishes="貴社の規定に従います。")
    doc = rirekisho.build(basics, sheets, choices, today=TODAY, photo=photo)

    def ours() -> bytes:
        return pdf.render_rirekisho(rirekisho.build(basics, sheets, choices, today=TODAY, photo=photo))

    sdoc = shokumu.build(basics, sheets, ShokumuChoices(), today=TODAY)
    targets = {
        "rirekisho_pdf": ours,
        "shokumu_pdf": lambda: pdf.render_shokumu(sdoc),
        "rirekisho_xlsx": lambda: xlsx.rirekisho_workbook(doc),
        "shokumu_xlsx": lambda: xlsx.shokumu_workbook(sdoc),
        "shokumu_docx": lambda: word.shokumu_document(sdoc),
    }

    cold_start = time.perf_counter()
    first = ours()
    cold = time.perf_counter() - cold_start
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(first)).pages)
    times: dict[str, list[float]] = {name: [] for name in targets}
    cpu: dict[str, list[float]] = {name: [] for name in targets}
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for round_number in range(args.runs + 2):
        for name, target in targets.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            target()
            elapsed, elapsed_cpu = time.perf_counter() - start, time.process_time() - start_cpu
            if round_number >= 2:
                times[name].append(elapsed)
                cpu[name].append(elapsed_cpu)

    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    median_cpu = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    print(
        f"bench/resumes.py — {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {args.runs} rounds after 2 warm-up rounds"
    )
    print(f"card: 10 jobs, 20 licences, photo; 履歴書 PDF: {pages} pages, {len(first) / 1024:.0f} KiB")
    print(f"load average before the run: {load_before:.2f} (a shared machine: figures under load)")
    print(f"first 履歴書 PDF in this process (fonts read, Typst's caches empty): {cold * 1000:.0f} ms")
    for name in targets:
        values = sorted(times[name])
        p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))] * 1000
        print(
            f"  {name:<16} wall median {median[name]:7.1f} ms  p90 {p90:7.1f} ms   "
            f"cpu median {median_cpu[name]:7.1f} ms"
        )
    for label, value in (("wall", median["rirekisho_pdf"]), ("cpu", median_cpu["rirekisho_pdf"])):
        verdict = "within" if value <= TARGET_MS else "OVER"
        print(f"target: 履歴書 PDF ≤ {TARGET_MS} ms median — {label} {value:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
