"""The 職務経歴書 (CV) as data: title, date and name; 職務要約; 職務経歴 per job; 活かせる経験・知識・
技術; 資格; 自己PR; 「以上」. There is no official form: this is the usual layout, made from 様式2
(+ 1-1 強み等 for 自己PR, + 3-1 for 資格). The preview, the PDF, the xlsx and the docx all draw this.
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
