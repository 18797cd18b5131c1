"""What an upload costs before it is refused or accepted: the Job Card workbook re-import and the
履歴書 photo, each case in a fresh process (#14 items 3 and 5).

Run from the repository root: ``.venv/bin/python bench/uploads.py`` (``--runs 3``, ``--no-baseline``
to skip the old path, ``--keep DIR`` to keep the corpus).

The corpus is generated (no file is committed), every file within the upload limits
(``OUTPUTS_MAX_XLSX_BYTES``, ``RESUMES_PHOTO_MAX_BYTES``):

* workbooks — the site's own export of a full card (the round trip); the issue's workbook (19.5 MB
  of numeric cells packed into ~3.8 MB, no marker sheet); a highly compressible zip bomb; the site's
  export with that numeric sheet added beside its sheets; one of its listed sheets grown by 19.5 MB
  of rows below the form (its <dimension> updated, or left as it was); its listed sheets widened
  with numbers to just under the parse budget, and over it; shared strings of 4 MB;
* photos — a 12-megapixel JPEG, a 1200 × 1600 PNG, the issue's 39.6-megapixel PNG (170 KB on
  disk), the largest accepted PNG (24 MP with alpha) and JPEG (24 MP), a truncated PNG and JPEG.

Each case runs in a child process: ``--runs`` times ``outputs.importer.read_workbook`` or
``resumes.photo.process_bytes`` (time.perf_counter, median reported), then once under tracemalloc.
Memory is given twice: the peak resident size the child reached above what it held before the first
call (``resource.getrusage`` ``ru_maxrss``: everything, Pillow's and libjpeg's buffers included) and
tracemalloc's peak of Python allocations (openpyxl's cells). The *old path* is what the code did
before: ``inspect_xlsx`` then ``openpyxl.load_workbook`` on the whole file; for photos
``Image.open`` + ``load()`` + ``exif_transpose`` + ``convert`` + ``ImageOps.fit`` with
``ImageFile.LOAD_TRUNCATED_IMAGES`` on as WeasyPrint leaves it. Target: every case refused or
accepted within 2 s and 150 MB.

A benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

TARGET_SECONDS = 2.0
TARGET_MB = 150
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW = re.compile(rb'(<row r="(\d+)"[^>]*>)(.*?)(</row>)', re.S)


# Corpus: workbooks -------------------------------------------------------------------------------


def _letters(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def numbers_rows(nbytes: int, first_row: int = 1, columns: int = 12, seed: int = 1) -> tuple[bytes, int]:
    """Rows of random numbers (what a person's own spreadsheet holds), about ``nbytes`` of XML."""
    rng = random.Random(seed)
    letters = [_letters(c) for c in range(1, columns + 1)]
    parts, size, row = [], 0, first_row
    while size < nbytes:
        cells = "".join(f'<c r="{x}{row}"><v>{rng.random() * 100000:.3f}</v></c>' for x in letters)
        chunk = f'<row r="{row}">{cells}</row>'.encode()
        parts.append(chunk)
        size += len(chunk)
        row += 1
    return b"".join(parts), row - 1


def numbers_sheet(nbytes: int, dimension: bool = True) -> bytes:
    rows, last = numbers_rows(nbytes)
    dim = f'<dimension ref="A1:L{last}"/>'.encode() if dimension else b""
    return (
        b'<worksheet xmlns="'
        + MAIN_NS.encode()
        + b'">'
        + dim
        + b"<sheetData>"
        + rows
        + b"</sheetData></worksheet>"
    )


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def plain_workbook(sheet_xml: bytes) -> bytes:
    """A one-sheet workbook with no marker (someone's own file)."""
    return rezip(
        {
            "[Content_Types].xml": (
                b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                b'<Default Extension="rels" '
                b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                b'<Default Extension="xml" ContentType="application/xml"/>'
                b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.spreadsheetml.sheet.main+xml"/>'
                b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.spreadsheetml.worksheet+xml"/></Types>'
            ),
            "_rels/.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
            "xl/workbook.xml": (
                b'<workbook xmlns="' + MAIN_NS.encode() + b'" xmlns:r="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
                b"</sheets></workbook>"
            ),
            "xl/_rels/workbook.xml.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": sheet_xml,
        }
    )


def add_sheet(data: bytes, title: str, sheet_xml: bytes) -> bytes:
    """The workbook with one more worksheet (not named in its marker)."""
    parts = unzip(data)
    name = "xl/worksheets/sheet99.xml"
    parts[name] = sheet_xml
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>",
        f'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'name="{title}" sheetId="99" state="visible" r:id="rId99"/></sheets>'.encode(),
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        b'Target="/xl/worksheets/sheet99.xml" Id="rId99"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.worksheet+xml"/></Types>',
    )
    return rezip(parts)


