"""Output formats. Each is a small module with a ``render`` function from a
:class:`~editlint.results.RunResult` to text; none of them prints.

``text`` is for people, ``json`` for scripts, and ``sarif``, ``github`` and
``junit`` for CI systems (code scanning, inline annotations, test reports);
docs/output.md describes each.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterator

FORMATS = ("text", "json", "sarif", "github", "junit")


def render(result, format: str, color: bool = False) -> str:
    """The whole report as one string (see :func:`stream`)."""
    return "".join(stream(result, format, color))


def stream(result, format: str, color: bool = False) -> Iterator[str]:
    """The report in ``format``, a piece at a time: a diagnostic (or a few
    lines) per piece, so that memory does not grow with the report. Every
    format writes the same text streamed or not."""
    if format == "json":
        from .json import stream as stream_json

        return stream_json(result)
    if format == "sarif":
        from .sarif import stream as stream_sarif

        return stream_sarif(result)
    if format == "github":
        from .github import stream as stream_github

        return stream_github(result)
    if format == "junit":
        from .junit import stream as stream_junit

        return stream_junit(result)
    if format != "text":
        raise ValueError(f"unknown output format {format!r} (one of {', '.join(FORMATS)})")
    from .text import stream as stream_text

    return stream_text(result, color)


def relative_path(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` with forward slashes ("drafts/a.md"),
    or None when it is outside ``root`` (or on another drive). ``path`` is
    as given on the command line: relative to ``root``, or absolute."""
    if path == "-":
        return None
    full = os.path.normpath(os.path.join(root, path))
    try:
        relative = os.path.relpath(full, root)
    except ValueError:  # another drive on Windows
        return None
    relative = relative.replace(os.sep, "/")
    if relative == ".." or relative.startswith("../") or posixpath.isabs(relative):
        return None
    return relative
