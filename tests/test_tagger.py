"""The grammar layer under the pattern rules: the part-of-speech tagger
(``editlint.grammar.tagger``), the lexicon and inflection tables it reads
(``editlint.grammar.lexicon``), and the vowel/consonant sound of a word for
"a" and "an" (``editlint.grammar.sound``).

Tagger tests go through the parser, as the rules do: a draft is parsed, each
sentence of each block is tagged, and headings (the headline and every other
heading) are tagged in heading mode. They check the tags of the key words,
not whole-sentence snapshots, except for short sentences.
"""

from __future__ import annotations

import struct

import pytest

from editlint.document import BlockKind
from editlint.grammar import guesses, lexicon, tagger
from editlint.grammar.lexicon import TAGS, entry, inflect, inflections
from editlint.grammar.sound import starts_with_vowel_sound
from editlint.grammar.tagger import tag
from editlint.parsing import parse

# --------------------------------------------------------------------------- helpers


def tagged(source: str, fmt: str = "markdown") -> list[tuple[str, str, str]]:
    """(word, tag, block kind) for every token of the draft, sentence by
    sentence, headings tagged as headings (as the pattern kind does)."""
    document = parse("<test>", source, fmt)
    result = []
    for block in document.blocks:
        heading = block.kind in (BlockKind.HEADLINE, BlockKind.HEADING)
        for sentence in block.sentences:
            tokens = sentence.tokens
            tags = tag(tokens, heading)
            assert len(tags) == len(tokens)
            result.extend((t.text, g, block.kind.value) for t, g in zip(tokens, tags, strict=True))
    return result


def tags_of(source: str, fmt: str = "markdown") -> list[tuple[str, str]]:
    return [(word, t) for word, t, _ in tagged(source, fmt)]


def tag_of(source: str, word: str, fmt: str = "markdown", nth: int = 0) -> str:
    """The tag of the ``nth`` token spelt ``word`` (fails if there is none)."""
    found = [t for w, t in tags_of(source, fmt) if w == word]
    assert len(found) > nth, f"{word!r} is not a token of {source!r}: {tags_of(source, fmt)}"
    return found[nth]


# --------------------------------------------------------------------------- the tagger: verbs


def test_two_verbs_joined_by_a_comma_are_both_vbz():
    assert tags_of("until the last soldier flees, leaves the country") == [
        ("until", "IN"),
        ("the", "DT"),
        ("last", "JJ"),
        ("soldier", "NN"),
        ("flees", "VBZ"),
        (",", ","),
        ("leaves", "VBZ"),
        ("the", "DT"),
        ("country", "NN"),
    ]


def test_leaves_can_still_be_a_plural_noun():
    # The lexicon gives "leaves" NNS and VBZ: context decides.
    assert tag_of("He saw the leaves fall.", "leaves") == "NNS"
    assert tag_of("The soldier leaves today.", "leaves") == "VBZ"
    assert tag_of("until the last soldier flees, leaves the country", "leaves") == "VBZ"


def test_leaves_after_a_sentence_initial_the_is_a_noun():
    assert tag_of("The leaves fell in autumn.", "leaves") == "NNS"


@pytest.mark.parametrize(
    "sentence",
    [
        "The soldier know the risks",
        "The soldier know the risks.",
        "Officials say the last soldier know the risks.",
    ],
)
def test_a_word_known_only_as_a_verb_stays_a_verb(sentence):
    # "know" is VB/VBP in the inflection table: never a noun or an -ing form,
    # whatever the context rules would make of it after a noun.
    assert entry("know").tags == {"VB", "VBP"}
    assert tag_of(sentence, "know") in ("VB", "VBP")


def test_plural_subject_and_verb():
    assert tags_of("The soldiers know the risks.") == [
        ("The", "DT"),
        ("soldiers", "NNS"),
        ("know", "VBP"),
        ("the", "DT"),
        ("risks", "NNS"),
        (".", "."),
    ]


def test_a_word_with_only_one_form_takes_it():
    # "flees" has only VBZ, even where a plural noun would fit.
    assert entry("flees").tags == {"VBZ"}
    assert tag_of("The flees were many.", "flees") == "VBZ"


def test_a_possessive_is_never_a_verb():
    # A context rule made "everybody's" VBG after "think".
    assert tag_of("I think everybody's sympathies are with the family.", "everybody's") == "NN"


