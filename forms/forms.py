"""Django forms built from a sheet definition, for the server-rendered editor.

- ``section_form_class(definition, section_key)``: a ``forms.Form`` with one form field per scalar
  of the section (fields inside groups are named by path joined with ``__``); repeat groups are
  left to
- ``repeat_formset_class(definition, field_key)``: a formset, one form per row.
- ``SheetForms``: every section form and formset of a sheet, bound together, with the errors keyed
  by the same paths as ``forms.validation`` and the data as the nested dict it stores.

Each form field cleans its value with ``forms.validation.clean_scalar`` and each form applies the
definition's rules with ``forms.validation``, so a form accepts and refuses exactly what the
validator does, with the same messages.
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from .definitions.base import PRESENT, PRESENT_LABEL, Field, FieldType, Section, SheetDefinition
from .validation import _DROP, MSG_TOO_MANY_ROWS, check_rule, clean_scalar, validate

SEP = "__"


class SheetValueField(forms.Field):
    """A form field whose cleaning is the validator's."""

    def __init__(self, spec: Field, today: datetime.date | None = None, **kwargs):
        self.spec = spec
        self.today = today
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", spec.label)
        kwargs.setdefault("help_text", spec.help_text)
        kwargs.setdefault("widget", _widget(spec))
        super().__init__(**kwargs)

    def to_python(self, value):
        return value

    def validate(self, value):  # nothing is mandatory; clean() does the checks
        pass

    def clean(self, value):
        value = self.to_python(value)
        if self.spec.type != FieldType.BOOLEAN and value == "":
            value = "" if self.spec.type.is_text else None
        cleaned, error = clean_scalar(self.spec, value, self.today)
        if error:
            raise ValidationError(error, code="invalid")
        return None if cleaned is _DROP else cleaned

    def prepare_value(self, value):
        if value == PRESENT:
            return PRESENT_LABEL
        return value


def _widget(spec: Field) -> forms.Widget:
    attrs: dict[str, Any] = {}
    if spec.max_length:
        attrs["maxlength"] = spec.max_length
    if spec.type == FieldType.TEXTAREA:
        return forms.Textarea(attrs={**attrs, "rows": 6})
    if spec.type == FieldType.BOOLEAN:
        return forms.CheckboxInput()
    if spec.type == FieldType.CHOICE:
        return forms.Select(choices=[("", "―"), *((c.value, c.label) for c in spec.choices)])
    if spec.type == FieldType.DATE:
        return forms.TextInput(
            attrs={"inputmode": "numeric", "placeholder": "2024-04-01", "autocomplete": "off"}
        )
    if spec.type == FieldType.YEAR_MONTH:
        placeholder = "2024-04（続いている場合は「現在」）" if spec.allow_present else "2024-04"
        return forms.TextInput(attrs={"placeholder": placeholder, "autocomplete": "off"})
    if spec.type == FieldType.TEL:
        return forms.TextInput(attrs={**attrs, "type": "tel", "inputmode": "tel"})
    return forms.TextInput(attrs=attrs)


def _scalar_fields(f: Field, prefix: tuple[str, ...] = ()):
    """(path tuple, spec) of the scalars of a field, descending into groups but not repeats."""
    path = (*prefix, f.key)
    if f.type.is_scalar:
        yield path, f
    elif f.type == FieldType.GROUP:
        for child in f.fields:
            yield from _scalar_fields(child, path)


class SectionForm(forms.Form):
    definition: SheetDefinition
    section: Section
    paths: dict[str, tuple[str, ...]]  # form field name → path

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        for field in self.fields.values():
            field.today = today

    def clean(self):
        cleaned = super().clean()
        # The section's rules, exactly as the validator applies them.
        result = validate(self.definition, self.to_data(cleaned), self.today)
        for path, messages in result.errors.items():
            name = SEP.join(path.split("."))
            if name in self.fields and name not in self.errors:
                for message in messages:
                    self.add_error(name, message)
        return cleaned

    def to_data(self, cleaned: dict | None = None) -> dict:
        cleaned = self.cleaned_data if cleaned is None else cleaned
        data: dict = {}
        for name, path in self.paths.items():
            if name not in cleaned:
                continue
            target = data
            for part in path[:-1]:
                target = target.setdefault(part, {})
            target[path[-1]] = cleaned[name]
        return data

    def error_paths(self) -> dict[str, list[str]]:
        return {".".join(self.paths[name]): list(errors) for name, errors in self.errors.items()}


def section_form_class(definition: SheetDefinition, section_key: str) -> type[SectionForm]:
    """A form for the non-repeating fields of one section."""
    section = definition.section(section_key)
    attrs: dict[str, Any] = {"definition": definition, "section": section, "paths": {}}
    for f in section.fields:
        for path, spec in _scalar_fields(f):
            name = SEP.join(path)
            attrs[name] = SheetValueField(spec)
            attrs["paths"][name] = path
    return type(f"Section_{_ident(definition)}_{section.key}", (SectionForm,), attrs)


