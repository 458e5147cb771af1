"""The sequence kind: a run of tokens, each described by a matcher."""

from __future__ import annotations

import pytest
from helpers import (
    applicabilities,
    assert_no_problems,
    assert_problems,
    fixed,
    make_rule,
    matches,
    messages,
    problems,
    rule_spec,
    suggestions,
)

from editlint.diagnostic import Applicability
from editlint.errors import RuleError
from editlint.kinds import KINDS
from editlint.kinds.base import build
from editlint.kinds.sequence import Sequence


def sequence_rule(rule_yaml: str) -> Sequence:
    return make_rule("kind: sequence\n" + rule_yaml)


def sequence_error(rule_yaml: str) -> RuleError:
    with pytest.raises(RuleError) as info:
        sequence_rule(rule_yaml)
    return info.value


COULD_OF = sequence_rule(
    """
tokens: ['/could|should|would/', of]
suggest: ['{1} have']
message: '"{match}": write "{suggestion}"'
"""
)


# --------------------------------------------------------------------------- the build bug


def test_build_compiles_a_sequence_rule():
    rule = make_rule("kind: sequence\ntokens: [could, of]\n")
    assert matches(rule, "He could of gone.") == ["could of"]


def test_build_rejects_tokens_that_are_not_a_list():
    with pytest.raises(RuleError, match='option "tokens" must be'):
        build(KINDS["sequence"], rule_spec("kind: sequence\ntokens: {could: of}\n"))


def test_build_reports_missing_tokens():
    # Without tokens, build() never converts them, so this already works.
    with pytest.raises(RuleError, match="a sequence rule needs a list of token matchers"):
        make_rule("kind: sequence\nsuggest: [x]\n")


def test_build_checks_message_placeholders_first():
    with pytest.raises(RuleError) as info:
        make_rule("kind: sequence\ntokens: [a]\nmessage: '{word}'\n")
    assert (
        info.value.message
        == "rule test.rule: message uses unknown placeholder {word} (available: {match}, {suggestion})"
    )


# --------------------------------------------------------------------------- matchers


def test_words_in_order():
    rule = sequence_rule("tokens: [could, of]\n")
    assert_problems(rule, "He could of gone.", [(1, 4, 1, 12, "could of")])
    assert_no_problems(rule, "He could have gone. Of course he could. Could, of course.")


def test_defaults_ignore_case_and_report_the_whole_sequence():
    rule = sequence_rule("tokens: [could, of]\n")
    assert matches(rule, "Could of. COULD OF.") == ["Could of", "COULD OF"]
    assert suggestions(rule, "could of") == [()]
    assert applicabilities(rule, "could of") == [None]


def test_whitespace_between_tokens_is_ignored():
    rule = sequence_rule("tokens: [flees, ',', leaves]\n")
    assert matches(rule, "It flees, leaves. It flees , leaves. It flees\n,leaves.") == [
        "flees, leaves",
        "flees , leaves",
        "flees\n,leaves",
    ]


def test_regex_between_slashes_must_match_the_whole_token():
    assert matches(COULD_OF, "He should of gone; she would of; they couldn't of.") == ["should of", "would of"]


def test_mapping_with_a_list_of_words():
    rule = sequence_rule("tokens: [{text: [flees, runs]}, ',', {kind: word}]\n")
    assert matches(rule, "He flees, leaves. He runs, hides. He walks, talks.") == ["flees, leaves", "runs, hides"]


def test_mapping_with_a_regex():
    rule = sequence_rule("tokens: [{regex: '\\w+ly'}, {text: very}]\n")
    assert matches(rule, "quickly very fast, fly very") == ["quickly very", "fly very"]


@pytest.mark.parametrize(
    ("kind", "source", "expected"),
    [
        ("number", "at 10 am, at noon, at $5", ["at 10", "at $5"]),
        ("word", "at 10 am, at noon", ["at noon"]),
        ("acronym", "at U.S. bases", ["at U.S."]),
        ("punct", "at, at noon", ["at,"]),
    ],
)
def test_kind_matcher(kind, source, expected):
    rule = sequence_rule(f"tokens: [at, {{kind: {kind}}}]\n")
    assert matches(rule, source) == expected


