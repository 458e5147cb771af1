"""The headline kind: repeats of the headline, repeated subheadings, case
style, length and closing full stops."""

from __future__ import annotations

import json

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
    rule_error,
    suggestions,
)

from editlint.analysis.distance import edit_distance
from editlint.diagnostic import Applicability
from editlint.kinds.headline import title_key
from editlint.parsing import parse


def rule(check: str, message: str = "{match}", **options) -> str:
    lines = [f"kind: headline\ncheck: {check}\nmessage: '{message}'"]
    lines += [f"{key}: {value}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


DUPLICATE = rule("duplicate", fix="safe")
NEAR = rule("near-duplicate")
SUBHEADING = rule("duplicate-subheading")
CAPS = rule("capitalization")
LENGTH = rule("length")
PERIOD = rule("final-period")

SEED_TOP = (
    "Jihadist Group Vows to Expel US Forces from Iraq\n\n"
    "Jihadist Group Vows to Expel US Forces from Iraq\n\n"
    "The Kataib Hezbollah faction has vowed to attack US forces in Iraq.\n"
)


# --------------------------------------------------------------------------- helpers


def test_title_key_ignores_case_punctuation_spacing_and_dots_in_acronyms():
    assert title_key("U.S. Forces  See Intensity\nof Attacks!") == "us forces see intensity of attacks"
    assert title_key("Anti-Aircraft") == title_key("anti aircraft") == "anti aircraft"
    assert title_key("Israel’s War") == title_key("Israels war")
    assert title_key("?!") == ""


def test_title_key_keeps_hidden_content_as_a_word_but_no_title_of_code_alone():
    document = parse("x.md", "# Storm `code` Hits\n\n## `a`\n")
    headline, heading = document.blocks
    assert title_key(headline.text) != title_key("Storm Hits")
    assert title_key(headline.text) == title_key(parse("y.md", "# Storm `other` Hits\n").headline.text)
    assert title_key(heading.text) == ""


def test_edit_distance_on_strings_and_word_lists_stops_at_the_limit():
    assert edit_distance("expel", "expell", 3) == 1
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("kitten", "sitting", 1) == 2  # over the limit: limit + 1
    assert edit_distance("a b c d".split(), "a x c d".split(), 2) == 1
    assert edit_distance("abc", "abcdefgh", 2) == 3


# --------------------------------------------------------------------------- duplicate


def test_plain_text_headline_printed_twice_is_reported_on_the_repeat_as_a_whole_line():
    assert_problems(DUPLICATE, SEED_TOP, [(3, 1, 3, 49, "Jihadist Group Vows to Expel US Forces from Iraq")], "text")


def test_the_fix_deletes_the_repeated_block_and_its_blank_line():
    assert suggestions(DUPLICATE, SEED_TOP, "text") == [("",)]
    assert fixed(DUPLICATE, SEED_TOP, "text") == (
        "Jihadist Group Vows to Expel US Forces from Iraq\n\n"
        "The Kataib Hezbollah faction has vowed to attack US forces in Iraq.\n"
    )


def test_the_fix_is_as_safe_as_the_rule_says_and_unsafe_by_default():
    assert applicabilities(DUPLICATE, SEED_TOP, "text") == [Applicability.SAFE]
    assert applicabilities(rule("duplicate"), SEED_TOP, "text") == [Applicability.UNSAFE]


def test_repeat_is_found_whatever_its_case_punctuation_and_spacing():
    source = "# Storm Hits Coast\n\n## STORM  hits, coast!\n\nText.\n"
    assert matches(DUPLICATE, source) == ["STORM  hits, coast!"]
    assert matches(DUPLICATE, "# U.S. Forces Leave\n\nUS forces leave\n") == ["US forces leave"]


def test_front_matter_title_repeated_as_the_first_h1():
    source = "---\ntitle: Storm Hits Coast\n---\n\n# Storm Hits Coast\n\nThe storm hit on Monday.\n"
    assert_problems(DUPLICATE, source, [(5, 3, 5, 19, "Storm Hits Coast")])
    assert fixed(DUPLICATE, source) == "---\ntitle: Storm Hits Coast\n---\n\nThe storm hit on Monday.\n"


def test_repeat_as_a_bold_paragraph_list_item_or_quote_is_deleted_with_its_markup():
    source = "# Storm Hits Coast\n\n**Storm hits coast**\n\n- Storm hits coast\n\n> Storm hits coast\n\nText.\n"
    assert matches(DUPLICATE, source) == ["Storm hits coast"] * 3
    assert fixed(DUPLICATE, source) == "# Storm Hits Coast\n\nText.\n"


def test_every_repeat_is_reported_and_the_message_names_the_first_line():
    rule_yaml = rule("duplicate", 'The headline "{headline}" appears {where} [{line}]')
    source = "Storm Hits Coast\n\nStorm Hits Coast\n\nText.\n\nStorm Hits Coast\n"
    assert [p.line for p in problems(rule_yaml, source, "text")] == [3, 7]
    assert (
        messages(rule_yaml, source, "text")
        == ['The headline "Storm Hits Coast" appears again (first on line 1) [1]'] * 2
    )


def test_headline_inside_a_longer_block_a_similar_heading_or_a_draft_without_headline_is_not_a_repeat():
    assert_no_problems(DUPLICATE, "# Storm Hits Coast\n\nStorm hits coast, officials say, as rain falls.\n")
    assert_no_problems(DUPLICATE, "# Storm Hits Coast\n\n## Storm Hits Coast Again\n")
    assert_no_problems(DUPLICATE, "The storm hit the coast.\n\nStorm hits coast.\n", "text")
    assert_no_problems(DUPLICATE, "# ?\n\n## ?\n")  # nothing to compare


def test_front_matter_description_equal_to_the_title_is_not_a_printed_repeat():
    assert_no_problems(DUPLICATE, "---\ntitle: Storm Hits Coast\ndescription: Storm hits coast\n---\n\nText.\n")


def test_a_scope_narrows_where_repeats_are_looked_for():
    source = "# Storm Hits Coast\n\nStorm hits coast\n\n## Storm hits coast\n"
    assert matches(rule("duplicate", scope="subheading"), source) == ["Storm hits coast"]
    assert [p.line for p in problems(rule("duplicate", scope="subheading"), source)] == [5]


# --------------------------------------------------------------------------- across drafts


def drafts(*sources: tuple[str, str]):
    return [parse(path, text, "markdown" if path.endswith(".md") else "text") for path, text in sources]


def across(rule_yaml: str, *sources: tuple[str, str]):
    """(path, finding) of each finding the rule makes comparing the drafts,
    going through their facts as plain data, as a run does."""
    compiled = make_rule(rule_yaml)
    facts = [(d.path, compiled.draft_facts(d)) for d in drafts(*sources)]
    facts = [(path, json.loads(json.dumps(f))) for path, f in facts if f is not None]
    return [(facts[index][0], finding) for index, finding in compiled.check_drafts(facts)]


ACROSS = rule("duplicate", 'The headline "{headline}" appears {where}')


def test_two_drafts_with_one_headline_each_get_a_finding_naming_both_paths():
    sources = ("a.md", "# Storm Hits Coast!\n\nText.\n"), ("b.txt", "Storm hits coast\n\nOther text.\n")
    found = across(ACROSS, *sources)
    assert [(path, f.message) for path, f in found] == [
        ("a.md", 'The headline "Storm Hits Coast!" appears in two drafts: a.md and b.txt'),
        ("b.txt", 'The headline "Storm hits coast" appears in two drafts: b.txt and a.md'),
    ]
    a, b = drafts(*sources)
    assert found[0][1].span == a.headline.span
    assert found[1][1].span == b.headline.span
    assert found[0][1].fix is None


def test_of_three_drafts_only_the_two_sharing_a_headline_are_reported():
    found = across(
        ACROSS,
        ("a.md", "# Storm Hits Coast\n"),
        ("b.md", "# Floods Close Roads\n"),
        ("c.md", "---\ntitle: Storm hits coast\n---\n\nText.\n"),
    )
    assert [path for path, _ in found] == ["a.md", "c.md"]
    assert all("a.md" in f.message and "c.md" in f.message and "b.md" not in f.message for _, f in found)


def test_three_drafts_sharing_a_headline_each_name_the_other_two():
    found = across(ACROSS, ("a.md", "# Storm\n"), ("b.md", "# Storm\n"), ("c.md", "# storm\n"))
    assert [f.message for _, f in found] == [
        'The headline "Storm" appears in three drafts: a.md, b.md and c.md',
        'The headline "Storm" appears in three drafts: b.md, a.md and c.md',
        'The headline "storm" appears in three drafts: c.md, a.md and b.md',
    ]


def test_one_draft_named_twice_or_drafts_without_headlines_are_not_reported():
    assert across(ACROSS, ("a.md", "# Storm\n"), ("a.md", "# Storm\n")) == []
    assert across(ACROSS, ("a.md", "Text.\n"), ("b.md", "Text.\n")) == []
    assert across(ACROSS, ("a.md", "# Storm\n"), ("b.md", "# Floods\n")) == []


def test_only_duplicate_rules_compare_drafts_and_across_drafts_false_stops_it():
    assert make_rule(ACROSS).across_drafts is True
    assert make_rule(rule("duplicate", across_drafts="false")).across_drafts is False
    assert make_rule(NEAR).across_drafts is False
    assert make_rule(CAPS).across_drafts is False


# --------------------------------------------------------------------------- near-duplicate


HEADLINE = "# Jihadist Group Vows to Expel US Forces from Iraq\n\n"


@pytest.mark.parametrize(
    "other",
    [
        "Jihadist Group Vows to Drive US Forces from Iraq",  # one word changed
        "Jihadist Group Vows to Drive Out US Forces from Iraq",  # one changed, one added
        "Jihadist Group Vow to Expell US Forces from Iraq",  # two typos
        "Jihadist Group Vows to Expel US Forces",  # two words dropped
    ],
)
def test_a_word_or_two_changed_is_a_near_duplicate(other):
    assert matches(NEAR, HEADLINE + f"## {other}\n") == [other]


@pytest.mark.parametrize(
    "other",
    [
        "Jihadist Group Vows to Expel US Forces from Iraq",  # exact: the duplicate rule's
        "Militia Vows to Drive Out American Troops from Iraq",  # too many changes
        "US Forces See Intensity of Attacks",
        "The Kataib Hezbollah faction has vowed to attack US forces in Iraq until the last soldier leaves.",
    ],
)
def test_exact_repeats_and_different_titles_are_not_near_duplicates(other):
    assert_no_problems(NEAR, HEADLINE + f"## {other}\n")


def test_short_headlines_are_not_compared_unless_min_words_allows():
    source = "# Storm Hits Coast\n\n## Storm Hits Town\n"
    assert_no_problems(NEAR, source)
    assert matches(rule("near-duplicate", min_words=3), source) == ["Storm Hits Town"]
    # A third of the words at most: two changes in three words are too many.
    assert_no_problems(rule("near-duplicate", min_words=3), "# Storm Hits Coast\n\n## Storm Floods Town\n")


def test_limits_can_be_tightened():
    source = HEADLINE + "## Jihadist Group Vows to Drive US Forces from Iraq\n"
    assert_no_problems(rule("near-duplicate", max_changed_words=0), source)
    typo = HEADLINE + "## Jihadist Group Vows to Expell US Forces from Iraq\n"
    assert matches(rule("near-duplicate", max_changed_words=0), typo) == [
        "Jihadist Group Vows to Expell US Forces from Iraq"
    ]
    assert_no_problems(rule("near-duplicate", max_changed_words=0, max_distance=0), typo)


def test_near_duplicate_message_and_no_fix():
    yaml_rule = rule("near-duplicate", "Nearly {headline} ({line}) {where}")
    source = "---\ntitle: Storm Hits Coast Near Sydney\n---\n\n# Storm Hits the Coast Near Sydney\n"
    assert messages(yaml_rule, source) == [
        "Nearly Storm Hits Coast Near Sydney (2) nearly again (the headline is on line 2)"
    ]
    assert applicabilities(yaml_rule, source) == [None]


# --------------------------------------------------------------------------- duplicate subheadings


def test_a_repeated_subheading_is_reported_where_it_repeats():
    yaml_rule = rule("duplicate-subheading", "{match} {where}")
    source = "# Budget\n\n## Reaction\n\nText.\n\n## Schools\n\nText.\n\n### reaction!\n"
    assert_problems(yaml_rule, source, [(11, 5, 11, 14, "reaction!")])
    assert messages(yaml_rule, source) == ["reaction! again (first on line 3)"]


def test_subheadings_repeating_the_headline_are_left_to_the_duplicate_rule():
    assert_no_problems(SUBHEADING, "# Budget Passes\n\n## Budget passes\n\n## Budget Passes\n")


def test_three_uses_give_two_findings_and_distinct_subheadings_none():
    assert len(problems(SUBHEADING, "# B\n\n## Why\n\n## Why\n\n## Why\n")) == 2
    assert_no_problems(SUBHEADING, "# B\n\n## Reaction at Home\n\n## Reaction Abroad\n")


def test_repeated_short_lines_of_plain_text_are_subheadings_too():
    source = "Budget Passes\n\nText here.\n\nWhat Next\n\nMore text.\n\nWhat next\n"
    assert [p.line for p in problems(SUBHEADING, source, "text")] == [9]


# --------------------------------------------------------------------------- capitalization


def caps(style: str = "majority", **options) -> str:
    return rule("capitalization", "{word}|{expected}|{style}|{basis}", style=style, **options)


SEED_HEADINGS = [
    "Jihadist Group Vows to Expel US Forces from Iraq",
    "US Forces See Intensity of Attacks",
    "Keep Reading",
    "North Korea Hackers Steal Data on Laser Anti-Aircraft Weapons",
    "Corruption Plagues Ukraine Defense Ministry, More Funds",
    "US Know its Limits in Iraq",
    "Leave a Reply",
]


def markdown(*headings: str, body: str = "") -> str:
    first, *rest = headings
    return f"# {first}\n\n" + "".join(f"## {h}\n\n" for h in rest) + body


def test_seed_headings_by_majority_report_only_its():
    source = markdown(*SEED_HEADINGS)
    assert_problems(CAPS, source, [(11, 12, 11, 15, "its")])
    assert suggestions(CAPS, source) == [("Its",)]
    assert messages(caps(), source) == ["its|Its|title case|as most headings of this draft are"]
    assert "US Know Its Limits in Iraq" in fixed(CAPS, source)


def test_majority_tolerates_ap_and_chicago_prepositions_side_by_side():
    source = markdown("Group Vows to Expel US Forces from Iraq", "Talks With Iran Stall", "Life After Death")
    assert_no_problems(CAPS, source)


def test_title_ap_capitalises_long_prepositions_and_lowers_short_ones():
    assert matches(caps("title-ap"), markdown("Jihadist Group Vows to Expel US Forces from Iraq")) == ["from"]
    assert suggestions(caps("title-ap"), markdown("Vows to Expel US Forces from Iraq")) == [("From",)]
    assert_no_problems(caps("title-ap"), markdown("Talks With Iran Stall Over Sanctions"))
    assert suggestions(caps("title-ap"), markdown("Vows To Expel US Forces From Iraq")) == [("to",)]
    assert messages(caps("title-ap"), markdown("Forces from Iraq")) == ["from|From|AP title case|the house style"]


def test_title_chicago_lowers_every_preposition_but_leaves_particles():
    assert matches(caps("title-chicago"), markdown("Jihadist Group Vows to Expel US Forces From Iraq")) == ["From"]
    assert suggestions(caps("title-chicago"), markdown("Talks With Iran Stall")) == [("with",)]
    assert_no_problems(caps("title-chicago"), markdown("Jihadist Group Vows to Expel US Forces from Iraq"))
    assert_no_problems(caps("title-chicago"), markdown("Protesters Take Over the Square as Police Look On"))


def test_title_case_first_last_and_after_a_colon_or_dash_are_capitalised():
    assert matches(caps("title"), markdown("the Day of the Jackal Is for")) == ["the", "for"]
    assert matches(caps("title"), markdown("Iraq: the Next Step — a Guide")) == ["the", "a"]
    # The last word may be a number: "in" before it stays minor.
    assert_no_problems(caps("title"), markdown("eBay and iPhone Sales in the U.S. Rise 5% in 2023"))


def test_a_heading_opening_with_code_or_a_number_has_no_lower_case_first_word():
    assert_no_problems(caps("sentence"), "# `editlint` in CI\n")
    assert_no_problems(caps("sentence"), "# 5 things to know\n")
    assert matches(caps("title"), "# `editlint` in CI\n\n## 5 things to know\n") == ["things", "know"]


def test_title_case_capitalised_minor_words_that_cannot_be_particles_are_lowered():
    assert matches(caps("title"), markdown("The Day Of The Jackal")) == ["Of", "The"]
    assert_no_problems(caps("title"), markdown("How to Sign Up for Updates"))


def test_title_case_hyphenated_compounds():
    assert matches(caps("title"), markdown("Long-term Plan for Self-driving Cars")) == ["term", "driving"]
    assert fixed(caps("title"), markdown("Long-term Plan")) == markdown("Long-Term Plan")
    assert_no_problems(caps("title"), markdown("Tit-for-Tat Attacks on Anti-aircraft and Co-founder"))
    assert_no_problems(caps("title"), markdown("Anti-Aircraft Weapons Stolen"))
    assert matches(caps("title"), markdown("Attacks Continue Since mid-October")) == ["mid"]


def test_title_case_keeps_acronyms_inner_capitals_numbers_quotes_and_name_particles():
    assert_no_problems(caps("title"), markdown("Abu Ali al-Askari Warns of a New Phase"))
    assert_no_problems(caps("title"), markdown("Why Osama bin Laden and Vincent van Gogh Matter"))
    assert_no_problems(caps("title"), markdown('NATO and the US Weigh iPhone Ban as "we will win" Vow Grows'))
    assert_no_problems(caps("title"), markdown("Rock ’n’ Roll Is Back"))


def test_sentence_case_lowers_plain_common_words_only():
    source = markdown("Storm Hits Reading and Floods Roads on Monday", body="The storm hit Reading.\n")
    assert matches(caps("sentence", rewrite_from=0), source) == ["Hits", "Floods", "Roads"]
    assert_no_problems(caps("sentence"), markdown("Militia groups vow revenge on US forces"))


def test_sentence_case_keeps_names_quotes_acronyms_and_inner_capitals():
    for heading in (
        "Kataib Hezbollah warns Washington over Iraq",  # unknown word, dictionary names
        "Apple unveils new iPhone as “Big Tech” rivals wait",  # quotes and inner capitals
        "Drug squad asks the Police Ombudsman to investigate",  # a run of capitals is a name
        "Very few women head schools, says Department of Education",
        "Sri Lanka to lift ban on Tamil Tiger rebels",
        "The spectre of Osama bin Laden rises again",  # after a name particle
        "NATO and the US agree, and I agree too",
        "Israel’s conduct in Gaza angers militias",
    ):
        assert_no_problems(caps("sentence"), markdown(heading))


def test_sentence_case_keeps_a_capital_beside_a_name_unless_the_heading_is_plainly_title_case():
    # One capital beside a name may be part of it ("GitHub Actions", "Gold Coast")...
    assert_no_problems(caps("sentence"), markdown("Deploying with GitHub Actions"))
    # ...but with two or more title-case words the capitals say nothing about names.
    assert matches(caps("sentence", rewrite_from=0), markdown("Talks With Iran Stall")) == ["With", "Stall"]


def test_sentence_case_keeps_a_name_the_body_capitalises():
    source = markdown("Storm damages the Mall again", body="Shoppers said the Mall was closed.\n")
    assert_no_problems(caps("sentence"), source)
    assert matches(caps("sentence"), markdown("Storm damages the Mall again")) == ["Mall"]


def test_sentence_case_converts_a_title_case_heading_as_a_whole():
    source = markdown("Jihadist Group Vows to Expel US Forces from Iraq")
    assert suggestions(caps("sentence"), source) == [("Jihadist group vows to expel US forces from Iraq",)]
    assert fixed(caps("sentence"), source) == markdown("Jihadist group vows to expel US forces from Iraq")
    source = markdown("North Korea Hackers Steal Data on Laser Anti-Aircraft Weapons")
    assert suggestions(caps("sentence"), source) == [("North Korea hackers steal data on laser anti-aircraft weapons",)]


def test_sentence_case_accepts_either_case_after_a_colon():
    assert_no_problems(caps("sentence"), markdown("Budget passed: What happens next"))
    assert_no_problems(caps("sentence"), markdown("Budget passed: what happens next"))


def test_majority_sentence_case_flags_the_title_case_heading():
    source = markdown("Militia groups vow revenge", "Attacks have intensified", "Why The Militias Attack Now")
    assert messages(caps(), source) == [
        "Why The Militias Attack Now|Why the militias attack now|sentence case|as most headings of this draft are"
    ]


def test_majority_title_case_flags_the_sentence_case_heading_word_by_word_or_whole():
    source = markdown("Storm Hits the Coast", "Thousands Lose Power", "Roads closed")
    assert suggestions(CAPS, source) == [("Closed",)]
    source = markdown("Storm Hits the Coast", "Thousands Lose Power", "Roads closed by floods and wind")
    assert suggestions(CAPS, source) == [("Roads Closed by Floods and Wind",)]
    assert matches(caps(rewrite_from=0), source) == ["closed", "floods", "wind"]
    source = markdown("Storm Hits the Coast", "Thousands Lose Power", "Roads closed here")
    assert matches(caps(rewrite_from=2), source) == ["Roads closed here"]


def test_without_a_majority_only_the_first_word_is_checked():
    source = markdown("Storm Hits the Coast", "roads closed by floods")
    assert messages(caps(), source) == ["roads|Roads|every style|a heading starts with a capital"]


def test_a_first_word_whose_letter_has_no_capital_is_left_alone():
    # "º" and "ª" are lower-case letters with no capital form. Found by the
    # property tests: the "fix" gave the same text, so it never went away.
    assert_no_problems(CAPS, markdown("º"))
    assert_no_problems(caps("title"), markdown("ª Storm Hits the Coast"))
    assert_no_problems(CAPS, "º\n\nThe storm hit.\n", "text")
    assert matches(CAPS, markdown("ºne roads closed")) == []
    assert matches(CAPS, markdown("roads closed")) == ["roads"]


def test_a_single_headline_is_its_own_majority():
    assert matches(CAPS, markdown("US Know its Limits in Iraq")) == ["its"]
    assert_no_problems(CAPS, markdown("Militia groups vow revenge on US forces"))


def test_exceptions_and_vocabulary_keep_words_as_written():
    source = markdown("Storm Hits the Coast", "Thousands Lose Power", "Rates on hold")
    assert matches(caps(rewrite_from=0), source) == ["hold"]
    assert_no_problems(caps(exceptions="[hold]"), source)
    assert_no_problems(caps("sentence", vocabulary="[Hits]"), markdown("Storm Hits coast"))
    # Lower-case vocabulary words say nothing about capitals.
    assert matches(caps("sentence", vocabulary="[hits]"), markdown("Storm Hits coast")) == ["Hits"]


def test_markdown_lower_case_heading_is_checked_but_a_plain_text_stray_line_is_not():
    assert matches(CAPS, "# administrator\n") == ["administrator"]
    source = "Storm Hits the Coast\n\nThe storm hit.\n\nadministrator\n\nText.\n"
    assert_no_problems(CAPS, source, "text")


def test_capitalization_looks_at_headings_only_by_default():
    assert_no_problems(caps("title"), "# Storm Hits the Coast\n\nroads closed by floods\n")
    assert matches(caps("title", scope="subheading"), "# storm hits\n\n## Roads closed\n") == ["closed"]


# --------------------------------------------------------------------------- length


def test_a_long_headline_is_reported_as_a_whole_with_its_length():
    long = "Iraqi Militia Groups Angry About Israel's Conduct in Gaza Vow to Keep Attacking US Forces in Iraq Until They Leave"
    yaml_rule = rule("length", "{length} / {limit}")
    assert matches(yaml_rule, f"# {long}\n") == [long]
    assert messages(yaml_rule, f"# {long}\n") == [f"{len(long)} characters and 20 words / 100 characters and 16 words"]
    assert applicabilities(yaml_rule, f"# {long}\n") == [None]


def test_length_limits_are_options_and_subheadings_are_not_measured():
    yaml_rule = rule("length", "{length} / {limit}", max_chars=20, max_words=3)
    # 20 characters is not over 20; 4 words is over 3.
    assert messages(yaml_rule, "# Storm Hits the Coast\n\n## A Very Long Subheading Indeed Here\n") == [
        "4 words / 3 words"
    ]
    assert messages(yaml_rule, "# Storm Hits the Coasts\n") == ["21 characters and 4 words / 20 characters and 3 words"]
    assert_no_problems(rule("length", max_chars=20), "# Storm Hits Coast\n")
    assert messages(rule("length", "{length}", max_chars=10), "---\ntitle: Storm Hits the Coast\n---\n") == [
        "20 characters"
    ]


# --------------------------------------------------------------------------- final period


def test_a_closing_full_stop_is_reported_and_the_fix_deletes_it():
    yaml_rule = rule("final-period", "{heading}")
    assert_problems(yaml_rule, "# Storm Hits Coast.\n", [(1, 19, 1, 20, ".")])
    assert fixed(yaml_rule, "# Storm Hits Coast.\n") == "# Storm Hits Coast\n"
    assert messages(yaml_rule, "# Storm Hits Coast\n\n## Thousands without power.\n") == ["subheading"]
    assert messages(yaml_rule, "---\ntitle: Storm hits coast.\n---\n") == ["headline"]


def test_a_full_stop_inside_closing_quotes_is_reported():
    assert fixed(PERIOD, '# Minister Says "We Will Win."\n') == '# Minister Says "We Will Win"\n'


@pytest.mark.parametrize(
    "heading",
    [
        "Will the Storm Hit the Coast?",
        "Storm Hits!",
        "Talks With the U.S.",
        "Apple Buys Acme Inc.",
        "What Happens Next...",
        "What Happens Next…",
        "Storm Hits Coast",
    ],
)
def test_question_marks_abbreviations_and_ellipses_are_fine(heading):
    assert_no_problems(PERIOD, f"# {heading}\n")


def test_more_abbreviations_can_be_given_and_paragraphs_are_not_checked():
    assert matches(PERIOD, "# Deal Signed With Smith Bros.\n") == ["."]
    assert_no_problems(rule("final-period", abbreviations="[Bros.]"), "# Deal Signed With Smith Bros.\n")
    assert_no_problems(PERIOD, "# Storm\n\nThe storm hit the coast.\n")


# --------------------------------------------------------------------------- options


def test_check_is_required_and_checked_with_a_did_you_mean():
    assert 'option "check" is required' in str(rule_error("kind: headline\n"))
    error = str(rule_error(rule("duplicates")))
    assert "duplicate" in error and "did you mean" in error


def test_style_values_are_checked():
    error = str(rule_error(rule("capitalization", style="title-apa")))
    assert "title-ap" in error


@pytest.mark.parametrize(
    ("key", "value"),
    [("max_distance", -1), ("min_words", -2), ("rewrite_from", -1), ("max_chars", 0), ("max_words", 0)],
)
def test_numbers_out_of_range_are_errors(key, value):
    assert key in str(rule_error(rule("length", **{key: value})))


def test_unknown_message_field_is_an_error():
    assert "{headlines}" in str(rule_error(rule("duplicate", "{headlines}")))
