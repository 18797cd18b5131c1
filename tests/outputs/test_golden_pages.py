"""Golden images: the first page of each form, rendered to PNG by Typst from fixed data, compared
with a stored picture within a tolerance (a change of layout fails; a stray pixel does not).

To accept a deliberate change of layout, run
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/outputs/test_golden_pages.py``: it writes the new
pictures into ``tests/outputs/golden/`` (look at them before committing).
"""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from outputs import typst_render
from outputs.exports import pdf_data
from outputs.selection import SheetPick
from sheets.definitions import get_definition
from sheets.examples import GOOD
from sheets.services import tidy
from sheets.validation import validate

GOLDEN = Path(__file__).parent / "golden"
PPI = 30
PROFILE = [
    ("name", "氏名", "山田 花子"),
    ("name_kana", "ふりがな", "やまだ はなこ"),
    ("birth_date", "生年月日", "1990年4月1日"),
    ("address", "住所", "〒100-0013 東京都千代田区霞が関1-2-2"),
    ("email", "E-mail", "hanako@example.jp"),
]
# Mean difference per channel (0–255) and share of pixels that differ by more than 64.
MAX_MEAN = 1.5
MAX_CHANGED = 0.01


def _pick(code):
    definition = get_definition(code)
    result = validate(definition, GOOD[code])
    return SheetPick(definition=definition, data=tidy(definition, result.data))


def _rirekisho():
    from resumes import pdf, rirekisho
    from resumes.options import RirekishoChoices
    from resumes.samples import small_sheets
    from resumes.sources import Basics

    basics = Basics(last_name="山田", first_name="花子", last_name_kana="やまだ", first_name_kana="はなこ")
    doc = rirekisho.build(basics, small_sheets(), RirekishoChoices(), today=datetime.date(2025, 6, 15))
    return "rirekisho", pdf.rirekisho_data(doc)


def _shokumu():
    from resumes import pdf, shokumu
    from resumes.options import ShokumuChoices
    from resumes.samples import small_sheets
    from resumes.sources import Basics

    basics = Basics(last_name="山田", first_name="花子")
    doc = shokumu.build(basics, small_sheets(), ShokumuChoices(), today=datetime.date(2025, 6, 15))
    return "shokumu", pdf.shokumu_data(doc)


DOCUMENTS = {
    "card-1-1": lambda: ("card", pdf_data([_pick("1-1")], PROFILE)),
    "card-2": lambda: ("card", pdf_data([_pick("2")], PROFILE)),
    "card-3-3-1-1": lambda: ("card", pdf_data([_pick("3-3-1-1")], PROFILE)),
    "blank-1-1": lambda: ("card", pdf_data([SheetPick(definition=get_definition("1-1"))], [], blank=True)),
    "rirekisho": _rirekisho,
    "shokumu": _shokumu,
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_first_page_matches_its_golden_image(name):
    template, data = DOCUMENTS[name]()
    page = Image.open(io.BytesIO(typst_render.render(template, data, fmt="png", ppi=PPI)[0])).convert("RGB")
    path = GOLDEN / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"no golden image {path.name}: run with UPDATE_GOLDEN=1 and look at it")
        page.save(path, optimize=True)
        return
    golden = Image.open(path).convert("RGB")
    assert page.size == golden.size, (page.size, golden.size)
    diff = ImageChops.difference(page, golden)
    mean = sum(ImageStat.Stat(diff).mean) / 3
    changed = sum(diff.convert("L").histogram()[65:]) / (page.size[0] * page.size[1])
    assert mean <= MAX_MEAN and changed <= MAX_CHANGED, (name, round(mean, 2), round(changed, 4))
