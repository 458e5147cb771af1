"""Running compiled rules over a Document, then applying suppressions.

The engine, not the rules, stamps each finding with its rule id and the
severity configured for this file, and it alone knows about suppression
comments, so no rule has to.
"""

from __future__ import annotations

import html
import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .diagnostic import UNKNOWN_RULE_IN_SUPPRESSION, BackendUnavailable, Diagnostic, Edit, Fix, Severity
from .document import Document, RuleName
from .errors import closest, did_you_mean
from .fixsafety import guard_quoted_speech
from .kinds.base import KindRule
from .rule import matches_rule
from .span import Span
from .userregex import RegexTimeout

#: Set to 1 to let a rule's internal error raise, with its traceback, for
#: the developer chasing it, instead of being reported in one line.
DEBUG_ENV = "EDITLINT_DEBUG"


@dataclass(frozen=True)
class ActiveRule:
    rule: KindRule
    severity: Severity

    @property
    def id(self) -> str:
        return self.rule.spec.id


@dataclass(frozen=True)
class RuleFailure:
    """A rule that stopped before it finished checking a draft: its regex
    ran out of time, or it raised an exception (a bug in editlint). The
    other rules still ran; the draft was not fully checked."""

    rule_id: str
    #: Where the rule is written: "path:line".
    origin: str
    #: The time limit its regex ran into, or None.
    seconds: float | None = None
    #: The exception it raised ("ValueError: ..."), or None.
    error: str | None = None

    def reason(self, where: str = "this draft") -> str:
        if self.seconds is not None:
            return f"its regex took longer than {self.seconds:g} s on {where}"
        return f"internal error ({self.error}); this is a bug in editlint, please report it"

    @property
    def message(self) -> str:
        return f"rule {self.rule_id} ({self.origin}) stopped: {self.reason()}"


def failure_of(active: ActiveRule, exc: Exception) -> RuleFailure:
    """The RuleFailure for ``exc``, raised while ``active`` checked a draft.
    Raises ``exc`` again when it is an internal error and EDITLINT_DEBUG is
    set."""
    origin = active.rule.spec.origin
    if isinstance(exc, RegexTimeout):
        return RuleFailure(active.id, origin, seconds=exc.seconds)
    if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
        raise exc
    detail = " ".join(str(exc).split())
    if len(detail) > 200:
        detail = detail[:197] + "..."
    return RuleFailure(active.id, origin, error=f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__)


def run_rules(
    document: Document,
    rules: Sequence[ActiveRule],
    unavailable: list[BackendUnavailable] | None = None,
    failures: list[RuleFailure] | None = None,
) -> list[list[Diagnostic]]:
    """Each rule's diagnostics on ``document``, suppressions applied, in the
    order of ``rules``, attached to the document's text.

    A backend that cannot run is skipped and its BackendUnavailable is added
    to ``unavailable`` (or raised, when no list is given). A rule that stops
    (a regex out of time, an exception) gives no diagnostics and its
    RuleFailure is added to ``failures`` (or its exception raised, when no
    list is given); the other rules still run. editlint.pipeline is the one
    caller: everything that checks text goes through it."""
    units_by_scope: dict = {}
    results = []
    for active in rules:
        diagnostics = []
        results.append(diagnostics)
        rule = active.rule
        try:
            if not rule.may_report(document):
                continue
            scope = rule.scope
            units = units_by_scope.get(scope)
            if units is None:
                units = units_by_scope[scope] = scope.units(document)
            if not units:
                continue
            findings = list(rule.check(units, document))
        except BackendUnavailable as exc:
            if unavailable is None:
                raise
            unavailable.append(exc)
            continue
        except Exception as exc:
            # One rule's runaway regex or bug costs that rule, on this
            # draft: not the other rules, nor the other drafts.
            if failures is None:
                raise
            failures.append(failure_of(active, exc))
            continue
        source = document.source_text
        for finding in findings:
            rule_id = finding.rule_id or active.id
            # Here, not in each kind: no rule's safe fix may change quoted speech.
            fix = guard_quoted_speech(document, finding.fix)
            if fix is not None and document.traits.fixes_in_text_only:
                # HTML, Word: an edit across a tag or a paragraph break would break the file.
                if not all(document.verbatim(edit.span) for edit in fix.edits):
                    fix = None
            if fix is not None and document.traits.fixes_escaped_as_html:
                fix = _escaped_as_html(fix)
            diagnostics.append(
                Diagnostic(finding.span, rule_id, active.severity, finding.message, finding.suggestions, fix, source)
            )
        diagnostics[:] = suppress(document, diagnostics)
    return results


def draft_facts(document: Document, active: ActiveRule, failures: list[RuleFailure]) -> dict | None:
    """What a rule that compares drafts notes of this one (see
    KindRule.draft_facts), marked ``suppressed`` when a suppression comment
    switches the rule off where its finding would be; None, with a failure
    added to ``failures``, when the rule fails."""
    try:
        facts = active.rule.draft_facts(document)
    except Exception as exc:
        failures.append(failure_of(active, exc))
        return None
    if facts is not None and "span" in facts:
        facts["suppressed"] = suppressed_at(document, active.id, facts["span"][0])
    return facts


