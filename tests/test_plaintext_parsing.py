"""Plain-text drafts (``.txt``): paragraphs, headings, line breaks, directives.

Paragraphs are separated by blank lines (whitespace-only lines count as
blank). A paragraph of one short line with no closing punctuation is a
heading, and the headline when it is the first block. An ``<!-- editlint-...
-->`` comment is a directive, never text: on a line of its own (or several)
it separates paragraphs, inside a line it is hidden. Markdown syntax means
nothing here; web and e-mail addresses are still hidden.
"""

from __future__ import annotations

import pytest

from editlint.document import PLACEHOLDER, BlockKind, Document, TokenKind
from editlint.parsing import parse
from editlint.parsing.plaintext import HEADING_MAX_CHARS, HEADING_MAX_WORDS

P = PLACEHOLDER
HEADLINE = BlockKind.HEADLINE
HEADING = BlockKind.HEADING
PARAGRAPH = BlockKind.PARAGRAPH


def txt(source: str) -> Document:
    return parse("draft.txt", source)


def outline(doc: Document) -> list[tuple]:
    return [(b.kind, b.text) for b in doc.blocks]


def assert_exact_mapping(doc: Document) -> None:
    """Every token of plain text is a verbatim copy of its source range."""
    for i, block in enumerate(doc.blocks):
        assert block.index == i and block.level is None and block.field is None and not block.in_quote
        assert 0 <= block.span.start < block.span.end <= len(doc.source)
        for token in block.tokens:
            piece = doc.source[token.span.start : token.span.end]
            if token.kind is TokenKind.HIDDEN:
                assert token.text == P and piece
            else:
                assert piece == token.text, (token, piece)


# --------------------------------------------------------------------------- paragraphs


def test_paragraphs_split_on_blank_and_whitespace_only_lines():
    source = (
        "First para line one.\n"
        "line two.\n"
        " \t \n"  # whitespace only: a blank line
        "Second para.\n"
        "\n"
        "\n"
        "Third para, after two blank lines.\n"
        "\t\n"
        "Fourth para.\n"
    )
    doc = txt(source)
    assert outline(doc) == [
        (PARAGRAPH, "First para line one.\nline two."),
        (PARAGRAPH, "Second para."),
        (PARAGRAPH, "Third para, after two blank lines."),
        (PARAGRAPH, "Fourth para."),
    ]
    assert [source[b.span.start : b.span.end] for b in doc.blocks] == [
        "First para line one.\nline two.",
        "Second para.",
        "Third para, after two blank lines.",
        "Fourth para.",
    ]
    assert_exact_mapping(doc)


def test_line_breaks_inside_a_paragraph_read_as_one_newline():
    source = "  The council voted.   \n     It passed 7-2.\nThen it rose.  \n"
    [block] = txt(source).blocks
    # Indentation and trailing spaces around a break are not text.
    assert block.text == "The council voted.\nIt passed 7-2.\nThen it rose."
    assert source[block.span.start : block.span.end] == "The council voted.   \n     It passed 7-2.\nThen it rose."
    # The newline in the text stands for the whole whitespace run in the source.
    start = block.text.index("voted")
    span = block.source_span(start, block.text.index("passed"))
    assert source[span.start : span.end] == "voted.   \n     It "
    assert_exact_mapping(txt(source))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_blocks(newline):
    lines = ["Council approves bridge", "", "The council voted.", "It passed.", "", "By the numbers", ""]
    source = newline.join(lines)
    doc = txt(source)
    assert outline(doc) == [
        (HEADLINE, "Council approves bridge"),
        (PARAGRAPH, "The council voted.\nIt passed."),
        (HEADING, "By the numbers"),
    ]
    second = doc.blocks[1]
    assert source[second.span.start : second.span.end] == f"The council voted.{newline}It passed."
    assert_exact_mapping(doc)


@pytest.mark.parametrize("source", ["", "\n", "\n\n \t\n", "   "])
def test_empty_drafts_have_no_blocks(source):
    assert txt(source).blocks == ()


