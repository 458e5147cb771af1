"""Markdown drafts: blocks, their visible text, and the map back to the source.

``editlint.parsing.parse(path, source)`` must give the right block kinds
(headline, heading with its level, paragraph, blockquote, list item, table
cell, front matter), block text that is the prose a reader sees, and token
spans that point at the exact source characters. The strong invariant checked
on every fixture: for every token, ``source[span.start:span.end]`` equals the
token's text whenever the text holds no placeholder (U+FFFC) and the source
slice holds no entity or backslash escape.
"""

from __future__ import annotations

import re

import pytest

from editlint.document import PLACEHOLDER, BlockKind, Document, Token, TokenKind
from editlint.parsing import format_for, parse

P = PLACEHOLDER
HEADLINE = BlockKind.HEADLINE
HEADING = BlockKind.HEADING
PARAGRAPH = BlockKind.PARAGRAPH
QUOTE = BlockKind.BLOCKQUOTE
ITEM = BlockKind.LIST_ITEM
CELL = BlockKind.TABLE_CELL
FRONT = BlockKind.FRONT_MATTER

# A character reference (&amp; &#39; &#x27;) or a CommonMark backslash escape
# of ASCII punctuation.
ENTITY_OR_ESCAPE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});|\\[!-/:-@\[-`{-~]")


def md(source: str) -> Document:
    return parse("draft.md", source)


def outline(doc: Document) -> list[tuple]:
    return [(b.kind, b.text, b.level) for b in doc.blocks]


def assert_exact_mapping(doc: Document) -> None:
    """Every span lies in the source and every plain token is a verbatim copy."""
    source = doc.source
    previous_block_start = 0
    headlines = 0
    for i, block in enumerate(doc.blocks):
        assert block.index == i
        headlines += block.kind is HEADLINE
        assert block.text and block.text == block.text.strip(), block
        assert 0 <= block.span.start < block.span.end <= len(source), block
        assert block.span.start >= previous_block_start, "blocks are in source order"
        previous_block_start = block.span.start
        previous_end = block.span.start
        for token in block.tokens:
            span = token.span
            where = f"{token!r} in block {block.text!r}"
            assert block.text[token.start : token.end] == token.text, where
            assert block.span.start <= span.start < span.end <= block.span.end, where
            assert span.start >= previous_end, "tokens are in order and do not overlap: " + where
            previous_end = span.end
            piece = source[span.start : span.end]
            if P in token.text:
                assert token.kind is TokenKind.HIDDEN, where
                continue
            if ENTITY_OR_ESCAPE.search(piece):
                continue
            assert piece == token.text, f"{where} maps to {piece!r}"
    assert headlines <= 1


# --------------------------------------------------------------------------- fixtures

FIXTURES: dict[str, tuple[str, list[tuple]]] = {
    "emphasis": (
        "Some *emph* and **strong** and _under_ and ***both*** and ~~struck~~ text.\n",
        [(PARAGRAPH, "Some emph and strong and under and both and struck text.", None)],
    ),
    "nested lists": (
        "- item one\n  - nested item\n    1. deep ordered\n- item two\n  continued lazily\n\n3) third\n",
        [
            (ITEM, "item one", None),
            (ITEM, "nested item", None),
            (ITEM, "deep ordered", None),
            (ITEM, "item two\ncontinued lazily", None),
            (ITEM, "third", None),
        ],
    ),
    "block quotes": (
        "> quote line\nlazy continuation\n>\n> second para\n\n> > nested quote\n\n- item\n  > quote in item\n",
        [
            (QUOTE, "quote line\nlazy continuation", None),
            (QUOTE, "second para", None),
            (QUOTE, "nested quote", None),
            (ITEM, "item", None),
            (QUOTE, "quote in item", None),
        ],
    ),
    "table": (
        "| Name | Note |\n| :--- | ---: |\n| x \\| y | a &amp; b |\n| **bold** | `code` |\n",
        [
            (CELL, "Name", None),
            (CELL, "Note", None),
            (CELL, "x | y", None),
            (CELL, "a & b", None),
            (CELL, "bold", None),
            (CELL, P, None),
        ],
    ),
    "table without outer pipes": (
        "a | b\n--|--\nc | d\n",
        [(CELL, "a", None), (CELL, "b", None), (CELL, "c", None), (CELL, "d", None)],
    ),
    "entities": (
        "Fish &amp; chips &copy; 2024 &mdash; caf&eacute; &#39;q&#x27;.\n",
        [(PARAGRAPH, "Fish & chips \u00a9 2024 \u2014 caf\u00e9 'q'.", None)],
    ),
    "backslash escapes": (
        "\\*not emphasis\\* and \\_x\\_ and \\[y\\] and \\# and \\\\ done.\n",
        [(PARAGRAPH, "*not emphasis* and _x_ and [y] and # and \\ done.", None)],
    ),
    "hard breaks": (
        "Line one  \nline two\\\nline three\n",
        [(PARAGRAPH, "Line one\nline two\nline three", None)],
    ),
    "setext headings": (
        "Setext Title\n============\n\nSub heading\n-----------\n\nBody.\n",
        [(HEADLINE, "Setext Title", 1), (HEADING, "Sub heading", 2), (PARAGRAPH, "Body.", None)],
    ),
    "atx headings with closing hashes": (
        "# Top #\n\n## Closing hashes ##\n\n### Three ###   \n\n#### Four\n",
        [(HEADLINE, "Top", 1), (HEADING, "Closing hashes", 2), (HEADING, "Three", 3), (HEADING, "Four", 4)],
    ),
    "autolinks": (
        "See <http://example.com/a> and <me@example.com> now.\n",
        [(PARAGRAPH, f"See {P} and {P} now.", None)],
    ),
    "reference links": (
        "A [link text][ref], a [collapsed][] and a [shortcut] link.\n\n"
        '[ref]: http://example.com/ref\n[collapsed]: <http://example.com/c> "Title"\n[shortcut]: /s\n',
        [(PARAGRAPH, "A link text, a collapsed and a shortcut link.", None)],
    ),
    "inline links": (
        "Read [the report](http://x.com/r \"Title\") and [more](<a b> 'x').\n",
        [(PARAGRAPH, "Read the report and more.", None)],
    ),
    "images": (
        'An ![alt text](img/a.png "Title") image and ![b](<c d.png>).\n',
        [(PARAGRAPH, f"An {P} image and {P}.", None)],
    ),
    "inline html": (
        'Some <span class="x">inline</span> html<br/> here.\n',
        [(PARAGRAPH, f"Some {P}inline{P} html{P} here.", None)],
    ),
    "html blocks and comments": (
        "<div>\nhidden\n</div>\n\nVisible para.\n\n<!-- comment\nhidden -->\n",
        [(PARAGRAPH, "Visible para.", None)],
    ),
    "code": (
        "Use `code` here.\n\n```\nfenced\n```\n\n    indented\n",
        [(PARAGRAPH, f"Use {P} here.", None)],
    ),
    "urls in prose": (
        "Visit https://example.com/a?b=c, www.example.org/x or write to me@example.com.\n",
        [(PARAGRAPH, f"Visit {P}, {P} or write to {P}.", None)],
    ),
    "front matter": (
        "---\ntitle: Council Approves Plan\nsummary: It was big news.\nauthor: Jane Citizen\n---\n\n"
        "# Council Approves Plan\n\nBody.\n",
        [
            (HEADLINE, "Council Approves Plan", None),
            (FRONT, "It was big news.", None),
            (HEADING, "Council Approves Plan", 1),
            (PARAGRAPH, "Body.", None),
        ],
    ),
    "crlf": (
        "# Title\r\n\r\nPara one\r\nline two.\r\n\r\n> quoted\r\n> more\r\n\r\n- item\r\n\r\n"
        "| a | b |\r\n|---|---|\r\n| c | d |\r\n",
        [
            (HEADLINE, "Title", 1),
            (PARAGRAPH, "Para one\nline two.", None),
            (QUOTE, "quoted\nmore", None),
            (ITEM, "item", None),
            (CELL, "a", None),
            (CELL, "b", None),
            (CELL, "c", None),
            (CELL, "d", None),
        ],
    ),
    "unicode": (
        "Emoji \U0001f44d and \U0001f468\u200d\U0001f469\u200d\U0001f467, cafe\u0301 and \u0643\u062a\u0628 \u0627\u0644\u0637\u0627\u0644\u0628.\n",
        [
            (
                PARAGRAPH,
                "Emoji \U0001f44d and \U0001f468\u200d\U0001f469\u200d\U0001f467, cafe\u0301 and \u0643\u062a\u0628 \u0627\u0644\u0637\u0627\u0644\u0628.",
                None,
            )
        ],
    ),
    "tabs": (
        "Tabs\tin\tthe text.\n\n-\ttab item\n",
        [(PARAGRAPH, "Tabs\tin\tthe text.", None), (ITEM, "tab item", None)],
    ),
    "thematic breaks only": ("***\n\n---\n\n___\n", []),
    "mixed document": (
        "---\ntitle: Storm Hits Coast\n---\n\n"
        "The **storm** hit the _coast_ at 4:00pm, police said.\n\n"
        '> "It was *terrible*," a resident said.\n> Power was cut.\n\n'
        "## What Next\n\n"
        "1. Check [the map](https://example.com/map).\n"
        "2. Call 000 &ndash; or `112`.\n\n"
        "| Town | Rain |\n|---|---|\n| Byron | 120mm |\n",
        [
            (HEADLINE, "Storm Hits Coast", None),
            (PARAGRAPH, "The storm hit the coast at 4:00pm, police said.", None),
            (QUOTE, '"It was terrible," a resident said.\nPower was cut.', None),
            (HEADING, "What Next", 2),
            (ITEM, "Check the map.", None),
            (ITEM, f"Call 000 \u2013 or {P}.", None),
            (CELL, "Town", None),
            (CELL, "Rain", None),
            (CELL, "Byron", None),
            (CELL, "120mm", None),
        ],
    ),
}


@pytest.mark.parametrize("name", list(FIXTURES))
def test_block_kinds_and_visible_text(name):
    source, expected = FIXTURES[name]
    assert outline(md(source)) == expected


@pytest.mark.parametrize("name", list(FIXTURES))
def test_tokens_map_exactly_to_the_source(name):
    assert_exact_mapping(md(FIXTURES[name][0]))


@pytest.mark.parametrize("name", list(FIXTURES))
def test_crlf_and_lf_give_the_same_blocks(name):
    source = FIXTURES[name][0].replace("\r\n", "\n")
    crlf = md(source.replace("\n", "\r\n"))
    assert outline(crlf) == outline(md(source))
    assert_exact_mapping(crlf)


def test_the_invariant_helper_catches_a_shifted_span():
    # The helper itself must fail on a wrong map, or the tests above prove nothing.
    doc = md("One two three.\n")
    block = doc.blocks[0]
    one, two, *rest = block.tokens
    shifted = Token(two.text, two.kind, two.start + 1, two.end + 1, block.textmap)
    object.__setattr__(block, "tokens", (one, shifted, *rest))  # overrides the cached property
    with pytest.raises(AssertionError):
        assert_exact_mapping(doc)


# --------------------------------------------------------------------------- exact spans


def test_block_span_covers_exactly_the_visible_text():
    source = "# Title #\n\nSome **bold** text.\n\n> quoted\n"
    doc = md(source)
    assert [source[b.span.start : b.span.end] for b in doc.blocks] == ["Title", "Some **bold** text.", "quoted"]


def test_entity_and_escape_tokens_cover_their_whole_source():
    source = "Fish &amp; chips \\* done.\n"
    [block] = md(source).blocks
    assert [(t.text, t.kind, source[t.span.start : t.span.end]) for t in block.tokens] == [
        ("Fish", TokenKind.WORD, "Fish"),
        ("&", TokenKind.PUNCT, "&amp;"),
        ("chips", TokenKind.WORD, "chips"),
        ("*", TokenKind.PUNCT, "\\*"),
        ("done", TokenKind.WORD, "done"),
        (".", TokenKind.PUNCT, "."),
    ]


def test_escaped_pipe_in_a_table_cell():
    source = "| A |\n|---|\n| x \\| y |\n"
    cell = md(source).blocks[1]
    assert cell.kind is CELL and cell.text == "x | y"
    assert [source[t.span.start : t.span.end] for t in cell.tokens] == ["x", "\\|", "y"]
    # The cell's span runs from "x" to "y" in the source.
    assert source[cell.span.start : cell.span.end] == "x \\| y"


def test_text_range_across_a_hard_break_maps_to_the_source_break():
    source = "Line one  \r\nline two\n"
    [block] = md(source).blocks
    assert block.text == "Line one\nline two"
    start = block.text.index("one")
    span = block.source_span(start, start + len("one\nline"))
    assert source[span.start : span.end] == "one  \r\nline"


@pytest.mark.parametrize(
    "source, hidden",
    [
        ("Use `the the` now.\n", ["`the the`"]),
        ("Use ``a ` b`` now.\n", ["``a ` b``"]),
        ("See <http://example.com/a> and <me@example.com>.\n", ["<http://example.com/a>", "<me@example.com>"]),
        ('An ![alt](img/a.png "T") and ![b](<c d.png>).\n', ['![alt](img/a.png "T")', "![b](<c d.png>)"]),
        ('A <span class="x">word</span> here.\n', ['<span class="x">', "</span>"]),
        ("Text <!-- the the --> here.\n", ["<!-- the the -->"]),
        (
            "Visit https://example.com/a_(b), www.example.org/x or me@example.com.\n",
            ["https://example.com/a_(b)", "www.example.org/x", "me@example.com"],
        ),
        ("Two `a``b` spans.\n", ["`a``b`"]),
    ],
)
def test_hidden_content_is_one_placeholder_over_exactly_its_source(source, hidden):
    [block] = md(source).blocks
    tokens = [t for t in block.tokens if t.kind is TokenKind.HIDDEN]
    assert [t.text for t in tokens] == [P] * len(hidden)
    assert [source[t.span.start : t.span.end] for t in tokens] == hidden


def test_link_text_is_prose_and_the_destination_is_not():
    source = 'Read [the report](http://x.com/the-report "The Title") now.\n'
    [block] = md(source).blocks
    assert block.text == "Read the report now."
    destination = source.index("(")
    words = [t for t in block.tokens if t.is_word]
    assert [source[t.span.start : t.span.end] for t in words] == ["Read", "the", "report", "now"]
    assert all(not (destination <= t.span.start < source.index(")") + 1) for t in block.tokens)


def test_link_reference_definitions_are_not_text():
    source = 'Text.\n\n[ref]: http://example.com/the-the "and also"\n[other]: <a b>\n'
    assert outline(md(source)) == [(PARAGRAPH, "Text.", None)]


# --------------------------------------------------------------------------- front matter


def test_front_matter_blocks_fields_and_spans():
    source = (
        "---\n"
        "title: Council Approves Plan\n"
        'subtitle: "Quoted subtitle"\n'
        "description: >-\n  Folded\n  description\n"
        "author: Jane Citizen\n"
        "tags: [a, b]\n"
        "date: 2024-01-01\n"
        "---\n\nBody.\n"
    )
    doc = md(source)
    assert [(b.kind, b.field, b.text) for b in doc.blocks] == [
        (HEADLINE, "title", "Council Approves Plan"),
        (FRONT, "subtitle", "Quoted subtitle"),
        (FRONT, "description", "Folded description"),
        (PARAGRAPH, None, "Body."),
    ]
    spans = [source[b.span.start : b.span.end] for b in doc.blocks]
    # The quotes are not part of a quoted value; a folded line break maps to its source.
    assert spans == ["Council Approves Plan", "Quoted subtitle", "Folded\n  description", "Body."]
    assert doc.headline is doc.blocks[0]
    assert_exact_mapping(doc)


def test_front_matter_with_crlf():
    source = "---\r\ntitle: Big News\r\nsummary: >-\r\n  and also\r\n  folded\r\n---\r\n\r\nBody.\r\n"
    doc = md(source)
    assert [(b.kind, b.field, b.text) for b in doc.blocks] == [
        (HEADLINE, "title", "Big News"),
        (FRONT, "summary", "and also folded"),
        (PARAGRAPH, None, "Body."),
    ]
    assert source[doc.blocks[1].span.start : doc.blocks[1].span.end] == "and also\r\n  folded"
    assert_exact_mapping(doc)


def test_front_matter_disable_list_and_invalid_yaml():
    doc = md("---\ntitle: Big\neditlint-disable: [style.*, boilerplate.share-bar]\n---\n\nx\n")
    assert doc.disabled_rules == ("style.*", "boilerplate.share-bar")
    broken = md("---\ntitle: [unclosed\n---\n\nBody.\n")
    assert outline(broken) == [(PARAGRAPH, "Body.", None)]
    assert len(broken.problems) == 1 and broken.problems[0][0] == 3  # the line of the closing fence
    assert "front matter" in broken.problems[0][1]


# --------------------------------------------------------------------------- the headline


def headline_of(source: str):
    doc = md(source)
    headline = doc.headline
    return None if headline is None else (headline.text, headline.level, headline.field)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("---\ntitle: From Front Matter\n---\n\n# First H1\n", ("From Front Matter", None, "title")),
        ("---\nheadline: From Headline Key\n---\n\n# First H1\n", ("From Headline Key", None, "headline")),
        ("# First H1\n\nBody.\n", ("First H1", 1, None)),
        ("## Opening H2\n\nBody.\n\n# Later H1\n", ("Later H1", 1, None)),  # an H1 wins
        ("Intro para.\n\n# Later H1\n", ("Later H1", 1, None)),
        ("Intro para.\n\n## Section\n", None),
        ("Intro para.\n", None),
        ("---\nauthor: Jane\n---\n\n## Opening H2\n", ("Opening H2", 2, None)),
        ("Setext Opening\n--------------\n\nBody.\n", ("Setext Opening", 2, None)),
    ],
)
def test_headline_rule(source, expected):
    assert headline_of(source) == expected


def test_front_matter_title_demotes_the_h1():
    doc = md("---\ntitle: From Front Matter\n---\n\n# First H1\n\n## Sub\n")
    assert [(b.kind, b.level) for b in doc.blocks] == [(HEADLINE, None), (HEADING, 1), (HEADING, 2)]


def test_title_and_headline_keys_give_one_headline():
    doc = md("---\nheadline: One\ntitle: Two\n---\n")
    assert [(b.kind, b.field, b.text) for b in doc.blocks] == [(HEADLINE, "headline", "One"), (FRONT, "title", "Two")]


def test_the_first_h1_is_the_headline_even_after_a_kicker_or_subheading():
    doc = md("Exclusive\n\n## Section\n\n# Late Title\n\n# Another H1\n")
    assert doc.headline is not None and doc.headline.text == "Late Title"
    assert [(b.kind, b.level) for b in doc.blocks] == [(PARAGRAPH, None), (HEADING, 2), (HEADLINE, 1), (HEADING, 1)]


def test_without_an_h1_only_a_heading_that_opens_the_draft_is_the_headline():
    assert md("## Opening Heading\n\nText.\n").headline.text == "Opening Heading"
    doc = md("Intro para.\n\n## Section\n")
    assert doc.headline is None
    assert [(b.kind, b.level) for b in doc.blocks] == [(PARAGRAPH, None), (HEADING, 2)]


# --------------------------------------------------------------------------- directives


def test_directives_in_html_blocks_and_inline_comments():
    source = (
        "<!-- editlint-disable style.repeated-word, style.redundancy -->\n"  # 1
        "\n"
        "Text.\n"  # 3
        "\n"
        "Inline <!-- editlint-disable-line --> here.\n"  # 5
        "\n"
        "<!--\neditlint-enable\n-->\n"  # 7-9
    )
    doc = md(source)
    assert [(d.action, d.rules, d.line, d.end_line) for d in doc.directives] == [
        ("disable", ("style.repeated-word", "style.redundancy"), 1, 1),
        ("disable-line", (), 5, 5),
        ("enable", (), 7, 9),
    ]
    assert outline(doc) == [(PARAGRAPH, "Text.", None), (PARAGRAPH, f"Inline {P} here.", None)]


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    "path, expected",
    [
        ("a.md", "markdown"),
        ("a.MARKDOWN", "markdown"),
        ("dir/a.mdx", "markdown"),
        ("a.txt", "text"),
        ("a.text", "text"),
        ("README", "text"),
    ],
)
def test_format_for(path, expected):
    assert format_for(path) == expected
    assert parse(path, "x\n").format == expected


# --------------------------------------------------------------------------- known bugs


@pytest.mark.parametrize("html", ['<span\r\nclass="x">it</span>', "<!-- a\r\nb -->it"])
def test_crlf_inline_html_spanning_lines_keeps_its_paragraph(html):
    doc = md(f"We saw {html} today.\r\n")
    assert [b.kind for b in doc.blocks] == [PARAGRAPH]
    assert doc.blocks[0].text.startswith("We saw ") and doc.blocks[0].text.endswith(" today.")


@pytest.mark.parametrize(
    "source",
    ["Visit https://example.com/?a=1&amp;utm_source=feed today.\n", "Visit https://example.com/a\\_b_c today.\n"],
)
def test_url_with_entity_or_escape_is_hidden_whole(source):
    [block] = md(source).blocks
    assert block.text == f"Visit {P} today."


@pytest.mark.parametrize("source", ["Saved to C:\\Temp\\news today.\n", "Path \\and also.\n", "Call \\1 now.\n"])
def test_backslash_before_a_letter_or_digit_maps_exactly(source):
    doc = md(source)
    assert_exact_mapping(doc)


# --------------------------------------------------------------------------- blocks that cannot be placed

UNPLACED = "not checked: editlint could not map its text exactly to the source (please report this)"


@pytest.mark.parametrize("name", list(FIXTURES))
def test_every_block_of_the_samples_is_placed(name):
    assert md(FIXTURES[name][0]).notes == ()


@pytest.mark.parametrize(
    ("source", "notes", "kept"),
    [
        # markdown-it reads "\\|" in a cell as an escaped pipe after a
        # backslash: the cell's text matches its source no longer, nor
        # does the next cell's on that row (one note for the line).
        (
            "| Path | Size |\n|---|---|\n| C:\\\\| 3 | 4 |\n\nThe end.\n",
            [(3, f"table cell {UNPLACED}")],
            [(CELL, "Path"), (CELL, "Size"), (PARAGRAPH, "The end.")],
        ),
        # A NUL past the first 8 KB (earlier, the file is binary and skipped):
        # CommonMark reads it as U+FFFD, which is not in the source.
        (
            "Intro.\n\nThe vote\x00 failed.\n\n- one\n- two\x00\n",
            [(3, f"paragraph {UNPLACED}"), (6, f"list item {UNPLACED}")],
            [(PARAGRAPH, "Intro."), (ITEM, "one")],
        ),
    ],
)
def test_a_block_the_mapper_cannot_place_is_a_note_not_dropped_in_silence(source, notes, kept):
    doc = md(source)
    assert list(doc.notes) == notes
    assert [(b.kind, b.text) for b in doc.blocks] == kept
    assert doc.problems == ()
    assert_exact_mapping(doc)


def test_a_front_matter_value_that_cannot_be_placed_is_a_note():
    source = "---\ntitle: \"Storm \\\"hits\\\" coast\"\ndek: 'It''s wet'\nsummary: Rain.\n---\n\n# Storm\n"
    doc = md(source)
    why = (
        "editlint could not map its value exactly to the source "
        "(escapes in quoted values, such as \\\" or '', are not mapped)"
    )
    assert list(doc.notes) == [
        (2, f'front matter "title" not checked: {why}'),
        (3, f'front matter "dek" not checked: {why}'),
    ]
    # Without its title, the draft's headline is its H1, as before.
    assert [(b.kind, b.text) for b in doc.blocks] == [(FRONT, "Rain."), (HEADLINE, "Storm")]
