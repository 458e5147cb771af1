"""Suggestions for misspelt words: the weighted edit distance, candidates,
the sound key, and ranking with the shipped lexicon."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from helpers import cli

from editlint.analysis.distance import NEIGHBOURS, slip_distance, substitution_cost
from editlint.kinds import KINDS
from editlint.kinds.base import build
from editlint.rule import read_rule_file, shipped_rules_dir
from editlint.spelling.check import Speller
from editlint.spelling.lexicon import lexicon, tier
from editlint.spelling.suggest import ALPHABET, edits1, rank, sound_key, suggest


@pytest.fixture(scope="module")
def us() -> Speller:
    return Speller("en-US")


def tier_of(word: str) -> int:
    return tier(lexicon().flags(word))


# --------------------------------------------------------------------------- slip_distance


def test_identical_words_are_zero_apart():
    assert slip_distance("faction", "faction") == 0
    assert slip_distance("", "") == 0


def test_a_neighbouring_key_costs_less_than_another_substitution():
    assert "s" in NEIGHBOURS["a"] and "m" not in NEIGHBOURS["a"]
    assert slip_distance("cat", "cst") < slip_distance("cat", "cmt")
    assert slip_distance("cat", "cmt") == pytest.approx(1.0)
    # g sits between f and h, under t and y, over v and b.
    assert NEIGHBOURS["g"] == frozenset("fhtyvb")


def test_one_vowel_for_another_costs_less_than_a_consonant():
    assert slip_distance("bat", "bit") < slip_distance("bat", "bmt")


def test_a_swap_costs_less_than_two_substitutions():
    swap = slip_distance("form", "from")
    assert swap < substitution_cost("o", "r") + substitution_cost("r", "o")
    assert swap < 1.0
    assert slip_distance("abcd", "abdc") == pytest.approx(swap)


def test_a_doubled_or_dropped_double_letter_costs_less():
    # Doubling a letter, or dropping one of a double, is a small slip ...
    assert slip_distance("bat", "batt") < slip_distance("bat", "bart")
    assert slip_distance("batt", "bat") < slip_distance("bart", "bat")
    assert slip_distance("sucessful", "successful") < slip_distance("sucessful", "sucessfull") + 0.5
    assert slip_distance("sucessful", "successful") < 1.0
    # ... and a left-out letter is cheaper than an extra one.
    assert slip_distance("factn", "facton") < slip_distance("factxon", "facton")


def test_the_distance_is_at_most_the_plain_edit_distance():
    for a, b in [("facton", "faction"), ("facton", "factor"), ("teh", "the"), ("recieve", "receive"), ("x", "yz")]:
        plain = _levenshtein(a, b)
        assert 0 < slip_distance(a, b) <= plain


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# --------------------------------------------------------------------------- edits1


def test_edits1_holds_every_deletion_swap_replacement_and_insertion():
    found = edits1("ab")
    assert {"a", "b"} <= found  # deletions
    assert "ba" in found  # the swap
    assert {"xb", "ax", "a'", "-b"} <= found  # replacements
    assert {"abc", "cab", "axb", "a-b", "ab'", "'ab"} <= found  # insertions
    assert "ab" not in found
    assert "" not in found
    # 2 deletions + 1 swap + 2 x 27 replacements + 3 x 28 insertions, less
    # the two insertions made twice ("aab", "abb").
    assert len(found) == 2 + 1 + 2 * (len(ALPHABET) - 1) + 3 * len(ALPHABET) - 2


def test_edits1_is_one_edit_only():
    for candidate in edits1("faction"):
        assert _levenshtein(candidate, "faction") == 1 or sorted(candidate) == sorted("faction")


def test_edits1_reaches_the_corrections_of_common_slips():
    assert "faction" in edits1("facton")
    assert "factor" in edits1("facton")
    assert "the" in edits1("teh")
    assert "don't" in edits1("dont")


# --------------------------------------------------------------------------- sound_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("phone", "fone"),
        ("definately", "definitely"),
        ("quick", "kwik"),
        ("box", "boks"),
        ("Kataib", "kataeb"),
        ("whale", "wale"),
    ],
)
def test_spellings_that_sound_alike_share_a_key(a, b):
    assert sound_key(a) == sound_key(b)


def test_sound_keys_tell_different_words_apart():
    assert sound_key("cat") != sound_key("bat")
    assert sound_key("faction") != sound_key("factor")


def test_the_sound_key_keeps_the_first_letter_and_drops_vowels_and_doubles():
    assert sound_key("apple") == "apl"
    assert sound_key("Bubble") == "bl"  # a consonant repeated after a vowel counts once
    assert sound_key("definitely") == "dfntl"


# --------------------------------------------------------------------------- rank


def test_rank_puts_a_word_the_draft_uses_first():
    ranked = rank("facton", ["factor", "faction"], tier_of, frozenset({"faction", "the"}))
    assert [word for _, word in ranked] == ["faction", "factor"]
    assert ranked[0][0] < ranked[1][0]


def test_rank_without_the_draft_prefers_the_commoner_word():
    ranked = rank("facton", ["faction", "factor"], tier_of, frozenset())
    assert [word for _, word in ranked] == ["factor", "faction"]


def test_rank_charges_for_a_different_first_letter():
    ranked = rank("facton", ["Acton", "factor"], tier_of, frozenset())
    assert ranked[0][1] == "factor"


def test_rank_of_nothing_is_empty():
    assert rank("facton", [], tier_of, frozenset()) == []


# --------------------------------------------------------------------------- suggest, with the shipped lexicon


def test_facton_gives_faction_first_when_the_draft_uses_faction(us):
    assert us.suggestions("facton", frozenset({"faction", "kataib", "hezbollah"}))[0] == "faction"


def test_facton_gives_factor_first_when_the_draft_does_not(us):
    found = us.suggestions("facton", frozenset({"the", "group"}))
    assert found[0] == "factor"
    assert "faction" in found


def test_suggestions_keep_the_typos_capitals(us):
    assert us.suggestions("Facton", frozenset({"faction"}))[0] == "Faction"
    assert us.suggestions("FACTON", frozenset({"faction"}))[0] == "FACTION"
    assert us.suggestions("Goverment", frozenset())[0] == "Government"


def test_a_proper_noun_keeps_its_own_capitals(us):
    assert us.suggestions("isreal", frozenset())[0] == "Israel"
    # Upper case or lower case, a name is suggested as a name.
    assert us.suggestions("ISREAL", frozenset())[0] == "Israel"


def test_suggestions_respect_the_limit(us):
    assert len(us.suggestions("facton", frozenset(), limit=2)) == 2
    assert us.suggestions("facton", frozenset(), limit=0) == []


def test_nosuggest_words_are_never_suggested(us):
    assert us.status("bullshit") == "ok"  # a word ...
    assert us.spelling_of("bullshit") is None  # ... but never a suggestion


def test_suggest_with_plain_functions():
    words = {"faction": "faction", "factor": "factor", "israel": "Israel"}
    found = suggest("facton", words.get, lambda: frozenset(words), lambda w: 0, frozenset({"faction"}))
    assert found == ["faction", "factor"]
    assert suggest("ISREAL", words.get, lambda: frozenset(words), lambda w: 0) == ["Israel"]


def test_two_letters_swapped_across_a_third_are_one_slip(us):
    # "tradegy" is two substitutions from "tragedy", but one slip.
    assert slip_distance("tradegy", "tragedy") < 1.0
    assert us.suggestions("tradegy", frozenset())[0] == "tragedy"
    assert us.suggestions("revelant", frozenset())[0] == "relevant"


@pytest.fixture(scope="module")
def shipped_typo_rule():
    specs, problems = read_rule_file(shipped_rules_dir() / "spelling" / "spelling.yaml", KINDS)
    assert problems == []
    spec = next(s for s in specs if s.id == "spelling.typo")
    return build(KINDS["spelling"], spec)


def test_accepted_words_are_suggested(shipped_typo_rule):
    speller = shipped_typo_rule.speller
    assert "biowarfare" in shipped_typo_rule.options.accept
    assert lexicon().flags("biowarfare") == 0  # no dictionary has it
    assert speller.suggestions("iowarfare", frozenset())[0] == "biowarfare"
    assert speller.suggestions("Iowarfare", frozenset())[0] == "Biowarfare"
    # A plain speller, without the accept list, has nothing to offer one edit away.
    assert "biowarfare" not in Speller("en-US").suggestions("iowarfare", frozenset())


def test_a_two_edit_typo_still_gets_a_suggestion(us):
    # No dictionary word is one edit from "thnkk" ...
    assert not [c for c in edits1("thnkk") if us.spelling_of(c)]
    us.common_set()  # built once per speller: not counted here
    found = us.suggestions("thnkk", frozenset())
    # ... but "thank" and "think" are two away.
    assert {"thank", "think"} <= set(found)


def test_short_typos_get_no_two_edit_search():
    words = {"abqz": "abqz", "abqzw": "abqzw"}
    common = lambda: frozenset(words)  # noqa: E731
    # "abqz" is two edits from "xqz", "abqzw" two from "xqzw": only a word of
    # four letters or more gets the two-edit search.
    assert suggest("xqz", words.get, common, lambda w: 0) == []
    assert suggest("xqzw", words.get, common, lambda w: 0) == ["abqzw"]


def test_suggestions_do_not_depend_on_how_long_they_take(us):
    # Bounds are counts, not seconds: a slow machine gets the same answers.
    common = us.common_set()

    def slow_to_read():
        time.sleep(0.3)  # reading the real set takes a while the first time
        return common

    found = suggest("thnkk", us.spelling_of, slow_to_read, tier_of, frozenset())
    assert "thank" in found


def test_only_a_drafts_first_words_are_searched_two_slips_deep(monkeypatch, in_tmp):
    from editlint.spelling import check

    # Words two slips from any word are reported by the opt-in unknown-word rule.
    Path(".editlint.yaml").write_text("rules:\n  spelling.unknown-word: on\n", encoding="utf-8")
    Path("a.md").write_text("# Notes\n\nWe thnkk so, and the qestionn stands.\n", encoding="utf-8")

    def suggested() -> dict[str, list[str]]:
        result = cli("check", "--format", "json", "--no-cache", "a.md")
        return {d["match"]: d["suggestions"] for d in json.loads(result.stdout)["diagnostics"]}

    both = suggested()
    assert "thank" in both["thnkk"] and "question" in both["qestionn"]
    monkeypatch.setattr(check, "MAX_DEEP_SEARCHES", 1)
    first_only = suggested()
    assert first_only["thnkk"] == both["thnkk"]
    assert "question" not in first_only["qestionn"]
