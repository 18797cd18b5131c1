"""The share card for SNS (table 2-19): only the three-letter interest code and the type names.

The card and its page are the same for everyone with the same code — there are 120 possible
codes — so nothing about the person (no name, no answers, no reference code, no occupations)
can travel with a shared link. The PNG (1200×630, the size SNS previews use) is drawn with Pillow
in the site's vendored BIZ UD Gothic and kept in the cache.
"""

from __future__ import annotations

import io
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .questions import RIASEC_BY_LETTER

WIDTH, HEIGHT = 1200, 630
FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts" / "bizud"
CACHE_SECONDS = 24 * 60 * 60


def valid_code(code: str) -> bool:
    return len(code) == 3 and len(set(code)) == 3 and all(letter in RIASEC_BY_LETTER for letter in code)


def type_names(code: str) -> list[str]:
    return [str(RIASEC_BY_LETTER[letter].name) for letter in code]


def share_title(code: str) -> str:
    return _("私の興味のタイプは「%(code)s」（%(names)s）") % {
        "code": code,
        "names": "・".join(type_names(code)),
    }


def share_description(code: str) -> str:
    first = RIASEC_BY_LETTER[code[0]]
    return _(
        "%(description)s ジョブ・カード作成支援サイトの自己診断で、あなたの興味のタイプも確かめてみませんか。"
    ) % {"description": first.description}


def share_png(code: str) -> bytes:
    key = f"diagnosis:share-card:{get_language()}:{code}"
    data = cache.get(key)
    if data is None:
        data = _draw(code)
        cache.set(key, data, CACHE_SECONDS)
    return data


def _font(size: int, bold: bool = True):
    from PIL import ImageFont

    name = "BIZUDPGothic-Bold.ttf" if bold else "BIZUDPGothic-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _draw(code: str) -> bytes:
    from PIL import Image, ImageDraw

    blue, light, text = (0, 49, 216), (232, 241, 254), (26, 26, 26)
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 16), fill=blue)
    draw.rectangle((0, HEIGHT - 90, WIDTH, HEIGHT), fill=light)
    draw.text((70, 60), _("私の興味のタイプ"), font=_font(44), fill=text)
    draw.text((70, 120), code, font=_font(190), fill=blue)
    x = 70
    for letter, name in zip(code, type_names(code), strict=True):
        label = f"{letter} {name}"
        draw.text((x, 360), label, font=_font(48), fill=text)
        x += draw.textlength(label, font=_font(48)) + 50
    first = RIASEC_BY_LETTER[code[0]]
    draw.text((70, 445), _wrap(str(first.description), 34), font=_font(30, bold=False), fill=text, spacing=10)
    draw.text((70, HEIGHT - 68), _("ジョブ・カード作成支援サイト ｜ 自己診断"), font=_font(34), fill=blue)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))
