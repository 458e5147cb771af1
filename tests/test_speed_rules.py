"""The shortcuts of the pattern rules and the people analysis (issue 19,
round 4) give what the long way gives, on real news.

Each test works the answer out the long way (positions by walking the
tokens, a verb's subject asked anew each time, a word read as a name by the
rules written out) and compares; benchmarks/same_output.py checks the whole
JSON report on the benchmark corpora, byte for byte.
"""

from __future__ import annotations

import pytest
from helpers import WIKINEWS, make_rule, rule_findings, shipped_rules

from editlint import kinds  # first: editlint.grammar.matchers needs the kinds loaded
from editlint.analysis import attribution, reading
from editlint.analysis.analyses import analyses
from editlint.analysis.people import reader_for as people_reader
from editlint.analysis.quotations import QuotedRanges
from editlint.analysis.reading import SUFFIXES, PeopleReader, is_capitalised, particle_word, split_possessive
from editlint.analysis.titlelist import fold
from editlint.analysis.wordlists import CALENDAR
from editlint.document import TokenKind
from editlint.grammar import matchers, subjects
from editlint.parsing import parse

pattern = kinds.pattern
Pattern = pattern.Pattern
_unit_index = pattern._unit_index
_view = pattern._view


def _drafts(count: int) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[:count]]


def _pattern_rules() -> list[Pattern]:
    return [rule for rule in shipped_rules() if isinstance(rule, Pattern)]


