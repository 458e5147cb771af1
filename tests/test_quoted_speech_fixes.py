"""A quotation is what someone said: no safe fix changes the words inside
quotation marks, whichever rule offers it. Such a finding is still
reported, with its fix, made unsafe; --fix leaves it and --unsafe-fixes
applies it. Fixes that change only spacing or punctuation still apply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")


def fix(*args: str) -> str:
    """Run ``editlint check --fix ARGS draft.md`` and give the draft's new text."""
    result = cli("check", "--fix", "--no-cache", *args, "draft.md")
    assert result.exit_code in (0, 1), result.output
    return Path("draft.md").read_text(encoding="utf-8")


def fixes(*args: str) -> list[tuple[str, str, str | None]]:
    """(rule, match, the applicability of its fix) of each finding, in
    order, from the JSON report."""
    result = cli("check", "--format", "json", *args, "draft.md")
    data = json.loads(result.stdout)
    return [(d["rule"], d["match"], d["fix"] and d["fix"]["applicability"]) for d in data["diagnostics"]]


def test_a_reject_list_swap_never_changes_quoted_speech():
    # The case: vocab.reject's safe swap turned "utilise" into "use" inside the quote.
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: use\n")
    write("draft.md", "# Police Plan\n\n“We utilise every tool,” the chief said. Officers utilise radios.\n")
    # Reported, fix shown: unsafe inside the quote, safe outside it.
    assert fixes("--no-cache") == [("vocab.rejected", "utilise", "unsafe"), ("vocab.rejected", "utilise", "safe")]
    assert fix() == "# Police Plan\n\n“We utilise every tool,” the chief said. Officers use radios.\n"
    assert fix("--unsafe-fixes") == "# Police Plan\n\n“We use every tool,” the chief said. Officers use radios.\n"


def test_a_reject_file_swap_never_changes_quoted_speech():
    write(".editlint.yaml", "vocab:\n  reject_files: [vocab/reject.txt]\n")
    write("vocab/reject.txt", "commence -> begin\n")
    write("draft.md", "# Roadworks\n\n'We commence on Monday,' she said. Crews commence at six.\n")
    assert fix() == "# Roadworks\n\n'We commence on Monday,' she said. Crews begin at six.\n"


def test_a_house_term_is_not_recapitalised_inside_a_quote():
    write(".editlint.yaml", "vocab:\n  accept: [Kataib]\n")
    write("draft.md", "# Militia Threat\n\n“The kataib fighters will stay,” he said. The kataib group agreed.\n")
    assert fix() == "# Militia Threat\n\n“The kataib fighters will stay,” he said. The Kataib group agreed.\n"


def test_the_speakers_own_typo_is_reported_but_not_fixed_without_unsafe_fixes():
    # Outside quotes the typo is fixed safely, because the draft spells "faction" right elsewhere.
    draft = (
        "# Militia Threat\n\nThe faction met on Friday. The facton left.\n\n"
        "“Our facton will not stop,” the commander said.\n"
    )
    write("draft.md", draft)
    found = [(match, how) for _, match, how in fixes("--no-cache") if match == "facton"]
    assert found == [("facton", "safe"), ("facton", "unsafe")]
    text = fix()
    assert "The faction left." in text
    assert "“Our facton will not stop,”" in text
    assert "“Our faction will not stop,”" in fix("--unsafe-fixes")


def test_a_repeated_word_inside_a_quote_waits_for_unsafe_fixes():
    write("draft.md", "# Plan\n\n“It is the the best plan,” she said. It is the the plan.\n")
    assert fix() == "# Plan\n\n“It is the the best plan,” she said. It is the plan.\n"
    assert fix("--unsafe-fixes") == "# Plan\n\n“It is the best plan,” she said. It is the plan.\n"


@pytest.mark.parametrize(
    "quoted",
    [
        '"We utilise it," he said.',  # straight double marks
        "'We utilise it,' he said.",  # straight single marks
        "‘We utilise it,’ he said.",  # curly single marks
        "“They said ‘we utilise it’ often,” he said.",  # nested
        "“We utilise it, and we will go on",  # never closed: to the end of the paragraph
    ],
    ids=["straight-double", "straight-single", "curly-single", "nested", "unclosed"],
)
def test_every_kind_of_quotation_mark_protects_the_words(quoted):
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: use\n")
    write("draft.md", f"# Plan\n\n{quoted}\n")
    assert fix() == f"# Plan\n\n{quoted}\n"


def test_a_quote_over_two_paragraphs_is_protected_in_both():
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: use\n")
    draft = "# Plan\n\n“We utilise radios.\n\n“We utilise phones too,” he said. Crews utilise both.\n"
    write("draft.md", draft)
    assert fix() == draft.replace("Crews utilise", "Crews use")


def test_quotes_in_headlines_headings_front_matter_and_block_quotes_are_protected():
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: use\n")
    draft = (
        "---\nsubtitle: Mayor says “we utilise it”\n---\n\n# Mayor: “We Utilise Every Tool”\n\n"
        "## Chief: ‘We utilise radios’\n\n> We utilise every tool we have.\n\nCrews utilise both.\n"
    )
    write("draft.md", draft)
    assert fix() == draft.replace("Crews utilise", "Crews use")


def test_spacing_and_punctuation_fixes_inside_a_quote_still_apply():
    write("draft.md", "# Plan\n\n“We will  win , and soon.”  She smiled.\n")
    assert fix() == "# Plan\n\n“We will win, and soon.” She smiled.\n"


def test_a_headline_printed_twice_is_still_removed_with_the_quote_in_it():
    # Deleting the copy misquotes nobody: the quote is whole in the other one.
    draft = "---\ntitle: “We will win,” says mayor\n---\n\n# “We will win,” says mayor\n\nThe mayor spoke.\n"
    write("draft.md", draft)
    assert ("headline.duplicate", "“We will win,” says mayor", "safe") in fixes("--no-cache")
    assert fix() == "---\ntitle: “We will win,” says mayor\n---\n\nThe mayor spoke.\n"


def test_the_text_report_says_why_the_fix_waits_and_the_cache_keeps_it(tmp_path):
    write(".editlint.yaml", "vocab:\n  reject:\n    - utilise: use\n")
    write("draft.md", "# Plan\n\n“We utilise every tool,” the chief said.\n")
    for _ in range(2):  # the second run reads the result from the cache
        result = cli("check", "--cache-dir", str(tmp_path / "cache"), "draft.md")
        assert result.stdout.splitlines()[1:5] == [
            "    3 | “We utilise every tool,” the chief said.",
            "      |     ^^^^^^^",
            '      = suggestion: "use"',
            "      = fix needs --unsafe-fixes: it changes words inside a quotation",
        ]
    fixed = cli("check", "--fix", "--cache-dir", str(tmp_path / "cache"), "draft.md")
    assert "Found 1 problem" in fixed.stdout
    assert Path("draft.md").read_text(encoding="utf-8") == "# Plan\n\n“We utilise every tool,” the chief said.\n"


def test_explain_says_a_safe_fix_is_unsafe_inside_a_quotation():
    result = cli("explain", "style.repeated-word")
    assert "Fix safety: safe (unsafe where it would change words inside a quotation)" in result.stdout
