"""The spelling analysis's shortcuts (issue 19, round 4) give what the long
way gives: the hash index of a sorted table answers as its binary search,
a phrase slip not searched for is one no search would find, the words of a
draft read once per text are read as token by token, and the analysis of
real drafts is the same with every shortcut as with none.
"""

from __future__ import annotations

import zlib
from collections import Counter
from pathlib import Path

import pytest

from editlint import sortedtable
from editlint.analysis import words
from editlint.analysis.analyses import analyses
from editlint.analysis.attribution import SPEECH_VERBS
from editlint.analysis.wordlists import FUNCTION_WORDS, NAME_PARTICLES
from editlint.document import BlockKind
from editlint.parsing import parse
from editlint.spelling import check, lexicon, nearindex, slips, suggest
from editlint.spelling.speller import Speller
from editlint.tokens import TokenKind

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "drafts"
KEYS = ["", "a", "aa", "ab", "abz", "b", "ba", "zz", "é", "éa", "ü", "日本", "日本語", "\u00ff", "a\u00ff"]
KEYS += [f"{a}{b}{c}" for a in "abcxyz" for b in "aemz" for c in "aiou"]
ABSENT = ["aab", "c", "é\u00e0", "日", "zzzz", "A", "\u00fe", "ac", "abc", "abzz", " a"]


def _write(path: Path, keys: list[str], hashed: bool) -> sortedtable.SortedTable:
    sortedtable.write({key: key.upper().encode() for key in keys}, path, b"TESTTABL", hashed=hashed)
    return sortedtable.SortedTable(sortedtable.map_file(path), b"TESTTABL")


def _searched(table: sortedtable.SortedTable) -> sortedtable.SortedTable:
    """The same table searched by its keys' order, its hash index unused."""
    plain = sortedtable.SortedTable(table._keys._data, table._keys._data[:8])
    plain._slots = None
    return plain


def test_a_hashed_table_answers_as_the_binary_search(tmp_path: Path):
    hashed = _write(tmp_path / "hashed.bin", KEYS, hashed=True)
    plain = _write(tmp_path / "plain.bin", KEYS, hashed=False)
    assert hashed._slots is not None and plain._slots is None
    assert list(hashed.items()) == list(plain.items())
    for key in [*KEYS, *ABSENT]:
        assert hashed.get(key) == plain.get(key), key
    # The index lies after the values: the table's own bytes are unchanged.
    assert (tmp_path / "hashed.bin").read_bytes().startswith((tmp_path / "plain.bin").read_bytes())


def test_the_shipped_tables_are_hashed_and_answer_as_their_binary_search():
    for table in (lexicon.lexicon()._table, lexicon._phrase_table()):
        assert table._slots is not None
        searched = _searched(table)
        every = table.key_list()
        known = set(every)
        for i in range(0, len(every), 97):
            for key in (every[i], every[i] + "s", every[i][:-1], every[i].capitalize(), every[i] + "qx"):
                assert table.get(key) == searched.get(key), key
                assert (table.get(key) is None) == (key not in known), key


def test_a_damaged_hash_index_is_refused(tmp_path: Path):
    _write(tmp_path / "hashed.bin", KEYS, hashed=True)
    whole = (tmp_path / "hashed.bin").read_bytes()
    (tmp_path / "cut.bin").write_bytes(whole[:-4])
    with pytest.raises(ValueError):
        sortedtable.SortedTable(sortedtable.map_file(tmp_path / "cut.bin"), b"TESTTABL")


def test_every_key_read_at_once_is_every_key_read_one_by_one(tmp_path: Path):
    ascii_keys = [f"{a}{b}" for a in "abc" for b in "xyz"]
    for keys in (KEYS, ascii_keys, []):
        table = _write(tmp_path / "table.bin", keys, hashed=False)
        one_by_one = [table._keys[i].decode("utf-8") for i in range(len(table))]
        assert table.key_list() == one_by_one == sorted(keys, key=lambda k: k.encode())


def test_the_phrase_ends_are_those_of_the_phrases():
    every = lexicon._phrase_table().key_list()
    assert lexicon.phrase_ends(every) == dict(lexicon._phrase_end_table().items())


