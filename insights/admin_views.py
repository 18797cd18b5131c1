"""The statistics dashboard in the Wagtail admin, and its CSV export.

Only users with ``insights.view_dashboard`` (the group 「統計担当」, and superusers) may open it;
everyone else gets 403. It reads the daily roll-ups only: aggregates, never a person.
"""

from __future__ import annotations

import csv
import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from content.taxonomy import Purpose, UserType

from . import charts, figures
from .figures import Filters
from .models import Survey
from .roles import DASHBOARD_PERMISSION

MAX_DAYS = 366 * 3
NOT_CHOSEN = "none"


class DashboardFilterForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("開始日"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("日付を 2026-04-01 のような形で入力してください。")},
    )
    end = forms.DateField(
        label=gettext_lazy("終了日"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("日付を 2026-04-01 のような形で入力してください。")},
    )
    user_type = forms.ChoiceField(
        label=gettext_lazy("利用者種別"),
        required=False,
        choices=[("", gettext_lazy("すべて")), *UserType.choices, (NOT_CHOSEN, gettext_lazy("未選択"))],
        error_messages={"invalid_choice": gettext_lazy("選択肢の中から選んでください。")},
    )
    purpose = forms.ChoiceField(
        label=gettext_lazy("利用目的"),
        required=False,
        choices=[("", gettext_lazy("すべて")), *Purpose.choices, (NOT_CHOSEN, gettext_lazy("未選択"))],
        error_messages={"invalid_choice": gettext_lazy("選択肢の中から選んでください。")},
    )

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        start = data.get("start") or figures.fiscal_year_start(today)
        end = data.get("end") or today
        if "start" in data and "end" in data:
            if start > end:
                self.add_error("end", _("終了日は開始日と同じ日か、それより後の日にしてください。"))
            elif (end - start).days + 1 > MAX_DAYS:
                self.add_error("start", _("期間は3年以内にしてください。"))
        data["start"], data["end"] = start, end
        return data

    def filters(self) -> Filters:
        data = self.cleaned_data

        def persona(value):
            if not value:
                return None
            return "" if value == NOT_CHOSEN else value

        return Filters(
            data["start"], data["end"], persona(data.get("user_type")), persona(data.get("purpose"))
        )


def percent(value) -> str:
    return "" if value is None else f"{value * 100:.1f}"


def plain(value):
    """A number as a spreadsheet reads it: 3100 rather than 3100.0; one decimal otherwise."""
    if value is None:
        return ""
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


# CSV ----------------------------------------------------------------------------------------------


Table = tuple[list[str], list[list]]


def _kpi_table(f: Filters) -> Table:
    head = [_("区分"), _("指標"), _("値"), _("目標"), _("達成率（％）"), _("注記")]
    rows = [
        [
            t.kind,
            t.label,
            plain(t.value),
            plain(t.target),
            percent(t.progress),
            t.note,
        ]
        for t in figures.tiles(f)
    ]
    return head, rows


def _traffic_table(f: Filters) -> Table:
    head = [_("期間の開始日"), _("訪問者数"), _("セッション数"), _("ページビュー数")]
    rows = [
        [r["period"].isoformat(), r["visitors"], r["sessions"], r["page_views"]]
        for r in figures.traffic_series(f)
    ]
    return head, rows


def _funnel_table(f: Filters) -> Table:
    head = [
        _("様式コード"),
        _("様式"),
        *(str(label) for label in figures.FUNNEL_LABELS),
        _("訪問から保存までの割合（％）"),
    ]
    rows = [
        [r["sheet"], r["label"], *(s["count"] for s in r["stages"]), percent(r["overall"])]
        for r in figures.funnel(f)
    ]
    return head, rows


def _pages_table(f: Filters) -> Table:
    head = [
        _("ページ"),
        _("タイトル"),
        _("ページビュー"),
        _("閲覧開始"),
        _("離脱"),
        _("離脱率（％）"),
        _("直帰率（％）"),
    ]
    rows = [
        [
            r["path"],
            r["title"],
            r["views"],
            r["entrances"],
            r["exits"],
            percent(r["exit_rate"]),
            percent(r["bounce_rate"]),
        ]
        for r in figures.pages(f, limit=5000)
    ]
    return head, rows


