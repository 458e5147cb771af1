"""The seed draft as a Word document and as an HTML page gives the same
findings as the text it was filed as (issue 17): the same rules, messages
and suggestions, on the same words of the same paragraphs.

Both are built here from ``../shared/seed/article.txt``: each of its
paragraphs becomes a Word paragraph (or an HTML element), the headline and
the headings the plain-text reader finds get a heading style (or tag).
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from editlint import Linter
from editlint.document import BlockKind
from editlint.parsing import parse

docx = pytest.importorskip("docx")

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"

pytestmark = pytest.mark.skipif(not ARTICLE.is_file(), reason=f"the shared seed draft is not available ({ARTICLE})")


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def paragraphs(article) -> list[tuple[BlockKind, str]]:
    # Each block of the seed is one line of it (its paragraphs are separated by blank lines).
    blocks = parse("article.txt", article).blocks
    assert all("\n" not in block.text for block in blocks)
    # A short line the text reader takes for a heading but that has no
    # capital at all is a stray line ("administrator"), as it leaves it:
    # in Word or HTML it is a paragraph.
    return [
        (BlockKind.PARAGRAPH if block.kind is BlockKind.HEADING and block.text.islower() else block.kind, block.text)
        for block in blocks
    ]


def _by_paragraph(diagnostics, text_lines: list[str] | None = None, shift=lambda line: 0) -> list[tuple]:
    """(paragraph number, column in the paragraph's text, rule, message,
    suggestions, match) of each finding."""
    found = []
    for d in diagnostics:
        line = d.line if text_lines is None else text_lines.index(d.line) + 1
        found.append((line, d.column - shift(line), d.rule, d.message, d.suggestions, d.match))
    return sorted(found)


@pytest.fixture(scope="module")
def from_text(article) -> list[tuple]:
    diagnostics = Linter(config={}).lint_text(article, path="article.txt")
    lines = [n for n, line in enumerate(article.split("\n"), start=1) if line.strip()]
    found = _by_paragraph(diagnostics, lines)
    assert len(found) >= 14  # the seed's findings are there to compare
    return found


def test_the_seed_as_a_word_document_gives_the_same_findings(tmp_path, paragraphs, from_text):
    document = docx.Document()
    for kind, text in paragraphs:
        if kind is BlockKind.HEADLINE:
            document.add_paragraph(text, style="Title")
        elif kind is BlockKind.HEADING:
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    path = tmp_path / "article.docx"
    document.save(path)
    diagnostics = Linter(config={}).lint_path(path)
    assert _by_paragraph(diagnostics) == from_text


def test_the_seed_as_an_html_page_gives_the_same_findings(paragraphs, from_text):
    opening = {BlockKind.HEADLINE: "<h1>", BlockKind.HEADING: "<h2>"}
    lines = []
    for kind, text in paragraphs:
        tag = opening.get(kind, "<p>")
        lines.append(f"{tag}{html.escape(text, quote=False)}</{tag[1:]}")
    page = "\n".join(lines) + "\n"
    diagnostics = Linter(config={}).lint_text(page, path="article.html")
    tags = [len(opening.get(kind, "<p>")) for kind, _ in paragraphs]
    assert _by_paragraph(diagnostics, shift=lambda line: tags[line - 1]) == from_text
