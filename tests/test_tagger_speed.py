"""The tagger's shortcuts (issue 19, round 4) tag as the plain tagger does.

The plain tagger here is the tagger written out without any of them: every
token asked anew (its lexicon entry looked up as written and, when it is
capitalised, in lower case, wherever it stands), an unknown word guessed
from its spelling and its neighbours each time, Brill's context rules tested
one by one in his order, and what the lexicon overrules worked out for each
token. The fast tagger keeps what a token needs by the token, what its
context changes by the token and tag, an unknown word's guess by the word
and the neighbours a rule names, and compiles each tag's rules into a chain
that reads each neighbour once.
"""

from __future__ import annotations

from pathlib import Path

import hostile_text
import plain_retagging
import pytest

from editlint import sortedtable
from editlint import tokens as tokenizer
from editlint.analysis.analyses import analyses
from editlint.document import Token, TokenKind
from editlint.grammar import guesses, lexicon, retagging, tagger
from editlint.grammar.lexicon import entry
from editlint.parsing import parse
from editlint.sentences import split_sentences
from editlint.spelling.lexicon import listed

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "drafts"

#: Sentences written to reach each shortcut: capitalised words inside a
#: sentence and at its start, in a heading, initialisms, contractions,
#: possessives, unknown words after and before the words a spelling rule
#: names ("$", "would", "the"), and words a context rule names ("that").
WRITTEN = (
    "# US Know its Limits As Floods Rise\n\n"
    "The MPs’ votes didn't count. Everybody's sympathies lie with CEOs; that plan, which failed, flees. "
    "He quit, was gone. I think everybody knows that that is so. Know the rules. Floods rise.\n\n"
    "It cost $ blorf and would glimber the snarfing. The council didn’t agree: we’re told it’s done. "
    "Police Say The Man Who Shot Was Known. Workers at the factory fears for their jobs.\n\n"
    "## Officials Say Half The Executive Rate Is Right\n\n"
    "He said blorfs would wuzzle, and the wuzzling blorf zonked. Half the executive rate is right."
)


def _drafts(count: int) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(WIKINEWS.glob("*.md"))[:count]] + [WRITTEN]


def _sentences(texts: list[str]) -> list[tuple]:
    return [
        (sentence.tokens, block.kind.name in ("HEADLINE", "HEADING"))
        for n, text in enumerate(texts)
        for block in parse(f"{n}.md", text).blocks
        for sentence in block.sentences
    ]


def _plain_lookup(word: str, first: bool, heading: bool):
    """The lexicon entry of a word as the tagger was first written: the word
    as written and, when capitalised, its lower-case form, both looked up."""
    found = entry(word)
    if word[:1].isupper() and not word.isupper():
        lowered = entry(word[0].lower() + word[1:])
        if lowered is not None and lowered.tag is not None:
            if found is None or found.tag is None:
                if first or heading:
                    return lowered
            elif heading and not (found.tag in ("NNP", "NNPS") and listed(word)):
                return lowered
    return found


def _plain_initial(text: str, kind: TokenKind, first: bool, heading: bool):
    """(initial tag or None, entry): the tagger's _initial_tag_of with the
    plain lookup above."""
    if kind is not TokenKind.WORD:
        return tagger._initial_tag_of(text, kind, first, heading)
    text = text.replace("’", "'")
    fixed = tagger._fixed_tag(text)
    if fixed is not None:
        return fixed, None
    found = _plain_lookup(text, first, heading)
    if found is None and text.endswith("'s") and len(text) > 2:
        base = _plain_lookup(text[:-2], first, heading)
        if base is not None and base.tag in ("NN", "NNP", "NNS", "NNPS"):
            return base.tag, base
        return ("NNP" if text[:1].isupper() else "NN"), None
    if found is not None and found.tag is not None:
        return found.tag, found
    return None, found


