"""The shared analyses of a draft (editlint.analysis): each made once per
draft and reached through one typed object, each word list and measure
with one home."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from editlint.analysis.analyses import Analyses, analyses
from editlint.analysis.distance import DERIVED_ENDINGS, edit_distance, one_slip_apart, slip_distance
from editlint.analysis.people import reader_for
from editlint.parsing import parse
from editlint.spelling.check import speller

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "editlint"


# --------------------------------------------------------------------------- one object per draft


def test_each_analysis_is_made_once_per_draft_and_kept_on_it():
    document = parse("a.md", "# A Headline\n\nAides to Ban said “he left”. Ban agreed.\n")
    shared = analyses(document)
    assert isinstance(shared, Analyses) and analyses(document) is shared and document.analyses is shared
    assert shared.quotations is shared.quotations
    assert shared.words is shared.words and shared.capitalised_words is shared.capitalised_words
    us = speller("en-US", ())
    assert shared.spelling(us) is shared.spelling(us)
    reader = reader_for()
    assert shared.people(reader) is shared.people(reader)
    sentence = document.blocks[1].sentences[0]
    assert shared.tags(sentence) is shared.tags(sentence)


def test_another_draft_has_its_own_analyses():
    a = parse("a.md", "Ban said so.\n")
    b = parse("b.md", "Ban said so.\n")
    assert analyses(a) is not analyses(b)


def test_the_document_keeps_no_dictionary_of_ad_hoc_keys():
    document = parse("a.md", "Text.\n")
    assert not hasattr(document, "cache")


def test_a_kind_memo_is_kept_by_its_type():
    class Memo(dict):
        pass

    document = parse("a.md", "Text.\n")
    memo = analyses(document).memo(Memo)
    assert isinstance(memo, Memo) and analyses(document).memo(Memo) is memo


# --------------------------------------------------------------------------- capitalised words of the body


def test_capitalised_words_are_those_the_body_capitalises_inside_a_sentence():
    source = (
        "---\ntitle: Front Matter Words\n---\n\n# Heading Words Here\n\n"
        "Yesterday aides to Ban’s office met Abu al-Askari. “Police came,” she said: Officials left.\n"
    )
    words = analyses(parse("a.md", source)).capitalised_words
    # Inside a sentence, possessive removed; not first in a sentence, a quotation or after a colon.
    assert {"Ban", "Abu"} <= words.words and "al-Askari" not in words.words  # begins in lower case
    assert not {"Yesterday", "Police", "Officials"} & words.words
    # Not from headings or front matter, where title case capitalises every word.
    assert not {"Heading", "Words", "Front", "Matter"} & words.words
    assert "Askari" in words.parts and "aides" in words.lower and "al" in words.lower
    assert words.by_initial["B"] == ["Ban"]


# --------------------------------------------------------------------------- distances


def test_edit_distance_counts_swaps_as_one_unless_told_not_to():
    assert edit_distance("form", "from") == 1
    assert edit_distance("form", "from", swaps=False) == 2
    assert edit_distance("a b c".split(), "a c b".split()) == 1
    assert edit_distance("kitten", "sitting", 1) == 2  # over the limit: limit + 1


def test_the_slip_distance_is_never_more_than_the_edit_distance():
    for a, b in [("facton", "faction"), ("teh", "the"), ("recieve", "receive"), ("Hezbolah", "Hezbollah")]:
        assert 0 < slip_distance(a, b) <= edit_distance(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Hezbolah", "Hezbollah"), ("Savel", "Savell"), ("Gaddafi", "Kaddafi"), ("Erdoğan", "Erdogan"),
     ("al-Askari", "al-Askary"), ("Soleimani", "Soleymeni")],
)  # fmt: skip
def test_one_name_spelt_two_ways(a, b):
    assert one_slip_apart(a, b) and one_slip_apart(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Iran", "Iranian"), ("Korea", "Koreans"), ("Zealand", "Zealander"), ("Karzai", "Karzais"),
        ("Japan", "Japanese"), ("Islam", "Islamic"), ("Thatcher", "Thatcherism"), ("Australia", "Australians"),
        ("Jong-un", "Jong-il"),  # two people: syllables, not words to slip in
        ("Bush", "BUSH"), ("Smith", "Smyth-Jones"), ("Baron", "Barrow"),
    ],
)  # fmt: skip
def test_not_one_name_spelt_two_ways(a, b):
    assert not one_slip_apart(a, b)


def test_the_derived_endings_are_the_union_of_both_old_lists():
    people_endings = set("s es n an ian i is ese ns ans ians".split())
    spelling_endings = set("s es n an ian ians ans i is er ers ese ish ic ism".split())
    assert DERIVED_ENDINGS == people_endings | spelling_endings


# --------------------------------------------------------------------------- one home each


def _assignments_and_functions() -> dict[str, list[str]]:
    """Names a module assigns or functions it defines at its top level, by module file."""
    found: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = []
        for node in tree.body:
            if isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.FunctionDef):
                names.append(node.name)
        found[str(path.relative_to(PACKAGE))] = names
    return found


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("NAME_PARTICLES", "analysis/wordlists.py"),
        ("FUNCTION_WORDS", "analysis/wordlists.py"),
        ("CALENDAR", "analysis/wordlists.py"),
        ("SPEECH_VERBS", "analysis/attribution.py"),
        ("edit_distance", "analysis/distance.py"),
        ("slip_distance", "analysis/distance.py"),
        ("one_slip_apart", "analysis/distance.py"),
        ("without_possessive", "analysis/words.py"),
        ("capitalised_words", "analysis/words.py"),
    ],
)
def test_each_word_list_and_measure_has_one_home(name, home):
    homes = sorted(path for path, names in _assignments_and_functions().items() if name in names)
    assert homes == [home]


def test_no_other_distance_or_quotation_detector_is_defined():
    for path, names in _assignments_and_functions().items():
        if path != "analysis/distance.py":
            assert not [n for n in names if n.endswith("distance") and n != "min_distance"], path
        if path != "analysis/quotations.py":
            assert not [n for n in names if "quoted_ranges" in n], path


def test_the_shipped_title_rules_and_the_spelling_rule_share_one_reading_of_the_people():
    # spelling.name-variant reads the people with the default lists; the
    # shipped titles rules write the same lists out, so a default run reads
    # each draft's people once.
    import yaml

    from editlint.analysis.titlelist import COURTESY, DESCRIPTIVE, HONORIFICS, TITLES

    rules = yaml.safe_load((PACKAGE.parents[1] / "rules" / "titles" / "titles.yaml").read_text(encoding="utf-8"))
    first = rules["rules"][0]
    assert tuple(first["titles"]) == TITLES and tuple(first["descriptive"]) == DESCRIPTIVE
    assert reader_for() is reader_for(TITLES, DESCRIPTIVE, COURTESY, HONORIFICS)
