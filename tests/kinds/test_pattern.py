"""The pattern kind: a run of tokens, each described by a matcher, with the
parts of speech of the grammar tagger.

Each matcher feature has a case it matches and a case it does not; then
exceptions, suggestion templates, scopes, fix safety and option errors.
"""

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
    rule_error,
    suggestions,
)

from editlint.diagnostic import Applicability
from editlint.kinds.pattern import Pattern


def pattern(rule_yaml: str) -> Pattern:
    rule = make_rule("kind: pattern\n" + rule_yaml)
    assert isinstance(rule, Pattern)
    return rule


def error_message(rule_yaml: str) -> str:
    return rule_error("kind: pattern\n" + rule_yaml).message


# --------------------------------------------------------------------------- text


def test_a_bare_word():
    rule = pattern("tokens: [could, of]\n")
    assert_problems(rule, "He could of gone.", [(1, 4, 1, 12, "could of")])
    assert_no_problems(rule, "He could have gone. Of course he could.")


def test_text_one_word():
    rule = pattern("tokens: [{text: worth}, {text: to}]\n")
    assert matches(rule, "It is worth to see. It is worth seeing.") == ["worth to"]
    assert_no_problems(rule, "It is worthy to see. It is worth it to see.")


def test_text_a_list_of_words():
    rule = pattern("tokens: [{text: [could, should, would]}, of]\n")
    assert matches(rule, "could of, should of, would of, might of") == ["could of", "should of", "would of"]
    assert_no_problems(rule, "might of, must of, could have")


def test_text_ignores_case_by_default():
    rule = pattern("tokens: [could, of]\n")
    assert matches(rule, "Could of. COULD OF.") == ["Could of", "COULD OF"]


def test_text_with_ignorecase_false():
    rule = pattern("tokens: [{text: [US]}, {text: official}]\nignorecase: false\n")
    assert matches(rule, "a US official, a us official, a Us official") == ["US official"]


def test_text_matches_a_curly_apostrophe_as_straight():
    rule = pattern('tokens: [{text: ["it\'s"]}, own]\n')
    assert matches(rule, "it's own; it’s own; its own") == ["it's own", "it’s own"]


def test_text_written_with_a_curly_apostrophe():
    rule = pattern('tokens: [{text: ["it’s"]}, own]\n')
    assert matches(rule, "it's own; it’s own") == ["it's own", "it’s own"]


# --------------------------------------------------------------------------- regex


def test_a_regex_between_slashes_matches_the_whole_token():
    rule = pattern("tokens: ['/could|should/', of]\n")
    assert matches(rule, "could of, should of, couldn't of") == ["could of", "should of"]
    assert_no_problems(rule, "would of, coulda of")


def test_regex_key():
    rule = pattern("tokens: [{regex: '\\w+ly'}, {text: unique}]\n")
    assert matches(rule, "a truly unique, a very unique, a fly unique") == ["truly unique", "fly unique"]
    assert_no_problems(rule, "a lyric unique, a most unique")


def test_regex_ignores_case_unless_told():
    assert matches(pattern("tokens: [{regex: 'us'}]\n"), "US and us") == ["US", "us"]
    assert matches(pattern("tokens: [{regex: 'us'}]\nignorecase: false\n"), "US and us") == ["us"]


# --------------------------------------------------------------------------- lemma


def test_lemma_matches_every_form():
    rule = pattern("tokens: [{lemma: be}, {text: suppose}]\n")
    assert matches(rule, "It is suppose; they were suppose; he has been suppose; Was suppose") == [
        "is suppose",
        "were suppose",
        "been suppose",
        "Was suppose",
    ]
    assert_no_problems(rule, "They seem suppose; a bee suppose.")


def test_lemma_list():
    rule = pattern("tokens: [{lemma: [flee, leave]}]\n")
    assert matches(rule, "He fled; she leaves; they left; we stay; it fleeced.") == ["fled", "leaves", "left"]


def test_a_word_matches_its_own_lemma():
    # A word the lexicon lacks is its own lemma.
    assert matches(pattern("tokens: [{lemma: zorblax}]\n"), "The zorblax ran; a zorblaxes ran.") == ["zorblax"]


# --------------------------------------------------------------------------- tag