def _plain_guess(word: str, previous: str | None, following: str | None) -> str:
    """The tag of a word the lexicon lacks, from its spelling: Brill's
    spelling rules applied one by one in a loop (the tagger compiles them
    into one function once it has guessed a few hundred words:
    guesses._spelling_rules)."""
    if word[:1].isupper():
        return "NNP"
    if guesses._NUMERIC.match(word):
        return "CD"
    tag = "NN"
    for required, affix, command, new in guesses._morphology():
        if required is not None and tag != required:
            continue
        if (
            (command == "char" and affix in word)
            or (command == "haspref" and word.startswith(affix))
            or (command == "hassuf" and word.endswith(affix))
            or (command == "addpref" and entry(affix + word) is not None)
            or (command == "addsuf" and entry(word + affix) is not None)
            or (command == "deletepref" and word.startswith(affix) and entry(word[len(affix) :]) is not None)
            or (command == "deletesuf" and word.endswith(affix) and entry(word[: -len(affix)]) is not None)
            or (command == "goodleft" and affix == following)
            or (command == "goodright" and affix == previous)
        ):
            tag = new
    return tag


def _plain_context(initial: list[str], lowered: list[str]) -> list[str]:
    """Brill's context pass as his files state it: at each token, every rule
    in order whose "from" tag is the token's tag (or "*") at that moment."""
    rules = tagger._context()
    tags = ["STAART"] * 3 + initial + ["STAART"] * 3
    words = ["staart"] * 3 + lowered + ["staart"] * 3
    for i in range(3, len(tags) - 3):
        for rule in rules:
            x = rule[3] if len(rule) > 3 else ""
            y = rule[4] if len(rule) > 4 else ""
            test = tagger._TESTS.get(rule[2].lower(), tagger._NEVER)
            if rule[0] in (tags[i], "*") and test(tags, words, i, x, y):
                tags[i] = rule[1]
    return tags[3:-3]


def _plain_tag(tokens, heading: bool) -> list[str]:
    tagged, entries, first_word = [], [], True
    for token in tokens:
        initial, found = _plain_initial(token.text, token.kind, first_word, heading)
        tagged.append(initial)
        entries.append(found)
        first_word = first_word and token.kind is not TokenKind.WORD
    for i, current in enumerate(tagged):
        if current is None:
            previous = tokens[i - 1].text if i else None
            following = tokens[i + 1].text if i + 1 < len(tokens) else None
            tagged[i] = _plain_guess(tokens[i].text, previous, following)
    tags = _plain_context(tagged, [token.text.lower() for token in tokens])
    for i, token in enumerate(tokens):
        fixed = tagger._fixed_tag(token.text.replace("’", "'")) if token.kind is TokenKind.WORD else None
        possessive = token.text.replace("’", "'").endswith("'s")
        tags[i] = _plain_settle(entries[i], fixed, token.text.lower(), possessive, tags[i])
    plain_retagging.correct(tokens, tags, entries, heading)
    return tags


def _plain_settle(found, fixed: str | None, lower: str, possessive: bool, tag: str) -> str:
    """What the lexicon overrules of the context rules' tag, written out
    for each token (the tagger keeps it by what it reads of the token, and
    by tag, shared by every token that reads alike: tagger._settled)."""
    if fixed is not None:
        return fixed
    if found is None:
        return tag
    initial = found.tag
    if initial in tagger._CLOSED_MOVES and tag != initial:
        allowed = tagger._CLOSED_MOVES[initial]
        if tag not in allowed or (tag == "WDT" and lower not in tagger._WH_WORDS):
            tag = initial
    if found.tag in tagger._NOUN_TAGS and tag.startswith("VB") and possessive:
        return found.tag
    if not found.lemmas:
        if len(found.tags) == 1 and found.tags <= {"NN", "NNS"} and tag.startswith("VB"):
            (tag,) = found.tags
        return tag
    if tag in tagger._OPEN_CLASS and tag not in found.tags:
        tag = found.tag if found.tag in found.tags else min(found.tags & tagger._OPEN_CLASS, default=tag)
    if len(found.tags) == 1:
        (only,) = found.tags
        if only.startswith("VB"):
            tag = only
    return tag


