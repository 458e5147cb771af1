"""The capitalization kind: a unit (usually a heading) follows a case style."""

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

TITLE = """
kind: capitalization
scope: heading
message: '"{word}" should be "{expected}" in {style}'
"""


def heading(text: str) -> str:
    return f"# {text}\n"


# --------------------------------------------------------------------------- title case (default)


def test_lower_case_word_is_reported_with_its_capitalised_fix():
    assert_problems(TITLE, heading("US Know its Limits in Iraq"), [(1, 11, 1, 14, "its")])
    assert suggestions(TITLE, heading("US Know its Limits in Iraq")) == [("Its",)]
    assert fixed(TITLE, heading("US Know its Limits in Iraq")) == heading("US Know Its Limits in Iraq")


def test_correct_title_gives_nothing():
    for title in (
        "Jihadist Group Vows to Expel US Forces From Iraq",
        "US Forces See Intensity of Attacks",
        "North Korea Hackers Steal Data on Laser Anti-Aircraft Weapons",
        "Why It’s so Hard to Say No",
    ):
        assert_no_problems(TITLE, heading(title))


def test_first_and_last_words_are_capitalised_even_if_minor():
    assert matches(TITLE, heading("the Day of the Jackal Is for")) == ["the", "for"]


def test_first_word_after_a_colon_or_dash_is_capitalised():
    assert matches(TITLE, heading("Iraq: the Next Step — a Guide")) == ["the", "a"]


def test_only_the_first_part_of_a_hyphenated_word_is_checked():
    assert matches(TITLE, heading("Mid-October Talks and mid-term Votes")) == ["mid"]
    assert fixed(TITLE, heading("Big e-mail Leak")) == heading("Big E-mail Leak")


def test_name_particles_stay_lower_case():
    assert_no_problems(TITLE, heading("Abu Ali al-Askari Meets Vincent van Gogh Fans"))
    assert matches(TITLE, heading("al-Askari Speaks")) == ["al"]  # except at the start


def test_numbers_and_symbols_are_skipped():
    assert_no_problems(TITLE, heading("10 Things About 2024 & More"))


def test_plain_text_headline():
    rule = TITLE.replace("scope: heading", "scope: headline")
    assert_problems(rule, "Group vows to Expel Forces\n\nThe group said it.\n", [(1, 7, 1, 11, "vows")], fmt="text")


def test_fix_is_unsafe_by_default():
    assert applicabilities(TITLE, heading("US Know its Limits")) == [Applicability.UNSAFE]


@pytest.mark.parametrize(
    ("fix", "expected"),
    [("safe", Applicability.SAFE), ("display", Applicability.DISPLAY), ("none", None)],
)
def test_fix_key_sets_the_applicability(fix, expected):
    assert applicabilities(TITLE + f"fix: {fix}\n", heading("US Know its Limits")) == [expected]


def test_no_fix_when_the_word_crosses_markup():
    source = heading("US Know i*ts* Limits")
    assert matches(TITLE, source) == ["i*ts"]
    assert applicabilities(TITLE, source) == [None]


def test_fix_inside_emphasis():
    assert fixed(TITLE, heading("US Know *its* Limits")) == heading("US Know *Its* Limits")


# --------------------------------------------------------------------------- style


def test_ap_style_capitalises_prepositions_of_four_letters_or_more():
    assert matches(TITLE, heading("Jihadist Group Vows to Expel US Forces from Iraq")) == ["from"]
    assert matches(TITLE, heading("Walk through the Door from Home")) == ["through", "from"]


def test_chicago_style_keeps_all_prepositions_lower_case():
    rule = TITLE + "style: chicago\n"
    assert_no_problems(rule, heading("Walk through the Door from Home"))


def test_both_styles_keep_articles_and_conjunctions_lower_case():
    for style in ("ap", "chicago"):
        assert_no_problems(TITLE + f"style: {style}\n", heading("Salt and Pepper or a Lemon but the Best"))


# --------------------------------------------------------------------------- lowercase_minor


def test_capitalised_minor_words_are_accepted_by_default():
    assert_no_problems(TITLE, heading("Vows To Expel Forces Of Iraq"))


def test_lowercase_minor_reports_capitalised_minor_words():
    rule = TITLE + "lowercase_minor: true\n"
    source = heading("The Vows To Expel Forces Of Iraq Go In")
    assert matches(rule, source) == ["To", "Of"]  # first and last words keep their capital
    assert fixed(rule, source) == heading("The Vows to Expel Forces of Iraq Go In")