def test_tag():
    rule = pattern("tokens: [{tag: VBZ}]\n")
    assert matches(rule, "until the last soldier flees, leaves the country") == ["flees", "leaves"]
    assert_no_problems(rule, "The soldiers flee. He fled.")


def test_tag_list():
    rule = pattern("tokens: [{tag: [VBD, VBN]}]\n")
    assert matches(rule, "He fled and had left; he flees.") == ["fled", "had", "left"]
    assert_no_problems(rule, "He flees and leaves.")


def test_tag_regex():
    rule = pattern("tokens: [{tag: '/NNP?S/'}]\n")
    assert matches(rule, "Two MPs and the soldiers met Smith.") == ["MPs", "soldiers"]
    assert_no_problems(rule, "The soldier met Smith.")


def test_tag_regex_matches_the_whole_tag():
    rule = pattern("tokens: [{tag: '/NN/'}]\n")
    assert matches(rule, "The soldiers met the soldier.") == ["soldier"]


def test_tag_uses_heading_mode_in_a_heading():
    # "Know" in a title-case heading is the verb "know".
    rule = pattern("tokens: [{tag: NNP}, {tag: [VB, VBP], mark: true}]\n")
    assert_problems(rule, "# US Know its Limits in Iraq\n", [(1, 6, 1, 10, "Know")])
    assert_no_problems(rule, "# US Knows its Limits in Iraq\n")


# --------------------------------------------------------------------------- can


def test_can_is_any_tag_the_lexicon_allows():
    # "leaves" is tagged NNS here, but it can be VBZ.
    rule = pattern("tokens: [{tag: NNS, can: VBZ}]\n")
    assert matches(rule, "He saw the leaves fall and the children play.") == ["leaves"]


def test_can_does_not_match_a_tag_the_word_never_has():
    rule = pattern("tokens: [{can: [VBZ]}]\n")
    assert matches(rule, "The tree flees.") == ["flees"]
    assert_no_problems(rule, "The children and the mice.")


def test_can_looks_up_the_lower_case_form_too():
    assert matches(pattern("tokens: [{can: VBD}]\n"), "Fled, he did.") == ["Fled", "did"]


# --------------------------------------------------------------------------- kind


@pytest.mark.parametrize(
    ("kind", "source", "expected"),
    [
        ("number", "at 10 am, at noon, at $5", ["at 10", "at $5"]),
        ("word", "at 10 am, at noon", ["at noon"]),
        ("punct", "at, at noon", ["at,"]),
        ("acronym", "at U.S. bases, at US bases", ["at U.S."]),
    ],
)
def test_kind(kind, source, expected):
    assert matches(pattern(f"tokens: [at, {{kind: {kind}}}]\n"), source) == expected


def test_a_comma_after_a_number_is_punctuation():
    rule = pattern("tokens: [{kind: number}, ',']\n")
    assert matches(rule, "In 2023, prices rose; 1,000, they said.") == ["2023,", "1,000,"]


# --------------------------------------------------------------------------- case


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("lower", ["the", "soldier", "met"]),
        ("upper", ["US", "NATO", "A"]),
        ("title", ["Iraq", "A"]),
        ("capitalized", ["US", "NATO", "Iraq", "McDonald", "A"]),
    ],
)
def test_case(case, expected):
    rule = pattern(f"tokens: [{{kind: word, case: {case}}}]\n")
    assert matches(rule, "US NATO Iraq McDonald the soldier met A") == expected


def test_case_does_not_depend_on_ignorecase():
    rule = pattern("tokens: [{text: us, case: upper}]\n")
    assert matches(rule, "us, Us, US") == ["US"]


# --------------------------------------------------------------------------- sound


def test_sound_vowel():
    rule = pattern("tokens: [a, {sound: vowel}]\n")
    assert matches(rule, "a hour, a FBI agent, a apple, a 18-year-old") == ["a hour", "a FBI", "a apple", "a 18"]
    assert_no_problems(rule, "a university, a one-time deal, a US official, a house, a 10-year-old")


def test_sound_consonant():
    rule = pattern("tokens: [an, {sound: consonant}]\n")
    assert matches(rule, "an university, an US base, an one-off, an house") == [
        "an university",
        "an US",
        "an one-off",
        "an house",
    ]
    assert_no_problems(rule, "an hour, an MP, an FBI agent, an apple, an 11-year-old")