@pytest.fixture
def fresh_tagger(monkeypatch):
    """A tagger with nothing remembered, whose chains compile at once."""
    monkeypatch.setattr(tagger, "_INITIAL_CACHE", {})
    monkeypatch.setattr(guesses, "_GUESSES", {})
    monkeypatch.setattr(tagger, "_SENTENCES", {})
    monkeypatch.setattr(tagger, "_SETTLED", {})
    monkeypatch.setattr(tagger, "_CHAINS", {})
    monkeypatch.setattr(tagger, "_CHAIN_USES", {})
    monkeypatch.setattr(tagger, "CHAIN_AFTER", 1)
    monkeypatch.setattr(guesses, "_GUESSES_MADE", [0])


@pytest.mark.parametrize("chain_after", [1, 10**9], ids=["compiled-chains", "rule-by-rule"])
def test_the_tagger_tags_every_sentence_as_the_plain_tagger(fresh_tagger, monkeypatch, chain_after):
    monkeypatch.setattr(tagger, "CHAIN_AFTER", chain_after)  # each tag's rules compiled at once, or never
    sentences = _sentences(_drafts(40))
    assert len(sentences) > 800
    plain = [_plain_tag(tokens, heading) for tokens, heading in sentences]
    # Twice: what each token needs worked out, then remembered.
    for _ in range(2):
        assert [tagger._tag(tokens, heading) for tokens, heading in sentences] == plain
    # Every tag that has context rules went through its chain, or none did.
    chained = {"NN", "NNP", "IN", "DT", "JJ", "VBD", "VBN"} <= set(tagger._CHAINS)
    assert chained == (chain_after == 1)


def test_a_capitalised_word_inside_a_sentence_is_looked_up_as_written_only(fresh_tagger, monkeypatch):
    asked = []
    looked_up = tagger.entry
    monkeypatch.setattr(tagger, "entry", lambda word: asked.append(word) or looked_up(word))
    tokens = parse("d.md", "Police in Kerala said Floods rose.").blocks[0].sentences[0].tokens
    tagger._tag(tokens, False)
    # "Police" opens the sentence: its lower-case form counts there.
    assert "police" in asked
    # "Kerala" and "Floods" stand inside it: never looked up in lower case.
    assert "kerala" not in asked and "floods" not in asked
    assert tagger._tag(tokens, False) == _plain_tag(tokens, False)


def test_an_unknown_word_s_guess_is_kept_by_the_neighbours_a_rule_names(fresh_tagger):
    before, after = guesses._named_neighbours()
    assert "$" in before and "would" in before
    # The same unknown word after a neighbour a rule names and after one it
    # does not: each guess is the plain one, whichever came first.
    cases = [
        ("blorf", "$", None),
        ("blorf", "the", None),
        ("blorf", None, None),
        ("blorfs", "$", None),
        ("glimber", "would", None),
        ("glimber", "they", None),
        ("zonked", "he", "it"),
    ]
    cases += [("snarf", word, None) for word in sorted(before)] + [("snarf", None, word) for word in sorted(after)]
    for word, previous, following in cases + cases[::-1]:
        assert guesses.guess(word, previous, following) == _plain_guess(word, previous, following)
    # "$ blorf": a number; "the blorf": a noun.
    assert (guesses.guess("blorf", "$", None), guesses.guess("blorf", "the", None)) == ("CD", "NN")
    # Every unknown word of real drafts, with its real neighbours.
    for tokens, _ in _sentences(_drafts(12)):
        texts = [token.text for token in tokens]
        for i, text in enumerate(texts):
            previous, following = (texts[i - 1] if i else None), (texts[i + 1] if i + 1 < len(texts) else None)
            assert guesses.guess(text, previous, following) == _plain_guess(text, previous, following)


