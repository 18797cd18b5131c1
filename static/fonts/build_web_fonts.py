"""Build the web fonts: the vendored BIZ UD TTFs cut into small WOFF2 slices by unicode-range.

    .venv/bin/pip install "fonttools>=4.50,<5" "brotli>=1.1,<2"   # (the dev extra has both)
    .venv/bin/python static/fonts/build_web_fonts.py

A browser downloads only the slices whose characters a page uses (``unicode-range`` in
``static/css/fonts.css``, which this script writes and ``site.css`` imports), so a first visit
fetches a few hundred kilobytes instead of two 4.6 MB TTFs. Each face is cut into:

- ``base``: Latin, punctuation, kana, full-width forms and CJK symbols (every page needs them);
- ``s01``, ``s02``…: the kanji the site's own text uses (templates, Python, demo content,
  catalogues), most frequent first, ``SITE_SLICE`` to a slice — a page of the site touches few;
- ``r01``, ``r02``…: every other character of the font, by code point, ``REST_SLICE`` to a slice
  (what people type: names, addresses, rare kanji), fetched only when such a character shows.

The TTFs in ``static/fonts/bizud/`` stay: the PDF renderers (outputs/html_pdf.py for HTML prints,
outputs/typst_render.py for the forms) embed them from there. Re-run after changing the site's
text a lot, and commit ``static/fonts/web/`` and ``static/css/fonts.css``. Subsetting keeps the
fonts' names: the OFL of the BIZ UD fonts declares no
Reserved Font Name.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "static" / "fonts" / "bizud"
OUT = ROOT / "static" / "fonts" / "web"
CSS = ROOT / "static" / "css" / "fonts.css"

# (CSS family, weight, TTF, local() names tried first)
FACES = [
    ("BIZ UDPGothic", 400, "BIZUDPGothic-Regular.ttf", ["BIZ UDPGothic", "BIZUDPGothic-Regular"]),
    ("BIZ UDPGothic", 700, "BIZUDPGothic-Bold.ttf", ["BIZ UDPGothic Bold", "BIZUDPGothic-Bold"]),
    ("BIZ UDGothic", 400, "BIZUDGothic-Regular.ttf", ["BIZ UDGothic", "BIZUDGothic-Regular"]),
    ("BIZ UDGothic", 700, "BIZUDGothic-Bold.ttf", ["BIZ UDGothic Bold", "BIZUDGothic-Bold"]),
    ("BIZ UDPMincho", 400, "BIZUDPMincho-Regular.ttf", ["BIZ UDPMincho", "BIZUDPMincho-Regular"]),
    ("BIZ UDMincho", 400, "BIZUDMincho-Regular.ttf", ["BIZ UDMincho", "BIZUDMincho-Regular"]),
]

BASE_RANGES = [
    (0x0000, 0x024F),  # Basic Latin … Latin Extended-B
    (0x02B0, 0x036F),  # modifiers, combining marks
    (0x0370, 0x03FF),  # Greek (℃, α in names of qualifications)
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x2BFF),  # punctuation, symbols, arrows, shapes
    (0x3000, 0x30FF),  # CJK symbols, hiragana, katakana
    (0x3190, 0x31FF),  # kanbun, katakana extensions
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
]
SITE_SLICE = 160
REST_SLICE = 600

# Where the site's own words are (tests and docs are not shown to visitors).
CORPUS_GLOBS = ["templates/**/*.html", "**/*.py", "demo/**/*", "content/**/*", "locale/**/*.po"]
SKIP_PARTS = {".venv", "tests", "docs", "node_modules", "static", "bench", "migrations"}


def in_base(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in BASE_RANGES)


def site_frequencies() -> Counter:
    counts: Counter = Counter()
    for pattern in CORPUS_GLOBS:
        for path in ROOT.glob(pattern):
            if not path.is_file() or SKIP_PARTS & set(path.relative_to(ROOT).parts):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            counts.update(ch for ch in text if ord(ch) > 0x2FF)
    return counts


def ranges(codepoints: list[int]) -> str:
    """``U+3042,U+4E00-4E02,…`` for sorted code points, consecutive ones merged."""
    parts: list[str] = []
    cps = sorted(codepoints)
    start = prev = cps[0]
    for cp in cps[1:] + [None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        parts.append(f"U+{start:X}" if start == prev else f"U+{start:X}-{prev:X}")
        if cp is not None:
            start = prev = cp
    return ",".join(parts)


def slices(cmap: set[int], frequencies: Counter) -> list[tuple[str, list[int]]]:
    base = sorted(cp for cp in cmap if in_base(cp))
    site = [ord(ch) for ch, _ in frequencies.most_common() if ord(ch) in cmap and not in_base(ord(ch))]
    taken = set(base) | set(site)
    rest = sorted(cp for cp in cmap if cp not in taken)
    out = [("base", base)]
    out += [
        (f"s{i + 1:02d}", site[i * SITE_SLICE : (i + 1) * SITE_SLICE])
        for i in range(-(-len(site) // SITE_SLICE))
    ]
    out += [
        (f"r{i + 1:02d}", rest[i * REST_SLICE : (i + 1) * REST_SLICE])
        for i in range(-(-len(rest) // REST_SLICE))
    ]
    return [(name, cps) for name, cps in out if cps]


def build_slice(ttf: Path, codepoints: list[int], target: Path) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # vertical forms, proportional widths (palt), ligatures
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # smaller; the fonts render well unhinted
    options.desubroutinize = True  # compresses better in WOFF2
    font = TTFont(ttf, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)
    font.close()


def main() -> int:
    started = time.monotonic()
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.woff2"):
        old.unlink()
    frequencies = site_frequencies()
    rules = [
        "/* Generated by static/fonts/build_web_fonts.py — do not edit; re-run the script instead.",
        "   BIZ UD fonts (SIL OFL 1.1, static/fonts/bizud/OFL.txt) cut into WOFF2 slices by unicode-range:",
        "   a page downloads only the slices of the characters it shows. */",
    ]
    total = 0
    for family, weight, filename, local_names in FACES:
        ttf = SOURCE / filename
        cmap = set(TTFont(ttf, lazy=True).getBestCmap())
        stem = filename.removesuffix(".ttf")
        cut = slices(cmap, frequencies)
        owner = {cp: name for name, cps in cut for cp in cps}
        for name, codepoints in cut:
            target = OUT / f"{stem}.{name}.woff2"
            build_slice(ttf, codepoints, target)
            total += target.stat().st_size
            if name.startswith("r"):
                # A shorter rule: the whole span, less what other slices own (ranges stay disjoint).
                span = range(codepoints[0], codepoints[-1] + 1)
                declared = [cp for cp in span if owner.get(cp, name) == name]
            else:
                declared = codepoints
            local = ", ".join(f'local("{n}")' for n in local_names)
            rules.append(
                f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-display: swap;\n'
                f'  src: {local}, url("../fonts/web/{target.name}") format("woff2");\n'
                f"  unicode-range: {ranges(declared)}; }}"
            )
        print(f"{filename}: done ({time.monotonic() - started:.0f}s)", flush=True)
    CSS.write_text("\n".join(rules) + "\n", encoding="utf-8")
    print(
        f"{len(rules) - 3} faces, {total / 1e6:.1f} MB in {OUT.relative_to(ROOT)},",
        f"CSS {CSS.relative_to(ROOT)}",
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        FACES = [face for face in FACES if re.search(sys.argv[1], face[2])]
    sys.exit(main())