def test_sound_of_a_symbol_matches_neither():
    vowel = pattern("tokens: [a, {sound: vowel}]\n")
    consonant = pattern("tokens: [a, {sound: consonant}]\n")
    assert_no_problems(vowel, "a ... b")
    assert_no_problems(consonant, "a ... b")


# --------------------------------------------------------------------------- start


def test_start_is_the_first_token_of_a_sentence():
    rule = pattern("tokens: [{text: know, start: true}]\n")
    assert matches(rule, "Know this. They know. He left. Know that.") == ["Know", "Know"]
    assert_no_problems(rule, "They know. We all know.")


def test_start_allows_punctuation_before():
    rule = pattern("tokens: [{text: know, start: true}]\n")
    assert matches(rule, "“Know this,” he said.") == ["Know"]
    assert_no_problems(rule, "He said: “Know this.”")


def test_start_with_scope_text_is_still_a_sentence_start():
    rule = pattern("tokens: [{text: know, start: true}]\nscope: text\n")
    assert matches(rule, "Know this. They know. He left. Know that.") == ["Know", "Know"]


def test_sole_verb_is_the_only_finite_verb_of_a_full_sentence():
    rule = pattern("tokens: [{text: [run, runs], sole_verb: true}]\n")
    assert matches(rule, "The festival runs through March. The festival runs and it rains.") == ["runs"]
    # a verb of saying after a comma and a verb of an aside are not the sentence's main verbs
    assert matches(rule, "The festival runs through March, organisers said.") == ["runs"]
    assert matches(rule, "The festival, which attracts thousands, runs through March.") == ["runs"]
    # a headline may have no verb: only a sentence with a full stop counts
    assert_no_problems(rule, "# Festival runs through March\n")
    other = pattern("tokens: [{text: [run, runs], sole_verb: false}]\n")
    assert matches(other, "The festival runs through March. The festival runs and it rains.") == ["runs"]


# --------------------------------------------------------------------------- not and except


def test_not():
    rule = pattern("tokens: [could, of, {text: course, not: true}]\n")
    assert matches(rule, "could of won, could of course") == ["could of won"]


def test_not_with_a_tag():
    rule = pattern("tokens: [the, {tag: NN, not: true}]\n")
    assert matches(rule, "the soldier, the soldiers, the big") == ["the soldiers", "the big"]


def test_except():
    rule = pattern("tokens: [less, {tag: NNS, except: {text: [years, dollars]}}]\n")
    assert matches(rule, "less people, less years, less dollars, less cars") == ["less people", "less cars"]


def test_except_takes_any_matcher():
    rule = pattern("tokens: [{tag: VBZ, except: {lemma: say}}]\n")
    assert matches(rule, "He flees and says so and said so.") == ["flees"]
    assert_no_problems(rule, "He says so.")


def test_except_with_a_list_excepts_a_token_any_of_its_matchers_matches():
    # One mapping's keys must all hold; a list of matchers excepts what any
    # one of them matches ("can be a plural noun, or is one of these words").
    both = pattern("tokens: [less, {tag: NNS, except: {text: [years, people], regex: 'y.*'}}]\n")
    either = pattern("tokens: [less, {tag: NNS, except: [{text: [people]}, {regex: 'y.*'}]}]\n")
    text = "less people, less years, less cars"
    assert matches(both, text) == ["less people", "less cars"]
    assert matches(either, text) == ["less cars"]


def test_not_and_except_together():
    # not inverts the whole mapping, except included: anything but (a VBZ
    # other than "says").
    rule = pattern("tokens: [he, {tag: VBZ, except: {text: says}, not: true}]\n")
    assert matches(rule, "he flees, he says, he fled") == ["he says", "he fled"]


# --------------------------------------------------------------------------- optional, skip, mark


def test_optional():
    rule = pattern("tokens: [a, {tag: JJ, optional: true}, {text: hour}]\n")
    assert matches(rule, "a hour, a long hour, a long dark hour") == ["a hour", "a long hour"]


def test_optional_first_and_last():
    rule = pattern("tokens: [{text: not, optional: true}, worth, {text: it, optional: true}]\n")
    assert matches(rule, "not worth it; worth it; not worth; worth") == [
        "not worth it",
        "worth it",
        "not worth",
        "worth",
    ]


