"""The conditional kind: where one pattern appears, another must too (an
abbreviation defined before it is used alone)."""

from __future__ import annotations

from helpers import applicabilities, assert_no_problems, assert_problems, matches, messages, rule_error

DEFINED = r"""
kind: conditional
first: '\b[A-Z]{3,5}\b'
second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
message: '"{match}" is not defined'
"""


def test_an_abbreviation_used_before_it_is_defined_is_reported():
    source = "The WHO met.\n\nThe World Health Organization (WHO) met again, and the WHO agreed.\n"
    assert_problems(DEFINED, source, [(1, 5, 1, 8, "WHO")])
    assert messages(DEFINED, source) == ['"WHO" is not defined']
    assert applicabilities(DEFINED, source) == [None]


def test_a_definition_counts_for_the_rest_of_the_draft_and_its_own_unit():
    assert_no_problems(DEFINED, "The WHO, or World Health Organization (WHO), met.\n\nThe WHO agreed.\n")
    assert matches(DEFINED, "The World Health Organization (WHO) met. NATO did not.\n") == ["NATO"]


def test_without_a_group_second_only_has_to_be_in_the_unit():
    rule = "kind: conditional\nfirst: '\\bhe\\b'\nsecond: '\\bsaid\\b'\nignorecase: true\n"
    assert matches(rule, "He left.\n\nHe said so.\n") == ["He"]


def test_exceptions_and_required_options():
    assert_no_problems(DEFINED + "exceptions: [NATO, FBI]\n", "NATO and the FBI met.\n")
    assert rule_error("kind: conditional\nfirst: x\n").message == 'rule test.rule: option "second" is required'
    assert "invalid regex" in rule_error("kind: conditional\nfirst: '(x'\nsecond: y\n").message