def test_lowercase_minor_follows_the_style():
    source = heading("Vows To Expel Forces From Iraq")
    assert matches(TITLE + "lowercase_minor: true\n", source) == ["To"]
    assert matches(TITLE + "lowercase_minor: true\nstyle: chicago\n", source) == ["To", "From"]


def test_lowercase_minor_leaves_all_caps_words_alone():
    assert_no_problems(TITLE + "lowercase_minor: true\n", heading("Vote YES OR NO Now"))


# --------------------------------------------------------------------------- exceptions


def test_words_with_inner_capitals_and_acronyms_are_never_wrong():
    assert_no_problems(TITLE, heading("New iPhone Sold on eBay as NATO Waits"))


def test_exceptions_are_accepted_as_written():
    source = heading("New bitcoin Record Set on ebay")
    assert matches(TITLE, source) == ["bitcoin", "ebay"]
    assert_no_problems(TITLE + "exceptions: [bitcoin, ebay]\n", source)


def test_exceptions_are_case_sensitive():
    assert matches(TITLE + "exceptions: [Bitcoin]\n", heading("New bitcoin Record")) == ["bitcoin"]


def test_vocabulary_words_with_capitals_are_kept_in_sentence_case():
    rule = TITLE + "match: sentence\n"
    assert matches(rule, heading("Storm Hits coast")) == ["Hits"]
    assert_no_problems(rule + "vocabulary: [Hits]\n", heading("Storm Hits coast"))
    assert matches(rule + "vocabulary: [hits]\n", heading("Storm Hits coast")) == ["Hits"]


def test_exceptions_apply_in_sentence_case():
    rule = TITLE + "match: sentence\nexceptions: [iPhone]\n"
    assert_no_problems(rule, heading("iPhone sales fall"))


# --------------------------------------------------------------------------- other matches


def test_sentence_case_reports_a_lower_case_first_word():
    rule = TITLE + "match: sentence\n"
    assert_problems(rule, heading("the day it rained"), [(1, 3, 1, 6, "the")])
    assert fixed(rule, heading("the day it rained")) == heading("The day it rained")
    assert_no_problems(rule, heading("The day it rained in Paris"))


def test_upper_reports_the_whole_unit():
    rule = TITLE + "match: upper\n"
    assert_problems(rule, heading("Breaking news"), [(1, 3, 1, 16, "Breaking news")])
    assert fixed(rule, heading("Breaking news")) == heading("BREAKING NEWS")
    assert_no_problems(rule, heading("NASA 2024: BREAKING"))


def test_lower_reports_the_whole_unit():
    rule = TITLE + "match: lower\n"
    assert suggestions(rule, heading("Breaking News")) == [("breaking news",)]
    assert_no_problems(rule, heading("breaking news"))


def test_regex_match_must_cover_the_whole_unit_and_offers_no_fix():
    rule = TITLE + "match: '/[A-Z][^.]*/'\n"
    assert matches(rule, "# Breaking News.\n\n## Fine Heading\n\n## fine\n") == ["Breaking News.", "fine"]
    assert suggestions(rule, heading("fine")) == [()]
    assert applicabilities(rule, heading("fine")) == [None]


# --------------------------------------------------------------------------- hidden content


def test_words_in_code_are_not_checked():
    assert_no_problems(TITLE, heading("Using `the` Tool Right"))


def test_whole_unit_finding_over_inline_code_is_dropped():
    rule = TITLE + "match: upper\n"
    assert_no_problems(rule, heading("Using `code` today"))


# --------------------------------------------------------------------------- scopes


def test_scope_headline_leaves_other_headings_alone():
    rule = TITLE.replace("scope: heading", "scope: headline")
    source = "# Good Title Here\n\n## bad heading\n\nlower case body text\n"
    assert_no_problems(rule, source)
    assert [p.line for p in problems(TITLE, source)] == [3, 3]


def test_scope_subheading():
    rule = TITLE.replace("scope: heading", "scope: subheading")
    assert [p.line for p in problems(rule, "# bad headline\n\n## bad heading\n")] == [3, 3]


def test_default_scope_is_headings():
    # Without a scope a capitalization rule checks headings, not body text.
    rule = "kind: capitalization\n"
    assert matches(rule, "A paragraph of text.\n") == []
    assert matches(rule, "# A heading of text\n\nA paragraph of text.\n") == ["heading", "text"]


