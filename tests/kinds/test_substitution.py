"""The substitution kind: a word or phrase with a preferred replacement."""

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

ALSO = """
kind: substitution
swap:
  and also: and
  ATM machine: ATM
  utilise: [use, employ]
"""


# --------------------------------------------------------------------------- defaults


def test_reports_the_phrase_and_its_replacement():
    assert_problems(ALSO, "He writes and also sings.", [(1, 11, 1, 19, "and also")])
    assert suggestions(ALSO, "He writes and also sings.") == [("and",)]


def test_fix_is_unsafe_by_default():
    assert applicabilities(ALSO, "He writes and also sings.") == [Applicability.UNSAFE]
    assert fixed(ALSO, "He writes and also sings.") == "He writes and sings."
    assert fixed(ALSO, "He writes and also sings.", applicability=Applicability.SAFE) == "He writes and also sings."


def test_correct_text_gives_nothing():
    assert_no_problems(ALSO, "He writes and sings. Also, he paints. The ATM was empty; use it.")


def test_matches_whole_words_only():
    assert_no_problems(ALSO, "Sand also. Brand alsoish. Utilised funds.")


def test_phrase_matches_across_a_line_break_and_extra_space():
    assert matches(ALSO, "He writes and\nalso sings, and   also paints.") == ["and\nalso", "and   also"]
    assert fixed(ALSO, "He writes and\nalso sings.") == "He writes and sings."


def test_longest_key_wins():
    rule = "kind: substitution\nswap: {each: every, each and every: every}\n"
    assert matches(rule, "Each and every voter.") == ["Each and every"]


# --------------------------------------------------------------------------- case


@pytest.mark.parametrize(
    ("source", "result"),
    [
        ("And also he sang.", "And he sang."),
        ("and also he sang.", "and he sang."),
        ("AND ALSO HE SANG.", "AND HE SANG."),
        ("And Also he sang.", "And he sang."),
    ],
)
def test_lower_case_replacement_takes_the_case_of_the_match(source, result):
    assert fixed(ALSO, source) == result


def test_replacement_with_capitals_is_kept_as_written():
    assert suggestions(ALSO, "an atm machine and an ATM Machine") == [("ATM",), ("ATM",)]
    assert fixed(ALSO, "an atm machine") == "an ATM"


def test_every_alternative_takes_the_case_of_the_match():
    assert suggestions(ALSO, "Utilise it.") == [("Use", "Employ")]


def test_first_alternative_is_the_fix():
    assert fixed(ALSO, "We utilise it.") == "We use it."


def test_text_already_in_the_preferred_form_is_not_reported():
    rule = "kind: substitution\nswap: {internet: Internet}\n"
    assert matches(rule, "The Internet and the internet.") == ["internet"]
    assert fixed(rule, "the internet") == "the Internet"


# --------------------------------------------------------------------------- options


def test_ignorecase_false_matches_only_the_case_written():
    rule = ALSO + "ignorecase: false\n"
    assert matches(rule, "And also he sang, and also she did. ATM machine, atm machine.") == [
        "and also",
        "ATM machine",
    ]


def test_empty_value_flags_the_word_and_offers_nothing():
    rule = "kind: substitution\nswap:\n  very:\n  really: []\n"
    assert matches(rule, "It is very, really good.") == ["very", "really"]
    assert suggestions(rule, "It is very, really good.") == [(), ()]
    assert applicabilities(rule, "It is very good.") == [None]


def test_a_single_string_value_is_one_replacement():
    rule = "kind: substitution\nswap: {utilize: use}\n"
    assert suggestions(rule, "utilize") == [("use",)]


def test_regex_keys_and_numbered_groups():
    rule = r"""
    kind: substitution
    regex: true
    swap:
      '\b(\w{2,})ize\b': '\1ise'
    """
    assert matches(rule, "Organize and realize it, size.") == ["Organize", "realize"]
    assert fixed(rule, "Organize and realize it.") == "Organise and realise it."


