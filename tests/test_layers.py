"""The arrows of DESIGN.md: domain imports nothing of ours, storage no Qt, printing no storage or ui, the
widgets neither storage nor printing (they ask services), the CLI only services (and the GUI it starts);
and no import circle between any two modules of ejournal_desktop (function-level imports included)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "ejournal_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "ejournal_desktop.storage", "ejournal_desktop.services",
               "ejournal_desktop.ui", "ejournal_desktop.printing"),
    "storage": ("PySide6", "ejournal_desktop.services", "ejournal_desktop.ui", "ejournal_desktop.printing"),
    "services": ("PySide6", "ejournal_desktop.ui"),
    "printing": ("PySide6", "ejournal_desktop.storage", "ejournal_desktop.ui", "ejournal_desktop.services"),
    "ui": ("ejournal_desktop.storage", "sqlalchemy", "ejournal_desktop.printing"),
    "cli": ("PySide6", "sqlalchemy", "ejournal_desktop.storage", "ejournal_desktop.printing", "ejournal_desktop.ui"),
}
# The exceptions: `ejournal` with no command (and `screenshots`) starts the GUI; `diagnostics` puts this
# PC's GUI preferences (QSettings, read only by ui.app_preferences) into the archive it writes.
ALLOWED = {"cli/gui.py": ("ejournal_desktop.ui",), "cli/diagnostics.py": ("ejournal_desktop.ui.app_preferences",)}


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


def test_every_layer_is_looked_at():
    # A wrong PKG once made every check below pass over no file at all.
    for layer in FORBIDDEN:
        assert len(list((PKG / layer).rglob("*.py"))) > 1, f"no modules found under {PKG / layer}"


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


def module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_graph() -> dict[str, set[str]]:
    """Module → the modules of ours it imports, at the top or inside a function: `from a import b` is an
    edge to the module a.b when there is one, else to a (the package's __init__)."""
    paths = {module_name(p): p for p in PKG.rglob("*.py")}
    graph = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in paths}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
                for alias in node.names:
                    if f"{base}.{alias.name}" in paths:
                        found.add(f"{base}.{alias.name}")
                    elif base in paths:
                        found.add(base)
        graph[name] = found - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One closed path per strongly connected group of modules (Tarjan), e.g. [a, b, a]."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    cycles = []
    for group in groups:  # a shortest way back to the group's first module, for the message
        start = min(group)
        paths = {start: [start]}
        queue = [start]
        while queue:
            v = queue.pop(0)
            for w in sorted(graph[v] & group):
                if w == start:
                    cycles.append(paths[v] + [start])
                    queue = []
                    break
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
    return sorted(cycles)


def test_cycle_finder_reports_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c", "a"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    cycles = [" → ".join(c) for c in import_cycles(module_graph())]
    assert cycles == []
