"""The occurrence kind: limits on how many of something a unit may hold."""

from __future__ import annotations

import pytest
from helpers import (
    applicabilities,
    assert_no_problems,
    assert_problems,
    fixed,
    matches,
    messages,
    problems,
    rule_error,
    suggestions,
)

LONG_SENTENCE = """
kind: occurrence
scope: sentence
max: 5
message: 'Sentence of {count} words (max {max})'
"""


# --------------------------------------------------------------------------- counting


def test_reports_the_whole_unit_over_the_limit():
    rule = "kind: occurrence\nmax: 3\nmessage: '{count}'\n"
    assert_problems(rule, "One two three four.", [(1, 1, 1, 20, "One two three four.")])
    assert messages(rule, "One two three four.") == ["4"]


def test_at_the_limit_is_fine():
    assert_no_problems("kind: occurrence\nmax: 4\n", "One two three four.")


def test_default_count_is_words_numbers_and_acronyms_not_punctuation():
    rule = "kind: occurrence\nmax: 1\nmessage: '{count}'\n"
    assert messages(rule, "The U.S. sent 3 ships, $5m and 10:30pm — @user #tag!") == ["8"]


def test_each_block_is_counted_separately():
    rule = "kind: occurrence\nmax: 3\n"
    assert matches(rule, "One two three.\n\nOne two three four.\n") == ["One two three four."]


def test_no_suggestion_and_no_fix_even_if_asked():
    rule = "kind: occurrence\nmax: 1\nfix: safe\n"
    assert suggestions(rule, "One two.") == [()]
    assert applicabilities(rule, "One two.") == [None]
    assert fixed(rule, "One two.") == "One two."


# --------------------------------------------------------------------------- options


def test_sentence_scope_limits_sentence_length():
    source = "One two three. One two three four five six."
    assert_problems(LONG_SENTENCE, source, [(1, 16, 1, 44, "One two three four five six.")])
    assert messages(LONG_SENTENCE, source) == ["Sentence of 6 words (max 5)"]


def test_min_reports_units_below_it():
    rule = "kind: occurrence\nmin: 3\nmessage: '{count} < {min}'\n"
    assert matches(rule, "One two.\n\nOne two three.\n") == ["One two."]
    assert messages(rule, "One two.") == ["2 < 3"]


def test_max_and_min_together():
    rule = "kind: occurrence\nmin: 2\nmax: 3\n"
    assert matches(rule, "One.\n\nOne two.\n\nOne two three four.\n") == ["One.", "One two three four."]


def test_token_regex_counts_characters_of_a_headline():
    rule = "kind: occurrence\nscope: headline\ntoken: '.'\nmax: 20\nmessage: '{count} characters'\n"
    source = "# A headline well over twenty\n\nA body paragraph that is also long.\n"
    assert_problems(rule, source, [(1, 3, 1, 30, "A headline well over twenty")])
    assert messages(rule, source) == ["27 characters"]
    assert_no_problems(rule, "# Short headline\n\nA body paragraph that is also long.\n")


def test_token_regex_counts_anything():
    rule = "kind: occurrence\ntoken: ','\nmax: 2\nmessage: '{count} commas'\n"
    assert messages(rule, "a, b, c, d.\n\na, b.\n") == ["3 commas"]


def test_token_respects_its_own_flags():
    rule = "kind: occurrence\ntoken: '(?i)\\bthe\\b'\nmax: 1\n"
    assert len(problems(rule, "The cat and the dog.")) == 1
    assert_no_problems("kind: occurrence\ntoken: '\\bthe\\b'\nmax: 1\n", "The cat and the dog.")


# --------------------------------------------------------------------------- hidden content


def test_a_whole_unit_finding_may_cover_hidden_content():
    # Unlike other kinds, a length limit is about the unit, code and all.
    rule = "kind: occurrence\nmax: 2\n"
    assert matches(rule, "One `code` two three.") == ["One `code` two three."]


def test_hidden_content_is_not_counted_as_words():
    rule = "kind: occurrence\nmax: 2\n"
    assert_no_problems(rule, "One `many words of code` two https://example.com/a/b/c.")


