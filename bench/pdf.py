"""The forms' PDFs: Typst (what the site renders) next to WeasyPrint (what it rendered before), per
document, cold and warm.

Run from the repository root: ``.venv/bin/python bench/pdf.py [--rounds 3]`` (about 1–2 minutes;
most of it is WeasyPrint).

Documents: the bench card of ``bench/exports.py`` (every sheet, 10 job periods, 20 qualifications;
about 30 A4 pages), 様式2 alone, and the 履歴書 of ``bench/resumes.py`` (10 jobs, 20 licences, a
photo). For each, in this process:

* **Typst first** — the very first render of that document in the process (for the first document
  also the fonts read and Typst's caches empty);
* **Typst cold** — median of renders with data changed each time (a company renamed: nothing of the
  previous render can be reused for that sheet; what a download right after an edit costs);
* **Typst warm** — median of renders of the same data again (Typst's own caches answer most of it);
* **WeasyPrint first / configured / defaults** — the HTML and CSS the site used before this change
  (read from git at ``WEASYPRINT_COMMIT``), rendered by WeasyPrint as the site configured it (font
  configuration reused per thread) and with every option at its default
  (``HTML(string=…).write_pdf()``).

Then a **fresh process** renders the card once: the import of Django and the app, and the render.

The machine is shared (2 cores, several engineers running tests): figures are noisy and taken under
load; compare the ratios within one run rather than absolute times across runs. CPU time of this
process is printed beside wall time. The last line is
``RESULT card_cold_ms=… card_pages=… weasyprint_defaults_ms=… rirekisho_cold_ms=…``.
A benchmark, not a test: it never fails on its figures.
"""

from __future__ import annotations

import argparse
import copy
import io
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

WEASYPRINT_COMMIT = "d6d31c0"  # the last commit that printed the forms with WeasyPrint
OLD_FILES = [
    "templates/outputs/pdf/card.html",
    "templates/outputs/pdf/card.css",
    "templates/outputs/pdf/block_box.html",
    "templates/outputs/pdf/block_grid.html",
    "templates/outputs/pdf/block_pairs.html",
    "templates/outputs/pdf/block_table.html",
    "templates/outputs/pdf/pairs_cols.html",
    "templates/resumes/pdf/rirekisho.html",
    "resumes/pdf_styles/fonts.css",
    "resumes/pdf_styles/rirekisho.css",
]
FRESH = """
import os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
import django
django.setup()
from bench.exports import PROFILE, full_card
from outputs.exports import export_pdf
picks = full_card()
t1 = time.perf_counter(); c1 = time.process_time()
pdf = export_pdf(picks, PROFILE)
print(time.perf_counter() - t0, t1 - t0, time.perf_counter() - t1, time.process_time() - c1, len(pdf))
"""


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def medians(samples) -> tuple[float, float]:
    """(wall, cpu) medians of a list of (wall, cpu) samples."""
    return tuple(statistics.median(x) for x in zip(*samples, strict=True))


def old_files(folder: Path) -> bool:
    """The WeasyPrint templates and stylesheets, as they were at ``WEASYPRINT_COMMIT``."""
    for name in OLD_FILES:
        try:
            body = subprocess.run(
                ["git", "-C", str(ROOT), "show", f"{WEASYPRINT_COMMIT}:{name}"],
                check=True,
                capture_output=True,
            ).stdout
        except (subprocess.CalledProcessError, FileNotFoundError):
            return False
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    return True


def weasyprint_card(folder: Path, picks, profile):
    """The card's HTML as the site rendered it before, and the two ways of rendering it."""
    from django.template import engines
    from weasyprint import HTML

    from outputs.html_pdf import FONT_CSS, render_pdf
    from outputs.layout import pair_lines, sheet_layout
    from outputs.typst_data import WIDE_PROFILE_ITEMS

    django_engine = engines["django"].engine
    django_engine.dirs = [str(folder / "templates"), *django_engine.dirs]
    django_engine.template_loaders = None  # rebuilt with the new folder first
    for attr in ("template_loaders",):
        django_engine.__dict__.pop(attr, None)
    from django.template.loader import render_to_string

    def html_of(chosen):
        return render_to_string(
            "outputs/pdf/card.html",
            {
                "lifeline": "",
                "sheets": [sheet_layout(p) for p in chosen],
                "profile": profile,
                "profile_lines": pair_lines(profile, lambda item: item[0] in WIDE_PROFILE_ITEMS),
                "blank": False,
                "title": "ジョブ・カード",
            },
        )

    font_dir = Path(ROOT / "static/fonts/bizud")
    fonts = FONT_CSS.replace("/static/fonts/bizud/", font_dir.as_uri() + "/")

    def configured(chosen):
        html = html_of(chosen)
        return lambda: render_pdf(html)

    def defaults(chosen):
        html = html_of(chosen).replace("<style>", f"<style>{fonts}", 1)
        return lambda: HTML(string=html, base_url=font_dir.as_uri() + "/").write_pdf()

    return configured, defaults


def weasyprint_rirekisho(folder: Path, doc):
    from django.template.loader import render_to_string
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from resumes import rirekisho

    page1, page2 = rirekisho.split_history(doc.history)
    html = render_to_string(
        "resumes/pdf/rirekisho.html",
        {"doc": doc, "page1": page1, "page2": page2, "licences": rirekisho.licence_rows(doc.licences)},
    )
    styles = folder / "resumes/pdf_styles"
    static = (ROOT / "static").as_uri() + "/"
    css_text = (styles / "fonts.css").read_text() + (styles / "rirekisho.css").read_text()
    font_config = FontConfiguration()
    css = CSS(string=css_text, base_url=static, font_config=font_config)

    def configured():
        return HTML(string=html, base_url=static).write_pdf(stylesheets=[css], font_config=font_config)

    inline = html.replace("</head>", f"<style>{css_text}</style></head>")

    def defaults():
        return HTML(string=inline, base_url=static).write_pdf()

    return configured, defaults


