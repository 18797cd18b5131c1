"""How long a 履歴書 PDF takes on a full card, next to WeasyPrint with its default options.

Run from the repository root: ``.venv/bin/python bench/resumes.py`` (``--runs 30`` for more).

The card: a degree, 10 job periods (the last current) and 20 licences, 基本情報 filled in and a
photo — the 学歴・職歴 table runs over both pages. Measured, in interleaved rounds (each target
once per round, so drift of the machine affects all alike):

* ``ours``: what a download does after reading the database — build the document
  (``resumes.rirekisho.build``), render the template, ``resumes.pdf.render_html`` (the stylesheet
  parsed once and the fonts registered once per thread, then reused);
* ``kept``: the same download once the PDF has been rendered ahead (``resumes.tasks``, after the
  person saved their choices or a sheet) or downloaded before: the HTML rendered and hashed, the
  PDF read from the cache (``resumes.pdf.render_kept``, ``outputs.parts``); ``ours`` is the same
  call when nothing is kept;
* ``baseline``: WeasyPrint rendering the same HTML with the same CSS inlined, default options and
  default URL fetcher, a new ``HTML(...).write_pdf()`` each time (no reuse, no options);
* for reference, the 職務経歴書 PDF and the xlsx / docx files.

It prints the medians and the ratio ours / baseline, and the target (履歴書 PDF ≤ 250 ms median).
A benchmark, not a test: it never fails on its figures.
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

TARGET_MS = 250


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds measured (after 2 warm-up rounds)")
    args = parser.parse_args()
    setup()

    from django.template.loader import render_to_string
    from weasyprint import HTML

    from resumes import excel, pdf, rirekisho, shokumu, word
    from resumes.options import RirekishoChoices, ShokumuChoices
    from resumes.sources import Basics
    from resumes.views import rirekisho_pdf_context
    from tests.resumes.data import full_sheets

    today = datetime.date(2025, 6, 15)
    sheets = full_sheets(jobs=10, qualifications=20)
    basics = Basics(
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
    photo = sample_photo()
    choices = RirekishoChoices(wishes="貴社の規定に従います。")

    def ours() -> bytes:
        doc = rirekisho.build(basics, sheets, choices, today=today, photo=photo)
        html = render_to_string("resumes/pdf/rirekisho.html", rirekisho_pdf_context(doc))
        return pdf.render_html(html, "rirekisho", photo=doc.photo)

    def kept() -> bytes:
        doc = rirekisho.build(basics, sheets, choices, today=today, photo=photo)
        context = rirekisho_pdf_context(doc)
        return pdf.render_kept(
            "resumes/pdf/rirekisho.html", context, "rirekisho", photo=doc.photo, scope="bench"
        )

    # The baseline renders the very same HTML, with the stylesheet inlined and the photo as a data:
    # URL (the default fetcher cannot see our photo), with every option at its default.
    import base64

    doc = rirekisho.build(basics, sheets, choices, today=today, photo=photo)
    html = render_to_string("resumes/pdf/rirekisho.html", rirekisho_pdf_context(doc))
    data_url = "data:image/jpeg;base64," + base64.b64encode(photo).decode()
    style = f"<style>{pdf.stylesheet_text('rirekisho')}</style>"
    baseline_html = html.replace(pdf.PHOTO_URL, data_url).replace("</head>", style + "</head>")

    def baseline() -> bytes:
        return HTML(string=baseline_html, base_url=pdf.base_url()).write_pdf()

    sdoc = shokumu.build(basics, sheets, ShokumuChoices(), today=today)
    targets = {
        "rirekisho_pdf_ours": ours,
        "rirekisho_pdf_kept": kept,
        "rirekisho_pdf_baseline": baseline,
        "shokumu_pdf": lambda: pdf.render_template("resumes/pdf/shokumu.html", {"doc": sdoc}, "shokumu"),
        "rirekisho_xlsx": lambda: excel.rirekisho_workbook(doc),
        "shokumu_xlsx": lambda: excel.shokumu_workbook(sdoc),
        "shokumu_docx": lambda: word.shokumu_document(sdoc),
    }

    cold_start = time.perf_counter()
    first = ours()
    cold = time.perf_counter() - cold_start
    sizes = {"rirekisho_pdf_ours": len(first), "rirekisho_pdf_baseline": len(baseline())}
    pages = {}
    from pypdf import PdfReader

    pages["ours"] = len(PdfReader(io.BytesIO(first)).pages)

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
    print(f"card: 10 job periods, 20 licences, photo; 履歴書 PDF has {pages['ours']} pages")
    print(f"load average before the run: {load_before:.2f} (other processes share these CPUs)")
    print(f"first 履歴書 PDF in this process (stylesheet and fonts loaded): {cold * 1000:.0f} ms")
    print("  (wall: elapsed time; cpu: this process's CPU time, which other load inflates much less)")
    for name in targets:
        values = sorted(times[name])
        p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))] * 1000
        size = f", {sizes[name] / 1024:.0f} KiB" if name in sizes else ""
        print(
            f"  {name:<24} wall median {median[name]:7.1f} ms  p90 {p90:7.1f} ms   "
            f"cpu median {median_cpu[name]:7.1f} ms{size}"
        )
    ratio = median["rirekisho_pdf_ours"] / median["rirekisho_pdf_baseline"]
    ratio_cpu = median_cpu["rirekisho_pdf_ours"] / median_cpu["rirekisho_pdf_baseline"]
    print(f"ratio ours / baseline (履歴書 PDF, median): wall {ratio:.2f}, cpu {ratio_cpu:.2f}")
    ratio_kept = median["rirekisho_pdf_baseline"] / median["rirekisho_pdf_kept"]
    print(f"kept PDF is {ratio_kept:.0f}× faster than the baseline (wall)")
    for case, name in (("rendered", "rirekisho_pdf_ours"), ("kept", "rirekisho_pdf_kept")):
        for label, value in (("wall", median[name]), ("cpu", median_cpu[name])):
            verdict = "within" if value <= TARGET_MS else "OVER"
            print(f"target: 履歴書 PDF ≤ {TARGET_MS} ms median, {case} — {label} {value:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