def test_a_plural_the_inflection_table_lacks_is_no_verb():
    # Brill's lexicon knows "attendees" only as a plural noun, the
    # inflection table not at all; a context rule made it VBZ after a comma.
    assert entry("attendees").tags == {"NNS"} and not entry("attendees").lemmas
    assert tag_of("Due to the virus, attendees to the events were told to wait.", "attendees") == "NNS"
    assert entry("everybody").tags == {"NN"} and not entry("everybody").lemmas
    assert tag_of("I think everybody knows his name.", "everybody") == "NN"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Workers at the factory fears for their jobs.", "fears", "VBZ"),
        ("Residents near the river fears flooding.", "fears", "VBZ"),
        ("The money from the sale go to charity.", "go", "VBP"),
        ("Workers at the factory fears for their jobs, union officials said.", "fears", "VBZ"),
        ("He said workers at the factory fears for their jobs.", "fears", "VBZ"),
        ("Officials said that the money from the sale go to charity.", "go", "VBP"),
    ],
)
def test_a_sentence_without_a_verb_gets_one_after_the_subjects_phrase(sentence, word, expected):
    # Brill's rules read a verb after a noun as the second half of a
    # compound ("factory fears"), leaving the sentence with no verb at all.
    assert tag_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Photo: Workers at the factory gates on Monday.", "gates", "NNS"),  # a label and a caption
        ("Sales figures for the quarter.", "figures", "NNS"),  # no phrase before the word
        ("Workers at the factory gates were angry.", "gates", "NNS"),  # the sentence has its verb
        ("Workers at the factory gates on Monday, police said, were arrested.", "gates", "NNS"),
        ("He announced de Graaf as his running mate this past April.", "mate", "NN"),  # an object, no clause
    ],
)
def test_a_verbless_caption_or_a_sentence_with_a_verb_keeps_its_nouns(sentence, word, expected):
    assert tag_of(sentence, word) == expected


def test_a_noun_after_who_before_an_object_is_a_verb():
    assert tag_of("The men who shot the officer were arrested.", "shot") == "VBD"
    assert tag_of("The farmer who own the land was fined.", "own") == "VBP"  # not the adjective
    # not after a preposition: "which" is a determiner there
    assert tag_of("In which case the police fire on the crowd.", "case") == "NN"


def test_after_a_phrase_that_opens_the_sentence_comes_a_subject():
    # Brill's rules read "shares" after a comma as a verb.
    assert tag_of("On Monday, shares in the company has fallen.", "shares") == "NNS"
    assert tag_of("Shares in the company has fallen.", "Shares") == "NNS"
    assert tag_of("On Monday, he shares in the profits.", "shares") == "VBZ"


def test_a_plural_before_its_relative_clause_is_a_noun():
    assert tag_of("It reads archives in old encodings, files that are not drafts.", "files") == "NNS"
    assert tag_of("He claims that prices rise.", "claims") == "VBZ"  # a verb before "that"


def test_a_noun_after_that_before_a_preposition_is_a_verb_unless_that_opens_a_clause_of_a_noun():
    assert tag_of("It is an act that conflict with the traditions.", "conflict") == "VBP"
    assert tag_of("It was the news that work on the bridge would start.", "work") == "NN"


def test_a_noun_after_who_before_a_verb_of_saying_is_its_subject():
    assert tag_of("The man who police say shot the officer was arrested.", "police") in ("NN", "NNS")


# --------------------------------------------------------------------------- initialisms


def test_us_is_a_proper_noun_not_the_pronoun():
    assert entry("US").tag == "PRP"  # the lexicon alone would make it "us"
    assert tags_of("The US told us the news.") == [
        ("The", "DT"),
        ("US", "NNP"),
        ("told", "VBD"),
        ("us", "PRP"),
        ("the", "DT"),
        ("news", "NN"),
        (".", "."),
    ]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Two MPs voted.", "MPs", "NNPS"),
        ("The MPs say no.", "MPs", "NNPS"),
        ("The FBI and the UN met.", "FBI", "NNP"),
        ("The FBI and the UN met.", "UN", "NNP"),
        ("UN says no.", "UN", "NNP"),
        ("Officials from the US and NATO met.", "NATO", "NNP"),
    ],
)
def test_initialisms(sentence, word, expected):
    assert tag_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("US troops left Iraq.", "US", "NNP"),
        ("MPs voted.", "MPs", "NNPS"),
        ("NATO in Europe grew.", "NATO", "NNP"),
    ],
)
def test_initialisms_at_a_sentence_start(sentence, word, expected):
    assert tag_of(sentence, word) == expected


