"""Who is speaking: the grammar of attribution in news copy.

A quotation is attributed when the copy names its source, and news does it
in a handful of constructions, whatever the words:

- a verb of saying, in any form and on either side of the speaker: "Singh
  said", "said Singh", "confirmed a Saints spokesman", "Mutu agreed,
  adding", "the statement reads", "in the words of the prosecutor";
- a lead-in ending in a colon, in the same paragraph ("A club spokesman
  confirmed: ...", "Brentford boss Martin Allen: ...") or as a paragraph of
  its own before the quote ("Coach Maria Brown told reporters:");
- a speaker label opening a line of a transcript ("((WN))", "Q:", "Aparna
  Garg:");
- a dash and a name after a pull quote ("... — Aparna Garg").

A verb that names or characterises ("called it", "described as", "the
sign read") attributes the quote in its own sentence.

The first-person words of an attribution are the publication's, not the
speaker's ("said our correspondent", "told us"), and some words
only look like the pronoun: "World War I", "the i" (a newspaper), "My
Little Pony" mid-sentence.

This is the one home of these word lists; the quote rules read them (and
extend the speech verbs from a rule's ``speech_verbs`` option).
"""

from __future__ import annotations

import re
from itertools import islice

from .wordlists import CALENDAR


def _inflect(entry: str) -> tuple[str, ...]:
    """Every form of a verb: "say/said" gives say, says, saying, said; a
    phrasal verb ("point out") inflects its first word. An irregular past
    follows a slash, a past participle that differs after another slash
    ("write/wrote/written"); a doubled consonant shows in the past given
    ("admit/admitted" gives "admitting")."""
    words = entry.split("/")
    base, *rest = words[0].split(" ", 1)
    tail = " " + rest[0] if rest else ""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if len(words) > 1:
        pasts = [w.split(" ", 1)[0] for w in words[1:]]
    elif base.endswith("e"):
        pasts = [base + "d"]
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        pasts = [base[:-1] + "ied"]
    else:
        pasts = [base + "ed"]
    doubled = pasts[0].endswith("ed") and len(pasts[0]) == len(base) + 3 and pasts[0][len(base)] == base[-1]
    if doubled:
        ing = base + base[-1] + "ing"
    elif base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ing = base[:-1] + "ing"
    else:
        ing = base + "ing"
    return tuple(dict.fromkeys(w + tail for w in (base, third, ing, *pasts)))


# Verbs that report what someone said, wrote or meant: each takes a
# reported clause ("warned that ...") or a quotation.
_REPORTING = """
    say/said tell/told add ask warn write/wrote/written explain insist argue note state declare announce reply
    claim concede admit/admitted recall continue urge tweet post remark observe suggest acknowledge respond
    comment answer vow promise predict caution stress emphasise emphasize confirm agree disagree deny assert
    allege contend reason conclude exclaim propose opine quip/quipped joke shout yell scream chant whisper
    mutter inform testify plead pledge boast complain lament recount reiterate retort counter interject
    rebut/rebutted proclaim demand request beg/begged implore appeal wonder muse report reveal disclose divulge
    confess speculate hint imply indicate reckon concur/concurred object protest elaborate clarify specify
    """
# Of those, the ones whose object is the listener ("told Wikinews"): the
# name after one is not its speaker.
_TO_LISTENER = "tell/told ask warn urge inform beg/begged implore request"
# Verbs of speaking that attribute a quotation without taking a reported
# clause ("praised him on Twitter: ...", "spoke to the press: ..."), and
# the manner of saying that sports and features copy uses ("beamed Smith").
_SPEAKING = """
    speak/spoke/spoken talk describe characterise characterize praise criticise criticize condemn attack assail
    accuse thank apologise apologize hail welcome slam/slammed blast dismiss defend react cite quote outline
    summarise summarize detail express voice relay email text message blog/blogged mourn congratulate reassure
    threaten mock ridicule challenge recommend advise instruct encourage beam smile laugh grin sigh fume gush
    enthuse tease rue bemoan ponder"""
