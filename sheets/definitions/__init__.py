"""The registry of sheet definitions: ``get_definition(code, version=None)``, ``all_definitions()``.

Each sheet version is one immutable ``SheetDefinition`` (see ``base``). Adding a version means a
new definition registered here plus a data migration in ``sheets.definitions.migrations``; an
existing version is never edited in place, because stored data and revisions refer to it.
"""

from __future__ import annotations

from .base import PRESENT, PRESENT_LABEL, FieldType, SheetDefinition, Writer, version_tuple
from .career_plan import SHEET_1_1, SHEET_1_2
from .evaluation import (
    SHEET_3_3_1_1,
    SHEET_3_3_1_2,
    SHEET_3_3_2_1,
    SHEET_3_3_2_2,
    SHEET_3_3_2_3,
    SHEET_3_3_3,
    SHEET_3_3_4,
)
from .learning import SHEET_3_2
from .qualifications import SHEET_3_1
from .work_history import SHEET_2

__all__ = [
    "PRESENT",
    "PRESENT_LABEL",
    "FieldType",
    "SheetDefinition",
    "UnknownDefinition",
    "Writer",
    "all_definitions",
    "get_definition",
    "register",
    "sheet_codes",
    "unregister",
]


class UnknownDefinition(LookupError):
    """No definition for this sheet code (and version)."""

    def __init__(self, code: str, version: str | None = None):
        self.code = code
        self.version = version
        what = f"様式「{code}」" + (f"の版「{version}」" if version else "")
        super().__init__(f"{what}は見つかりません。")
        self.message = str(self)


_REGISTRY: dict[tuple[str, str], SheetDefinition] = {}


def register(definition: SheetDefinition) -> SheetDefinition:
    """Add a definition. Registering a different definition under an existing version is an error."""
    existing = _REGISTRY.get(definition.key)
    if existing is not None and existing != definition:
        raise ValueError(f"sheet {definition.code} version {definition.version} is already defined")
    _REGISTRY[definition.key] = definition
    return definition


def unregister(code: str, version: str) -> None:
    """Remove a definition (tests that define a temporary version use this)."""
    _REGISTRY.pop((code, version), None)


def get_definition(code: str, version: str | None = None) -> SheetDefinition:
    """The definition of a sheet; its latest version unless ``version`` is given."""
    if version is not None:
        try:
            return _REGISTRY[(code, version)]
        except KeyError:
            raise UnknownDefinition(code, version) from None
    versions = [d for d in _REGISTRY.values() if d.code == code]
    if not versions:
        raise UnknownDefinition(code)
    return max(versions, key=lambda d: d.version_tuple)


def all_definitions() -> list[SheetDefinition]:
    """Every registered definition, by sheet code in 様式 order, then version."""
    return sorted(_REGISTRY.values(), key=lambda d: (_code_key(d.code), version_tuple(d.version)))


def sheet_codes() -> list[str]:
    """The codes of all sheets, in 様式 order."""
    return sorted({d.code for d in _REGISTRY.values()}, key=_code_key)


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("-"))


for _definition in (
    SHEET_1_1,
    SHEET_1_2,
    SHEET_2,
    SHEET_3_1,
    SHEET_3_2,
    SHEET_3_3_1_1,
    SHEET_3_3_1_2,
    SHEET_3_3_2_1,
    SHEET_3_3_2_2,
    SHEET_3_3_2_3,
    SHEET_3_3_3,
    SHEET_3_3_4,
):
    register(_definition)
