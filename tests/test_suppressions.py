"""Suppression comments in drafts: ``<!-- editlint-... -->`` in Markdown and
plain text, and the front-matter list ``editlint-disable``.

Each test checks a draft with the shipped rules and compares the (line, rule)
pairs still reported. "The the" is style.repeated-word; two spaces between
words ("sat  down") is style.extra-space.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from editlint.cli import main

RW = "style.repeated-word"
ES = "style.extra-space"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def reported(name: str, text: str, *args: str) -> list[tuple[int, str]]:
    Path(name).write_text(textwrap.dedent(text), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", f"{RW},{ES}", *args, name])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr == ""
    return [(d["line"], d["rule"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_without_directives_everything_is_reported():
    assert reported("a.md", "The the cat sat  down.\n") == [(1, RW), (1, ES)]


# --------------------------------------------------------------------------- disable / enable


def test_disable_rule_until_enable():
    text = """\
    The the one.

    <!-- editlint-disable style.repeated-word -->

    The the two sat  down.

    The the three.

    <!-- editlint-enable -->

    The the four.
    """
    assert reported("a.md", text) == [(1, RW), (5, ES), (11, RW)]


def test_disable_without_rules_disables_every_rule():
    text = """\
    <!-- editlint-disable -->

    The the one sat  down.

    <!-- editlint-enable -->

    The the two sat  down.
    """
    assert reported("a.md", text) == [(7, RW), (7, ES)]


def test_disable_without_enable_lasts_to_the_end():
    text = "The the one.\n\n<!-- editlint-disable style.repeated-word -->\n\nThe the two.\n\nThe the three.\n"
    assert reported("a.md", text) == [(1, RW)]


def test_enable_of_a_specific_rule_leaves_others_disabled():
    text = """\
    <!-- editlint-disable -->

    The the one sat  down.

    <!-- editlint-enable style.extra-space -->

    The the two sat  down.

    <!-- editlint-enable -->

    The the three.
    """
    assert reported("a.md", text) == [(7, ES), (11, RW)]


def test_enable_of_another_rule_does_not_end_a_disable():
    text = """\
    <!-- editlint-disable style.repeated-word -->
    <!-- editlint-enable style.extra-space -->

    The the one sat  down.
    """
    assert reported("a.md", text) == [(4, ES)]


def test_directive_lists_several_rules_with_commas_or_spaces():
    for rules in ("style.repeated-word, style.extra-space", "style.repeated-word style.extra-space"):
        text = f"<!-- editlint-disable {rules} -->\n\nThe the one sat  down.\n"
        assert reported("a.md", text) == []


def test_rules_enabled_again_before_their_line_are_reported():
    text = "The the one.\n<!-- editlint-disable style.repeated-word -->\n<!-- editlint-enable style.repeated-word -->\nThe the two.\n"
    assert reported("a.md", text) == [(1, RW), (4, RW)]


# --------------------------------------------------------------------------- line directives


def test_disable_next_line():
    text = """\
    Intro.

    <!-- editlint-disable-next-line style.repeated-word -->
    The the one sat  down.
    The the two.
    """
    assert reported("a.md", text) == [(4, ES), (5, RW)]


def test_disable_next_line_without_rules():
    text = "<!-- editlint-disable-next-line -->\nThe the one sat  down.\nThe the two.\n"
    assert reported("a.md", text) == [(3, RW)]


def test_disable_next_line_spanning_two_lines_applies_after_its_end():
    text = "<!-- editlint-disable-next-line\n     style.repeated-word -->\nThe the one.\nThe the two.\n"
    assert reported("a.md", text) == [(4, RW)]


def test_disable_line_on_the_same_line():
    text = """\
    The the one sat  down. <!-- editlint-disable-line style.repeated-word -->

    The the two. <!-- editlint-disable-line -->

    The the three.
    """
    assert reported("a.md", text) == [(1, ES), (5, RW)]


def test_disable_file_anywhere_in_the_draft():
    text = """\
    The the one sat  down.

    <!-- editlint-disable-file style.repeated-word -->

    The the two.
    """
    assert reported("a.md", text) == [(1, ES)]


def test_disable_file_without_rules_silences_the_draft():
    text = "The the one sat  down.\n\n<!-- editlint-disable-file -->\n"
    assert reported("a.md", text) == []


# --------------------------------------------------------------------------- patterns


@pytest.mark.parametrize("pattern", ["style.*", "style", "style.repeated-*", "*"])
def test_globs_and_prefixes_in_directives(pattern):
    text = f"<!-- editlint-disable-next-line {pattern} -->\nThe the one.\nThe the two.\n"
    assert reported("a.md", text) == [(3, RW)]


def test_prefix_does_not_match_a_longer_word():
    # "style.repeated" is not a dotted prefix of "style.repeated-word".
    text = "<!-- editlint-disable-next-line style.repeated -->\nThe the one.\n"
    # ...so the comment names no rule, and says so.
    assert reported("a.md", text) == [(1, "suppression.unknown-rule"), (2, RW)]


def test_unrelated_rule_does_not_suppress():
    text = "<!-- editlint-disable boilerplate -->\n\nThe the one.\n"
    assert reported("a.md", text) == [(3, RW)]


# --------------------------------------------------------------------------- not directives


def test_comment_in_a_code_block_is_not_a_directive():
    text = "How to silence it:\n\n```\n<!-- editlint-disable-file -->\n```\n\nThe the cat.\n"
    assert reported("a.md", text) == [(7, RW)]


def test_comment_in_inline_code_is_not_a_directive():
    text = "Write `<!-- editlint-disable-file -->` to silence a draft.\n\nThe the cat.\n"
    assert reported("a.md", text) == [(3, RW)]


def test_other_html_comments_are_ignored():
    text = "<!-- editor: check the the quote -->\n\nThe the cat.\n"
    assert reported("a.md", text) == [(3, RW)]


def test_misspelt_directive_does_nothing():
    text = "<!-- editlint-disabled -->\n\nThe the cat.\n"
    assert reported("a.md", text) == [(3, RW)]


# --------------------------------------------------------------------------- plain text


def test_plain_text_disable_and_enable_on_lines_of_their_own():
    text = """\
    The the one.
    <!-- editlint-disable style.repeated-word -->
    The the two sat  down.
    <!-- editlint-enable -->
    The the three.
    """
    assert reported("a.txt", text) == [(1, RW), (3, ES), (5, RW)]


def test_plain_text_disable_next_line():
    text = "The the one.\n<!-- editlint-disable-next-line -->\nThe the two sat  down.\nThe the three.\n"
    assert reported("a.txt", text) == [(1, RW), (4, RW)]


def test_plain_text_disable_file_with_surrounding_spaces():
    text = "The the one.\n   <!-- editlint-disable-file style.* -->  \n"
    assert reported("a.txt", text) == []


def test_plain_text_directive_line_is_not_checked_as_text():
    # The directive line itself is neither text nor part of a paragraph.
    text = "<!-- editlint-disable boilerplate -->\nThe the one.\n"
    assert reported("a.txt", text) == [(2, RW)]


def test_plain_text_comment_at_the_end_of_a_line_is_a_directive_as_in_markdown():
    text = "The the one. <!-- editlint-disable-line -->\nThe the two.\n"
    assert reported("a.txt", text) == [(2, RW)]


def test_stdin_uses_the_stdin_filename_format():
    text = "`The the` one.\n"  # inline code in Markdown, words in plain text
    result = CliRunner().invoke(
        main, ["--format", "json", "--select", RW, "--stdin-filename", "story.md", "-"], input=text
    )
    assert json.loads(result.stdout)["diagnostics"] == []
    result = CliRunner().invoke(
        main, ["--format", "json", "--select", RW, "--stdin-filename", "story.txt", "-"], input=text
    )
    assert [d["line"] for d in json.loads(result.stdout)["diagnostics"]] == [1]


# --------------------------------------------------------------------------- front matter


def test_front_matter_list_disables_rules_for_the_draft():
    text = """\
    ---
    title: The the headline
    editlint-disable: [style.repeated-word]
    ---

    The the cat sat  down.
    """
    assert reported("a.md", text) == [(6, ES)]


def test_front_matter_list_takes_globs_and_prefixes():
    text = """\
    ---
    title: A headline
    editlint-disable:
      - style.repeated-*
      - style.extra-space
    ---

    The the cat sat  down.
    """
    assert reported("a.md", text) == []
    text2 = "---\ntitle: A headline\neditlint-disable: [style]\n---\n\nThe the cat sat  down.\n"
    assert reported("b.md", text2) == []


def test_front_matter_string_value_is_a_list_of_rules():
    text = "---\neditlint-disable: style.repeated-word, style.extra-space\n---\n\nThe the cat sat  down.\n"
    assert reported("a.md", text) == []


def test_front_matter_other_keys_do_not_suppress():
    text = "---\ntitle: A headline\ntags: [style.repeated-word]\n---\n\nThe the cat.\n"
    assert reported("a.md", text) == [(6, RW)]


def test_front_matter_title_is_checked_without_the_list():
    text = "---\ntitle: The the headline\n---\n\nBody.\n"
    assert reported("a.md", text) == [(2, RW)]