def test_a_block_s_tags_are_its_sentences_tags_and_each_sentence_is_tagged_once(monkeypatch):
    tagged = []
    shared = tagger.shared_tags
    monkeypatch.setattr(
        "editlint.analysis.analyses.shared_tags",
        lambda tokens, heading: tagged.append(tokens) or shared(tokens, heading),
    )
    document = parse("d.md", _drafts(1)[0])
    found = analyses(document)
    for block in document.blocks:
        assert list(found.tags(block)) == [tag for sentence in block.sentences for tag in found.tags(sentence)]
    assert len(tagged) == sum(len(block.sentences) for block in document.blocks)


def test_the_lexicon_s_hash_index_answers_as_its_binary_search():
    table = lexicon._words()
    assert table._slots is not None  # the shipped table carries its index
    searched = sortedtable.SortedTable(sortedtable.map_file(lexicon.WORDS), lexicon.WORDS_MAGIC)
    searched._slots = None  # the binary search
    keys = searched.key_list()
    assert len(keys) > 100_000
    for key in keys:
        assert table.get(key) == searched.get(key)
    # Absent words: near misses of present ones, other cases, other scripts.
    for key in ["", "xqzv", "Police", "KERALA", "naïveté", "東京", "the ", "thee", *(key + "q" for key in keys[::97])]:
        assert table.get(key) == searched.get(key)


def test_a_text_met_as_two_kinds_is_tagged_as_each(fresh_tagger):
    # What a token needs is kept by its text alone inside a sentence: a text
    # the tokenizer gives another kind elsewhere is kept apart.
    sentence = parse("d.md", "He read report.pdf and the report of the US.").blocks[0].sentences[0]
    tokens = list(sentence.tokens)
    as_word = [
        Token(t.text, TokenKind.WORD if t.kind is TokenKind.FILE else t.kind, t.start, t.end, None) for t in tokens
    ]
    as_symbol = [
        Token(t.text, TokenKind.SYMBOL if t.text == "report" else t.kind, t.start, t.end, None) for t in tokens
    ]
    for each in (tokens, as_word, as_symbol, tokens, as_symbol, as_word):
        assert tagger._tag(each, False) == _plain_tag(each, False)
    assert tagger._tag(tokens, False) != tagger._tag(as_symbol, False)  # "report" read as a symbol


#: Sentences written to reach each correction after tagging, and the
#: positions next to the edges of a sentence where each pass starts or stops.
CORRECTED = (
    "Heavy rains in the north have fallen. The three suspects were held. The more the better.\n\n"
    "Make certain that everyone understands. It is so clear that the plan works.\n\n"
    "The gunman killed, shot three people. The event escapes, is organised. He quit, was gone. "
    "He died, surrounded by family. She left, aged 65. In Africa, where zebras evolved, flies carry disease.\n\n"
    "On Monday, shares in the company fell. However, costs in the city rose. According to police, rates in May rose.\n\n"
    "The men who shot the officer were held. The farmer who own the land sold it. A soldier who now work as a guard. "
    "The man who police say shot him fled. Archives in old encodings, files that are lost, remain. "
    "The virus that cause it spread. The money that state officials spent. A farmer who own cows. "
    "A firm that make cars. The news that work on the bridge stopped. In which case the police came.\n\n"
    "Workers at the factory fears for their jobs. The money from the sale go to charity. "
    'He said: "Workers at the factory fears for their jobs." It rained; workers at the plant fears for jobs. '
    "Photo: Workers at the factory gates on Monday. He said workers at the mill fears for their jobs, police said. "
    "Officials believe the money from the sale go to charity. Who, that, which.\n\n"
    "# Floods in Kerala\n\nthat who, which"
)


