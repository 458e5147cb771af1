"""Property tests (hypothesis): editlint on drafts built at random.

Drafts are put together from the pieces news copy is made of: ATX and setext
headings, paragraphs of real words and names with the slips the rules look
for ("the the", "could of", a space before a comma, typos), quotations with
every kind of mark (some nested, some never closed), inline and fenced code,
links, images, autolinks and bare URLs, emphasis, lists, block quotes,
tables, HTML, YAML front matter, emoji, combining marks, Arabic and Hebrew,
tabs and very long lines; then a byte-order mark may go in front and the
line breaks may become CRLF, CR or a mix. Some drafts are arbitrary Unicode.
Each draft is checked as Markdown (``.md``) or plain text (``.txt``).

Three properties, each through the real command line (in process):

* editlint never raises: exit code 0 or 1, a valid JSON report, no traceback;
* every diagnostic's and every fix edit's position lies inside the file, and
  a diagnostic's ``match`` is the file's text at that position, worked out
  here from the file's bytes (not with editlint's own line index);
* ``--fix`` converges, and the file it writes is the original with the safe
  edits the JSON reports applied, pass after pass, and nothing else changed:
  the byte-order mark and every line ending outside the edits are kept.

How many drafts are tried is set by the hypothesis profile (tests/conftest.py):
``ci`` by default, seeded and quick; ``HYPOTHESIS_PROFILE=long`` for a long
local run.
"""

from __future__ import annotations

import codecs
import json
import re
import tempfile
from pathlib import Path

from helpers import cli
from hypothesis import assume, event, given
from hypothesis import strategies as st

from editlint.fixer import MAX_PASSES
from editlint.kinds import KINDS
from editlint.rule import read_rule_file, rule_files

BOM = codecs.BOM_UTF8
RULES = Path(__file__).resolve().parents[1] / "rules"

# --------------------------------------------------------------------------- vocabulary

WORDS = (
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "but", "or", "that", "which", "who",
    "said", "says", "told", "added", "warned", "council", "minister", "government", "police", "election",
    "budget", "vote", "voters", "plan", "report", "hospital", "school", "schools", "storm", "coast", "city",
    "week", "Monday", "Friday", "year", "people", "families", "workers", "company", "bank", "rates", "prices",
    "will", "would", "could", "should", "was", "were", "is", "are", "has", "have", "had", "been", "not",
    "new", "long", "first", "last", "more", "than", "then", "their", "there", "they're", "its", "it's",
    "fewer", "less", "about", "after", "before", "under", "over", "into", "from", "by", "as", "it", "we",
    "our", "us", "I", "my", "he", "she", "his", "her", "them", "this", "these", "those",
    "approved", "rejected", "announced", "resigned", "passed", "fell", "rose", "met", "expects", "agreed",
)  # fmt: skip
NAMES = (
    "Sydney", "Canberra", "Baghdad", "Gaza", "Kyiv", "Macron", "Blinken", "Albanese", "Singh", "Hezbollah",
    "Kataib", "Reuters", "AP", "US", "UN", "NATO", "O'Brien", "McDonald", "Nguyen", "Müller", "São Paulo",
    "Zoë", "Kuala Lumpur", "Bora Bora", "Alexander Downer",
)  # fmt: skip
# Slips the shipped rules report: doubled words, "could of", spacing,
# typos, idioms, agreement, titles, web-page residue, redundancies.
SLIPS = (
    "the the", "in in", "It It", "could of", "should of", "free reign", "baited breath", "a hour",
    "an university", "its a", "their is", "more then", "less people", "goverment", "recieve", "teh",
    "facton", "Hezbolah", "organisation", "and also", "end result", "each and every", "president Macron",
    "Blinken, the Secretary of State", "said ,", "over ?", "police has", "the US know", "worth to engage",
    "flees, leaves", "suppose to", "was lead by", "met  today", "long,\tlong", "ended.  Then",
    "Share:", "Leave a Reply", "Keep Reading", "Click here", "Advertisement", "posted by administrator",
    "said that we would not back down", "personality whose personality", "one in the same", "everyday",
    "loathe to", "peaked my interest", "Mr Alexander Downer", "the the the", "a  a",
)  # fmt: skip


def _bad_examples() -> tuple[str, ...]:
    """The "bad" examples of the shipped rule files: a sentence (or a short
    draft) that each rule is known to report, with its real context."""
    found = []
    for path in rule_files(RULES):
        specs, _ = read_rule_file(path, KINDS)
        found.extend(example.text for spec in specs for example in spec.bad)
    assert found, f"no rule examples under {RULES}"
    return tuple(found)


