"""Demo data flows one way: ``demo`` imports the apps, no app imports ``demo``. The settings are
the one place that wires everything together (the dev settings point the マイナポータル login at the
demo's test OP; production refuses its secrets), so they may name it."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "accounts",
    "assistant",
    "content",
    "diagnosis",
    "guidance_pages",
    "home",
    "insights",
    "legal",
]
APPS += [
    "lifeline",
    "matching",
    "occupations",
    "outputs",
    "partners",
    "portal",
    "resumes",
    "sentences",
    "sharing",
    "sheets",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_app_imports_the_demo():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "settings" not in path.parts
        for name in _imports(path)
        if name == "demo" or name.startswith("demo.")
    ]
    assert offenders == []


def test_the_check_sees_an_import():
    assert "demo.loaders.sheets" in _imports(ROOT / "demo" / "loader.py")
