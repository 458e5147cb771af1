"""The repetition kind: a word repeated by mistake, or too close to itself."""

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

from editlint.diagnostic import Applicability

REPEAT = """
kind: repetition
message: 'The word "{word}" is repeated'
"""
NEARBY = """
kind: repetition
window: 2
min_length: 5
"""


# --------------------------------------------------------------------------- defaults


def test_adjacent_repeat_is_reported_over_both_words():
    assert_problems(REPEAT, "They met in in Canberra.", [(1, 10, 1, 15, "in in")])


def test_adjacent_repeat_has_a_safe_fix_keeping_one():
    assert suggestions(REPEAT, "They met in in Canberra.") == [("in",)]
    assert applicabilities(REPEAT, "They met in in Canberra.") == [Applicability.SAFE]
    assert fixed(REPEAT, "They met in in Canberra.", applicability=Applicability.SAFE) == "They met in Canberra."


def test_repeat_differing_in_case_keeps_the_first():
    assert matches(REPEAT, "The the minister said.") == ["The the"]
    assert fixed(REPEAT, "The the minister said.") == "The minister said."


def test_correct_text_gives_nothing():
    assert_no_problems(REPEAT, "The minister said the figures were wrong. In the end, the end came.")


def test_punctuation_between_is_not_a_repeat():
    assert_no_problems(REPEAT, "It was over, over and over. Over. Over; over! Over.")


def test_hyphenated_word_is_not_a_repeat():
    assert_no_problems(REPEAT, "The minister said the the-end-of-year figures were wrong.")


def test_repeat_across_a_line_break():
    assert_problems(REPEAT, "They met in\nin Canberra.", [(1, 10, 2, 3, "in\nin")])
    assert fixed(REPEAT, "They met in\nin Canberra.") == "They met in Canberra."


def test_repeat_across_blocks_is_not_reported():
    assert_no_problems(REPEAT, "It was in\n\nin the end.\n")


def test_three_in_a_row_is_one_problem():
    assert matches(REPEAT, "the the the end") == ["the the"]


def test_numbers_are_not_words():
    assert_no_problems(REPEAT, "It rose 10 10 per cent.")


def test_plain_text_draft():
    assert_problems(REPEAT, "Headline here\n\nThey met in in Canberra.\n", [(3, 10, 3, 15, "in in")], fmt="text")


# --------------------------------------------------------------------------- options


def test_ignore_names_skips_two_capitalised_words_by_default():
    assert_no_problems(REPEAT, "They flew to Bora Bora and Walla Walla.")


def test_ignore_names_false_reports_them():
    rule = REPEAT + "ignore_names: false\n"
    assert matches(rule, "They flew to Bora Bora.") == ["Bora Bora"]


def test_ignore_names_needs_both_words_capitalised():
    assert matches(REPEAT, "The the end.") == ["The the"]


def test_exceptions_may_repeat_in_any_case():
    rule = REPEAT + "exceptions: [had, that]\n"
    assert_no_problems(rule, "She had had enough. He said that that was wrong. Had had it.")
    assert matches(rule, "It is is wrong.") == ["is is"]


def test_a_single_string_is_one_exception():
    assert_no_problems(REPEAT + "exceptions: had\n", "She had had enough.")


def test_min_length_ignores_short_words():
    rule = REPEAT + "min_length: 4\n"
    assert matches(rule, "the the cats cats") == ["cats cats"]


def test_window_finds_a_word_used_twice_with_words_between():
    source = "He is a personality whose personality has many sides."
    assert_problems(NEARBY, source, [(1, 9, 1, 38, "personality whose personality")])


def test_window_counts_words_apart():
    rule = "kind: repetition\nwindow: 2\n"
    assert matches(rule, "the dog the cat") == ["the dog the"]
    assert_no_problems(rule, "the big red the")
    assert matches("kind: repetition\nwindow: 3\n", "the big red the") == ["the big red the"]


def test_window_repeat_has_no_suggestion_and_no_fix():
    source = "Police said police officers were hurt."
    assert matches(NEARBY, source) == ["Police said police"]  # not a name pair: the second is lower case
    assert suggestions(NEARBY, source) == [()]
    assert applicabilities(NEARBY, source) == [None]


