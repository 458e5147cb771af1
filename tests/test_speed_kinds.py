"""The shortcuts of the people analysis and the smaller rule kinds (issue
19, round 5) give what the long way gives, on real news.

Each test works the answer out the long way, written out here as the code
read before the shortcut (a sentence's reading token by token, a title key
read whole, every word asked whether it is the speaker's first person) and
compares; benchmarks/same_output.py checks the whole JSON report on the
benchmark corpora, byte for byte.
"""

from __future__ import annotations

import pytest
from helpers import WIKINEWS, shipped_rules

from editlint.analysis import attribution, reading
from editlint.analysis.analyses import analyses
from editlint.analysis.people import _is_label
from editlint.analysis.people import reader_for as people_reader
from editlint.analysis.reading import INSTITUTIONS, SUFFIXES, PeopleReader, split_possessive
from editlint.analysis.wordlists import NAME_PARTICLES
from editlint.document import TokenKind
from editlint.kinds import headline
from editlint.parsing import parse

#: Sentences that reach the rarer branches: opening marks of every kind,
#: particles, initials, suffixes, possessives, hyphens, labels and dashes.
_EXTRA = """\
Yesterday, Mr Ban Ki-moon met al-Askari and George W. Bush Jr. at the U.S. Embassy.

“Listen,” said Prime Minister Kevin Rudd: (Sir Elton John) — ‘the Deputy Prime Minister's aide’ – Dr. Ng agreed.

Osama bin Laden's van der Berg said: 'The Coast Guard's report' (Ban) "Aides to Ban".

((WN)) Aparna Garg: Q: How?

“It is a big change.” — Aparna Garg, Railway Manager

Natasha Stott Despoja.
"""


def _drafts(count: int) -> list[tuple[str, str]]:
    drafts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[:count]]
    return [*drafts, ("extra.md", _EXTRA)]


# --------------------------------------------------------------------------- a sentence's reading


def _starts_the_long_way(tokens) -> list[int]:
    found, opening = [], True
    for i, t in enumerate(tokens):
        if t.kind is TokenKind.PUNCT:
            if t.text in "“‘\"'(:—–":
                opening = True
            continue
        if opening:
            found.append(i)
        opening = False
    return found


def _runs_the_long_way(reader: PeopleReader, s, capitals) -> list[tuple]:
    """PeopleReader._runs as written before the verdicts were looked up by
    list: every word token not in a title asked whether it is a name."""
    tokens, n = s.tokens, len(s.tokens)
    name = [False] * n
    for i, t in enumerate(tokens):
        if t.kind is TokenKind.WORD and i not in s.in_title:
            name[i] = reader._name_word(s, i, capitals)
    for match in s.titles:
        if match.end - match.start != 1 or match.form.words[0] not in reading._SURNAME_TITLES:
            continue
        i = match.start
        if tokens[i].text[:1].isupper() and i > 0 and name[i - 1] and not (match.end < n and name[match.end]):
            name[i] = True
    runs, i = [], 0
    while i < n:
        if not name[i] or tokens[i].text in SUFFIXES:
            i += 1
            continue
        start, words, end, j = i, [], i, i
        while j < n:
            t = tokens[j]
            if name[j] or (t.kind is TokenKind.WORD and t.text.lower() in NAME_PARTICLES and words):
                words.append(t.text)
                end = j + 1
                if split_possessive(t.text)[1]:
                    break
                j += 1
                continue
            if t.text == "." and words and len(words[-1]) == 1 and words[-1].isupper() and j + 1 < n and name[j + 1]:
                j += 1
                continue
            break
        while words and words[-1].lower() in NAME_PARTICLES:
            words.pop()
            end -= 1
            while end > start and tokens[end - 1].kind is not TokenKind.WORD:
                end -= 1
        if words:
            last, suffix = split_possessive(words[-1])
            words[-1] = last
            runs.append((start, end, tuple(words), suffix, any(w.lower() in INSTITUTIONS for w in words)))
        i = max(end, i + 1)
    return runs


