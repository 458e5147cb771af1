"""The shortcuts taken for speed (issue 19) give what the long way gives.

Each shortcut skips work whose result it can tell in advance; these tests
compare it with the long way on real words and drafts, and check that the
work skipped stays skipped. benchmarks/same_output.py checks the whole JSON
report on the benchmark corpora, byte for byte.
"""

from __future__ import annotations

import mmap
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from helpers import WIKINEWS, make_rule, rule_findings, shipped_rules

from editlint import sortedtable, tokens
from editlint.analysis.analyses import analyses
from editlint.analysis.people import reader_for as people_reader
from editlint.analysis.reading import PeopleReader
from editlint.grammar import tagger
from editlint.kinds import base
from editlint.kinds.pattern import Pattern, _unit_index, _UnitIndex, _UnitViews, _view
from editlint.parsing import parse, reader_for
from editlint.spelling import check, lexicon
from editlint.spelling.check import Speller
from editlint.spelling.lexicon import is_phrase

#: Capitalised words that stand before another capitalised word in news
#: (the misspelt-phrase check's input), common words, and slips.
WORDS = (
    "untied united nations state states house white red cross prime minister supreme court "
    "new york general assembly labor labour party world health organisation organization "
    "center centre defense defence color colour facton tradegy recieve goverment parliment "
    "bank reserve federal national guard home office foreign affairs border force"
).split()


@pytest.mark.parametrize("language", ["en-US", "en-GB", "en-AU"])
def test_near_misses_where_is_the_full_search_filtered(language):
    speller = Speller(language)
    follows = ("Nations", "States", "Court", "Party", "Office", "Cross", "Reserve")

    def keeps(word: str, following: str):
        # The misspelt-phrase check's filter (editlint.spelling.check).
        def keep(spelling: str) -> bool:
            other = spelling.lower()
            return other != word and other[0] == word[0] and is_phrase(f"{other} {following.lower()}")

        return keep

    def fields(nears) -> list[tuple]:
        return [(n.spelling, n.distance, n.tier) for n in nears]

    kept_any = False
    for word in WORDS:
        for following in follows:
            keep = keeps(word, following)
            fast = Speller(language).near_misses_where(word, keep)  # nothing remembered: the short way
            full = [n for n in speller.near_misses(word) if keep(n.spelling)]
            assert fields(fast) == fields(full), (word, following)
            # Remembered by now: the same again, from the memo.
            assert fields(speller.near_misses_where(word, keep)) == fields(fast)
            kept_any = kept_any or bool(fast)
    assert kept_any  # "untied" before "Nations" gives "united"


def test_a_misspelt_phrase_is_still_found_and_a_right_one_left_alone():
    def problems(text: str):
        document = parse("draft.md", text)
        found = analyses(document).spelling(Speller("en-US")).problems
        return [(p.kind, p.word, p.suggestions) for p in found]

    assert problems("Migrants, according to the Untied Nations, were turned away.") == [
        ("likely-typo", "Untied", ("United",))
    ]
    assert problems("Migrants, according to the United Nations, were turned away.") == []


def test_may_end_phrase_says_no_only_of_a_word_no_phrase_ends_with():
    words = "nations states court officials police minister said house party reported council".split()
    phrases = list(lexicon._phrase_table().keys())
    for word in words:
        assert lexicon.may_end_phrase(word) == any(p.endswith(" " + word) for p in phrases), word
    assert not lexicon.may_end_phrase("officials")
    assert lexicon.may_end_phrase("nations")


def test_a_misspelt_phrase_is_found_where_the_phrase_ends_say_one_may_be():
    def problems(text: str):
        found = analyses(parse("draft.md", text)).spelling(Speller("en-US")).problems
        return [(p.kind, p.word, p.suggestions) for p in found]

    assert problems("Migrants, according to the Untied Nations, were turned away.") == [
        ("likely-typo", "Untied", ("United",))
    ]
    assert problems("Migrants, said Untied Officials, were turned away.") == []


PATTERN = """
kind: pattern
tokens: [{text: could}, {text: care}, {text: less}]
"""


