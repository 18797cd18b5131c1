"""Every figure on the dashboard, computed from the daily roll-ups (never from raw events).

Definitions are in docs/statistics.md; the functions below are their only implementation, and the
CSV export calls the same functions. ``Filters`` holds the date range and the persona: ``None``
means "all", ``""`` means "not chosen".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db.models import F, Max, Q, Sum
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.taxonomy import Purpose, Sheet, UserType

from .events import decode_attributes
from .models import (
    ALL,
    Channel,
    DailyAssistant,
    DailyChannel,
    DailyCreators,
    DailyEvent,
    DailyFunnel,
    DailyPage,
    DailySurvey,
    DailyTraffic,
    Metric,
    PaperCount,
    Placement,
    RollupDay,
    Survey,
    SurveyResponse,
    Target,
)
from .surveys import DRAFT_REASONS, PURPOSES_OF_USE, SATISFIED_MIN, SCORES

EVENT_LABELS = {
    "sheet_started": gettext_lazy("様式の記入開始"),
    "sheet_draft": gettext_lazy("初めての下書き"),
    "sheet_saved": gettext_lazy("初めての保存"),
    "sheet_updated": gettext_lazy("保存済みの様式の更新"),
    "download": gettext_lazy("ダウンロード"),
    "upload": gettext_lazy("アップロード（読み込み）"),
    "diagnosis_completed": gettext_lazy("自己診断の完了"),
    "assistant_used": gettext_lazy("質問アシスタントの利用"),
    "signup": gettext_lazy("新規登録"),
    "login": gettext_lazy("ログイン"),
    "outbound": gettext_lazy("連携システムへの移動"),
    "share_created": gettext_lazy("支援者との共有（コード発行）"),
    "share_stopped": gettext_lazy("支援者との共有の終了"),
    "share_received": gettext_lazy("支援者による共有の受け取り"),
    "supporter_wrote": gettext_lazy("支援者による記入"),
    "supporter_commented": gettext_lazy("支援者によるコメント"),
    "posting_created": gettext_lazy("企業による求人の作成"),
    "offer_sent": gettext_lazy("企業からのスカウト"),
    "matching_ai_proposed": gettext_lazy("AIによる職業の推定"),
    "offer_answered": gettext_lazy("スカウトへの返事"),
    "offer_blocked": gettext_lazy("スカウトを受け取らない企業の指定"),
}
VALUE_LABELS = {
    "password": gettext_lazy("メールアドレスとパスワード"),
    "mynaportal": gettext_lazy("マイナポータル"),
    "rirekisho": gettext_lazy("履歴書"),
    "shokumu": gettext_lazy("職務経歴書"),
    "card": gettext_lazy("ジョブ・カード（全様式）"),
    "interest": gettext_lazy("興味"),
    "values": gettext_lazy("価値観"),
    "strengths": gettext_lazy("強み"),
    "hellowork": gettext_lazy("ハローワークインターネットサービス"),
    "jobtag": gettext_lazy("job tag（職業情報提供サイト）"),
    "accepted": gettext_lazy("承諾"),
    "declined": gettext_lazy("辞退"),
    "published": gettext_lazy("公開"),
    "review": gettext_lazy("審査中"),
    "true": gettext_lazy("はい"),
    "false": gettext_lazy("いいえ"),
}
FUNNEL_LABELS = (
    gettext_lazy("訪問"),
    gettext_lazy("記入開始"),
    gettext_lazy("下書き"),
    gettext_lazy("保存"),
)
SHEET_LABELS = {code: label for code, label in Sheet.choices}


def sheet_label(code: str) -> str:
    return str(SHEET_LABELS.get(code, _("様式%(code)s") % {"code": code}))


def value_label(key: str, value: str) -> str:
    if key in ("sheet", "document") and value not in VALUE_LABELS:
        return _("様式%(code)s") % {"code": value}
    if key == "format":
        return "JSON Resume" if value == "jsonresume" else value.upper()
    return str(VALUE_LABELS.get(value, value))


def detail_label(detail: str) -> str:
    parts = decode_attributes(detail)
    return " / ".join(value_label(key, value) for key, value in parts.items()) or "—"


def ratio(part, whole) -> float | None:
    return None if not whole else part / whole


def fiscal_year_start(day: datetime.date) -> datetime.date:
    return datetime.date(day.year if day.month >= 4 else day.year - 1, 4, 1)


@dataclass(frozen=True)
class Filters:
    start: datetime.date
    end: datetime.date
    user_type: str | None = None
    purpose: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def persona_filtered(self) -> bool:
        return self.user_type is not None or self.purpose is not None

    def q(self, day_field: str = "day") -> Q:
        q = Q(**{f"{day_field}__gte": self.start, f"{day_field}__lte": self.end})
        if self.user_type is not None:
            q &= Q(user_type=self.user_type)
        if self.purpose is not None:
            q &= Q(purpose=self.purpose)
        return q

    def range_q(self, day_field: str = "day") -> Q:
        return Q(**{f"{day_field}__gte": self.start, f"{day_field}__lte": self.end})

    @property
    def bucket(self) -> str:
        if self.days <= 31:
            return "day"
        if self.days <= 190:
            return "week"
        return "month"

    def persona_label(self) -> str:
        parts = []
        if self.user_type is not None:
            parts.append(str(dict(UserType.choices).get(self.user_type, _("未選択"))))
        if self.purpose is not None:
            parts.append(str(dict(Purpose.choices).get(self.purpose, _("未選択"))))
        return "・".join(parts) or _("すべての利用者")


# Periods ------------------------------------------------------------------------------------------


def periods(f: Filters) -> list[datetime.date]:
    """The first day of each period in the range (day, ISO week from Monday, or month)."""
    out = []
    if f.bucket == "day":
        day = f.start
        while day <= f.end:
            out.append(day)
            day += datetime.timedelta(days=1)
    elif f.bucket == "week":
        day = f.start - datetime.timedelta(days=f.start.weekday())
        while day <= f.end:
            out.append(day)
            day += datetime.timedelta(days=7)
    else:
        day = f.start.replace(day=1)
        while day <= f.end:
            out.append(day)
            day = (day + datetime.timedelta(days=32)).replace(day=1)
    return out


def period_label(f: Filters, day: datetime.date) -> str:
    if f.bucket == "day":
        return f"{day.month}/{day.day}"
    if f.bucket == "week":
        return _("%(m)d/%(d)d週") % {"m": day.month, "d": day.day}
    return _("%(y)d年%(m)d月") % {"y": day.year, "m": day.month}


def period_short(f: Filters, day: datetime.date) -> str:
    """A short label for a chart axis."""
    if f.bucket == "month":
        return _("%(m)d月") % {"m": day.month}
    return f"{day.month}/{day.day}"


def _by_period(f: Filters, queryset, day_field: str = "day"):
    if f.bucket == "day":
        return queryset.annotate(period=F(day_field))
    trunc = TruncWeek if f.bucket == "week" else TruncMonth
    return queryset.annotate(period=trunc(day_field))


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


# Tiles ------------------------------------------------------------------------------------------


def onsite_creators(f: Filters) -> int:
    return DailyCreators.objects.filter(f.q()).aggregate(n=Sum("creators"))["n"] or 0


def paper_creators(f: Filters) -> float:
    """Paper counts of the months the range touches; a month partly in range counts by its share of days."""
    total = 0.0
    first_month = f.start.replace(day=1)
    for row in PaperCount.objects.filter(month__gte=first_month, month__lte=f.end):
        month_end = (row.month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        overlap = (min(month_end, f.end) - max(row.month, f.start)).days + 1
        if overlap > 0:
            total += row.count * overlap / month_end.day
    return total


def _scores(queryset) -> dict:
    """answers, satisfied, share and average from DailySurvey rows of the satisfaction survey."""
    answers = satisfied = points = 0
    for score, count in queryset.values_list("score").annotate(n=Sum("answers")).order_by():
        if score is None:
            continue
        answers += count
        points += score * count
        if score >= SATISFIED_MIN:
            satisfied += count
    return {
        "answers": answers,
        "satisfied": satisfied,
        "share": ratio(satisfied, answers),
        "average": ratio(points, answers),
    }


def _satisfaction(f: Filters):
    return DailySurvey.objects.filter(f.q(), survey=Survey.SATISFACTION)


def satisfaction_totals(f: Filters) -> dict:
    return _scores(_satisfaction(f))


def traffic_totals(f: Filters) -> dict:
    row = DailyTraffic.objects.filter(f.q()).aggregate(
        visitors=Sum("visitors"),
        sessions=Sum("sessions"),
        page_views=Sum("page_views"),
        bounces=Sum("bounces"),
    )
    row = {key: value or 0 for key, value in row.items()}
    row["bounce_rate"] = ratio(row["bounces"], row["sessions"])
    row["pages_per_session"] = ratio(row["page_views"], row["sessions"])
    return row


def targets() -> dict[str, Decimal]:
    return dict(Target.objects.values_list("metric", "value"))


@dataclass
class Tile:
    key: str
    kind: str  # "KGI" or "KPI"
    label: str
    value: float | None
    display: str
    target: float | None = None
    target_display: str = ""
    progress: float | None = None  # value / target (1.0 = on target)
    note: str = ""

    @property
    def met(self) -> bool | None:
        return None if self.progress is None else self.progress >= 1

    @property
    def bar_percent(self) -> int:
        return 0 if self.progress is None else min(100, round(self.progress * 100))


def _count_tile(key, kind, label, value, annual_target, f: Filters, note="") -> Tile:
    tile = Tile(key, kind, label, value, f"{round(value):,}", note=note)
    if annual_target:
        target = float(annual_target) * f.days / 365
        tile.target = target
        tile.target_display = _("%(target)s（年間%(annual)s）") % {
            "target": f"{round(target):,}",
            "annual": f"{round(float(annual_target)):,}",
        }
        tile.progress = value / target if target else None
    return tile


def _share_tile(key, kind, label, share, target_percent, note="") -> Tile:
    value = None if share is None else share * 100
    tile = Tile(key, kind, label, value, "—" if value is None else f"{value:.1f}%", note=note)
    if target_percent:
        tile.target = float(target_percent)
        tile.target_display = f"{float(target_percent):.0f}%"
        tile.progress = None if value is None else value / float(target_percent)
    return tile


def tiles(f: Filters) -> list[Tile]:
    goal = targets()
    onsite = onsite_creators(f)
    paper = 0.0 if f.persona_filtered else paper_creators(f)
    satisfaction = satisfaction_totals(f)
    traffic = traffic_totals(f)
    paper_note = (
        _("利用者種別・利用目的で絞り込んでいるため、紙の作成者数は含みません。")
        if f.persona_filtered
        else _("サイトで作成 %(onsite)s 人 ＋ 紙で作成 %(paper)s 人")
        % {"onsite": f"{onsite:,}", "paper": f"{round(paper):,}"}
    )
    out = [
        _count_tile(
            "creators", "KGI", _("作成者数"), onsite + paper, goal.get(Metric.CREATORS), f, paper_note
        ),
        _share_tile(
            "satisfaction",
            "KGI",
            _("満足度"),
            satisfaction["share"],
            goal.get(Metric.SATISFACTION),
            _("回答 %(n)s 件のうち「満足」「とても満足」の割合") % {"n": f"{satisfaction['answers']:,}"},
        ),
        _count_tile(
            "unique_visitors",
            "KPI",
            _("ユニークユーザー数"),
            traffic["visitors"],
            goal.get(Metric.UNIQUE_VISITORS),
            f,
            _("1日ごとの訪問者数の合計"),
        ),
        _count_tile(
            "onsite_creators",
            "KPI",
            _("サイトでの作成者数"),
            onsite,
            goal.get(Metric.ONSITE_CREATORS),
            f,
            _("初めて様式を保存したジョブ・カードの数"),
        ),
    ]
    out.append(supporters_tile(f))
    if not f.persona_filtered:
        out.append(
            _share_tile(
                "onsite_share",
                "KPI",
                _("サイトで作成した割合"),
                ratio(onsite, onsite + paper),
                goal.get(Metric.ONSITE_SHARE),
                _("作成者数のうちサイトで作成した人の割合"),
            )
        )
    return out


def _event_count(f: Filters, name: str) -> int:
    return DailyEvent.objects.filter(f.q(), name=name).aggregate(n=Sum("count"))["n"] or 0


def supporters_tile(f: Filters) -> Tile:
    """支援者: shares that reached a supporter in the period, with what supporters wrote (#15 item 6)."""
    received = _event_count(f, "share_received")
    by_kind = {row["value"]: row["count"] for row in totals_by(f, "share_received", "kind")}
    kinds = "／".join(
        f"{label} {by_kind.get(kind, 0):,}"
        for kind, label in (
            ("consultant", _("キャリアコンサルタント")),
            ("school", _("学校")),
            ("company", _("企業・訓練実施機関")),
        )
    )
    note = _("共有コードの発行 %(created)s 件、支援者による記入 %(wrote)s 件（受け取り：%(kinds)s）") % {
        "created": f"{_event_count(f, 'share_created'):,}",
        "wrote": f"{_event_count(f, 'supporter_wrote'):,}",
        "kinds": kinds,
    }
    return Tile("supporters", _("利用状況"), _("支援者との共有"), received, f"{received:,}", note=note)


# Sections -----------------------------------------------------------------------------------------


def traffic_series(f: Filters) -> list[dict]:
    rows = (
        _by_period(f, DailyTraffic.objects.filter(f.q()))
        .values("period")
        .annotate(visitors=Sum("visitors"), sessions=Sum("sessions"), page_views=Sum("page_views"))
        .order_by()
    )
    found = {_as_date(row["period"]): row for row in rows}
    return [
        {
            "period": day,
            "label": period_label(f, day),
            "short": period_short(f, day),
            "visitors": found.get(day, {}).get("visitors", 0) or 0,
            "sessions": found.get(day, {}).get("sessions", 0) or 0,
            "page_views": found.get(day, {}).get("page_views", 0) or 0,
        }
        for day in periods(f)
    ]


def funnel(f: Filters) -> list[dict]:
    rows = {
        row["sheet"]: row
        for row in DailyFunnel.objects.filter(f.q())
        .values("sheet")
        .annotate(visited=Sum("visited"), started=Sum("started"), drafted=Sum("drafted"), saved=Sum("saved"))
        .order_by()
    }
    codes = list(Sheet.values) + sorted(code for code in rows if code not in Sheet.values)
    out = []
    for code in codes:
        row = rows.get(code, {})
        counts = [row.get(stage, 0) or 0 for stage in ("visited", "started", "drafted", "saved")]
        stages = []
        for index, (label, count) in enumerate(zip(FUNNEL_LABELS, counts, strict=True)):
            previous = counts[index - 1] if index else None
            rate = ratio(count, previous) if index else None
            stages.append(
                {
                    "label": str(label),
                    "count": count,
                    "rate": rate,
                    "drop": None if rate is None else 1 - rate,
                }
            )
        out.append(
            {
                "sheet": code,
                "label": sheet_label(code),
                "stages": stages,
                "overall": ratio(counts[3], counts[0]),
            }
        )
    return out


def page_titles(paths) -> dict[str, str]:
    """Titles of the site's pages by address (cached for ten minutes)."""
    titles = cache.get("insights:page-titles")
    if titles is None:
        from wagtail.models import Page

        titles = {}
        for page in Page.objects.live().filter(depth__gt=1).only("id", "title", "url_path", "depth"):
            url = page.get_url() or ""
            if url.startswith("/"):
                titles[url] = page.title
        cache.set("insights:page-titles", titles, 600)
    return {path: titles.get(path, "") for path in paths}


def pages(f: Filters, limit: int | None = 20) -> list[dict]:
    # DailyPage is a cube: read the rows of exactly this filter ("*" = any), never a sum of personas.
    persona = Q(
        user_type=ALL if f.user_type is None else f.user_type, purpose=ALL if f.purpose is None else f.purpose
    )
    rows = list(
        DailyPage.objects.filter(f.range_q(), persona)
        .values("path")
        .annotate(views=Sum("views"), entrances=Sum("entrances"), exits=Sum("exits"), bounces=Sum("bounces"))
        .order_by("-views", "path")[:limit]
    )
    titles = page_titles([row["path"] for row in rows])
    for row in rows:
        row["title"] = titles.get(row["path"], "")
        row["exit_rate"] = ratio(row["exits"], row["views"])
        row["bounce_rate"] = ratio(row["bounces"], row["entrances"])
    return rows


def satisfaction_series(f: Filters) -> list[dict]:
    per_period: dict = {}
    for period, score, count in (
        _by_period(f, _satisfaction(f)).values_list("period", "score").annotate(n=Sum("answers")).order_by()
    ):
        per_period.setdefault(_as_date(period), []).append((score, count))
    out = []
    for day in periods(f):
        rows = [(score, count) for score, count in per_period.get(day, []) if score is not None]
        answers = sum(count for _score, count in rows)
        satisfied = sum(count for score, count in rows if score >= SATISFIED_MIN)
        out.append(
            {
                "period": day,
                "label": period_label(f, day),
                "short": period_short(f, day),
                "answers": answers,
                "share": ratio(satisfied, answers),
                "average": ratio(sum(score * count for score, count in rows), answers),
            }
        )
    return out


def satisfaction_breakdown(f: Filters) -> dict:
    base = _satisfaction(f)
    scores = dict(base.values_list("score").annotate(n=Sum("answers")).order_by())
    placements = dict(base.values_list("placement").annotate(n=Sum("answers")).order_by())
    return {
        "scores": [
            {"score": score, "label": str(label), "count": scores.get(score, 0)} for score, label in SCORES
        ],
        "placements": [
            {"placement": code, "label": str(label), "count": placements.get(code, 0)}
            for code, label in Placement.choices
        ],
    }


def choice_counts(f: Filters, survey: str) -> list[dict]:
    choices = PURPOSES_OF_USE if survey == Survey.PURPOSE else DRAFT_REASONS
    found = dict(
        DailySurvey.objects.filter(f.q(), survey=survey)
        .values_list("choice")
        .annotate(n=Sum("answers"))
        .order_by()
    )
    total = sum(found.values())
    return [
        {
            "choice": code,
            "label": str(label),
            "count": found.get(code, 0),
            "share": ratio(found.get(code, 0), total),
        }
        for code, label in choices
    ]


def comments(f: Filters, limit: int = 20) -> list[dict]:
    rows = (
        SurveyResponse.objects.filter(f.q("answered_on"))
        .exclude(comment="")
        .order_by("-answered_on", "-id")
        .values("survey", "answered_on", "score", "choice", "comment")[:limit]
    )
    return [{**row, "survey_label": str(Survey(row["survey"]).label), "answer": _answer(row)} for row in rows]


def _answer(row) -> str:
    from .surveys import answer_label

    if row["survey"] == Survey.SATISFACTION:
        return answer_label(row["survey"], row["score"])
    return answer_label(row["survey"], row["choice"])


def assistant_series(f: Filters) -> list[dict]:
    rows = (
        _by_period(f, DailyAssistant.objects.filter(f.range_q()))
        .values("period")
        .annotate(
            n_unknown=Sum("questions", filter=Q(outcome="unknown")),
            n_questions=Sum("questions"),
            n_helpful=Sum("helpful"),
            n_unhelpful=Sum("unhelpful"),
        )
        .order_by()
    )
    found = {_as_date(row["period"]): row for row in rows}
    out = []
    for day in periods(f):
        row = found.get(day, {})
        questions = row.get("n_questions") or 0
        unknown = row.get("n_unknown") or 0
        out.append(
            {
                "period": day,
                "label": period_label(f, day),
                "short": period_short(f, day),
                "questions": questions,
                "answered": questions - unknown,
                "unknown": unknown,
                "helpful": row.get("n_helpful") or 0,
                "unhelpful": row.get("n_unhelpful") or 0,
            }
        )
    return out


def channels(f: Filters) -> list[dict]:
    rows = {
        row["channel"]: row
        for row in DailyChannel.objects.filter(f.q())
        .values("channel")
        .annotate(sessions=Sum("sessions"), bounces=Sum("bounces"))
        .order_by()
    }
    total = sum(row["sessions"] or 0 for row in rows.values())
    out = []
    for code, label in Channel.choices:
        row = rows.get(code, {})
        sessions = row.get("sessions") or 0
        out.append(
            {
                "channel": code,
                "label": str(label),
                "sessions": sessions,
                "share": ratio(sessions, total),
                "bounce_rate": ratio(row.get("bounces") or 0, sessions),
            }
        )
    return out


def sources(f: Filters, limit: int = 10) -> list[dict]:
    rows = (
        DailyChannel.objects.filter(f.q())
        .exclude(source="")
        .values("channel", "source")
        .annotate(sessions=Sum("sessions"))
        .order_by("-sessions", "source")[:limit]
    )
    labels = dict(Channel.choices)
    return [{**row, "channel_label": str(labels.get(row["channel"], row["channel"]))} for row in rows]


def partner_use(f: Filters) -> list[dict]:
    """連携件数 (#18 item 7): per partner service and day, the API reads, the proposals it sent and the
    proposals people took in (``partners.PartnerDailyUse``; counts only, no person). The persona filters
    do not apply: a partner's call says nothing about who the person is."""
    from django.apps import apps

    if not apps.is_installed("partners"):
        return []
    from partners.models import PartnerDailyUse

    rows = (
        PartnerDailyUse.objects.filter(date__gte=f.start, date__lte=f.end)
        .select_related("client")
        .order_by("-date", "client__name", "client_id")
    )
    return [
        {
            "date": row.date,
            "client": row.client.name,
            "operator": getattr(row.client, "operator", ""),
            "reads": row.reads,
            "proposals": row.proposals,
            "imports": row.imports,
            "total": row.reads + row.proposals + row.imports,
        }
        for row in rows
    ]


def partner_totals(rows: list[dict]) -> list[dict]:
    """The same counts per partner service over the period, busiest first."""
    totals: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (row["client"], row["operator"])
        total = totals.setdefault(
            key,
            {"client": row["client"], "operator": row["operator"], "reads": 0, "proposals": 0, "imports": 0},
        )
        for column in ("reads", "proposals", "imports"):
            total[column] += row[column]
    return sorted(totals.values(), key=lambda t: (-(t["reads"] + t["proposals"] + t["imports"]), t["client"]))


def events(f: Filters) -> list[dict]:
    rows = (
        DailyEvent.objects.filter(f.q())
        .values("name", "detail")
        .annotate(count=Sum("count"), visitors=Sum("visitors"))
        .order_by("name", "-count", "detail")
    )
    order = {name: index for index, name in enumerate(EVENT_LABELS)}
    out = [
        {
            **row,
            "label": str(EVENT_LABELS.get(row["name"], row["name"])),
            "detail_label": detail_label(row["detail"]),
        }
        for row in rows
    ]
    out.sort(key=lambda row: (order.get(row["name"], len(order)), row["name"], -row["count"]))
    return out


def totals_by(f: Filters, name: str, key: str) -> list[dict]:
    """One event's count split by one attribute (downloads by format, logins by method…)."""
    totals: dict[str, int] = {}
    for detail, count in (
        DailyEvent.objects.filter(f.q(), name=name).values_list("detail").annotate(n=Sum("count")).order_by()
    ):
        value = decode_attributes(detail).get(key, "")
        totals[value] = totals.get(value, 0) + count
    return [
        {"value": value, "label": value_label(key, value) if value else "—", "count": count}
        for value, count in sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    ]


def last_rollup():
    return RollupDay.objects.aggregate(at=Max("rolled_at"))["at"]


def default_filters(today: datetime.date | None = None) -> Filters:
    today = today or timezone.localdate()
    return Filters(fiscal_year_start(today), today)
