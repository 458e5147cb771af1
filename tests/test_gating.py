"""Adopting editlint on an archive: --diff-base (only changed lines, with a
real git repository) and baselines (only new findings)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = [
    pytest.mark.usefixtures("in_tmp"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

OLD = "# Old Story\n\nThe the council met.\n\nIt was a long,  long day.\n"


def git(*args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "E", "GIT_AUTHOR_EMAIL": "e@x", "GIT_COMMITTER_NAME": "E",
           "GIT_COMMITTER_EMAIL": "e@x"}  # fmt: skip
    return subprocess.run(["git", *args], env=env, capture_output=True, text=True, check=True).stdout


def findings(*args: str) -> list[tuple[str, int, str]]:
    result = cli("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return [(d["path"], d["line"], d["rule"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_diff_base_reports_only_lines_changed_since_the_ref():
    git("init", "-q")
    write("old.md", OLD, dedent=False)
    write("stable.md", "# Stable\n\nThe the end.\n", dedent=False)
    git("add", ".")
    git("commit", "-qm", "archive")
    # Edit one line of old.md, add a line, and add a new draft.
    write(
        "old.md",
        OLD.replace("The the council met.", "The council met in in Perth.") + "\nAnd and more.\n",
        dedent=False,
    )
    write("new.md", "# New\n\nA a new story.\n", dedent=False)
    assert sorted(findings("--diff-base", "HEAD", "old.md", "stable.md", "new.md")) == [
        ("new.md", 3, "style.repeated-word"),  # a new file counts as changed throughout
        ("old.md", 3, "style.repeated-word"),  # the edited line
        ("old.md", 7, "style.repeated-word"),  # the added line
    ]
    # Without --diff-base the untouched findings are there too.
    assert ("old.md", 5, "style.extra-space") in findings("old.md")


def test_diff_base_against_an_older_commit():
    git("init", "-q")
    write("a.md", "# A\n\nFine.\n", dedent=False)
    git("add", ".")
    git("commit", "-qm", "one")
    base = git("rev-parse", "HEAD").strip()
    write("a.md", "# A\n\nFine.\n\nThe the slip.\n", dedent=False)
    git("commit", "-qam", "two")
    assert findings("--diff-base", base, "a.md") == [("a.md", 5, "style.repeated-word")]
    assert findings("--diff-base", "HEAD", "a.md") == []


def test_diff_base_errors_are_one_line():
    git("init", "-q")
    write("a.md", "# A\n", dedent=False)
    git("add", ".")
    git("commit", "-qm", "one")
    result = cli("check", "--diff-base", "no-such-ref", "a.md")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("--diff-base: git")
    assert "Traceback" not in result.stderr


def test_a_baseline_survives_lines_inserted_above_a_finding():
    write("a.md", OLD, dedent=False)
    made = cli("baseline", "a.md")
    assert made.exit_code == 0
    assert made.stdout == "Recorded 2 finding(s) in 1 file(s) to .editlint-baseline.json.\n"
    assert findings("--baseline", ".editlint-baseline.json", "a.md") == []
    # Paragraphs inserted above move the old findings down: still known.
    write("a.md", OLD.replace("# Old Story\n\n", "# Old Story\n\nA new intro.\n\nAnother.\n\n"), dedent=False)
    assert findings("--baseline", ".editlint-baseline.json", "a.md") == []
    # A new slip is reported, at its line.
    write("a.md", OLD + "\nThe the new slip.\n", dedent=False)
    assert findings("--baseline", ".editlint-baseline.json", "a.md") == [("a.md", 7, "style.repeated-word")]


def test_a_baseline_counts_repeats_of_the_same_finding():
    write("a.md", "# T\n\nThe the end.\n", dedent=False)
    cli("baseline", "a.md")
    # The same slip twice: the baseline knew one of them.
    write("a.md", "# T\n\nThe the end.\n\nThe the end.\n", dedent=False)
    assert findings("--baseline", ".editlint-baseline.json", "a.md") == [("a.md", 5, "style.repeated-word")]


def test_a_bad_baseline_file_is_one_line_and_exit_2():
    write("a.md", OLD, dedent=False)
    Path("bad.json").write_text("not json", encoding="utf-8")
    for name in ("bad.json", "missing.json"):
        result = cli("check", "--baseline", name, "a.md")
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(name + ":")
