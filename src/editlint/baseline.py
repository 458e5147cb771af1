"""Baselines: today's findings recorded, so only new ones are reported.

A finding is fingerprinted by its rule, the text it covers and the text of
its line with whitespace collapsed, not by its line number: lines moving up
or down (a paragraph inserted above) do not make old findings new. Two equal
findings in one file are told apart by their order.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Protocol

from .diagnostic import Diagnostic
from .errors import EditlintError
from .pathfilters import relative_name
from .span import LineIndex

VERSION = 1


class _Text(Protocol):
    """A draft's text and its line index (a Document or a FileResult)."""

    source: str
    line_index: LineIndex


def fingerprints(document: _Text, diagnostics: list[Diagnostic]) -> list[str]:
    """One fingerprint per diagnostic, in order."""
    seen: Counter[str] = Counter()
    result = []
    index = document.line_index
    for d in diagnostics:
        line = index.line_col(d.span.start)[0]
        context = " ".join(index.line_text(line).split())
        match = " ".join(document.source[d.span.start : d.span.end].split())
        key = hashlib.sha1(f"{d.rule_id}\0{match}\0{context}".encode()).hexdigest()[:16]
        seen[key] += 1
        result.append(f"{key}:{seen[key]}")
    return result


def key_for(path: str) -> str:
    """How a draft is named in a baseline: its path relative to the working
    folder, with forward slashes."""
    resolved = Path(path).resolve()
    return relative_name(resolved, Path.cwd().resolve()) or resolved.as_posix()


def write(path: Path, entries: dict[str, list[str]]) -> None:
    data = {"version": VERSION, "tool": "editlint", "findings": dict(sorted(entries.items()))}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def read(path: Path) -> dict[str, set[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditlintError(str(path), "baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EditlintError(str(path), f"not a baseline file: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), dict):
        raise EditlintError(str(path), f"not an editlint baseline (version {VERSION})")
    return {name: set(prints) for name, prints in data["findings"].items()}
