"""HTML drafts (issue 17): what is read, and exact positions in the source.

Every position is checked against the HTML source itself: the line and
column of the word inside its tags, a character reference mapped back to
its own span.
"""

from __future__ import annotations

import pytest
from helpers import cli, write

from editlint import Linter
from editlint.document import BlockKind
from editlint.parsing import parse, reader_for


def blocks(source: str) -> list[tuple[str, str]]:
    return [(block.kind.value, block.text) for block in parse("page.html", source).blocks]


def found(source: str, **linter) -> list[tuple[str, int, int, str]]:
    return [(d.rule, d.line, d.column, d.match) for d in Linter(**linter).lint_text(source, path="page.html")]


PAGE = """<!DOCTYPE html>
<html>
<head><title>Site name | Council story</title>
<style>p { color: red } /* teh */</style>
<script>var teh = "<p>teh</p>";</script></head>
<body>
<nav><ul><li><a href="/">Hoem</a></li></ul></nav>
<main>
<article>
<h1>Council Approves <em>Budget</em></h1>
<p>The council approved the budget on Tuesday&#8217;s
   meeting, AT&amp;T said. The <a href="/x?a=1&amp;b=teh">mayor</a> voted.</p>
<ul><li>One item<li>Another <b>item</b></ul>
<blockquote><p>We will build it.</p></blockquote>
<table><tr><th>Year<td>Cost</table>
<figure><img src="a.jpg" alt="teh"><figcaption>The town hall.</figcaption></figure>
<pre>teh code</pre>
<p>Run <code>teh --fast</code> now.</p>
<aside>Related: teh story</aside>
<!-- teh comment -->
</article>
</main>
<footer>Copyright teh site</footer>
</body>
</html>
"""


def test_the_suffixes_pick_the_html_reader():
    for name in ("page.html", "PAGE.HTM", "page.xhtml"):
        assert reader_for(name).name == "html"


def test_prose_is_read_and_everything_else_is_not():
    assert blocks(PAGE) == [
        ("headline", "Council Approves Budget"),
        ("paragraph", "The council approved the budget on Tuesday’s\nmeeting, AT&T said. The mayor voted."),
        ("list_item", "One item"),
        ("list_item", "Another item"),
        ("blockquote", "We will build it."),
        ("table_cell", "Year"),
        ("table_cell", "Cost"),
        ("paragraph", "The town hall."),
        ("paragraph", "Run \ufffc now."),
    ]
    # "teh" is in the style, the script, the nav, an attribute, the alt text,
    # the <pre>, the <code>, the <aside>, a comment and the footer: never read.
    assert found(PAGE, select=["spelling"]) == []


def test_positions_are_exact_in_the_html_source():
    source = (
        "<html><body>\n<h1>Plan</h1>\n<p>The <b>council</b> met teh   mayor &amp; the the team.</p>\n</body></html>\n"
    )
    assert found(source, select=["spelling.typo", "style.extra-space", "style.repeated-word"]) == [
        ("spelling.typo", 3, 27, "teh"),
        ("style.extra-space", 3, 30, "   "),
        ("style.repeated-word", 3, 45, "the the"),
    ]


def test_character_references_map_to_their_own_span():
    source = "<h1>Plan</h1>\n<p>It&#8217;s teh &eacute;lite&nbsp;plan&rsquo;s teh end.</p>\n"
    document = parse("page.html", source)
    paragraph = document.blocks[1]
    assert paragraph.text == "It’s teh élite\u00a0plan’s teh end."
    apostrophe = paragraph.text.index("’")
    span = paragraph.source_span(apostrophe, apostrophe + 1)
    assert source[span.start : span.end] == "&#8217;"
    e = paragraph.source_span(paragraph.text.index("é"), paragraph.text.index("é") + 5)
    assert source[e.start : e.end] == "&eacute;lite"
    assert [(d.column, d.match) for d in Linter(select=["spelling.typo"]).lint_text(source, path="page.html")] == [
        (15, "teh"),
        (50, "teh"),
    ]


def test_crlf_and_lone_cr_line_breaks_count_as_lines():
    source = "<h1>Plan</h1>\r\n<p>First\r\nteh line.</p>\r<p>And teh.</p>"
    assert found(source, select=["spelling.typo"]) == [("spelling.typo", 3, 1, "teh"), ("spelling.typo", 4, 8, "teh")]


def test_inline_tags_do_not_split_a_sentence():
    document = parse("page.html", "<p>The <a href='#'>council <i>met</i></a> on <span>Tuesday</span>.</p>")
    [block] = document.blocks
    assert block.text == "The council met on Tuesday."
    assert len(block.sentences) == 1


def test_the_article_is_read_when_there_is_one_else_main_else_the_body():
    assert blocks("<body><p>Menu teh</p><main><p>Main text.</p></main><article><p>Story.</p></article></body>") == [
        ("paragraph", "Story.")
    ]
    assert blocks("<body><header><p>Site</p></header><main><p>Main text.</p></main></body>") == [
        ("paragraph", "Main text.")
    ]
    assert blocks("<body><header><p>Site</p></header><p>Body text.</p></body>") == [
        ("paragraph", "Site"),
        ("paragraph", "Body text."),
    ]


def test_without_an_h1_the_title_is_the_headline():
    source = "<html><head><title>Council Approves Budget</title></head><body><h2>Vote</h2><p>Text.</p></body></html>"
    document = parse("page.html", source)
    assert [(b.kind, b.text, b.index) for b in document.blocks] == [
        (BlockKind.HEADLINE, "Council Approves Budget", 0),
        (BlockKind.HEADING, "Vote", 1),
        (BlockKind.PARAGRAPH, "Text.", 2),
    ]
    assert document.headline.span.start == source.index("Council")