def test_a_pattern_rule_keeps_nothing_for_units_that_lack_its_words():
    # On news never met before most units lack a word a pattern rule needs;
    # those are passed over before a memo entry is made, so the memo holds
    # only the units that could match (it held one entry per unit).
    rule = make_rule(PATTERN)
    other = make_rule("kind: pattern\ntokens: [{text: the}]\n")
    assert isinstance(rule, Pattern)
    sentences = [f"The council met on day {n} of the session." for n in range(40)]
    text = " ".join(sentences) + " I could care less about it."
    document = parse("draft.md", text)
    units = [s for block in document.blocks for s in block.sentences]
    list(other.check(units, document))  # makes the units' views, as the first rule of a run does
    assert len(analyses(document).memo(_UnitViews)) == len(units)
    findings = list(rule.check(units, document))
    assert [text[f.span.start : f.span.end] for f in findings] == ["could care less"]
    assert len(rule._memo) == 1


def _modules_a_cold_start_imports(tmp_path: Path) -> set[str]:
    """The modules ``editlint`` imports to check a small Markdown draft whose
    doubled word it reports (an error: exit 1) at line 3, column 1."""
    draft = tmp_path / "draft.md"
    draft.write_text("# Council meets\n\nThe the council met on Tuesday.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "editlint", "--no-cache", str(draft)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "draft.md:3:1" in done.stdout
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_a_cold_start_on_plain_text_does_not_import_the_display_width_tables(tmp_path: Path):
    # wcwidth's tables take a tenth of a cold start; a report on ASCII text
    # never needs them (the text report's carets count one cell a character).
    imported = _modules_a_cold_start_imports(tmp_path)
    assert "editlint.reporters.excerpt" in imported  # the carets were drawn
    assert "wcwidth" not in imported
    assert "tempfile" not in imported  # --no-cache writes no cache entry


def _table(tmp_path: Path, keys: list[str]) -> sortedtable.SortedTable:
    path = tmp_path / "table.bin"
    sortedtable.write({key: key.upper().encode() for key in keys}, path, b"TESTTABL")
    return sortedtable.SortedTable(path.read_bytes(), b"TESTTABL")


def test_a_lookup_by_prefix_finds_what_the_whole_table_holds(tmp_path: Path):
    # Keys of one byte, of none, with non-ASCII first bytes, and keys that
    # sort at the very ends of a prefix's range.
    keys = ["", "a", "aa", "ab", "abz", "b", "ba", "zz", "zzz", "é", "éa", "ü", "日本", "日本語", "\u00ff", "a\u00ff"]
    keys += [f"{a}{b}{c}" for a in "abcxyz" for b in "aemz" for c in "aiou"]
    table = _table(tmp_path, keys)
    for key in keys:
        assert table.get(key) == key.upper().encode(), key
    for absent in ["aab", "c", "é\u00e0", "日", "zzzz", "A", "\u00fe", "ac", "abc"]:
        if absent not in keys:
            assert table.get(absent) is None, absent
    # The real lexicon: every key of a stretch of it, and a slip of each.
    words = lexicon.lexicon()._table
    every = list(words.keys())
    known = set(every)
    for i in range(0, len(every), 997):
        assert words.get(every[i]) == words.value(i)
        slip = every[i] + "qx"
        assert (words.get(slip) is None) == (slip not in known)


def test_a_mapped_table_answers_as_the_table_read_whole(tmp_path: Path):
    # The shipped tables are mapped into memory, not read (0.013 s of a cold
    # start); every key and slip is answered as from the file's bytes.
    keys = ["", "a", "ab", "é", "éa", "日本語", *(f"{a}{b}" for a in "abcxyz" for b in "aeiouz")]
    read = _table(tmp_path, keys)
    mapped = sortedtable.SortedTable(sortedtable.map_file(tmp_path / "table.bin"), b"TESTTABL")
    assert isinstance(mapped._keys._data, mmap.mmap)
    assert list(mapped.items()) == list(read.items())
    for key in [*keys, "abc", "日", "zz9"]:
        assert mapped.get(key) == read.get(key)
    assert isinstance(lexicon.lexicon()._table._keys._data, mmap.mmap)
    # A table cut short is refused, not read past its end.
    (tmp_path / "cut.bin").write_bytes((tmp_path / "table.bin").read_bytes()[:40])
    with pytest.raises(ValueError):
        sortedtable.SortedTable(sortedtable.map_file(tmp_path / "cut.bin"), b"TESTTABL")


def test_a_lookup_searches_only_the_keys_of_its_prefix(tmp_path: Path):
    keys = [f"{a}{b}{c}{d}" for a in "abcdefgh" for b in "abcdefgh" for c in "abcdefgh" for d in "abcdefgh"]
    table = _table(tmp_path, keys)  # 4,096 keys, 64 of each two-letter prefix
    table.get("cdef")  # the first of the prefix "cd" finds where its keys lie

    reads = []
    real = table._keys

    class Counted:
        def __len__(self):
            return len(real)

        def __getitem__(self, i):
            reads.append(i)
            return real[i]

    table._keys = Counted()
    assert table.get("cdgh") == b"CDGH"
    assert table.get("cdzz") is None
    # A search of 64 keys takes 6 or 7 reads; of all 4,096, 12 or 13.
    assert len(reads) <= 2 * 8
    assert all(keys.index("cdaa") <= i <= keys.index("cdhh") + 1 for i in reads)


def test_a_cold_start_on_markdown_imports_no_other_reader_no_vale_and_no_git(tmp_path: Path):
    # The Word and HTML readers and Vale's config reader are a tenth of the
    # imports; a Markdown draft with a default config needs none of them.
    imported = _modules_a_cold_start_imports(tmp_path)
    assert "editlint.parsing.markdown" in imported
    for module in ("editlint.parsing.docx", "editlint.parsing.wordfix", "editlint.parsing.html", "editlint.vale.ini"):
        assert module not in imported
    # git is run only for --diff-base: neither it nor subprocess is imported.
    assert "editlint.gitdiff" not in imported
    assert "subprocess" not in imported


def test_a_reader_imported_on_first_use_reads_and_travels_to_a_worker():
    reader = reader_for("page.html")
    assert reader.name == "html"
    document = parse("page.html", "<h1>Council meets</h1><p>The council met.</p>")
    assert [block.text for block in document.blocks] == ["Council meets", "The council met."]
    # Readers travel to worker processes with the drafts' settings.
    assert pickle.loads(pickle.dumps(reader)).read("p.html", "<p>Hi there.</p>").blocks[-1].text == "Hi there."


def test_words_by_block_are_each_word_s_own_block():
    # capitalised_words reads the body block by block rather than asking
    # each word for its block (a search a word).
    for path in sorted(WIKINEWS.glob("*.md"))[:20]:
        uses = analyses(parse(str(path), path.read_text(encoding="utf-8"))).words
        seen = [(i, block) for block, indexes in uses.by_block() for i in indexes]
        assert [i for i, _ in seen] == list(range(len(uses.tokens)))
        assert all(uses.block(i) is block for i, block in seen)
    # A draft with no words has no blocks of words.
    for text in ("", "1 2 3\n\n--\n", "---\n---\n"):
        assert list(analyses(parse("draft.md", text)).words.by_block()) == []


def _reading(s) -> tuple:
    titles = [(m.start, m.end, m.form.words, m.possessive) for m in s.titles]
    runs = [(r.start, r.end, r.words, r.suffix, r.org) for r in s.runs]
    return titles, sorted(s.courtesy), sorted(s.in_title), runs, sorted(s.run_at)


def _readings(reader: PeopleReader, text: str) -> list[tuple]:
    document = parse("draft.md", text)
    people = analyses(document).people(reader)
    return [_reading(s) for block in document.blocks for s in people.sentences(block)]


def test_a_sentence_read_again_reads_as_a_sentence_read_anew():
    # A language server reads a draft again at each edit: the second
    # reading of each sentence comes from the reader's memo.
    shared = people_reader()
    # A reader of its own: the shared one's memo, filled by other tests, may
    # be cleared at its bound in the middle of this test.
    reader = PeopleReader(shared.forms, shared.courtesy, shared.honorifics)
    for path in sorted(WIKINEWS.glob("*.md"))[:15]:
        text = path.read_text(encoding="utf-8")
        first = _readings(reader, text)
        remembered = len(reader._readings)
        again = _readings(reader, text)
        assert len(reader._readings) == remembered  # nothing read anew
        fresh = _readings(PeopleReader(reader.forms, reader.courtesy, reader.honorifics), text)
        assert again == first == fresh


def test_a_remembered_reading_still_asks_how_the_draft_writes_an_opening_word():
    # "Rain" opening a sentence is a name only where the body writes it
    # capitalised inside a sentence too: the same sentence reads otherwise.
    reader = PeopleReader(people_reader().forms, frozenset({"Mr"}), frozenset())
    as_name = _readings(reader, "Rain met the press.\n\nAides to Rain said so.\n")[0]
    as_word = _readings(reader, "Rain met the press.\n\nAides said so.\n")[0]
    assert as_name[3] and as_name[3][0][2] == ("Rain",)
    assert not as_word[3]


def test_a_phrase_slip_is_worked_out_once_per_pair_of_words(monkeypatch):
    speller = Speller("en-US")

    def problems(text: str):
        found = analyses(parse("draft.md", text)).spelling(speller).problems
        return [(p.kind, p.word, p.suggestions) for p in found]

    text = "Migrants, according to the Untied Nations, were turned away by the White House."
    first = problems(text)
    assert first == [("likely-typo", "Untied", ("United",))]
    assert speller.phrase_slips[("untied", "nations")] == "United"
    # Asked again (a recheck, another draft), the pair comes from the memo.
    monkeypatch.setattr(check, "_phrase_slip", lambda *pair: pytest.fail(f"searched again: {pair}"))
    assert problems(text) == first
    assert problems("Delegates of the Untied Nations met.") == first


def test_a_rule_s_fingerprint_is_worked_out_when_first_asked_for():
    # 110 fingerprints (a repr of every option and word list, hashed) were
    # 0.003 s of a cold start; without the result cache only the rules
    # that compare drafts need one.
    rule = make_rule("kind: existence\ntokens: [utilize, leverage]\nmessage: Avoid {match}\n")
    assert "fingerprint" not in vars(rule)
    assert rule.fingerprint == base.fingerprint(rule.spec, rule.options)
    assert len(rule.fingerprint) == 24
    assert make_rule("kind: existence\ntokens: [utilize]\nmessage: Avoid {match}\n").fingerprint != rule.fingerprint


def _could_match(rule, view) -> bool:
    """The long way: the unit holds a word of each set of words the rule
    requires and a tag of each set of tags."""
    return all(not required.isdisjoint(view.words) for required in rule.required_words) and all(
        not required.isdisjoint(view.by_tag) for required in rule.required_tags
    )


def test_a_pattern_rule_visits_the_units_its_index_names_and_finds_what_it_finds_in_all(monkeypatch):
    # Every shipped pattern rule, on real news and on the rules' own good and
    # bad examples: the units the draft's index names are exactly those that
    # hold a word (and tag) of each matcher the rule cannot do without, and
    # the findings are those of a visit to every unit.
    rules = [rule for rule in shipped_rules() if isinstance(rule, Pattern)]
    assert len(rules) > 20
    examples = "\n\n".join(e.text for rule in rules for e in rule.spec.bad + rule.spec.good)
    drafts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[:12]]
    drafts.append(("examples.md", examples))
    for name, text in drafts:
        document = parse(name, text)
        for rule in rules:
            units = rule.scope.units(document)
            holding = [n for n, unit in enumerate(units) if unit.tokens and _could_match(rule, _view(document, unit))]
            assert _unit_index(document, units).candidates(rule.required_words, rule.required_tags) == holding
    fast = rule_findings(rules, drafts)
    assert len(fast) > 100
    monkeypatch.setattr(_UnitIndex, "candidates", lambda index, words, tags: list(range(len(index.units))))
    assert rule_findings(rules, drafts) == fast