BAD_EXAMPLES = _bad_examples()
EMOJI = (
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family: a ZWJ sequence of five code points
    "\U0001f469\U0001f3ff\u200d\U0001f4bb",  # technologist with a skin tone
    "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
    "\U0001f1e6\U0001f1fa",  # flag of Australia: two regional indicators
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "1\ufe0f\u20e3",  # keycap one
    "\u2764\ufe0f",  # heart with a variation selector
    "\U0001f600",
)
COMBINING = (
    "cafe\u0301",  # e + combining acute
    "re\u0301sume\u0301",
    "Zo\u0308e",
    "n\u0303o",
    "Z\u0324\u0354\u0367\u0311",  # several marks on one letter
    "\u0915\u094d\u0937",  # Devanagari conjunct
)
RIGHT_TO_LEFT = (
    "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631",  # Arabic: "the minister said"
    "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627",  # Arabic with vowel marks
    "\u0661\u0662\u0663",  # Arabic-Indic digits
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",  # Hebrew: "hello world"
    "\u200f\u05d0\u05d1\u05d2\u200e",  # Hebrew between RLM and LRM marks
    "\u202b\u0627\u0644\u0639\u0631\u0627\u0642\u202c",  # Arabic in an RLE ... PDF embedding
)
OTHER_SCRIPTS = (
    "\u6771\u4eac",
    "\u041c\u043e\u0441\u043a\u0432\u0430",
    "\u0391\u03b8\u03ae\u03bd\u03b1",
    "\u00a0",
    "\u2009",
)
# (opening, closing) marks of every quotation style we know of.
QUOTE_MARKS = (
    ('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"),
    ("\u00ab\u00a0", "\u00a0\u00bb"), ("\u201e", "\u201c"), ("\u201a", "\u2018"), ("\u2039", "\u203a"),
    ("\u00bb", "\u00ab"), ("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u201d", "\u201d"),
)  # fmt: skip
APOSTROPHES = ("it's", "'90s", "soldiers'", "the company\u2019s", "\u201990s", "rock 'n' roll")
URLS = ("https://example.com/news/2024/storm?id=12&ref=home#top", "http://example.org/a_b_(c)", "www.example.net")
SEPARATORS = (" ",) * 12 + ("  ", "\t", " \t", "\u00a0")
ENDINGS = (".", ".", ".", "!", "?", "", ":", " .", "\u2026", "...", ".\u201d", ",")

# --------------------------------------------------------------------------- inline pieces

words = st.sampled_from(WORDS)
plain_word = st.one_of(words, st.sampled_from(NAMES))
some_words = st.lists(plain_word, min_size=1, max_size=6).map(" ".join)
noise = st.text(max_size=12)


@st.composite
def quotation(draw, depth: int = 0) -> str:
    """A quotation: any kind of mark, sometimes another inside it, sometimes
    left unclosed (or closed without being opened)."""
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    inner = [draw(some_words)]
    if depth < 2 and draw(st.booleans()):
        inner.append(draw(quotation(depth + 1)))
        inner.append(draw(some_words))
    body = " ".join(inner) + draw(st.sampled_from(("", ",", ".", "?")))
    damage = draw(st.sampled_from(("none",) * 6 + ("unclosed", "unopened")))
    if damage == "unclosed":
        closing = ""
    elif damage == "unopened":
        opening = ""
    return opening + body + closing


code_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="`\r\n"), max_size=15)
inline_code = st.one_of(
    code_text.map(lambda t: f"`{t}`"),
    code_text.map(lambda t: f"`` {t}`x ``"),
    st.just("`the the`"),
)
link = st.one_of(
    st.tuples(some_words, st.sampled_from(URLS)).map(lambda p: f"[{p[0]}]({p[1]})"),
    st.tuples(some_words, st.sampled_from(URLS)).map(lambda p: f'[{p[0]}]({p[1]} "the the title")'),
    some_words.map(lambda t: f"[{t}][ref]"),
    some_words.map(lambda t: f"![{t}](photo.jpg)"),
    st.sampled_from(URLS).map(lambda u: f"<{u}>" if "://" in u else u),
    st.sampled_from(URLS),
    st.just("<editor@example.com>"),
    st.just("editor@example.com"),
)
emphasis = st.tuples(st.sampled_from(("*", "_", "**", "__", "~~", "*", "")), some_words).map(
    lambda p: f"{p[0]}{p[1]}{p[0][::-1] if len(p[0]) != 1 or p[0] == '_' else p[0]}"
)
markup = st.sampled_from(
    (
        "<b>the the</b>", "<br>", "<!-- a comment -->", '<span class="x">said</span>', "&amp;", "&copy;",
        "&#8220;", "\\*", "\\\\", "\\and", "*", "_", "[", "]", "|", "#", ">", "<", "&",
    )
)  # fmt: skip
piece = st.one_of(
    plain_word,
    plain_word,
    plain_word,
    st.sampled_from(SLIPS),
    st.sampled_from(SLIPS),
    quotation(),
    st.sampled_from(APOSTROPHES),
    inline_code,
    link,
    emphasis,
    markup,
    st.sampled_from(EMOJI),
    st.sampled_from(COMBINING),
    st.sampled_from(RIGHT_TO_LEFT),
    st.sampled_from(OTHER_SCRIPTS),
    noise,
)