# --------------------------------------------------------------------------- contractions


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("He doesn't know.", "doesn't", "VBZ"),
        ("They don't care.", "don't", "VBP"),
        ("We're here.", "We're", "VBP"),
        ("It's late.", "It's", "VBZ"),
        ("They'll go.", "They'll", "MD"),
        ("I'm here.", "I'm", "VBP"),
        ("She'd left.", "She'd", "MD"),
        ("You've won.", "You've", "VBP"),
        ("It isn't.", "isn't", "VBZ"),
        ("They aren't here.", "aren't", "VBP"),
        ("We weren't told.", "weren't", "VBD"),
        ("He can't.", "can't", "MD"),
        ("They won't.", "won't", "MD"),
        # Curly apostrophes, as news drafts have them.
        ("He doesn’t know.", "doesn’t", "VBZ"),
        ("They don’t care.", "don’t", "VBP"),
        ("We’re here.", "We’re", "VBP"),
        ("It’s late.", "It’s", "VBZ"),
        ("They’ll go.", "They’ll", "MD"),
    ],
)
def test_contractions_take_the_tag_of_their_verb(sentence, word, expected):
    assert tag_of(sentence, word) == expected


def test_contractions_in_one_sentence():
    assert tags_of("We’re here, it’s late, they’ll go.") == [
        ("We’re", "VBP"),
        ("here", "RB"),
        (",", ","),
        ("it’s", "VBZ"),
        ("late", "JJ"),
        (",", ","),
        ("they’ll", "MD"),
        ("go", "VB"),
        (".", "."),
    ]


def test_its_is_not_a_contraction():
    assert tag_of("The party lost its seat.", "its") == "PRP$"


def test_contraction_after_an_adjective_stays_a_verb():
    assert tag_of("I'm sure you've seen it.", "you've") == "VBP"


# --------------------------------------------------------------------------- possessives


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Israel's army hit the north.", "Israel's", "NNP"),
        ("Israel’s army hit the north.", "Israel’s", "NNP"),
        ("They hit the country's north.", "country's", "NN"),
        ("He took Smith's car.", "Smith's", "NNP"),
        ("Iraq's oil flows.", "Iraq's", "NNP"),
        ("The soldier's gun jammed.", "soldier's", "NN"),
    ],
)
def test_a_possessive_takes_the_tag_of_its_noun(sentence, word, expected):
    assert entry(word.replace("’", "'")) is None  # not in the lexicon as such
    assert tag_of(sentence, word) == expected


def test_a_possessive_name_opening_a_sentence():
    assert tag_of("He took Smith's car.", "Smith's") == "NNP"
    assert tag_of("Smith's car was stolen.", "Smith's") == "NNP"


def test_possessive_of_an_initialism():
    assert tag_of("The US's role grew.", "US's") == "NNP"


# --------------------------------------------------------------------------- numbers and unknown words


@pytest.mark.parametrize("number", ["500", "3.5", "1,000", "2023", "$5", "21st", "1990s"])
def test_numbers_are_cd(number):
    assert tag_of(f"He paid {number} for it.", number) == "CD"


def test_number_words_are_cd():
    assert tag_of("He paid 3.5 million dollars.", "million") == "CD"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("They met Zorblax on Monday.", "Zorblax"),
        ("Zorblax arrived.", "Zorblax"),
        ("The Kataib militia struck.", "Kataib"),
    ],
)
def test_unknown_capitalised_words_are_proper_nouns(sentence, word):
    assert entry(word) is None and entry(word.lower()) is None
    assert tag_of(sentence, word) == "NNP"


def test_unknown_ly_words_are_adverbs_by_the_morphology_rules():
    assert entry("glorbly") is None
    assert tag_of("He spoke glorbly.", "glorbly") == "RB"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("glorbly", "RB"), ("blorfing", "VBG"), ("blorfs", "NNS"), ("blorfed", "VBN"), ("blorfic", "JJ")],
)
def test_the_morphology_rules_guess_from_endings(word, expected):
    assert entry(word) is None
    assert guesses.guess(word, None, None) == expected


def test_an_unknown_lower_case_word_is_guessed_not_nnp():
    assert tag_of("They met zorblax today.", "zorblax") != "NNP"


# --------------------------------------------------------------------------- headings