def test_the_corrections_after_tagging_change_tags_as_every_position_walked(fresh_tagger, monkeypatch):
    # The corrections reach only the positions their rules can change (the
    # commas, "the", the relative words) and read the lower-case words the
    # tagger worked out once; the plain corrections (tests/plain_retagging.py)
    # walk every position and lower each word as they read it.
    handed: list[tuple] = []
    corrected = retagging.correct

    def keep(tokens, tags, entries, heading, words):
        handed.append((tokens, list(tags), entries, heading, words))
        corrected(tokens, tags, entries, heading, words)

    monkeypatch.setattr(tagger, "correct", keep)
    for tokens, heading in _sentences(_drafts(40) + [CORRECTED]):
        tagger._tag(tokens, heading)
    assert len(handed) > 800
    changed = 0
    for tokens, tags, entries, heading, words in handed:
        assert words == [token.text.lower() for token in tokens]
        # The tags as the context rules left them, and each sentence again with
        # every word's tag moved one place on: tags the passes meet less often.
        for given in (tags, tags[1:] + tags[:1]):
            fast, plain = list(given), list(given)
            retagging.correct(tokens, fast, entries, heading, words)
            plain_retagging.correct(tokens, plain, entries, heading)
            assert fast == plain, [token.text for token in tokens]
            retagging.correct(tokens, given_again := list(given), entries, heading)  # the words worked out here
            assert given_again == plain
            changed += fast != list(given)
    assert changed > 25  # the corrections do change tags: the comparison is not of sentences left alone


def _plain_tokens(text: str) -> list[tuple]:
    """The tokens as the full pattern alone cuts them, one search after another."""
    return [(m.group(), tokenizer._KINDS[m.lastgroup], m.start(), m.end()) for m in tokenizer._TOKEN.finditer(text)]


#: Text on each edge of the tokenizer's fast scan: words before an
#: apostrophe, a hyphen, a full stop and a letter, a digit, a mark, another
#: script; punctuation that opens a longer token (a hyphen, "@", "#", "$");
#: spaces the standard library and the `regex` module may count otherwise.
TOKEN_EDGES = (
    "U.S. e.g. A. Smith said.” See example.com/news, report.pdf or notes.docx. a.b a. b x.y z.",
    "co-op don’t rock 'n' roll O'Neill co_op word.\u0301 cafe\u0301 naïve Ünïcödé тест слово. 中文字 ok",
    "@handle #tag name@example.com 4:00pm $3.50 $3bnx 1990s 21st p.m. Fig.2 v.2 end.",
    'He said, "go." (Yes!) ‘No’; “maybe”: so? word\u00a0word\u2009word\u2028word\fword\vword\x1cword\x85word',
    "word-\nword word_ word.\n\nword.\tword \ufffc\ufffc word\ufffc word\u200bword -word --word ...word… “word”",
    "a#b a@b a&#c x.-y x._y end. See -example.com, --report.pdf and _notes.txt",
    "well-known.com 12-year-old 10:30 1,000 2024. 2024, 2024: 3.5 9/11 [1] a--b don't. x-ray’s 5 pm 10am 7%",
    "in 2024,٣ and ٣٤٥ or 2024,000 and 12:30, 30°C then 4.5bn; 2024;2025 (2024) “2024” a-b-c-d e'f'g 1\n2\t3",
    "",
    "   ",
    "word",
    ".",
)


def _corpus_texts() -> list[str]:
    texts = list(TOKEN_EDGES)
    for path in sorted(WIKINEWS.glob("*.md")):
        texts += [block.text for block in parse(str(path), path.read_text(encoding="utf-8")).blocks]
        texts.append(path.read_text(encoding="utf-8"))  # raw Markdown too: its marks are text here
    lee = Path(__file__).resolve().parents[1] / "benchmarks" / ".cache" / "lee.cor"
    if lee.exists():  # the benchmark corpus, once benchmarks/corpus.py has fetched it
        texts += lee.read_bytes().decode("latin-1").splitlines()  # as benchmarks/corpus.py reads it
    return texts