def test_regex_groups_count_per_key():
    # \1 in each value refers to that key's own first group, not the combined pattern's.
    rule = r"""
    kind: substitution
    regex: true
    swap:
      '\b(colou?r)ful\b': '\1-rich'
      '\b(gr[ae]y)ish\b': '\1-toned'
    """
    assert suggestions(rule, "colorful and greyish") == [("color-rich",), ("grey-toned",)]


def test_regex_named_groups():
    rule = r"""
    kind: substitution
    regex: true
    swap:
      '\b(?P<stem>\w+)yze\b': '\g<stem>yse'
      '\b(?P<stem>\w+)ize\b': '\g<stem>ise'
    """
    assert fixed(rule, "analyze and realize") == "analyse and realise"


def test_regex_keys_respect_ignorecase():
    rule = "kind: substitution\nregex: true\nswap: {'\\bok\\b': OK}\n"
    assert matches(rule, "ok, Ok") == ["ok", "Ok"]
    assert matches(rule + "ignorecase: false\n", "ok, Ok") == ["ok"]


def test_regex_key_with_a_backreference_after_another_key():
    rule = r"""
    kind: substitution
    regex: true
    swap:
      'colour': color
      '\b(\w+) \1\b': '\1'
    """
    assert fixed(rule, "the the end") == "the end"


def test_regex_key_with_a_backreference_compiles():
    rule = "kind: substitution\nregex: true\nswap: {'\\b(\\w+) \\1\\b': '\\1'}\n"
    assert fixed(rule, "the the end") == "the end"


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
def test_fix_key_sets_the_applicability(fix, expected):
    assert applicabilities(ALSO + f"fix: {fix}\n", "and also") == [expected]


def test_no_fix_when_the_match_crosses_markdown_markup():
    source = "He writes and **also** sings."
    assert matches(ALSO, source) == ["and **also"]
    assert suggestions(ALSO, source) == [("and",)]
    assert applicabilities(ALSO, source) == [None]
    assert fixed(ALSO, source) == source


def test_no_fix_when_the_match_spans_an_entity():
    source = "He writes and&#32;also sings."
    assert applicabilities(ALSO, source) == [None]


def test_fix_inside_emphasis():
    assert fixed(ALSO, "He writes *and also* sings.") == "He writes *and* sings."


def test_several_fixes_in_one_pass():
    # The comma went with "also": "And" takes none.
    assert fixed(ALSO, "And also, utilise the ATM machine.") == "And use the ATM."


# --------------------------------------------------------------------------- hidden content


def test_code_and_urls_are_not_checked():
    rule = "kind: substitution\nswap: {foo: bar}\n"
    assert_no_problems(rule, "See `foo` and https://foo.com/foo and <https://foo.org>.")


def test_regex_match_covering_inline_code_is_dropped():
    rule = "kind: substitution\nregex: true\nswap: {'could\\s+\\S+\\s+of': 'could have'}\n"
    assert matches(rule, "could `x` of, could say of") == ["could say of"]


# --------------------------------------------------------------------------- scopes


def test_scope_headline():
    rule = ALSO + "scope: headline\n"
    assert_problems(rule, "# Bold and also Brave\n\nHe writes and also sings.\n", [(1, 8, 1, 16, "and also")])


def test_scope_excluding_quotes_leaves_a_speakers_words_alone():
    rule = ALSO + "scope: [text, ~quote]\n"
    assert [p.line for p in problems(rule, "He sang and also danced.\n\n> We sang and also danced.\n")] == [1]


def test_scope_sentence():
    rule = ALSO + "scope: sentence\n"
    assert matches(rule, "# And also\n\nHe writes and also sings.\n") == ["and also"]


# --------------------------------------------------------------------------- messages


def test_message_placeholders():
    rule = ALSO + 'message: \'"{match}" says it twice: "{suggestion}" is enough\'\n'
    assert messages(rule, "And also he sang.") == ['"And also" says it twice: "And" is enough']


def test_message_suggestion_is_empty_when_nothing_is_offered():
    rule = "kind: substitution\nswap: {very: }\nmessage: 'cut {match}{suggestion}'\n"
    assert messages(rule, "very good") == ["cut very"]