def test_the_tokenizer_s_word_shortcut_cuts_text_as_the_long_way():
    # The tokenizer's first alternative takes a run of letters where no
    # other alternative could take it further; without it, the same tokens
    # of the same kinds, on every block of real news and on text written to
    # sit on each edge (domains, file names, initialisms, apostrophes,
    # hyphens, combining marks, other scripts).
    long_way = regex.compile(tokens._TOKEN.pattern.replace(tokens._WORD_SHORTCUT, "(?!)", 1), regex.VERBOSE)
    assert long_way.pattern != tokens._TOKEN.pattern
    edges = (
        "U.S. e.g. A. Smith said.” See example.com/news, report.pdf or notes.docx. a.b a. b x.y z.",
        "co-op don’t rock 'n' roll O'Neill co_op word.\u0301 cafe\u0301 naïve Ünïcödé тест слово. 中文字 ok",
        "@handle #tag name@example.com 4:00pm $3.50 1990s 21st p.m. Fig.2 v.2 end.",
    )
    texts = list(edges)
    for path in sorted(WIKINEWS.glob("*.md")):
        texts += [block.text for block in parse(str(path), path.read_text(encoding="utf-8")).blocks]
    shortcut_taken = 0
    for text in texts:
        fast = [(m.span(), tokens._KINDS[m.lastgroup]) for m in tokens._TOKEN.finditer(text)]
        assert fast == [(m.span(), tokens._KINDS[m.lastgroup]) for m in long_way.finditer(text)], text
        shortcut_taken += sum(1 for m in tokens._TOKEN.finditer(text) if m.lastgroup == "plainword")
    assert shortcut_taken > 100_000


