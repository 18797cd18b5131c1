"""The public, read-only occupations API (``/api/v1/occupations/``).

- ``GET /api/v1/occupations/?q=看護&group=04&limit=20&offset=0`` — search (or list) occupations.
- ``GET /api/v1/occupations/<id>/`` — one occupation with its tasks, qualifications and profiles.

Every answer carries the credit line job tag's terms require (``credit``) and the data version.
No session, no personal data: responses may be cached by browsers and CDNs for an hour.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from . import search
from .labels import GROUPS
from .models import RIASEC_KEYS, DataVersion, Occupation
from .presentation import top_keys

CACHE_SECONDS = 60 * 60
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class PublicAPIView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response


def _source(version: DataVersion | None) -> dict:
    if version is None:
        return {"credit": "", "data_version": None}
    return {
        "credit": version.credit,
        "data_version": {
            "source": version.source,
            "version": version.version,
            "published_on": version.published_on.isoformat() if version.published_on else None,
        },
    }


def _int(value, default: int, maximum: int) -> int:
    try:
        return max(0, min(int(value), maximum))
    except (TypeError, ValueError):
        return default


class OccupationListView(PublicAPIView):
    def get(self, request):
        query = request.GET.get("q", "").strip()
        group = request.GET.get("group", "")
        if len(query) > search.MAX_QUERY_LENGTH:
            message = _("検索する言葉は%(max)d文字以内で入力してください。") % {
                "max": search.MAX_QUERY_LENGTH
            }
            return Response({"error": message}, status=400)
        if group and group not in GROUPS:
            return Response({"error": _("分野の指定（group）が正しくありません。")}, status=400)
        limit = _int(request.GET.get("limit"), DEFAULT_LIMIT, MAX_LIMIT) or DEFAULT_LIMIT
        offset = _int(request.GET.get("offset"), 0, 10_000)

        queryset = Occupation.objects.all()
        if group:
            queryset = queryset.filter(group=group)
        if query:
            hits = search.search(query, queryset=queryset)
            found = [(hit.occupation, hit.matched_alias) for hit in hits]
        else:
            found = [(o, "") for o in queryset.defer("description", "how_to_become", "working_conditions")]
        results = [
            {
                "id": occupation.pk,
                "title": occupation.title,
                "aliases": occupation.aliases,
                "matched_alias": alias,
                "summary": occupation.summary,
                "group": occupation.group,
                "riasec_code": occupation.riasec_code,
                "url": request.build_absolute_uri(occupation.get_absolute_url()),
                "detail": request.build_absolute_uri(reverse("occupations_api:detail", args=[occupation.pk])),
            }
            for occupation, alias in found[offset : offset + limit]
        ]
        return Response(
            {
                "count": len(found),
                "limit": limit,
                "offset": offset,
                "results": results,
                **_source(DataVersion.current()),
            }
        )


class OccupationDetailView(PublicAPIView):
    def get(self, request, pk: int):
        occupation = Occupation.objects.select_related("data_version").filter(pk=pk).first()
        if occupation is None:
            raise NotFound(_("その番号の職業はありません。"))
        version = occupation.data_version

        def labelled(dimension: str, profile: dict | None, keys=None) -> list[dict]:
            if not profile:
                return []
            return [
                {"key": key, "label": version.label(dimension, key), "value": profile[key]}
                for key in (keys or profile)
                if profile.get(key) is not None
            ]

        return Response(
            {
                "id": occupation.pk,
                "ipd_id": occupation.ipd_id,
                "title": occupation.title,
                "aliases": occupation.aliases,
                "summary": occupation.summary,
                "description": occupation.description,
                "how_to_become": occupation.how_to_become,
                "working_conditions": occupation.working_conditions,
                "group": {"code": occupation.group, "name": str(GROUPS.get(occupation.group, ""))},
                "classifications": {"mhlw": occupation.mhlw_code, "jsoc": occupation.jsoc_code},
                "tasks_lead": occupation.tasks_lead,
                "tasks": [
                    {
                        "number": task.number,
                        "text": task.text,
                        "execution_rate": task.execution_rate,
                        "importance": task.importance,
                    }
                    for task in occupation.tasks.all()
                ],
                "qualifications": occupation.qualifications,
                "riasec_code": occupation.riasec_code,
                "interests": labelled("interests", occupation.interests, RIASEC_KEYS),
                "work_values": labelled("work_values", occupation.work_values),
                "skills": labelled("skills", occupation.skills),
                "top_skills": top_keys(occupation.skills or {}, 10),
                "related_orgs": occupation.related_orgs,
                "jobtag_url": occupation.jobtag_page_url,
                "url": request.build_absolute_uri(occupation.get_absolute_url()),
                **_source(version),
            }
        )