def sheet_part(parts: dict[str, bytes], title: str) -> str:
    """The zip member of the worksheet called ``title``."""
    workbook = parts["xl/workbook.xml"].decode()
    rid = re.search(rf'name="{re.escape(title)}"[^>]*r:id="(rId\d+)"', workbook).group(1)
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    target = re.search(rf'Target="([^"]+)" Id="{rid}"', rels).group(1)
    return target.lstrip("/")


def grow_rows(data: bytes, title: str, nbytes: int, update_dimension: bool) -> bytes:
    """Rows of numbers below the form on worksheet ``title``."""
    parts = unzip(data)
    name = sheet_part(parts, title)
    xml = parts[name]
    last = max(int(m.group(2)) for m in ROW.finditer(xml))
    rows, end = numbers_rows(nbytes, first_row=last + 1)
    xml = xml.replace(b"</sheetData>", rows + b"</sheetData>")
    if update_dimension:
        xml = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:L{end}"/>'.encode(), xml)
    parts[name] = xml
    return rezip(parts)


def widen(data: bytes, titles: list[str], nbytes_each: int, seed: int = 2) -> bytes:
    """Numbers to the right of the form (columns M onwards) in the first rows of each worksheet,
    ``nbytes_each`` of XML per worksheet; the <dimension> is left as it was."""
    rng = random.Random(seed)
    parts = unzip(data)
    for title in titles:
        name = sheet_part(parts, title)
        xml, added, out, pos = parts[name], 0, [], 0
        for match in ROW.finditer(xml):
            out.append(xml[pos : match.start(4)])
            pos = match.start(4)
            row = match.group(2).decode()
            column = 13
            while added < nbytes_each and column <= 16384:
                cell = f'<c r="{_letters(column)}{row}"><v>{rng.random() * 100000:.3f}</v></c>'.encode()
                out.append(cell)
                added += len(cell)
                column += 1
        out.append(xml[pos:])
        parts[name] = b"".join(out)
    return rezip(parts)


def big_shared_strings(data: bytes, nbytes: int) -> bytes:
    parts = unzip(data)
    count = nbytes // 40
    items = b"".join(f"<si><t>shared text number {i:012d}</t></si>".encode() for i in range(count))
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{MAIN_NS}" count="{count}" uniqueCount="{count}">'.encode() + items + b"</sst>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml" Id="rId98"/></Relationships>',
    )
    return rezip(parts)


