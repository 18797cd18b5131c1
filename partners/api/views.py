"""``/api/v1/partner/…``: what a person allowed a partner service to read, one data area per scope.

Every answer is JSON with ``api_version``; a sheet carries its JSON Schema (``schema.$id``,
``schema.version``,
served at ``/api/v1/schemas/…``). ``ETag`` on every 200 (``If-None-Match`` → 304). Every read — 304 too — is
recorded in the person's 「閲覧・記入の履歴」 (``partners.services.record_read``). Only saved data is sent,
never an unsaved draft. The person is always the token's: no URL names anyone.
"""

from __future__ import annotations

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import render
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from drf_spectacular.views import SpectacularJSONAPIView
from oauth2_provider.contrib.rest_framework import OAuth2Authentication
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import Profile
from diagnosis.models import DiagnosisResult
from resumes.models import ResumeDraft
from sheets.definitions import get_definition, sheet_codes
from sheets.models import Card

from .. import basics, evaluations, proposals, services
from ..models import ImportProposal
from ..scope_list import SHEET_SCOPES, sheet_scope
from ..validators import pairwise_subject
from .bodies import API_VERSION, schema_ref, sheet_body
from .errors import InsufficientScope, partner_exception_handler
from .permissions import PartnerScope
from .throttles import PartnerClientThrottle

SHEET_AUTH = [{"oauth2": [scope]} for scope in SHEET_SCOPES]

ERROR = inline_serializer(
    "Error",
    {
        "error": inline_serializer(
            "ErrorBody",
            {
                "status": serializers.IntegerField(),
                "code": serializers.CharField(),
                "message": serializers.CharField(),
                "scope": serializers.CharField(required=False),
                "retry_after": serializers.IntegerField(required=False),
            },
        )
    },
)
ERRORS = {
    304: OpenApiResponse(description="If-None-Match と同じ ETag：変わっていません（本文なし）"),
    401: OpenApiResponse(
        ERROR, description="invalid_token：トークンがない、期限切れ、取り消し済み、連携をやめた"
    ),
    403: OpenApiResponse(ERROR, description="insufficient_scope：この範囲の許可がない"),
    429: OpenApiResponse(ERROR, description="rate_limited：連携先ごとの上限を超えた（Retry-After）"),
}
# What a proposal endpoint answers: sending one (201, or 400 with the problems by field), its status.
PROPOSAL_CREATED = {
    201: OpenApiTypes.OBJECT,
    400: OpenApiResponse(ERROR, description="invalid_request"),
    **ERRORS,
}
PROPOSAL_STATUS = {200: OpenApiTypes.OBJECT, 404: OpenApiResponse(ERROR, description="not_found"), **ERRORS}


class PartnerAPIView(APIView):
    authentication_classes = [OAuth2Authentication]
    permission_classes = [PartnerScope]
    throttle_classes = [PartnerClientThrottle]
    scope: str | None = None

    def required_scope(self, request) -> str | None:
        return self.scope

    def get_exception_handler(self):
        return partner_exception_handler

    def respond(self, request, body: dict, *, target: str = "", what: str = "") -> Response:
        """The body with ``api_version`` and an ETag; the read recorded for the person."""
        body = {"api_version": API_VERSION, **body}
        encoded = json.dumps(body, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False).encode()
        etag = '"' + hashlib.sha256(encoded).hexdigest()[:32] + '"'
        services.record_read(request.partner_consent, target=target, what=what)
        headers = {"ETag": etag, "Cache-Control": "private, no-cache", "Vary": "Authorization"}
        if etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
            return Response(status=304, headers=headers)
        return Response(body, headers=headers)


def _card(user) -> Card | None:
    return Card.objects.filter(owner=user).order_by("pk").first()


def _schema(request, definition) -> dict:
    return schema_ref(request.build_absolute_uri("/"), definition)


