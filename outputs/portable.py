"""Portable formats (#18 item 5): the card as JSON per the published JSON Schemas, and as JSON Resume.

- ``card_json``: every saved sheet exactly as the partner API serves it (``partners.api.bodies``: sheet,
  title, ``schema.$id`` / ``version``, ``entries[].data`` valid against that schema) with the person's
  基本情報. Only saved content; drafts are not exported.
- ``json_resume``: JSON Resume v1 (https://jsonresume.org/schema, v1.0.0): ``basics`` from 登録情報,
  ``work`` from 様式2 職務経歴, ``education`` from 様式3-2 学習歴 and 訓練歴 (a training carries
  ``studyType`` 「職業訓練」), ``certificates`` from 様式3-1 免許・資格, ``skills`` from 様式1 「強み等」 (one
  per line). What JSON Resume has no place for (雇用形態, 状態, 主な学習内容…) goes in ``x-jobcard`` on the
  item, so a file this site wrote comes back whole.
- ``read_json_resume``: a JSON Resume file read into an ``outputs.importer.ImportResult`` — the same
  preview as a workbook: changes field by field (the "cell" is the place in the file, e.g.
  ``work[0].startDate``), problems by field in Japanese. Rows already on the card are not added twice;
  new rows are added after the person's own. ``basics`` is not read (it is edited under 登録情報).
- ``apply_json_resume``: the previewed result kept as each sheet's **draft** (``sheets.services.save_draft``),
  all sheets in one transaction; the person then checks and saves each sheet in the editor.

Mapping of a period: ``startDate`` / ``endDate`` are ``YYYY-MM`` (a day is accepted and dropped on import);
「現在」 is an absent ``endDate`` (JSON Resume's way of saying "ongoing"); an empty period end is ``""``.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sheets.definitions import get_definition
from sheets.definitions.base import PRESENT, FieldType
from sheets.models import Card, SheetEntry
from sheets.services import SheetValidationError, save_draft, start_entry
from sheets.validation import is_blank, validate

from . import importer
from .importer import CellChange, CellIssue, ImportExpired, ImportResult, SheetImport
from .values import display

JSON_RESUME_SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
EXTENSION = "x-jobcard"
CARD_FORMAT = "jobcard-card"
TRAINING_STUDY_TYPE = "職業訓練"
MAX_ITEMS = 200  # items of one JSON Resume section read at most (the sheets hold 20–50 rows)
TOKEN_SALT = "outputs.jsonresume"  # noqa: S105 - a signing salt, not a secret
CAREER_PLAN_CODES = ("1-1", "1-2")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

# JSON Resume section → (sheet, table, {JSON Resume key: field}, {x-jobcard key: field}).
WORK = ("2", "jobs", {"name": "company_name", "position": "department", "summary": "duties"})
WORK_EXTRA = ("employment_type",)
STUDIES = ("3-2", "studies", {"institution": "school_name", "area": "faculty"})
STUDIES_EXTRA = ("status", "content")
TRAININGS = ("3-2", "trainings", {"institution": "institution", "area": "course"})
TRAININGS_EXTRA = ("status", "content")
CERTIFICATES = ("3-1", "qualifications", {"name": "name", "date": "acquired", "issuer": "authority"})
CERTIFICATES_EXTRA = ("status", "notes")


class ResumeRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Export ---------------------------------------------------------------------------------------------


def _first_entry(card: Card | None, code: str) -> SheetEntry | None:
    if card is None:
        return None
    return card.entries.filter(sheet_code=code).order_by("pk").first()


def _saved(card: Card | None, code: str) -> dict:
    entry = _first_entry(card, code)
    return (entry.saved_data or {}) if entry is not None else {}


def _basics(user) -> dict:
    if user is None or not user.is_authenticated:
        return {}
    from accounts.models import Profile

    profile = Profile.objects.filter(user=user).first()
    name = " ".join(part for part in (user.last_name, user.first_name) if part)
    basics: dict[str, Any] = {"name": name} if name else {}
    if user.email:
        basics["email"] = user.email
    if profile is not None:
        if profile.phone:
            basics["phone"] = profile.phone
        location = {"countryCode": "JP"}
        if profile.postal_code:
            location["postalCode"] = profile.postal_code
        if profile.address:
            location["address"] = profile.address
        if len(location) > 1:
            basics["location"] = location
    kana = " ".join(part for part in (user.last_name_kana, user.first_name_kana) if part)
    extra = {
        key: value
        for key, value in {
            "last_name": user.last_name,
            "first_name": user.first_name,
            "last_name_kana": user.last_name_kana,
            "first_name_kana": user.first_name_kana,
            "name_kana": kana,
            "birth_date": profile.birth_date.isoformat() if profile and profile.birth_date else "",
        }.items()
        if value
    }
    if extra:
        basics[EXTENSION] = extra
    return basics


def card_json(card: Card | None, user, base_url: str) -> dict:
    """The card per the published JSON Schemas (the partner API's sheet bodies), with 基本情報."""
    from partners.api.bodies import API_VERSION, sheet_body

    sheets = []
    if card is not None:
        codes = list(
            dict.fromkeys(
                card.entries.filter(saved_data__isnull=False)
                .order_by("sheet_code")
                .values_list("sheet_code", flat=True)
            )
        )
        for code in codes:
            entries = list(card.entries.filter(sheet_code=code, saved_data__isnull=False).order_by("pk"))
            sheets.append(sheet_body(base_url, code, entries))
    profile = {}
    if user is not None and user.is_authenticated:
        from accounts.models import Profile

        p = Profile.objects.filter(user=user).first()
        profile = {
            "last_name": user.last_name,
            "first_name": user.first_name,
            "last_name_kana": user.last_name_kana,
            "first_name_kana": user.first_name_kana,
            "birth_date": p.birth_date.isoformat() if p and p.birth_date else None,
            "email": user.email,
        }
    return {
        "api_version": API_VERSION,
        "format": CARD_FORMAT,
        "exported_at": timezone.now().isoformat(),
        "profile": profile,
        "sheets": sheets,
    }


def _end(value) -> dict:
    if value == PRESENT:
        return {}
    return {"endDate": value or ""}


def _with_extra(item: dict, row: dict, keys, **more) -> dict:
    extra = {key: row[key] for key in keys if not is_blank(row.get(key))} | more
    if extra:
        item[EXTENSION] = extra
    return item


def _compact(item: dict) -> dict:
    return {k: v for k, v in item.items() if v is not None and (v != "" or k == "endDate")}


def json_resume(card: Card | None, user=None) -> dict:
    saved = {code: _saved(card, code) for code in ("1-1", "1-2", "2", "3-1", "3-2")}
    return resume_from(saved, _basics(user))


def resume_from(saved: dict[str, dict], basics: dict | None = None) -> dict:
    """JSON Resume from the saved data of each sheet (``{"2": {...}, "3-1": {...}, ...}``)."""
    resume: dict[str, Any] = {"$schema": JSON_RESUME_SCHEMA, "basics": basics or {}}
    work = []
    for row in saved.get("2", {}).get("jobs") or []:
        item = _compact(
            {
                "name": row.get("company_name"),
                "position": row.get("department"),
                "startDate": row.get("period_from"),
                **_end(row.get("period_to")),
                "summary": row.get("duties"),
            }
        )
        if not is_blank(row.get("learnings")):
            item["highlights"] = [row["learnings"]]
        work.append(_with_extra(item, row, WORK_EXTRA))
    education = []
    learning = saved.get("3-2", {})
    for row in learning.get("studies") or []:
        item = _compact(
            {
                "institution": row.get("school_name"),
                "area": row.get("faculty"),
                "studyType": display(
                    get_definition("3-2").field("studies").child("status"), row.get("status")
                )
                or None,
                "startDate": row.get("period_from"),
                **_end(row.get("period_to")),
            }
        )
        education.append(_with_extra(item, row, STUDIES_EXTRA))
    for row in learning.get("trainings") or []:
        item = _compact(
            {
                "institution": row.get("institution"),
                "area": row.get("course"),
                "studyType": TRAINING_STUDY_TYPE,
                "startDate": row.get("period_from"),
                **_end(row.get("period_to")),
            }
        )
        education.append(_with_extra(item, row, TRAININGS_EXTRA, kind="training"))
    certificates = []
    for row in saved.get("3-1", {}).get("qualifications") or []:
        item = _compact(
            {"name": row.get("name"), "date": row.get("acquired"), "issuer": row.get("authority")}
        )
        certificates.append(_with_extra(item, row, CERTIFICATES_EXTRA))
    skills = []
    for code in CAREER_PLAN_CODES:
        strengths = saved.get(code, {}).get("strengths")
        if strengths:
            skills = [{"name": line} for line in strengths.split("\n") if line.strip()]
            break
    resume |= {"work": work, "education": education, "certificates": certificates, "skills": skills}
    resume["meta"] = {"version": "v1.0.0", "lastModified": timezone.now().isoformat(timespec="seconds")}
    return resume


def dumps(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2, default=str).encode("utf-8")


# Import ---------------------------------------------------------------------------------------------


def _parse(data: bytes) -> dict:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResumeRefused(_("文字コードがUTF-8のJSONファイルを選んでください。")) from None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise ResumeRefused(
            _("JSONファイルとして読み込めませんでした。JSON Resume 形式のファイルを選んでください。")
        ) from None
    if not isinstance(document, dict):
        raise ResumeRefused(
            _("JSON Resume 形式ではありません（全体が { } で囲まれたオブジェクトではありません）。")
        )
    return document


def _month(value, issues: list, place: str, label: str):
    """A JSON Resume date as the sheets' year-month (a day is dropped)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        issues.append((place, label, _("日付は「2024-04」のような文字で書いてください。")))
        return None
    match = _MONTH.match(value.strip())
    if not match:
        return value  # the sheet's own validation says what is wrong, in its words
    return f"{match.group(1)}-{match.group(2)}"


def _text(value, issues: list, place: str, label: str):
    if value is None or isinstance(value, str):
        return value
    issues.append((place, label, _("文字で書いてください。")))
    return None


class _Reader:
    """Collects rows per (sheet, table) with the place in the file of each field, and problems."""

    def __init__(self):
        self.rows: dict[tuple[str, str], list[tuple[dict, dict, str]]] = {}
        self.issues: list[tuple[str, str, str]] = []  # (place, label, message)

    def add(self, target: tuple[str, str], row: dict, places: dict, place: str) -> None:
        self.rows.setdefault(target, []).append((row, places, place))


def _items(document: dict, key: str, reader: _Reader, label: str) -> list[tuple[int, dict]]:
    value = document.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        reader.issues.append((key, label, _("配列（[ ]）で書いてください。")))
        return []
    if len(value) > MAX_ITEMS:
        reader.issues.append((key, label, _("多すぎます（%(max)d件まで）。") % {"max": MAX_ITEMS}))
        return []
    out = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            reader.issues.append((f"{key}[{index}]", label, _("オブジェクト（{ }）で書いてください。")))
            continue
        out.append((index, item))
    return out


def _row(spec, item: dict, place: str, reader: _Reader, extra_keys, *, dates=("startDate", "endDate")):
    code, table, mapping = spec
    repeat = get_definition(code).field(table)
    row, places = {}, {}
    for key, field_key in mapping.items():
        label = repeat.child(field_key).label
        if repeat.child(field_key).type == FieldType.YEAR_MONTH:
            row[field_key] = _month(item.get(key), reader.issues, f"{place}.{key}", label)
        else:
            row[field_key] = _text(item.get(key), reader.issues, f"{place}.{key}", label)
        places[field_key] = f"{place}.{key}"
    if dates:
        start, end = dates
        row["period_from"] = _month(item.get(start), reader.issues, f"{place}.{start}", _("期間（開始）"))
        places["period_from"] = f"{place}.{start}"
        if end in item:
            row["period_to"] = _month(item.get(end), reader.issues, f"{place}.{end}", _("期間（終了）"))
        elif not is_blank(row["period_from"]):
            row["period_to"] = PRESENT  # JSON Resume: no end date means it is still going on
        places["period_to"] = f"{place}.{end}"
    extra = item.get(EXTENSION)
    if isinstance(extra, dict):
        for key in extra_keys:
            if key in extra:
                label = repeat.child(key).label
                row[key] = _text(extra[key], reader.issues, f"{place}.{EXTENSION}.{key}", label)
                places[key] = f"{place}.{EXTENSION}.{key}"
    return {k: v for k, v in row.items() if v is not None}, places


def _collect(document: dict) -> tuple[_Reader, str]:
    reader = _Reader()
    for index, item in _items(document, "work", reader, _("職務経歴")):
        if "name" not in item and "company" in item:  # JSON Resume before v1.0 called it "company"
            item = {**item, "name": item["company"]}
        row, places = _row(WORK, item, f"work[{index}]", reader, WORK_EXTRA)
        highlights = item.get("highlights")
        if highlights is not None:
            if isinstance(highlights, list) and all(isinstance(h, str) for h in highlights):
                if highlights:
                    row["learnings"] = "\n".join(highlights)
            else:
                reader.issues.append(
                    (f"work[{index}].highlights", _("学んだこと"), _("文字の配列（[ ]）で書いてください。"))
                )
            places["learnings"] = f"work[{index}].highlights"
        reader.add(WORK[:2], row, places, f"work[{index}]")
    for index, item in _items(document, "education", reader, _("学習歴・訓練歴")):
        extra = item.get(EXTENSION) if isinstance(item.get(EXTENSION), dict) else {}
        training = extra.get("kind") == "training" or item.get("studyType") == TRAINING_STUDY_TYPE
        spec, keys = (TRAININGS, TRAININGS_EXTRA) if training else (STUDIES, STUDIES_EXTRA)
        row, places = _row(spec, item, f"education[{index}]", reader, keys)
        if not training and "status" not in row and isinstance(item.get("studyType"), str):
            # Another tool's file: 「卒業」「修了」… in studyType is the 状態 when it is one of the choices.
            labels = {
                c.label: c.value for c in get_definition("3-2").field("studies").child("status").choices
            }
            if item["studyType"].strip() in labels:
                row["status"] = labels[item["studyType"].strip()]
        reader.add(spec[:2], row, places, f"education[{index}]")
    for index, item in _items(document, "certificates", reader, _("免許・資格")):
        row, places = _row(CERTIFICATES, item, f"certificates[{index}]", reader, CERTIFICATES_EXTRA, dates=())
        reader.add(CERTIFICATES[:2], row, places, f"certificates[{index}]")
    lines = []
    for index, item in _items(document, "skills", reader, _("強み等")):
        name = _text(item.get("name"), reader.issues, f"skills[{index}].name", _("強み等"))
        if name and name.strip():
            lines.append(name)
    return reader, "\n".join(lines)


def _filled(row) -> dict:
    return {k: v for k, v in row.items() if not is_blank(v)} if isinstance(row, dict) else {}


def _career_plan_code(card: Card | None) -> str:
    for code in CAREER_PLAN_CODES:
        if _first_entry(card, code) is not None:
            return code
    return CAREER_PLAN_CODES[0]


def _row_label(definition, table: str, index: int, field_key: str | None = None) -> str:
    repeat = definition.field(table)
    label = f"{repeat.label} {index + 1}行目"
    if field_key:
        try:
            label += "：" + repeat.child(field_key).label
        except KeyError:
            pass
    return label


def read_json_resume(data: bytes, card: Card | None, today=None) -> tuple[ImportResult, list[str]]:
    """The preview of a JSON Resume file against ``card``: (result, notes on what is not read)."""
    document = _parse(data)
    reader, strengths = _collect(document)
    notes = []
    if document.get("basics"):
        notes.append(_("基本情報（basics）は取り込みません。氏名や連絡先は「登録情報」で変更してください。"))
    ignored = sorted(
        k
        for k in document
        if k not in {"$schema", "basics", "work", "education", "certificates", "skills", "meta"}
    )
    if ignored:
        notes.append(
            _("次の項目は、ジョブ・カードに対応する欄がないため取り込みません：%(keys)s")
            % {"keys": "、".join(ignored)}
        )

    targets: dict[str, dict[str, list[tuple[dict, dict, str]]]] = {}
    for (code, table), rows in reader.rows.items():
        targets.setdefault(code, {})[table] = rows
    plan_code = _career_plan_code(card)
    if strengths:
        targets.setdefault(plan_code, {})
    sheets = []
    for code in sorted(targets):
        definition = get_definition(code)
        sheet = SheetImport(definition.title, definition, 1)
        entry = _first_entry(card, code)
        if entry is not None:
            definition = entry.definition
            sheet.definition = definition
            sheet.entry_id, sheet.lock_version, sheet.has_draft = (
                entry.pk,
                entry.lock_version,
                entry.has_draft,
            )
        base = copy.deepcopy(entry.current_data) if entry is not None else {}
        merged = copy.deepcopy(base)
        where: dict[str, str] = {}
        added: dict[str, list[int]] = {}
        for table, rows in targets[code].items():
            current = list(merged.get(table) or [])
            cleaned = validate(definition, {table: current}, today=today).data.get(table) or []
            known = [_filled(r) for r in cleaned]
            for row, places, item_place in rows:
                probe = validate(definition, {table: [row]}, today=today).data.get(table) or [{}]
                filled = _filled(probe[0])
                if not filled or filled in known:
                    continue  # nothing in it, or the card already has this very row
                index = len(current)
                current.append(row)
                known.append(filled)
                added.setdefault(table, []).append(index)
                for field_key, place in places.items():
                    where[f"{table}.{index}.{field_key}"] = place
                where[f"{table}.{index}"] = item_place
            merged[table] = current
            where[table] = {"jobs": "work", "studies": "education", "trainings": "education"}.get(
                table, "certificates"
            )
        if code == plan_code and strengths:
            merged["strengths"] = strengths
            where["strengths"] = "skills"
        result = validate(definition, merged, today=today)
        for path, messages in result.errors.items():
            parts = path.split(".")
            label = (
                _row_label(definition, parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None)
                if len(parts) >= 2 and parts[1].isdigit()
                else definition.field(parts[0]).label
                if parts[0] in {f.key for f in definition.fields}
                else path
            )
            for message in messages:
                sheet.errors.append(CellIssue(definition.title, where.get(path, path), label, message))
        sheet.data = result.data
        if not sheet.errors:
            sheet.changes = _changes(definition, base, result.data, added, where)
        sheets.append(sheet)
    for place, label, message in reader.issues:
        if sheets:
            sheets[0].errors.append(CellIssue(_("JSON Resume"), place, label, message))
        else:
            sheet = SheetImport(_("JSON Resume"), get_definition("2"), 1)
            sheet.errors.append(CellIssue(_("JSON Resume"), place, label, message))
            sheets.append(sheet)
    return ImportResult(sheets), notes


def _changes(definition, base: dict, new: dict, added: dict[str, list[int]], where: dict) -> list[CellChange]:
    changes = []
    for table, indexes in added.items():
        repeat = definition.field(table)
        rows = new.get(table) or []
        for index in indexes:
            row = rows[index] if index < len(rows) else {}
            for child in repeat.fields:
                value = row.get(child.key)
                if is_blank(value):
                    continue
                changes.append(
                    CellChange(
                        definition.title,
                        where.get(f"{table}.{index}.{child.key}", ""),
                        _row_label(definition, table, index, child.key),
                        "",
                        display(child, value),
                        "add",
                    )
                )
    before, after = base.get("strengths"), new.get("strengths")
    if "strengths" in new and (before or "") != (after or ""):
        changes.append(
            CellChange(
                definition.title,
                "skills",
                definition.field("strengths").label,
                before or "",
                after or "",
            )
        )
    return changes


# Applying -------------------------------------------------------------------------------------------


def preview_token(card: Card | None, result: ImportResult) -> str:
    payload = {
        "card": card.pk if card else None,
        "sheets": [
            {
                "code": s.definition.code,
                "version": s.definition.version,
                "entry": s.entry_id,
                "lock": s.lock_version,
                "data": s.data,
            }
            for s in result.changed_sheets
        ],
    }
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def load_token(token: str) -> dict:
    return importer.load_token(token, salt=TOKEN_SALT)


def apply_json_resume(card: Card, payload: dict, user=None) -> list[SheetEntry]:
    """Keep every previewed sheet as its draft, all or nothing (raises StaleEdit / SheetValidationError)."""
    if payload.get("card") not in (None, card.pk):
        raise ImportExpired(_("確認の情報が正しくありません。もう一度ファイルを選んでください。"))
    kept = []
    with transaction.atomic():
        for item in payload["sheets"]:
            if item["entry"] is not None:
                entry = card.entries.get(pk=item["entry"])
            else:
                if _first_entry(card, item["code"]) is not None:
                    raise ImportExpired(_("この間に様式が作成されました。もう一度ファイルを選んでください。"))
                entry = start_entry(card, item["code"], item["version"])
            result = save_draft(entry, item["data"], item["lock"], user)
            if result.errors:
                raise SheetValidationError(result.errors)
            kept.append(entry)
    return kept