def test_the_tokenizer_s_fast_scan_gives_the_full_pattern_s_tokens():
    # The common tokens are found by the standard library's `re` (tokens.py,
    # _FAST_TOKEN), the rest by the full pattern; the same tokens, byte for
    # byte, of the same kinds and offsets, as the full pattern alone, on every
    # draft and on hostile text (random letters, garbled prose).
    paragraphs = [text for text in _corpus_texts() if len(text) > 200]
    texts = _corpus_texts() + [
        hostile_text.random_letters(100_000),
        hostile_text.garbled(paragraphs, 200_000, 0.2),
        hostile_text.garbled(paragraphs, 100_000, 0.6, seed=5),
        # Blocks the fast scan seldom takes, left to the full pattern part way:
        # another script, figures, and both mixed with English.
        " ".join(["слово", "naïve", "3.5%", "café", "word", "U.S.", "$4bn", "e-mail"] * 3_000),
        "Figures: " + " ".join(f"{n}.{n % 7} {n}:{n % 60:02d}" for n in range(3_000)) + " and then some words.",
        "The report said " + "тест слово " * 40 + "and the end. " * 40,
    ]
    fast_found = 0
    for text in texts:
        found = [(t.text, t.kind, t.start, t.end) for t in tokenizer.tokenize(text, None)]
        assert found == _plain_tokens(text), text[:200]
        fast_found += sum(1 for m in tokenizer._FAST_TOKEN.finditer(text) if m.lastindex)
    assert fast_found > 300_000  # most tokens come from the fast scan


def test_a_block_s_sentences_hold_the_tokens_a_walk_along_them_gives():
    # Each sentence's tokens are found by a search over the tokens' starts
    # (document.py); walked one by one, the same ranges.
    blocks = 0
    for n, text in enumerate([*TOKEN_EDGES, *_corpus_texts()[:400], hostile_text.random_letters(20_000)]):
        for block in parse(f"{n}.md", text).blocks:
            walked, i = [], 0
            for start, end in split_sentences(block.text):
                first = i
                while i < len(block.tokens) and block.tokens[i].start < end:
                    i += 1
                walked.append((start, end, first, i))
            assert [(s.start, s.end, s.first_token, s.last_token) for s in block.sentences] == walked
            blocks += 1
    assert blocks > 500


@pytest.mark.parametrize("compile_after", [0, 10**9], ids=["compiled", "loop"])
def test_the_spelling_rules_compiled_guess_as_the_rules_applied_one_by_one(monkeypatch, compile_after):
    monkeypatch.setattr(guesses, "SPELLING_RULES_AFTER", compile_after)
    # Brill's spelling rules run as one compiled function (guesses.py,
    # _spelling_rules); applied one by one in a loop, the same guess, for
    # every word of the drafts the lexicon lacks, random letters, and words
    # made to meet each rule (its affix as prefix, suffix and whole word,
    # after and before each neighbour a rule names).
    before, after = guesses._named_neighbours()
    words = {t.text for tokens, _ in _sentences(_drafts(60)) for t in tokens if entry(t.text) is None}
    words |= set(hostile_text.random_letters(20_000).lower().replace(".", "").split())
    for _, affix, _, _ in guesses._morphology():
        words |= {affix, "blorf" + affix, affix + "blorf", affix + "s", "un" + affix, affix[:-1]}
    guessed = set()
    for word in sorted(words):
        for previous, following in [(None, None), *((b, None) for b in before), *((None, a) for a in after)]:
            guess = guesses.guess_from_spelling(word, previous, following)
            assert guess == _plain_guess(word, previous, following), (word, previous, following)
            guessed.add(guess)
    assert len(words) > 3000 and {"NN", "NNS", "VBG", "VBN", "JJ", "RB", "CD", "NNP"} <= guessed