class MeView(PartnerAPIView):
    scope = "profile"

    @extend_schema(
        summary="基本情報（氏名・ふりがな・生年月日）",
        auth=[{"oauth2": ["profile"]}],
        description="範囲 `profile`。`sub` は連携先ごとに異なる番号（OpenID Connect の sub と同じ）。",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        tags=["本人"],
    )
    def get(self, request):
        user = request.auth.user
        profile = Profile.objects.filter(user=user).first()
        return self.respond(
            request,
            {
                "sub": pairwise_subject(request.auth.application.client_id, user.pk),
                "last_name": user.last_name,
                "first_name": user.first_name,
                "last_name_kana": user.last_name_kana,
                "first_name_kana": user.first_name_kana,
                "birth_date": profile.birth_date if profile else None,
            },
            what="基本情報",
        )


class ContactView(PartnerAPIView):
    scope = "contact"

    @extend_schema(
        summary="連絡先（住所・電話番号・メールアドレス）",
        auth=[{"oauth2": ["contact"]}],
        description="範囲 `contact`。",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        tags=["本人"],
    )
    def get(self, request):
        user = request.auth.user
        p = Profile.objects.filter(user=user).first()
        fields = [
            "postal_code",
            "address",
            "address_kana",
            "phone",
            "contact_postal_code",
            "contact_address",
            "contact_address_kana",
            "contact_phone",
            "contact_email",
        ]
        body = {"email": user.email, **{f: getattr(p, f, "") if p else "" for f in fields}}
        return self.respond(request, body, what="連絡先")


class CardView(PartnerAPIView):
    """The sheets this token may read, with their schema and when they were saved."""

    @extend_schema(
        summary="読み取れる様式の一覧",
        auth=SHEET_AUTH,
        description="このトークンの範囲で読み取れる、保存済みの様式だけを返します"
        "（範囲 `sheet:…` のいずれか）。",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        tags=["ジョブ・カード"],
    )
    def get(self, request):
        token = request.auth
        granted = set(request.partner_consent.scopes) & set(token.scope.split())
        if not granted & set(SHEET_SCOPES):
            raise InsufficientScope("sheet:…")
        card = _card(token.user)
        sheets = []
        if card is not None:
            for entry in card.entries.filter(saved_data__isnull=False).order_by("sheet_code", "pk"):
                if sheet_scope(entry.sheet_code) not in granted:
                    continue
                definition = get_definition(entry.sheet_code, entry.definition_version)
                sheets.append(
                    {
                        "code": entry.sheet_code,
                        "title": definition.title,
                        "schema": _schema(request, definition),
                        "saved_at": entry.saved_at,
                        "url": request.build_absolute_uri(f"/api/v1/partner/card/sheets/{entry.sheet_code}/"),
                    }
                )
        return self.respond(request, {"sheets": sheets}, what="様式の一覧")


class SheetView(PartnerAPIView):
    def required_scope(self, request):
        return sheet_scope(self.kwargs["code"])

    @extend_schema(
        summary="様式の内容（公開している JSON Schema のとおり）",
        auth=SHEET_AUTH,
        description=(
            "範囲 `sheet:<code>`（3-3 の各様式は `sheet:3-3`）。"
            "`entries[].data` は `schema.$id` の JSON Schema に"
            "従います。3-3 は評価ごとに1件、ほかは1件です。保存していない下書きは返しません。"
        ),
        parameters=[
            OpenApiParameter("code", str, OpenApiParameter.PATH, description="様式の番号（例：2、3-2）")
        ],
        responses=PROPOSAL_STATUS,
        tags=["ジョブ・カード"],
    )
    def get(self, request, code: str):
        if code not in sheet_codes():
            raise NotFound(f"様式「{code}」はありません。")
        card = _card(request.auth.user)
        entries = (
            list(card.entries.filter(sheet_code=code, saved_data__isnull=False).order_by("pk"))
            if card
            else []
        )
        body = sheet_body(request.build_absolute_uri("/"), code, entries)
        return self.respond(request, body, target=code)


class ResumeView(PartnerAPIView):
    scope = "resume"

    @extend_schema(
        summary="履歴書・職務経歴書に選んだ内容と編集した文章",
        auth=[{"oauth2": ["resume"]}],
        description="範囲 `resume`。写真は含みません。",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        tags=["ジョブ・カード"],
    )
    def get(self, request):
        drafts = ResumeDraft.objects.filter(card__owner=request.auth.user).order_by("card_id", "document")
        body = {
            "documents": [
                {"document": d.document, "data": d.data, "updated_at": d.updated_at} for d in drafts
            ]
        }
        return self.respond(request, body, what="履歴書・職務経歴書")


