"""Hostile rules: a runaway regex, a rule that crashes, YAML that tries to
run code, and no network use. Each costs at most the rule it is in, on the
draft where it happens, and the run says so in one line and exits 2."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import cli, write

from editlint.cli import main
from editlint.kinds.existence import Existence
from editlint.kinds.headline import Headline

pytestmark = pytest.mark.usefixtures("in_tmp")

#: `(a+)+$` backtracks for ever on a long run of a's that does not end the text.
RUNAWAY_LINE = "a" * 5000 + "!"
#: A word on which `(a|a)+` (whole-word matches) backtracks for ever.
RUNAWAY_WORD = "a" * 40 + "b"

CONFIG = "extends: []\nrulesets: [./rules]\n"
HOUSE_RULES = """\
rules:
  - id: house.slow
    kind: existence
    message: "Slow: {match}"
    raw: ['(a+)+$']
  - id: house.banned
    kind: existence
    message: "Banned: {match}"
    tokens: [banned]
"""


def json_report(*args: str):
    result = cli("check", "--format", "json", *args)
    return result, json.loads(result.stdout)


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


# --------------------------------------------------------------------------- runaway regexes


def test_a_runaway_regex_stops_its_rule_on_that_draft_and_the_run_says_so():
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", HOUSE_RULES)
    write("draft.md", f"# Title\n\nThis word is banned.\n\n{RUNAWAY_LINE}\n", dedent=False)
    write("other.md", "# Other\n\nAlso banned here.\n", dedent=False)
    result, data = json_report("--no-cache", "draft.md", "other.md")
    assert stderr_lines(result) == [
        "draft.md: rule house.slow (rules/house.yaml:2) stopped: its regex took longer than 1 s on this draft"
    ]
    assert result.exit_code == 2
    # The other rule still ran on that draft, and every rule on the other draft.
    found = sorted((d["path"], d["rule"], d["line"]) for d in data["diagnostics"])
    assert found == [("draft.md", "house.banned", 3), ("other.md", "house.banned", 3)]
    assert data["errors"] == [
        {
            "path": "draft.md",
            "line": None,
            "message": "rule house.slow (rules/house.yaml:2) stopped: its regex took longer than 1 s on this draft",
        }
    ]


def test_the_text_report_lists_the_stopped_rule_as_an_error():
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", HOUSE_RULES)
    write("draft.md", f"# Title\n\n{RUNAWAY_LINE}\n", dedent=False)
    result = cli("check", "--no-cache", "draft.md")
    assert result.exit_code == 2
    assert "draft.md: rule house.slow (rules/house.yaml:2) stopped:" in result.stderr
    assert result.stdout.splitlines()[-1].endswith("1 error (listed on standard error).")


def test_regex_timeout_in_the_config_sets_the_limit():
    write(".editlint.yaml", CONFIG + "regex_timeout: 0.25\n")
    write("rules/house.yaml", HOUSE_RULES)
    write("draft.md", f"# Title\n\n{RUNAWAY_LINE}\n", dedent=False)
    result = cli("check", "--no-cache", "draft.md")
    assert stderr_lines(result) == [
        "draft.md: rule house.slow (rules/house.yaml:2) stopped: its regex took longer than 0.25 s on this draft"
    ]
    assert result.exit_code == 2


@pytest.mark.parametrize("value", ["0", "-1", "soon", "true", "7200"])
def test_regex_timeout_must_be_a_sensible_number_of_seconds(value):
    write(".editlint.yaml", f"extends: []\nregex_timeout: {value}\n")
    write("draft.md", "# Title\n\nText.\n")
    result = cli("check", "--no-cache", "draft.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith(".editlint.yaml:2: regex_timeout must be a number of seconds above 0")


def test_a_stopped_rule_is_not_cached_as_checked():
    write(".editlint.yaml", CONFIG + "regex_timeout: 0.2\n")
    write("rules/house.yaml", HOUSE_RULES)
    write("draft.md", f"# Title\n\n{RUNAWAY_LINE}\n", dedent=False)
    for _ in range(2):
        result = cli("check", "--cache-dir", "cache", "draft.md")
        assert result.exit_code == 2
        assert "draft.md: rule house.slow (rules/house.yaml:2) stopped:" in result.stderr


def test_fix_still_writes_the_other_rules_fixes_and_reports_the_stopped_rule_once():
    write(".editlint.yaml", CONFIG + "regex_timeout: 0.2\n")
    write(
        "rules/house.yaml",
        HOUSE_RULES
        + """\
  - id: house.utilise
    kind: substitution
    message: "Use {suggestion}"
    fix: safe
    swap: {utilise: use}
