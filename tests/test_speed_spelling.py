"""The spelling analysis's shortcuts (issue 19, round 4) give what the long
way gives: the hash index of a sorted table answers as its binary search,
WordNet's phrases read whole answer as the table, a phrase slip not
searched for is one no search would find, and the analysis of real drafts
is the same with every shortcut as with none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editlint import sortedtable
from editlint.analysis.analyses import analyses
from editlint.parsing import parse
from editlint.spelling import lexicon
from editlint.spelling.speller import Speller

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


@pytest.fixture
def phrases_read(monkeypatch):
    """may_end_phrase past its first questions: the phrases read whole."""
    monkeypatch.setattr(lexicon, "_ends_asked", lexicon.ENDS_AFTER)
    lexicon.may_end_phrase("nations")
    assert lexicon._phrases_read is not None


def test_phrases_read_whole_answer_as_the_table(phrases_read):
    table = lexicon._phrase_table()
    every = table.key_list()
    for i in range(0, len(every), 7):
        phrase = every[i]
        for words in (phrase, phrase + "s", phrase.rpartition(" ")[0], phrase.replace(" ", "-")):
            assert lexicon.is_phrase(words) == (table.get(words) is not None), words


def test_may_end_phrase_with_a_first_letter_says_no_only_where_no_phrase_starts_so(phrases_read):
    every = lexicon._phrase_table().key_list()
    words = "nations states court officials police minister said house party reported council cross".split()
    for word in words:
        for first in "abcdefghijklmnopqrstuvwxyz":
            long_way = any(p.rpartition(" ") == (p.rpartition(" ")[0], " ", word) and p[:1] == first for p in every)
            assert lexicon.may_end_phrase(word, first) == long_way, (first, word)
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


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the Wikinews corpus is not beside the repository")
def test_the_analysis_of_real_drafts_is_the_same_with_every_shortcut_and_with_none(monkeypatch):
    paths = sorted(WIKINEWS.glob("*.md"))[::12]
    # The long way: binary searches, every phrase looked up in the table,
    # every phrase slip searched for.
    plain = lexicon.Lexicon(sortedtable.map_file(lexicon.DATA))
    plain._table._slots = None
    monkeypatch.setattr(lexicon, "_phrases_read", None)
    monkeypatch.setattr(lexicon, "_ends_asked", 0)
    monkeypatch.setattr(lexicon, "ENDS_AFTER", 10**9)
    long_way = _problems(paths, Speller("en-US", lex=plain))
    assert lexicon._phrases_read is None
    monkeypatch.setattr(lexicon, "ENDS_AFTER", 0)
    short_way = _problems(paths, Speller("en-US"))
    assert lexicon._phrases_read is not None and lexicon.lexicon()._table._slots is not None
    assert any(p and p[2] == "typo" for p in long_way)
    assert short_way == long_way
