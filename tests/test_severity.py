"""The default gate means something: an error is an objective slip found
with high precision, so a doubled word fails the run and clean copy passes
(docs/rules.md, "Severity"). From the user's side: the CLI as a writer or
a CI job runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")

ROOT = Path(__file__).resolve().parents[1]
SEVERITIES = ("error", "warning", "suggestion")

# A clean story that holds what a careless error rule would trip on: words
# doubled on purpose, a place said twice, an acronym beside its word, an
# interview's speaker label, a subheading that is a word from web residue
# lists, and a sign-up the story tells readers about.
CLEAN = """\
# Council Backs River Plan

The council in Wagga Wagga approved the river plan on Monday. The mayor said
residents had had enough of floods, and that that was the end of the debate.

Students from the town took part in the first FIRST Global Challenge.

## Advertising

Shops paid for advertising in the local paper. Residents can sign up for the
free newsletter on the council's website.

## Interview

((WN)) : Why did the vote take so long?
"""


def check(*args: str):
    result = cli("check", "--format", "json", "--no-cache", *args)
    return result, json.loads(result.stdout)


def test_a_doubled_word_fails_the_default_gate():
    write("story.md", "# Council Backs River Plan\n\nThe council approved the the plan on Monday.\n")
    result = cli("check", "--no-cache", "story.md")
    assert result.exit_code == 1
    assert result.stdout.startswith('story.md:3:22: error [style.repeated-word] The word "the" is repeated\n')
    assert result.stdout.endswith("Found 1 problem (1 error, 0 warnings, 0 suggestions) in 1 of 1 file.\n")


def test_a_clean_story_passes_the_default_gate():
    write("story.md", CLEAN)
    result, data = check("story.md")
    assert [(d["line"], d["rule"], d["severity"]) for d in data["diagnostics"] if d["severity"] == "error"] == []
    assert result.exit_code == 0
    # Nothing at all is said about the doubles, the label or the subheading.
    assert not [d for d in data["diagnostics"] if d["rule"].startswith(("style.", "boilerplate."))]


def test_words_doubled_for_emphasis_or_names_said_twice_do_not_fail_it():
    write(
        "story.md",
        "# Astronomer Speaks\n\n"
        '"It is rotating very very fast, and it is so so far away," she said in Wagga Wagga.\n\n'
        "He told The Independent newspaper that he had had enough.\n",
    )
    result, data = check("story.md")
    assert [d["match"] for d in data["diagnostics"] if d["rule"] == "style.repeated-word"] == []
    assert result.exit_code == 0


def test_the_article_before_a_name_is_an_error_with_a_fix_that_asks_for_a_look():
    write("story.md", "# Drummer Dies\n\nHe recalled the story to the The Independent.\n")
    result, data = check("story.md")
    (d,) = data["diagnostics"]
    assert (d["rule"], d["severity"], d["match"], d["suggestions"]) == (
        "style.repeated-word",
        "error",
        "the The",
        ["The"],
    )
    assert d["fix"]["applicability"] == "unsafe"  # "--fix" alone leaves it to a person
    assert result.exit_code == 1


def test_two_drafts_sharing_a_headline_do_not_fail_the_gate():
    # An update of a story, a recurring page: a warning on each, naming the other.
    write("a.md", "# Council Backs River Plan\n\nThe council voted on Monday.\n")
    write("b.md", "# Council backs river plan\n\nThe mayor spoke on Tuesday.\n")
    result, data = check("a.md", "b.md")
    assert [(d["path"], d["rule"], d["severity"]) for d in data["diagnostics"]] == [
        ("a.md", "headline.duplicate-across-drafts", "warning"),
        ("b.md", "headline.duplicate-across-drafts", "warning"),
    ]
    assert result.exit_code == 0
    assert cli("check", "--no-cache", "--fail-on", "warning", "a.md", "b.md").exit_code == 1


def test_a_headline_printed_twice_in_one_draft_is_still_an_error():
    write("a.md", "# Council Backs River Plan\n\n## Council backs river plan\n\nThe council voted.\n")
    result, data = check("a.md")
    assert [(d["line"], d["rule"], d["severity"]) for d in data["diagnostics"]] == [(3, "headline.duplicate", "error")]
    assert result.exit_code == 1


def test_a_newsroom_changes_a_severity_in_its_config():
    write("story.md", "# Council Backs River Plan\n\nThe council approved the the plan.\n")
    write(".editlint.yaml", "rules:\n  style.repeated-word: warning\n")
    result, data = check("story.md")
    assert [(d["rule"], d["severity"]) for d in data["diagnostics"]] == [("style.repeated-word", "warning")]
    assert result.exit_code == 0
    # And the other way: its reject list made to fail the build.
    write(".editlint.yaml", "vocab:\n  reject: [whilst]\nrules:\n  vocab.rejected: error\n")
    write("story.md", "# Council Backs River Plan\n\nWhilst there, the council voted.\n")
    result, data = check("story.md")
    assert [(d["rule"], d["severity"]) for d in data["diagnostics"]] == [("vocab.rejected", "error")]
    assert result.exit_code == 1


# --------------------------------------------------------------------------- the policy, written down


def _shipped_rules() -> list[dict]:
    result = cli("rules", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _error_table() -> set[str]:
    """The rule ids in the first column of docs/rules.md's table of the rules
    that fail the default gate."""
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    section = re.search(r"^## Severity\n(.*?)(?=^## |\Z)", doc, re.MULTILINE | re.DOTALL)
    assert section, "docs/rules.md has no Severity section"
    table = re.search(r"^### Rules that fail the default gate\n(.*?)(?=^### |\Z)", section.group(1), re.M | re.S)
    assert table, "the Severity section has no table of the rules that fail the default gate"
    return set(re.findall(r"^\| `([a-z0-9.-]+)` \|", table.group(1), re.MULTILINE))


def test_every_shipped_rule_has_one_of_the_three_severities():
    rules = _shipped_rules()
    assert len(rules) > 50
    assert {r["severity"] for r in rules} <= set(SEVERITIES)
    # Rules that ship switched off show theirs too.
    assert {r["id"] for r in rules if not r["enabled"]} >= {"quotes.punctuation-inside", "titles.lowercase-alone"}


def test_the_error_rules_are_exactly_those_docs_rules_md_lists():
    # A rule made an error (or no longer one) is a decision written down:
    # docs/rules.md's table and the rule files must agree.
    errors = {r["id"] for r in _shipped_rules() if r["severity"] == "error"}
    documented = _error_table()
    assert sorted(errors - documented) == [], "error rules missing from docs/rules.md's table"
    assert sorted(documented - errors) == [], "rules in docs/rules.md's table that are not errors"


def test_rules_lists_the_rules_that_fail_the_gate():
    result = cli("rules", "--severity", "error")
    rows = result.stdout.splitlines()
    assert "style.repeated-word" in {r.split()[0] for r in rows[:-1]}
    assert all(r.split()[2] == "error" for r in rows[:-1])
    assert re.fullmatch(r"\d+ rules, (\d+) on \(\1 errors, 0 warnings, 0 suggestions\)\.", rows[-1]), rows[-1]
    assert result.exit_code == 0
