"""The one path from a draft's text to its diagnostics.

text -> Document (the reader of its format) -> the rules its config selects
-> diagnostics, each rule's suppressed where the draft switches it off ->
warnings about suppression comments that name no rule -> attached to the
draft's text, sorted. Nothing here reads files, prints or exits.

Everything that checks text goes through :func:`check`: the result cache
wraps it (only the rules an entry lacks run), :func:`fix` loops over it,
worker processes and the public API (editlint.api) call it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import Entry, ResultCache, content_key, decode_diagnostic, encode_diagnostic
from .diagnostic import Applicability, BackendUnavailable, Diagnostic, Edit, attach
from .document import Document, RuleName
from .engine import ActiveRule, RuleFailure, draft_facts, run_rules
from .errors import InputError
from .fixer import fix_text
from .fixes import apply_edits
from .parsing import Reader, reader_for, reader_named
from .parsing.reader import Unreadable
from .span import SourceText

#: A draft as its reader reads it: decoded text, or for a format read as
#: bytes (Word), the file's bytes.
Content = str | bytes

#: Warnings about a draft's suppression comments that name no rule, from
#: the names the comments write (see Workspace.suppression_warnings).
NameWarnings = Callable[[Sequence[RuleName]], list[Diagnostic]]


@dataclass(frozen=True)
class Rules:
    """What one draft is checked with: its config's rules, and how to warn
    about the rule names its suppression comments write."""

    active: Sequence[ActiveRule]
    warn_names: NameWarnings | None = None


@dataclass
class Checked:
    """What checking one text gave: plain data (it crosses to and from
    worker processes)."""

    source: SourceText
    #: Suppressions applied, attached to ``source``, sorted.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: What reading the text met, (line, message) each: problems are errors
    #: (the draft is not what its format says), notes only notes (a block
    #: the reader could not place goes unchecked).
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    #: Rules that compare drafts: rule id -> (its fingerprint, this draft's facts).
    facts: dict[str, tuple[str, dict]] = field(default_factory=dict)
    failures: list[RuleFailure] = field(default_factory=list)
    unavailable: list[BackendUnavailable] = field(default_factory=list)


@dataclass(frozen=True)
class CacheSlot:
    """Where a draft's results are kept between runs."""

    cache: ResultCache
    location: Path


def _reader(path: str, format: str | None) -> Reader:
    return reader_named(format) if format else reader_for(path)


def parse(path: str, content: Content, format: str | None = None) -> Document:
    """The Document of ``content``, read by the reader named ``format``
    (default: the reader of ``path``'s suffix). A draft its reader cannot
    read (a ".docx" that is no Word file, text given for a Word draft)
    raises InputError."""
    reader = _reader(path, format)
    if isinstance(content, bytes) != reader.binary:
        given = "bytes" if isinstance(content, bytes) else "text"
        raise InputError(path, f"{reader.label} drafts are read from {'their file' if reader.binary else 'text'}, "
                               f"not from {given}")  # fmt: skip
    try:
        return reader.read(path, content)
    except Unreadable as exc:
        raise InputError(path, str(exc)) from None


def check(
    path: str, content: Content, rules: Rules, cache: CacheSlot | None = None, format: str | None = None
) -> Checked:
    """The diagnostics of ``content`` (see :func:`parse`)."""
    if cache is None:
        document = parse(path, content, format)
        return _fresh(document, document.source_text, rules)
    key = content_key(content, _reader(path, format).name)
    entry = cache.cache.load(cache.location, key)
    try:
        return _cached(path, content, rules, cache, key, entry, format)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        if entry is None:
            raise  # not the cache's doing
        # An entry damaged in a way its digest cannot tell: a miss.
        return _cached(path, content, rules, cache, key, None, format)


def _fresh(document: Document, source: SourceText, rules: Rules) -> Checked:
    checked = Checked(source, problems=list(document.problems), notes=list(document.notes))
    found = run_rules(document, rules.active, checked.unavailable, checked.failures)
    diagnostics = [d for each in found for d in each]
    checked.facts = facts_of(document, rules.active, checked.failures)
    return _finished(checked, diagnostics, document.rule_names, rules)


def _finished(checked: Checked, diagnostics: list[Diagnostic], names, rules: Rules) -> Checked:
    if rules.warn_names is not None:
        diagnostics = diagnostics + rules.warn_names(names)
    checked.diagnostics = sorted(attach(diagnostics, checked.source))
    return checked


