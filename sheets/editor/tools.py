"""Which helper tools appear beside which boxes of a sheet (by the box, never by field name).

- 例文の自動作成 (``sentences``): every free-text box that has a flow (the tag renders nothing
  otherwise).
- 職業から選ぶ (``occupations``): task lines into 様式2's 職務内容; related qualifications as new
  rows of the table whose rows carry 免許・資格の内容等, each name into the row's ``name`` column
  (the repeat section carries ``data-qualification-field``; the script addresses the input by name).
"""

from content.taxonomy import SheetBox

OCCUPATION_TASK_BOXES = {SheetBox.JOB_DUTIES}
OCCUPATION_QUALIFICATION_BOXES = {SheetBox.QUALIFICATION_NOTES}


def occupation_mode_for_field(spec) -> str:
    return "tasks" if spec.box in OCCUPATION_TASK_BOXES else ""


QUALIFICATION_NAME_KEY = "name"  # the column a chosen qualification's name goes into


def repeat_takes_qualifications(spec) -> bool:
    return any(child.box in OCCUPATION_QUALIFICATION_BOXES for child in spec.fields) and any(
        child.key == QUALIFICATION_NAME_KEY for child in spec.fields
    )