def test_a_misspelt_style_is_an_error_not_a_regex():
    error = rule_error("kind: capitalization\nmatch: titel\n")
    assert error.message == (
        'rule test.rule: option "match" must be one of title, sentence, majority, upper, lower or a /regex/,'
        " not 'titel' (did you mean \"title\"?)"
    )
    assert error.line == 2


def test_scope_sentence_checks_each_sentence_start():
    rule = "kind: capitalization\nmatch: sentence\nscope: sentence\n"
    # The splitter never starts a sentence at a lower-case word ("e.g. this"),
    # so only a block's first sentence can start in lower case.
    assert matches(rule, "the rain fell. It stopped. then it rained.\n\nit rained.\n") == ["the", "it"]


# --------------------------------------------------------------------------- messages


def test_message_fields():
    assert messages(TITLE, heading("US Know its Limits")) == ['"its" should be "Its" in AP title case']
    assert messages(TITLE + "style: either\n", heading("US Know its Limits")) == ['"its" should be "Its" in title case']


def test_message_expected_is_the_text_as_it_should_be():
    rule = "kind: capitalization\nscope: heading\nmatch: upper\nmessage: '{word}|{expected}|{match}|{style}|{basis}'\n"
    assert messages(rule, heading("Hi there")) == ["Hi there|HI THERE|Hi there|upper case|the house style"]


def test_unknown_placeholder():
    error = rule_error("kind: capitalization\nmessage: '{styles}'\n")
    assert error.message == (
        'rule test.rule: message uses unknown placeholder {styles} (did you mean "style"?)'
        " (available: {basis}, {expected}, {match}, {style}, {suggestion}, {word})"
    )


# --------------------------------------------------------------------------- invalid options


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("style: apa", 'option "style" must be one of ap, chicago, either, not \'apa\' (did you mean "ap"?)'),
        ("style: AP", 'option "style" must be one of ap, chicago, either, not \'AP\' (did you mean "ap"?)'),
        ("match: 5", 'option "match" must be a string, not 5'),
        ("exceptions: 5", 'option "exceptions" must be a list of strings, not 5'),
        ("lowercase_minor: 'yes'", "option \"lowercase_minor\" must be true or false, not 'yes'"),
        (
            "case: title",
            'unknown option "case" (options of this kind: match, style, exceptions, vocabulary, lowercase_minor,'
            " rewrite_from, threshold, indicators, prefix)",
        ),
    ],
)
def test_invalid_options(snippet, message):
    assert rule_error("kind: capitalization\n" + snippet + "\n").message == f"rule test.rule: {message}"


def test_invalid_match_regex():
    error = rule_error("kind: capitalization\nmatch: '/[A-Z/'\n")
    assert error.message.startswith('rule test.rule: invalid regex "[A-Z" in option "match": ')
    assert error.line == 2


# --------------------------------------------------------------------------- the one case check


def test_lowercase_minor_leaves_a_verbs_particle_alone():
    rule = TITLE + "lowercase_minor: true\n"
    assert_no_problems(rule, heading("Protesters Take Over the Square as Police Sign Up"))
    assert matches(rule, heading("The Day Of The Jackal")) == ["Of", "The"]


def test_sentence_case_lowers_plain_common_words_but_keeps_names():
    rule = TITLE + "match: sentence\n"
    source = heading("Storm Hits Reading and Floods Roads on Monday") + "\nThe storm hit Reading.\n"
    assert matches(rule, source) == ["Hits", "Floods", "Roads"]
    assert_no_problems(rule, heading("Kataib Hezbollah warns Washington over Iraq"))
    assert_no_problems(rule, heading("Drug squad asks the Police Ombudsman to investigate"))


def test_majority_follows_most_headings_of_the_draft():
    rule = TITLE + "match: majority\nstyle: either\n"
    source = "# Militia groups vow revenge\n\n## Attacks have intensified\n\n## Why The Militias Attack Now\n"
    assert messages(rule, source) == [
        '"The" should be "the" in sentence case',
        '"Militias" should be "militias" in sentence case',
        '"Attack" should be "attack" in sentence case',
        '"Now" should be "now" in sentence case',
    ]
    title = "# Storm Hits the Coast\n\n## Thousands Lose Power\n\n## Roads closed\n"
    assert messages(rule, title) == ['"closed" should be "Closed" in title case']


def test_majority_title_case_follows_the_style_option():
    source = "# Group Vows to Expel US Forces from Iraq\n\n## Talks With Iran Stall\n"
    assert_no_problems(TITLE + "match: majority\nstyle: either\n", source)
    assert matches(TITLE + "match: majority\nstyle: ap\n", source) == ["from"]
    assert matches(TITLE + "match: majority\nstyle: chicago\n", source) == []
    assert matches(TITLE + "match: majority\nstyle: chicago\nlowercase_minor: true\n", source) == ["With"]


