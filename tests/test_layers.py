"""The arrows of DESIGN.md: domain imports nothing of ours, storage no Qt, printing no storage or ui, the
widgets neither storage nor printing (they ask services), the CLI only services (and the GUI it starts)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "ejournal_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "ejournal_desktop.storage", "ejournal_desktop.services",
               "ejournal_desktop.ui", "ejournal_desktop.printing"),
    "storage": ("PySide6", "ejournal_desktop.services", "ejournal_desktop.ui", "ejournal_desktop.printing"),
    "services": ("PySide6", "ejournal_desktop.ui"),
    "printing": ("PySide6", "ejournal_desktop.storage", "ejournal_desktop.ui", "ejournal_desktop.services"),
    "ui": ("ejournal_desktop.storage", "sqlalchemy", "ejournal_desktop.printing"),
    "cli": ("PySide6", "sqlalchemy", "ejournal_desktop.storage", "ejournal_desktop.printing", "ejournal_desktop.ui"),
}
# The one exception: `ejournal` with no command (and `screenshots`) starts the GUI.
ALLOWED = {"cli/gui.py": ("ejournal_desktop.ui",)}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PKG.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            else:
                found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    offences = []
    for path in (PKG / layer).rglob("*.py"):
        for module in imported_modules(path):
            allowed = ALLOWED.get(path.relative_to(PKG).as_posix(), ())
            if any(module == f or module.startswith(f + ".") for f in FORBIDDEN[layer]) and not any(
                    module == a or module.startswith(a + ".") for a in allowed):
                offences.append(f"{path.relative_to(PKG)} imports {module}")
    assert offences == []


def test_domain_imports_only_the_standard_library_and_itself():
    offences = []
    for path in (PKG / "domain").rglob("*.py"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if not (module.startswith("ejournal_desktop.domain") or top in sys.stdlib_module_names
                    or top == "__future__"):
                offences.append(f"{path.relative_to(PKG)} imports {module}")
    assert offences == []
