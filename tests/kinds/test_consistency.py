"""The consistency kind: two accepted spellings, one per draft."""

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

EMAIL = """
kind: consistency
either:
  e-mail: email
  per cent: percent
message: '"{match}": this draft uses "{expected}"'
"""


# --------------------------------------------------------------------------- defaults


def test_first_form_wins_and_the_other_is_reported():
    assert_problems(EMAIL, "Send an email. Or an e-mail.", [(1, 22, 1, 28, "e-mail")])


def test_either_side_may_win():
    assert matches(EMAIL, "Send an e-mail. Or an email.") == ["email"]
    assert messages(EMAIL, "Send an e-mail. Or an email.") == ['"email": this draft uses "e-mail"']


def test_one_form_throughout_gives_nothing():
    assert_no_problems(EMAIL, "An email, another email. Rates rose 5 per cent and 6 per cent.")


def test_pairs_are_independent():
    source = "An email rose 5 percent. An e-mail rose 6 per cent."
    assert matches(EMAIL, source) == ["e-mail", "per cent"]
    assert suggestions(EMAIL, source) == [("email",), ("percent",)]


def test_the_winner_holds_across_blocks():
    assert [p.line for p in problems(EMAIL, "# An e-mail\n\nAn email.\n\n- email\n")] == [3, 5]


def test_every_later_use_of_the_loser_is_reported():
    assert len(problems(EMAIL, "email e-mail e-mail e-mail")) == 3


def test_phrase_matches_across_a_line_break():
    assert matches(EMAIL, "It rose 5 percent, then 6 per\ncent.") == ["per\ncent"]


def test_whole_words_only():
    rule = "kind: consistency\neither: {toward: towards}\n"
    assert_no_problems(rule, "towards and towards, towardly")
    assert matches(rule, "toward, towards") == ["towards"]


def test_state_does_not_leak_between_drafts():
    # The same compiled rule checks two drafts: each starts afresh.
    from helpers import make_rule

    rule = make_rule(EMAIL)
    assert matches(rule, "An e-mail. An email.") == ["email"]
    assert matches(rule, "An email. An e-mail.") == ["e-mail"]


# --------------------------------------------------------------------------- case and fixes


def test_suggestion_takes_the_case_of_the_match():
    source = "An email. E-mail me. E-MAIL ME."
    assert suggestions(EMAIL, source) == [("Email",), ("EMAIL",)]
    assert fixed(EMAIL, source) == "An email. Email me. EMAIL ME."


def test_case_differences_of_the_winning_form_are_not_reported():
    assert_no_problems(EMAIL, "An email. Email me. EMAIL.")


def test_fix_is_unsafe_by_default():
    assert applicabilities(EMAIL, "email, e-mail") == [Applicability.UNSAFE]
    assert fixed(EMAIL, "email, e-mail") == "email, email"


@pytest.mark.parametrize(
    ("fix", "expected"),
    [("safe", Applicability.SAFE), ("display", Applicability.DISPLAY), ("none", None)],
)
def test_fix_key_sets_the_applicability(fix, expected):
    assert applicabilities(EMAIL + f"fix: {fix}\n", "email, e-mail") == [expected]


def test_no_fix_when_the_match_crosses_markdown_markup():
    source = "An email. An e-**mail**."
    assert matches(EMAIL, source) == ["e-**mail"]
    assert applicabilities(EMAIL, source) == [None]
    assert fixed(EMAIL, source) == source


# --------------------------------------------------------------------------- options


def test_ignorecase_false_matches_only_the_case_written():
    rule = EMAIL + "ignorecase: false\n"
    assert matches(rule, "An email. An E-mail. An e-mail.") == ["e-mail"]


# --------------------------------------------------------------------------- hidden content


def test_forms_in_code_and_urls_neither_win_nor_are_reported():
    source = "Type `e-mail` at https://e-mail.example.com/e-mail. An email. Then e-mail."
    assert matches(EMAIL, source) == ["e-mail"]
    assert problems(EMAIL, source)[0].col == len(source) - len("e-mail.") + 1


# --------------------------------------------------------------------------- scopes


def test_scope_sentence_keeps_the_winner_across_sentences():
    rule = EMAIL + "scope: sentence\n"
    assert matches(rule, "An email. Then e-mail.") == ["e-mail"]


def test_scope_decides_which_use_comes_first():
    # The headline is out of scope, so "e-mail" in it neither wins nor is reported.
    rule = EMAIL + "scope: body\n"
    assert matches(rule, "# An e-mail\n\nAn email. An e-mail.\n") == ["e-mail"]
    assert [p.line for p in problems(rule, "# An e-mail\n\nAn email. An e-mail.\n")] == [3]


# --------------------------------------------------------------------------- messages


def test_message_fields():
    rule = "kind: consistency\neither: {e-mail: email}\nmessage: '{match}|{expected}|{suggestion}'\n"
    assert messages(rule, "EMAIL. E-mail.") == ["E-mail|email|Email"]


def test_unknown_placeholder():
    error = rule_error("kind: consistency\neither: {a: b}\nmessage: '{winner}'\n")
    assert error.message == (
        "rule test.rule: message uses unknown placeholder {winner} (available: {expected}, {match}, {suggestion})"
    )
    assert error.line == 3


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("either: {}", "a consistency rule needs an either mapping of one form: the other"),
        ("ignorecase: true", "a consistency rule needs an either mapping of one form: the other"),
        ("either: [e-mail, email]", "option \"either\" must be a mapping, not ['e-mail', 'email']"),
        ("either: {e-mail: [email]}", 'option "either": value of "e-mail" must be a string'),
        ("either: {a: b}\nignorecase: 1", 'option "ignorecase" must be true or false, not 1'),
        (
            "either: {a: b}\neither_or: {c: d}",
            'unknown option "either_or" (did you mean "either"?) (options of this kind: either, ignorecase, regex)',
        ),
    ],
)
def test_invalid_options(snippet, message):
    assert rule_error("kind: consistency\n" + snippet + "\n").message == f"rule test.rule: {message}"


def test_regex_forms_are_patterns_and_offer_no_fix():
    rule = "kind: consistency\nregex: true\neither: {'\\bad(?:vi|m)sor\\b': '\\badviser\\b'}\n"
    source = "The advisor spoke. The admsor left. The adviser stayed.\n"
    assert matches(rule, source) == ["adviser"]
    assert suggestions(rule, source) == [()]