def test_unknown_placeholder():
    error = rule_error(ALSO + "message: '{expected}'\n")
    assert error.message == (
        "rule test.rule: message uses unknown placeholder {expected} (available: {match}, {suggestion})"
    )


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("swap: {}", "a substitution rule needs a swap mapping of bad: good"),
        ("regex: true", "a substitution rule needs a swap mapping of bad: good"),
        ("swap: [a, b]", "option \"swap\" must be a mapping, not ['a', 'b']"),
        ("swap: {a: 5}", 'option "swap": value of "a" must be a string or a list of strings'),
        ("swap: {a: [b, 5]}", 'option "swap": value of "a" must be a string or a list of strings'),
        ("swap: {5: a}", 'option "swap": key 5 must be a string'),
        ("swap: {a: b}\nregex: 'yes'", "option \"regex\" must be true or false, not 'yes'"),
        ("swap: {a: b}\nignorecase: 0", 'option "ignorecase" must be true or false, not 0'),
        (
            "swap: {a: b}\nswaps: {c: d}",
            'unknown option "swaps" (did you mean "swap"?) (options of this kind: swap, regex, context, ignorecase, match_case, quotes, exceptions)',
        ),
    ],
)
def test_invalid_options(snippet, message):
    assert rule_error("kind: substitution\n" + snippet + "\n").message == f"rule test.rule: {message}"


def test_invalid_regex_key():
    error = rule_error("kind: substitution\nregex: true\nswap: {'(': x}\n")
    assert error.message.startswith('rule test.rule: invalid regex "(" in option "swap": ')
    assert error.line == 3


def test_yes_and_no_are_words_not_booleans():
    rule = "kind: substitution\nswap: {no: none, yes: aye}\n"
    assert suggestions(rule, "yes or no") == [("aye",), ("none",)]


# --------------------------------------------------------------------------- context, match_case, quotes


NUMBERS = r"""
kind: substitution
regex: true
ignorecase: false
context: |-
  (?x)
  (?<![\w.,])          # not part of a larger number
  {swap}
  (?=\ people\b)       # only a count of people
swap:
  '2': two
  '3': three
"""


def test_context_places_every_key_in_one_pattern():
    assert fixed(NUMBERS, "We saw 2 people and 3 people.\n") == "We saw two people and three people.\n"
    assert matches(NUMBERS, "We saw 2 dogs, 1.2 people and 32 people.\n") == []


def test_context_reads_keys_without_verbose_mode():
    # (?x) ignores spaces in the context, not in a key.
    rule = "kind: substitution\nregex: true\ncontext: '(?x) \\b {swap} \\b'\nswap: {'hail of bullets': gunfire}\n"
    assert matches(rule, "A hail of bullets fell.\n") == ["hail of bullets"]
    assert matches(rule, "A hailofbullets fell.\n") == []


def test_context_needs_regex_and_one_swap_placeholder():
    for snippet in ("context: '{swap}'\nswap: {a: b}", "regex: true\ncontext: 'x'\nswap: {a: b}"):
        error = rule_error("kind: substitution\n" + snippet + "\n")
        assert error.message == 'rule test.rule: option "context" goes with regex: true and holds {swap} once'


def test_match_case_false_offers_the_replacement_as_written():
    rule = "kind: substitution\nregex: true\nswap: {'(\\d+) ?[Aa][Mm]': '\\1 a.m.'}\n"
    assert suggestions(rule, "At 10 AM.\n") == [("10 A.M.",)]
    assert suggestions(rule + "match_case: false\n", "At 10 AM.\n") == [("10 a.m.",)]


def test_quotes_false_leaves_quoted_words_alone():
    rule = "kind: substitution\nswap: {opined: said}\nquotes: false\n"
    source = "The minister opined. “He opined on everything,” she said.\n\n> He opined again.\n"
    assert matches(rule, source) == ["opined"]
    assert len(matches(rule.replace("quotes: false", "quotes: true"), source)) == 3


def test_exceptions_drop_a_match_holding_one():
    rule = "kind: substitution\nregex: true\nswap: {'\\b\\w+ly\\b': ''}\nexceptions: [only, family]\n"
    assert matches(rule, "It was really only a family matter, clearly.\n") == ["really", "clearly"]