class RowForm(forms.Form):
    spec: Field

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        for field in self.fields.values():
            field.today = today

    def clean(self):
        cleaned = super().clean()
        by_key = {c.key: c for c in self.spec.fields}
        row = {k: v for k, v in cleaned.items() if k in by_key}
        for rule in self.spec.rules:
            for key, message in check_rule(rule, by_key, row, self.today or _today()).items():
                if key not in self.errors:
                    self.add_error(key, message)
        return cleaned

    def to_row(self) -> dict:
        return {c.key: self.cleaned_data.get(c.key) for c in self.spec.fields if c.key in self.cleaned_data}


class RepeatFormSet(forms.BaseFormSet):
    spec: Field

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        self.today = today
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "today": self.today}

    def clean(self):
        rows = [f for f in self.forms if not self._should_delete_form(f)]
        if self.spec.max_rows is not None and len(rows) > self.spec.max_rows:
            raise ValidationError(MSG_TOO_MANY_ROWS.format(max=self.spec.max_rows, count=len(rows)))

    def to_rows(self) -> list[dict]:
        return [f.to_row() for f in self.forms if not self._should_delete_form(f)]

    def error_paths(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if self.non_form_errors():
            out[self.spec.key] = list(self.non_form_errors())
        for index, errors in enumerate(self.errors):
            for key, messages in errors.items():
                out[f"{self.spec.key}.{index}.{key}"] = list(messages)
        return out


def repeat_formset_class(definition: SheetDefinition, field_key: str) -> type[RepeatFormSet]:
    """A formset for one repeat group (rows may be deleted; order is the order submitted)."""
    spec = definition.field(field_key)
    if spec.type != FieldType.REPEAT:
        raise ValueError(f"{field_key} is not a repeat group")
    attrs: dict[str, Any] = {"spec": spec}
    for child in spec.fields:
        attrs[child.key] = SheetValueField(child)
    form_class = type(f"Row_{_ident(definition)}_{spec.key}", (RowForm,), attrs)
    formset = forms.formset_factory(form_class, formset=RepeatFormSet, extra=0, can_delete=True)
    formset.spec = spec
    return formset


class SheetForms:
    """All forms of a sheet: one per section, one formset per repeat group."""

    def __init__(
        self,
        definition: SheetDefinition,
        post: dict | None = None,
        *,
        initial: dict | None = None,
        today: datetime.date | None = None,
    ):
        self.definition = definition
        self.section_forms: dict[str, SectionForm] = {}
        self.formsets: dict[str, RepeatFormSet] = {}
        initial = initial or {}
        for section in definition.sections:
            form_class = section_form_class(definition, section.key)
            self.section_forms[section.key] = form_class(
                post, prefix=section.key, today=today, initial=_flat_initial(form_class, initial)
            )
            for f in section.fields:
                if f.type == FieldType.REPEAT:
                    self.formsets[f.key] = repeat_formset_class(definition, f.key)(
                        post, prefix=f.key, today=today, initial=initial.get(f.key) or []
                    )

    def is_valid(self) -> bool:
        results = [f.is_valid() for f in self.section_forms.values()]
        results += [fs.is_valid() for fs in self.formsets.values()]
        return all(results)

    @property
    def errors(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for form in self.section_forms.values():
            out.update(form.error_paths())
        for formset in self.formsets.values():
            out.update(formset.error_paths())
        return out

    def to_data(self) -> dict:
        data: dict = {}
        for form in self.section_forms.values():
            data.update(form.to_data())
        for key, formset in self.formsets.items():
            data[key] = formset.to_rows()
        return {f.key: data[f.key] for f in self.definition.fields if f.key in data}


def post_data(definition: SheetDefinition, data: dict) -> dict[str, Any]:
    """What a browser would submit for ``data`` (used by tests and by the editor's no-JS fallback)."""
    out: dict[str, Any] = {}
    for section in definition.sections:
        form_class = section_form_class(definition, section.key)
        for name, path in form_class.paths.items():
            value = _get(data, path)
            _put(out, f"{section.key}-{name}", value, form_class.base_fields[name].spec)
        for f in section.fields:
            if f.type != FieldType.REPEAT:
                continue
            rows = data.get(f.key) or []
            out[f"{f.key}-TOTAL_FORMS"] = str(len(rows))
            out[f"{f.key}-INITIAL_FORMS"] = str(len(rows))
            for index, row in enumerate(rows):
                for child in f.fields:
                    _put(out, f"{f.key}-{index}-{child.key}", (row or {}).get(child.key), child)
    return out


def _put(out: dict, name: str, value: Any, spec: Field) -> None:
    if spec.type == FieldType.BOOLEAN:
        if value:
            out[name] = "on"
    elif value is not None:
        out[name] = value


def _get(data: dict, path: tuple[str, ...]) -> Any:
    current: Any = data
    for part in path:
        if not isinstance(current, dict):
            return None
        current = current.get(part)
    return current


def _flat_initial(form_class: type[SectionForm], data: dict) -> dict:
    return {name: value for name, path in form_class.paths.items() if (value := _get(data, path)) is not None}


def _ident(definition: SheetDefinition) -> str:
    return f"{definition.code}_{definition.version}".replace("-", "_").replace(".", "_")


def _today() -> datetime.date:
    from django.utils import timezone

    return timezone.localdate()