def test_last_line_without_a_newline():
    source = "Headline\n\nLast line."
    doc = txt(source)
    assert outline(doc) == [(HEADLINE, "Headline"), (PARAGRAPH, "Last line.")]
    assert doc.blocks[1].span.end == len(source)


# --------------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    "line, is_heading",
    [
        ("Council approves bridge plan", True),
        ("By the numbers", True),
        ('"Go home," says minister', True),
        ("Council approves 4.5 per cent rise", True),
        ("The council voted on Monday.", False),
        ("Is it over?", False),
        ("Stop!", False),
        ("What next:", False),
        ("Wait;", False),
        ("Wait,", False),
        ("And then…", False),
        ("He said \u201cno.\u201d", False),
        ("(It ended.)", False),
        ("Something. Another thing", False),
        ("Why? Because", False),
        ("x" * HEADING_MAX_CHARS, True),
        ("x" * (HEADING_MAX_CHARS + 1), False),
        (" ".join(["word"] * HEADING_MAX_WORDS), True),
        (" ".join(["w"] * (HEADING_MAX_WORDS + 1)), False),
    ],
)
def test_heading_detection(line, is_heading):
    doc = txt(f"First paragraph.\n\n{line}\n")
    assert doc.blocks[1].text == line
    assert doc.blocks[1].kind is (HEADING if is_heading else PARAGRAPH)


def test_first_heading_like_block_is_the_headline_later_ones_are_headings():
    doc = txt("Council approves bridge\n\nThe council voted.\n\nBy the numbers\n\nMore text.\n\nWhat comes next\n")
    assert [b.kind for b in doc.blocks] == [HEADLINE, PARAGRAPH, HEADING, PARAGRAPH, HEADING]
    assert doc.headline is doc.blocks[0]


def test_no_headline_when_the_draft_opens_with_a_paragraph():
    doc = txt("The council voted on Monday.\n\nBy the numbers\n")
    assert [b.kind for b in doc.blocks] == [PARAGRAPH, HEADING]
    assert doc.headline is None


def test_a_short_paragraph_of_two_lines_is_not_a_heading():
    doc = txt("Council approves\nbridge plan\n\nBody.\n")
    assert outline(doc) == [(PARAGRAPH, "Council approves\nbridge plan"), (PARAGRAPH, "Body.")]


def test_an_indented_headline_is_trimmed():
    source = "   Council approves bridge   \n\nBody.\n"
    doc = txt(source)
    assert outline(doc) == [(HEADLINE, "Council approves bridge"), (PARAGRAPH, "Body.")]
    assert doc.blocks[0].span.start == 3


@pytest.mark.parametrize("line", ["U.S. Army Withdraws From Base", "Dr. Smith Wins Nobel Prize"])
def test_headline_with_an_abbreviation(line):
    doc = txt(f"{line}\n\nThe body.\n")
    assert outline(doc) == [(HEADLINE, line), (PARAGRAPH, "The body.")]


# --------------------------------------------------------------------------- directives


def test_directive_lines_are_directives_not_text():
    source = (
        "Council approves bridge\n"  # 1
        "\n"
        "The council voted.\n"  # 3
        "<!-- editlint-disable style.repeated-word -->\n"  # 4: ends the paragraph
        "the the again here.\n"  # 5
        "  <!-- editlint-enable -->  \n"  # 6: surrounding spaces allowed
        "<!-- editlint-disable-next-line style.a, style.b -->\n"  # 7
        "Last line.\n"  # 8
        "<!--editlint-disable-file -->\n"  # 9: no space needed after "<!--"
    )
    doc = txt(source)
    assert outline(doc) == [
        (HEADLINE, "Council approves bridge"),
        (PARAGRAPH, "The council voted."),
        (PARAGRAPH, "the the again here."),
        (PARAGRAPH, "Last line."),
    ]
    assert [(d.action, d.rules, d.line, d.end_line) for d in doc.directives] == [
        ("disable", ("style.repeated-word",), 4, 4),
        ("enable", (), 6, 6),
        ("disable-next-line", ("style.a", "style.b"), 7, 7),
        ("disable-file", (), 9, 9),
    ]
    assert all("editlint" not in b.text for b in doc.blocks)


