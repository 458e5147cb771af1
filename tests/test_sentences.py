"""Sentence boundaries in news text (``editlint.sentences``).

Each case asserts the exact list of sentence strings. The traps are the
ones news copy is full of: titles and initials ("Mr.", "Dr. J. R. Smith"),
dotted abbreviations that may or may not end a sentence ("U.S."), times,
money, "No. 10", month abbreviations, police ranks, quotations and ellipses.
"""

from __future__ import annotations

import pytest

from editlint.parsing import parse
from editlint.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


CASES = [
    # Titles and initials before a name never end a sentence.
    ("Mr. Smith went to Washington. He left.", ["Mr. Smith went to Washington.", "He left."]),
    ("Dr. J. R. Smith arrived. He spoke.", ["Dr. J. R. Smith arrived.", "He spoke."]),
    ("Ms. Ardern spoke. Gen. Smith replied.", ["Ms. Ardern spoke.", "Gen. Smith replied."]),
    ("Mr. and Mrs. Smith came.", ["Mr. and Mrs. Smith came."]),
    ("George W. Bush said it.", ["George W. Bush said it."]),
    ("I met J. Smith. He was nice.", ["I met J. Smith.", "He was nice."]),
    ("Prof. \u00c9lodie Dubois spoke.", ["Prof. \u00c9lodie Dubois spoke."]),
    # Police ranks, hyphenated ones included.
    ("Staff-Insp. Gary Jubelin spoke. He was angry.", ["Staff-Insp. Gary Jubelin spoke.", "He was angry."]),
    ("Det. Sgt. Jones said so. Later, more.", ["Det. Sgt. Jones said so.", "Later, more."]),
    ("Supt. Brown said.", ["Supt. Brown said."]),
    # Dotted abbreviations: a split only when the next word opens sentences.
    ("The U.S. Army said it would leave.", ["The U.S. Army said it would leave."]),
    ("She lived in the U.S. The move was hard.", ["She lived in the U.S.", "The move was hard."]),
    ("He works for the U.N. He said so.", ["He works for the U.N.", "He said so."]),
    ("The U.S. and U.K. agreed.", ["The U.S. and U.K. agreed."]),
    ("The U.S. Army. The U.S. Navy.", ["The U.S. Army.", "The U.S. Navy."]),
    # Times.
    ("The meeting starts at 4:00pm. It ends at 5.", ["The meeting starts at 4:00pm.", "It ends at 5."]),
    ("The meeting ended at 10:30 a.m. The vote followed.", ["The meeting ended at 10:30 a.m.", "The vote followed."]),
    ("It opens at 5 p.m. Tuesday.", ["It opens at 5 p.m. Tuesday."]),
    ("It was 1 a.m. Police arrived.", ["It was 1 a.m.", "Police arrived."]),
    # Numbers after an abbreviation.
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("It was No. 1. The rest followed.", ["It was No. 1.", "The rest followed."]),
    ("He said No. The answer was no.", ["He said No.", "The answer was no."]),
    ("See Fig. 3 for details.", ["See Fig. 3 for details."]),
    ("See p. 12 for details.", ["See p. 12 for details."]),
    ("It happened on Sept. 11 in New York.", ["It happened on Sept. 11 in New York."]),
    ("They met on Jan. 5 and Feb. 6.", ["They met on Jan. 5 and Feb. 6."]),
    ("It cost 3.5 per cent. That is high.", ["It cost 3.5 per cent.", "That is high."]),
    ("He was born in 1990. 2000 was a big year.", ["He was born in 1990.", "2000 was a big year."]),
    # Money before a capitalised word: a boundary.
    ("Shares closed at $3.50. AMP's chief resigned.", ["Shares closed at $3.50.", "AMP's chief resigned."]),
    ("Call 000. Then wait.", ["Call 000.", "Then wait."]),
    # Company suffixes: "Inc." ends a sentence before "The", not before a verb.
    ("It was sold to Acme Inc. The deal closed.", ["It was sold to Acme Inc.", "The deal closed."]),
    ("Acme Inc. announced a deal.", ["Acme Inc. announced a deal."]),
    ("The firm is Acme Pty Ltd. The firm is big.", ["The firm is Acme Pty Ltd.", "The firm is big."]),
    ("The company, Acme Co. Chairman Bob said.", ["The company, Acme Co. Chairman Bob said."]),
    ("He ate vitamin C. Then he slept.", ["He ate vitamin C.", "Then he slept."]),
    # Quotations.
    ('He said, "Go home." Then he left.', ['He said, "Go home."', "Then he left."]),
    ("He said: \u201cGo home.\u201d Then he left.", ["He said: \u201cGo home.\u201d", "Then he left."]),
    ("He said \u2018no.\u2019 Then left.", ["He said \u2018no.\u2019", "Then left."]),
    ('"Why?" she asked.', ['"Why?" she asked.']),
    ("He asked, \u201cWhy?\u201d and left.", ["He asked, \u201cWhy?\u201d and left."]),
    ('"Why?" She asked again.', ['"Why?"', "She asked again."]),
    ("Is it? Yes. 'Maybe' no.", ["Is it?", "Yes.", "'Maybe' no."]),
    ("(He left.) Then she came.", ["(He left.)", "Then she came."]),
    # Ellipses.
    ("Wait... What happened? Nothing!", ["Wait...", "What happened?", "Nothing!"]),
    ("He paused... and then spoke.", ["He paused... and then spoke."]),
    ("Wait\u2026 What?", ["Wait\u2026", "What?"]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    # Other names with a full stop.
    ("The case, Smith v. Jones, was heard.", ["The case, Smith v. Jones, was heard."]),
    ("Mt. Everest is tall.", ["Mt. Everest is tall."]),
    ("He went to St. Kilda. It rained.", ["He went to St. Kilda.", "It rained."]),
    # Whitespace.
    ("One.\nTwo.", ["One.", "Two."]),
    ("He left.\u00a0Then she came.", ["He left.", "Then she came."]),
    ("  Leading space. Trailing.  ", ["Leading space.", "Trailing."]),
    ("No terminator here", ["No terminator here"]),
    ("", []),
    ("   ", []),
    # Non-Latin scripts.
    ("Caf\u00e9 owner Jos\u00e9 left. \u00c9lodie stayed.", ["Caf\u00e9 owner Jos\u00e9 left.", "\u00c9lodie stayed."]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES], ids=[c[0][:40] for c in CASES])
def test_ranges_are_ordered_trimmed_and_cover_the_text(text):
    ranges = split_sentences(text)
    position = 0
    for start, end in ranges:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == "", "nothing but space between sentences"
        assert text[start:end] == text[start:end].strip()
        position = end
    assert text[position:].strip() == ""


# --------------------------------------------------------------------------- Block.sentences


def test_block_sentences_map_to_the_source_and_own_their_tokens():
    source = "Mr. Smith spoke at 4:00pm.\r\nHe left the U.S. The end.\r\n"
    [block] = parse("draft.txt", source).blocks
    found = block.sentences
    assert [s.text for s in found] == ["Mr. Smith spoke at 4:00pm.", "He left the U.S.", "The end."]
    assert [source[s.span.start : s.span.end] for s in found] == [
        "Mr. Smith spoke at 4:00pm.",
        "He left the U.S.",
        "The end.",
    ]
    assert [[t.text for t in s.tokens] for s in found] == [
        ["Mr", ".", "Smith", "spoke", "at", "4:00pm", "."],
        ["He", "left", "the", "U.S."],
        ["The", "end", "."],
    ]
    # Offsets within a sentence map through the block's text map.
    second = found[1]
    span = second.source_span(0, 2)
    assert source[span.start : span.end] == "He"


def test_block_sentences_in_markdown_skip_markup():
    source = "**Mr. Smith** said [it was](http://x.com) over. *The* end.\n"
    [block] = parse("draft.md", source).blocks
    assert [s.text for s in block.sentences] == ["Mr. Smith said it was over.", "The end."]
    # A sentence's span runs from its first to its last visible character.
    assert [source[s.span.start : s.span.end] for s in block.sentences] == [
        "Mr. Smith** said [it was](http://x.com) over.",
        "The* end.",
    ]


# --------------------------------------------------------------------------- known bugs


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He moved to the U.S. "It was hard," he said.', ["He moved to the U.S.", '"It was hard," he said.']),
        (
            "He moved to the U.S. \u201cIt was hard,\u201d he said.",
            ["He moved to the U.S.", "\u201cIt was hard,\u201d he said."],
        ),
        (
            'It was sold to Acme Inc. "We are pleased," it said.',
            ["It was sold to Acme Inc.", '"We are pleased," it said.'],
        ),
    ],
)
def test_quote_opening_the_sentence_after_an_abbreviation(text, expected):
    assert sentences(text) == expected


def test_title_before_a_quoted_nickname():
    assert sentences('He met Sen. "Bob" Smith. Then he left.') == ['He met Sen. "Bob" Smith.', "Then he left."]


def test_domain_name_ending_a_sentence():
    assert sentences("Details are at abc.net.au. Tickets go on sale Friday.") == [
        "Details are at abc.net.au.",
        "Tickets go on sale Friday.",
    ]