@st.composite
def sentence(draw) -> str:
    pieces = draw(st.lists(piece, min_size=1, max_size=12))
    text = pieces[0]
    for p in pieces[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + p
    if draw(st.booleans()):
        text = text[:1].upper() + text[1:]
    return text + draw(st.sampled_from(ENDINGS))


one_line_examples = st.sampled_from([e for e in BAD_EXAMPLES if "\n" not in e])


@st.composite
def paragraph(draw) -> str:
    sentences = draw(st.lists(st.one_of(sentence(), sentence(), one_line_examples), min_size=1, max_size=4))
    text = sentences[0]
    for s in sentences[1:]:
        # One space, two, or a line break (soft; or hard: two spaces or a backslash before it).
        text += draw(st.sampled_from((" ", " ", " ", "  ", "\n", "  \n", "\\\n", "\t"))) + s
    return text


@st.composite
def long_line(draw) -> str:
    """A line of thousands of characters: a sentence said over and over."""
    said = draw(sentence())
    times = draw(st.integers(min_value=2000 // max(len(said), 1) + 1, max_value=6000 // max(len(said), 1) + 2))
    return " ".join([said] * times)


# --------------------------------------------------------------------------- blocks


title = st.lists(
    st.one_of(plain_word, st.sampled_from(SLIPS[:20]), st.sampled_from(EMOJI)), min_size=1, max_size=8
).map(lambda ws: " ".join(w[:1].upper() + w[1:] for w in ws))
heading_text = st.one_of(title, sentence())


@st.composite
def atx_heading(draw) -> str:
    level = draw(st.integers(1, 6))
    closing = draw(st.sampled_from(("", "", " #", " " + "#" * level, " ##  ")))
    return "#" * level + draw(st.sampled_from((" ", "  ", "\t"))) + draw(heading_text) + closing


@st.composite
def setext_heading(draw) -> str:
    underline = draw(st.sampled_from(("=", "-"))) * draw(st.integers(1, 12))
    return draw(heading_text) + "\n" + underline


def _prefixed(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0], *(rest + line for line in lines[1:])])


@st.composite
def block_quote(draw) -> str:
    marker = draw(st.sampled_from(("> ", ">", "> > ", ">\t")))
    inside = draw(st.one_of(paragraph(), atx_heading(), st.lists(paragraph(), min_size=2, max_size=3).map("\n\n".join)))
    lazy = draw(st.booleans())  # lazy continuation: later lines without the marker
    return _prefixed(inside, marker, "" if lazy else marker)


@st.composite
def list_block(draw) -> str:
    ordered = draw(st.booleans())
    bullet = draw(st.sampled_from(("- ", "* ", "+ ")))
    items = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        marker = f"{number}{draw(st.sampled_from(('. ', ') ')))}" if ordered else bullet
        item = _prefixed(draw(paragraph()), marker, " " * len(marker))
        if draw(st.integers(0, 4)) == 0:  # a nested list
            item += "\n" + _prefixed(draw(paragraph()), " " * len(marker) + "- ", " " * (len(marker) + 2))
        items.append(item)
    return draw(st.sampled_from(("\n", "\n\n"))).join(items)


@st.composite
def fenced_code(draw) -> str:
    fence = draw(st.sampled_from(("```", "~~~", "````")))
    info = draw(st.sampled_from(("", "python", "text the the", "md")))
    body = draw(st.lists(st.one_of(sentence(), noise, st.sampled_from(SLIPS)), max_size=4))
    closed = draw(st.integers(0, 5)) > 0
    return "\n".join([fence + info, *body, *([fence] if closed else [])])


@st.composite
def indented_code(draw) -> str:
    indent = draw(st.sampled_from(("    ", "\t")))
    return "\n".join(indent + line for line in draw(st.lists(sentence(), min_size=1, max_size=3)))


cell = st.one_of(some_words, st.sampled_from(SLIPS), quotation(), inline_code, st.just("a \\| b"), st.just(""))


@st.composite
def table(draw) -> str:
    columns = draw(st.integers(1, 4))

    def row(cells):
        return "| " + " | ".join(cells) + " |"

    rows = [row(draw(st.lists(cell, min_size=columns, max_size=columns)))]
    rows.append(row([draw(st.sampled_from(("---", ":--", "--:", ":-:"))) for _ in range(columns)]))
    for _ in range(draw(st.integers(0, 3))):
        rows.append(row(draw(st.lists(cell, min_size=columns, max_size=columns))))
    return "\n".join(rows)


html_block = st.one_of(
    paragraph().map(lambda p: f"<div>\n{p}\n</div>"),
    paragraph().map(lambda p: f'<p class="lede">{p}</p>'),
    st.just("<!-- editlint-disable style.redundancy -->"),
    st.just("<!-- editlint-enable -->"),
    st.just("<!-- editlint-disable-next-line -->"),
    st.just("<!--\nA comment over\ntwo lines: the the\n-->"),
    st.just('<img src="a.png" alt="the the">'),
)
other_block = st.sampled_from(
    (
        "---",
        "***",
        "* * *",
        "[ref]: https://example.com/ref",
        "Share:",
        "Leave a Reply",
        "Keep Reading",
        "Advertisement",
    )
)
markdown_block = st.one_of(
    st.sampled_from(BAD_EXAMPLES).map(str.strip),
    paragraph(),
    paragraph(),
    paragraph(),
    atx_heading(),
    setext_heading(),
    block_quote(),
    list_block(),
    fenced_code(),
    indented_code(),
    table(),
    html_block,
    other_block,
    long_line(),
    noise,
)
# Plain text: paragraphs and short heading lines, with some Markdown pasted in.
text_block = st.one_of(paragraph(), paragraph(), paragraph(), title, long_line(), other_block, markdown_block, noise)


def _yaml_value(style: str, text: str) -> str:
    if style == "plain" and re.fullmatch(r"[A-Za-z][A-Za-z ]*[A-Za-z]", text):
        return text
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "folded":
        return ">-\n  " + text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


@st.composite
def front_matter(draw, headline: str) -> str:
    lines = ["---"]
    for key in draw(st.lists(st.sampled_from(("title", "headline", "summary", "description", "tags")), unique=True)):
        if key == "tags":
            lines.append("tags: [news, the the]")
            continue
        value = headline if key == "title" else draw(title if key == "headline" else some_words)
        lines.append(f"{key}: {_yaml_value(draw(st.sampled_from(('plain', 'single', 'double', 'folded'))), value)}")
    if draw(st.integers(0, 5)) == 0:
        lines.append("editlint-disable: [style.extra-space]")
    lines.append("---")
    return "\n".join(lines)


@st.composite
def repeated_headline(draw, headline: str, markdown: bool) -> str:
    """The headline printed again, as a CMS or a careless paste does: the
    same words, maybe in other case or with other markup."""
    words = draw(st.sampled_from((headline, headline.upper(), headline.lower(), headline + ".")))
    if not markdown:
        return words
    return draw(
        st.sampled_from(
            (f"# {words}", f"## {words}", f"{words}\n===", f"**{words}**", f"- {words}", f"> {words}", words)
        )
    )


@st.composite
def line_breaks(draw, text: str) -> str:
    """``text`` (written with LF) with its line breaks as LF, CRLF, CR or a mix."""
    style = draw(st.sampled_from(("\n", "\r\n", "\r", "mixed")))
    if style != "mixed":
        return text.replace("\n", style)
    parts = text.split("\n")
    out = [parts[0]]
    for part in parts[1:]:
        out.append(draw(st.sampled_from(("\n", "\r\n", "\r"))) + part)
    return "".join(out)


@st.composite
def draft(draw, suffix: str) -> tuple[str, bytes]:
    """A draft's file name and its bytes (UTF-8, maybe with a byte-order mark)."""
    markdown = suffix == ".md"
    headline = draw(title)
    blocks = draw(st.lists(markdown_block if markdown else text_block, min_size=1, max_size=8))
    if draw(st.booleans()):
        blocks.insert(0, draw(repeated_headline(headline, markdown)))
    if draw(st.integers(0, 3)) == 0:
        # The headline printed twice: the headline rules' fix deletes a block.
        blocks.insert(draw(st.integers(1, len(blocks))), draw(repeated_headline(headline, markdown)))
    if markdown and draw(st.integers(0, 3)) == 0:
        blocks.insert(0, draw(front_matter(headline)))
    text = blocks[0]
    for block in blocks[1:]:
        text += draw(st.sampled_from(("\n\n", "\n\n", "\n", "\n\n\n", "\n \n"))) + block
    text += draw(st.sampled_from(("\n", "\n", "", "\n\n")))
    text = draw(line_breaks(text))
    bom = BOM if draw(st.integers(0, 4)) == 0 else b""
    return "draft" + suffix, bom + text.encode("utf-8")


@st.composite
def arbitrary_draft(draw) -> tuple[str, bytes]:
    """Any Unicode text at all (hypothesis never gives lone surrogates)."""
    text = draw(st.text(max_size=300))
    bom = BOM if draw(st.booleans()) else b""
    return "draft" + draw(st.sampled_from((".md", ".txt"))), bom + text.encode("utf-8")


# Markup characters thrown together with a few words: the corners of the
# Markdown parser (an escape before a quote, a code span across a line,
# entities in link text) that well-formed blocks do not reach.
SOUP = tuple("*_`[]()<>!#|\\&;:\"'\u201c\u201d\u2018\u2019\u00ab\u00bb-=~+.,?") + (
    " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "the", " the the ", "said", "Hezbolah", "&amp;", "&#8217;",
    "https://example.com/", "<!--", "-->", "```", "---", "> ", "- ", "1. ", "    ", "\u0301", "\U0001f468\u200d\U0001f469",
)  # fmt: skip


@st.composite
def markup_soup(draw) -> tuple[str, bytes]:
    text = "".join(draw(st.lists(st.sampled_from(SOUP), max_size=60)))
    bom = BOM if draw(st.integers(0, 4)) == 0 else b""
    return "draft" + draw(st.sampled_from((".md", ".txt"))), bom + text.encode("utf-8")


drafts = st.one_of(draft(".md"), draft(".md"), draft(".txt"), markup_soup(), arbitrary_draft())

# --------------------------------------------------------------------------- checking


def lines_of(text: str) -> list[tuple[str, str]]:
    """The text's lines as (content, line break): a line ends at CRLF, LF or
    a lone CR. Written here, not taken from editlint.span."""
    lines = []
    start = 0
    i = 0
    while i < len(text):
        if text[i] == "\r" and text[i + 1 : i + 2] == "\n":
            lines.append((text[start:i], "\r\n"))
            i += 2
            start = i
        elif text[i] in "\r\n":
            lines.append((text[start:i], text[i]))
            i += 1
            start = i
        else:
            i += 1
    lines.append((text[start:], ""))  # the last line (empty after a final line break)
    return lines


def text_of(data: bytes) -> str:
    """The text editlint positions count in: UTF-8 without a leading BOM."""
    return data.decode("utf-8-sig")


def offset_of(lines: list[tuple[str, str]], line: int, column: int) -> int:
    """The code-point offset of a 1-based (line, column), which must lie in
    the text: on one of its lines, at most just past the line's last
    character (a line break is not split)."""
    assert 1 <= line <= len(lines), f"line {line} outside a text of {len(lines)} lines"
    content = lines[line - 1][0]
    assert 1 <= column <= len(content) + 1, f"column {column} outside line {line} of {len(content)} characters"
    return sum(len(c) + len(b) for c, b in lines[: line - 1]) + column - 1


def span_of(lines, item: dict) -> tuple[int, int]:
    start = offset_of(lines, item["line"], item["column"])
    end = offset_of(lines, item["end_line"], item["end_column"])
    assert start <= end, f"the span ends before it starts: {item}"
    return start, end


def check_report(result, expected_path: Path) -> dict:
    """The JSON report of a run that must not have failed."""
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr, report["errors"])
    assert report["errors"] == [], report["errors"]
    assert report["summary"]["exit_code"] == result.exit_code
    assert {d["path"] for d in report["diagnostics"]} <= {str(expected_path)}
    return report