@pytest.mark.parametrize(
    "comment, action", [("<!--editlint-disable-->", "disable"), ("<!--editlint-enable-->", "enable")]
)
def test_directive_without_spaces_inside_the_comment(comment, action):
    doc = txt(f"One.\n{comment}\nTwo.\n")
    assert [(d.action, d.rules, d.line) for d in doc.directives] == [(action, (), 2)]
    assert outline(doc) == [(PARAGRAPH, "One."), (PARAGRAPH, "Two.")]


def test_directive_line_numbers_with_crlf():
    doc = txt("One.\r\n\r\n<!-- editlint-disable-line -->\r\nTwo.\r\n")
    assert [(d.action, d.line) for d in doc.directives] == [("disable-line", 3)]
    assert outline(doc) == [(PARAGRAPH, "One."), (PARAGRAPH, "Two.")]


def test_comments_that_are_not_directives_stay_text_and_directives_inside_a_line_are_hidden():
    source = "<!-- just a note -->\n\nText <!-- editlint-disable --> inline.\n\n<!-- editlint-disabled -->\n"
    doc = txt(source)
    assert [(d.action, d.rules, d.line) for d in doc.directives] == [("disable", (), 3)]
    assert outline(doc) == [
        (HEADLINE, "<!-- just a note -->"),  # HTML means nothing in plain text
        (PARAGRAPH, f"Text {P} inline."),  # a directive, as in Markdown: no rule reads it
        (HEADING, "<!-- editlint-disabled -->"),  # "disabled" is no directive
    ]
    assert_exact_mapping(doc)


def test_a_directive_over_several_lines_is_not_text():
    source = (
        "The council met.\n"  # 1
        "<!-- editlint-disable-next-line\n"  # 2
        "     style.redundnacy spelling.typo -->\n"  # 3
        "The end result.\n"  # 4
        "Last words. <!-- editlint-disable-line\n"  # 5
        "  style.redundancy -->\n"  # 6
    )
    doc = txt(source)
    assert outline(doc) == [(PARAGRAPH, "The council met."), (PARAGRAPH, "The end result.\nLast words.")]
    assert [(d.action, d.rules, d.line, d.end_line) for d in doc.directives] == [
        ("disable-next-line", ("style.redundnacy", "spelling.typo"), 2, 3),
        ("disable-line", ("style.redundancy",), 5, 6),
    ]
    assert [(n.pattern, source[n.start : n.end]) for n in doc.rule_names] == [
        ("style.redundnacy", "style.redundnacy"),
        ("spelling.typo", "spelling.typo"),
        ("style.redundancy", "style.redundancy"),
    ]


# --------------------------------------------------------------------------- content


def test_markdown_syntax_is_plain_text():
    source = "# Not *markup* here, `code` and [link](x) &amp; \\* stay.\n"
    [block] = txt(source).blocks
    assert block.text == source.rstrip("\n")
    assert_exact_mapping(txt(source))


def test_addresses_are_hidden_in_plain_text():
    source = "Visit https://example.com/a?b=c, www.example.org/x or write to me@example.com.\n"
    [block] = txt(source).blocks
    assert block.text == f"Visit {P}, {P} or write to {P}."
    hidden = [source[t.span.start : t.span.end] for t in block.tokens if t.kind is TokenKind.HIDDEN]
    assert hidden == ["https://example.com/a?b=c", "www.example.org/x", "me@example.com"]
    assert_exact_mapping(txt(source))


def test_unicode_text_maps_exactly():
    source = (
        "\U0001f44d Family \U0001f468\u200d\U0001f469\u200d\U0001f467 at the cafe\u0301\n"
        "\n"
        "\u0642\u0627\u0644 \u0627\u0644\u0637\u0627\u0644\u0628\tdone.\n"
    )
    doc = txt(source)
    assert outline(doc) == [
        (HEADLINE, "\U0001f44d Family \U0001f468\u200d\U0001f469\u200d\U0001f467 at the cafe\u0301"),
        (PARAGRAPH, "\u0642\u0627\u0644 \u0627\u0644\u0637\u0627\u0644\u0628\tdone."),
    ]
    assert_exact_mapping(doc)