def zip_bomb() -> bytes:
    parts = unzip(plain_workbook(numbers_sheet(1000)))
    parts["xl/worksheets/sheet1.xml"] = (
        b'<worksheet xmlns="'
        + MAIN_NS.encode()
        + b'"><sheetData>'
        + b'<row r="1"><c r="A1"><v>0</v></c></row>' * (19 * 1024 * 1024 // 38)
        + b"</sheetData></worksheet>"
    )
    return rezip(parts)


def workbooks() -> tuple[dict[str, bytes], dict]:
    from bench.exports import PROFILE, full_card
    from outputs.exports import export_xlsx

    whole = full_card()
    picks = [p for p in whole if not p.code.startswith("3-3")]
    site = export_xlsx(picks, PROFILE)
    stored = {(p.code, 1): p.data for p in whole}
    listed = ["様式1-1", "様式1-2", "様式2", "様式3-1", "様式3-2"]
    big = numbers_sheet(19_500_000)
    corpus = {
        "xlsx: site export, the 5 importable sheets": site,
        "xlsx: site export, whole card (3-3 sheets too)": export_xlsx(whole, PROFILE),
        "xlsx: 19.5 MB of numbers, no marker (the issue's)": plain_workbook(big),
        "xlsx: zip bomb (19 MB of one row repeated)": zip_bomb(),
        "xlsx: site export + 19.5 MB numbers sheet": add_sheet(site, "数値", big),
        "xlsx: site export + 19.5 MB dimension-less sheet": add_sheet(
            site, "数値", numbers_sheet(19_500_000, False)
        ),
        "xlsx: 様式2 + 19.5 MB of rows, dimension updated": grow_rows(site, "様式2", 19_500_000, True),
        "xlsx: 様式2 + 19.5 MB of rows, dimension as it was": grow_rows(site, "様式2", 19_500_000, False),
        "xlsx: 様式2 widened by 19 MB": widen(site, ["様式2"], 19_000_000),
        "xlsx: 5 sheets widened to just under the budget": widen(site, listed, 300_000),
        "xlsx: 5 sheets widened past the budget": widen(site, listed, 450_000),
        "xlsx: 4 MB of shared strings": big_shared_strings(site, 4_000_000),
    }
    return corpus, stored


# Corpus: photos ----------------------------------------------------------------------------------


def photos() -> dict[str, bytes]:
    from PIL import Image, ImageFilter

    def save(image, fmt, **kw) -> bytes:
        out = io.BytesIO()
        image.save(out, fmt, **kw)
        return out.getvalue()

    # A photo-like picture: smooth shapes and a little grain, so the JPEG is of a usual size.
    base = Image.effect_noise((504, 378), 60).filter(ImageFilter.GaussianBlur(6)).convert("RGB")
    twelve = base.resize((4032, 3024), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((4032, 3024), 8).convert("RGB")
    twelve = Image.blend(twelve, grain, 0.15)
    portrait = base.resize((1200, 1600), Image.Resampling.BICUBIC)
    png = save(portrait, "PNG")
    return {
        "photo: 12 MP JPEG": save(twelve, "JPEG", quality=90),
        "photo: 1200 × 1600 PNG": png,
        "photo: 39.6 MP PNG, one colour (the issue's)": save(
            Image.new("L", (7700, 5143), 200), "PNG", optimize=True
        ),
        "photo: 24 MP PNG with alpha, one colour": save(
            Image.new("RGBA", (5990, 3990), (90, 120, 150, 255)), "PNG", optimize=True
        ),
        "photo: 24 MP JPEG": save(twelve.resize((5990, 3990)), "JPEG", quality=85),
        "photo: truncated PNG (half)": png[: len(png) // 2],
        "photo: truncated JPEG (half)": save(portrait, "JPEG", quality=90)[:-20_000],
    }


# One case, in a child process --------------------------------------------------------------------


def _old_workbook(data: bytes):
    from openpyxl import load_workbook

    from outputs.safety import ImportRefused, inspect_xlsx

    inspect_xlsx(data)
    try:
        wb = load_workbook(io.BytesIO(data), data_only=False, keep_vba=False, keep_links=False)
    except Exception:
        raise ImportRefused("broken") from None
    if "_jobcard" not in wb.sheetnames:
        raise ImportRefused("not a site file")


def _old_photo(data: bytes):
    from PIL import Image, ImageFile, ImageOps

    ImageFile.LOAD_TRUNCATED_IMAGES = True  # as WeasyPrint leaves it
    image = Image.open(io.BytesIO(data), formats=("JPEG", "PNG"))
    if image.width * image.height > 40_000_000:
        raise ValueError("too many pixels")
    image.load()
    image = ImageOps.exif_transpose(image).convert("RGB")
    ImageOps.fit(image, (354, 472), method=Image.Resampling.LANCZOS)


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _reset_peak() -> int:
    """Reset the peak resident size (Linux: ``clear_refs`` 5 resets VmHWM); the current size, KB."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kb("VmRSS")
    except OSError:  # not Linux, or not allowed: the lifetime peak
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak() -> int:
    try:
        return _status_kb("VmHWM")
    except (OSError, LookupError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(path: str, kind: str, runs: int, old: bool) -> dict:
    import django

    django.setup()
    import openpyxl.reader.excel  # noqa: F401 - imports done before the first measure
    from PIL import Image, JpegImagePlugin, PngImagePlugin  # noqa: F401

    from outputs.importer import read_workbook
    from outputs.safety import ImportRefused
    from resumes.photo import PhotoError, process_bytes

    data = Path(path).read_bytes()
    stored = (
        {tuple(k): v for k, v in json.loads(Path(path + ".stored").read_text())} if kind == "xlsx" else {}
    )
    if old:
        check = (lambda: _old_workbook(data)) if kind == "xlsx" else (lambda: _old_photo(data))
    elif kind == "xlsx":
        check = lambda: read_workbook(data, None, stored=stored)  # noqa: E731
    else:
        check = lambda: process_bytes(data)  # noqa: E731
    rss_before = _reset_peak()
    times, cpu, outcome = [], [], ""
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            result = check()
            outcome = "accepted"
            if kind == "xlsx" and result is not None:
                problems = len(result.errors)
                outcome = f"accepted ({len(result.changed_sheets)} changed, {problems} cell problems)"
        except (ImportRefused, PhotoError, ValueError, OSError) as exc:
            outcome = "refused: " + (getattr(exc, "message", "") or str(exc))[:24] + "…"
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    rss_after = _peak()
    tracemalloc.start()
    try:
        check()
    except Exception:  # noqa: S110 - the outcome is known already
        pass
    py_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "seconds": statistics.median(times),
        "cpu": statistics.median(cpu),
        "rss_mb": (rss_after - rss_before) / 1024,
        "py_mb": py_peak / (1024 * 1024),
        "outcome": outcome,
    }


def run_case(path: Path, kind: str, runs: int, old: bool) -> dict:
    command = [sys.executable, __file__, "--child", str(path), "--kind", kind, "--runs", str(runs)]
    if old:
        command.append("--old")
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        nan = float("nan")
        return {"seconds": nan, "cpu": nan, "rss_mb": nan, "py_mb": nan, "outcome": "crashed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--keep", help="write the corpus to this folder and keep it")
    parser.add_argument("--only", help="only the cases whose name contains one of these (comma-separated)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--old", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.kind, args.runs, args.old)))
        return

    import django

    django.setup()
    from django.conf import settings

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-uploads-"))
    folder.mkdir(parents=True, exist_ok=True)
    books, stored = workbooks()
    corpus = {name: ("xlsx", data) for name, data in books.items()}
    corpus |= {name: ("photo", data) for name, data in photos().items()}
    limits = {"xlsx": settings.OUTPUTS_MAX_XLSX_BYTES, "photo": settings.RESUMES_PHOTO_MAX_BYTES}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        f"upload limits: workbook {limits['xlsx'] / 2**20:g} MB, photo {limits['photo'] / 2**20:g} MB; "
        f"{args.runs} runs per case, each case in a fresh process"
    )
    print(
        "| case | size | unpacked | outcome | s | CPU s | +RSS MB | py MB "
        "| old s | old +RSS MB | old/new s | old outcome |"
    )
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    worst_s = worst_cpu = worst_mb = 0.0
    for n, (name, (kind, data)) in enumerate(corpus.items()):
        if args.only and not any(part in name for part in args.only.split(",")):
            continue
        if len(data) > limits[kind]:
            print(f"| {name} | {len(data) / 2**20:.1f} MB | — | over the upload limit, skipped | | | | | | |")
            continue
        path = folder / f"case{n:02d}.{kind}"
        path.write_bytes(data)
        if kind == "xlsx":
            Path(str(path) + ".stored").write_text(json.dumps([[list(k), v] for k, v in stored.items()]))
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                unpacked = f"{sum(i.file_size for i in archive.infolist()) / 2**20:.1f} MB"
        else:
            unpacked = "—"
        new = run_case(path, kind, args.runs, old=False)
        worst_s, worst_mb = max(worst_s, new["seconds"]), max(worst_mb, new["rss_mb"])
        worst_cpu = max(worst_cpu, new["cpu"])
        if args.no_baseline:
            old = {"seconds": float("nan"), "rss_mb": float("nan"), "outcome": "—"}
        else:
            old = run_case(path, kind, 1, old=True)
        ratio = old["seconds"] / max(new["seconds"], 1e-4)
        print(
            f"| {name} | {len(data) / 2**20:.2f} MB | {unpacked} | {new['outcome']} | {new['seconds']:.2f} "
            f"| {new['cpu']:.2f} | {new['rss_mb']:.0f} | {new['py_mb']:.0f} | {old['seconds']:.2f} "
            f"| {old['rss_mb']:.0f} | {ratio:.0f}× | {old['outcome']} |",
            flush=True,
        )

    def verdict(seconds):
        return "within" if seconds <= TARGET_SECONDS and worst_mb <= TARGET_MB else "OVER"

    print(
        f"\nworst case: {worst_s:.2f} s wall ({verdict(worst_s)}), {worst_cpu:.2f} s CPU "
        f"({verdict(worst_cpu)}), +{worst_mb:.0f} MB resident — target ≤ {TARGET_SECONDS:g} s and "
        f"≤ {TARGET_MB} MB. Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: on a busy "
        "machine the wall time is the CPU time stretched by the others' share."
    )
    if not args.keep:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
