"""Output formats. Each is a small module with a ``render`` function from a
:class:`~editlint.results.RunResult` to text; none of them prints."""

from __future__ import annotations

FORMATS = ("text", "json")


def render(result, format: str, color: bool = False) -> str:
    if format == "json":
        from .json import render as render_json

        return render_json(result)
    from .text import render as render_text

    return render_text(result, color)
