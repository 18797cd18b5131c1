"""The public JSON Schema API of the sheet definitions (``/api/v1/schemas/``).

Public and read-only: the schemas describe the data format, never anyone's data.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.cache import patch_cache_control
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .definitions import UnknownDefinition, all_definitions, get_definition
from .schema import json_schema

CACHE_SECONDS = 60 * 60


class PublicAPIView(APIView):
    authentication_classes: list = []  # no session, no CSRF: nothing personal here
    permission_classes = [AllowAny]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response


class SchemaListView(PublicAPIView):
    """Every sheet definition: code, title, version, whether it is the latest, schema URL."""

    def get(self, request):
        latest = {}
        for definition in all_definitions():
            latest[definition.code] = definition.version  # all_definitions() is in version order
        return Response(
            [
                {
                    "code": d.code,
                    "title": d.title,
                    "version": d.version,
                    "latest": latest[d.code] == d.version,
                    "url": request.build_absolute_uri(_schema_path(d.code, d.version)),
                }
                for d in all_definitions()
            ]
        )


class SchemaDetailView(PublicAPIView):
    """The JSON Schema (draft 2020-12) of one version of one sheet."""

    def get(self, request, code: str, version: str):
        try:
            definition = get_definition(code, version)
        except UnknownDefinition as exc:
            raise NotFound(exc.message) from exc
        base_url = request.build_absolute_uri("/").rstrip("/")
        return Response(json_schema(definition, base_url), content_type="application/schema+json")


def _schema_path(code: str, version: str) -> str:
    return reverse("jobcard_forms_api:schema", kwargs={"code": code, "version": version})
