"""quotes: quotation marks and attribution.

Quotations are found once per draft (editlint.analysis.quotations): straight and
curly marks, single quotes nested in double ones, quotes running over
several paragraphs, apostrophes told from closing marks, and primes
(6'2") from quotation marks. Who speaks is read with the grammar of
attribution in editlint.analysis.attribution.

Options:
  check         what this rule reports:
                  unclosed      an opening mark never closed ("‘Listen")
                  unopened      a closing mark never opened
                  unattributed  a quotation of a full clause that the copy
                                attributes to no one: no verb of saying in
                                its paragraph (before or after it, either
                                order: "confirmed a spokesman"), no lead-in
                                colon ("Brentford boss Martin Allen: ..."),
                                no lead-in paragraph ending in a colon, no
                                speaker label ("Q:", "((WN))"), no naming
                                verb in its sentence ("called it ..."), no
                                "— Name" after it
                  first-person  first-person words (our, we, I, my, us)
                                outside quotation marks after a verb of
                                saying ("warned that ... our responses"):
                                the speaker's own words lost their marks;
                                never the publication's ("said our
                                correspondent") nor a transcript's
                  marks         straight and curly marks mixed in one draft
                  punctuation   a full stop or comma outside a closing
                                quote mark when the house puts it inside
  distance      for unattributed: how many paragraphs before the quote may
                name the speaker (default 0: the same paragraph)
  min_words     for unattributed: shorter quotations are scare quotes or
                titles, not speech (default 6; a quotation of 3 or more
                words that ends a sentence inside its marks counts too);
                words in title case ("Don't Hug Cacti") are a title
  style         for marks: curly, straight, or first (default: whichever
                the draft uses first)
  speech_verbs  more verbs and phrases that attribute a quote, for your
                house, added to the built-in ones (every form of said,
                told, confirmed, agreed, added, described, according to...)

Message fields: {speaker} (unattributed: the speaker the previous
paragraph names, as a hint), {hint} (the advice that goes with it), {mark},
{expected} (marks: curly or straight).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..analysis.analyses import analyses
from ..analysis.attribution import (
    FIRST_PERSON,
    NAMING_VERBS,
    NOT_NAMES,
    REPORTING_VERBS,
    SPEECH_VERBS,
    VERBS_BEFORE_SPEAKER,
    Verbs,
    after_colon,
    dash_after,
    first_person_at,
    leads_in,
    names_statement,
    speaker_label,
    title_like,
    transcript,
)
from ..analysis.quotations import DOUBLE
from ..document import Block, BlockKind, Document
from .base import KindRule, OptionError

_WORD = re.compile(r"[\w’'-]+")
_NAME = r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
#: How many quote paragraphs in a row one lead-in may introduce.
_LEAD_IN_RUN = 12


@dataclass(frozen=True)
class Options:
    check: Literal["unclosed", "unopened", "unattributed", "first-person", "marks", "punctuation"] = "unclosed"
    distance: int = 0
    min_words: int = 6
    style: Literal["curly", "straight", "first"] = "first"
    speech_verbs: tuple[str, ...] = ()


class Quotes(KindRule):
    name = "quotes"
    Options = Options
    fields = ("speaker", "hint", "mark", "expected")
    default_fix = None

    def compile(self) -> None:
        if self.options.distance < 0:
            raise OptionError("distance", 'option "distance" must not be negative')
        if self.options.min_words < 1:
            raise OptionError("min_words", 'option "min_words" must be at least 1')
        house = self.house = frozenset(v.strip().lower() for v in self.options.speech_verbs if v.strip())
        self.speech = Verbs(SPEECH_VERBS | house)
        self.reporting = Verbs(REPORTING_VERBS | house)
        self.naming = Verbs(NAMING_VERBS)

    def check(self, units, document):
        wanted = {id(unit.block) for unit in units}
        check = self.options.check
        quotes = analyses(document).quotations
        if check in ("unclosed", "unopened"):
            for stray in quotes.stray:
                if stray.opening == (check == "unclosed") and id(stray.block) in wanted:
                    yield from self.at_mark(document, stray.block, stray.offset)
        elif check == "unattributed":
            yield from _Attribution(self, document, quotes).unattributed(wanted)
        elif check == "first-person":
            yield from self._first_person(document, quotes, wanted)
        elif check == "marks":
            yield from self._marks(document, quotes, wanted)
        elif check == "punctuation":
            yield from self._punctuation(document, quotes, wanted)

    # ------------------------------------------------------------------ helpers

    def at_mark(self, document: Document, block: Block, offset: int, **fields):
        """A finding on a quotation mark and the word after it (never a whole
        quote: the words inside are the speaker's, not ours to flag)."""
        word = _WORD.match(block.text, offset + 1)
        end = word.end() if word else offset + 1
        finding = self.finding(document, block, offset, end, mark=block.text[offset], **fields)
        if finding:
            yield finding

    def speaker(self, outside: str) -> str:
        """The last speaker a paragraph (its text outside quotation marks)
        names ("Sabrina Singh, the deputy press secretary, said"): the
        likeliest voice of a quote after it."""
        found: list[tuple[int, str]] = []
        for pattern in _speaker_patterns(self.speech.words, VERBS_BEFORE_SPEAKER | self.house):
            for m in pattern.finditer(outside):
                name = m.group(1).split()
                # A name, not "The" or "But": drop words any sentence may open with.
                while name and name[0] in NOT_NAMES:
                    name = name[1:]
                if name:
                    found.append((m.start(1), " ".join(name)))
        return max(found)[1] if found else ""

    # ------------------------------------------------------------------ checks

    def _first_person(self, document: Document, quotes, wanted):
        interview = transcript(document.blocks)
        for block in document.blocks:
            if id(block) not in wanted or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                continue
            if block.index in interview or speaker_label(block.text):
                continue  # a transcript's line: the speaker's own words, in the first person
            outside = _outside(quotes, block)
            for sentence in block.sentences:
                # Only a first-person word is reported (first_person_at says
                # no to any other), and the words after the verb are words
                # of the sentence: most sentences hold none, and their verb
                # is not looked for.
                words = _WORD.findall(outside, sentence.start, sentence.end)
                if FIRST_PERSON.isdisjoint([word.lower() for word in words]):
                    continue
                verb = self.reporting.search(outside, sentence.start, sentence.end)
                if verb is None:
                    continue
                # Only a first-person word can be the speaker's first person
                # (first_person_at says no to any other): most words of a
                # sentence are none, and are passed over without a call.
                attribution = _WORD.finditer(outside, sentence.start, verb[0])
                if any(
                    first_person_at(block.text, w.start(), w.end(), sentence.start)
                    for w in attribution
                    if w.group().lower() in FIRST_PERSON
                ):
                    continue  # "I told them that we care": the writer's own voice, not reported speech
                # The reported clause: after the verb (and "that"). When its
                # listener is us ("told us", "said to me"), the first person
                # in it is still the listener's.
                words = list(_WORD.finditer(outside, verb[1], sentence.end))
                heads = [w.group().lower() for w in words[:2]]
                if heads[:1] in (["us"], ["me"]) or (heads[:1] in (["to"], ["with"]) and heads[1:] in (["us"], ["me"])):
                    continue
                for word in words:
                    if word.group().lower() not in FIRST_PERSON:
                        continue
                    if not first_person_at(block.text, word.start(), word.end(), sentence.start):
                        continue
                    if quotes.quoted(block, word.start(), word.end()):
                        continue
                    finding = self.finding(document, block, word.start(), word.end())
                    if finding:
                        yield finding
                    break  # one finding per sentence is enough to send the editor there

    def _marks(self, document: Document, quotes, wanted):
        style = self.options.style
        first_seen = None
        for block in document.blocks:
            for m in re.finditer(r"[“”\"]", block.text):
                if (block.index, m.start()) in quotes.primes:
                    continue  # 6'2": an inch mark, not a quotation mark
                curly = m.group() != '"'
                if first_seen is None:
                    first_seen = "curly" if curly else "straight"
                expected = first_seen if style == "first" else style
                if (expected == "curly") != curly and id(block) in wanted:
                    if expected == "curly":
                        replacement = "“" if _classify_double(block.text, m.start()) == "open" else "”"
                    else:
                        replacement = '"'
                    finding = self.finding(
                        document, block, m.start(), m.end(), (replacement,), mark=m.group(), expected=expected
                    )
                    if finding:
                        yield finding

    def _punctuation(self, document: Document, quotes, wanted):
        for quotation in quotes.quotations:
            if not quotation.closed or quotation.mark != DOUBLE:
                continue
            block = quotation.blocks[-1]
            if id(block) not in wanted:
                continue
            after = block.text[quotation.end : quotation.end + 1]
            # Only a quoted sentence: a quoted word or title takes its punctuation outside.
            if after in ".," and after and quotation.words() >= self.options.min_words:
                start = quotation.end - 1
                swapped = after + block.text[start]
                finding = self.finding(document, block, start, quotation.end + 1, (swapped,), mark=block.text[start])
                if finding:
                    yield finding


@cache
def _speaker_patterns(verbs: frozenset[str], inverted: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns for a speaker and a verb of saying, either way round (only
    compiled when a finding needs a hint). After "told", a name is the
    listener ("told Wikinews"), not the speaker."""

    def alternatives(words):
        return "|".join(re.escape(v) for v in sorted(words, key=len, reverse=True) if " " not in v)

    return (
        # "Sabrina Singh, the deputy press secretary, said" / "Knights says"
        re.compile(_NAME + r"(?:,[^,.]{1,80},)?\s+(?:" + alternatives(verbs) + r")\b"),
        # "said Sabrina Singh"
        re.compile(r"\b(?:" + alternatives(inverted) + r")\s+" + _NAME),
    )


def _outside(quotes, block: Block) -> str:
    """The block's text with its quotations blanked out."""
    inside = quotes.inside.get(block.index)
    if not inside:
        return block.text  # most paragraphs quote no one
    text = list(block.text)
    for start, end in inside:
        text[start:end] = " " * (end - start)
    return "".join(text)


class _Attribution:
    """Which quotations of one draft the copy attributes to no one (see
    editlint.analysis.attribution for the grammar). What is asked of a paragraph
    (its speech verbs, whether it leads into a quote) is worked out once:
    a paragraph of thousands of quotations asks it thousands of times."""

    def __init__(self, rule: Quotes, document: Document, quotes) -> None:
        self.rule = rule
        self.document = document
        self.quotes = quotes
        self.body = [b for b in document.blocks if b.kind is not BlockKind.HEADLINE and b.kind is not BlockKind.HEADING]
        self.position = {b.index: n for n, b in enumerate(self.body)}
        self.transcript = transcript(document.blocks)
        self._outside: dict[int, str] = {}
        self._speaks: dict[int, bool] = {}
        self._led_in: dict[int, bool] = {}
        self._sentence_starts: dict[int, list[int]] = {}
        self._naming: dict[tuple[int, int], bool] = {}

    def outside(self, block: Block) -> str:
        found = self._outside.get(block.index)
        if found is None:
            found = self._outside[block.index] = _outside(self.quotes, block)
        return found

    def speaks(self, block: Block) -> bool:
        """A verb of saying outside the paragraph's quotes, a statement
        issued, or a speaker label (also over an answer's later paragraphs)."""
        found = self._speaks.get(block.index)
        if found is None:
            text = self.outside(block)
            found = (
                block.index in self.transcript
                or bool(speaker_label(block.text))
                or self.rule.speech.search(text) is not None
                or names_statement(text)
            )
            self._speaks[block.index] = found
        return found

    def led_in(self, n: int, depth: int = 0) -> bool:
        """Whether the paragraph before body[n] introduces it: it ends in a
        colon or a verb of saying and a comma, or it is itself a quote led
        in that way (one lead-in, several quote paragraphs)."""
        if n <= 0 or depth > _LEAD_IN_RUN:
            return False
        found = self._led_in.get(n)
        if found is None:
            previous = self.body[n - 1]
            found = leads_in(previous.text, self.rule.speech) or (
                not re.search(r"\w", self.outside(previous)) and self.led_in(n - 1, depth + 1)
            )
            self._led_in[n] = found
        return found

    def attributed(self, quotation, n: int) -> bool:
        first, last = quotation.blocks[0], quotation.blocks[-1]
        distance = self.rule.options.distance
        nearby = self.body[max(0, n - distance) : n + 1] + quotation.blocks[1:]
        if any(self.speaks(b) for b in nearby):
            return True
        sentence = self.sentence_at(first, quotation.start)
        if after_colon(first.text, quotation.start, first.sentences[sentence].start if sentence >= 0 else 0):
            return True
        if self.opens_block(first, quotation.start) and self.led_in(n):
            return True
        if self.naming_verb_around(first, quotation.start) or self.naming_verb_around(last, quotation.end - 1):
            return True
        if dash_after(last.text, quotation.end):
            return True
        return _dash_attribution(self.body, n, quotation)

    def sentence_at(self, block: Block, offset: int) -> int:
        """The index of the sentence of ``block`` that ``offset`` is in (or
        the last one starting before it), -1 if none: by bisection, as a
        transcript pasted as one paragraph has thousands."""
        starts = self._sentence_starts.get(block.index)
        if starts is None:
            starts = self._sentence_starts[block.index] = [s.start for s in block.sentences]
        return bisect_right(starts, offset) - 1

    def opens_block(self, block: Block, offset: int) -> bool:
        """Whether only space comes before ``offset`` in the block."""
        return self.sentence_at(block, offset) <= 0 and not block.text[:offset].strip()

    def naming_verb_around(self, block: Block, offset: int) -> bool:
        """'which the BBC describes as "..."', '"...", read the warning': a
        verb that names or gives a text's words, in the quote's sentence."""
        k = self.sentence_at(block, offset)
        if k < 0:
            return False
        found = self._naming.get((block.index, k))
        if found is None:
            sentence = block.sentences[k]
            found = self.rule.naming.search(self.outside(block), sentence.start, sentence.end) is not None
            self._naming[(block.index, k)] = found
        return found

    def speech_like(self, quotation) -> bool:
        """A sentence of speech, not a scare quote or a title."""
        text = quotation.text()
        words = quotation.words()
        if words < self.rule.options.min_words:
            ends_sentence = re.search(r"[.!?…][’'”\"]*\s*$", text) is not None
            if not (words >= 3 and ends_sentence):
                return False
        return not title_like(text)

    def unattributed(self, wanted):
        rule, document = self.rule, self.document
        for quotation in self.quotes.quotations:
            first = quotation.blocks[0]
            if quotation.nested or id(first) not in wanted or first.index not in self.position:
                continue
            if not self.speech_like(quotation):
                continue
            n = self.position[first.index]
            if self.attributed(quotation, n):
                continue
            speaker = rule.speaker(self.outside(self.body[n - 1])) if n > 0 else ""
            surname = speaker.split()[-1] if speaker else ""
            hint = "name the speaker with a speech verb"
            if speaker:
                hint = f"probably {speaker}: add \u201c{surname} said\u201d"
            yield from rule.at_mark(document, first, quotation.start, speaker=speaker, hint=hint)
        yield from self.unattributed_block_quotes(wanted)

    def unattributed_block_quotes(self, wanted):
        """A Markdown block quote with no quotation marks is a quotation too:
        attributed by a speech verb in it or a lead-in paragraph before it
        (ending in a colon, or a verb of saying and a comma), or by "— Name"
        at its end or just after it."""
        rule, body = self.rule, self.body
        for n, block in enumerate(body):
            if block.kind is not BlockKind.BLOCKQUOTE or id(block) not in wanted:
                continue
            if n > 0 and body[n - 1].kind is BlockKind.BLOCKQUOTE:
                continue  # the same quote goes on
            run = [block]
            while n + len(run) < len(body) and body[n + len(run)].kind is BlockKind.BLOCKQUOTE:
                run.append(body[n + len(run)])
            words = sum(len(_WORD.findall(b.text)) for b in run)
            if self.quotes.inside.get(block.index) or words < rule.options.min_words:
                continue  # marked quotes are checked above; a short one is no speech
            if any(self.speaks(b) for b in run) or self.led_in(n) or _dash_attribution(body, n, _Run(run)):
                continue
            speaker = rule.speaker(self.outside(body[n - 1])) if n > 0 else ""
            surname = speaker.split()[-1] if speaker else ""
            hint = f"probably {speaker}: add \u201c\u2014 {surname}\u201d" if speaker else "name the speaker"
            word = _WORD.search(block.text)
            end = word.end() if word else min(len(block.text), 1)
            finding = rule.finding(self.document, block, 0, end, speaker=speaker, hint=hint, mark="")
            if finding:
                yield finding


@dataclass
class _Run:
    """Block quote blocks read as one quotation (for _dash_attribution)."""

    blocks: list[Block]


def _classify_double(text: str, i: int) -> str:
    before = text[i - 1] if i else " "
    return "open" if before.isspace() or before in "([{—–-" else "close"


def _dash_attribution(body: list[Block], n: int, quotation) -> bool:
    """A block quote attributed the way a pull quote is: "— Name" at its
    end or in the paragraph after it."""
    last = quotation.blocks[-1]
    if last.kind is BlockKind.BLOCKQUOTE and re.search(r"[—–-]\s*[A-Z][\w’'-]+[^\n]*$", last.text):
        return True
    following = body[n + len(quotation.blocks)] if n + len(quotation.blocks) < len(body) else None
    return following is not None and re.match(r"\s*[—–-]+\s*[A-Z]", following.text) is not None
