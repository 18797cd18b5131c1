"""System check: warn when HarfBuzz's subset library cannot be loaded.

WeasyPrint subsets the fonts it embeds. With ``libharfbuzz-subset`` (Debian: ``libharfbuzz-subset0``,
HarfBuzz ≥ 4.1) it does so in C; without it, it falls back to fontTools in Python, which is slower
on a CJK font of 20,000 glyphs (bench/exports.py measured 1.5× for the subsetting step). The
check looks for the library under the same names WeasyPrint's ``weasyprint.text.ffi`` tries, with
ctypes, so running ``manage.py check`` does not have to import WeasyPrint (and Pango) at all.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

from django.core import checks

# The names weasyprint.text.ffi passes to dlopen, in its order.
SUBSET_LIBRARY_NAMES = (
    "libharfbuzz-subset-0",
    "harfbuzz-subset",
    "harfbuzz-subset-0.0",
    "libharfbuzz-subset.so.0",
    "libharfbuzz-subset.0.dylib",
    "libharfbuzz-subset-0.dll",
)
HARFBUZZ_LIBRARY_NAMES = (
    "libharfbuzz-0",
    "harfbuzz",
    "harfbuzz-0.0",
    "libharfbuzz.so.0",
    "libharfbuzz.0.dylib",
    "libharfbuzz-0.dll",
)
MINIMUM_HARFBUZZ = (4, 1, 0)  # WeasyPrint uses hb_subset only from this version on


def _load(names: tuple[str, ...]):
    found = ctypes.util.find_library(names[1])
    for name in (found, *names) if found else names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


@functools.cache
def harfbuzz_subset_status() -> str | None:
    """``None`` when WeasyPrint can subset fonts with HarfBuzz, else what is missing (for the warning)."""
    subset = _load(SUBSET_LIBRARY_NAMES)
    if subset is None:
        return "libharfbuzz-subset was not found"
    harfbuzz = _load(HARFBUZZ_LIBRARY_NAMES)
    if harfbuzz is None:
        return "libharfbuzz was not found"
    try:
        at_least = harfbuzz.hb_version_atleast
    except AttributeError:
        return "libharfbuzz has no hb_version_atleast"
    at_least.restype = ctypes.c_int
    at_least.argtypes = [ctypes.c_uint, ctypes.c_uint, ctypes.c_uint]
    if not at_least(*MINIMUM_HARFBUZZ):
        return "HarfBuzz is older than 4.1"
    return None


@checks.register(checks.Tags.compatibility)
def check_harfbuzz_subset(app_configs=None, **kwargs):
    problem = harfbuzz_subset_status()
    if problem is None:
        return []
    return [
        checks.Warning(
            f"PDF exports will subset fonts slowly: {problem}.",
            hint=(
                "Install HarfBuzz's subset library (Debian/Ubuntu: apt-get install libharfbuzz-subset0). "
                "Without it WeasyPrint falls back to fontTools, which is slower on the BIZ UD fonts."
            ),
            id="outputs.W001",
        )
    ]