def _escaped_as_html(fix: Fix) -> Fix:
    """``fix`` with its new words as HTML source (see SourceTraits)."""
    edits = tuple(Edit(edit.span, html.escape(edit.replacement, quote=False)) for edit in fix.edits)
    return replace(fix, edits=edits)


def suppress(document: Document, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop diagnostics switched off by the draft's own directives."""
    if not diagnostics or not (document.directives or document.disabled_rules):
        return diagnostics
    index = document.line_index
    switches: dict[str, _Switches] = {}
    kept = []
    for diagnostic in diagnostics:
        rule = switches.get(diagnostic.rule_id)
        if rule is None:
            rule = switches[diagnostic.rule_id] = _Switches(document, diagnostic.rule_id)
        if not rule.off_at(index.line_col(diagnostic.span.start)[0]):
            kept.append(diagnostic)
    return kept


def suppressed_at(document: Document, rule_id: str, offset: int) -> bool:
    """Whether the draft's directives switch ``rule_id`` off at ``offset``."""
    if not (document.directives or document.disabled_rules):
        return False
    return _Switches(document, rule_id).off_at(document.line_index.line_col(offset)[0])


def unknown_rule_warnings(
    names: Sequence[RuleName], rule_ids: Sequence[str], namespaces: Sequence[str] = ()
) -> list[Diagnostic]:
    """A warning at each rule name in a suppression that matches none of
    ``rule_ids`` (as an id, a glob or a dotted prefix), with a did-you-mean.
    A name under one of ``namespaces`` ("languagetool.EN_A_VS_AN") is taken
    on trust: an external checker's rule ids cannot be listed."""
    warnings = []
    choices = None
    for name in names:
        pattern = name.pattern
        if pattern.split(".", 1)[0] in namespaces or any(matches_rule(pattern, rid) for rid in rule_ids):
            continue
        if choices is None:
            # A rule set's name ("boilerplat") is likelier meant than one of its rules.
            prefixes = {rid.rsplit(".", n)[0] for rid in rule_ids for n in range(1, rid.count(".") + 1)}
            choices = sorted(prefixes) + list(rule_ids)
        close = closest(pattern, choices)
        hint = did_you_mean(pattern, [close]) if close is not None else ""
        message = f'No rule matches "{pattern}"{hint}, so this suppression switches nothing off'
        suggestions = (close,) if close is not None else ()
        warnings.append(
            Diagnostic(Span(name.start, name.end), UNKNOWN_RULE_IN_SUPPRESSION, Severity.WARNING, message, suggestions)
        )
    return warnings


def _names(rules: tuple[str, ...], rule_id: str) -> bool:
    """A directive with no rules names every rule."""
    return not rules or any(matches_rule(pattern, rule_id) for pattern in rules)


class _Switches:
    """What a draft's directives say about one rule, worked out once for all
    its diagnostics: going through every directive for each diagnostic took
    time in the square of a long draft's size (thousands of each).

    The rule is off on a line when the front matter or a disable-file
    directive switches it off, a disable-line or disable-next-line directive
    covers the line, or the last disable or enable directive (in the
    draft's order) on or before the line is a disable. Only directives that
    name the rule count: an "enable" without rules ends every disable, one
    with rules only its own.
    """

    __slots__ = ("_everywhere", "_lines", "_toggle_lines", "_toggles")

    def __init__(self, document: Document, rule_id: str) -> None:
        naming = [d for d in document.directives if _names(d.rules, rule_id)]
        self._everywhere = any(matches_rule(pattern, rule_id) for pattern in document.disabled_rules) or any(
            d.action == "disable-file" for d in naming
        )
        self._lines: set[int] = set()
        #: (line, switched off) of each disable and enable, in the draft's order.
        self._toggles: list[tuple[int, bool]] = []
        for d in naming:
            if d.action == "disable-line":
                self._lines.update(range(d.line, d.end_line + 1))
            elif d.action == "disable-next-line":
                self._lines.add(d.end_line + 1)
            elif d.action in ("disable", "enable"):
                self._toggles.append((d.line, d.action == "disable"))
        lines = [line for line, _ in self._toggles]
        # Directives come in the order of the draft, so their lines are in
        # order and the last one on or before a line is found by bisection;
        # were they not, each is read.
        self._toggle_lines = lines if lines == sorted(lines) else None

    def off_at(self, line: int) -> bool:
        if self._everywhere or line in self._lines:
            return True
        if self._toggle_lines is not None:
            i = bisect_right(self._toggle_lines, line) - 1
            return i >= 0 and self._toggles[i][1]
        disabled = False
        for at, off in self._toggles:
            if at <= line:
                disabled = off
        return disabled