HEADLINE = "US Know its Limits in Iraq"
HEADLINE_TAGS = [("US", "NNP"), ("Know", "VB"), ("its", "PRP$"), ("Limits", "NNS"), ("in", "IN"), ("Iraq", "NNP")]


def test_a_markdown_headline_is_tagged_by_lower_case_forms():
    got = tagged(f"# {HEADLINE}\n\nThe story.\n")
    assert got[0][2] == "headline"
    assert [(w, t) for w, t, kind in got if kind == "headline"] == HEADLINE_TAGS


def test_the_first_line_of_a_plain_text_draft_is_a_headline():
    got = tagged(f"{HEADLINE}\n\nThe story goes on.\n", "text")
    assert [(w, t) for w, t, kind in got if kind == "headline"] == HEADLINE_TAGS


def test_a_subheading_is_tagged_like_the_headline():
    got = tagged(f"# Story\n\nText.\n\n## {HEADLINE}\n")
    assert [(w, t) for w, t, kind in got if kind == "heading"] == HEADLINE_TAGS


def test_the_same_words_in_a_body_sentence_keep_their_capitalised_entries():
    # In the body, a capitalised word mid-sentence is taken as written:
    # "Limits" is in the lexicon as a plural name (NNPS), so it is not the
    # verb-or-noun "limits" it is in the heading.
    assert entry("Limits").tag == "NNPS"
    body = f"{HEADLINE}\n\nHe said the US Know its Limits in Iraq.\n"
    got = tagged(body, "text")
    heading = {w: t for w, t, kind in got if kind == "headline"}
    paragraph = {w: t for w, t, kind in got if kind == "paragraph"}
    assert heading["Limits"] == "NNS"
    assert paragraph["Limits"] == "NNPS"
    assert heading["Know"] in ("VB", "VBP")
    assert paragraph["Know"] != heading["Know"]
    # Names are names in both.
    assert heading["Iraq"] == paragraph["Iraq"] == "NNP"
    assert heading["US"] == paragraph["US"] == "NNP"


def test_the_same_line_as_a_body_paragraph_is_not_a_heading():
    # A plain-text line that reads as a sentence is a paragraph, tagged as one.
    got = tagged(f"{HEADLINE} today.\n", "text")
    assert {kind for _, _, kind in got} == {"paragraph"}
    assert dict((w, t) for w, t, _ in got)["Limits"] == "NNPS"


def test_names_stay_names_in_a_heading():
    # "turkey" and "china" are common nouns in lower case; the lexicon has
    # "Turkey" and "China" as names, so they stay NNP in a heading.
    assert entry("turkey").tag == "NN" and entry("Turkey").tag == "NNP"
    got = dict(tags_of("# Troops Leave Iraq as Turkey and China Watch\n"))
    assert got["Turkey"] == "NNP"
    assert got["China"] == "NNP"
    assert got["Iraq"] == "NNP"
    assert got["Leave"] in ("VB", "VBP")
    assert got["Troops"] == "NNS"


def test_a_name_opening_a_heading_stays_a_name():
    assert entry("Bush").tag == "NNP"
    assert tag_of("# Bush Says Iraq War Is Over\n", "Bush") == "NNP"


# --------------------------------------------------------------------------- closed classes


def test_a_preposition_is_not_moved_to_a_tag_it_cannot_have():
    assert entry("in").tags == {"IN", "RB"}
    assert tag_of("Militias that operate freely in Iraq threaten the security.", "in") == "IN"


def test_that_before_a_verb_is_a_wh_determiner():
    assert tag_of("Militias that operate freely in Iraq threaten the security.", "that") == "WDT"


def test_punctuation_tags():
    assert tags_of("“Yes,” he said (twice): no!") == [
        ("“", "``"),
        ("Yes", "UH"),
        (",", ","),
        ("”", "''"),
        ("he", "PRP"),
        ("said", "VBD"),
        ("(", "("),
        ("twice", "RB"),
        (")", ")"),
        (":", ":"),
        ("no", "DT"),
        ("!", "."),
    ]


# --------------------------------------------------------------------------- the lexicon