def test_a_sentence_read_by_lists_reads_as_one_read_token_by_token():
    # The reading gathers the tokens' texts and kinds once and asks of them
    # in C (verdicts, title openers, opening marks); the long way walks
    # every token. A fresh reader, so that every word is met for the first
    # time somewhere and again elsewhere.
    shared = people_reader()
    reader = PeopleReader(shared.forms, shared.courtesy, shared.honorifics)
    runs = starts_after_marks = 0
    for name, text in _drafts(40):
        document = parse(name, text)
        shared_analyses = analyses(document)
        people = shared_analyses.people(reader)
        capitals = shared_analyses.capitalised_words
        for block in document.blocks:
            for s in people.sentences(block):
                starts = _starts_the_long_way(s.tokens)
                assert sorted(s.starts) == starts
                assert [(r.start, r.end, r.words, r.suffix, r.org) for r in s.runs] == _runs_the_long_way(
                    reader, s, capitals
                ), (name, s.sentence.text)
                runs += len(s.runs)
                starts_after_marks += len(starts) > 1
    assert runs > 1_000 and starts_after_marks > 100


def _is_label_the_long_way(m, words: list[int], label_end: int, opens_transcript_line: bool) -> bool:
    """people._is_label as written before it walked in from the ends: the
    positions of every word of the sentence and of the run, and every
    token before the name."""
    tokens = m.s.tokens
    if tokens[m.run.start].start < label_end:
        return True
    run_words = [i for i in range(m.run.start, m.run.end) if tokens[i].kind is TokenKind.WORD]
    if not words or not run_words:
        return False
    if opens_transcript_line and words[0] == m.run.start:
        return True
    if words == run_words:
        return True
    before = [t for t in tokens[: m.run.start] if t.text.strip("\u200b\u200c\u200d\ufeff")]
    dash = bool(before) and before[-1].text in ("—", "–", "-", "--")
    if not dash:
        return False
    signed = len(before) == 1 or before[-2].text in ("”", '"', "’", "'")
    return signed or (words[-1] == run_words[-1] and m.s.sentence is m.s.block.sentences[-1])


def test_a_name_reads_as_a_label_as_the_long_way_says():
    labels = checked = 0
    for name, text in _drafts(60):
        people = analyses(parse(name, text)).people(people_reader())
        for m in people.mentions:
            words = [i for i, t in enumerate(m.s.tokens) if t.kind is TokenKind.WORD]
            ends = (words[0], words[-1]) if words else None
            for label_end in (0, m.s.tokens[m.run.start].start):
                for opens in (False, True):
                    fast = _is_label(m, ends, label_end, opens)
                    assert fast == _is_label_the_long_way(m, words, label_end, opens), (name, m.key)
                    checked += 1
            labels += m.label
    assert checked > 8_000 and labels > 5


# --------------------------------------------------------------------------- headline repeats

_HEADLINE_TEXTS = [
    "U.S. forces leave Iraq",
    "US Forces Leave Iraq!",
    "us forces leave iraq",
    "U.S. forces leave Iraq today",
    "Israel’s PM visits Egypt",
    "Israel's PM visits Egypt",
    "STRASSE closed",
    "Straße closed",
    "",
    "—",
]


@pytest.mark.parametrize("most", [1, 3, 6, 40])
def test_a_block_s_title_words_read_part_way_are_those_of_its_key(most):
    # duplicate compares a block's words with the headline's up to the first
    # that differs; near-duplicate reads at most as many words as could be
    # near. The long way: the block's whole title key.
    blocks = list(_HEADLINE_TEXTS)
    headlines = list(_HEADLINE_TEXTS)
    for name, text in _drafts(40):
        document = parse(name, text)
        blocks += [b.text for b in document.blocks]
        if document.headline is not None:
            headlines.append(document.headline.text)
    keys = [k for k in dict.fromkeys(headline.title_key(h) for h in headlines) if k]
    same = 0
    for text in blocks:
        key = headline.title_key(text)
        words = key.split()
        shown = headline._key_words(headline._title_text(text), most)
        if len(words) < most:
            assert shown == words
        else:
            assert len(shown) == most and (not words or shown == words[:most])
        for other in keys:
            fast = headline._same_words(headline._title_text(text), other.split())
            assert fast == (key == other), (text, other)
            same += fast
    assert same > 40