def _satisfaction_table(f: Filters) -> Table:
    head = [_("期間の開始日"), _("回答数"), _("満足の割合（％）"), _("平均点")]
    rows = [
        [
            r["period"].isoformat(),
            r["answers"],
            percent(r["share"]),
            "" if r["average"] is None else f"{r['average']:.2f}",
        ]
        for r in figures.satisfaction_series(f)
    ]
    return head, rows


def _assistant_table(f: Filters) -> Table:
    head = [
        _("期間の開始日"),
        _("質問数"),
        _("回答できた"),
        _("回答できなかった"),
        _("役に立った"),
        _("役に立たなかった"),
    ]
    rows = [
        [
            r["period"].isoformat(),
            r["questions"],
            r["answered"],
            r["unknown"],
            r["helpful"],
            r["unhelpful"],
        ]
        for r in figures.assistant_series(f)
    ]
    return head, rows


def _channels_table(f: Filters) -> Table:
    head = [_("流入元"), _("セッション数"), _("割合（％）"), _("直帰率（％）")]
    rows = [
        [r["label"], r["sessions"], percent(r["share"]), percent(r["bounce_rate"])]
        for r in figures.channels(f)
    ]
    return head, rows


def _events_table(f: Filters) -> Table:
    head = [_("種類"), _("内訳"), _("回数"), _("人数（1日ごとの合計）")]
    rows = [[r["label"], r["detail_label"], r["count"], r["visitors"]] for r in figures.events(f)]
    return head, rows


def _surveys_table(f: Filters) -> Table:
    head = [_("アンケート"), _("答え"), _("回答数"), _("割合（％）")]
    rows = []
    for survey in (Survey.PURPOSE, Survey.DRAFT_LEFT):
        label = str(Survey(survey).label)
        rows += [
            [label, r["label"], r["count"], percent(r["share"])] for r in figures.choice_counts(f, survey)
        ]
    rows += [
        [str(Survey.SATISFACTION.label), r["label"], r["count"], ""]
        for r in figures.satisfaction_breakdown(f)["scores"]
    ]
    return head, rows


def _partners_table(f: Filters) -> Table:
    head = [
        _("日付"),
        _("連携先"),
        _("事業者"),
        _("読み取り件数"),
        _("取り込み候補の件数"),
        _("本人が取り込んだ件数"),
    ]
    rows = [
        [r["date"].isoformat(), r["client"], r["operator"], r["reads"], r["proposals"], r["imports"]]
        for r in figures.partner_use(f)
    ]
    return head, rows


# One named function per dashboard section; the order is that of the CSV links.
CSV_TABLES = {
    "kpi": _kpi_table,
    "traffic": _traffic_table,
    "funnel": _funnel_table,
    "pages": _pages_table,
    "satisfaction": _satisfaction_table,
    "assistant": _assistant_table,
    "channels": _channels_table,
    "events": _events_table,
    "partners": _partners_table,
    "surveys": _surveys_table,
}


def csv_table(section: str, f: Filters) -> Table | None:
    build = CSV_TABLES.get(section)
    return build(f) if build else None


def csv_response(section: str, f: Filters) -> HttpResponse | None:
    table = csv_table(section, f)
    if table is None:
        return None
    head, rows = table
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="insights-{section}-{f.start:%Y%m%d}-{f.end:%Y%m%d}.csv"'
    )
    response.write("\ufeff")  # so that Excel opens the Japanese text as UTF-8
    writer = csv.writer(response)
    writer.writerow(head)
    writer.writerows(rows)
    return response


