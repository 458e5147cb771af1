"""Output formats: the JSON document (docs/output.md, schema version 1) and
the text report (header, source line with gutter, carets, suggestion line,
summary, colour)."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from helpers import cli as run
from helpers import write as _write

from editlint import __version__


def write(path, text):
    return _write(path, text, dedent=False)


ANSI = re.compile(r"\x1b\[[0-9;]*m")

DIAGNOSTIC_KEYS = {
    "path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "match", "suggestions", "fix",
}  # fmt: skip


pytestmark = pytest.mark.usefixtures("in_tmp")


def run_json(*args: str):
    result = run("check", "--format", "json", *args)
    return result, json.loads(result.stdout)


def source_at(text: str, d: dict) -> str:
    """The source between (line, column) and (end_line, end_column), 1-based
    code points, end exclusive."""
    lines = text.splitlines(keepends=True)
    start = sum(len(l) for l in lines[: d["line"] - 1]) + d["column"] - 1
    end = sum(len(l) for l in lines[: d["end_line"] - 1]) + d["end_column"] - 1
    return text[start:end]


# A draft with findings of all three severities, on several lines, with
# characters beyond ASCII before some spans.
DRAFT = (
    "# The the headline\n"  # 1: repeated-word (error)
    "\n"
    "東京 officials said  the plan was an end result.\n"  # 3: extra-space (warning), redundancy (suggestion)
    "\n"
    "Emoji 🎉 and and tabs\there.\n"  # 5: repeated-word (error), extra-space (tab)
    "\n"
    "Advertisement\n"  # 7: boilerplate.advertisement (error)
)


# --------------------------------------------------------------------------- JSON


def test_json_top_level_keys_and_versions():
    write("a.md", DRAFT)
    _, data = run_json("a.md")
    assert set(data) == {"version", "editlint", "diagnostics", "errors", "summary"}
    assert list(data) == ["version", "editlint", "diagnostics", "errors", "summary"]
    assert data["version"] == 1
    assert data["editlint"] == __version__


def test_json_diagnostic_fields_and_types():
    write("a.md", DRAFT)
    _, data = run_json("a.md")
    assert data["diagnostics"], "the draft has findings"
    for d in data["diagnostics"]:
        assert set(d) == DIAGNOSTIC_KEYS
        assert isinstance(d["path"], str)
        for key in ("line", "column", "end_line", "end_column"):
            assert type(d[key]) is int and d[key] >= 1
        assert (d["end_line"], d["end_column"]) > (d["line"], d["column"])
        assert isinstance(d["rule"], str) and "." in d["rule"]
        assert d["severity"] in ("error", "warning", "suggestion")
        assert isinstance(d["message"], str) and d["message"]
        assert isinstance(d["match"], str) and d["match"]
        assert isinstance(d["suggestions"], list) and all(isinstance(s, str) for s in d["suggestions"])
        fix = d["fix"]
        assert fix is None or isinstance(fix, dict)
        if fix is not None:
            assert set(fix) == {"applicability", "edits"}
            assert fix["applicability"] in ("safe", "unsafe", "display")
            assert fix["edits"]
            for edit in fix["edits"]:
                assert set(edit) == {"line", "column", "end_line", "end_column", "replacement"}
                assert isinstance(edit["replacement"], str)
            # The fix applies the first suggestion.
            assert fix["edits"][0]["replacement"] == d["suggestions"][0]


def test_json_exact_diagnostics_of_the_draft():
    write("a.md", DRAFT)
    result, data = run_json("a.md")
    got = [
        (d["line"], d["column"], d["end_line"], d["end_column"], d["rule"], d["severity"], d["match"])
        for d in data["diagnostics"]
    ]
    assert got == [
        (1, 3, 1, 10, "style.repeated-word", "error", "The the"),
        (3, 18, 3, 20, "style.extra-space", "warning", "  "),
        (3, 36, 3, 46, "style.redundancy", "suggestion", "end result"),
        (5, 9, 5, 16, "style.repeated-word", "error", "and and"),
        (5, 21, 5, 22, "style.extra-space", "warning", "\t"),
        (7, 1, 7, 14, "boilerplate.advertisement", "error", "Advertisement"),
    ]
    assert result.exit_code == 1


def test_json_match_equals_the_source_at_the_span():
    write("a.md", DRAFT)
    _, data = run_json("a.md")
    for d in data["diagnostics"]:
        assert source_at(DRAFT, d) == d["match"], d
        if d["fix"]:
            for edit in d["fix"]["edits"]:
                # An edit replaces the match; a deletion may take the space or
                # line break around it too, but nothing else.
                removed = source_at(DRAFT, edit)
                assert d["match"] in removed
                assert not removed.replace(d["match"], "", 1).strip(), (removed, d["match"])


def test_json_match_with_crlf_and_bom():
    text = "Intro line.\r\nThe the cat.\r\n"
    Path("a.md").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    _, data = run_json("a.md")
    (d,) = data["diagnostics"]
    assert (d["line"], d["column"], d["end_column"], d["match"]) == (2, 1, 8, "The the")


def test_json_diagnostics_sorted_by_file_then_position():
    write("b.md", DRAFT)
    write("a.md", "The the cat sat  down.\n")
    _, data = run_json("b.md", "a.md")
    paths = [d["path"] for d in data["diagnostics"]]
    # Files in the order given, each file's findings together.
    assert paths == ["b.md"] * 6 + ["a.md"] * 2
    for path in ("a.md", "b.md"):
        keys = [(d["line"], d["column"], d["rule"]) for d in data["diagnostics"] if d["path"] == path]
        assert keys == sorted(keys)


def test_json_suggestion_for_deletion_is_empty_string():
    write("a.md", "Story.\n\nAdvertisement\n")
    _, data = run_json("a.md")
    (d,) = data["diagnostics"]
    assert d["suggestions"] == [""]
    assert d["fix"]["edits"][0]["replacement"] == ""


def test_json_summary_counts():
    write("a.md", DRAFT)
    write("clean.md", "All fine.\n")
    result, data = run_json("a.md", "clean.md")
    assert data["summary"] == {
        "files": 2,
        "files_with_diagnostics": 1,
        "diagnostics": 6,
        "error": 3,
        "warning": 2,
        "suggestion": 1,
        "errors": 0,
        "fixed": 0,
        "exit_code": 1,
    }
    assert data["errors"] == []
    assert result.exit_code == 1


def test_json_errors_with_and_without_line():
    write("a.md", "The the cat.\n")
    Path("bad.md").write_bytes(b"ok\n\xff\n")
    result, data = run_json("a.md", "missing.md", "bad.md")
    assert result.exit_code == 2
    assert data["errors"] == [
        {"path": "missing.md", "line": None, "message": "no such file or directory"},
        {
            "path": "bad.md",
            "line": 2,
            "message": "not valid UTF-8: byte 0xff at column 1 (for another encoding, use --encoding)",
        },
    ]
    assert data["summary"]["errors"] == 2
    assert data["summary"]["exit_code"] == 2
    assert data["summary"]["files"] == 1
    # Errors are still printed on stderr, one line each; stdout stays pure JSON.
    assert result.stderr.splitlines() == [
        "missing.md: no such file or directory",
        "bad.md:2: not valid UTF-8: byte 0xff at column 1 (for another encoding, use --encoding)",
    ]


def test_json_config_errors_are_listed_before_input_errors():
    write(".editlint.yaml", "rules:\n  nope.rule: off\n")
    write("a.md", "x\n")
    _, data = run_json("a.md", "missing.md")
    assert [(e["path"], e["line"]) for e in data["errors"]] == [(".editlint.yaml", 2), ("missing.md", None)]


def test_json_non_ascii_is_written_as_is():
    write("a.md", DRAFT)
    write(".editlint.yaml", "vocab:\n  reject:\n    - 東京: Tokyo\n")
    result, data = run_json("a.md")
    assert '"match": "東京"' in result.stdout
    d = next(d for d in data["diagnostics"] if d["rule"] == "vocab.rejected")
    assert (d["line"], d["column"], d["end_column"]) == (3, 1, 3)


def test_json_empty_run():
    write("a.md", "All fine.\n")
    result, data = run_json("a.md")
    assert data["diagnostics"] == [] and data["errors"] == []
    assert data["summary"]["files"] == 1 and data["summary"]["exit_code"] == 0
    assert result.exit_code == 0


def test_message_quoting_a_match_over_a_line_break_stays_on_one_line():
    write("a.md", "He ran and\nalso swam.\n")
    _, data = run_json("a.md")
    (d,) = data["diagnostics"]
    assert d["match"] == "and\nalso"  # the source, exactly
    assert "\n" not in d["message"]
    text = run("check", "a.md").stdout.splitlines()
    assert text[0].startswith("a.md:1:8: suggestion [style.redundancy] ")
    assert text[1] == "    1 | He ran and"


# --------------------------------------------------------------------------- text


def test_text_report_exact():
    write("a.md", "Intro.\n\nThe minister said the the plan  worked.\n")
    result = run("check", "a.md")
    assert result.stdout == textwrap.dedent(
        """\
        a.md:3:19: error [style.repeated-word] The word "the" is repeated
            3 | The minister said the the plan  worked.
              |                   ^^^^^^^
              = suggestion: "the"

        a.md:3:31: warning [style.extra-space] More than one space between words
            3 | The minister said the the plan  worked.
              |                               ^^
              = suggestion: " "

        Found 2 problems (1 error, 1 warning, 0 suggestions) in 1 of 1 file.
        """
    )
    assert result.exit_code == 1


def _source_and_carets(report: str, header_prefix: str) -> tuple[str, str]:
    lines = report.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(header_prefix))
    return lines[i + 1], lines[i + 2]


def test_text_carets_under_exactly_the_span():
    write("a.md", "The council met on Monday and and voted.\n")
    source, carets = _source_and_carets(run("check", "a.md").stdout, "a.md:1:")
    assert source == "    1 | The council met on Monday and and voted."
    prefix = "      | "
    assert carets.startswith(prefix)
    marks = carets[len(prefix) :]
    start = len(marks) - len(marks.lstrip(" "))
    assert marks.strip() == "^" * len("and and")
    assert source[len(prefix) + start : len(prefix) + start + 7] == "and and"


def test_text_carets_after_a_wide_cjk_character():
    write("a.md", "東京 the the cat.\n")
    report = run("check", "a.md").stdout
    assert report.splitlines()[:4] == [
        'a.md:1:4: error [style.repeated-word] The word "the" is repeated',
        "    1 | 東京 the the cat.",
        # Each of 東 and 京 takes two terminal cells: five cells before the span.
        "      |      ^^^^^^^",
        '      = suggestion: "the"',
    ]


def test_text_carets_after_a_combining_accent():
    write("a.md", "Cafe\u0301 the the cat.\n")
    lines = run("check", "a.md").stdout.splitlines()
    assert lines[0].startswith("a.md:1:7: ")  # the accent is a code point of its own
    assert lines[2] == "      |      ^^^^^^^"  # but takes no cell on screen


def test_text_carets_for_a_wide_span():
    write(".editlint.yaml", "vocab:\n  reject:\n    - 東京: Tokyo\n")
    write("a.md", "In 東京 today.\n")
    lines = run("check", "a.md").stdout.splitlines()
    assert lines[:4] == [
        'a.md:1:4: warning [vocab.rejected] "東京" is on the house reject list',
        "    1 | In 東京 today.",
        "      |    ^^^^",
        '      = suggestion: "Tokyo"',
    ]


def test_text_tab_before_span_is_kept_so_carets_line_up():
    write("a.txt", "Intro.\n\nA\tlist: the the cat.\n")
    lines = run("check", "--select", "style.repeated-word", "a.txt").stdout.splitlines()
    assert lines[1] == "    3 | A\tlist: the the cat."
    assert lines[2] == "      |  \t      ^^^^^^^"


def test_text_span_over_a_line_break():
    write("a.md", "He ran and\nalso swam.\n")
    lines = run("check", "a.md").stdout.splitlines()
    assert "    1 | He ran and" in lines
    assert "      |        ^^^ ..." in lines


def test_text_suggestion_lines():
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: [use, employ]\n    - whilst\n")
    write("a.md", "Story.\n\nAdvertisement\n\nThey utilise it whilst here.\n")
    report = run("check", "a.md").stdout
    assert "      = suggestion: (delete)\n" in report
    assert '      = suggestions: "use", "employ"\n' in report
    # No suggestion: no suggestion line.
    block = report.split('[vocab.rejected] "whilst"')[1].split("\n\n")[0]
    assert "=" not in block


def test_text_summary_lines():
    write("clean.md", "All fine.\n")
    write("other.md", "Also fine.\n")
    assert run("check", "clean.md").stdout == "No problems found in 1 file.\n"
    assert run("check", "clean.md", "other.md").stdout == "No problems found in 2 files.\n"
    write("a.md", DRAFT)
    assert run("check", "a.md", "clean.md").stdout.splitlines()[-1] == (
        "Found 6 problems (3 errors, 2 warnings, 1 suggestion) in 1 of 2 files."
    )
    result = run("check", "clean.md", "missing.md")
    assert result.stdout == "No problems found in 1 file. 1 error (listed on standard error).\n"


def test_text_blank_line_between_diagnostics():
    write("a.md", DRAFT)
    report = run("check", "a.md").stdout
    blocks = report.rstrip("\n").split("\n\n")
    assert len(blocks) == 7  # six diagnostics and the summary
    for block in blocks[:-1]:
        assert re.match(r"a\.md:\d+:\d+: (error|warning|suggestion) \[[a-z.-]+\] ", block)


def test_text_has_no_ansi_codes_when_not_a_terminal():
    write("a.md", DRAFT)
    result = run("check", "a.md")
    assert "\x1b[" not in result.stdout
    assert "\x1b[" not in run("check", "--no-color", "a.md").stdout


def test_text_color_forced_with_color_option():
    write("a.md", "The cat  sat.\n")
    out = run("check", "--color", "a.md").stdout
    assert out.startswith("\x1b[1ma.md:1:8:\x1b[0m \x1b[33m\x1b[1mwarning\x1b[0m \x1b[2m[style.extra-space]\x1b[0m ")
    assert ANSI.sub("", out) == run("check", "a.md").stdout
    write("b.md", "Story.\n\nAdvertisement\n")
    assert "\x1b[31m\x1b[1merror\x1b[0m" in run("check", "--color", "b.md").stdout


def test_json_never_has_colour():
    write("a.md", "The the cat.\n")
    result = run("check", "--format", "json", "--color", "a.md")
    assert "\x1b[" not in result.stdout
    json.loads(result.stdout)


def test_text_report_with_stdin_name():
    result = run("check", "-", input="The the cat.\n")
    assert result.stdout.splitlines()[0] == '-:1:1: error [style.repeated-word] The word "The" is repeated'