def _cached(
    path: str, content: Content, rules: Rules, slot: CacheSlot, key: str, entry: Entry | None, format: str | None
) -> Checked:
    fresh = entry is None
    if entry is None:
        entry = Entry(key)
    document = None
    if isinstance(content, str):
        source = SourceText(path, content)
    else:  # the text the rules read is made by the reader (a Word draft's paragraphs)
        document = parse(path, content, format)
        source = document.source_text
    checked = Checked(source)
    missing = [a for a in rules.active if not a.rule.cacheable or a.rule.fingerprint not in entry.rules]
    if missing or fresh:
        if document is None:
            document = parse(path, content, format)
        entry.problems = [[line, message] for line, message in document.problems]
        entry.notes = [[line, message] for line, message in document.notes]
        entry.names = [[name.pattern, name.start, name.end] for name in document.rule_names]
        found = run_rules(document, missing, checked.unavailable, checked.failures)
        for active, diagnostics in zip(missing, found, strict=True):
            record = {"d": [encode_diagnostic(d) for d in diagnostics]}
            if active.rule.across_drafts:
                record["f"] = draft_facts(document, active, checked.failures)
            entry.rules[active.rule.fingerprint] = record
        if fresh or any(a.rule.cacheable for a in missing):
            # An entry keeps the results of rules other runs used on the
            # same text (a hook with --select, CI without): a new text
            # starts a new entry.
            slot.cache.store(slot.location, _cacheable(entry, rules.active, checked.failures))
    checked.problems = [(line, message) for line, message in entry.problems]
    checked.notes = [(line, message) for line, message in entry.notes]
    diagnostics = []
    for active in rules.active:
        record = entry.rules[active.rule.fingerprint]
        diagnostics.extend(decode_diagnostic(raw, active.severity) for raw in record["d"])
        if active.rule.across_drafts and record.get("f") is not None:
            checked.facts[active.id] = (active.rule.fingerprint, record["f"])
    names = [RuleName(pattern, start, end) for pattern, start, end in entry.names]
    return _finished(checked, diagnostics, names, rules)


def facts_of(document: Document, rules: Sequence[ActiveRule], failures: list[RuleFailure]) -> dict:
    """What each rule that compares drafts notes of ``document``: rule id
    -> (its fingerprint, the facts), as :attr:`Checked.facts`."""
    found = {}
    for active in rules:
        if active.rule.across_drafts:
            facts = draft_facts(document, active, failures)
            if facts is not None:
                found[active.id] = (active.rule.fingerprint, facts)
    return found


def _cacheable(entry: Entry, rules: Sequence[ActiveRule], failures: list[RuleFailure]) -> Entry:
    """The entry without the results of rules that are never kept, nor of
    rules that stopped on this text (a later run must try them again, and
    say again that they stopped)."""
    stopped = {f.rule_id for f in failures}
    left_out = {a.rule.fingerprint for a in rules if not a.rule.cacheable or a.id in stopped}
    return replace(entry, rules={fp: r for fp, r in entry.rules.items() if fp not in left_out})


# --------------------------------------------------------------------------- fixing


@dataclass
class Fixed:
    """What fixing one draft gave."""

    #: The draft (text, or a binary draft's bytes) with every fix applied that could be.
    text: Content
    #: What checking the fixed text gave (the original's, when nothing changed).
    checked: Checked
    #: What checking the original text gave.
    original: Checked
    #: Diagnostics whose fix was applied.
    fixed: int = 0
    #: False when fixes kept making new findings until the pass limit.
    converged: bool = True
    #: Fixes that could not be written into a binary draft, each
    #: "¶3:12: why" (the position in the draft as it was then).
    notes: list[str] = field(default_factory=list)


def fix(path: str, text: Content, rules: Rules, applicabilities: Collection[Applicability]) -> Fixed:
    """Apply the fixes of ``applicabilities`` to ``text`` until none is
    left (see editlint.fixer), checking it again after each pass. A binary
    draft's fixes are written by its reader (a Word draft's as tracked
    changes); those it cannot write safely are left, and told in ``notes``."""
    first = latest = check(path, text, rules)
    failures = list(first.failures)

    def relint(new_text: str) -> list[Diagnostic]:
        nonlocal latest
        # A rule that stopped once would stop again (and cost its time
        # limit again) on each pass: it sits the rest out.
        stopped = {f.rule_id for f in failures}
        latest = check(path, new_text, Rules([a for a in rules.active if a.id not in stopped], rules.warn_names))
        failures.extend(latest.failures)
        return latest.diagnostics

    refused: list[str] = []
    apply = apply_edits
    if isinstance(text, bytes):
        reader = reader_for(path)
        if reader.write is None:  # it cannot take fixes: nothing is applied, write_back says why
            return Fixed(text, first, first)

        def apply(data: bytes, edits: list[Edit]) -> tuple[bytes, list[Edit]]:
            written = reader.write(data, edits)
            # Each pass offers every fix still open: the last says which cannot be written.
            refused[:] = [why for _, why in written.refused]
            return written.data, written.taken

    outcome = fix_text(text, relint, applicabilities, first.diagnostics, apply)
    # The last check was of the fixed text (fix_text checks after each pass).
    checked = latest if outcome.text != text else first
    # One line per rule that stopped, however many passes met it.
    checked.failures = list({f.rule_id: f for f in failures}.values())
    return Fixed(outcome.text, checked, first, outcome.fixed, outcome.converged, list(dict.fromkeys(refused)))