def lint(path: Path, *options: str) -> tuple[dict, str]:
    """``editlint check --format json --no-cache PATH``: the report and standard error."""
    result = cli("check", "--format", "json", "--no-cache", *options, str(path))
    return check_report(result, path), result.stderr


def check_positions(report: dict, text: str) -> None:
    """Every diagnostic's span and every edit lies in ``text``; each match is
    the text at its span."""
    lines = lines_of(text)
    for d in report["diagnostics"]:
        start, end = span_of(lines, d)
        assert d["match"] == text[start:end], d
        for edit in (d["fix"] or {}).get("edits", ()):
            span_of(lines, edit)


def safe_edits(report: dict, text: str) -> list[tuple[int, int, str]]:
    lines = lines_of(text)
    return [
        (*span_of(lines, edit), edit["replacement"])
        for d in report["diagnostics"]
        if d["fix"] and d["fix"]["applicability"] == "safe"
        for edit in d["fix"]["edits"]
    ]


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with the edits applied in source order, as docs say a fix
    pass does: an edit that overlaps one already applied (or inserts at the
    point where it ended) waits for the next pass."""
    out, pos, last_end = [], 0, -1
    for start, end, replacement in sorted(edits):
        if start < last_end or (start == last_end and start == end):
            continue
        out += [text[pos:start], replacement]
        pos = last_end = end
    out.append(text[pos:])
    return "".join(out)


def written(folder: str, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- properties


@given(drafts)
def test_checking_any_draft_never_raises(named_draft):
    name, data = named_draft
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, name, data)
        result = cli("check", "--format", "json", "--no-cache", str(path))
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)  # valid JSON, whatever the draft
    if report["summary"]["files"] == 0:
        # Taken for a binary file (a NUL byte, without a BOM): named, it is an error.
        assert f"{path}: format not supported (binary data" in result.stderr
        assert result.exit_code == 2
        return
    # A front matter that is not valid YAML is the one problem a readable
    # draft can have (exit 2, named with its line); generated ones are valid.
    for error in report["errors"]:
        assert error["message"].startswith("front matter is not valid YAML"), error
    assert result.exit_code == (2 if report["errors"] else report["summary"]["exit_code"])
    assert result.exit_code in ((0, 1, 2) if report["errors"] else (0, 1)), result.stderr
    assert report["summary"]["files"] == 1


@given(drafts)
def test_every_span_lies_in_the_file_and_matches_its_text(named_draft):
    name, data = named_draft
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, name, data)
        result = cli("check", "--format", "json", "--no-cache", str(path))
    report = json.loads(result.stdout)
    check_positions(report, text_of(data))
    for rule in sorted({d["rule"].split(".")[0] for d in report["diagnostics"]}):
        event(f"rule set reporting: {rule}")


@given(drafts)
def test_safe_fixes_converge_and_change_nothing_outside_their_edits(named_draft):
    name, data = named_draft
    # A NUL byte without a byte-order mark: not a draft (format not supported), nothing to fix.
    assume(data.startswith(BOM) or b"\x00" not in data[:8192])
    bom = BOM if data.startswith(BOM) else b""
    with tempfile.TemporaryDirectory() as folder:
        # What a fix run should write: the reported safe edits applied, pass
        # after pass, each pass linted afresh from the file.
        expected = text_of(data)
        path = written(folder, name, data)
        for passes in range(MAX_PASSES):
            report, _ = lint(path)
            check_positions(report, expected)
            edits = safe_edits(report, expected)
            if not edits:
                event(f"fix passes: {passes}")
                break
            expected = apply(expected, edits)
            written(folder, name, bom + expected.encode("utf-8"))
        else:
            report, _ = lint(path)
            assert safe_edits(report, expected) == [], f"safe fixes still left after {MAX_PASSES} passes"

        path = written(folder, name, data)
        after_fix, stderr = lint(path, "--fix")
        assert "did not settle" not in stderr
        fixed = path.read_bytes()
        # Byte for byte: the BOM and the line endings outside the edits kept.
        assert fixed == bom + expected.encode("utf-8")
        # What --fix reports is the fixed file, and no safe fix is left in it.
        check_positions(after_fix, text_of(fixed))
        assert safe_edits(after_fix, text_of(fixed)) == []
        again, _ = lint(path)
        assert safe_edits(again, text_of(fixed)) == []
        assert path.read_bytes() == fixed