def test_skip():
    rule = pattern("tokens: [not, {text: worth, skip: 2}]\n")
    assert matches(rule, "not worth; not really worth; not at all worth") == [
        "not worth",
        "not really worth",
        "not at all worth",
    ]
    assert_no_problems(rule, "not at all that worth")


def test_skip_zero_is_side_by_side():
    rule = pattern("tokens: [not, {text: worth, skip: 0}]\n")
    assert matches(rule, "not worth; not really worth") == ["not worth"]


def test_mark_reports_only_the_marked_tokens():
    rule = pattern("tokens: [{tag: NNP}, {tag: [VBP, VB], mark: true}]\n")
    assert_problems(rule, "Mr Karzai say so.", [(1, 11, 1, 14, "say")])


def test_without_mark_the_whole_match_is_reported():
    rule = pattern("tokens: [{tag: NNP}, {tag: [VBP, VB]}]\n")
    assert_problems(rule, "Mr Karzai say so.", [(1, 4, 1, 14, "Karzai say")])


def test_marked_tokens_span_what_lies_between():
    rule = pattern("tokens: [{text: flees, mark: true}, ',', {text: leaves, mark: true}, the]\n")
    assert_problems(rule, "He flees, leaves the town.", [(1, 4, 1, 17, "flees, leaves")])


# --------------------------------------------------------------------------- exceptions


AGREEMENT = """
tokens: [{tag: NN}, {tag: [VBP, VB], can: VBP, mark: true}]
exceptions:
  - [{lemma: [let, do]}, {skip: 3, tag: NN}, {tag: [VBP, VB]}]
suggest: ['{2:VBZ}']
"""


def test_an_exception_drops_a_match_it_covers():
    rule = pattern(AGREEMENT)
    assert matches(rule, "The soldier know the risks.") == ["know"]
    assert_no_problems(rule, "Let the soldier know the risks.")
    assert_no_problems(rule, "Does the soldier know the risks?")


def test_an_exception_elsewhere_in_the_sentence_does_not_drop_a_match():
    rule = pattern(AGREEMENT)
    # "Let him" matches the exception's first matcher, but the exception
    # cannot reach "know": the match stands.
    assert matches(rule, "Let him go, for the soldier know the risks.") == ["know"]


def test_an_exception_must_cover_the_reported_tokens():
    # The exception "of course" covers "of" but not "could": a report of
    # "could of" stands; a report of "of" alone is dropped.
    whole = pattern("tokens: [could, of]\nexceptions: [[of, course]]\n")
    marked = pattern("tokens: [could, {text: of, mark: true}]\nexceptions: [[of, course]]\n")
    assert matches(whole, "He could of course go.") == ["could of"]
    assert_no_problems(marked, "He could of course go.")
    assert matches(marked, "He could of gone.") == ["of"]


def test_an_exception_with_bare_words_and_regexes():
    rule = pattern("tokens: [{text: a}, {sound: vowel}]\nexceptions: [['/vitamin|plan/', a]]\n")
    assert matches(rule, "Take vitamin A daily; it is a idea.") == ["a idea"]


# --------------------------------------------------------------------------- suggestions


def test_suggest_zero_is_the_reported_text():
    rule = pattern("tokens: [{text: the, mark: true}, {text: a, mark: true}, house]\nsuggest: ['[{0}]']\n")
    assert suggestions(rule, "He bought the a house.") == [("[the a]",)]


def test_suggest_numbers_are_each_matchers_text():
    rule = pattern("tokens: ['/could|should/', of]\nsuggest: ['{1} have', '{2}']\n")
    assert suggestions(rule, "He should of gone.") == [("should have", "of")]
    assert fixed(rule, "He should of gone.") == "He should have gone."


def test_suggest_inflects_to_vbz():
    rule = pattern(AGREEMENT)
    assert suggestions(rule, "The soldier know the risks.") == [("knows",)]
    assert fixed(rule, "The soldier know the risks.") == "The soldier knows the risks."


def test_suggest_inflects_to_vbg():
    rule = pattern("tokens: [worth, to, {tag: [VB, VBP]}]\nsuggest: ['worth {3:VBG}']\n")
    assert suggestions(rule, "It is not worth to engage the militias.") == [("worth engaging",)]
    assert fixed(rule, "The film is worth to see.") == "The film is worth seeing."


