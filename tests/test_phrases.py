"""Word-list tables: every table of a process is matched in one scan per
unit, yet each sees exactly the matches it would see scanning alone."""

from __future__ import annotations

import pytest

from editlint.parsing import parse
from editlint.phrases import PhraseTable


def found(table: PhraseTable, text: str) -> list[tuple[str, object]]:
    """(matched text, value) of each match in each block of ``text``."""
    document = parse("draft.md", text)
    return [
        (block.text[start:end], value)
        for block in document.blocks
        for start, end, value in table.finditer(block, document)
    ]


def test_whole_tokens_only():
    table = PhraseTable([("cat", 1)])
    assert found(table, "A cat, concatenated cats and a Cat.\n") == [("cat", 1), ("Cat", 1)]


def test_longest_phrase_wins_and_matches_do_not_overlap():
    table = PhraseTable([("new", "n"), ("new york", "ny"), ("new york city", "nyc")])
    assert found(table, "New York City and new York and news.\n") == [("New York City", "nyc"), ("new York", "ny")]


def test_words_of_a_phrase_may_be_split_by_a_line_break_not_by_punctuation():
    table = PhraseTable([("in order to", 1)])
    assert found(table, "We left in order\nto eat. In order, to eat.\n") == [("in order\nto", 1)]


def test_case_sensitive_table():
    table = PhraseTable([("AP", 1)], ignorecase=False)
    assert found(table, "The AP said ap.\n") == [("AP", 1)]


def test_curly_and_straight_apostrophes_are_the_same():
    table = PhraseTable([("can't", 1)])
    assert found(table, "We can’t and can't.\n") == [("can’t", 1), ("can't", 1)]


def test_tables_with_overlapping_phrases_each_get_their_own_matches():
    # One scan serves both tables: the longer phrase of one must not hide the
    # shorter phrase of the other.
    long = PhraseTable([("in order to", "long")])
    short = PhraseTable([("order", "short"), ("to", "to")])
    text = "Act in order to win.\n"
    assert found(long, text) == [("in order to", "long")]
    assert found(short, text) == [("order", "short"), ("to", "to")]


def test_each_table_sees_what_it_would_see_alone_in_one_document():
    text = "In order to win, the new minister said new york was in order.\n"
    tables = [PhraseTable([("in order", 1)]), PhraseTable([("order", 2), ("new york", 3)]), PhraseTable([("new", 4)])]
    document = parse("draft.md", text)
    [block] = document.blocks
    together = [[block.text[s:e] for s, e, _ in t.finditer(block, document)] for t in tables]
    assert together == [["In order", "in order"], ["order", "new york", "order"], ["new", "new"]]


def test_a_table_made_after_a_scan_is_still_matched():
    document = parse("draft.md", "The harbour bridge opened.\n")
    [block] = document.blocks
    first = PhraseTable([("harbour", 1)])
    assert [v for _, _, v in first.finditer(block, document)] == [1]
    later = PhraseTable([("bridge", 2)])  # the memoised scan is stale now
    assert [v for _, _, v in later.finditer(block, document)] == [2]
    assert [v for _, _, v in first.finditer(block, document)] == [1]


@pytest.mark.parametrize(("text", "expected"), [("A bridge.\n", True), ("A tunnel.\n", False), ("", False)])
def test_in_draft(text, expected):
    table = PhraseTable([("bridge", 1)])
    assert table.in_draft(parse("draft.md", text)) is expected


def test_an_empty_table_matches_nothing():
    table = PhraseTable([("", 1), ("  ", 2)])
    assert not table
    document = parse("draft.md", "Anything at all.\n")
    assert not table.in_draft(document)
    assert list(table.finditer(document.blocks[0], document)) == []