""",
    )
    write("draft.md", f"# Title\n\nWe utilise it. They utilise it.\n\n{RUNAWAY_LINE}\n", dedent=False)
    result = cli("check", "--no-cache", "--fix", "draft.md")
    assert result.exit_code == 2
    assert [line for line in stderr_lines(result) if "stopped" in line] == [
        "draft.md: rule house.slow (rules/house.yaml:2) stopped: its regex took longer than 0.2 s on this draft"
    ]
    assert Path("draft.md").read_text(encoding="utf-8") == f"# Title\n\nWe use it. They use it.\n\n{RUNAWAY_LINE}\n"


# Each place a rule file or config hands editlint a regex that is run on the
# draft's text, with a pattern that runs away there.
RUNAWAY_RULES = {
    "existence raw": "kind: existence\n    raw: ['(a+)+$']",
    "substitution regex": "kind: substitution\n    regex: true\n    swap: {'(a+)+$': b}",
    "occurrence token": "kind: occurrence\n    max: 1000\n    token: '(a+)+$'",
    "capitalization match": "kind: capitalization\n    scope: text\n    match: '/(a|a)+/'",
    "pattern token /regex/": "kind: pattern\n    tokens: ['/(a|a)+/']",
    "pattern token regex:": "kind: pattern\n    tokens: [{regex: '(a|a)+'}]",
    "sequence token /regex/": "kind: sequence\n    tokens: ['/(a|a)+/']",
    "spelling accept /regex/": "kind: spelling\n    accept: ['/(a|a)+/']",
}


@pytest.mark.parametrize("options", RUNAWAY_RULES.values(), ids=RUNAWAY_RULES.keys())
def test_every_user_regex_is_bounded(options):
    write(".editlint.yaml", CONFIG + "regex_timeout: 0.2\n")
    write("rules/house.yaml", f'rules:\n  - id: house.slow\n    message: "{{match}}"\n    {options}\n', dedent=False)
    write("draft.md", f"# Title\n\n{RUNAWAY_LINE}\n\n{RUNAWAY_WORD}\n", dedent=False)
    result = cli("check", "--no-cache", "draft.md")
    assert stderr_lines(result) == [
        "draft.md: rule house.slow (rules/house.yaml:2) stopped: its regex took longer than 0.2 s on this draft"
    ]
    assert result.exit_code == 2


def test_a_vocab_regex_in_the_config_is_bounded():
    write(".editlint.yaml", "extends: []\nrulesets: [spelling]\nregex_timeout: 0.2\nvocab:\n  accept: ['/(a|a)+/']\n")
    write("draft.md", f"# Title\n\n{RUNAWAY_WORD}\n", dedent=False)
    result = cli("check", "--no-cache", "draft.md")
    assert result.exit_code == 2
    stopped = re.compile(
        r"draft\.md: rule spelling\.[a-z-]+ \(\S+spelling\.yaml:\d+\) stopped: its regex took longer than 0\.2 s"
        r" on this draft"
    )
    lines = stderr_lines(result)
    assert lines and all(stopped.fullmatch(line) for line in lines), lines


def test_check_rules_reports_an_example_the_regex_runs_away_on():
    write(
        "rules/house.yaml",
        f"""\
rules:
  - id: house.slow
    kind: existence
    message: "Slow: {{match}}"
    raw: ['(a+)+$']
    examples:
      bad: ["aaa"]
      good: ["{RUNAWAY_LINE}"]
""",
        dedent=False,
    )
    result = cli("check-rules", "rules")
    assert "rules/house.yaml:8: rule house.slow: stopped: its regex took longer than 1 s on this example" in (
        result.stdout.splitlines()
    )
    assert result.exit_code == 1


# --------------------------------------------------------------------------- internal errors


def _boom(self, units, document):
    raise ValueError("boom\nsecond line")
    yield  # a generator, as every kind's check is


BROKEN_AND_FINE = """\
rules:
  - id: house.broken
    kind: existence
    message: "{match}"
    tokens: [utilise]
  - id: house.fine
    kind: substitution
    message: "Use {suggestion}"
    fix: safe
    swap: {utilise: use}