# The page -----------------------------------------------------------------------------------------


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "insights/admin/dashboard.html"
    page_title = gettext_lazy("統計ダッシュボード")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = DashboardFilterForm(request.GET)
        valid = form.is_valid()
        section = request.GET.get("export")
        if valid and section:
            response = csv_response(section, form.filters())
            if response is not None:
                return response
        return self.render_to_response(self.get_context_data(form=form, valid=valid))

    def presets(self):
        today = timezone.localdate()
        fy = figures.fiscal_year_start(today)
        previous_fy = datetime.date(fy.year - 1, 4, 1)
        base = reverse("insights:dashboard")
        items = [
            (_("今年度"), fy, today),
            (_("前年度"), previous_fy, fy - datetime.timedelta(days=1)),
            (_("過去30日"), today - datetime.timedelta(days=29), today),
            (_("過去12か月"), today - datetime.timedelta(days=364), today),
        ]
        return [
            {
                "label": label,
                "url": f"{base}?{urlencode({'start': start.isoformat(), 'end': end.isoformat()})}",
            }
            for label, start, end in items
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["presets"] = self.presets()
        if not kwargs.get("valid"):
            return context
        f = kwargs["form"].filters()
        query = {
            key: value
            for key, value in {
                "start": f.start.isoformat(),
                "end": f.end.isoformat(),
                "user_type": kwargs["form"].cleaned_data.get("user_type") or "",
                "purpose": kwargs["form"].cleaned_data.get("purpose") or "",
            }.items()
            if value
        }
        traffic = figures.traffic_series(f)
        funnel = figures.funnel(f)
        page_rows = figures.pages(f)
        satisfaction = figures.satisfaction_series(f)
        assistant = figures.assistant_series(f)
        channel_rows = figures.channels(f)
        downloads = figures.totals_by(f, "download", "format")
        partner_rows = figures.partner_use(f)
        partner_totals = figures.partner_totals(partner_rows)
        context.update(
            filters=f,
            export_query=urlencode(query),
            tiles=figures.tiles(f),
            totals=figures.traffic_totals(f),
            traffic=traffic,
            traffic_chart=charts.line(
                "chart-traffic", _("訪問者数の推移"), [(r["short"], r["visitors"]) for r in traffic]
            ),
            funnel=[
                {
                    **row,
                    "chart": charts.hbar(
                        f"chart-funnel-{index}",
                        _("%(sheet)sの到達人数") % {"sheet": row["label"]},
                        [(s["label"], s["count"]) for s in row["stages"]],
                        width=420,
                        label_width=80,
                    ),
                }
                for index, row in enumerate(funnel)
            ],
            pages=page_rows,
            pages_chart=charts.hbar(
                "chart-exit",
                _("ページ別の離脱率（ページビューの多い順）"),
                [(r["title"] or r["path"], round((r["exit_rate"] or 0) * 100, 1)) for r in page_rows[:10]],
                unit="%",
                max_value=100,
                label_width=250,
                label_chars=17,
            ),
            satisfaction=satisfaction,
            satisfaction_chart=charts.line(
                "chart-satisfaction",
                _("満足度（「満足」「とても満足」の割合）の推移"),
                [
                    (r["short"], None if r["share"] is None else round(r["share"] * 100, 1))
                    for r in satisfaction
                ],
                unit="%",
                max_value=100,
            ),
            satisfaction_breakdown=figures.satisfaction_breakdown(f),
            assistant=assistant,
            assistant_chart=charts.columns(
                "chart-assistant",
                _("質問アシスタントの利用"),
                [r["short"] for r in assistant],
                [
                    (_("回答できた"), [r["answered"] for r in assistant]),
                    (_("回答できなかった"), [r["unknown"] for r in assistant]),
                ],
            ),
            channels=channel_rows,
            channels_chart=charts.hbar(
                "chart-channels",
                _("流入元別のセッション数"),
                [(r["label"], r["sessions"]) for r in channel_rows],
            ),
            sources=figures.sources(f),
            downloads=downloads,
            downloads_chart=charts.hbar(
                "chart-downloads", _("形式別のダウンロード数"), [(r["label"], r["count"]) for r in downloads]
            ),
            events=figures.events(f),
            partner_rows=partner_rows,
            partner_totals=partner_totals,
            partners_chart=charts.hbar(
                "chart-partners",
                _("連携先ごとの連携件数（読み取り・取り込み候補・取り込み）"),
                [(t["client"], t["reads"] + t["proposals"] + t["imports"]) for t in partner_totals[:10]],
                label_width=200,
                label_chars=14,
            ),
            purposes=figures.choice_counts(f, Survey.PURPOSE),
            draft_reasons=figures.choice_counts(f, Survey.DRAFT_LEFT),
            comments=figures.comments(f),
            last_rollup=figures.last_rollup(),
        )
        return context