def test_may_end_phrase_with_a_first_letter_says_no_only_where_no_phrase_starts_so():
    every = lexicon._phrase_table().key_list()
    words = "nations states court officials police minister said house party reported council cross".split()
    for word in words:
        for first in "abcdefghijklmnopqrstuvwxyz":
            long_way = any(p.rpartition(" ") == (p.rpartition(" ")[0], " ", word) and p[:1] == first for p in every)
            assert lexicon.may_end_phrase(word, first) == long_way, (first, word)
        assert lexicon.may_end_phrase(word) == any(p.rpartition(" ")[2] == word for p in every)
    assert lexicon.may_end_phrase("nations", "u") and not lexicon.may_end_phrase("nations", "q")
    assert not lexicon.may_end_phrase("minister", "f")  # "Foreign Minister" is searched no more


def _problems(paths: list[Path], speller: Speller) -> list[tuple]:
    found = []
    for path in paths:
        document = parse(path.name, path.read_text(encoding="utf-8"))
        analysis = analyses(document).spelling(speller)
        found.append(analysis.not_prose)
        for p in analysis.problems:
            found.append((path.name, p.token.span.start, p.kind, p.word, p.detail, p.suggestions, p.confident))
    return found


def _words_to_read_the_long_way(analyser: check._Analyser) -> tuple[list, list]:
    """Every word read: its status asked token by token, and read one by one
    whatever its status (the loop leaves a known lower-case word alone)."""
    statuses, to_read = [], []
    for i, token in enumerate(analyser.uses.tokens):
        status = analyser.speller.word_status(token.text.replace("’", "'")) if words.is_checked(token) else None
        statuses.append(status)
        if status is not None:
            text = token.text.replace("’", "'")
            capitalised = text[:1].isupper() or ("-" in text and words.PARTICLE_NAME.match(text) is not None)
            to_read.append((i, text, status, capitalised))
    return statuses, to_read


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_words_read_one_by_one_are_all_but_the_known_lower_case_ones():
    speller = Speller("en-US")
    drafts = [parse("edges.md", f"# Heading Words Said\n\n{EDGES}\n")]
    drafts += [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::3]]
    for document in drafts:
        uses = words.find_words(document)
        analyser = check._Analyser(uses, words.capitalised_words(document, uses), speller, 5)
        statuses, to_read = analyser._words_to_read()
        long_statuses, every_word = _words_to_read_the_long_way(analyser)
        assert statuses == long_statuses
        # The loop does nothing with a known word in lower case: only those are left out.
        assert to_read == [word for word in every_word if word[2] != "ok" or word[3]]
        assert any(word[2] == "ok" and word[3] for word in to_read)


def test_a_tier_remembered_is_the_tier_the_lexicon_gives():
    speller = Speller("en-US")
    forms = [
        "Kennedy",
        "kennedy",
        "Kenedy",
        "President",
        "president",
        "Iran",
        "iran",
        "the",
        "Zzyzx",
        "",
        "café",
        "Café",
    ]
    forms += ["Kelly", "kelly", "O'Brien", "o'brien", "united", "United", "Untied", "prime", "Prime", "X"]
    for form in forms * 2:  # asked twice: the second answer is the one remembered
        flags = speller.lexicon.flags(form)
        assert speller.tier_of(form) == (lexicon.tier(flags) if flags else None), form
        assert speller.commonest_tier(form) == _commonest_tier_the_long_way(speller, form), form
    assert speller.tier_of("the") == 0 and speller.tier_of("Zzyzx") is None


def _commonest_tier_the_long_way(speller: Speller, word: str) -> int | None:
    forms = (speller.lexicon.flags(word), speller.lexicon.flags(word[:1].lower() + word[1:]))
    return min((lexicon.tier(flags) for flags in forms if flags), default=None)


