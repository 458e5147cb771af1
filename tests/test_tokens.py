"""Tokens of a block (``Block.tokens``): their kinds and exact source spans.

A token's ``text`` is ``block.text[start:end]`` and its ``span`` is the source
range it came from; every test also checks that the source at the span is
the token's text.
"""

from __future__ import annotations

import pytest

from editlint.document import PLACEHOLDER, Block, TokenKind
from editlint.parsing import parse

WORD = TokenKind.WORD
NUMBER = TokenKind.NUMBER
ACRONYM = TokenKind.ACRONYM
URL = TokenKind.URL
HANDLE = TokenKind.HANDLE
HASHTAG = TokenKind.HASHTAG
PUNCT = TokenKind.PUNCT
SYMBOL = TokenKind.SYMBOL
HIDDEN = TokenKind.HIDDEN


def block_of(source: str, fmt: str = "txt") -> Block:
    [block] = parse(f"draft.{fmt}", source).blocks
    return block


def tokens(source: str, fmt: str = "txt") -> list[tuple[str, TokenKind]]:
    """(text, kind) of each token of a one-block draft, after checking that
    each token is its block text's slice and (unless hidden) its source's."""
    block = block_of(source, fmt)
    out = []
    for token in block.tokens:
        assert block.text[token.start : token.end] == token.text
        piece = source[token.span.start : token.span.end]
        if token.kind is HIDDEN:
            assert token.text == PLACEHOLDER and piece
        else:
            assert piece == token.text, (token, piece)
        out.append((token.text, token.kind))
    return out


def kinds_of(source: str, wanted: list[str], fmt: str = "txt") -> list[tuple[str, TokenKind]]:
    found = dict(tokens(source, fmt))
    return [(w, found.get(w)) for w in wanted]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_numbers_times_money_ordinals_decades_and_temperatures(fmt):
    source = "At 4:00pm and 10:30 a.m. it cost $3.50, the 21st in the 1990s at 35C, 10am and 1,200.5 or 50%.\n"
    assert tokens(source, fmt) == [
        ("At", WORD),
        ("4:00pm", NUMBER),
        ("and", WORD),
        ("10:30 a.m.", NUMBER),  # one token, the space included
        ("it", WORD),
        ("cost", WORD),
        ("$3.50", NUMBER),
        (",", PUNCT),
        ("the", WORD),
        ("21st", NUMBER),
        ("in", WORD),
        ("the", WORD),
        ("1990s", NUMBER),
        ("at", WORD),
        ("35C", NUMBER),
        (",", PUNCT),
        ("10am", NUMBER),
        ("and", WORD),
        ("1,200.5", NUMBER),
        ("or", WORD),
        ("50%", NUMBER),
        (".", PUNCT),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "12:45:30",
        "10:30am",
        "9:15 p.m.",
        "\u20ac5bn",
        "$3 million",
        "\u00a320",
        "35\u00b0C",
        "2nd",
        "3rd",
        "100th",
        "80s",
    ],
)
def test_more_number_forms_are_one_number(text):
    assert tokens(f"It was {text} then.") == [("It", WORD), ("was", WORD), (text, NUMBER), ("then", WORD), (".", PUNCT)]


def test_a_number_at_the_end_of_a_sentence_keeps_its_full_stop_apart():
    assert tokens("It closed at $3.50. AMP fell.") == [
        ("It", WORD),
        ("closed", WORD),
        ("at", WORD),
        ("$3.50", NUMBER),
        (".", PUNCT),
        ("AMP", WORD),
        ("fell", WORD),
        (".", PUNCT),
    ]


# --------------------------------------------------------------------------- acronyms


def test_dotted_acronyms():
    assert tokens("The U.S. and U.K. at 5 p.m., e.g. A.B.C.") == [
        ("The", WORD),
        ("U.S.", ACRONYM),
        ("and", WORD),
        ("U.K.", ACRONYM),
        ("at", WORD),
        ("5", NUMBER),
        ("p.m.", ACRONYM),
        (",", PUNCT),
        ("e.g.", ACRONYM),
        ("A.B.C.", ACRONYM),
    ]


