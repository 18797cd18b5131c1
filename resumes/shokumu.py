"""The 職務経歴書 (CV) as data: title, date and name; 職務要約; 職務経歴 per job; 活かせる経験・知識・
技術; 資格; 自己PR; 「以上」. There is no official form: this is the usual layout, made from 様式2
(+ 1-1 強み等 for 自己PR, + 3-1 for 資格).

``blocks(doc)`` is the one description of the document's layout: the blocks in order, with their
words and which of them appear. The PDF (``outputs/typst/shokumu.typ``), the xlsx
(``resumes.xlsx``), the docx (``resumes.word``) and the page's text version
(``templates/resumes/includes/shokumu_sheet.html``) each draw these blocks and decide nothing else.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from . import mapping
from .dates import Calendar, format_date, format_year_month
from .mapping import SourceRow
from .options import ShokumuChoices
from .sources import Basics


@dataclass(frozen=True)
class Job:
    period: str  # 「2015年4月～2020年3月」 / 「2020年4月～現在」
    company: str
    department: str
    employment: str
    duties: str
    learnings: str

    @property
    def details(self) -> str:
        return "　".join(p for p in (self.department, self.employment) if p)


@dataclass(frozen=True)
class Licence:
    date: str  # 「2019年11月」
    name: str


@dataclass
class Shokumu:
    date_text: str  # 「2025年6月15日現在」
    name: str
    summary: str
    jobs: list[Job]
    skills: str
    licences: list[Licence]
    pr: str
    sources: dict[str, list[SourceRow]] = field(default_factory=dict)


def labels() -> dict[str, str]:
    """The 職務経歴書's headings and fixed words, the same in every writer (the PDF, the xlsx, the
    docx; the preview template spells the same strings), in Japanese as the document is."""
    with translation.override("ja"):
        return {
            "title": _("職務経歴書"),
            "name": _("氏名"),
            "summary": _("■職務要約"),
            "jobs": _("■職務経歴"),
            "details": _("所属・雇用形態"),
            "duties": _("職務内容"),
            "learnings": _("学んだこと、得られた知識・技能等"),
            "no_jobs": _("記載する職務経歴はありません。"),
            "skills": _("■活かせる経験・知識・技術"),
            "licences": _("■資格"),
            "no_licences": _("特になし"),
            "pr": _("■自己PR"),
            "end": _("以上"),
        }


@dataclass(frozen=True)
class Block:
    """One block of the 職務経歴書, top to bottom. ``kind`` is one of:

    - ``title`` (``text``), ``meta`` (``lines``: the date, then 「氏名　…」, set to the right);
    - ``heading`` (``text``: 「■職務要約」…), ``box`` (``text`` in a ruled box, line breaks kept);
    - ``job`` (``text``: 「period　company」 as the table's head; ``rows``: (label, value) pairs,
      only those with a value);
    - ``table`` (``rows``: (date, licence) pairs), ``note`` (``text``: 「特になし」…);
    - ``end`` (``text``: 「以上」, set to the right).
    """

    kind: str
    text: str = ""
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "lines": list(self.lines),
            "rows": [list(r) for r in self.rows],
        }


def blocks(doc: Shokumu) -> list[Block]:
    """The document's layout (see ``Block``): every writer draws this list."""
    words = labels()
    out = [
        Block("title", words["title"]),
        Block("meta", lines=(doc.date_text, f"{words['name']}　{doc.name}")),
        Block("heading", words["summary"]),
        Block("box", doc.summary or ""),
        Block("heading", words["jobs"]),
    ]
    for job in doc.jobs:
        rows = (
            (words["details"], job.details),
            (words["duties"], job.duties),
            (words["learnings"], job.learnings),
        )
        head = "　".join(p for p in (job.period, job.company) if p)
        out.append(Block("job", head, rows=tuple((label, value) for label, value in rows if value)))
    if not doc.jobs:
        out.append(Block("note", words["no_jobs"]))
    if doc.skills:
        out += [Block("heading", words["skills"]), Block("box", doc.skills)]
    out.append(Block("heading", words["licences"]))
    if doc.licences:
        out.append(Block("table", rows=tuple((licence.date, licence.name) for licence in doc.licences)))
    else:
        out.append(Block("note", words["no_licences"]))
    out += [Block("heading", words["pr"]), Block("box", doc.pr or ""), Block("end", words["end"])]
    return out