def test_entry_tags_and_lemmas():
    leaves = entry("leaves")
    assert leaves.tag == "VBZ"
    assert {"NNS", "VBZ"} <= leaves.tags
    assert (leaves.verb_lemma, leaves.noun_lemma) == ("leave", "leaf")
    assert leaves.lemmas == ("leave", "leaf")

    flees = entry("flees")
    assert flees.tags == {"VBZ"}
    assert flees.lemmas == ("flee",)

    assert entry("were").verb_lemma == "be"
    assert entry("mice").noun_lemma == "mouse"
    assert entry("worst").other_lemma == "bad"
    assert entry("the") == lexicon.Entry("DT", frozenset({"DT"}))
    assert entry("the").lemmas == ()


def test_entry_is_case_sensitive_and_none_when_unknown():
    assert entry("Israel").tag == "NNP"
    assert entry("israel") is None
    assert entry("zzqxv") is None
    assert entry("") is None


def test_inflections():
    assert inflections("know") == {
        "VB": ("know",),
        "VBP": ("know",),
        "VBZ": ("knows",),
        "VBD": ("knew",),
        "VBN": ("known",),
        "VBG": ("knowing",),
    }
    assert inflections("be")["VBZ"] == ("is",)
    assert inflections("be")["VBD"] == ("was", "were")
    assert inflections("mouse") == {"NN": ("mouse",), "NNS": ("mice",)}
    assert inflections("leaf")["NNS"][0] == "leaves"
    assert inflections("zzqxv") == {}


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [
        ("engage", "VBG", "engaging"),
        ("know", "VBZ", "knows"),
        ("Know", "VBZ", "Knows"),
        ("see", "VBG", "seeing"),
        ("don't", "VBZ", "doesn't"),
        ("Don't", "VBZ", "Doesn't"),
        ("haven't", "VBZ", "hasn't"),
        ("aren't", "VBZ", "isn't"),
        ("have", "VBZ", "has"),
        ("are", "VBZ", "is"),
        ("leaves", "VBG", "leaving"),  # a verb form: the verb's lemma
        ("leaf", "NNS", "leaves"),
        ("mice", "NN", "mouse"),
        ("big", "JJR", "bigger"),
        ("Flees", "VBD", "Fled"),
    ],
)
def test_inflect(word, form, expected):
    assert inflect(word, form) == expected


@pytest.mark.parametrize(
    ("word", "form"),
    [("zzqxv", "VBZ"), ("Zorblax", "VBG"), ("US", "VBZ"), ("the", "VBZ"), ("know", "NNS")],
)
def test_inflect_gives_none_when_it_cannot(word, form):
    assert inflect(word, form) is None


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [("can't", "VBZ", None), ("won't", "VBZ", None), ("can't", "VBG", None), ("can't", "VB", "can't")],
)
def test_inflect_a_negated_modal(word, form, expected):
    assert inflect(word, form) == expected


def test_inflect_isnt_to_the_plural():
    assert inflect("isn't", "VBP") == "aren't"


@pytest.mark.parametrize(("word", "form", "expected"), [("DON'T", "VBZ", "DOESN'T"), ("ENGAGE", "VBG", "ENGAGING")])
def test_inflect_keeps_all_capitals(word, form, expected):
    assert inflect(word, form) == expected


def test_inflect_a_comparative_to_a_superlative():
    assert inflect("better", "JJS") == "best"


# --------------------------------------------------------------------------- the shipped data


def test_the_context_rules_parse():
    rules = tagger._context()
    assert len(rules) > 250
    handled = {
        "prevtag", "nexttag", "prev2tag", "next2tag", "prev1or2tag", "next1or2tag", "prev1or2or3tag",
        "next1or2or3tag", "surroundtag", "curwd", "prevwd", "nextwd", "prev1or2wd", "next1or2wd", "prevwdtag",
        "nextwdtag", "wdprevtag", "wdnexttag", "wdand2aft", "wdand2tagbfr", "wdand2tagaft", "lbigram", "rbigram",
        "prevbigram", "nextbigram",
    }  # fmt: skip
    for rule in rules:
        assert 4 <= len(rule) <= 5, rule
        assert rule[0] in TAGS or rule[0] == "*", rule
        assert rule[1] in TAGS, rule
        # A command the tagger does not know would silently never fire.
        assert rule[2].lower() in handled, rule


def test_the_morphology_rules_parse():
    raw = guesses.read_rules("en-morphology.txt")
    rules = guesses._morphology()
    assert len(rules) == len(raw) > 100
    for required, affix, command, new in rules:
        assert required is None or required in TAGS
        assert affix
        assert command in guesses._MORPHOLOGY_COMMANDS
        assert new in TAGS