def test_the_headline_rules_find_with_a_block_s_words_part_read_what_they_find_with_its_whole_key(monkeypatch):
    rules = [r for r in shipped_rules() if r.name == "headline" and r.options.check in ("duplicate", "near-duplicate")]
    assert len(rules) >= 2  # duplicate (and across drafts), near-duplicate
    drafts = _drafts(80)
    drafts += [
        ("again.md", "# U.S. forces leave Iraq\n\nUS forces leave Iraq.\n\nU.S. forces will leave Iraq\n"),
        ("near.md", "# Storm hits the coast of Texas\n\nStorm hit the coast of Texas.\n\nStorm hits coast.\n"),
    ]

    def findings() -> list[tuple]:
        found = []
        for name, text in drafts:
            document = parse(name, text)
            for rule in rules:
                found += [(name, rule.spec.id, f.span.start) for f in rule.check(rule.scope.units(document), document)]
        return found

    fast = findings()
    assert {r.options.check for r in rules if r.spec.id in {f[1] for f in fast}} == {"duplicate", "near-duplicate"}
    # The long way: every block's whole key, compared whole.
    monkeypatch.setattr(headline, "_folded_text", lambda document, text: text)
    monkeypatch.setattr(headline, "_same_words", lambda text, words: headline.title_key(text) == " ".join(words))
    monkeypatch.setattr(headline, "_key_words", lambda text, most: headline.title_key(text).split())
    assert findings() == fast


# --------------------------------------------------------------------------- quotes


def test_only_a_first_person_word_can_be_the_speaker_s_first_person():
    # The first-person check asks first_person_at only of the words whose
    # lower case is a first-person word; the long way asks of every word.
    asked = yes = 0
    for name, text in _drafts(60):
        for block in parse(name, text).blocks:
            for s in block.sentences:
                for w in attribution._WORD.finditer(block.text, s.start, s.end):
                    said = attribution.first_person_at(block.text, w.start(), w.end(), s.start)
                    assert not said or w.group().lower() in attribution.FIRST_PERSON
                    asked += 1
                    yes += said
    assert asked > 20_000 and yes > 100


# --------------------------------------------------------------------------- case styles


def test_a_heading_s_quoted_words_are_those_the_quotation_analysis_names_token_by_token():
    # The case check asks whether a word is quoted only in a block that a
    # quotation reaches; the long way asks of every word's source range.
    from editlint.casestyle import CaseStyle, _Judge

    drafts = _drafts(80) + [
        ("quoted.md", '# Minister says "We Will Win" in ‘Big Speech’\n\nHe said "So It Goes" and left.\n'),
        ("front.md", '---\ntitle: "Quoted Title" Here\n---\n\n## A "Quoted" Heading\n'),
    ]
    quoted = words = 0
    for name, text in drafts:
        document = parse(name, text)
        shared = analyses(document)
        judge = _Judge(None, CaseStyle("title"), document.blocks, document)
        for unit in judge.units:
            by_end = {t.end - unit.offset: t for t in unit.tokens if t.kind is TokenKind.WORD}
            for word in judge.words(unit):
                assert word.quoted == shared.in_quotation(by_end[word.end].span), (name, unit.text, word.text)
                quoted += word.quoted
                words += 1
    assert words > 30_000 and quoted > 1_000