def test_suggest_inflects_a_contraction():
    rule = pattern("tokens: [he, {text: \"don't\", mark: true}]\nsuggest: ['{2:VBZ}']\n")
    assert suggestions(rule, "He don't agree.") == [("doesn't",)]


def test_suggest_inflects_a_contraction_with_a_curly_apostrophe():
    rule = pattern("tokens: [he, {text: \"don't\", mark: true}]\nsuggest: ['{2:VBZ}']\n")
    assert suggestions(rule, "He don’t agree.") in ([("doesn’t",)], [("doesn't",)])


def test_a_template_whose_word_cannot_be_inflected_is_left_out():
    rule = pattern("tokens: [worth, to, {kind: word}]\nsuggest: ['worth {3:VBG}', 'worth it']\n")
    assert suggestions(rule, "It is worth to engage.") == [("worth engaging", "worth it")]
    assert suggestions(rule, "It is worth to zorblax.") == [("worth it",)]


def test_with_no_template_left_the_match_is_not_reported():
    # A word the inflection table lacks ("I've", the name "Ai") is no verb
    # form the rule understands: reporting it gave 'takes "", not "Ai"'.
    rule = pattern("tokens: [worth, to, {kind: word}]\nsuggest: ['worth {3:VBG}']\n")
    assert suggestions(rule, "It is worth to zorblax.") == []
    assert suggestions(rule, "It is worth to engage.") == [("worth engaging",)]


def test_suggestions_are_not_repeated():
    rule = pattern("tokens: [could, of]\nsuggest: ['could have', '{1} have']\n")
    assert suggestions(rule, "could of") == [("could have",)]


def test_a_lower_case_suggestion_takes_the_case_of_the_match():
    rule = pattern("tokens: [could, of]\nsuggest: ['could have']\n")
    assert suggestions(rule, "Could of. COULD OF. could of.") == [("Could have",), ("COULD HAVE",), ("could have",)]
    rule = pattern("tokens: [could, of]\nsuggest: ['{1} have']\n")
    assert suggestions(rule, "Could of. could of.") == [("Could have",), ("could have",)]
    rule = pattern("tokens: [worth, to, {tag: [VB, VBP]}]\nsuggest: ['worth {3:VBG}']\n")
    assert fixed(rule, "Worth to see, it is.") == "Worth seeing, it is."


def test_inflection_keeps_the_capital_of_the_word():
    rule = pattern("tokens: [{tag: NNP}, {tag: [VB, VBP], mark: true}]\nsuggest: ['{2:VBZ}']\n")
    assert suggestions(rule, "# US Know its Limits in Iraq\n") == [("Knows",)]


@pytest.mark.parametrize(
    ("rule_yaml", "source", "expected"),
    [
        ("tokens: [a, {sound: vowel}]\nsuggest: ['an {2}']\n", "A FBI agent was hired.", "An FBI"),
        ("tokens: [an, {sound: consonant}]\nsuggest: ['a {2}']\n", "An US official came.", "A US"),
        ("tokens: [could, of]\nsuggest: ['{1} have']\n", "THEY COULD OF WON.", "COULD HAVE"),
    ],
)
def test_a_suggestion_with_capitals_keeps_the_case_of_the_match(rule_yaml, source, expected):
    assert suggestions(pattern(rule_yaml), source) == [(expected,)]


def test_double_spaces_from_absent_optional_tokens_are_closed_up():
    rule = pattern("tokens: [could, {text: [really, just], optional: true}, of]\nsuggest: ['{1} {2} have']\n")
    assert suggestions(rule, "could of; could really of") == [("could have",), ("could really have",)]
    assert fixed(rule, "They could of won.") == "They could have won."


def test_an_absent_optional_token_leaves_no_leading_space():
    rule = pattern("tokens: [{text: not, optional: true}, to, engage]\nsuggest: ['{1} {3:VBG}']\n")
    assert suggestions(rule, "They want to engage.") == [("engaging",)]


def test_message_fields():
    rule = pattern("tokens: [could, of]\nsuggest: ['{1} have']\nmessage: '\"{match}\": write \"{suggestion}\"'\n")
    assert messages(rule, "He could of won.") == ['"could of": write "could have"']