# --------------------------------------------------------------------------- scopes


def test_scope_headline_only():
    rule = "kind: occurrence\nscope: headline\nmax: 2\n"
    assert [p.line for p in problems(rule, "# One two three\n\n## One two three\n\nOne two three.\n")] == [1]


def test_scope_headline_of_a_plain_text_draft():
    rule = "kind: occurrence\nscope: headline\nmax: 2\n"
    assert matches(rule, "One two three\n\nOne two three four five.\n", fmt="text") == ["One two three"]


def test_scope_excluding_quotes():
    rule = "kind: occurrence\nscope: [text, ~quote]\nmax: 2\n"
    assert [p.line for p in problems(rule, "One two three.\n\n> One two three.\n")] == [1]


# --------------------------------------------------------------------------- messages


def test_message_shows_an_unset_limit_as_empty():
    rule = "kind: occurrence\nmax: 1\nmessage: '{count}/{max}/{min}/{match}'\n"
    assert messages(rule, "One two.") == ["2/1//One two."]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("max: -1", 'rule test.rule: option "max" must not be negative'),
        ("max: 1\nmin: 2", 'rule test.rule: option "max" (1) is below "min" (2)'),
    ],
)
def test_impossible_limits_are_rejected(options, message):
    assert rule_error(f"kind: occurrence\n{options}\n").message == message


def test_unknown_placeholder():
    error = rule_error("kind: occurrence\nmax: 1\nmessage: '{limit}'\n")
    assert error.message == (
        "rule test.rule: message uses unknown placeholder {limit}"
        " (available: {count}, {match}, {max}, {min}, {suggestion})"
    )


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message", "line"),
    [
        ("token: '.'", "an occurrence rule needs max or min", 1),
        ("max: null", "an occurrence rule needs max or min", 2),
        ("max: ten", "option \"max\" must be a whole number, not 'ten'", 2),
        ("min: 1.5", 'option "min" must be a whole number, not 1.5', 2),
        ("max: true", 'option "max" must be a whole number, not True', 2),
        ("max: 5\ntoken: 5", 'option "token" must be a string, not 5', 3),
        (
            "maximum: 5",
            'unknown option "maximum" (did you mean "max"?) (options of this kind: max, min, token, per)',
            2,
        ),
    ],
)
def test_invalid_options(snippet, message, line):
    error = rule_error("kind: occurrence\n" + snippet + "\n")
    assert error.message == f"rule test.rule: {message}"
    assert error.line == line


def test_no_limit_at_all_points_at_the_rule():
    error = rule_error("kind: occurrence\n")
    assert error.message == "rule test.rule: an occurrence rule needs max or min"
    assert error.line == 1


def test_invalid_token_regex():
    error = rule_error("kind: occurrence\nmax: 1\ntoken: '['\n")
    assert error.message.startswith('rule test.rule: invalid regex "[" in option "token": ')
    assert error.line == 3


# --------------------------------------------------------------------------- per: draft

AMID = "kind: occurrence\nper: draft\ntoken: '\\bamid\\b'\nmax: 1\nmessage: '{match} {count}/{max}'\n"


def test_per_draft_counts_across_blocks_and_reports_each_match_past_max():
    source = "Prices rose amid fears.\n\nMarkets fell amid talks, amid noise.\n"
    assert_problems(AMID, source, [(3, 14, 3, 18, "amid"), (3, 26, 3, 30, "amid")])
    assert messages(AMID, source) == ["amid 2/1", "amid 3/1"]
    assert_no_problems(AMID, "Prices rose amid fears.\n\nMarkets fell during talks.\n")


def test_per_draft_needs_a_token_and_max_only():
    for snippet in ("per: draft\nmax: 1", "per: draft\ntoken: x\nmin: 1\nmax: 2", "per: draft\ntoken: x\nmin: 1"):
        error = rule_error("kind: occurrence\n" + snippet + "\n")
        assert "per: draft counts a token across the draft" in error.message
