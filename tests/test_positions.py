"""Exact diagnostic positions, through the real command line.

The contract (docs/output.md): every position is a 1-based line and a 1-based
column counted in Unicode code points, the end is exclusive, a UTF-8
byte-order mark is not counted, and a line ends at CRLF, LF or a lone CR.

Each draft goes through ``editlint --format json`` (``click.testing.CliRunner``
on ``editlint.cli.main``, and in a few tests a real subprocess) and whole
``(rule, line, column, end_line, end_column, match)`` tuples are compared.
Every expected column is worked out by hand from the draft text in the
comments next to it; none is taken from editlint. The ``match`` field is also
checked against the draft text sliced by an independent line splitter.

Only four rules are selected, so the expected lists are complete:
``style.repeated-word`` ("the the", the span covers both words),
``style.redundancy`` ("and also"), ``style.extra-space`` (two spaces or a tab
between words) and ``boilerplate.share-bar`` (a block that is only "Share:").
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from editlint.cli import main

REPEAT = "style.repeated-word"
REDUNDANT = "style.redundancy"
SPACE = "style.extra-space"
SHARE = "boilerplate.share-bar"
SELECT = ",".join((REPEAT, REDUNDANT, SPACE, SHARE))
FORMATS = ("md", "txt")

BOM = codecs.BOM_UTF8.decode("utf-8")  # U+FEFF, written to disk as EF BB BF
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl: 5 code points
THUMBS = "\U0001f44d"  # astral plane: 1 code point, 2 UTF-16 units, 4 UTF-8 bytes
CAFE = "cafe\u0301"  # e + COMBINING ACUTE ACCENT: 5 code points
RESUME = "re\u0301sume\u0301"  # 8 code points
RLM = "\u200f"  # RIGHT-TO-LEFT MARK


# --------------------------------------------------------------------------- helpers


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts, splitting at CRLF, LF and lone CR
    (written here rather than borrowed from editlint.span)."""
    starts = [0]
    i = 0
    while i < len(text):
        if text[i] == "\r":
            i += 2 if text[i + 1 : i + 2] == "\n" else 1
            starts.append(i)
        elif text[i] == "\n":
            i += 1
            starts.append(i)
        else:
            i += 1
    return starts


def source_at(text: str, line: int, column: int, end_line: int, end_column: int) -> str:
    starts = _line_starts(text)
    return text[starts[line - 1] + column - 1 : starts[end_line - 1] + end_column - 1]


def _write(directory: Path, name: str, draft: str | bytes) -> Path:
    path = directory / name
    path.write_bytes(draft if isinstance(draft, bytes) else draft.encode("utf-8"))
    return path


def _check_report(report: dict, paths: list[Path]) -> list[dict]:
    assert report["errors"] == []
    texts = {p.name: p.read_bytes().decode("utf-8-sig") for p in paths}  # a BOM is not text
    for d in report["diagnostics"]:
        text = texts[Path(d["path"]).name]
        # The match is exactly the draft's text between the two positions.
        assert d["match"] == source_at(text, d["line"], d["column"], d["end_line"], d["end_column"]), d
        assert (d["line"], d["column"]) <= (d["end_line"], d["end_column"])
    return report["diagnostics"]


def lint_json(directory: Path, name: str, draft: str | bytes, select: str = SELECT) -> list[dict]:
    """Diagnostics of ``editlint --format json`` on one draft, run in process."""
    path = _write(directory, name, draft)
    result = CliRunner().invoke(main, ["--format", "json", "--select", select, str(path)])
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    report = json.loads(result.stdout)
    diagnostics = _check_report(report, [path])
    # --fail-on defaults to error: exit 1 only when an error-level finding exists.
    assert result.exit_code == (1 if any(d["severity"] == "error" for d in diagnostics) else 0)
    assert report["summary"]["diagnostics"] == len(diagnostics)
    return diagnostics


def found(diagnostics: list[dict]) -> list[tuple]:
    return [(d["rule"], d["line"], d["column"], d["end_line"], d["end_column"], d["match"]) for d in diagnostics]


