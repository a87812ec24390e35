"""ARCHITECTURE rule 1: dependencies point inward (walks the AST of every module)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "desktop"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules() -> list[tuple[str, set[str]]]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).as_posix()
        out.append((rel, imports_of(path)))
    return out


def offenders(prefixes: tuple[str, ...], allowed) -> list[str]:
    bad = []
    for rel, names in modules():
        if allowed(rel):
            continue
        hits = sorted(n for n in names if n.startswith(prefixes))
        if hits:
            bad.append(f"{rel}: {', '.join(hits)}")
    return bad


# The program's entry points put the layers together: the window and the self-test (which
# checks every layer's own part and shows its report as the window layer does).
ENTRY_POINTS = ("desktop/app.py", "desktop/selftest.py")


def test_only_ui_and_app_import_qt_widgets_and_gui():
    qt = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport")
    assert offenders(qt, lambda rel: rel.startswith("desktop/ui/")
                     or rel in ENTRY_POINTS) == []


def test_only_store_imports_sqlalchemy_and_sqlcipher():
    db = ("sqlalchemy", "sqlcipher3", "alembic", "sqlite3")
    assert offenders(db, lambda rel: rel.startswith("desktop/store/")) == []


def test_only_reports_import_reportlab():
    assert offenders(("reportlab",), lambda rel: rel.startswith("desktop/reports/")) == []


def test_domain_imports_nothing_of_ours_but_domain():
    bad = []
    for rel, names in modules():
        if rel.startswith("desktop/domain/"):
            ours = [n for n in names if n.startswith("desktop.")
                    and not n.startswith("desktop.domain")]
            third = [n for n in names if n.split(".")[0] in
                     ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "keyring")]
            if ours or third:
                bad.append(f"{rel}: {ours + third}")
    assert bad == []


def test_store_depends_only_on_domain():
    bad = [rel for rel, names in modules() if rel.startswith("desktop/store/")
           and any(n.startswith(("desktop.services", "desktop.ui", "desktop.reports",
                                 "desktop.security")) for n in names)]
    assert bad == []


def test_services_never_import_ui():
    bad = [rel for rel, names in modules()
           if not rel.startswith("desktop/ui/") and rel not in ENTRY_POINTS
           and any(n.startswith("desktop.ui") for n in names)]
    assert bad == []


def test_the_walker_sees_a_violation(tmp_path):
    """The checks above must be able to fail."""
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy\n")
    assert {"PySide6.QtWidgets", "sqlalchemy"} <= imports_of(sample)
