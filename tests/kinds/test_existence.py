"""The existence kind: words, phrases or patterns that should not appear."""

from __future__ import annotations

import pytest
from helpers import (
    applicabilities,
    assert_lint_count,
    assert_no_problems,
    assert_problems,
    fixed,
    make_rule,
    matches,
    messages,
    problems,
    rule_error,
    suggestions,
)

from editlint.diagnostic import Applicability

CLICK = """
kind: existence
tokens: [click here, tap here]
"""


# --------------------------------------------------------------------------- defaults


def test_token_is_found_with_its_exact_position():
    assert_problems(CLICK, "Please click here now.", [(1, 8, 1, 18, "test.rule", "click here")])


def test_defaults_ignore_case():
    assert matches(CLICK, "Click here. CLICK HERE. cLiCk HeRe.") == ["Click here", "CLICK HERE", "cLiCk HeRe"]


def test_defaults_offer_no_suggestion_and_no_fix():
    assert suggestions(CLICK, "Click here.") == [()]
    assert applicabilities(CLICK, "Click here.") == [None]
    assert fixed(CLICK, "Click here.") == "Click here."


def test_every_occurrence_is_reported():
    assert_lint_count(CLICK, "Click here or tap here, then click here.", 3)


def test_correct_text_gives_nothing():
    assert_no_problems(CLICK, "The report is on the council's website.\n\nShe heard a click near the door.\n")


def test_tokens_match_whole_words_only():
    rule = "kind: existence\ntokens: [cat]\n"
    assert_no_problems(rule, "Cats, a concatenation, a bobcat and catalogues.")
    assert matches(rule, "The cat sat.") == ["cat"]


def test_phrase_matches_across_any_whitespace_and_a_line_break():
    assert_problems(CLICK, "Please click   here, or click\nhere.", [
        (1, 8, 1, 20, "click   here"),
        (1, 25, 2, 5, "click\nhere"),
    ])  # fmt: skip


def test_spaces_around_a_token_do_not_drop_word_boundaries():
    rule = "kind: existence\ntokens: [' cat ']\n"
    assert matches(rule, "A concatenation, a cat.") == ["cat"]


def test_longest_phrase_wins():
    rule = "kind: existence\ntokens: [click here, click here to]\n"
    assert matches(rule, "Click here to read.") == ["Click here to"]


def test_a_single_string_is_a_list_of_one_token():
    assert matches("kind: existence\ntokens: click here\n", "Click here.") == ["Click here"]


def test_regex_characters_in_tokens_are_literal():
    rule = "kind: existence\ntokens: ['a.m.', 'C++']\n"
    assert_no_problems(rule, "Arm, aXmX and C.")
    assert matches(rule, "At 9 a.m. in C++.") == ["a.m.", "C++"]


def test_works_on_plain_text_drafts():
    assert_problems(CLICK, "Headline\n\nTo donate, tap here.\n", [(3, 12, 3, 20, "tap here")], fmt="text")


# --------------------------------------------------------------------------- options


def test_ignorecase_false_matches_only_the_case_written():
    rule = CLICK + "ignorecase: false\n"
    assert matches(rule, "Click here, or click here.") == ["click here"]


def test_raw_patterns_are_used_as_written():
    rule = r"""
    kind: existence
    raw: ['\d+\s+comments?']
    """
    assert matches(rule, "There are 12 comments and 1 comment.") == ["12 comments", "1 comment"]


def test_raw_and_tokens_together():
    rule = r"""
    kind: existence
    tokens: [click here]
    raw: ['sign\s+up\s+now']
    """
    assert matches(rule, "Sign up now or click here.") == ["Sign up now", "click here"]


def test_raw_respects_ignorecase():
    rule = "kind: existence\nraw: ['advert\\w*']\n"
    assert matches(rule, "Advertisement") == ["Advertisement"]
    assert_no_problems(rule + "ignorecase: false\n", "Advertisement")


def test_whole_requires_the_pattern_to_make_up_the_whole_block():
    rule = "kind: existence\ntokens: [keep reading]\nwhole: true\n"
    source = "Keep Reading\n\nKeep reading the fine print, lawyers say.\n\n  keep reading  \n"
    assert_problems(rule, source, [(1, 1, 1, 13, "Keep Reading"), (5, 3, 5, 15, "keep reading")])


def test_whole_reports_the_match_without_surrounding_space():
    rule = "kind: existence\nraw: ['share:?']\nwhole: true\n"
    assert_problems(rule, "   Share:   \n", [(1, 4, 1, 10, "Share:")], fmt="text")


def test_whole_with_sentence_scope_needs_a_whole_sentence():
    rule = "kind: existence\nraw: ['read more\\.?']\nwhole: true\nscope: sentence\n"
    assert matches(rule, "The end. Read more. Read more of it here.") == ["Read more."]


def test_whole_false_finds_the_pattern_inside_a_block():
    rule = "kind: existence\ntokens: [keep reading]\n"
    assert matches(rule, "Keep reading the fine print.") == ["Keep reading"]


def test_suggest_offers_replacements_in_order():
    rule = CLICK + "suggest: [see, read]\n"
    assert suggestions(rule, "Click here.") == [("see", "read")]