def renamed(picks):
    """Each call: the card with sheet 2's first company renamed (new data every time)."""
    from outputs.selection import SheetPick

    counter = itertools.count()

    def changed():
        out = []
        for pick in picks:
            if pick.code == "2":
                data = copy.deepcopy(pick.data)
                data["jobs"][0]["company_name"] = f"株式会社あおば物流 第{next(counter)}倉庫"
                pick = SheetPick(definition=pick.definition, data=data)
            out.append(pick)
        return out

    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    from pypdf import PdfReader

    from bench.exports import PROFILE, full_card
    from bench.resumes import sample_doc
    from outputs.exports import export_pdf
    from resumes import pdf as resume_pdf

    picks = full_card()
    sheet2 = [p for p in picks if p.code == "2"]
    doc = sample_doc()
    changed_card = renamed(picks)
    changed_sheet2 = renamed(sheet2)
    counter = itertools.count()

    def changed_doc():
        import dataclasses

        return dataclasses.replace(doc, wishes=f"勤務地は東京都内を希望します。（{next(counter)}）")

    rows = []  # (document, pages, {column: (wall, cpu)})
    folder = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    have_old = old_files(folder)
    if have_old:
        card_configured, card_defaults = weasyprint_card(folder, picks, PROFILE)

    documents = [
        ("whole card", lambda: export_pdf(picks, PROFILE), lambda: export_pdf(changed_card(), PROFILE)),
        ("様式2", lambda: export_pdf(sheet2, PROFILE), lambda: export_pdf(changed_sheet2(), PROFILE)),
        (
            "履歴書",
            lambda: resume_pdf.render_rirekisho(doc),
            lambda: resume_pdf.render_rirekisho(changed_doc()),
        ),
    ]
    for name, same, fresh in documents:
        first_wall, first_cpu, body = timed(same)
        pages = len(PdfReader(io.BytesIO(body)).pages)
        cold = [timed(fresh)[:2] for _ in range(max(args.rounds, 5))]
        warm = [timed(same)[:2] for _ in range(max(args.rounds, 5))]
        result = {
            "Typst first": (first_wall, first_cpu),
            "Typst cold": medians(cold),
            "Typst warm": medians(warm),
        }
        if have_old:
            if name == "whole card":
                configured, defaults = card_configured(picks), card_defaults(picks)
            elif name == "様式2":
                configured, defaults = card_configured(sheet2), card_defaults(sheet2)
            else:
                configured, defaults = weasyprint_rirekisho(folder, doc)
            w_first = timed(configured)[:2]
            w_configured = [timed(configured)[:2] for _ in range(args.rounds)]
            w_defaults = [timed(defaults)[:2] for _ in range(args.rounds)]
            result["WeasyPrint first"] = w_first
            result["WeasyPrint configured"] = tuple(
                statistics.median(x) for x in zip(*w_configured, strict=True)
            )
            result["WeasyPrint defaults"] = tuple(statistics.median(x) for x in zip(*w_defaults, strict=True))
        rows.append((name, pages, result))

    fresh_out = subprocess.run(
        [sys.executable, "-c", FRESH.format(root=str(ROOT))], capture_output=True, text=True, check=True
    ).stdout.split()
    total, imports, render, render_cpu, _size = (float(x) for x in fresh_out[-5:])

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    import typst
    import weasyprint

    print(
        f"Forms as PDF — typst-py {typst.__version__ if hasattr(typst, '__version__') else '0.15'}, "
        f"WeasyPrint {weasyprint.__version__}; {os.cpu_count()} CPUs, load average {load:.1f} "
        "(shared machine: figures taken under load, noisy); "
        f"RAYON_NUM_THREADS={os.environ.get('RAYON_NUM_THREADS')}"
    )
    print()
    columns = list(rows[0][2])
    print(
        "| document | pages | "
        + " | ".join(f"{c} ms (CPU)" for c in columns)
        + " | WeasyPrint configured ÷ Typst cold |"
    )
    print("| --- | ---: | " + " | ".join("---:" for _ in columns) + " | ---: |")
    for name, pages, result in rows:
        cells = " | ".join(f"{result[c][0] * 1000:.0f} ({result[c][1] * 1000:.0f})" for c in columns)
        ratio = (
            f"{result['WeasyPrint configured'][0] / result['Typst cold'][0]:.1f}×"
            if "WeasyPrint configured" in result
            else "—"
        )
        print(f"| {name} | {pages} | {cells} | {ratio} |")
    print()
    print(
        f"fresh process, first card: {render * 1000:.0f} ms wall ({render_cpu * 1000:.0f} ms CPU) to render, "
        f"after {imports:.2f} s of imports and Django setup ({total:.2f} s in all)"
    )
    if not have_old:
        print(f"(WeasyPrint columns left out: git could not read {WEASYPRINT_COMMIT})")
    card = rows[0][2]
    defaults_ms = card.get("WeasyPrint defaults", (float("nan"),))[0] * 1000
    print(
        f"RESULT card_cold_ms={card['Typst cold'][0] * 1000:.0f} card_pages={rows[0][1]} "
        f"weasyprint_defaults_ms={defaults_ms:.0f} rirekisho_cold_ms={rows[2][2]['Typst cold'][0] * 1000:.0f}"
    )


if __name__ == "__main__":
    main()