def _first_person_the_long_way(rule, document) -> list[tuple[int, int, int]]:
    """Quotes._first_person as written before sentences with no
    first-person word were passed over: every sentence's verb looked for,
    every word after it asked."""
    from editlint.document import BlockKind
    from editlint.kinds.quotes import _outside

    quotes = analyses(document).quotations
    interview = attribution.transcript(document.blocks)
    found = []
    for block in document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if block.index in interview or attribution.speaker_label(block.text):
            continue
        outside = _outside(quotes, block)
        for sentence in block.sentences:
            verb = rule.reporting.search(outside, sentence.start, sentence.end)
            if verb is None:
                continue
            before = attribution._WORD.finditer(outside, sentence.start, verb[0])
            if any(attribution.first_person_at(block.text, w.start(), w.end(), sentence.start) for w in before):
                continue
            words = list(attribution._WORD.finditer(outside, verb[1], sentence.end))
            heads = [w.group().lower() for w in words[:2]]
            if heads[:1] in (["us"], ["me"]) or (heads[:1] in (["to"], ["with"]) and heads[1:] in (["us"], ["me"])):
                continue
            for word in words:
                if attribution.first_person_at(block.text, word.start(), word.end(), sentence.start):
                    if not quotes.quoted(block, word.start(), word.end()):
                        found.append((block.index, word.start(), word.end()))
                        break
    return found


def test_the_first_person_check_finds_what_asking_every_sentence_and_word_finds():
    rule = next(r for r in shipped_rules() if r.name == "quotes" and r.options.check == "first-person")
    extra = (
        "Officials said our responses were slow. He told us we would wait. I said that we care.\n\n"
        "She warned that “our team” is fine, and added that my view is mine.\n\n"
        "The minister stated we must act, and he insisted that I was wrong. The mayor said my plan failed.\n"
    )
    found = 0
    for name, text in [*_drafts(120), ("first.md", extra)]:
        document = parse(name, text)
        fast = [f.span for f in rule.check(rule.scope.units(document), document)]
        long_way = _first_person_the_long_way(rule, document)
        assert fast == [document.blocks[i].source_span(a, b) for i, a, b in long_way], name
        found += len(long_way)
    assert found >= 3


# --------------------------------------------------------------------------- quotations


def _quotes_read(document) -> tuple:
    from editlint.analysis.quotations import find_quotations

    found = find_quotations(document)
    return (
        [(q.mark, [b.index for b in q.blocks], q.start, q.end, q.closed, q.nested) for q in found.quotations],
        [(m.block.index, m.offset, m.mark, m.opening) for m in found.stray],
        found.inside,
        found.primes,
    )


def test_the_quotation_scan_reading_only_the_marks_reads_as_a_walk_of_every_character(monkeypatch):
    import re

    from editlint.analysis import quotations

    extra = (
        "“One,” he said. ‘Two’ and 'three' and rock 'n' roll in the ’90s; the soldiers’ 6'2\" centre, a 12\" screen.\n\n"
        '“It goes on\n\n“into the next,” she said, and "straight" too. He said," [Warhol] looked.\n\n'
        "‘Unclosed and ” stray.\n"
    )
    drafts = [*_drafts(120), ("marks.md", extra)]
    fast = [_quotes_read(parse(name, text)) for name, text in drafts]
    assert sum(len(read[0]) for read in fast) > 400
    monkeypatch.setattr(quotations, "_MARKS", re.compile("(?s)."))  # the long way: every character
    assert [_quotes_read(parse(name, text)) for name, text in drafts] == fast


def _title_like_the_long_way(quoted: str) -> bool:
    words = [w.strip("’'-") for w in attribution._WORD.findall(quoted)]
    major = [w for w in words if w and w.lower() not in attribution._MINOR]
    return bool(major) and all(w[0].isupper() or w[0].isdigit() for w in major)


def test_a_quotation_reads_as_a_title_as_checking_every_word_says():
    from editlint.analysis.quotations import find_quotations

    texts = ["Don't Hug Cacti", "Reproductive Health Care Reform Bill 2019", "of the", "'-'", "", "The Sun and a moon"]
    for name, text in _drafts(120):
        texts += [q.text() for q in find_quotations(parse(name, text)).quotations]
    titles = sum(attribution.title_like(text) for text in texts)
    assert [attribution.title_like(text) for text in texts] == [_title_like_the_long_way(text) for text in texts]
    assert len(texts) > 400 and titles > 20
