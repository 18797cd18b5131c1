"""The web fonts: small WOFF2 slices by unicode-range for the site, the TTFs kept for the PDFs."""

import re
from pathlib import Path

from outputs import html_pdf as pdf

STATIC = Path(__file__).resolve().parents[1] / "static"


def test_site_css_uses_woff2_slices_with_swap_and_every_file_exists():
    site = (STATIC / "css" / "site.css").read_text()
    assert '@import url("fonts.css");' in site and ".ttf" not in site
    css = (STATIC / "css" / "fonts.css").read_text()
    faces = re.findall(r"@font-face \{(.*?)\}", css, re.S)
    assert len(faces) > 20
    for face in faces:
        assert "font-display: swap" in face and "unicode-range: U+" in face
        (url,) = re.findall(r'url\("\.\./fonts/web/([^"]+\.woff2)"\)', face)
        assert (STATIC / "fonts" / "web" / url).stat().st_size < 400_000, url
    # The slices of one face never overlap: a character loads one file.
    regular = [f for f in faces if '"BIZ UDPGothic"; font-weight: 400' in f]
    seen: set[int] = set()
    for face in regular:
        (ranges,) = re.findall(r"unicode-range: ([^;]+);", face)
        for part in ranges.split(","):
            lo, _, hi = part.removeprefix("U+").partition("-")
            cps = set(range(int(lo, 16), int(hi or lo, 16) + 1))
            assert not cps & seen, part
            seen |= cps
    assert {ord(c) for c in "ジョブ・カード作成支援サイトAa"} <= seen


def test_the_pdf_renderers_still_have_their_ttfs():
    assert pdf.FONT_DIR == "/static/fonts/bizud/"
    for _family, _weight, filename in pdf._FACES:
        assert filename in pdf.FONT_CSS
        assert (STATIC / "fonts" / "bizud" / filename).stat().st_size > 1_000_000