def _common_the_long_way(analyser: check._Analyser, word: str) -> bool:
    flags = analyser.speller.lexicon.flags(word.lower())
    return bool(flags) and lexicon.tier(flags) <= check.COMMON_TIER


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_analysis_of_real_drafts_is_the_same_with_every_shortcut_and_with_none(monkeypatch):
    paths = sorted(WIKINEWS.glob("*.md"))[::12]
    short_way = _problems(paths, Speller("en-US"))
    assert lexicon.lexicon()._table._slots is not None and lexicon._phrase_table()._slots is not None
    # The long way: binary searches, every phrase slip searched for.
    plain = lexicon.Lexicon(sortedtable.map_file(lexicon.DATA))
    plain._table._slots = None
    monkeypatch.setattr(lexicon, "_phrases", _searched(lexicon._phrase_table()))
    monkeypatch.setattr(check, "may_end_phrase", lambda word, first="": True)
    # Round 5: every word read one by one, tiers looked up at each question,
    # near words found by every edit looked up, words' facts per draft.
    monkeypatch.setattr(check._Analyser, "_words_to_read", _words_to_read_the_long_way)
    monkeypatch.setattr(Speller, "commonest_tier", _commonest_tier_the_long_way)
    monkeypatch.setattr(check._Analyser, "_common", _common_the_long_way)
    monkeypatch.setattr(
        nearindex.NearIndex, "near", lambda self, word, extra=None: _near_the_long_way(word, _with(extra))
    )
    monkeypatch.setattr(words, "_FACTS", {})
    monkeypatch.setattr(words, "_CAPITALS", {})
    long_way = _problems(paths, Speller("en-US", lex=plain))
    assert any(p and p[2] == "typo" for p in long_way)
    assert short_way == long_way


# ---------------------------------------------------------------------- the words of a draft, the long way


def _words_the_long_way(document) -> tuple[list, list[int], list[int], list]:
    """find_words as written before its facts were asked once per text:
    each word's (block, token, flags, run), token by token."""
    found = []
    run = 0
    for block in document.blocks:
        heading = block.kind in (BlockKind.HEADLINE, BlockKind.HEADING)
        for sentence in block.sentences:
            tokens = sentence.tokens
            starts_phrase, previous_capitalised = True, False
            joined = words._joined_words(tokens)
            for i, token in enumerate(tokens):
                if token.kind in (TokenKind.PUNCT, TokenKind.SYMBOL):
                    starts_phrase = starts_phrase or token.text in words._OPENERS
                    previous_capitalised = False
                    continue
                if token.kind is not TokenKind.WORD:
                    starts_phrase = previous_capitalised = False
                    continue
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                next_word = nxt.text if nxt and nxt.kind is TokenKind.WORD else ""
                flags = 2 if heading else (1 if starts_phrase else 0)
                if next_word[:1].isupper() and not heading:
                    flags |= words.NEXT_CAPITALISED
                if next_word.lower() in SPEECH_VERBS:
                    flags |= words.NEXT_SPEECH_VERB
                if i in joined:
                    flags |= words.JOINED
                capitalised = (
                    not heading
                    and token.text.lower() not in FUNCTION_WORDS
                    and (token.text[:1].isupper() or words.PARTICLE_NAME.match(token.text) is not None)
                )
                particle = token.text.lower() in NAME_PARTICLES and previous_capitalised
                if capitalised or particle:
                    run += 0 if previous_capitalised else 1
                    found.append((block, token, flags, run))
                else:
                    found.append((block, token, flags, 0))
                previous_capitalised = capitalised or particle
                starts_phrase = False
    return found


def _capitals_the_long_way(uses: words.Uses) -> tuple[set, set, set]:
    found: tuple[set, set, set] = (set(), set(), set())
    for block, indexes in uses.by_block():
        if block.kind in words._NOT_BODY:
            continue
        for i in indexes:
            text = words.without_possessive(uses.tokens[i].text.replace("’", "'"))
            inner = uses.flags[i] & 3 == 0
            if inner and text[:1].isupper():
                found[0].add(text)
            for k, piece in enumerate(text.split("-")):
                if piece[:1].isupper() and (k or inner):
                    found[1].add(piece)
                elif piece[:1].islower():
                    found[2].add(piece)
    return found


EDGES = """A a I. [e]xtremely sow[ing] napster.no alt.religion.scientology "Ban said," (Dutton said)
al-Askari Institut National de Recherche. Osama bin Laden's. “Quoted” Words — and: More. U.S. e.g. 3.5
iPhone AEDT MPs CEOs x-ray Jean-Luc O’Brien’s soldiers' Ab ab Über café 日本 Geo-Science geo-science"""


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_words_of_a_draft_are_read_as_token_by_token():
    drafts = [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::3]]
    drafts.append(parse("edges.md", f"# Heading Words Said\n\n{EDGES}\n\n> {EDGES}\n"))
    for document in drafts:
        uses = words.find_words(document)
        long_way = _words_the_long_way(document)
        assert [(uses.block(i), t, uses.flags[i], uses.runs[i]) for i, t in enumerate(uses.tokens)] == long_way
        capitals = words.capitalised_words(document, uses)
        assert (capitals.words, capitals.parts, capitals.lower) == _capitals_the_long_way(uses)
        texts = [t.text for t in uses.tokens]
        assert uses.in_draft == {text.lower() for text in texts}
        assert uses.counts == Counter(words.without_possessive(t.replace("’", "'")).lower() for t in texts)