def test_every_tag_in_words_bin_is_a_penn_tag():
    table = lexicon._words()
    assert len(table) > 100_000
    for word, value in table.items():
        tag_index, mask = struct.unpack_from("<BQ", value)
        assert tag_index == lexicon.NO_TAG or tag_index < len(TAGS), word
        assert mask and mask >> len(TAGS) == 0, word
        # Brill's out-of-context tag is one of the word's tags.
        assert tag_index == lexicon.NO_TAG or mask >> tag_index & 1, word
        assert len(value[9:].decode("utf-8").split("\t")) <= 3, word


def test_every_tag_in_inflections_bin_is_a_penn_tag():
    table = lexicon._inflections()
    assert len(table) > 30_000
    for lemma, value in table.items():
        for part in value.decode("utf-8").split("\t"):
            form_tag, equals, forms = part.partition("=")
            assert equals and form_tag in TAGS and all(forms.split("/")), (lemma, part)


@pytest.mark.parametrize(
    ("word", "tags", "lemmas"),
    [
        ("flees", {"VBZ"}, ("flee",)),
        ("fled", {"VBD", "VBN"}, ("flee",)),
        ("went", {"VBD"}, ("go",)),
        ("been", {"VBN"}, ("be",)),
        ("geese", {"NNS"}, ("goose",)),
        ("children", {"NNS"}, ("child",)),
        ("engaging", {"VBG"}, ("engage",)),
        ("know", {"VB", "VBP"}, ("know",)),
        ("knows", {"VBZ"}, ("know",)),
    ],
)
def test_lemminflect_facts(word, tags, lemmas):
    found = entry(word)
    assert found.tags == tags
    assert found.lemmas == lemmas


def test_lemminflect_facts_for_leaves():
    found = entry("leaves")
    assert {"NNS", "VBZ"} <= found.tags
    assert "leaves" in inflections("leave")["VBZ"]
    assert "leaves" in inflections("leaf")["NNS"]


# --------------------------------------------------------------------------- a or an


@pytest.mark.parametrize(
    ("word", "vowel"),
    [
        ("hour", True),
        ("honest", True),
        ("heir", True),
        ("university", False),
        ("union", False),
        ("unique", False),
        ("unidentified", True),
        ("uninformed", True),
        ("unusual", True),
        ("use", False),
        ("usher", True),
        ("utility", False),
        ("utter", True),
        ("urban", True),
        ("uranium", False),
        ("euro", False),
        ("European", False),
        ("one", False),
        ("one-time", False),
        ("onerous", True),
        ("Ukraine", False),
        ("ugly", True),
        ("FBI", True),
        ("MP", True),
        ("SAS", True),
        ("UN", False),
        ("US", False),
        ("NATO", False),
        ("AIDS", True),
        ("ABC", True),
        ("x-ray", True),
        ("U-turn", False),
        ("8", True),
        ("11", True),
        ("18", True),
        ("80", True),
        ("800", True),
        ("11,000", True),
        ("1", False),
        ("100", False),
        ("110", False),
        ("", None),
        ("$5", None),
        # More of the same, for the spelling-is-a-poor-guide cases.
        ("Hour", True),
        ("apple", True),
        ("cat", False),
        ("18-year-old", True),
        ("FBI-led", True),
        ("US-designed", False),
        ("11th", True),
        ("1980s", False),
        ("“hour”", True),
    ],
)
def test_starts_with_vowel_sound(word, vowel):
    assert starts_with_vowel_sound(word) is vowel


@pytest.mark.parametrize("number", ["11.5", "18.2"])
def test_a_decimal_eleven_or_eighteen_starts_with_a_vowel(number):
    assert starts_with_vowel_sound("8.5") is True
    assert starts_with_vowel_sound(number) is True


# --------------------------------------------------------------------------- issue 14, fifth round


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Heavy rains in the north have caused flooding.", "north", "NN"),
        ("Two of the three suspects were arrested.", "suspects", "NNS"),
        ("He is a former soldier who now works as a consultant.", "works", "VBZ"),
        ("He is a former soldier who now work as a consultant.", "work", "VBP"),
        # unchanged: an adverb before an adjective, a verb after a number without "the"
        ("It is the more likely outcome.", "more", "RBR"),
        ("Chapter 3 says so.", "says", "VBZ"),
    ],
)
def test_fifth_round_corrections_after_brills_rules(sentence, word, expected):
    assert tag_of(sentence, word) == expected
