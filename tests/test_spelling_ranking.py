"""Which suggestion comes first for a lower-case typo (issue 15: the right
word first for at least 90% of typos), through the command line: each
ranking mechanism of editlint.spelling.suggest with typos invented for it."""

from __future__ import annotations

import json

import pytest
from helpers import cli, write

from editlint.analysis.distance import slip_distance

pytestmark = pytest.mark.usefixtures("in_tmp")


def suggestions_for(typo: str, draft: str = "The {} was in the report.\n") -> list[str]:
    """The suggestions of the one spelling finding of a draft with ``typo``."""
    write("draft.md", draft.format(typo))
    result = cli("check", "--format", "json", "--select", "spelling", "draft.md")
    report = json.loads(result.stdout)
    (finding,) = [d for d in report["diagnostics"] if d["match"] == typo]
    return finding["suggestions"]


@pytest.mark.parametrize(
    "typo, meant, other",
    [
        ("quoet", "quote", "quiet"),  # "e" for "i" is one vowel for another
        ("hsaring", "sharing", "hearing"),  # "s" for "e" is a neighbouring key
    ],
)
def test_two_letters_swapped_come_before_a_letter_replaced(typo, meant, other):
    found = suggestions_for(typo)
    assert found[0] == meant
    assert other in found


@pytest.mark.parametrize(
    "typo, meant, other",
    [
        ("involvs", "involves", "involve"),  # "involve": "s" for "e", a neighbouring key
        ("releasd", "released", "release"),  # "release": "d" for "e", a neighbour
        ("actd", "acted", "acts"),
    ],
)
def test_a_left_out_letter_comes_before_a_wrong_key(typo, meant, other):
    found = suggestions_for(typo)
    assert found[0] == meant
    assert other in found


@pytest.mark.parametrize(
    "typo, meant, rarer",
    [
        ("outsid", "outside", "outdid"),
        ("ethods", "methods", "ethos"),
        ("hortly", "shortly", "hotly"),
    ],
)
def test_of_two_near_words_the_commoner_comes_first(typo, meant, rarer):
    found = suggestions_for(typo)
    assert found[0] == meant
    assert rarer in found


@pytest.mark.parametrize(
    "typo, meant, other",
    [
        ("processe", "processes", "processed"),  # both add one letter
        ("notics", "notices", "notice"),
    ],
)
def test_the_word_that_ends_as_the_typo_ends_comes_first(typo, meant, other):
    found = suggestions_for(typo)
    assert found[0] == meant
    assert other in found


@pytest.mark.parametrize("typo, meant", [("watchs", "watches"), ("fixs", "fixes"), ("branchs", "branches")])
def test_a_possessive_the_typo_has_no_apostrophe_for_comes_after_the_plain_word(typo, meant):
    found = suggestions_for(typo)
    assert found[0] == meant
    possessive = typo[:-1] + "'s"
    assert possessive not in found or found.index(possessive) > found.index(meant)


def test_a_capitalised_typo_is_ranked_the_same_way():
    assert suggestions_for("Quoet", "{} of the day.\n")[0] == "Quote"


def test_the_reports_keep_their_own_slip_costs():
    # Ranking weighs a left-out letter and a swap lighter; which words are
    # reported (near misses, within slip_distance's default costs) does not
    # change.
    assert slip_distance("releasd", "released") == pytest.approx(0.9)
    assert slip_distance("quoet", "quote") == pytest.approx(0.6)
    assert slip_distance("releasd", "released", omission=0.75) == pytest.approx(0.75)
    assert slip_distance("quoet", "quote", swap=0.45) == pytest.approx(0.45)


@pytest.mark.parametrize("typo, meant", [("Dentn", "Denton"), ("Dento", "Denton")])
def test_a_common_name_is_not_outranked_by_a_common_word_further_away(typo, meant):
    # SCOWL lists names from size 35 up, words from size 10: a name counts
    # one tier commoner than its list says ("Dent" is a size-10 word).
    assert suggestions_for(typo, "The talks in {} went on.\n")[0] == meant