def test_not_matches_anything_but():
    rule = sequence_rule("tokens: [could, {text: have, not: true}]\n")
    assert matches(rule, "could go, could have, could.") == ["could go", "could."]


def test_optional_may_be_absent():
    rule = sequence_rule("tokens: [could, {text: [really, just], optional: true}, of]\n")
    assert matches(rule, "could of; could really of; could just of; could so of") == [
        "could of",
        "could really of",
        "could just of",
    ]


def test_mark_reports_only_the_marked_tokens():
    rule = sequence_rule("tokens: [could, {text: of, mark: true}]\nsuggest: [have]\n")
    assert_problems(rule, "He could of gone.", [(1, 10, 1, 12, "of")])
    assert fixed(rule, "He could of gone.") == "He could have gone."


def test_marked_span_runs_from_the_first_to_the_last_marked_token():
    rule = sequence_rule("tokens: [{text: worth, mark: true}, to, {regex: '\\w+', mark: true}]\n")
    assert matches(rule, "not worth to engage them") == ["worth to engage"]


def test_an_absent_optional_marked_token_is_not_reported():
    rule = sequence_rule("tokens: [could, {text: really, optional: true, mark: true}, of]\n")
    assert matches(rule, "could of, could really of") == ["really"]


def test_ignorecase_false():
    rule = sequence_rule("tokens: [could, '/of|OF/']\nignorecase: false\n")
    assert matches(rule, "Could of, could Of, could OF") == ["could OF"]


def test_overlapping_matches_resume_after_the_last_token():
    rule = sequence_rule("tokens: [{kind: word}, {kind: word}]\n")
    assert matches(rule, "one two three") == ["one two"]


def test_correct_text_gives_nothing():
    assert_no_problems(COULD_OF, "He should have gone. Most of them could, of course.")


# --------------------------------------------------------------------------- suggestions and fixes


def test_suggest_fills_in_each_matchers_text():
    assert suggestions(COULD_OF, "He should of gone. Would of.") == [("should have",), ("Would have",)]
    assert fixed(COULD_OF, "He should of gone. Would of.") == "He should have gone. Would have."


def test_suggest_zero_is_the_marked_text():
    rule = sequence_rule("tokens: [{text: the, mark: true}, {text: the, mark: true}]\nsuggest: ['[{0}]']\n")
    assert suggestions(rule, "the the end") == [("[the the]",)]


def test_suggest_with_an_absent_optional_token():
    rule = sequence_rule("tokens: [could, {text: really, optional: true}, of]\nsuggest: ['{1} {2} have']\n")
    assert suggestions(rule, "could of, could really of") == [("could have",), ("could really have",)]


def test_suggest_rebuilds_a_comma_splice():
    rule = sequence_rule("tokens: [{text: [flees, runs]}, ',', {kind: word}]\nsuggest: ['{1} and {3}', '{1}']\n")
    assert suggestions(rule, "until the last soldier flees, leaves.") == [("flees and leaves", "flees")]
    assert fixed(rule, "until the last soldier flees, leaves.") == "until the last soldier flees and leaves."


def test_fix_is_unsafe_by_default():
    assert applicabilities(COULD_OF, "could of") == [Applicability.UNSAFE]


@pytest.mark.parametrize(
    ("fix", "expected"),
    [("safe", Applicability.SAFE), ("display", Applicability.DISPLAY), ("none", None)],
)
def test_fix_key_sets_the_applicability(fix, expected):
    rule = sequence_rule(f"tokens: [could, of]\nsuggest: ['could have']\nfix: {fix}\n")
    assert applicabilities(rule, "could of") == [expected]


def test_no_fix_when_the_match_crosses_markdown_markup():
    source = "He could **of** gone."
    assert matches(COULD_OF, source) == ["could **of"]
    assert applicabilities(COULD_OF, source) == [None]
    assert fixed(COULD_OF, source) == source


