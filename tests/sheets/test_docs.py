"""docs/data-definitions.md is generated from the definitions and committed up to date."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sheets.docs import render

DOC = Path(settings.BASE_DIR) / "docs" / "data-definitions.md"


def test_committed_file_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/data-definitions.md is out of date: run `python manage.py write_data_definitions`"
    )


def test_command_writes_and_checks(tmp_path):
    target = tmp_path / "data-definitions.md"
    with pytest.raises(CommandError):
        call_command("write_data_definitions", "--check", output=str(target))
    call_command("write_data_definitions", output=str(target))
    assert target.read_text(encoding="utf-8") == render()
    call_command("write_data_definitions", "--check", output=str(target))


def test_docs_name_every_sheet_and_box():
    text = render()
    for code in ("1-1", "1-2", "2", "3-1", "3-2", "3-3-1-1", "3-3-4"):
        assert f"`{code}` version 2018.1" in text
    assert "`jobs.*.period_to`" in text
    assert "| `strengths` | 強み等 | textarea | ≤ 1000 chars | person | `strengths` |" in text
    assert "本人同意済み" in text
