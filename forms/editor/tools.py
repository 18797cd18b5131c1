"""Which helper tools appear beside which boxes of a sheet (by the box, never by field name).

- 例文の自動作成 (``sentences``): every free-text box that has a flow (the tag renders nothing
  otherwise).
- 職業から選ぶ (``occupations``): task lines into 様式2's 職務内容; related qualifications as new
  rows of the table whose rows carry 免許・資格の内容等.
"""

from content.taxonomy import SheetBox

OCCUPATION_TASK_BOXES = {SheetBox.JOB_DUTIES}
OCCUPATION_QUALIFICATION_BOXES = {SheetBox.QUALIFICATION_NOTES}


def occupation_mode_for_field(spec) -> str:
    return "tasks" if spec.box in OCCUPATION_TASK_BOXES else ""


def repeat_takes_qualifications(spec) -> bool:
    return any(child.box in OCCUPATION_QUALIFICATION_BOXES for child in spec.fields)
