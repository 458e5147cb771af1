"""Running compiled rules over a Document, then applying suppressions.

The engine, not the rules, stamps each finding with its rule id and the
severity configured for this file, and it alone knows about suppression
comments, so no rule has to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .diagnostic import BackendUnavailable, Diagnostic, Severity
from .document import Document
from .kinds.base import KindRule
from .rule import matches_rule


@dataclass(frozen=True)
class ActiveRule:
    rule: KindRule
    severity: Severity

    @property
    def id(self) -> str:
        return self.rule.spec.id


def lint(
    document: Document, rules: Sequence[ActiveRule], unavailable: list[BackendUnavailable] | None = None
) -> list[Diagnostic]:
    """Diagnostics of ``rules`` on ``document``: suppressions applied, sorted.

    A backend that cannot run is skipped and its BackendUnavailable is added
    to ``unavailable`` (or raised, when no list is given).
    """
    diagnostics = [d for found in run_rules(document, rules, unavailable) for d in found]
    diagnostics.sort()
    return diagnostics


def run_rules(
    document: Document, rules: Sequence[ActiveRule], unavailable: list[BackendUnavailable] | None = None
) -> list[list[Diagnostic]]:
    """Each rule's diagnostics on ``document``, suppressions applied, in the
    order of ``rules`` (a backend that cannot run gives none; see lint)."""
    units_by_scope: dict = {}
    results = []
    for active in rules:
        diagnostics = []
        results.append(diagnostics)
        rule = active.rule
        if not rule.may_report(document):
            continue
        scope = rule.scope
        units = units_by_scope.get(scope)
        if units is None:
            units = units_by_scope[scope] = scope.units(document)
        if not units:
            continue
        try:
            findings = list(rule.check(units, document))
        except BackendUnavailable as exc:
            if unavailable is None:
                raise
            unavailable.append(exc)
            continue
        for finding in findings:
            rule_id = finding.rule_id or active.id
            diagnostics.append(
                Diagnostic(finding.span, rule_id, active.severity, finding.message, finding.suggestions, finding.fix)
            )
        diagnostics[:] = suppress(document, diagnostics)
    return results


def suppress(document: Document, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop diagnostics switched off by the draft's own directives."""
    if not diagnostics or not (document.directives or document.disabled_rules):
        return diagnostics
    index = document.line_index
    kept = []
    for diagnostic in diagnostics:
        line = index.line_col(diagnostic.span.start)[0]
        if not _suppressed(document, diagnostic.rule_id, line):
            kept.append(diagnostic)
    return kept


def _names(rules: tuple[str, ...], rule_id: str) -> bool:
    """A directive with no rules names every rule."""
    return not rules or any(matches_rule(pattern, rule_id) for pattern in rules)


def _suppressed(document: Document, rule_id: str, line: int) -> bool:
    if any(matches_rule(pattern, rule_id) for pattern in document.disabled_rules):
        return True
    disabled = False
    for directive in document.directives:
        action = directive.action
        if not _names(directive.rules, rule_id):
            # "enable" without rules ends every disable; one with rules only its own.
            continue
        if action == "disable-file":
            return True
        if action == "disable-line" and directive.line <= line <= directive.end_line:
            return True
        if action == "disable-next-line" and line == directive.end_line + 1:
            return True
        if directive.line <= line:
            if action == "disable":
                disabled = True
            elif action == "enable":
                disabled = False
    return disabled