def _with_examples(rules, drafts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The drafts and, as one more, the rules' own bad and good examples."""
    return [*drafts, ("examples.md", "\n\n".join(e.text for rule in rules for e in rule.spec.bad + rule.spec.good))]


def _positions_the_long_way(keys) -> dict:
    found: dict = {}
    for n, key in enumerate(keys):
        found.setdefault(key, []).append(n)
    return found


@pytest.mark.parametrize("short_index", [pattern.SHORT_INDEX, 0])
def test_a_unit_s_bit_masks_name_the_positions_of_its_words_and_tags(monkeypatch, short_index):
    # A view indexes a unit's tokens, and a draft's index its units, as bit
    # masks; a long unit or list (past SHORT_INDEX) gathers positions first.
    # Both ways give, bit for bit, the positions found by walking the tokens.
    monkeypatch.setattr(pattern, "SHORT_INDEX", short_index)
    for name, text in _drafts(6):
        document = parse(name, text)
        units = Pattern.default_scope.units(document)
        for unit in units:
            view = _view(document, unit)
            folded = [t.text.replace("’", "'").casefold() for t in unit.tokens]
            assert {w: pattern._positions(m) for w, m in view.words.items()} == _positions_the_long_way(folded)
            assert {t: pattern._positions(m) for t, m in view.by_tag.items()} == _positions_the_long_way(view.tags)
        index = _unit_index(document, units)
        holding: dict = {}
        for n, unit in enumerate(units):
            for word in {t.text.replace("’", "'").casefold() for t in unit.tokens}:
                holding.setdefault(word, []).append(n)
        assert {w: pattern._positions(m) for w, m in index.by_word.items()} == holding


def test_pattern_rules_find_with_long_units_what_they_find_with_short_ones(monkeypatch):
    rules = _pattern_rules()
    drafts = _with_examples(rules, _drafts(8))
    short = rule_findings(rules, drafts)
    assert len(short) > 20
    monkeypatch.setattr(pattern, "SHORT_INDEX", 0)
    assert rule_findings(rules, drafts) == short


def test_a_verb_s_subject_is_found_once_per_unit_and_as_if_asked_anew(monkeypatch):
    # Four agreement rules ask for the subject of every verb they visit; the
    # unit's view remembers it. The findings are those of asking anew.
    rules = _pattern_rules()
    assert sum(1 for rule in rules for m in rule.matchers if m.subject is not None) >= 4
    drafts = _with_examples(rules, _drafts(12))
    asked: list = []
    finding = subjects.subject

    def counted(tokens, tags, verb):
        asked.append((id(tags), tokens[verb].start, verb))
        return finding(tokens, tags, verb)

    monkeypatch.setattr(subjects, "subject", counted)
    remembered = rule_findings(rules, drafts)
    assert asked and len(asked) == len(set(asked))  # each verb of each unit asked once
    assert any(f[1].startswith("grammar.agreement") for f in remembered)
    monkeypatch.setattr(matchers, "_subject", lambda tokens, tags, verb, found: finding(tokens, tags, verb))
    assert rule_findings(rules, drafts) == remembered


def _name_word_the_long_way(reader: PeopleReader, s, i: int, capitals) -> bool:
    """PeopleReader._name_word as written before its verdicts were kept."""
    t = s.tokens[i]
    if t.kind is not TokenKind.WORD or i in s.courtesy:
        return False
    text = t.text
    if text in SUFFIXES:
        return True
    if not is_capitalised(text):
        return particle_word(text)
    base, _ = split_possessive(text.replace("’", "'"))
    letters = [c for c in base if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return False
    if base.lower() in CALENDAR or base == "I":
        return False
    if s.tags[i] in reading._FUNCTION_TAGS:
        return False
    if i in s.starts:
        if not reader.lexicon.flags(base) and reader.lexicon.flags(base.lower()) and base not in capitals.words:
            return False
    return True


def test_a_word_read_as_part_of_a_name_by_its_verdict_reads_as_the_rules_written_out():
    shared = people_reader()
    reader = PeopleReader(shared.forms, shared.courtesy, shared.honorifics)
    checked = names = 0
    for name, text in _drafts(20) + [("names.md", "Yesterday, Mr Ban Ki-moon met al-Askari and George W. Bush Jr.\n")]:
        document = parse(name, text)
        shared_analyses = analyses(document)
        people = shared_analyses.people(reader)
        capitals = shared_analyses.capitalised_words
        for block in document.blocks:
            for s in people.sentences(block):
                for i in range(len(s.tokens)):
                    # Twice: the verdict worked out, then remembered.
                    for _ in range(2):
                        assert reader._name_word(s, i, capitals) == _name_word_the_long_way(reader, s, i, capitals)
                    checked += 1
                    names += _name_word_the_long_way(reader, s, i, capitals)
    assert checked > 5_000 and names > 200
    assert reader._verdicts


def test_the_tokens_a_block_s_quotations_cover_are_those_a_range_holds():
    # The people reader marks the quoted tokens of each sentence by one
    # walk along the block's quoted ranges; the long way tests each token
    # against every range.
    quoted = 0
    for name, text in _drafts(25):
        document = parse(name, text)
        inside = analyses(document).quotations.inside
        for block in document.blocks:
            ranges = inside.get(block.index, [])
            for s in block.sentences:
                long_way = bytes(any(a <= t.start and t.end <= b for a, b in ranges) for t in s.tokens)
                assert QuotedRanges(ranges).covering(s.tokens) == long_way
                quoted += sum(long_way)
    assert quoted > 1_000


def test_rules_that_search_a_regex_first_find_what_a_scan_of_every_unit_finds(monkeypatch):
    # A rule's pattern (existence rules' raw patterns, substitution rules'
    # regex keys) searches a unit once before it scans it for every match
    # (BoundedPattern.finditer); the long way scans every unit.
    from editlint.kinds.existence import Existence
    from editlint.kinds.substitution import Substitution
    from editlint.userregex import BoundedPattern

    rules = [
        rule
        for rule in shipped_rules()
        if (isinstance(rule, Existence) and rule.pattern is not None)
        or (isinstance(rule, Substitution) and rule.options.regex)
    ]
    assert sum(isinstance(rule, Existence) for rule in rules) >= 8
    assert sum(isinstance(rule, Substitution) for rule in rules) >= 5
    drafts = _with_examples(rules, _drafts(30))

    def findings() -> list[tuple]:
        found = []
        for name, text in drafts:
            document = parse(name, text)
            for rule in rules:
                units = rule.scope.units(document)
                found += [(name, rule.spec.id, f.span.start, f.span.end) for f in rule.check(units, document)]
        return found

    fast = findings()
    assert len({f[1] for f in fast}) > 15
    monkeypatch.setattr(BoundedPattern, "search", lambda pattern, *where: True)
    assert findings() == fast


def _repeats_the_long_way(rule, unit):
    """Repetition._repeats as written before a word's next copy was looked
    up: the window walked from every word."""
    window = rule.options.window
    words = [t for t in unit.tokens if t.kind is TokenKind.WORD]
    text, base = unit.text, unit.offset
    i = 0
    while i < len(words):
        first = words[i]
        found = None
        if len(first.text) >= rule.options.min_length and first.text.casefold() not in rule.exceptions:
            for j in range(i + 1, min(i + window, len(words) - 1) + 1):
                if text[words[j - 1].end - base : words[j].start - base].strip():
                    break
                if rule._is_repeat(words, i, j):
                    found = j
                    break
        if found is None:
            i += 1
            continue
        yield first.start - base, words[found].end - base
        i = found + 1 if window == 1 else i + 1


@pytest.mark.parametrize(
    "options",
    [
        None,  # the shipped rules
        "window: 1",
        "window: 6\nmin_distance: 2\nignorecase: false",
        "window: 3\nignore_names: true\njoining_words: [and, or]",
        "window: 12\nmin_distance: 3\nmin_length: 4",  # past SHIFTED_WINDOW: where each word comes next
    ],
)
def test_repetition_rules_find_the_repeats_a_walk_from_every_word_finds(options):
    from editlint.kinds.repetition import Repetition

    if options is None:
        rules = [rule for rule in shipped_rules() if isinstance(rule, Repetition) and rule.pattern is None]
        assert len(rules) >= 2
    else:
        rules = [make_rule(f"kind: repetition\n{options}\n")]
    drafts = _with_examples(rules, _drafts(25))
    drafts.append(
        ("slips.md", "The the council met. It was was, they said, the the the last time time it met met Met.")
    )
    repeats = 0
    for name, text in drafts:
        document = parse(name, text)
        for rule in rules:
            for unit in rule.scope.units(document):
                found = [(start, end) for start, end, *_ in rule._repeats(unit)]
                assert found == list(_repeats_the_long_way(rule, unit)), (name, unit.text)
                repeats += len(found)
    assert repeats > 3


def _first_verb_the_long_way(verbs, text: str, start: int, end: int):
    """Verbs.search as written before phrases were tried only after the
    words that open one."""
    found = list(attribution._WORD.finditer(text, start, end))
    lowered = [m.group().lower() for m in found]
    for k, word in enumerate(lowered):
        for n in range(min(verbs.longest, len(found) - k), 1, -1):
            if tuple(lowered[k : k + n]) in verbs.phrases:
                return found[k].start(), found[k + n - 1].end()
        if word in verbs.words:
            return found[k].start(), found[k].end()
    return None


def test_a_verb_of_saying_is_found_where_trying_every_phrase_at_every_word_finds_it():
    phrases = [("according", "to"), ("went", "on", "to", "say"), ("told", "reporters")]
    verbs = attribution.Verbs([*attribution.SPEECH_VERBS, *(" ".join(p) for p in phrases)])
    assert verbs.phrases and verbs.longest > 2
    texts = [text for _, text in _drafts(40)]
    texts.append("He went on to say so, according to officials who told reporters; she went on.")
    found = 0
    for text in texts:
        for block in parse("draft.md", text).blocks:
            for s in block.sentences:
                fast = verbs.search(block.text, s.start, s.end)
                assert fast == _first_verb_the_long_way(verbs, block.text, s.start, s.end)
                found += fast is not None
    assert found > 300


def _titles_the_long_way(reader: PeopleReader, s) -> tuple[list, set]:
    """PeopleReader._titles as written before the words that may open a
    title were picked out: every token tried."""
    tokens, titles, courtesy = s.tokens, [], set()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind is TokenKind.WORD and fold(t.text) in reader.forms:
            match = None
            for form in reader.forms[fold(t.text)]:
                n = len(form.words)
                if i + n > len(tokens) or not all(tokens[i + k].kind is TokenKind.WORD for k in range(n)):
                    continue
                last, possessive = split_possessive(tokens[i + n - 1].text.replace("’", "'"))
                if tuple([fold(tokens[i + k].text) for k in range(n - 1)] + [fold(last)]) == form.words:
                    match = (i, i + n, form.words, possessive)
                    break
            if match is not None:
                titles.append(match)
                i = match[1]
                continue
        if t.kind is TokenKind.WORD and (t.text in reader.courtesy or reader._honorific(tokens, i)):
            courtesy.add(i)
        i += 1
    return titles, courtesy


def test_a_sentence_s_titles_are_those_trying_every_token_finds():
    shared = people_reader()
    reader = PeopleReader(shared.forms, shared.courtesy, shared.honorifics)
    extra = "Prime Minister Kevin Rudd met Sir Elton John, Mr Ban and the Deputy Prime Minister's aide, Dr. Ng."
    found = 0
    for name, text in [*_drafts(30), ("titles.md", extra)]:
        document = parse(name, text)
        people = analyses(document).people(reader)
        for block in document.blocks:
            for s in people.sentences(block):
                titles = [(m.start, m.end, m.form.words, m.possessive) for m in s.titles]
                assert (titles, set(s.courtesy)) == _titles_the_long_way(reader, s)
                found += len(titles) + len(s.courtesy)
    assert found > 60