def available_rows(sheets: dict[str, dict]) -> dict[str, list[SourceRow]]:
    return {
        "jobs": mapping.rows(sheets, mapping.JOBS),
        "licences": mapping.rows(sheets, mapping.QUALIFICATIONS),
    }


def _period(row: SourceRow, calendar: Calendar) -> str:
    start = format_year_month(row.start, calendar)
    end = format_year_month(row.end, calendar, present=_("現在"))
    if start and end:
        return f"{start}～{end}"
    return f"{start}～" if start else (f"～{end}" if end else "")


def _job(row: SourceRow, calendar: Calendar, learnings: bool) -> Job:
    return Job(
        period=_period(row, calendar),
        company=row.title,
        department=row.get(mapping.JOB_DEPARTMENT).strip(),
        employment=mapping.employment_label(row),
        duties=mapping.row_box_text(row, mapping.JOB_DUTIES_BOX),
        learnings=mapping.row_box_text(row, mapping.JOB_LEARNINGS_BOX) if learnings else "",
    )


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find("。")
    return text[: end + 1] if end >= 0 else text


def default_summary(sheets: dict[str, dict], calendar: Calendar = Calendar.SEIREKI) -> str:
    """A first 職務要約 made from 様式2: one sentence per job, then the sheet's 補足."""
    with translation.override("ja"):
        sentences = []
        for row in mapping.rows(sheets, mapping.JOBS):
            start = format_year_month(row.start, calendar)
            end = format_year_month(row.end, calendar, present=_("現在"))
            details = "、".join(
                p for p in (row.get(mapping.JOB_DEPARTMENT).strip(), mapping.employment_label(row)) if p
            )
            where = row.title + (f"（{details}）" if details else "")
            if start and end:
                sentence = _("%(start)sから%(end)sまで、%(where)sに勤務。") % {
                    "start": start,
                    "end": end,
                    "where": where,
                }
            elif start:
                sentence = _("%(start)sから%(where)sに勤務。") % {"start": start, "where": where}
            else:
                sentence = _("%(where)sに勤務。") % {"where": where}
            duties = _first_sentence(mapping.row_box_text(row, mapping.JOB_DUTIES_BOX))
            sentences.append(sentence + duties)
        supplement = mapping.work_supplement(sheets)
        return "\n".join([*sentences, supplement] if supplement else sentences)


def default_pr(sheets: dict[str, dict]) -> str:
    return mapping.strengths(sheets)


def build(
    basics: Basics, sheets: dict[str, dict], choices: ShokumuChoices, *, today: datetime.date
) -> Shokumu:
    with translation.override("ja"):
        calendar = choices.calendar
        basics = basics.with_overrides(choices.basics)
        available = available_rows(sheets)
        jobs = [
            _job(r, calendar, choices.include_learnings)
            for r in available["jobs"]
            if choices.rows.includes(r)
        ]
        licences = [
            Licence(format_year_month(r.start, calendar), _licence_name(r))
            for r in available["licences"]
            if choices.rows.includes(r)
        ]
        return Shokumu(
            date_text=_("%(date)s現在") % {"date": format_date(choices.date_on(today), calendar)},
            name=basics.name,
            summary=choices.summary if choices.summary is not None else default_summary(sheets, calendar),
            jobs=jobs,
            skills=choices.skills,
            licences=licences,
            pr=choices.pr if choices.pr is not None else default_pr(sheets),
            sources=available,
        )


def _licence_name(row: SourceRow) -> str:
    wording = mapping.QUALIFICATION_WORDING
    word = str(wording.end.get(row.status, wording.end_default))
    return f"{row.title}　{word}" if word else row.title