def test_the_command_collects_garbage_less_often_and_a_program_importing_editlint_does_not():
    # The command sets its collector's thresholds before it checks anything
    # (and leaves the objects made at import out of every collection); a
    # program that imports editlint keeps its own.
    from editlint import command as entry

    command = (
        "import gc, sys\n"
        "from editlint import cli, command\n"
        "cli.main = lambda: print(gc.get_threshold(), gc.get_freeze_count() > 0, flush=True)\n"
        "command.run()\n"
    )
    library = "import gc\nimport editlint.api, editlint.cli\nprint(gc.get_threshold(), gc.get_freeze_count() > 0)\n"
    run = lambda code: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout  # noqa: E731
    assert run(command).strip() == f"{entry.GC_THRESHOLDS} True"
    assert run(library).strip() == "(700, 10, 10) False"


def test_a_word_s_lemmas_are_worked_out_once_and_are_what_the_lexicon_says():
    from editlint.grammar import nounphrase

    words = set()
    for path in sorted(WIKINEWS.glob("*.md"))[:5]:
        for block in parse(str(path), path.read_text(encoding="utf-8")).blocks:
            words.update(token.text for token in block.tokens)
    words.update(["Did", "did", "was", "Were", "leaves", "’s", ""])
    for word in sorted(words):
        assert nounphrase._lemmas(word) == nounphrase._lemmas.__wrapped__(word), word
        assert nounphrase._lemmas(word) is nounphrase._lemmas(word)
    assert {"do", "did"} <= nounphrase._lemmas("did")