def test_suggest_empty_string_deletes_the_match():
    rule = "kind: existence\ntokens: [share]\nwhole: true\nsuggest: ['']\n"
    # A whole block goes with its line and the blank line after it.
    assert fixed(rule, "Intro.\n\nShare\n\nEnd.\n") == "Intro.\n\nEnd.\n"
    assert fixed(rule, "Intro.\n\nShare\n") == "Intro.\n"
    assert fixed(rule, "Intro.\r\n\r\n> Share\r\n\r\nEnd.\r\n") == "Intro.\r\n\r\nEnd.\r\n"


def test_deleting_words_takes_one_neighbouring_space():
    rule = "kind: existence\ntokens: [really]\nsuggest: ['']\n"
    assert fixed(rule, "It is really good.\n") == "It is good.\n"
    assert fixed(rule, "It is good really.\n") == "It is good really.\n".replace(" really", "")


# --------------------------------------------------------------------------- fixes


def test_fix_defaults_to_unsafe():
    rule = CLICK + "suggest: [see]\n"
    assert applicabilities(rule, "Click here.") == [Applicability.UNSAFE]
    assert fixed(rule, "Click here.") == "see."
    assert fixed(rule, "Click here.", applicability=Applicability.SAFE) == "Click here."


@pytest.mark.parametrize(
    ("fix", "expected"),
    [("safe", Applicability.SAFE), ("unsafe", Applicability.UNSAFE), ("display", Applicability.DISPLAY)],
)
def test_fix_key_sets_the_applicability(fix, expected):
    rule = CLICK + f"suggest: [see]\nfix: {fix}\n"
    assert applicabilities(rule, "Click here.") == [expected]


def test_fix_none_keeps_suggestions_but_offers_no_fix():
    rule = CLICK + "suggest: [see]\nfix: none\n"
    assert suggestions(rule, "Click here.") == [("see",)]
    assert applicabilities(rule, "Click here.") == [None]
    assert fixed(rule, "Click here.") == "Click here."


def test_no_fix_when_the_match_crosses_markdown_markup():
    rule = CLICK + "suggest: [see]\n"
    source = "Please click **here** now."
    assert problems(rule, source)[0].text == "click **here"  # still reported
    assert applicabilities(rule, source) == [None]
    assert fixed(rule, source) == source


def test_fix_inside_markup_that_the_match_does_not_cross():
    rule = CLICK + "suggest: [see]\n"
    assert fixed(rule, "Please **click here** now.") == "Please **see** now."


def test_deleting_a_bold_block_does_not_leave_a_thematic_break():
    rule = "kind: existence\ntokens: [share]\nwhole: true\nsuggest: ['']\n"
    result = fixed(rule, "Intro.\n\n**Share**\n\nEnd.\n")
    # The whole block goes, emphasis markers too.
    assert result == "Intro.\n\nEnd.\n"


# --------------------------------------------------------------------------- hidden content


def test_words_inside_inline_code_and_urls_are_not_checked():
    assert_no_problems(CLICK, "Type `click here` or visit https://example.com/click-here today.")


def test_a_match_that_would_cover_inline_code_is_dropped():
    rule = "kind: existence\nraw: ['see\\s+\\S+\\s+here']\n"
    source = "see `code` here, see https://x.com/a here, see this here"
    assert matches(rule, source) == ["see this here"]


def test_a_match_that_would_cover_an_address_is_dropped_in_plain_text():
    rule = "kind: existence\nraw: ['mail\\s+\\S+\\s+now']\n"
    assert_no_problems(rule, "Please mail desk@example.com now.", fmt="text")


def test_markdown_link_text_is_checked_but_not_its_destination():
    assert matches(CLICK, "[Click here](https://example.com/click here)") == ["Click here"]


# --------------------------------------------------------------------------- scopes

SECRET = "kind: existence\ntokens: [secret]\n"
DRAFT = """\
# Secret headline

## Secret heading

A secret paragraph. Another secret.

> A secret quote.

- A secret item.
"""


def test_default_scope_is_the_whole_draft():
    assert [p.line for p in problems(SECRET, DRAFT)] == [1, 3, 5, 5, 7, 9]


@pytest.mark.parametrize(
    ("scope", "lines"),
    [
        ("headline", [1]),
        ("heading", [1, 3]),
        ("subheading", [3]),
        ("paragraph", [5, 5]),
        ("quote", [7]),
        ("list_item", [9]),
        ("body", [5, 5, 7, 9]),
        ("[text, ~quote]", [1, 3, 5, 5, 9]),
        ("[text, ~heading]", [5, 5, 7, 9]),
        ("sentence", [5, 5, 7, 9]),
        ("[sentence, heading]", [1, 3]),
    ],
)
def test_scope_selects_blocks(scope, lines):
    assert [p.line for p in problems(SECRET + f"scope: {scope}\n", DRAFT)] == lines


def test_headline_scope_in_a_plain_text_draft():
    rule = SECRET + "scope: headline\n"
    assert_problems(rule, "Secret deal signed\n\nThe secret is out.\n", [(1, 1, 1, 7, "Secret")], fmt="text")


