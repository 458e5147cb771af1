"""How the draft refers to each person across it: one title per person
(titles.inconsistent-title) and the surname after the first full
reference (titles.surname-on-second-reference)."""

from __future__ import annotations

from collections import defaultdict

from ...analysis.people import Mention, is_suffix, last_word
from ...analysis.reading import is_capitalised
from ...analysis.titlelist import FIRST_NAME_HONORIFICS, fold
from ...document import TokenKind
from .common import TRANSPARENT, Context, Report, normal_title, report


def inconsistent_title(ctx: Context) -> list[Report]:
    people = ctx.people
    first: dict[tuple[str, ...], tuple[Mention, int, tuple[str, ...]]] = {}
    reports = []
    for m in people.mentions:
        if m.title is None or not m.title.form.formal or m.quoted or _another_time(m):
            continue
        person = people.person_of(m)
        if person is None:
            continue
        # The title as listed: "US" or "Iraqi" before it is no part of it.
        start, words = m.title.start, normal_title(m.title.form.words)
        if words in ctx.concurrent:
            continue
        if person not in first:
            first[person] = (m, start, words)
            continue
        fm, fstart, fwords = first[person]
        if _compatible(words, fwords):
            continue
        other = fm.s.text(fstart, fm.title.end)
        reports.append(
            report(
                m.s, start, m.title.end, other,
                title=m.s.text(start, m.title.end), expected=other, other=other, name=" ".join(person),
            )
        )  # fmt: skip
    return reports


def _another_time(m: Mention) -> bool:
    """A title held at another time ("former US Vice President Joe Biden",
    "President-elect Joe Biden"): no rival to the title held now."""
    tokens, i = m.s.tokens, m.title.start
    while i > 0 and tokens[i - 1].kind is TokenKind.WORD and is_capitalised(tokens[i - 1].text):
        i -= 1  # past a capitalised modifier: "former US Vice President"
    earlier = i > 0 and fold(tokens[i - 1].text) in TRANSPARENT
    return earlier or m.title.form.words[-1].endswith("elect")


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One title, or a longer or shorter form of it: "Minister" and "Foreign
    Minister", "Secretary" and "Secretary of State"."""
    return is_suffix(a, b) or is_suffix(b, a) or (len(a) == 1 and a[0] in b) or (len(b) == 1 and b[0] in a)


def surname_on_second_reference(ctx: Context) -> list[Report]:
    people = ctx.people
    surnames = {key: people.surname(key) for key in people.persons}
    # A surname two people of the draft share names neither: two full names
    # ("Kim Shin-wook", "Kim Min-woo"), or a couple ("Richard and Lisa Parry").
    owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in people.mentions:
        if len(m.key) >= 2 and not m.run.org and m.key not in people.things:
            owners[last_word(m.key).casefold()].add(m.key)
            surname = surnames[m.key] if m.key in surnames else people.surname(m.key)
            if surname:
                owners[" ".join(surname).casefold()].add(m.key)
            partner = _couple(m)
            if partner:
                owners[last_word(m.key).casefold()].add((partner, *m.key[1:]))
    for name, keys in owners.items():
        # "Stott Despoja" is Natasha Stott Despoja's surname, not another person.
        owners[name] = {k for k in keys if not any(o != k and is_suffix(k, o) for o in keys)}
    honorific_style = _honorific_style(ctx)
    seen: set[tuple[str, ...]] = set()
    reports = []
    for m in people.mentions:
        key = m.key
        if key not in people.persons or m.quoted or m.label:
            # A quotation is the speaker's words, a speaker label a
            # transcript's convention: no reference of the draft's own.
            continue
        if key not in seen:
            seen.add(key)
            continue
        surname = surnames[key]
        if surname is None:
            continue
        text = " ".join(surname)
        if len(owners[text.casefold()]) > 1 or len(owners[last_word(key).casefold()]) > 1:
            continue
        if honorific_style:
            start, suggestion = m.run.start, _with_honorific(m, key, text, people.honorifics.get(key))
        else:
            start, suggestion = (m.run.start if m.courtesy is None else m.courtesy), text
        suggestion += m.run.suffix
        if start in m.s.starts:
            suggestion = suggestion[:1].upper() + suggestion[1:]
        # The later reference as it reads once fixed: "Sir Nicholas", where
        # the fix replaces "Nicholas Serota" after "Sir".
        expected = suggestion
        if m.courtesy is not None and start == m.run.start:
            tokens = m.s.tokens
            expected = m.s.block.text[tokens[m.courtesy].start : tokens[m.run.start].start] + suggestion
        reports.append(
            report(
                m.s, start, m.run.end, suggestion,
                name=m.s.text(m.run.start, m.run.end), other=" ".join(key), expected=expected,
            )
        )  # fmt: skip
    return reports


def _honorific_style(ctx: Context) -> bool:
    o = ctx.options
    if o.keep_courtesy or o.second_reference == "honorific":
        return True
    return o.second_reference == "draft" and ctx.people.honorific_style


def _with_honorific(m: Mention, key: tuple[str, ...], surname: str, honorific: str | None) -> str:
    """The short form in British style, replacing the name after the
    mention's own honorific (kept in place), or given the person's
    honorific from elsewhere in the draft: "Ms Savell", "Lord Browne", and
    a knight or dame by first name, "Sir Nicholas"."""
    honorific = m.honorific or honorific
    short = key[0] if honorific in FIRST_NAME_HONORIFICS else surname
    return short if m.honorific or not honorific else f"{honorific} {short}"


def _couple(m: Mention) -> str | None:
    """The other first name of a couple named together ("Richard" of
    "Richard and Lisa Parry"): two people with one surname."""
    tokens, i = m.s.tokens, m.run.start
    if i >= 2 and fold(tokens[i - 1].text) == "and" and tokens[i - 2].kind is TokenKind.WORD:
        first = tokens[i - 2].text
        if first[:1].isupper() and first[1:].islower() and (i - 2) not in m.s.starts:
            return first
    return None