# --------------------------------------------------------------------------- hidden content


def test_code_between_tokens_breaks_the_sequence():
    assert_no_problems(COULD_OF, "could `x` of, could https://example.com of")


def test_tokens_inside_code_are_not_checked():
    assert_no_problems(COULD_OF, "Run `could of` now.")


def test_a_match_covering_hidden_content_is_dropped():
    rule = sequence_rule("tokens: [could, {text: zzz, not: true}, of]\n")
    assert matches(rule, "could `x` of, could say of") == ["could say of"]


# --------------------------------------------------------------------------- scopes


def test_the_default_scope_is_each_sentence():
    text = "He could. Of course."
    # Sentences by default, so a match never runs from one into the next...
    assert_no_problems(sequence_rule("tokens: [could, '.', of]\n"), text)
    assert_no_problems(sequence_rule("tokens: [could, '.', of]\nscope: sentence\n"), text)
    # ...unless the rule asks for whole blocks.
    assert matches(sequence_rule("tokens: [could, '.', of]\nscope: text\n"), text) == ["could. Of"]


def test_scope_sentence_reports_at_source_position():
    rule = sequence_rule("tokens: [could, of]\nscope: sentence\n")
    assert_problems(rule, "It ended. He could of gone.", [(1, 14, 1, 22, "could of")])


def test_scope_headline():
    rule = sequence_rule("tokens: [could, of]\nscope: headline\n")
    assert [p.line for p in problems(rule, "# Could of Been\n\nHe could of gone.\n")] == [1]


def test_scope_excluding_quotes():
    rule = sequence_rule("tokens: [could, of]\nscope: [text, ~quote]\n")
    assert [p.line for p in problems(rule, "could of\n\n> could of\n")] == [1]


# --------------------------------------------------------------------------- messages


def test_message_placeholders():
    assert messages(COULD_OF, "He should of gone.") == ['"should of": write "should have"']


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("tokens: []", "a sequence rule needs a list of token matchers"),
        ("tokens: [{text: x, optional: true}]", "a sequence needs at least one matcher that is not optional"),
        (
            "tokens: [{txt: x}]",
            'unknown matcher key "txt" (did you mean "text"?) '
            "(use text, regex, lemma, tag, can, kind, case, sound, start, subject, aside, sole_verb, not, except, optional, skip, "
            "mark)",
        ),
        ("tokens: [5]", "a token matcher is a word, a /regex/ or a mapping, not 5"),
        ("tokens: [{text: 5}]", "a matcher's text is a word or a list of words"),
        ("tokens: [{text: [a, 5]}]", "a matcher's text is a word or a list of words"),
        (
            "tokens: [{kind: verb}]",
            "unknown token kind 'verb' (use word, number, acronym, url, file, email, handle, hashtag, punct, symbol, hidden)",
        ),
        ("tokens: [{text: x, not: 'yes'}]", "a matcher's not must be true or false"),
        ("tokens: [{text: x, optional: 1}]", "a matcher's optional must be true or false"),
        ("tokens: [{text: x, mark: 'no'}]", "a matcher's mark must be true or false"),
        ("tokens: [x]\nsuggest: ['{2}']", 'suggest "{2}" uses {2}; use {0} to {1}'),
        ("tokens: [x, y]\nsuggest: ['{name}']", 'suggest "{name}": write {N} or {N:TAG}, like {3:VBG}'),
        ("tokens: [x]\nsuggest: 5", 'option "suggest" must be a list of strings, not 5'),
        ("tokens: [x]\nignorecase: 'no'", "option \"ignorecase\" must be true or false, not 'no'"),
    ],
)
def test_invalid_options(snippet, message):
    assert sequence_error(snippet + "\n").message == f"rule test.rule: {message}"


@pytest.mark.parametrize("snippet", ["tokens: ['/(/']", "tokens: [{regex: '('}]"])
def test_invalid_regex_matcher(snippet):
    error = sequence_error(snippet + "\n")
    assert error.message.startswith('rule test.rule: invalid regex "(" in option "tokens": ')
    assert error.line == 2