def test_a_plain_word_is_checked_as_the_rules_for_every_word_say():
    drafts = [parse("edges.md", EDGES)]
    if WIKINEWS.is_dir():
        drafts += [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::5]]
    texts = {t.text for d in drafts for b in d.blocks for t in b.tokens if t.kind is TokenKind.WORD}
    texts |= {"A", "Ab", "AB", "ABs", "aB", "ab", "Ünter", "über", "it's", "Don't", "McDonald", "x", ""}
    for text in texts:
        assert words.is_checked_word(text) == words._is_checked_by_rule(text), text


def _with(extra: nearindex.Extra | None) -> frozenset[str]:
    """The common words, and ``extra``'s words."""
    return lexicon.common_words() | (extra.words if extra else frozenset())


def _near_the_long_way(word: str, words: frozenset[str]) -> set[str]:
    """The members of ``words`` one edit from ``word``, and ``word``: every
    string an edit gives, looked up (the search before the index)."""
    return set(words & (suggest.edits1(word) | suggest.skip_swaps(word) | {word}))


EDGE_WORDS = ["recieve", "goverment", "untied", "pompeo", "teh", "a", "", "x" * 50, "café", "cafe", "o'brien"]
EDGE_WORDS += ["e-mail", "aab", "abc", "tradegy", "revelant", "naïve", "colour", "aa", "zzz", "dont", "its"]


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_near_word_index_finds_what_every_edit_looked_up_finds():
    common = lexicon.common_words()
    index = nearindex.near_index()
    drafts = [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::9]]
    texts = {t.text.lower() for d in drafts for b in d.blocks for t in b.tokens if t.kind is TokenKind.WORD}
    # The draft's words and four slips of each: a letter left out, doubled,
    # two swapped, one put for another.
    words = set(EDGE_WORDS)
    for text in sorted(texts)[::3]:
        words.update((text, text[1:], text[:2] + text[1:], text[1::-1] + text[2:], "q" + text[1:]))
    near = 0
    for word in sorted(words):
        found = index.near(word)
        assert index.holds(word) == (word in common), word
        assert found == _near_the_long_way(word, common), word
        near += bool(found - {word})
    assert near > len(words) // 3  # most slips have a common word an edit away


def test_words_the_index_does_not_hold_are_found_by_their_own_keys():
    accepted = ["zorblat", "kwizzle", "grüne", "quokka"]
    words = lexicon.common_words() | set(accepted)
    extra = nearindex.Extra(accepted)
    for word in ["zorblta", "zorlat", "kwizle", "kwizzzle", "grne", "grüner", "quokka", "qoukka", "recieve", "zorblat"]:
        assert nearindex.near_index().near(word, extra) == _near_the_long_way(word, words), word
    speller = Speller("en-US", ("zorblat", "Quokka", "the"))
    assert speller.near_misses_where("zorblta", lambda spelling: True)[0].spelling == "zorblat"
    assert speller.extra_words().words == {"zorblat", "quokka", "the"} - lexicon.common_words() == {"zorblat", "quokka"}
    for word in ["zorblat", "quokka", "the", "zorblta", "Quokka", "", "recieve"]:
        assert speller.is_common(word) == (word in speller.common_set()), word


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_suggestions_from_the_index_are_those_from_the_set_of_common_words():
    speller = Speller("en-US", ("zorblat",))
    drafts = [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::29]]
    texts = sorted({t.text for d in drafts for b in d.blocks for t in b.tokens if t.kind is TokenKind.WORD})
    # Slips of the drafts' words: a letter left out, two swapped, one put for another.
    typos = ["zorblta", "recieve", "Wednsday", "goverment", "thnkk", "x" * 50, "aa", "Untied", "tradegy"]
    typos += [slip for text in texts[::7] for slip in (text[:2] + text[3:], text[1::-1] + text[2:], text[:-1] + "q")]

    def tier_of(candidate: str) -> int:
        flags = speller.lexicon.flags(candidate)
        return lexicon.tier(flags) if flags else 3

    in_draft = frozenset(t.lower() for t in texts)
    for k, typo in enumerate(typos):
        deep = k < 20  # the two-edit search, for the first few (it takes 0.1 s a word)
        with_index = speller.suggestions(typo, in_draft, 5, deep)
        with_set = suggest.suggest(typo, speller.spelling_of, speller.common_set, tier_of, in_draft, 5, deep)
        assert with_index == with_set, typo