def test_window_stops_at_a_comma_or_full_stop():
    assert_no_problems(NEARBY, "Police, and police. Police. Then police.")


def test_window_still_reports_adjacent_repeats_with_a_fix():
    assert suggestions(NEARBY, "several several") == [("several",)]


def test_min_distance_leaves_side_by_side_repeats_alone():
    rule = NEARBY + "min_distance: 2\n"
    assert_no_problems(rule, "He successfully consolidated consolidated power.")
    assert matches(rule, "He is a personality whose personality has many sides.") == ["personality whose personality"]


def test_joining_words_make_an_idiom():
    rule = NEARBY + "joining_words: [and, to, upon]\n"
    assert_no_problems(rule, "Fewer and fewer males find mates. It spread from person to person for hours upon hours.")
    assert matches(rule, "Police said police officers were hurt.") == ["Police said police"]


def test_ignore_names_skips_capitalised_copies_further_apart():
    assert_no_problems(NEARBY, "A statue of Abraham Lincoln in Lincoln Park.")
    assert matches(NEARBY + "ignore_names: false\n", "A statue of Abraham Lincoln in Lincoln Park.") == [
        "Lincoln in Lincoln"
    ]


def test_a_word_beside_the_same_word_in_capitals_is_not_a_repeat():
    rule = REPEAT + "ignore_names: false\n"
    assert_no_problems(rule, "This is the first FIRST Global competition.")
    assert matches(rule, "The US US forces left.") == ["US US"]


def test_a_capitalised_second_copy_is_kept_by_an_unsafe_fix():
    source = "He told the The Independent newspaper."
    assert suggestions(REPEAT, source) == [("The",)]
    assert applicabilities(REPEAT, source) == [Applicability.UNSAFE]
    assert fixed(REPEAT, source) == "He told The Independent newspaper."
    assert applicabilities(REPEAT, "The the minister said.") == [Applicability.SAFE]


# --------------------------------------------------------------------------- fixes


@pytest.mark.parametrize(
    ("fix", "expected"),
    [
        ("safe", Applicability.SAFE),
        ("unsafe", Applicability.UNSAFE),
        ("display", Applicability.DISPLAY),
        ("none", None),
    ],
)
def test_fix_key_overrides_the_safe_default(fix, expected):
    assert applicabilities(REPEAT + f"fix: {fix}\n", "in in") == [expected]


def test_no_fix_when_the_repeat_crosses_markdown_markup():
    source = "They met in **in** Canberra."
    assert matches(REPEAT, source) == ["in **in"]
    assert applicabilities(REPEAT, source) == [None]
    assert fixed(REPEAT, source) == source


def test_fix_inside_markup():
    assert fixed(REPEAT, "They met *in in* Canberra.") == "They met *in* Canberra."


# --------------------------------------------------------------------------- hidden content


def test_inline_code_between_breaks_a_repeat():
    assert_no_problems(REPEAT, "the `x` the, the https://example.com the")


def test_repeats_inside_code_are_not_checked():
    assert_no_problems(REPEAT, "Run `echo the the` now.")


def test_window_repeat_over_inline_code_is_not_reported():
    assert_no_problems(NEARBY, "A personality `code` personality.")


# --------------------------------------------------------------------------- scopes


def test_scope_sentence_does_not_join_sentences():
    rule = "kind: repetition\nwindow: 3\nscope: sentence\n"
    assert_no_problems(rule, "He left early. Early he left.")
    assert matches(rule, "He left early. The early bird left early.") == ["early bird left early"]


def test_scope_sentence_reports_at_source_position():
    rule = REPEAT + "scope: sentence\n"
    assert_problems(rule, "It ended. They met in in Canberra.", [(1, 20, 1, 25, "in in")])


def test_scope_headline_only():
    rule = REPEAT + "scope: headline\n"
    assert [p.line for p in problems(rule, "# The the Title\n\nThe the body.\n")] == [1]


def test_scope_excluding_quotes():
    rule = REPEAT + "scope: [text, ~quote]\n"
    assert [p.line for p in problems(rule, "in in\n\n> in in\n")] == [1]


