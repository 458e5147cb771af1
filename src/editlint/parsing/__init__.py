"""Reading a draft's text into a :class:`~editlint.document.Document`."""

from __future__ import annotations

from pathlib import PurePath

from ..document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})


def format_for(path: str) -> str:
    """ "markdown" for Markdown file names, otherwise "text"."""
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def parse(path: str, source: str, format: str | None = None) -> Document:
    """Parse ``source`` (already decoded, without a byte-order mark)."""
    if (format or format_for(path)) == "markdown":
        from .markdown import parse_markdown

        return parse_markdown(path, source)
    from .plaintext import parse_text

    return parse_text(path, source)