def test_undotted_initialisms_are_words():
    assert kinds_of("NASA and ABC met.", ["NASA", "ABC"]) == [("NASA", WORD), ("ABC", WORD)]


# --------------------------------------------------------------------------- addresses, handles, hashtags


def test_bare_domains_are_url_tokens():
    assert tokens("Visit abc.net.au or news.com.au/story/x.html, or example.org. Not file.txt.") == [
        ("Visit", WORD),
        ("abc.net.au", URL),
        ("or", WORD),
        ("news.com.au/story/x.html", URL),
        (",", PUNCT),
        ("or", WORD),
        ("example.org", URL),  # the full stop ends the sentence, not the domain
        (".", PUNCT),
        ("Not", WORD),
        ("file.txt", TokenKind.FILE),  # a file name is one token, never spell-checked
        (".", PUNCT),
    ]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_scheme_and_www_urls_and_emails_are_hidden(fmt):
    source = "See https://example.com/a?b=c and www.abc.net.au, or me@abc.net.au.\n"
    block = block_of(source, fmt)
    assert tokens(source, fmt) == [
        ("See", WORD),
        (PLACEHOLDER, HIDDEN),
        ("and", WORD),
        (PLACEHOLDER, HIDDEN),
        (",", PUNCT),
        ("or", WORD),
        (PLACEHOLDER, HIDDEN),
        (".", PUNCT),
    ]
    hidden = [source[t.span.start : t.span.end] for t in block.tokens if t.kind is HIDDEN]
    assert hidden == ["https://example.com/a?b=c", "www.abc.net.au", "me@abc.net.au"]


def test_handles_and_hashtags():
    assert tokens("Follow @abcnews and @ABC_News on #auspol, #COVID19 and #\u00e9t\u00e9.") == [
        ("Follow", WORD),
        ("@abcnews", HANDLE),
        ("and", WORD),
        ("@ABC_News", HANDLE),
        ("on", WORD),
        ("#auspol", HASHTAG),
        (",", PUNCT),
        ("#COVID19", HASHTAG),
        ("and", WORD),
        ("#\u00e9t\u00e9", HASHTAG),
        (".", PUNCT),
    ]


def test_not_handles_or_hashtags():
    # A number after "#" is no hashtag, and "C#" is a word and a sign.
    assert tokens("Ranked #1 in C# today") == [
        ("Ranked", WORD),
        ("#", PUNCT),
        ("1", NUMBER),
        ("in", WORD),
        ("C", WORD),
        ("#", PUNCT),
        ("today", WORD),
    ]


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    "word",
    [
        "Israel's",
        "Israel\u2019s",
        "we'd",
        "don't",
        "don\u2019t",
        "rock'n'roll",
        "tit-for-tat",
        "mid-October",
        "COVID-19",
        "F-35",
        "e-mail",
    ],
)
def test_possessives_contractions_and_compounds_are_one_word(word):
    assert tokens(f"Then {word} came") == [("Then", WORD), (word, WORD), ("came", WORD)]


def test_apostrophes_and_hyphens_at_the_edges_are_punctuation():
    assert tokens("The players' union -- and 'quoted' words") == [
        ("The", WORD),
        ("players", WORD),
        ("'", PUNCT),
        ("union", WORD),
        ("-", PUNCT),
        ("-", PUNCT),
        ("and", WORD),
        ("'", PUNCT),
        ("quoted", WORD),
        ("'", PUNCT),
        ("words", WORD),
    ]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_combining_marks_stay_inside_their_word(fmt):
    source = "The cafe\u0301 and nai\u0308ve re\u0301sume\u0301s, not Cafe\u0301-owners.\n"
    assert tokens(source, fmt) == [
        ("The", WORD),
        ("cafe\u0301", WORD),
        ("and", WORD),
        ("nai\u0308ve", WORD),
        ("re\u0301sume\u0301s", WORD),
        (",", PUNCT),
        ("not", WORD),
        ("Cafe\u0301-owners", WORD),
        (".", PUNCT),
    ]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_arabic_words(fmt):
    # With and without short vowels (harakat, combining marks), then the Arabic question mark.
    source = "\u0643\u062a\u0628 \u0627\u0644\u0637\u0627\u0644\u0628 \u0643\u064e\u062a\u064e\u0628\u064e \u062f\u0631\u0633\u0647\u061f\n"
    assert tokens(source, fmt) == [
        ("\u0643\u062a\u0628", WORD),
        ("\u0627\u0644\u0637\u0627\u0644\u0628", WORD),
        ("\u0643\u064e\u062a\u064e\u0628\u064e", WORD),
        ("\u062f\u0631\u0633\u0647", WORD),
        ("\u061f", PUNCT),
    ]