DIAGNOSIS_KEYS = ("version", "scores", "top", "code", "completed_at")


class DiagnosisView(PartnerAPIView):
    scope = "diagnosis"

    @extend_schema(
        summary="自己診断の結果",
        auth=[{"oauth2": ["diagnosis"]}],
        description="範囲 `diagnosis`。得点と結果のみで、一つひとつの回答は含みません。",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        tags=["自己診断"],
    )
    def get(self, request):
        result = DiagnosisResult.objects.filter(owner=request.auth.user).first()

        def part(value):
            return (
                {k: v for k, v in value.items() if k in DIAGNOSIS_KEYS} if isinstance(value, dict) else None
            )

        body = {
            "interest": part(result.interest) if result else None,
            "values": part(result.values) if result else None,
            "strengths": part(result.strengths) if result else None,
        }
        return self.respond(request, body, what="自己診断の結果")


class _ProposalCreate(PartnerAPIView):
    """Receives one kind of proposal: the body's shape checked (``keys``; all of them when
    ``exact``), then ``propose(user, client, body)``; a refusal is a 400 ``invalid_request`` with the
    problems by field (under ``field`` when the refusal names none), and nothing is kept."""

    keys: frozenset[str]
    exact = True
    shape = ""  # the body's form, for the message
    field = ""

    def create(self, request, propose):
        body = request.data if isinstance(request.data, dict) else None
        if body is None or (set(body) != self.keys if self.exact else bool(set(body) - self.keys)):
            raise ValidationError({"": [f"本文は {self.shape} の形で送ってください。"]})
        try:
            proposal = propose(request.auth.user, request.auth.application, body)
        except proposals.ProposalRefused as exc:
            raise ValidationError(exc.errors or {self.field: [exc.message]}) from exc
        return Response(
            {"api_version": API_VERSION, "id": proposal.pk, "status": proposal.status}, status=201
        )


class ProposalCreateView(_ProposalCreate):
    """A partner proposes 様式3-2 訓練歴 rows; they wait for the person (「連携先からの取り込み候補」)."""

    scope = "propose:3-2"
    keys = frozenset({"trainings"})
    exact = False
    shape = '{"trainings": [...]}'
    field = "trainings"

    @extend_schema(
        summary="様式3-2 訓練歴の取り込み候補を送る",
        description=(
            '範囲 `propose:3-2`。本文 `{"trainings": [行, …]}`（各行は様式3-2の JSON Schema の '
            "`trainings` の行のとおり、最大20行）。誤りがあれば 400 `invalid_request` と項目ごとの `fields`、"
            "何も保存しません。受け付けると 201 で候補の `id` を返します。本人が確認して取り込むまで、"
            "ジョブ・カードは変わりません。"
        ),
        auth=[{"oauth2": ["propose:3-2"]}],
        request=OpenApiTypes.OBJECT,
        responses=PROPOSAL_CREATED,
        tags=["取り込み候補"],
    )
    def post(self, request):
        return self.create(
            request,
            lambda user, client, body: proposals.propose(
                user, client, "3-2", "trainings", body.get("trainings")
            ),
        )


class ProposalDetailView(PartnerAPIView):
    scope = "propose:3-2"
    sheet_code = "3-2"

    def proposals_of(self, request):
        return ImportProposal.objects.filter(sheet_code=self.sheet_code)

    @extend_schema(
        summary="送った取り込み候補の状態",
        description="範囲 `propose:3-2`。`status` は pending（確認待ち）、accepted、rejected。",
        auth=[{"oauth2": ["propose:3-2"]}],
        responses=PROPOSAL_STATUS,
        tags=["取り込み候補"],
    )
    def get(self, request, proposal_id: int):
        proposal = (
            self.proposals_of(request)
            .filter(pk=proposal_id, user=request.auth.user, client=request.auth.application)
            .first()
        )
        if proposal is None:
            raise NotFound("この取り込み候補は見つかりません。")
        return Response(
            {
                "api_version": API_VERSION,
                "id": proposal.pk,
                "status": proposal.status,
                "accepted_rows": proposal.accepted_rows,
            }
        )