# Verbs that name, or give the words of a text: they attribute a quotation
# in their own sentence ("which the BBC describes as", "the sign read"), as
# each is also common in other senses ("called off", "read a book").
_NAMING = "call name dub/dubbed term label brand nickname title entitle read/read refer/referred"
_PHRASES = (
    "point out", "speak out/spoke out/spoken out", "talk about", "hit out", "fire back/fired back",
    "shoot back/shot back", "weigh in/weighed in", "chime in", "sound off",
)  # fmt: skip
_FIXED_PHRASES = frozenset(
    {"according to", "in a statement", "in the words of", "quoted as saying", "as saying", "in an interview", "went on"}
)
# Forms of those verbs that news uses far more often in another sense ("the
# state", "peace talks", "a recall", "with a smile"): in a paragraph they
# would attribute every quote, so they never do. Their other forms
# ("stated", "smiled") still do.
_OTHER_SENSES = frozenset(
    """state states report attack attacks talk talks thank thanks praise question questions challenge
    challenges detail details voice voices counter counters object objects protest protests appeal appeals
    request requests demand demands promise promises blast blasts pledge pledges recall recount recounts
    reason reasons wonder wonders muse post tweet comment answer reply note claim remark stress caution vow
    joke chant scream quote outline express relay text message email blog hint retort mock hail welcome
    dismiss promising reasoning repeated detailed challenging encouraging messages questioning warning
    reckoning threatening revealing reassuring beam beams smile smiles laugh laughs grin grins sigh sighs
    fume fumes""".split()
)


def _forms(entries: str | tuple[str, ...]) -> frozenset[str]:
    items = entries.split() if isinstance(entries, str) else entries
    return frozenset(form for entry in items for form in _inflect(entry) if form not in _OTHER_SENSES)


#: Every form of the verbs that take reported speech ("warned that ...").
REPORTING_VERBS = _forms(_REPORTING)
#: Every form of the verbs and phrases of saying: they attribute a quotation
#: anywhere in its paragraph, before or after it, in either order.
SPEECH_VERBS = REPORTING_VERBS | _forms(_SPEAKING) | _forms(_PHRASES) | _FIXED_PHRASES
#: The verbs of saying that may come before their speaker ("said Singh",
#: "confirmed a Saints spokesman"), not before their listener.
VERBS_BEFORE_SPEAKER = REPORTING_VERBS - _forms(_TO_LISTENER)
#: Verbs that attribute a quotation in their own sentence only.
NAMING_VERBS = _forms(_NAMING)
#: Words that are sentence openers, not names, before a speech verb ("But
#: said ..." never names "But").
NOT_NAMES = frozenset("The But And A An He She It They We I In On At As So Yet Or If When While After".split())
FIRST_PERSON = frozenset("i we our ours ourselves us my mine me myself".split())


_WORD = re.compile(r"[\w’'-]+")


