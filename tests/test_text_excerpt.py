"""The text report's source excerpt: a window of at most about 100 display
columns around the span, "…" where the line is cut, and carets under the
span by display width (wide CJK, emoji clusters, combining marks, tabs),
whatever the line holds (docs/output.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import cli, write
from wcwidth import iter_graphemes, wcswidth

pytestmark = pytest.mark.usefixtures("in_tmp")

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
GUTTER = re.compile(r" *\d+ \| ")
WINDOW = 100


def _cells(text: str, column: int = 0) -> list[tuple[int, str]]:
    """(screen column, grapheme) of each cluster of ``text`` drawn from
    ``column``, tabs to the next multiple of 8, as a terminal draws it."""
    cells = []
    for cluster in iter_graphemes(text):
        cells.append((column, cluster))
        column += 8 - column % 8 if cluster == "\t" else wcswidth(cluster)
    cells.append((column, ""))
    return cells


def _report(path: str, *args: str) -> str:
    return cli("check", "--no-cache", *args, path).stdout


def _excerpt(report: str, header: str) -> tuple[str, str]:
    """The source and caret lines under the diagnostic whose header starts so."""
    lines = report.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(header))
    return lines[i + 1], lines[i + 2]


def _under_carets(source: str, carets: str) -> str:
    """The text of ``source`` that the carets' cells cover on a terminal."""
    caret_line = carets.expandtabs(8)  # only spaces and tabs before the carets
    first, last = caret_line.index("^"), caret_line.rindex("^") + 1
    return "".join(cluster for column, cluster in _cells(source) if first <= column < last)


def _shown_width(source: str) -> int:
    """Display columns of the excerpt itself (after the gutter)."""
    gutter = GUTTER.match(source).group()
    return _cells(source)[-1][0] - len(gutter)


def test_seed_line_29_is_a_window_with_the_carets_under_the_quote_mark():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not beside the repository")
    source, carets = _excerpt(_report(str(SEED)), f"{SEED}:29:267:")
    assert _shown_width(source) <= WINDOW + 2  # the window and its two "…"
    assert GUTTER.sub("", source).startswith("…") and source.endswith("…")
    assert _under_carets(source, carets) == "‘Listen"
    assert len(carets.expandtabs(8)) < 120  # not 267 columns in


def test_a_long_line_is_cut_to_a_window_around_the_span():
    line = "alpha beta gamma delta " * 16 + "then the the end " + "and more words " * 40
    write("a.txt", "Title\n\n" + line + "\n")
    report = _report("a.txt", "--select", "style.repeated-word")
    assert report.startswith(f"a.txt:3:{line.index('the the') + 1}: ")  # the header stays code points
    source, carets = _excerpt(report, "a.txt:3:")
    assert _shown_width(source) <= WINDOW + 2
    assert GUTTER.sub("", source).startswith("…") and source.endswith("…")
    assert _under_carets(source, carets) == "the the"


def test_a_short_line_is_shown_whole():
    write("a.md", "The council met on Monday and and voted.\n")
    source, carets = _excerpt(_report("a.md"), "a.md:1:")
    assert source == "    1 | The council met on Monday and and voted."
    assert _under_carets(source, carets) == "and and"


@pytest.mark.parametrize(
    "before",
    [
        "東京で会議が開かれた。" * 3,  # wide CJK
        "👩‍👩‍👧 family, 🇫🇷 flag, ❤️ heart, 👍🏽 thumbs ",  # ZWJ sequence, flag, VS16, skin tone
        "Cafe\u0301 re\u0301sume\u0301 nai\u0308ve ",  # combining marks
        "قال الوزير إن الخطة نجحت ",  # right-to-left text, in its logical order
        "A\ttab\tor\ttwo ",  # tabs
        "an escape \x1b[31m here ",  # a control character
    ],
    ids=["cjk", "emoji", "combining", "rtl", "tabs", "control"],
)
@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
def test_carets_sit_under_the_span_by_display_width(before, long):
    padding = "Padding words here. " * 12 if long else ""
    write("a.txt", f"Title\n\n{padding}{before}said the the vote {padding}\n")
    report = _report("a.txt", "--select", "style.repeated-word")
    source, carets = _excerpt(report, "a.txt:3:")
    assert _under_carets(source, carets) == "the the"
    if long:
        assert _shown_width(source) <= WINDOW + 2
    assert "\x1b" not in report  # shown as ␛, never sent to the terminal


def test_a_span_longer_than_the_window_shows_its_start_then_an_ellipsis():
    write(
        "rules/house.yaml",
        "rules:\n  - id: house.long\n    kind: existence\n    raw: ['BEGIN.*?END']\n    message: A long span\n",
    )
    write(".editlint.yaml", "rulesets: [./rules]\n")
    line = "Intro words. BEGIN " + "x" * 300 + " END and after."
    write("a.txt", f"Title\n\n{line}\n")
    source, carets = _excerpt(_report("a.txt"), "a.txt:3:14:")
    assert _shown_width(source) <= WINDOW + 2
    assert carets.endswith("^…") and source.endswith("…")
    assert _under_carets(source, carets).startswith("BEGIN xxx")


def test_a_span_over_a_line_break_is_marked_as_going_on():
    write("a.md", "He ran and\nalso swam.\n")
    lines = _report("a.md").splitlines()
    assert "      |        ^^^ ..." in lines