def test_a_word_with_one_capital_or_none_is_no_initialism_as_the_long_way_says():
    # _fixed_tag sends a word with at most one capital straight to the
    # contraction test; the long way looks at its letters one by one.
    words = {"US", "us", "US's", "MPs", "CEOs", "AEDT", "Ms", "I", "A", "é", "É", "ÉU", "didn't", "we're", "it's"}
    words |= {"NSW's", "McDonald", "iPhone", "DVDs", "Ltd", "x", "", "123", "3G", "G7", "’s", "O'Neill", "ABC's"}
    for path in sorted(WIKINEWS.glob("*.md"))[:40]:
        for block in parse(str(path), path.read_text(encoding="utf-8")).blocks:
            words.update(token.text.replace("’", "'") for token in block.tokens)
    for word in sorted(words):
        letters = [c for c in word if c.isalpha()]
        if word.endswith("'s") and len(letters) >= 3 and all(c.isupper() for c in letters[:-1]):
            long_way = "NNP"
        elif len(letters) >= 2 and all(c.isupper() for c in letters):
            long_way = "NNP"
        elif len(letters) >= 3 and word.endswith("s") and all(c.isupper() for c in letters[:-1]):
            long_way = "NNPS"
        else:
            long_way = tagger._contraction(word)
        assert tagger._fixed_tag.__wrapped__(word) == long_way, word