class Verbs:
    """Finds any of a set of verbs and phrases ("said", "according to") as
    whole words, in any case. Word by word, with a set: a regex alternation
    of five hundred words tried at every position is far slower."""

    def __init__(self, verbs) -> None:
        self.words = frozenset(v.lower() for v in verbs if " " not in v)
        self.phrases = frozenset(tuple(v.lower().split()) for v in verbs if " " in v)
        self.longest = max((len(p) for p in self.phrases), default=1)
        #: The words a phrase opens with: only after one is a phrase tried.
        self.phrase_openers = frozenset(p[0] for p in self.phrases)

    def search(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The span of the first verb in ``text[start:end]``, or None."""
        end = len(text) if end is None else end
        # The words as strings (findall, in C): the span of the one found is
        # worked out after, from its position among them. Most sentences
        # hold no verb of saying, nor a word that opens a phrase of one.
        lowered = [word.lower() for word in _WORD.findall(text, start, end)]
        if self.words.isdisjoint(lowered) and self.phrase_openers.isdisjoint(lowered):
            return None
        for k, word in enumerate(lowered):
            if word in self.phrase_openers:
                for n in range(min(self.longest, len(lowered) - k), 1, -1):
                    if tuple(lowered[k : k + n]) in self.phrases:
                        return _span_of_words(text, start, end, k, n)
            if word in self.words:
                return _span_of_words(text, start, end, k, 1)
        return None


def _span_of_words(text: str, start: int, end: int, k: int, n: int) -> tuple[int, int]:
    """The span of words k to k + n - 1 (from 0) of ``text[start:end]``."""
    found = list(islice(_WORD.finditer(text, start, end), k, k + n))
    return found[0].start(), found[-1].end()


# ---------------------------------------------------------------- lead-ins and labels

# A transcript's speaker label at the start of a line: "((WN))", "Q:",
# "Aparna Garg:", "Brentford boss Martin Allen:". Before the colon, a few
# words ending in a capitalised one (a name, "Q", "A", "WN"), no sentence.
_LABEL = re.compile(
    r"\s*(?:\(\([^()\n]{1,60}\)\)|"
    r"(?:[\w’'.-]+\s+){0,5}?[A-Z][\w’'.-]*\s*(?:\([^()\n]{1,40}\)\s*)?[:：])"
)


def speaker_label(text: str) -> int:
    """The length of the speaker label opening ``text`` ("((WN))", "Q:",
    "Aparna Garg:"), 0 when there is none. A label's words are a name, not
    a clause: none of them is a verb of saying."""
    m = _LABEL.match(text)
    if m is None:
        return 0
    words = re.findall(r"[\w’'-]+", m.group())
    if m.group().lstrip().startswith("(("):
        return m.end()
    if any(w.lower() in SPEECH_VERBS for w in words) or (words and words[0] in NOT_NAMES and len(words) > 1):
        return 0  # "He said:" is a lead-in (attributed all the same), not a label
    lower = [w for w in words if w[0].islower()]
    if len(lower) > 2 or any(w in _MINOR or w in _FUNCTION for w in lower):
        return 0  # "Another problem arose in May:" is a sentence
    return m.end()


def transcript(blocks) -> set[int]:
    """The indices of the blocks of an interview transcript: each line
    that opens with a speaker label ("((WN))", "Q:", "Sara Seager:") and
    the paragraphs after it up to the next label or heading (an answer of
    several paragraphs). Only in a draft with two labels or more: one
    "Note:" makes no transcript."""
    labelled = [b for b in blocks if speaker_label(b.text)]
    if len(labelled) < 2:
        return set()
    found: set[int] = set()
    speaking = False
    for block in blocks:
        if block.kind in ("heading", "headline"):
            speaking = False
        elif speaker_label(block.text):
            speaking = True
        if speaking:
            found.add(block.index)
    return found


# "issued a statement", "in a televised address", "during his press
# conference": the quotation after it is the statement's words.
_STATEMENT_NOUNS = (
    r"(?:statement|press release|news release|letter|message|announcement|communiqu[eé]|tweet|notice|post|email"
    r"|e-mail|speech|address|video|interview|op-ed|column|podcast|broadcast|press conference|news conference|briefing"
    r"|remarks|comments|testimony|affidavit|filing|submission)s?"
)
_STATEMENT = re.compile(
    r"\b(?:(?:issu|releas|publish|post|sen[dt]|put out|read out)\w*|in|during)\s+"
    r"(?:an?|the|his|her|its|their|a joint|a written|a televised)\s+(?:[\w’'-]+\s+){0,2}?" + _STATEMENT_NOUNS + r"\b",
    re.I,
)


def names_statement(text: str) -> bool:
    """Whether ``text`` says a statement was issued ("Senator Cornyn issued a
    statement regarding ...")."""
    return _STATEMENT.search(text) is not None


def after_colon(text: str, start: int, sentence_start: int = 0) -> bool:
    """Whether the quotation opening at ``start`` follows a lead-in ending
    in a colon that names a source: "A club spokesman confirmed: ...",
    "Brentford boss Martin Allen: ...", "His verdict: ...". In news, such a
    colon introduces the words of whoever the lead-in names; "The result:
    ..." names no one."""
    i = start
    while i > sentence_start and text[i - 1].isspace():
        i -= 1
    return i > sentence_start and text[i - 1] in ":：" and names_source(text[sentence_start : i - 1])


# People who are a story's sources without a name.
_SOURCES = frozenset(
    """police officials officers witnesses residents sources critics experts fans doctors authorities prosecutors
    investigators organisers organizers protesters campaigners scientists researchers analysts supporters
    opponents locals survivors relatives neighbours neighbors staff workers players members""".split()
)
_PRONOUNS = frozenset("he she they we i you his her their our my your him them us me its who".split())


def names_source(lead_in: str) -> bool:
    """Whether a lead-in names someone who could be speaking: a verb of
    saying, a name (a capitalised word after the first, not a day), a
    possessive ("the coach's verdict"), a pronoun ("his verdict"), a
    person ("the chairman", "police") or a statement ("in a televised
    address")."""
    words = _WORD.findall(lead_in)
    for k, word in enumerate(words):
        lower = word.lower()
        if lower in SPEECH_VERBS or lower in _PRONOUNS or lower in _SOURCES or lower.endswith(("'s", "’s", "s'", "s’")):
            return True
        if lower.endswith(("man", "woman", "men", "women", "person", "people")):
            return True  # "the chairman", "one spokeswoman", "local people"
        if word[0].isupper() and k > 0 and lower not in CALENDAR:
            return True  # a name; the first word is capitalised anyway
    return names_statement(lead_in)


def leads_in(text: str, verbs: Verbs) -> bool:
    """Whether a paragraph leads into the next one's quotation: it ends in a
    colon ("Coach Maria Brown told reporters:") or in a verb of saying and
    a comma ("Rathbun stated,")."""
    end = text.rstrip()
    if end.endswith((":", "：")):
        return True
    if end.endswith(","):
        last = re.search(r"([\w’'-]+(?:\s+[\w’'-]+)?)\s*,$", end)
        return last is not None and verbs.search(last.group(1)) is not None
    return False


_DASH_NAME = re.compile(r"\s*[—–-]+\s*[\u200d\u200b]*\s*[A-Z]")


def dash_after(text: str, end: int) -> bool:
    """A pull quote's attribution: a dash and a name just after the closing
    mark ("... — Aparna Garg, Railway Manager")."""
    return _DASH_NAME.match(text, end) is not None


_FUNCTION = frozenset("is was are were be been has had have will would could should about after as but so".split())
_MINOR = frozenset("a an the and or of in on at to for from by with vs vs. v de la del von van".split())


def title_like(quoted: str) -> bool:
    """Whether the words in quotation marks are a title or a name ("Don't
    Hug Cacti", "Reproductive Health Care Reform Bill 2019"): every word
    but the minor ones capitalised, or a number."""
    major = False
    for word in _WORD.findall(quoted):
        word = word.strip("’'-")
        if not word or word.lower() in _MINOR:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False  # most quotations: a sentence, told at its first lower-case word
        major = True
    return major


# ---------------------------------------------------------------- first person

# Nouns for the publication and its people: "our correspondent", "this
# paper", "our readers". First person before one is the publication's.
_NEWSROOM = frozenset(
    """correspondent correspondents reporter reporters journalist journalists newspaper paper papers staff
    team site website readers reader viewers listeners audience colleague colleagues editor editors
    photographer photographers newsroom interviewer crew station programme program show sister publication
    magazine outlet own""".split()
)


def first_person_at(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the word ``text[start:end]`` is the speaker's first person:
    "our responses", not "our correspondent" (the publication), "World War
    I" (a numeral), "the i" (a newspaper), "My Little Pony" (a title inside
    a sentence), or "as we know it" (the writer's aside)."""
    word = text[start:end]
    lower = word.lower().replace("’", "'")
    if lower not in FIRST_PERSON or word == "US":
        return False
    if word == "i" or (word[0].isupper() and word != "I" and start > sentence_start):
        return False  # "the i"; "My Little Pony", "Our Lady" inside a sentence: names
    before = _WORD.findall(text, sentence_start, start)
    previous = before[-1] if before else ""
    if previous.lower() in ("the", "a", "an"):
        return False
    if word == "I" and previous[:1].isupper() and previous not in NOT_NAMES and len(before) > 1:
        return False  # World War I, Henry I, Title I
    if previous.lower() == "as":
        return False  # "as we understand them", "as I said": an aside
    following = _WORD.match(text, _skip_space(text, end))
    if following and following.group().lower() in _NEWSROOM and lower in ("our", "my"):
        return False  # said our correspondent, told my colleague
    return True


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