def test_rewrite_from_reports_the_unit_once_rewritten():
    rule = TITLE + "match: sentence\nrewrite_from: 3\n"
    source = heading("Jihadist Group Vows to Expel US Forces from Iraq")
    assert suggestions(rule, source) == [("Jihadist group vows to expel US forces from Iraq",)]
    assert matches(rule, source) == ["Jihadist Group Vows to Expel US Forces from Iraq"]
    assert rule_error("kind: capitalization\nrewrite_from: -1\n").message.endswith("must not be negative")


def test_the_shipped_headline_rule_is_this_check():
    # headline.capitalization (kind headline, check: capitalization) and a
    # capitalization rule with the same settings report the same findings.
    from pathlib import Path

    from editlint.kinds import KINDS
    from editlint.kinds.base import build
    from editlint.rule import read_rule_file

    specs, _ = read_rule_file(Path(__file__).parents[2] / "rules" / "headline" / "headline.yaml", KINDS)
    (shipped,) = [s for s in specs if s.id == "headline.capitalization"]
    same = (
        "kind: capitalization\nmatch: majority\nstyle: either\nlowercase_minor: true\nrewrite_from: 3\n"
        "message: '{word}|{expected}|{style}|{basis}'\n"
    )
    shipped_rule = build(KINDS[shipped.kind], shipped)
    for source in (
        "# US Know its Limits in Iraq\n\n## US Forces See Intensity of Attacks\n",
        "# Militia groups vow revenge\n\n## Attacks have intensified\n\n## Why The Militias Attack Now\n",
        "# Storm Hits the Coast\n\n## Thousands Lose Power\n\n## Roads closed by floods and wind\n",
        "# Jihadist Group Vows To Expel US Forces from Iraq\n",
    ):
        assert [p[:4] for p in problems(same, source)] == [p[:4] for p in problems(shipped_rule, source)]
        assert suggestions(same, source) == suggestions(shipped_rule, source)


# --------------------------------------------------------------------------- Vale's judgement


def test_threshold_reports_the_unit_as_a_whole_when_too_few_words_are_right():
    rule = TITLE + "threshold: 0.8\nlowercase_minor: true\n"
    # 2 of 5 words wrong: 60% right, not above 80%.
    source = heading("Follow step by Step instructions")
    assert matches(rule, source) == ["Follow step by Step instructions"]
    assert suggestions(rule, source) == [("Follow Step by Step Instructions",)]
    assert messages(rule, source) == [
        '"Follow step by Step instructions" should be "Follow Step by Step Instructions" in AP title case'
    ]
    # 1 of 6 wrong: 83% right, above 80%: the heading passes as a whole.
    assert_no_problems(rule, heading("Follow These Six Simple Step instructions"))


def test_threshold_fails_a_unit_whose_first_word_is_wrong():
    rule = TITLE + "match: sentence\nthreshold: 0.8\n"
    assert matches(rule, heading("the storm hits the coast of the island again today")) == [
        "the storm hits the coast of the island again today"
    ]
    assert_no_problems(rule, heading("The storm hits the coast of the island again today"))


def test_threshold_is_a_share():
    assert "below 1" in rule_error("kind: capitalization\nthreshold: 1.5\n").message


def test_indicators_leave_the_word_after_them_unjudged():
    rule = TITLE + "match: sentence\n"
    assert matches(rule, heading("Budget passed; What happens next")) == ["What"]
    assert_no_problems(rule + "indicators: [';']\n", heading("Budget passed; What happens next"))


def test_prefix_is_not_judged_and_the_word_after_it_comes_first():
    rule = TITLE + "match: sentence\n"
    assert matches(rule, heading("Step 1: install the Package")) == ["Package"]
    assert matches(rule + "prefix: 'Step \\d+: '\n", heading("Step 1: install the Package")) == ["install", "Package"]


def test_an_exception_between_slashes_is_a_pattern_for_whole_words():
    rule = TITLE + "match: sentence\nexceptions: ['/(?:Hit|Miss)e?s?/']\n"
    assert_no_problems(rule, heading("Storm Hits coast and Misses town"))
    assert matches(TITLE + "match: sentence\n", heading("Storm Hits coast and Misses town")) == ["Hits", "Misses"]
    assert matches(rule, heading("Storm Hitting coast")) == ["Hitting"]  # the whole word must match
