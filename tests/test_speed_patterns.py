"""The shortcuts of the pattern rules and of the regex scans (issue 19,
round 5) give what the plain way gives, on real news.

The plain ways are written out here: each matcher asked through
Matcher.matches, every token of every unit tried as a match's start, the
round-4 recursion over the matchers; every text searched. The whole JSON
report on the benchmark corpora is checked byte for byte by
benchmarks/same_output.py.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex
from helpers import WIKINEWS, rule_findings, shipped_rules

from editlint import (
    kinds,  # first: editlint.grammar.matchers needs the kinds loaded
    requiredtext,
    userregex,
)
from editlint.analysis.analyses import analyses
from editlint.grammar.matchers import build_matcher, specialised
from editlint.parsing import parse
from editlint.userregex import BoundedPattern

pattern = kinds.pattern
Pattern = pattern.Pattern


def _drafts(count: int, start: int = 0) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKINEWS.glob("*.md"))[start : start + count]]


def _pattern_rules() -> list[Pattern]:
    rules = [rule for rule in shipped_rules() if isinstance(rule, Pattern)]
    for rule in rules:
        rule.active = True  # the rules for other dialects too: their matchers are as good a test
    return rules


def _with_examples(rules, drafts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [*drafts, ("examples.md", "\n\n".join(e.text for rule in rules for e in rule.spec.bad + rule.spec.good))]


#: Matchers setting each field a shipped rule may leave unused.
WRITTEN = [
    {"case": "title"},
    {"case": "upper", "not": True},
    {"text": ["The", "A"]},
    {"sound": "vowel", "kind": "word"},
    {"tag": "/VB[DZ]/", "regex": "[a-z]+ed"},
    {"aside": True},
    {"lemma": ["be", "have"], "except": [{"tag": "VBZ"}, {"case": "capitalized"}]},
    {"can": ["NNS"], "not": True, "except": {"text": "news"}},
    {"subject": ["plural", "collective"], "tag": ["VBZ", "VBP"]},
]


def test_a_specialised_test_answers_as_the_matcher_on_every_token():
    rules = _pattern_rules()
    matchers = [m for rule in rules for m in rule.matchers + [x for e in rule.exceptions for x in e]]
    matchers += [m for m in list(matchers) for m in m.unless]
    matchers += [build_matcher(raw, "tokens", ignorecase, {}) for raw in WRITTEN for ignorecase in (True, False)]
    tests = [specialised(m) for m in matchers]
    asked = matched = 0
    for name, text in _with_examples(rules, _drafts(12)):
        document = parse(name, text)
        for block in document.blocks:
            for sentence in block.sentences:
                tokens, tags = sentence.tokens, analyses(document).tags(sentence)
                plain_subjects: dict = {}
                fast_subjects: dict = {}
                for matcher, test in zip(matchers, tests, strict=True):
                    for i in range(len(tokens)):
                        expected = matcher.matches(tokens, tags, i, plain_subjects)
                        assert test(tokens, tags, i, fast_subjects) == expected, (matcher, tokens[i].text, tags[i])
                        asked += 1
                        matched += expected
    assert asked > 1_000_000 and matched > 50_000


def _plain_match(matchers, tokens, view, start: int, m: int, taken: list) -> bool:
    """Pattern._match_from as round 4 wrote it, for every run: each matcher
    asked through Matcher.matches."""
    if m == len(matchers):
        return True
    matcher = matchers[m]
    if m and matcher.skip:
        positions = range(start, min(len(tokens), start + matcher.skip + 1))
    else:
        positions = (start,) if start < len(tokens) else ()
    for position in positions:
        if matcher.start and position not in view.starts:
            continue
        if matcher.matches(tokens, view.tags, position, view.subjects):
            taken.append(position)
            if _plain_match(matchers, tokens, view, position + 1, m + 1, taken):
                return True
            taken.pop()
    if matcher.optional:
        taken.append(None)
        if _plain_match(matchers, tokens, view, start, m + 1, taken):
            return True
        taken.pop()
    return False


@pytest.mark.parametrize("specialise_after", [0, 10**9])
def test_pattern_rules_find_what_trying_every_token_of_every_unit_finds(monkeypatch, specialise_after):
    # The shortcuts: each matcher's specialised test, matchers in a row
    # tried without recursion, a match's start narrowed by the words and
    # tags at a fixed shift from it (for each way the optional matchers
    # may go), a unit passed over when no start is left, few keys looked
    # up one by one. The plain way tries every token of every unit.
    # Both with each matcher's specialised test and with its own
    # Matcher.matches (a rule's first units, see Pattern._current_runs).
    monkeypatch.setattr(pattern, "SPECIALISE_AFTER", specialise_after)
    rules = _pattern_rules()
    drafts = _with_examples(rules, _drafts(20))
    fast = rule_findings(rules, drafts)
    assert all(rule._runs is None or rule._runs[0].specialised == (not specialise_after) for rule in rules)
    assert len(fast) > 200 and len({f[1] for f in fast}) > 50
    assert any(len(rule._ways) > 1 for rule in rules)
    monkeypatch.setattr(
        Pattern,
        "_match",
        lambda self, run, tokens, view, start, taken: _plain_match(run.matchers, tokens, view, start, 0, taken),
    )
    monkeypatch.setattr(Pattern, "_candidates", lambda self, view, tokens: range(len(tokens)))
    monkeypatch.setattr(pattern._UnitIndex, "candidates", lambda self, words, tags: list(range(len(self.units))))
    assert rule_findings(rules, drafts) == fast


# --------------------------------------------------------------------------- the strings a pattern needs


def _shipped_patterns() -> list[BoundedPattern]:
    """Every BoundedPattern a shipped rule keeps, alone or in a list."""
    found = []
    for rule in shipped_rules():
        for value in vars(rule).values():
            values = value if isinstance(value, list | tuple) else [value]
            for each in values:
                for part in each if isinstance(each, tuple) else [each]:
                    if isinstance(part, BoundedPattern):
                        found.append(part)
    return found


def _source(found: BoundedPattern) -> tuple[str, int]:
    return found._source or (found.compiled.pattern, found.compiled.flags)


def _texts() -> list[str]:
    texts = []
    for name, text in _drafts(40, start=100):
        document = parse(name, text)
        texts += [block.text for block in document.blocks]
        texts += [sentence.text for block in document.blocks for sentence in block.sentences]
    examples = [e.text for rule in shipped_rules() for e in rule.spec.bad + rule.spec.good]
    return texts + examples


def test_a_text_without_the_strings_a_pattern_needs_holds_no_match():
    patterns = _shipped_patterns()
    texts = _texts()
    read = [(found, requiredtext.required(*_source(found))) for found in patterns]
    assert sum(needs is not None for _, needs in read) >= 8
    passed_over = matched = 0
    for found, needs in read:
        if needs is None:
            continue
        for text in texts:
            if needs.absent_from(text):
                passed_over += 1
                assert found.compiled.search(text) is None, (found.pattern, text)
            else:
                matched += found.compiled.search(text) is not None
    assert passed_over > 10_000 and matched > 20


def test_scans_find_what_searching_every_text_finds(monkeypatch):
    # BoundedPattern.finditer leaves out a text that lacks what every match
    # needs, once a pattern has scanned READ_AFTER_CHARACTERS.
    monkeypatch.setattr(userregex, "READ_AFTER_CHARACTERS", 0)
    texts = _texts()
    for stored in _shipped_patterns():
        found = BoundedPattern(stored.compiled)
        spans = [[m.span() for m in found.finditer(text)] for text in texts]
        assert found._required is not None
        assert spans == [[m.span() for m in found.compiled.finditer(text)] for text in texts]


#: (pattern, flags, a text it matches in): cases where reading a string a
#: match needs goes wrong if it reads too much.
HARD_CASES = [
    (r"sign\s+up", regex.IGNORECASE, "SİGN UP"),  # regex matches "İ" to "i", which folds to two characters
    (r"kelvin", regex.IGNORECASE, "\u212aELVIN"),  # the Kelvin sign
    (r"stop", regex.IGNORECASE, "\u017fTOP"),  # the long s
    (r"(?V1i)strasse", 0, "STRAẞE"),  # full case folding: one character matches two
    (r"(?i)colou?r", 0, "COLOR"),
    (r"(?:abc){e<=1}", 0, "xbc"),  # fuzzy matching
    (r"(a)\1", 0, "aa"),
    (r"x{0,2}y", 0, "y"),
    (r"(?<=x)y|z(?!q)", 0, "xy"),
    (r"(?x) ab \  c  # a comment", 0, "ab c"),
    (r"[ab]c|d", 0, "bc"),
    (r"(?i:Ab)C", 0, "aBC"),
    (r"\p{Lu}\p{Ll}+\x20\x20", 0, "Ab  "),
    (r"(a)?(?(1)b|c)", 0, "c"),
    (r"[ \t]+(?=[,.](?:\s|$))", 0, "a ,"),  # the strings on either side of a lookahead join
    (r"[xy]z", regex.IGNORECASE, "XZ"),
    (r"[ix]z", regex.IGNORECASE, "İZ"),
    (r"a(?=bc)", 0, "abc"),
    (r"a(?!x)b", 0, "ab"),
    (r"(?<=a)b", 0, "ab"),
    (r"ab\Kc", 0, "abc"),
    (r"a\b b|c", 0, "a b"),
    (r"(?:ab|cd)+e", 0, "abcde"),
    (r"[^a]b", 0, "xb"),
]


def test_what_a_pattern_is_read_to_need_is_in_every_text_it_matches_in():
    for body, flags, text in HARD_CASES:
        flags |= 0 if body.startswith("(?V1") else regex.VERSION0  # as the rule kinds compile
        assert regex.search(body, text, flags), body
        needs = requiredtext.required(body, flags)
        assert needs is None or not needs.absent_from(text), (body, needs)


def test_the_spacing_rules_need_two_spaces_or_a_tab():
    # What the shortcut is for: the two spacing rules' patterns open with
    # lookbehinds, which the regex engine tries at every character.
    rules = {rule.spec.id: rule for rule in shipped_rules()}
    for name in ("style.extra-space", "style.sentence-spacing"):
        needs = requiredtext.required(*_source(rules[name].pattern))
        assert needs == requiredtext.Required(("\t", "  "), folded=False)


def test_a_one_draft_run_reads_what_no_pattern_needs():
    # Reading what a pattern needs takes its parse (up to a few milliseconds
    # a pattern): a one-draft run, over before it would pay, never reads it.
    draft = sorted(WIKINEWS.glob("*.md"))[0]
    code = (
        "import sys; from editlint.api import Linter; "
        f"report = Linter().check_text(open({str(draft)!r}, encoding='utf-8').read(), 'draft.md'); "
        "print(len(report.diagnostics), 'editlint.requiredtext' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 0 and out[1] == "False"
