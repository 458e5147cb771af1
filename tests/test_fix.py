"""--fix, --unsafe-fixes and --diff: fixes applied until none is left,
written without harm to any byte outside the edits."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from helpers import cli, write

from editlint.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from editlint.fixer import ChangedOnDisk, fix_text, write_draft
from editlint.span import Span

pytestmark = pytest.mark.usefixtures("in_tmp")

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
# Safe fixes: a repeated word and two spaces between words.
DRAFT = "# Council Approves Plan\n\nThe council met  today and the the vote passed.\n"
FIXED = "# Council Approves Plan\n\nThe council met today and the vote passed.\n"


def report(*args: str):
    result = cli("check", "--format", "json", *args)
    return result, json.loads(result.stdout[result.stdout.index("{") :])


def test_fix_applies_safe_fixes_and_reports_what_is_left():
    write("a.md", DRAFT, dedent=False)
    result, data = report("--fix", "a.md")
    assert Path("a.md").read_text(encoding="utf-8") == FIXED
    assert data["summary"]["fixed"] == 2
    # What is reported is the text as it now is.
    assert [d["rule"] for d in data["diagnostics"] if d["fix"] and d["fix"]["applicability"] == "safe"] == []
    assert result.exit_code == 0


def test_text_summary_says_what_was_fixed():
    write("a.md", DRAFT, dedent=False)
    result = cli("check", "--fix", "a.md")
    assert result.stdout.splitlines()[-1] == "Fixed 2 problems in 1 file. No problems left in 1 file."


def test_unsafe_fixes_only_when_asked():
    write("a.md", "# Title\n\nHe writes articles and also writes poetry.\n", dedent=False)
    cli("check", "--fix", "a.md")
    assert "and also" in Path("a.md").read_text(encoding="utf-8")
    cli("check", "--fix", "--unsafe-fixes", "a.md")
    assert Path("a.md").read_text(encoding="utf-8") == "# Title\n\nHe writes articles and writes poetry.\n"


def test_diff_prints_a_unified_diff_and_writes_nothing():
    write("a.md", DRAFT, dedent=False)
    result = cli("check", "--diff", "a.md")
    assert Path("a.md").read_text(encoding="utf-8") == DRAFT
    assert "--- a/a.md\n+++ b/a.md\n" in result.stdout
    assert "-The council met  today and the the vote passed.\n+The council met today and the vote passed.\n" in (
        result.stdout
    )


def test_diff_works_on_standard_input_and_fix_does_not():
    assert "+The council met today" in cli("check", "--diff", "--stdin-filename", "a.md", "-", input=DRAFT).stdout
    refused = cli("check", "--fix", "-", input=DRAFT)
    assert refused.exit_code == 2
    assert refused.stderr == "--fix writes files: for standard input use --diff\n"


def test_unsafe_fixes_alone_is_a_usage_error():
    write("a.md", DRAFT, dedent=False)
    result = cli("check", "--unsafe-fixes", "a.md")
    assert result.exit_code == 2
    assert result.stderr == "--unsafe-fixes goes with --fix or --diff\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_crlf_and_bom_round_trip_byte_exactly_outside_the_edits(newline, bom):
    text = DRAFT.replace("\n", newline)
    Path("a.md").write_bytes(bom + text.encode("utf-8"))
    cli("check", "--fix", "a.md")
    assert Path("a.md").read_bytes() == bom + FIXED.replace("\n", newline).encode("utf-8")


def test_utf16_with_a_bom_is_written_back_as_utf16():
    Path("a.txt").write_bytes(codecs.BOM_UTF16_LE + "Headline\n\nThe the vote passed.\n".encode("utf-16-le"))
    cli("check", "--fix", "a.txt")
    assert Path("a.txt").read_bytes() == codecs.BOM_UTF16_LE + "Headline\n\nThe vote passed.\n".encode("utf-16-le")


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_file_mode_is_kept():
    write("a.md", DRAFT, dedent=False)
    os.chmod("a.md", 0o640)
    cli("check", "--fix", "a.md")
    assert stat.S_IMODE(os.stat("a.md").st_mode) == 0o640
    assert [p.name for p in Path(".").iterdir()] == ["a.md"]  # no temporary file left


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"new text from someone else")
    with pytest.raises(ChangedOnDisk):
        write_draft(path, b"what editlint read", b"editlint's fixes")
    assert path.read_bytes() == b"new text from someone else"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]


def _diagnostic(start: int, end: int, replacement: str, applicability=Applicability.SAFE) -> Diagnostic:
    span = Span(start, end)
    return Diagnostic(
        span, "test.rule", Severity.WARNING, "m", (replacement,), Fix((Edit(span, replacement),), applicability)
    )


def test_fix_text_repeats_until_nothing_is_left():
    # Each pass removes one doubled "x"; the linter finds the next.
    def lint(text: str):
        i = text.find("xx")
        return [_diagnostic(i, i + 2, "x")] if i >= 0 else []

    outcome = fix_text("axxxxb", lint, {Applicability.SAFE})
    assert (outcome.text, outcome.fixed, outcome.converged, outcome.remaining) == ("axb", 3, True, [])


def test_fix_text_gives_up_on_a_fix_that_never_settles():
    def lint(text: str):
        return [_diagnostic(0, 1, text[0] * 2)]  # always "fixes" the first letter into two

    outcome = fix_text("a", lint, {Applicability.SAFE})
    assert outcome.converged is False
    assert outcome.passes == 10


def test_overlapping_fixes_wait_for_the_next_pass():
    def lint(text: str):
        found = []
        if "abc" in text:
            i = text.index("abc")
            found = [_diagnostic(i, i + 2, "X"), _diagnostic(i + 1, i + 3, "Y")]
        return found

    outcome = fix_text("-abc-", lint, {Applicability.SAFE})
    assert outcome.text == "-Xc-"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the repository")
def test_fixing_the_seed_draft_leaves_no_safe_fix_and_touches_only_fixed_spans():
    shutil.copy(SEED, "article.txt")
    before = Path("article.txt").read_text(encoding="utf-8")
    _, first = report("article.txt")
    safe = [d for d in first["diagnostics"] if d["fix"] and d["fix"]["applicability"] == "safe"]
    assert safe, "the seed has safe fixes"
    cli("check", "--fix", "article.txt")
    after = Path("article.txt").read_text(encoding="utf-8")
    _, second = report("article.txt")
    assert [d for d in second["diagnostics"] if d["fix"] and d["fix"]["applicability"] == "safe"] == []
    # Replay the first run's safe edits by hand: the result is the fixed file.
    lines = before.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    edits = sorted(
        (starts[e["line"] - 1] + e["column"] - 1, starts[e["end_line"] - 1] + e["end_column"] - 1, e["replacement"])
        for d in safe
        for e in d["fix"]["edits"]
    )
    expected, pos = [], 0
    for start, end, replacement in edits:
        expected += [before[pos:start], replacement]
        pos = end
    expected.append(before[pos:])
    assert after == "".join(expected)
