"""quotes: quotation marks and attribution.

Quotations are found once per draft (editlint.quotations): straight and
curly marks, single quotes nested in double ones, quotes running over
several paragraphs, and apostrophes told from closing marks.

Options:
  check         what this rule reports:
                  unclosed      an opening mark never closed ("‘Listen")
                  unopened      a closing mark never opened
                  unattributed  a quotation of a full clause in a paragraph
                                that names no speaker with a speech verb
                  first-person  first-person words (our, we, I, my, us)
                                outside quotation marks after a speech verb
                                ("warned that ... our responses"): the
                                speaker's own words lost their marks
                  marks         straight and curly marks mixed in one draft
                  punctuation   a full stop or comma outside a closing
                                quote mark when the house puts it inside
  distance      for unattributed: how many paragraphs before the quote may
                name the speaker (default 0: the same paragraph)
  min_words     for unattributed: shorter quotations are scare quotes or
                titles, not speech (default 6; a quotation of 3 or more
                words that ends a sentence inside its marks counts too)
  style         for marks: curly, straight, or first (default: whichever
                the draft uses first)
  speech_verbs  verbs and phrases that attribute a quote (said, says,
                told, added, warned, according to...); extend for your
                house

Message fields: {speaker} (unattributed: the speaker the previous
paragraph names, as a hint), {hint} (the advice that goes with it), {mark}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..document import Block, BlockKind, Document
from ..quotations import DOUBLE, analyse
from .base import KindRule, OptionError

SPEECH_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "asked", "asks", "warned", "warns",
    "wrote", "writes", "explained", "explains", "insisted", "insists", "argued", "argues", "noted", "notes",
    "stated", "states", "declared", "declares", "announced", "announces", "replied", "replies", "claimed",
    "claims", "conceded", "concedes", "admitted", "admits", "recalled", "recalls", "continued", "continues",
    "urged", "urges", "tweeted", "posted", "remarked", "observed", "suggested", "acknowledged", "responded",
    "commented", "answered", "vowed", "promised", "predicted", "cautioned", "stressed", "emphasised",
    "emphasized", "according to", "in a statement", "in an interview", "quoted as saying", "pointed out",
)  # fmt: skip
FIRST_PERSON = frozenset("i we our ours ourselves us my mine me myself".split())
_WORD = re.compile(r"[\w’'-]+")
_NAME = r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"


@dataclass(frozen=True)
class Options:
    check: Literal["unclosed", "unopened", "unattributed", "first-person", "marks", "punctuation"] = "unclosed"
    distance: int = 0
    min_words: int = 6
    style: Literal["curly", "straight", "first"] = "first"
    speech_verbs: tuple[str, ...] = SPEECH_VERBS


class Quotes(KindRule):
    name = "quotes"
    Options = Options
    fields = ("speaker", "hint", "mark")
    default_fix = None

    def compile(self) -> None:
        if self.options.distance < 0:
            raise OptionError("distance", 'option "distance" must not be negative')
        if self.options.min_words < 1:
            raise OptionError("min_words", 'option "min_words" must be at least 1')
        verbs = sorted(self.options.speech_verbs, key=len, reverse=True)
        self.speech = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(v) for v in verbs) + r")(?![\w’'-])", re.I)
        self.speaker_patterns = [
            # "Sabrina Singh, the deputy press secretary, said" / "Knights says"
            re.compile(_NAME + r"(?:,[^,.]{1,80},)?\s+(?:" + self._verbs() + r")\b"),
            # "said Sabrina Singh"
            re.compile(r"\b(?:" + self._verbs() + r")\s+" + _NAME),
        ]

    def _verbs(self) -> str:
        return "|".join(re.escape(v) for v in sorted(self.options.speech_verbs, key=len, reverse=True) if " " not in v)

    def check(self, units, document):
        wanted = {id(unit.block) for unit in units}
        check = self.options.check
        quotes = analyse(document)
        if check in ("unclosed", "unopened"):
            for stray in quotes.stray:
                if stray.opening == (check == "unclosed") and id(stray.block) in wanted:
                    yield from self._at_mark(document, stray.block, stray.offset)
        elif check == "unattributed":
            yield from self._unattributed(document, quotes, wanted)
        elif check == "first-person":
            yield from self._first_person(document, quotes, wanted)
        elif check == "marks":
            yield from self._marks(document, wanted)
        elif check == "punctuation":
            yield from self._punctuation(document, quotes, wanted)

    # ------------------------------------------------------------------ helpers

    def _at_mark(self, document: Document, block: Block, offset: int, **fields):
        """A finding on a quotation mark and the word after it (never a whole
        quote: the words inside are the speaker's, not ours to flag)."""
        word = _WORD.match(block.text, offset + 1)
        end = word.end() if word else offset + 1
        finding = self.finding(document, block, offset, end, mark=block.text[offset], **fields)
        if finding:
            yield finding

    def _outside(self, quotes, block: Block) -> str:
        """The block's text with its quotations blanked out."""
        text = list(block.text)
        for start, end in quotes.inside.get(block.index, ()):
            text[start:end] = " " * (end - start)
        return "".join(text)

    def _attributed(self, quotes, block: Block) -> bool:
        return self.speech.search(self._outside(quotes, block)) is not None

    def _speaker(self, quotes, block: Block | None) -> str:
        """The last speaker a paragraph names ("Sabrina Singh, the deputy
        press secretary, said"): the likeliest voice of a quote after it."""
        if block is None:
            return ""
        outside = self._outside(quotes, block)
        found: list[tuple[int, str]] = []
        for pattern in self.speaker_patterns:
            for m in pattern.finditer(outside):
                name = m.group(1).split()
                # A name, not "The" or "But": drop words any sentence may open with.
                while name and name[0] in ("The", "But", "And", "A", "An", "He", "She", "It", "They", "We"):
                    name = name[1:]
                if name:
                    found.append((m.start(1), " ".join(name)))
        return max(found)[1] if found else ""

    # ------------------------------------------------------------------ checks

    def _unattributed(self, document: Document, quotes, wanted):
        body = [b for b in document.blocks if b.kind is not BlockKind.HEADLINE and b.kind is not BlockKind.HEADING]
        position = {b.index: n for n, b in enumerate(body)}
        # The quotations of a paragraph ask about the same paragraphs (their
        # own, the ones before): each is read once, by block index. Read for
        # every quotation, a paragraph of thousands of them took time in
        # the square of its length.
        attributed: dict[int, bool] = {}
        speakers: dict[int, str] = {}

        def is_attributed(block: Block) -> bool:
            found = attributed.get(block.index)
            if found is None:
                found = attributed[block.index] = self._attributed(quotes, block)
            return found

        for quotation in quotes.quotations:
            first = quotation.blocks[0]
            if quotation.nested or id(first) not in wanted or first.index not in position:
                continue
            text = quotation.text()
            words = quotation.words()
            # A sentence of speech, not a scare quote or a title.
            ends_sentence = re.search(r"[.!?…][’'”\"]*\s*$", text) is not None
            speech_like = words >= self.options.min_words or (words >= 3 and ends_sentence)
            if not speech_like:
                continue
            n = position[first.index]
            nearby = body[max(0, n - self.options.distance) : n + 1] + quotation.blocks[1:]
            if any(is_attributed(b) for b in nearby):
                continue
            if first.kind is BlockKind.BLOCKQUOTE and _dash_attribution(body, n, quotation):
                continue
            previous = body[n - 1] if n > 0 else None
            if previous is None:
                speaker = self._speaker(quotes, previous)
            elif previous.index in speakers:
                speaker = speakers[previous.index]
            else:
                speaker = speakers[previous.index] = self._speaker(quotes, previous)
            surname = speaker.split()[-1] if speaker else ""
            hint = (
                f"probably {speaker}: add \u201c{surname} said\u201d"
                if speaker
                else "name the speaker with a speech verb"
            )
            yield from self._at_mark(document, first, quotation.start, speaker=speaker, hint=hint)
        yield from self._unattributed_block_quotes(document, quotes, wanted, body)

    def _unattributed_block_quotes(self, document: Document, quotes, wanted, body: list[Block]):
        """A Markdown block quote with no quotation marks is a quotation too:
        attributed by a speech verb in it or in the paragraph that leads into
        it, or by "— Name" at its end or just after it."""
        for n, block in enumerate(body):
            if block.kind is not BlockKind.BLOCKQUOTE or id(block) not in wanted:
                continue
            if n > 0 and body[n - 1].kind is BlockKind.BLOCKQUOTE:
                continue  # the same quote goes on
            run = [block]
            while n + len(run) < len(body) and body[n + len(run)].kind is BlockKind.BLOCKQUOTE:
                run.append(body[n + len(run)])
            if quotes.inside.get(block.index) or sum(len(_WORD.findall(b.text)) for b in run) < self.options.min_words:
                continue  # marked quotes are checked above; a short one is no speech
            previous = body[n - 1] if n > 0 else None
            if any(self._attributed(quotes, b) for b in run):
                continue
            if previous is not None and self._attributed(quotes, previous) and previous.text.rstrip().endswith(":"):
                continue
            if _dash_attribution(body, n, _Run(run)):
                continue
            speaker = self._speaker(quotes, previous)
            surname = speaker.split()[-1] if speaker else ""
            hint = f"probably {speaker}: add \u201c\u2014 {surname}\u201d" if speaker else "name the speaker"
            word = _WORD.search(block.text)
            end = word.end() if word else min(len(block.text), 1)
            finding = self.finding(document, block, 0, end, speaker=speaker, hint=hint, mark="")
            if finding:
                yield finding

    def _first_person(self, document: Document, quotes, wanted):
        for block in document.blocks:
            if id(block) not in wanted or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                continue
            outside = self._outside(quotes, block)
            for sentence in block.sentences:
                verb = self.speech.search(outside, sentence.start, sentence.end)
                if verb is None:
                    continue
                # The reported clause: after the verb (and "that"), skipping
                # the verb's object ("told us", "asked me").
                clause_start = verb.end()
                words = list(_WORD.finditer(outside, clause_start, sentence.end))
                for k, word in enumerate(words):
                    lower = word.group().lower().replace("’", "'")
                    if k == 0 and lower in ("us", "me"):
                        continue
                    if word.group() == "US" or lower not in FIRST_PERSON:
                        continue
                    if quotes.quoted(block, word.start(), word.end()):
                        continue
                    finding = self.finding(document, block, word.start(), word.end())
                    if finding:
                        yield finding
                    break  # one finding per sentence is enough to send the editor there

    def _marks(self, document: Document, wanted):
        style = self.options.style
        first_seen = None
        for block in document.blocks:
            for m in re.finditer(r"[“”\"]", block.text):
                curly = m.group() != '"'
                if first_seen is None:
                    first_seen = "curly" if curly else "straight"
                expected = first_seen if style == "first" else style
                if (expected == "curly") != curly and id(block) in wanted:
                    if expected == "curly":
                        replacement = "“" if _classify_double(block.text, m.start()) == "open" else "”"
                    else:
                        replacement = '"'
                    finding = self.finding(document, block, m.start(), m.end(), (replacement,), mark=m.group())
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
    if re.search(r"[—–-]\s*[A-Z][\w’'-]+[^\n]*$", last.text):
        return True
    following = body[n + len(quotation.blocks)] if n + len(quotation.blocks) < len(body) else None
    return following is not None and re.match(r"\s*[—–-]+\s*[A-Z]", following.text) is not None