def test_front_matter_scope():
    source = "---\ntitle: The secret\nsummary: A secret summary\n---\n\nSecret body.\n"
    assert [p.text for p in problems(SECRET + "scope: front_matter\n", source)] == ["secret"]
    assert [p.line for p in problems(SECRET + "scope: headline\n", source)] == [2]


def test_excluding_quotes_excludes_everything_inside_a_block_quote():
    rule = SECRET + "scope: [text, ~quote]\n"
    assert_problems(rule, "A secret.\n\n> A secret.\n>\n> - A secret item.\n>\n> ## Secret heading\n", [
        (1, 3, 1, 9, "secret"),
    ])  # fmt: skip


# --------------------------------------------------------------------------- messages


def test_message_placeholders_match_and_suggestion():
    rule = CLICK + 'suggest: [see, read]\nmessage: \'Use "{suggestion}", not "{match}"\'\n'
    assert messages(rule, "Click here.") == ['Use "see", not "Click here"']


def test_suggestion_placeholder_is_empty_without_suggestions():
    rule = CLICK + "message: '[{suggestion}] {match}'\n"
    assert messages(rule, "Click here.") == ["[] Click here"]


def test_message_accepts_format_specs():
    rule = CLICK + "message: '{match!r}|{match:>12}|'\n"
    assert messages(rule, "tap here") == ["'tap here'|    tap here|"]


def test_unknown_placeholder_is_an_error_naming_the_choices():
    error = rule_error(CLICK + "message: 'Bad {word}'\n")
    assert error.message == "rule test.rule: message uses unknown placeholder {word} (available: {match}, {suggestion})"
    assert error.line == 4


def test_close_placeholder_gets_a_did_you_mean():
    error = rule_error(CLICK + "message: 'Bad {matches}'\n")
    assert 'unknown placeholder {matches} (did you mean "match"?)' in error.message


# --------------------------------------------------------------------------- invalid options


def test_needs_tokens_or_raw():
    error = rule_error("kind: existence\nsuggest: [x]\n")
    assert error.message == "rule test.rule: an existence rule needs tokens or raw patterns"


def test_invalid_regex_names_the_pattern_and_option():
    error = rule_error("kind: existence\ntokens: [x]\nraw: ['(']\n")
    assert error.message.startswith('rule test.rule: invalid regex "(" in option "raw": ')
    assert error.line == 3
    assert str(error).startswith("<test-rule>:3: rule test.rule: invalid regex")


def test_unknown_option_suggests_the_closest_name():
    error = rule_error("kind: existence\ntoken: [x]\n")
    assert error.message == (
        'rule test.rule: unknown option "token" (did you mean "tokens"?)'
        " (options of this kind: tokens, raw, ignorecase, whole, suggest, with_story_lines, quotes, exceptions)"
    )
    assert error.line == 2


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("whole: 1", 'option "whole" must be true or false, not 1'),
        ("ignorecase: 'yes'", "option \"ignorecase\" must be true or false, not 'yes'"),
        ("suggest: {a: b}", "option \"suggest\" must be a list of strings, not {'a': 'b'}"),
        ("tokens: [1, 2]", 'option "tokens" must be a list of strings, not [1, 2]'),
    ],
)
def test_wrong_option_types(option, message):
    source = "kind: existence\nraw: [x]\n" + option + "\n"
    if option.startswith("tokens"):
        source = "kind: existence\n" + option + "\n"
    error = rule_error(source)
    assert error.message == f"rule test.rule: {message}"


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("scope: headlin", 'rule test.rule: unknown scope "headlin" (did you mean "headline"?)'),
        ("fix: sure", "rule test.rule: fix must be one of safe, unsafe, display, none"),
        ("severity: fatal", 'rule test.rule: severity must be one of error, warning, suggestion, not "fatal"'),
    ],
)
def test_invalid_common_keys(snippet, message):
    assert rule_error(CLICK + snippet + "\n").message == message


def test_compiled_rule_keeps_its_spec():
    rule = make_rule(CLICK + "id: boilerplate.click-here\nseverity: error\n")
    assert rule.name == "existence"
    assert rule.spec.id == "boilerplate.click-here"
    assert rule.options.tokens == ("click here", "tap here")
    assert rule.fix_applicability is Applicability.UNSAFE


def test_quotes_false_leaves_quoted_words_alone():
    rule = "kind: existence\ntokens: [according to police]\nquotes: false\n"
    source = "It fell, according to police. “According to police, it fell,” she said.\n"
    assert matches(rule, source) == ["according to police"]
    assert len(matches("kind: existence\ntokens: [according to police]\n", source)) == 2


def test_exceptions_drop_a_match_holding_one_as_a_whole_word():
    rule = (
        "kind: existence\nraw: ['\\b[A-Z]{2,}\\b(?: [A-Z][a-z]+)?']\nignorecase: false\nexceptions: [NATO, 'U[SK]']\n"
    )
    assert matches(rule, "The FBI and NATO Forces met the US and the ABC.\n") == ["FBI", "ABC"]