def reference(request):
    """``/api/v1/reference/``: the browsable reference for partners (Swagger UI, this site's static files)."""
    return render(request, "partners/reference.html", {"spec_url": reverse("openapi")})


class BasicsProposalCreateView(_ProposalCreate):
    """Hello Work proposes the 基本情報 of a 求職申込み; the person takes it field by field."""

    scope = basics.SCOPE
    keys = frozenset({"basics"})
    shape = '{"basics": {...}}'
    field = "basics"

    @extend_schema(
        summary="基本情報の取り込み候補を送る",
        description=(
            '範囲 `propose:basics`。本文 `{"basics": {項目: 値, …}}`。項目は '
            + "、".join(f"`{name}`" for name in basics.FIELDS)
            + "（文字。生年月日は西暦・和暦、郵便番号はハイフンの有無を問いません）。性別は送れません。"
            "値は登録情報の画面と同じ決まりで確かめ、誤りがあれば 400 `invalid_request` と"
            "項目ごとの `fields`、何も保存しません。受け付けると 201 で候補の `id` を返します。"
            "本人が項目ごとに選んで取り込むまで、登録情報は変わりません。"
        ),
        auth=[{"oauth2": [basics.SCOPE]}],
        request=OpenApiTypes.OBJECT,
        responses=PROPOSAL_CREATED,
        tags=["取り込み候補"],
    )
    def post(self, request):
        return self.create(request, lambda user, client, body: basics.propose(user, client, body["basics"]))


class BasicsProposalDetailView(ProposalDetailView):
    scope = basics.SCOPE
    sheet_code = basics.SHEET_CODE

    @extend_schema(
        summary="送った基本情報の取り込み候補の状態",
        description=(
            "範囲 `propose:basics`。`status` は pending、accepted、rejected。"
            "`accepted_rows` は取り込まれた項目名。"
        ),
        auth=[{"oauth2": [basics.SCOPE]}],
        responses=PROPOSAL_STATUS,
        tags=["取り込み候補"],
    )
    def get(self, request, proposal_id: int):
        return super().get(request, proposal_id)


class PartnerSchemaView(SpectacularJSONAPIView):
    """``/api/v1/openapi.json``: the partner API's OpenAPI 3 document (public)."""

    authentication_classes: list = []


class EvaluationProposalCreateView(_ProposalCreate):
    """A training body proposes its parts of one 様式3-3 evaluation sheet; the person takes it or not."""

    scope = evaluations.SCOPE
    keys = frozenset({"sheet", "data"})
    shape = '{"sheet": "3-3-…", "data": {...}}'
    field = "data"

    @extend_schema(
        summary="様式3-3の評価の取り込み候補を送る",
        description=(
            '範囲 `propose:3-3`。本文 `{"sheet": "3-3-2-1", "data": {…}}`。`data` はその様式の JSON Schema の'
            "とおりで、企業・訓練実施機関が記入する欄（職務内容・企業評価・総評・評価者など）だけを含めます。"
            "本人が記入する欄（自己評価・本人同意）や誤りがあれば 400 `invalid_request` と"
            "項目ごとの `fields`、何も保存しません。受け付けると 201 で候補の `id`。"
            "本人が確認して取り込むまで、ジョブ・カードは変わりません。"
        ),
        auth=[{"oauth2": [evaluations.SCOPE]}],
        request=OpenApiTypes.OBJECT,
        responses=PROPOSAL_CREATED,
        tags=["取り込み候補"],
    )
    def post(self, request):
        return self.create(
            request, lambda user, client, body: evaluations.propose(user, client, body["sheet"], body["data"])
        )


class EvaluationProposalDetailView(ProposalDetailView):
    scope = evaluations.SCOPE

    def proposals_of(self, request):
        return ImportProposal.objects.filter(section=evaluations.SECTION)

    @extend_schema(
        summary="送った様式3-3の評価の取り込み候補の状態",
        description="範囲 `propose:3-3`。`status` は pending、accepted、rejected。",
        auth=[{"oauth2": [evaluations.SCOPE]}],
        responses=PROPOSAL_STATUS,
        tags=["取り込み候補"],
    )
    def get(self, request, proposal_id: int):
        return super().get(request, proposal_id)
