"""Running each rule's own examples: every bad example must trigger the rule
(and, where it says so, fix to the expected text); no good example may.

An example with ``other_drafts`` is one draft of a run with those drafts:
a rule that compares drafts (one headline in two drafts) compares it with
them, and what it reports on the example counts."""

from __future__ import annotations

from dataclasses import dataclass

from .diagnostic import Finding
from .engine import ActiveRule, RuleFailure, lint
from .fixes import apply_edits
from .kinds.base import KindRule
from .parsing import parse
from .rule import Example


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    path: str
    example: Example
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.example.line}: rule {self.rule_id}: {self.problem}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def check_examples(rule: KindRule, min_examples: int = 1) -> list[ExampleFailure]:
    spec = rule.spec
    failures = []

    def fail(example: Example, problem: str) -> None:
        failures.append(ExampleFailure(spec.id, spec.path, example, problem))

    placeholder = Example("", spec.line)
    for which, examples in (("bad", spec.bad), ("good", spec.good)):
        if len(examples) < min_examples:
            fail(placeholder, f"has {len(examples)} {which} example(s); at least {min_examples} required")
    active = [ActiveRule(rule, spec.severity)]
    for example in spec.bad:
        document = parse("<example>", example.text, example.format)
        stopped: list[RuleFailure] = []
        found = lint(document, active, failures=stopped) + across_drafts(rule, document, example)
        if stopped:
            fail(example, f"stopped: {stopped[0].reason('this example')}")
            continue
        if not found:
            fail(example, f'bad example not reported: "{_short(example.text)}"')
            continue
        if example.fixed is not None:
            edits = [e for d in found if d.fix for e in d.fix.edits]
            if not edits:
                fail(example, f'bad example has no fix; expected "{_short(example.fixed)}"')
                continue
            fixed, _ = apply_edits(example.text, edits)
            if fixed != example.fixed:
                fail(example, f'fix gives "{_short(fixed)}", expected "{_short(example.fixed)}"')
    for example in spec.good:
        document = parse("<example>", example.text, example.format)
        stopped = []
        found = lint(document, active, failures=stopped) + across_drafts(rule, document, example)
        if stopped:
            fail(example, f"stopped: {stopped[0].reason('this example')}")
        elif found:
            line, column = document.line_index.line_col(found[0].span.start)
            fail(example, f"good example reported at {line}:{column}: {found[0].message}")
    return failures


def across_drafts(rule: KindRule, document, example: Example) -> list[Finding]:
    """What a rule that compares drafts reports on the example, compared with
    its ``other_drafts``."""
    if not rule.across_drafts or not example.other_drafts:
        return []
    others = [parse(f"<other draft {n}>", text, example.format) for n, text in enumerate(example.other_drafts, 1)]
    documents = [document, *others]
    drafts = [(d.path, facts) for d in documents if (facts := rule.draft_facts(d)) is not None]
    if not drafts or drafts[0][0] != document.path:
        return []
    return [finding for index, finding in rule.check_drafts(drafts) if index == 0]
