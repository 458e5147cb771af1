"""How the draft refers to each person across it: one title per person
(titles.inconsistent-title) and the surname after the first full
reference (titles.surname-on-second-reference)."""

from __future__ import annotations

from collections import defaultdict

from ...analysis.people import Mention, is_suffix, last_word
from .common import Context, Report, normal_title, report


def inconsistent_title(ctx: Context) -> list[Report]:
    people = ctx.people
    first: dict[tuple[str, ...], tuple[Mention, int, tuple[str, ...]]] = {}
    reports = []
    for m in people.mentions:
        if m.title is None or not m.title.form.formal or m.quoted:
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


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One title, or a longer or shorter form of it: "Minister" and "Foreign
    Minister", "Secretary" and "Secretary of State"."""
    return is_suffix(a, b) or is_suffix(b, a) or (len(a) == 1 and a[0] in b) or (len(b) == 1 and b[0] in a)


def surname_on_second_reference(ctx: Context) -> list[Report]:
    people = ctx.people
    surnames = {key: people.surname(key) for key in people.persons}
    # A surname two people of the draft share names neither.
    owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in people.mentions:
        if len(m.key) >= 2 and not m.run.org:
            owners[last_word(m.key).casefold()].add(m.key)
    for key in people.persons:
        if surnames[key]:
            owners[" ".join(surnames[key]).casefold()].add(key)
    for name, keys in owners.items():
        # "Stott Despoja" is Natasha Stott Despoja's surname, not another person.
        owners[name] = {k for k in keys if not any(o != k and is_suffix(k, o) for o in keys)}
    seen: set[tuple[str, ...]] = set()
    reports = []
    for m in people.mentions:
        key = m.key
        if key not in people.persons or m.quoted:
            continue  # a quotation is the speaker's words: no reference of the draft's own
        if key not in seen:
            seen.add(key)
            continue
        surname = surnames[key]
        if surname is None:
            continue
        text = " ".join(surname)
        if len(owners[text.casefold()]) > 1 or len(owners[last_word(key).casefold()]) > 1:
            continue
        start = m.run.start
        if m.courtesy is not None and not ctx.options.keep_courtesy:
            start = m.courtesy
        suggestion = text + m.run.suffix
        if start in m.s.starts:
            suggestion = suggestion[:1].upper() + suggestion[1:]
        reports.append(
            report(m.s, start, m.run.end, suggestion, name=m.s.text(m.run.start, m.run.end), other=" ".join(key))
        )
    return reports
