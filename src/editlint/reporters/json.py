"""``--format json``: one JSON document for the whole run.

Schema (version 1), documented in docs/output.md::

    {"version": 1, "editlint": "0.1.0",
     "diagnostics": [{"path", "line", "column", "end_line", "end_column",
                      "rule", "severity", "message", "match",
                      "suggestions": [...], "fix": null | {...}}],
     "errors": [{"path", "line", "message"}],
     "summary": {...}}

Lines and columns are 1-based and count Unicode code points; the end is
exclusive.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import __version__
from ..diagnostic import Severity, attach
from ..results import RunResult
from .streaming import dump_with_list

SCHEMA_VERSION = 1


def diagnostics(result: RunResult) -> list[dict]:
    return list(iter_diagnostics(result))


def iter_diagnostics(result: RunResult) -> Iterator[dict]:
    # Each is the diagnostic's own to_dict(): the API and the report agree.
    for file in result.files:
        for d in attach(file.diagnostics, file.text):
            yield d.to_dict()


def render(result: RunResult) -> str:
    return "".join(stream(result))


def stream(result: RunResult) -> Iterator[str]:
    """The document, one diagnostic at a time (the same text json.dumps
    gives for the whole document)."""
    document = {
        "version": SCHEMA_VERSION,
        "editlint": __version__,
        "diagnostics": [],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in result.errors],
        "summary": {
            "files": len(result.files),
            "files_with_diagnostics": sum(1 for f in result.files if f.diagnostics),
            "diagnostics": result.total,
            **{s.label: result.count(s) for s in sorted(Severity, key=lambda s: -s.rank)},
            "errors": len(result.errors),
            "fixed": result.fixed,
            "exit_code": result.exit_code,
        },
    }
    return dump_with_list(document, ("diagnostics",), iter_diagnostics(result))