def test_one_edit_is_what_the_edits_make():
    words = [*EDGE_WORDS, "ab", "ba", "abcd", "acbd", "abdc", "bacd", "cbad", "abcé", "abcde", "abde", "abxcd", "ab-cd"]
    words += ["ab'cd", "abécd", "aabcd", "abccd", "dcba", "bcda", "abcdd", "b", ""]
    for word in words:
        made = suggest.edits1(word) | suggest.skip_swaps(word) | {word}
        for other in words:
            assert nearindex.one_edit(word, other) == (other in made), (word, other)
        for other in made:
            assert nearindex.one_edit(word, other), (word, other)


def test_the_shipped_near_word_index_is_the_one_common_txt_gives():
    assert nearindex.DATA.read_bytes() == nearindex.build(
        lexicon.common_lines(lexicon.COMMON.read_bytes())[0], zlib.crc32(lexicon.COMMON.read_bytes())
    )


def test_a_near_word_index_of_another_list_or_damaged_is_refused():
    words = ["cat", "dog", "cot"]
    data = nearindex.build(words, 7)
    index = nearindex.NearIndex(data, words, 7)
    assert index.near("cta") == {"cat"} and index.near("cot") == {"cot", "cat"}
    assert index.holds("dog") and not index.holds("do") and not index.holds("dogs")
    for other, fingerprint, cut in (
        (words, 8, data),
        (words[:2], 7, data),
        (words, 7, data[:-4]),
        (words, 7, b"x" + data),
    ):
        with pytest.raises(ValueError):
            nearindex.NearIndex(cut, other, fingerprint)


def _in_phrase_the_long_way(uses: words.Uses, i: int) -> bool:
    word = uses.word(i)
    if "-" in word and lexicon.is_phrase(word.replace("-", " ")):
        return True
    for size in (2, 3, 4):
        for start in range(i - size + 1, i + 1):
            if start < 0 or start + size > len(uses.tokens) or uses.block(start) is not uses.block(start + size - 1):
                continue
            if lexicon.is_phrase(" ".join(uses.word(k) for k in range(start, start + size))):
                return True
    return False


def _phrase_target_the_long_way(uses: words.Uses, i: int, near: list[str]) -> str | None:
    for size in range(2, slips.LONGEST_PHRASE + 1):
        for start in range(max(0, i - size + 1), i + 1):
            end = start + size - 1
            if end >= len(uses.tokens) or uses.block(start) is not uses.block(end):
                continue
            found = [words.without_possessive(uses.word(k)) for k in range(start, end + 1)]
            for spelling in near:
                found[i - start] = spelling.lower()
                if lexicon.is_phrase(" ".join(found)):
                    return spelling[0].upper() + spelling[1:]
    return None


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_phrases_around_a_word_are_the_runs_of_its_block_as_the_long_way_finds_them():
    speller = Speller("en-US")
    text = "Migrants of the Untied Nations met per se. Unitde States. Joie de vivre, said the Loya Jirga."
    drafts = [parse("edges.md", f"# Untied Nations\n\n{text}\n\nUnited\n\nNations per\n\nse")]
    drafts += [parse(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[::15]]
    targets = 0
    for document in drafts:
        uses = words.find_words(document)
        analyser = check._Analyser(uses, words.capitalised_words(document, uses), speller, 5)
        for i, token in enumerate(uses.tokens):
            assert analyser._in_phrase(i) == _in_phrase_the_long_way(uses, i), (document.path, i, token.text)
            # Each word put in place of each other word of the draft's phrases.
            near = ["United", "States", "Nations", token.text, "Vivre", "Jirga", "se"]
            target = slips.phrase_target(uses, i, near)
            assert target == _phrase_target_the_long_way(uses, i, near), (document.path, i, token.text)
            targets += target is not None
    assert targets