# --------------------------------------------------------------------------- messages


def test_message_word_placeholder_is_the_first_word_as_written():
    assert messages(REPEAT, "The the end.") == ['The word "The" is repeated']


def test_message_match_and_suggestion():
    rule = "kind: repetition\nmessage: '{match} -> {suggestion}'\n"
    assert messages(rule, "in in") == ["in in -> in"]


def test_unknown_placeholder():
    error = rule_error("kind: repetition\nmessage: '{words}'\n")
    assert error.message == (
        'rule test.rule: message uses unknown placeholder {words} (did you mean "word"?)'
        " (available: {match}, {suggestion}, {word})"
    )


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message", "line"),
    [
        ("window: 0", 'option "window" must be at least 1', 2),
        ("window: -3", 'option "window" must be at least 1', 2),
        ("window: two", "option \"window\" must be a whole number, not 'two'", 2),
        ("window: 1.5", 'option "window" must be a whole number, not 1.5', 2),
        ("window: true", 'option "window" must be a whole number, not True', 2),
        ("min_length: '3'", "option \"min_length\" must be a whole number, not '3'", 2),
        ("exceptions: {had: 1}", "option \"exceptions\" must be a list of strings, not {'had': 1}", 2),
        ("ignore_names: 'no'", "option \"ignore_names\" must be true or false, not 'no'", 2),
        (
            "windows: 2",
            'unknown option "windows" (did you mean "window"?)'
            " (options of this kind: window, min_distance, min_length, exceptions, joining_words, ignore_names, tokens, max, alpha, ignorecase)",
            2,
        ),
        ("min_distance: 0", 'option "min_distance" must be at least 1 and at most "window"', 2),
        ("min_distance: 2", 'option "min_distance" must be at least 1 and at most "window"', 2),
    ],
)
def test_invalid_options(snippet, message, line):
    error = rule_error("kind: repetition\n" + snippet + "\n")
    assert error.message == f"rule test.rule: {message}"
    assert error.line == line


def test_a_sentence_met_again_is_reported_where_it_now_stands():
    # A rule keeps the repeats of a sentence for the next draft with the
    # same sentence: the finding must move with it.
    sentence = "He said the the plan failed."
    assert_problems(REPEAT, f"{sentence}\n", [(1, 9, 1, 16, "the the")])
    assert_problems(REPEAT, f"First line.\n\nOne. {sentence}\n", [(3, 14, 3, 21, "the the")])
    assert fixed(REPEAT, f"- {sentence}\n") == "- He said the plan failed.\n"


# --------------------------------------------------------------------------- tokens (Vale's repetition)

TOKENS = "kind: repetition\ntokens: ['[^\\s]+']\nalpha: true\nmessage: '{word}'\n"


def test_tokens_report_two_equal_matches_in_a_row_in_one_sentence():
    assert_problems(TOKENS, "This this is it.", [(1, 1, 1, 10, "This this")])
    assert messages(TOKENS, "It is is fine.") == ["is"]
    assert suggestions(TOKENS, "It is is fine.") == [()]


def test_tokens_do_not_repeat_across_a_sentence_or_with_other_text():
    assert_no_problems(TOKENS, "I forgot that. That is all.")
    assert_no_problems(TOKENS, "It is. is it?")  # "is." and "is" differ: not letters alone


def test_tokens_alpha_ignorecase_and_max():
    assert_no_problems(TOKENS.replace("alpha: true", "alpha: true\nignorecase: false"), "This this is it.")
    assert matches(TOKENS.replace("alpha: true", "alpha: false"), "Pay 10 10 times.") == ["10 10"]
    assert_no_problems(TOKENS, "Pay 10 10 times.")
    assert_no_problems(TOKENS + "max: 1\n", "It is is fine.")
    assert matches(TOKENS + "max: 1\n", "It is is is fine.") == ["is is"]


def test_ignorecase_false_in_word_mode():
    assert_no_problems(REPEAT + "ignorecase: false\n", "This this is it.")
    assert matches(REPEAT, "They met in In Canberra.") == ["in In"]