"""
BUG_LINE = (
    "{path}: rule house.broken (rules/house.yaml:2) stopped: internal error (ValueError: boom second line); "
    "this is a bug in editlint, please report it"
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_that_crashes_costs_only_that_rule_on_each_draft(monkeypatch, jobs):
    monkeypatch.setattr(Existence, "check", _boom)
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", BROKEN_AND_FINE)
    names = [f"d{i:02}.md" for i in range(10)]
    for name in names:
        write(name, "# Title\n\nWe utilise it.\n", dedent=False)
    result, data = json_report("--no-cache", "--jobs", jobs, *names)
    assert stderr_lines(result) == [BUG_LINE.format(path=name) for name in names]
    assert result.exit_code == 2
    assert [(d["path"], d["rule"]) for d in data["diagnostics"]] == [(name, "house.fine") for name in names]


def test_a_rule_that_crashes_during_fix_is_reported_once_and_the_other_fixes_are_written(monkeypatch):
    monkeypatch.setattr(Existence, "check", _boom)
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", BROKEN_AND_FINE)
    write("draft.md", "# Title\n\nWe utilise it.\n", dedent=False)
    result = cli("check", "--no-cache", "--fix", "draft.md")
    assert stderr_lines(result) == [BUG_LINE.format(path="draft.md")]
    assert result.exit_code == 2
    assert Path("draft.md").read_text(encoding="utf-8") == "# Title\n\nWe use it.\n"


def test_a_crash_comparing_drafts_names_the_rule_and_the_other_rules_still_report(monkeypatch):
    def crash(self, drafts):
        raise KeyError("headline")

    monkeypatch.setattr(Headline, "check_drafts", crash)
    write(".editlint.yaml", "extends: []\nrulesets: [headline, ./rules]\n")
    write("rules/house.yaml", BROKEN_AND_FINE.replace("house.broken", "house.other"))
    for name in ("a.md", "b.md"):
        write(name, "# Council Approves the Bridge Plan\n\nWe utilise it.\n", dedent=False)
    result, data = json_report("--no-cache", "a.md", "b.md")
    assert result.exit_code == 2
    crashed = [line for line in stderr_lines(result) if "stopped comparing the drafts" in line]
    assert len(crashed) == 1
    assert re.fullmatch(
        r"\S+headline\.yaml:\d+: rule headline\.duplicate-across-drafts stopped comparing the drafts of this run: "
        r"internal error \(KeyError: 'headline'\); this is a bug in editlint, please report it",
        crashed[0],
    ), crashed[0]
    assert [(d["path"], d["rule"]) for d in data["diagnostics"] if d["rule"] == "house.fine"] == [
        ("a.md", "house.fine"),
        ("b.md", "house.fine"),
    ]


def test_editlint_debug_lets_an_internal_error_raise_for_developers(monkeypatch):
    monkeypatch.setattr(Existence, "check", _boom)
    monkeypatch.setenv("EDITLINT_DEBUG", "1")
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", BROKEN_AND_FINE)
    write("draft.md", "# Title\n\nWe utilise it.\n", dedent=False)
    result = CliRunner().invoke(main, ["check", "--no-cache", "draft.md"])
    assert isinstance(result.exception, ValueError)
    assert str(result.exception) == "boom\nsecond line"


# --------------------------------------------------------------------------- YAML never runs code

CODE_TAGS = {
    "apply": "!!python/object/apply:os.system ['touch {marker}']",
    "name": "!!python/name:os.system ''",
    "object/new": "!!python/object/new:os.system ['touch {marker}']",
}


@pytest.mark.parametrize("tag", CODE_TAGS.values(), ids=CODE_TAGS.keys())
def test_a_rule_file_with_a_python_tag_is_rejected_and_nothing_runs(tag, in_tmp):
    marker = in_tmp / "ran"
    write(".editlint.yaml", CONFIG)
    write(
        "rules/house.yaml",
        f"rules:\n  - id: house.x\n    kind: existence\n    message: m\n    tokens: {tag.format(marker=marker)}\n",
        dedent=False,
    )
    write("draft.md", "# Title\n\nText.\n")
    for args in (["check", "--no-cache", "draft.md"], ["check-rules", "rules"]):
        result = cli(*args)
        assert result.exit_code == 2
        errors = [line for line in stderr_lines(result) if line.startswith("rules/house.yaml")]
        assert len(errors) == 1
        assert errors[0].startswith("rules/house.yaml:5: invalid YAML: could not determine a constructor")
    assert not marker.exists()


@pytest.mark.parametrize("tag", CODE_TAGS.values(), ids=CODE_TAGS.keys())
def test_a_config_with_a_python_tag_is_rejected_and_nothing_runs(tag, in_tmp):
    marker = in_tmp / "ran"
    write(".editlint.yaml", f"extends: []\nfail_on: {tag.format(marker=marker)}\n", dedent=False)
    write("draft.md", "# Title\n\nText.\n")
    result = cli("check", "--no-cache", "draft.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith(".editlint.yaml:2: invalid YAML: could not determine a constructor")
    assert len(stderr_lines(result)) == 2  # and the note naming the draft it cost
    assert not marker.exists()


def test_a_control_character_in_a_rule_file_is_one_line_naming_its_line():
    write(".editlint.yaml", CONFIG)
    write("rules/house.yaml", "rules:\n  - id: house.x\n    kind: existence\x01\n", dedent=False)
    write("draft.md", "# Title\n\nText.\n")
    result = cli("check", "--no-cache", "draft.md")
    assert stderr_lines(result) == [
        "rules/house.yaml:3: invalid YAML: unacceptable character #x0001: control characters are not allowed"
    ]
    assert result.exit_code == 2


# --------------------------------------------------------------------------- no network


def test_a_default_run_uses_no_network(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("editlint opened a network connection")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refused)
    names = [f"d{i:02}.md" for i in range(10)]
    for name in names:
        write(name, "# Council Approves Plan\n\nThe council met  today and the the vote passed.\n", dedent=False)
    # One process, then worker processes; with the cache, then --fix.
    for args in (["--jobs", "1"], ["--jobs", "2"], ["--cache-dir", "cache"], ["--no-cache", "--fix"]):
        result, data = json_report(*args, *names)
        assert result.stderr == ""
        assert data["summary"]["files"] == 10
    assert Path("d00.md").read_text(encoding="utf-8").endswith("The council met today and the vote passed.\n")