def check(tmp_path: Path, fmt: str, draft: str | bytes) -> list[tuple]:
    return found(lint_json(tmp_path, f"draft.{fmt}", draft))


# --------------------------------------------------------------------------- line endings


CRLF_DRAFT = (
    "Council votes\r\n"  # 1
    "\r\n"  # 2
    "We saw the the dog and also  a cat.\r\n"  # 3
    "The cat saw the\r\n"  # 4
    "the dog bark and\r\n"  # 5
    "also run.\r\n"  # 6
    "\r\n"  # 7
    "Share:\r\n"  # 8
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_crlf_line_endings(tmp_path, fmt):
    assert check(tmp_path, fmt, CRLF_DRAFT) == [
        # "We saw " is 7 code points, so "the the" starts at column 8 and ends before 15.
        (REPEAT, 3, 8, 3, 15, "the the"),
        # "We saw the the dog " is 19 code points: "and also" is columns 20-27.
        (REDUNDANT, 3, 20, 3, 28, "and also"),
        # The two spaces after "also" are columns 28 and 29.
        (SPACE, 3, 28, 3, 30, "  "),
        # "The cat saw " is 12: "the" starts at 13 and the repeat ends after
        # "the" on line 5 (column 4). The CR is not a column of the next line.
        (REPEAT, 4, 13, 5, 4, "the\r\nthe"),
        # "the dog bark " is 13: "and" at 14, "also" ends line 6 at column 5.
        (REDUNDANT, 5, 14, 6, 5, "and\r\nalso"),
        (SHARE, 8, 1, 8, 7, "Share:"),
    ]


LONE_CR_DRAFT = "Council votes\r\rWe saw the the dog.\rIt was big and\ralso loud.\r"


@pytest.mark.parametrize("fmt", FORMATS)
def test_lone_cr_ends_a_line(tmp_path, fmt):
    assert check(tmp_path, fmt, LONE_CR_DRAFT) == [
        (REPEAT, 3, 8, 3, 15, "the the"),  # "We saw " is 7
        (REDUNDANT, 4, 12, 5, 5, "and\ralso"),  # "It was big " is 11
    ]


# --------------------------------------------------------------------------- byte-order mark


BOM_DRAFT = BOM + "The the story\n\nIt was big and also  loud.\n\nShare:\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_utf8_bom_is_not_counted(tmp_path, fmt):
    assert BOM_DRAFT.encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert check(tmp_path, fmt, BOM_DRAFT) == [
        # The BOM is not a column: "The" starts at column 1, not 2.
        (REPEAT, 1, 1, 1, 8, "The the"),
        (REDUNDANT, 3, 12, 3, 20, "and also"),  # "It was big " is 11
        (SPACE, 3, 20, 3, 22, "  "),
        (SHARE, 5, 1, 5, 7, "Share:"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bom_with_crlf(tmp_path, fmt):
    draft = BOM + "The the story\r\n\r\nShare:\r\n"
    assert check(tmp_path, fmt, draft) == [
        (REPEAT, 1, 1, 1, 8, "The the"),
        (SHARE, 3, 1, 3, 7, "Share:"),
    ]


# --------------------------------------------------------------------------- tabs


TAB_DRAFT = "Tab\there the the end.\n\nTwo\ttabs\tand also done.\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_tab_is_one_column(tmp_path, fmt):
    assert check(tmp_path, fmt, TAB_DRAFT) == [
        # "Tab" is columns 1-3, the tab is column 4 (not expanded to 8).
        (SPACE, 1, 4, 1, 5, "\t"),
        # "Tab\there " is 9 code points: "the the" is columns 10-16.
        (REPEAT, 1, 10, 1, 17, "the the"),
        (SPACE, 3, 4, 3, 5, "\t"),
        # "Two\ttabs" is 8 code points: the second tab is column 9.
        (SPACE, 3, 9, 3, 10, "\t"),
        (REDUNDANT, 3, 10, 3, 18, "and also"),
    ]


# --------------------------------------------------------------------------- emoji


EMOJI_DRAFT = (
    f"{THUMBS} We saw the the dog.\n"  # 1
    "\n"
    f"{FAMILY} and also fun.\n"  # 3
    "\n"
    f"Family {FAMILY} the the {THUMBS} and also  ok.\n"  # 5
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_astral_and_zwj_emoji_count_code_points(tmp_path, fmt):
    assert check(tmp_path, fmt, EMOJI_DRAFT) == [
        # thumbs(1) space(1) "We"(2) space(1) "saw"(3) space(1) = 9, so column 10
        # (UTF-16 would say 11, bytes 13, graphemes 10 by luck: see line 5).
        (REPEAT, 1, 10, 1, 17, "the the"),
        # The family is 5 code points (3 emoji, 2 ZWJ) plus a space: column 7
        # (a grapheme count would say 3).
        (REDUNDANT, 3, 7, 3, 15, "and also"),
        # "Family " 7 + family 5 + space 1 = 13: "the the" is columns 14-20.
        (REPEAT, 5, 14, 5, 21, "the the"),
        # then space (21), thumbs (22), space (23): "and also" is columns 24-31,
        (REDUNDANT, 5, 24, 5, 32, "and also"),
        # and the two spaces are columns 32-33.
        (SPACE, 5, 32, 5, 34, "  "),
    ]


# --------------------------------------------------------------------------- combining accents


COMBINING_DRAFT = f"The {CAFE} {CAFE} opened and also  closed.\n\nA {RESUME} the the.\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_combining_accent_is_its_own_column(tmp_path, fmt):
    assert check(tmp_path, fmt, COMBINING_DRAFT) == [
        # "The " is 4; "cafe\u0301 cafe\u0301" is 5 + 1 + 5 = 11 code points:
        # columns 5-15, end 16 (a grapheme count would end at 14).
        (REPEAT, 1, 5, 1, 16, f"{CAFE} {CAFE}"),
        # 4 + 11 + " opened " 8 = 23: "and also" is columns 24-31.
        (REDUNDANT, 1, 24, 1, 32, "and also"),
        (SPACE, 1, 32, 1, 34, "  "),
        # "A " 2 + "re\u0301sume\u0301" 8 + " " 1 = 11: "the the" at column 12.
        (REPEAT, 3, 12, 3, 19, "the the"),
    ]


# --------------------------------------------------------------------------- right-to-left text


ARABIC_DRAFT = (
    "قال الطالب الطالب درسه and also the the.\n"  # 1
    "\n"
    f"{RLM}الكتاب الكتاب جديد.\n"  # 3
    "\n"
    "الطالب  يدرس\n"  # 5
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_arabic_columns_are_logical_order_code_points(tmp_path, fmt):
    assert check(tmp_path, fmt, ARABIC_DRAFT) == [
        # "قال " is 4 code points; "الطالب" is 6, so the pair is 13: columns 5-17.
        (REPEAT, 1, 5, 1, 18, "الطالب الطالب"),
        # 4 + 13 + " درسه " 6 = 23: "and also" is columns 24-31,
        (REDUNDANT, 1, 24, 1, 32, "and also"),
        # then a space (32): "the the" is columns 33-39.
        (REPEAT, 1, 33, 1, 40, "the the"),
        # The RIGHT-TO-LEFT MARK is column 1; "الكتاب" (6) starts at column 2.
        (REPEAT, 3, 2, 3, 15, "الكتاب الكتاب"),
        # Two spaces after the 6 letters of "الطالب": columns 7 and 8.
        (SPACE, 5, 7, 5, 9, "  "),
    ]


# --------------------------------------------------------------------------- all at once, in a real process


MIXED_DRAFT = (
    BOM
    + f"{THUMBS}\tthe the {CAFE} {CAFE}\r\n"  # 1
    + "\r\n"  # 2
    + "قال الطالب الطالب and also  more.\r\n"  # 3
    + "\r\n"  # 4
    + "Share:\r\n"  # 5
)
MIXED_EXPECTED = [
    # thumbs is column 1 (the BOM is not counted), the tab column 2.
    (SPACE, 1, 2, 1, 3, "\t"),
    # thumbs + tab = 2: "the the" is columns 3-9.
    (REPEAT, 1, 3, 1, 10, "the the"),
    # 2 + "the the " 8 = 10: the two 5-code-point words run from 11 to 21.
    (REPEAT, 1, 11, 1, 22, f"{CAFE} {CAFE}"),
    (REPEAT, 3, 5, 3, 18, "الطالب الطالب"),
    # "قال الطالب الطالب " is 4 + 13 + 1 = 18: "and also" is columns 19-26.
    (REDUNDANT, 3, 19, 3, 27, "and also"),
    (SPACE, 3, 27, 3, 29, "  "),
    (SHARE, 5, 1, 5, 7, "Share:"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_mixed_draft_in_process(tmp_path, fmt):
    assert check(tmp_path, fmt, MIXED_DRAFT) == MIXED_EXPECTED


def _console_script() -> str | None:
    beside = shutil.which("editlint", path=os.path.dirname(sys.executable))
    return beside or shutil.which("editlint")


def _run_process(command: list[str], tmp_path: Path) -> dict:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1")
    completed = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, timeout=60)
    assert completed.returncode == 1, completed.stderr.decode("utf-8", "replace")  # share bar: an error
    return json.loads(completed.stdout.decode("utf-8"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_mixed_draft_through_console_script(tmp_path, fmt):
    script = _console_script()
    if script is None:  # pragma: no cover - the package is installed with its script
        pytest.skip("no editlint console script next to this Python")
    path = _write(tmp_path, f"mixed.{fmt}", MIXED_DRAFT)
    report = _run_process([script, "--format", "json", "--select", SELECT, str(path)], tmp_path)
    assert found(_check_report(report, [path])) == MIXED_EXPECTED


def test_python_dash_m_reports_several_files(tmp_path):
    md = _write(tmp_path, "mixed.md", MIXED_DRAFT)
    txt = _write(tmp_path, "mixed.txt", MIXED_DRAFT)
    emoji = _write(tmp_path, "emoji.md", EMOJI_DRAFT)
    command = [sys.executable, "-m", "editlint", "--format", "json", "--select", SELECT, md.name, txt.name, emoji.name]
    report = _run_process(command, tmp_path)
    diagnostics = _check_report(report, [md, txt, emoji])
    by_file: dict[str, list[dict]] = {}
    for d in diagnostics:
        by_file.setdefault(d["path"], []).append(d)
    assert sorted(by_file) == ["emoji.md", "mixed.md", "mixed.txt"]
    assert found(by_file["mixed.md"]) == MIXED_EXPECTED
    assert found(by_file["mixed.txt"]) == MIXED_EXPECTED
    assert found(by_file["emoji.md"])[0] == (REPEAT, 1, 10, 1, 17, "the the")


def test_fix_edits_use_the_same_positions(tmp_path):
    # The safe fix of a repeated word replaces exactly the reported span.
    [d] = [d for d in lint_json(tmp_path, "fix.md", f"{FAMILY} the the end.\n") if d["rule"] == REPEAT]
    # family 5 + space 1 = 6: "the the" is columns 7-13.
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (1, 7, 1, 14)
    assert d["fix"]["edits"] == [{"line": 1, "column": 7, "end_line": 1, "end_column": 14, "replacement": "the"}]


# --------------------------------------------------------------------------- Markdown constructs


MARKDOWN_CONTAINERS = (
    "> We saw the the dog.\n"  # 1
    "> It was big and\n"  # 2
    "also loud.\n"  # 3: lazy continuation of the quote
    "\n"
    "- Item and also  more\n"  # 5
    "  - nested the the\n"  # 6
    "\n"
    "| A | B |\n"  # 8
    "|---|---|\n"  # 9
    "| x \\| the the | **the** the |\n"  # 10
)


def test_markdown_containers(tmp_path):
    assert check(tmp_path, "md", MARKDOWN_CONTAINERS) == [
        (REPEAT, 1, 10, 1, 17, "the the"),  # "> We saw " is 9
        (REDUNDANT, 2, 14, 3, 5, "and\nalso"),  # "> It was big " is 13
        (REDUNDANT, 5, 8, 5, 16, "and also"),  # "- Item " is 7
        (SPACE, 5, 16, 5, 18, "  "),
        (REPEAT, 6, 12, 6, 19, "the the"),  # "  - nested " is 11
        # "| x \| " is 7 code points (the escaped pipe is two): column 8.
        (REPEAT, 10, 8, 10, 15, "the the"),
        # "| x \| the the | **" is 19: the repeat runs over the closing "**".
        (REPEAT, 10, 20, 10, 29, "the** the"),
    ]


MARKDOWN_INLINE = (
    "# The the headline #\n"  # 1
    "\n"
    "Fish &amp; chips &copy; the the.\n"  # 3
    "\n"
    "Sub and also\n"  # 5: setext H2
    "---\n"  # 6
    "\n"
    "line the  \n"  # 8: hard break (two spaces)
    "the end\\\n"  # 9: hard break (backslash)
    "and also\n"  # 10
)


def test_markdown_headings_entities_and_hard_breaks(tmp_path):
    assert check(tmp_path, "md", MARKDOWN_INLINE) == [
        (REPEAT, 1, 3, 1, 10, "The the"),  # after "# "
        # "Fish " 5 + "&amp; " 6 + "chips " 6 + "&copy; " 7 = 24: the entities
        # count as their source characters, so "the the" starts at 25.
        (REPEAT, 3, 25, 3, 32, "the the"),
        (REDUNDANT, 5, 5, 5, 13, "and also"),  # "Sub " is 4
        # "line " is 5; the repeat runs over the two spaces and the line break.
        (REPEAT, 8, 6, 9, 4, "the  \nthe"),
        (REDUNDANT, 10, 1, 10, 9, "and also"),
    ]


def test_link_text_is_checked(tmp_path):
    draft = "Read [the the](https://example.com/x) or [and also][r] now.\n\n[r]: https://example.com/and_also\n"
    assert check(tmp_path, "md", draft) == [
        # "Read [" is 6: the link text starts at column 7.
        (REPEAT, 1, 7, 1, 14, "the the"),
        # "Read [the the](https://example.com/x) or [" is
        # 6 + 7 + 2 + 21 + 1 + 4 + 1 = 42: "and also" is columns 43-50.
        (REDUNDANT, 1, 43, 1, 51, "and also"),
    ]


FRONT_MATTER_DRAFT = (
    "---\n"  # 1
    "title: The the headline\n"  # 2
    "summary: It was big and also  loud\n"  # 3
    "author: the the\n"  # 4: not a prose field
    "tags: [the the, and also]\n"  # 5
    "---\n"  # 6
    "\n"
    "Body text.\n"  # 8
)


def test_front_matter_title_and_summary_positions(tmp_path):
    assert check(tmp_path, "md", FRONT_MATTER_DRAFT) == [
        # "title: " is 7: the title's "The the" is columns 8-14 of line 2.
        (REPEAT, 2, 8, 2, 15, "The the"),
        # "summary: " 9 + "It was big " 11 = 20: "and also" is columns 21-28.
        (REDUNDANT, 3, 21, 3, 29, "and also"),
        (SPACE, 3, 29, 3, 31, "  "),
    ]


def test_front_matter_quoted_title_with_bom_and_crlf(tmp_path):
    draft = BOM + '---\r\ntitle: "We saw the the dog"\r\n---\r\n\r\nBody.\r\n'
    # 'title: "' is 8 and "We saw " 7: "the the" is columns 16-22 of line 2.
    assert check(tmp_path, "md", draft) == [(REPEAT, 2, 16, 2, 23, "the the")]


def test_front_matter_folded_title(tmp_path):
    draft = "---\ntitle: >-\n  Big news:\n  the the end\n---\n"
    assert check(tmp_path, "md", draft) == [(REPEAT, 4, 3, 4, 10, "the the")]  # after 2 spaces


# --------------------------------------------------------------------------- never checked


CONTROL = "Control the the\n\n"  # "Control " is 8: a repeat at columns 9-15 of line 1
CONTROL_FOUND = (REPEAT, 1, 9, 1, 16, "the the")

NEVER_CHECKED_MARKDOWN = {
    "inline code": "Use `the the`, ``and `also` here`` and `Share:` now.\n",
    "fenced code": "```\nthe the\nand also\n```\n\n~~~text\nShare:\n~~~\n",
    "indented code": "Intro text.\n\n    the the and also\n\n    Share:\n",
    "code in a list": "- item\n\n  ```\n  the the\n  ```\n",
    "https url": "Visit https://example.com/and also today.\n",
    "http url": "Or http://example.com/and also, later.\n",
    "www url": "Or www.example.com/and also, later.\n",
    "e-mail": "Write the the@example.com or and also@example.com now.\n",
    "link destination": 'Read [this](<and also> "the the") now.\n\nAnd [that][ref] too.\n\n[ref]: <the the> "and also"\n',
    "html comment": "<!-- the the and also -->\n\n<!--\nShare:\n-->\n\nText <!-- the the --> here.\n",
    "html block": "<div>\nthe the and also\n</div>\n\n<table><tr><td>Share:</td></tr></table>\n\n<p>the the</p>\n",
    "inline html": 'A <span title="the the and also">word</span> here.\n',
    "image source": 'An ![photo](<img/the the.png> "and also") here.\n\nAnd ![x](<and also.jpg>) too.\n',
}


@pytest.mark.parametrize("name", sorted(NEVER_CHECKED_MARKDOWN))
def test_never_checked_in_markdown(tmp_path, name):
    # Only the control line, which proves the rules ran, is reported.
    assert check(tmp_path, "md", CONTROL + NEVER_CHECKED_MARKDOWN[name]) == [CONTROL_FOUND]


NEVER_CHECKED_TEXT = {
    "https url": "Visit https://example.com/and also today.\n",
    "http url": "Or http://example.com/and also, later.\n",
    "www url": "Or www.example.com/and also, later.\n",
    "e-mail": "Write the the@example.com or and also@example.com now.\n",
}


@pytest.mark.parametrize("name", sorted(NEVER_CHECKED_TEXT))
def test_never_checked_in_plain_text(tmp_path, name):
    assert check(tmp_path, "txt", CONTROL + NEVER_CHECKED_TEXT[name]) == [CONTROL_FOUND]


def test_urls_hide_only_themselves(tmp_path):
    # The prose right after a URL is still checked, at its own position.
    draft = "See https://example.com/x the the end.\n"
    for fmt in FORMATS:
        # "See https://example.com/x " is 4 + 21 + 1 = 26: "the the" at 27.
        assert check(tmp_path, fmt, draft) == [(REPEAT, 1, 27, 1, 34, "the the")]


def test_front_matter_keys_and_other_fields_are_not_checked(tmp_path):
    draft = "---\nthe the: 1\nand also: 2\nShare: 3\nauthor: the the\nslug: and also\n---\n\n" + "Control the the\n"
    # Line 9 is the control line.
    assert check(tmp_path, "md", draft) == [(REPEAT, 9, 9, 9, 16, "the the")]


# --------------------------------------------------------------------------- known bugs


def test_crlf_inline_html_over_a_line_break_keeps_the_paragraph_checked(tmp_path):
    draft = 'We saw the the dog <span\r\nclass="x">here</span> today.\r\n'
    assert check(tmp_path, "md", draft) == [(REPEAT, 1, 8, 1, 15, "the the")]


@pytest.mark.parametrize(
    "draft, expected",
    [
        # "Path \" is 6: "and also" is columns 7-14.
        ("Path \\and also here.\n", (REDUNDANT, 1, 7, 1, 15, "and also")),
        # "Saved in C:\" is 12: "the the" is columns 13-19.
        ("Saved in C:\\the the folder.\n", (REPEAT, 1, 13, 1, 20, "the the")),
    ],
)
def test_backslash_before_a_letter_keeps_positions(tmp_path, draft, expected):
    assert check(tmp_path, "md", draft) == [expected]