def test_unclosed_paragraphs_list_items_and_cells_close_as_a_browser_closes_them():
    assert blocks("<p>One<p>Two<h2>Three</h2><dl><dt>Term<dd>Meaning</dl><p>Four<div>Five</div>") == [
        ("paragraph", "One"),
        ("paragraph", "Two"),
        ("heading", "Three"),
        ("list_item", "Term"),
        ("list_item", "Meaning"),
        ("paragraph", "Four"),
        ("paragraph", "Five"),
    ]


def test_a_head_left_open_ends_where_the_body_starts():
    assert blocks("<html><head><title>T</title><p>Body text.</p></html>")[-1] == ("paragraph", "Body text.")


def test_suppression_comments_work_as_in_markdown():
    source = "<h1>Plan</h1>\n<!-- editlint-disable-next-line spelling.typo -->\n<p>teh one</p>\n<p>teh two</p>\n"
    assert found(source, select=["spelling.typo"]) == [("spelling.typo", 4, 4, "teh")]


def test_fix_writes_html_back_only_where_the_span_is_plain_text():
    lint = Linter(select=["style.repeated-word", "spelling.typo", "style.extra-space"])
    source = "<h1>Plan</h1>\n<p>The the vote, <b>the</b> the plan, teh  end &amp; the &amp; end.</p>\n"
    fixed = lint.fix_text(source, path="page.html")
    # "The the" is plain text: fixed. "the</b> the" spans a tag: reported, never fixed.
    assert fixed == "<h1>Plan</h1>\n<p>The vote, <b>the</b> the plan, the end &amp; the &amp; end.</p>\n"
    [left] = lint.lint_text(fixed, path="page.html")
    assert (left.rule, left.match, left.fix) == ("style.repeated-word", "the</b> the", None)


def test_lint_text_takes_html_as_an_editor_sends_it():
    # A language server sends the buffer as text with its path.
    [d] = Linter(select=["spelling.typo"]).lint_text("<p>It was teh end.</p>", path="page.html")
    assert (d.line, d.column, d.source.line_col(d.span.start, "utf-16")) == (1, 11, (1, 11))


def test_emoji_and_wide_characters_count_one_column_each_in_the_source():
    # 👍🏽 is two code points (four UTF-16 units), 😀 one (two units).
    source = "<h1>Plan 😀</h1>\n<p>Fans 👍🏽 said <b>😀</b> teh end.</p>\n"
    [d] = Linter(select=["spelling.typo"]).lint_text(source, path="page.html")
    assert (d.line, d.column, d.end_column, d.match) == (2, 26, 29, "teh")
    assert d.source.line_col(d.span.start, "utf-16") == (2, 29)
    assert source[d.span.start : d.span.end] == "teh"


@pytest.mark.usefixtures("in_tmp")
def test_lint_path_and_lint_paths_take_html_files():
    write("page.html", "<h1>Plan</h1>\n<p>It was <b>teh</b> end.</p>\n")
    write("other.htm", "<p>The the vote.</p>\n")
    lint = Linter(select=["spelling.typo", "style.repeated-word"])
    assert [(d.rule, d.line, d.column) for d in lint.lint_path("page.html")] == [("spelling.typo", 2, 14)]
    result = lint.lint_paths(["page.html", "other.htm"], jobs=1)
    assert [(f.path, [(d.rule, d.line, d.column) for d in f.diagnostics]) for f in result.files] == [
        ("page.html", [("spelling.typo", 2, 14)]),
        ("other.htm", [("style.repeated-word", 1, 4)]),
    ]
    assert result.exit_code == 1


@pytest.mark.usefixtures("in_tmp")
def test_the_command_line_checks_and_fixes_an_html_file():
    write("page.html", "<h1>Plan</h1>\n<p>It was <i>the</i> the end. The the vote.</p>\n")
    result = cli("check", "--select", "style.repeated-word", "page.html")
    assert result.exit_code == 1
    assert result.stdout.startswith("page.html:2:14: error [style.repeated-word]")
    result = cli("check", "--fix", "--select", "style.repeated-word", "page.html")
    assert result.exit_code == 1  # the finding across <i> is left
    assert "Fixed 1 problem in 1 file. Left 1 problem" in result.stdout
    assert open("page.html", encoding="utf-8").read() == "<h1>Plan</h1>\n<p>It was <i>the</i> the end. The vote.</p>\n"


@pytest.mark.usefixtures("in_tmp")
def test_a_fix_writes_its_words_as_html_so_the_page_reads_them_as_written():
    # A house rule whose fix holds "&" and "<": written raw, "&copy" would
    # read as "©" and "<b" would open a tag.
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    write(
        "house/r.yaml",
        "rules:\n  - id: house.firm\n    kind: substitution\n    severity: error\n"
        '    message: \'Say "{suggestion}"\'\n    swap:\n      zebra: "Smith &copy <b> Co"\n',
    )
    write("page.html", "<p>A zebra &amp; a horse.</p>\n")
    result = cli("check", "--fix", "--unsafe-fixes", "page.html")
    assert result.exit_code == 0, result.output
    assert open("page.html", encoding="utf-8").read() == "<p>A Smith &amp;copy &lt;b&gt; Co &amp; a horse.</p>\n"
    assert parse("page.html", open("page.html", encoding="utf-8").read()).blocks[0].text == (
        "A Smith &copy <b> Co & a horse."
    )
