"""The import structure of the core: layers that only import downwards.

span -> textmap -> tokens, sentences -> document -> parsing (the readers)
-> everything else. The text-level modules never import the Document, the
Document never imports a reader, and a reader's module never imports the
registry that lists it. Imports anywhere in a module count, those inside
functions too, as they do for ../shared/tools/structure.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "editlint"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def imports_of(name: str) -> set[str]:
    """The editlint modules ``name`` imports, anywhere in its code."""
    path = MODULES[name]
    return imports_in(path.read_text(encoding="utf-8"), name, path.name == "__init__.py")


def imports_in(source: str, name: str, is_package: bool) -> set[str]:
    package = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name and target != "editlint" and not name.startswith(target + "."):
                found.add(target)
    return found


def _circles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    edges = {name: imports_of(name) for name in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for name in MODULES:
        if name not in index:
            visit(name)
    return circles


def test_no_import_circles_in_the_package():
    assert _circles() == []


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("editlint.span", set()),
        ("editlint.textmap", {"editlint.span"}),
        ("editlint.tokens", {"editlint.span", "editlint.textmap"}),
        ("editlint.sentences", set()),
        ("editlint.document", {"editlint.span", "editlint.textmap", "editlint.tokens", "editlint.sentences"}),
    ],
)
def test_the_text_layer_and_the_document_import_only_downwards(module, allowed):
    assert imports_of(module) <= allowed


def test_readers_import_neither_the_registry_nor_anything_above_the_document():
    below = {"editlint.span", "editlint.textmap", "editlint.tokens", "editlint.sentences", "editlint.document"}
    readers = [name for name in MODULES if name.startswith("editlint.parsing.")]
    assert "editlint.parsing.markdown" in readers
    for name in readers:
        others = imports_of(name) - below
        assert all(other.startswith("editlint.parsing.") for other in others), (name, others)


def test_a_function_level_import_counts():
    # What the old circle was made of: Block.tokens imported the tokenizer
    # inside a method.
    source = "class Block:\n    def tokens(self):\n        from .parsing.tokens import tokenize\n"
    assert imports_in(source, "editlint.document", is_package=False) == {"editlint.parsing"}