# --------------------------------------------------------------------------- scope


def test_the_default_scope_is_each_sentence():
    rule = pattern("tokens: [left, '.', he]\n")
    assert_no_problems(rule, "He left. He came back.")


def test_scope_text_matches_across_a_full_stop():
    rule = pattern("tokens: [left, '.', he]\nscope: text\n")
    assert_problems(rule, "He left. He came back.", [(1, 4, 1, 12, "left. He")])


def test_tags_are_the_same_in_either_scope():
    by_sentence = pattern("tokens: [{tag: VBZ}]\n")
    by_block = pattern("tokens: [{tag: VBZ}]\nscope: text\n")
    source = "The soldier flees. He leaves, and she knows."
    assert matches(by_sentence, source) == matches(by_block, source) == ["flees", "leaves", "knows"]


def test_positions_in_a_later_sentence_and_line():
    rule = pattern("tokens: [could, of]\n")
    assert_problems(rule, "It ended.\nHe could of gone.\n", [(2, 4, 2, 12, "could of")])


# --------------------------------------------------------------------------- fix safety


def test_fixes_are_unsafe_by_default():
    rule = pattern("tokens: [could, of]\nsuggest: ['{1} have']\n")
    assert applicabilities(rule, "could of") == [Applicability.UNSAFE]


def test_fix_safe_can_be_asked_for():
    rule = pattern("tokens: [could, of]\nsuggest: ['{1} have']\nfix: safe\n")
    assert applicabilities(rule, "could of") == [Applicability.SAFE]
    assert fixed(rule, "could of", applicability=Applicability.SAFE) == "could have"


def test_no_suggestion_no_fix():
    assert applicabilities(pattern("tokens: [could, of]\n"), "could of") == [None]


# --------------------------------------------------------------------------- option errors


MATCHER_KEYS = (
    "text, regex, lemma, tag, can, kind, case, sound, start, subject, aside, sole_verb, not, except, optional, skip, "
    "mark"
)


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("tokens: [{txt: of}]", f'unknown matcher key "txt" (did you mean "text"?) (use {MATCHER_KEYS})'),
        ("tokens: [{text: of, tags: NN}]", f'unknown matcher key "tags" (did you mean "tag"?) (use {MATCHER_KEYS})'),
        ("tokens: [{lemmma: be}]", f'unknown matcher key "lemmma" (did you mean "lemma"?) (use {MATCHER_KEYS})'),
        (
            "tokens: [a]\nexceptions: [[{tg: NN}]]",
            f'unknown matcher key "tg" (did you mean "tag"?) (use {MATCHER_KEYS})',
        ),
        (
            "tokens: [{except: {sond: vowel}}]",
            f'unknown matcher key "sond" (did you mean "sound"?) (use {MATCHER_KEYS})',
        ),
        ("tokens: [{tag: 5}]", "a matcher's tag is a tag, a list of tags or a /regex/"),
        ("tokens: [{tag: [NN, 5]}]", "a matcher's tag is a tag, a list of tags or a /regex/"),
        ("tokens: [{tag: {NN: VB}}]", "a matcher's tag is a tag, a list of tags or a /regex/"),
        ("tokens: [{can: 5}]", "a matcher's can is a word or a list of words"),
        ("tokens: [{lemma: [be, 5]}]", "a matcher's lemma is a word or a list of words"),
        ("tokens: [{case: mixed}]", "a matcher's case is one of lower, upper, title, capitalized, not 'mixed'"),
        ("tokens: [{case: Upper}]", "a matcher's case is one of lower, upper, title, capitalized, not 'Upper'"),
        ("tokens: [{sound: loud}]", "a matcher's sound is vowel or consonant, not 'loud'"),
        ("tokens: [{start: 'yes'}]", "a matcher's start must be true or false"),
        ("tokens: [{sole_verb: 1}]", "a matcher's sole_verb must be true or false"),
        ("tokens: [a, {skip: -1}]", "a matcher's skip is a whole number of tokens (0 or more)"),
        ("tokens: [a, {skip: two}]", "a matcher's skip is a whole number of tokens (0 or more)"),
        ("tokens: [a, {skip: true}]", "a matcher's skip is a whole number of tokens (0 or more)"),
        ("tokens: [a, {skip: 1.5}]", "a matcher's skip is a whole number of tokens (0 or more)"),
        ("tokens: [a, b]\nsuggest: ['{3}']", 'suggest "{3}" uses {3}; use {0} to {2}'),
        ("tokens: [a, b]\nsuggest: ['an {3:VBZ}']", 'suggest "an {3:VBZ}" uses {3}; use {0} to {2}'),
        ("tokens: [a, b]\nsuggest: ['{1']", 'suggest "{1": write {N} or {N:TAG}, like {3:VBG}'),
        ("tokens: [a, b]\nsuggest: ['{1:vbg}']", 'suggest "{1:vbg}": write {N} or {N:TAG}, like {3:VBG}'),
        ("tokens: [a, b]\nsuggest: ['{word}']", 'suggest "{word}": write {N} or {N:TAG}, like {3:VBG}'),
        ("tokens: [a, b]\nsuggest: ['}{1}']", 'suggest "}{1}": write {N} or {N:TAG}, like {3:VBG}'),
        ("tokens: []", "a pattern rule needs a list of token matchers"),
        ("tokens: [{text: a, optional: true}]", "a pattern needs at least one matcher that is not optional"),
        ("tokens: [a]\nexceptions: [a]", "an exception is a list of token matchers"),
        ("tokens: [a]\nexceptions: [[]]", "an exception is a list of token matchers"),
        ("tokens: [5]", "a token matcher is a word, a /regex/ or a mapping, not 5"),
    ],
)
def test_option_errors(snippet, message):
    assert error_message(snippet + "\n") == f"rule test.rule: {message}"