def test_other_scripts_are_words():
    assert tokens("Stra\u00dfe \u6771\u4eac \u041c\u043e\u0441\u043a\u0432\u0430") == [
        ("Stra\u00dfe", WORD),
        ("\u6771\u4eac", WORD),
        ("\u041c\u043e\u0441\u043a\u0432\u0430", WORD),
    ]


def test_emoji_are_symbols_not_words():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    source = f"Go \U0001f44d now {family} ok"
    found = tokens(source)
    assert [t for t in found if t[1] is WORD] == [("Go", WORD), ("now", WORD), ("ok", WORD)]
    assert ("\U0001f44d", SYMBOL) in found
    # The family's tokens together are exactly the family's code points.
    block = block_of(source)
    family_tokens = [t for t in block.tokens if t.kind is SYMBOL and t.text != "\U0001f44d"]
    assert "".join(t.text for t in family_tokens) == family
    assert source[family_tokens[0].span.start : family_tokens[-1].span.end] == family


@pytest.mark.parametrize("emoji", ["\u2764\ufe0f", "1\ufe0f\u20e3", "\u260e\ufe0f"])
def test_emoji_presentation_marks_are_not_words(emoji):
    found = tokens(f"I {emoji} it")
    assert [t for t in found if t[1] is WORD] == [("I", WORD), ("it", WORD)]


# --------------------------------------------------------------------------- spans through markup


def test_token_spans_skip_markdown_markup():
    source = "**U.S.** troops, [abc.net.au](https://abc.net.au) and _Israel\u2019s_ 4:00pm &amp; `x`.\n"
    block = block_of(source, "md")
    assert [(t.text, t.kind, source[t.span.start : t.span.end]) for t in block.tokens] == [
        ("U.S.", ACRONYM, "U.S."),
        ("troops", WORD, "troops"),
        (",", PUNCT, ","),
        ("abc.net.au", URL, "abc.net.au"),  # the link text; its destination is skipped
        ("and", WORD, "and"),
        ("Israel\u2019s", WORD, "Israel\u2019s"),
        ("4:00pm", NUMBER, "4:00pm"),
        ("&", PUNCT, "&amp;"),
        (PLACEHOLDER, HIDDEN, "`x`"),
        (".", PUNCT, "."),
    ]


def test_token_offsets_in_a_multiline_crlf_block():
    source = "The\tcafe\u0301 opened\r\nat 10:30 a.m. \U0001f44d\r\n"
    block = block_of(source)
    assert block.text == "The\tcafe\u0301 opened\nat 10:30 a.m. \U0001f44d"
    # Worked out by hand: "The\t" is 4, "cafe\u0301" is 5 code points, and the
    # CRLF is two source characters but one character of the text.
    assert [(t.text, t.start, t.end, t.span.start, t.span.end) for t in block.tokens] == [
        ("The", 0, 3, 0, 3),
        ("cafe\u0301", 4, 9, 4, 9),
        ("opened", 10, 16, 10, 16),
        ("at", 17, 19, 18, 20),
        ("10:30 a.m.", 20, 30, 21, 31),
        ("\U0001f44d", 31, 32, 32, 33),
    ]