@pytest.mark.parametrize("snippet", ["tokens: [{tag: '/(/'}]", "tokens: [{regex: '[a'}]", "tokens: ['/(/']"])
def test_a_bad_regex_is_a_rule_error(snippet):
    assert error_message(snippet + "\n").startswith('rule test.rule: invalid regex "')


def test_a_misspelt_option_has_a_did_you_mean():
    message = error_message("tokens: [a]\nsugest: [b]\n")
    assert "sugest" in message and '"suggest"' in message


def test_sequence_is_the_same_kind():
    rule = make_rule("kind: sequence\ntokens: [{tag: NNP}, {tag: [VB, VBP], mark: true}]\nsuggest: ['{2:VBZ}']\n")
    assert isinstance(rule, Pattern)
    assert suggestions(rule, "Mr Karzai say so.") == [("says",)]


# --------------------------------------------------------------------------- one rule, many drafts


def test_a_sentence_met_again_is_reported_where_it_now_stands():
    # A rule keeps what it found in a sentence for the next draft with the
    # same sentence: the finding must move with the sentence, and follow
    # what kind of block holds it.
    rule = pattern("tokens: [could, of]\nsuggest: ['could have']\n")
    sentence = "They could of won."
    assert_problems(rule, f"{sentence}\n", [(1, 6, 1, 14, "could of")])
    assert_problems(rule, f"Before that, rain.\n\nAnd more. {sentence}\n", [(3, 16, 3, 24, "could of")])
    assert fixed(rule, f"# Heading\n\n> {sentence}\n") == "# Heading\n\n> They could have won.\n"
    assert messages(rule, f"Ten. {sentence}\n") == ["could of"]


def test_the_same_text_as_a_heading_and_as_a_sentence_is_tagged_for_each():
    rule = pattern("tokens: [{tag: NNS}]\n")
    # A heading is tagged as a heading (every word capitalised says nothing),
    # so the same words may be read differently there: each gets its own.
    text = "Police Probes Crash"
    assert matches(rule, f"# {text}\n") == ["Probes"]
    assert matches(rule, f"Intro.\n\n{text}\n") == []
    assert matches(rule, f"# {text}\n\n{text}\n") == ["Probes"]
    assert matches(rule, f"{text}\n\n# {text}\n") == ["Probes"]


def test_quotes_false_leaves_quoted_words_alone():
    rule = "kind: pattern\ntokens: [{tag: NNS}, ',', and]\nquotes: false\n"
    source = "We ate apples, and left. “We ate pears, and left,” she said.\n"
    assert matches(rule, source) == ["apples, and"]
