"""Running each rule's own examples: every bad example must be reported by
the rule at the span its text marks with {{ }} (and, where it says so, fix
to the expected text); no good example may be reported.

``strict`` (the shipped rules, ``check-rules --strict``) also demands that
every bad example marks its span and that every bad example the rule fixes
says what the fix gives (``fixed:``).

An example with ``known_bug`` states what is right and is expected to fail
until the rule is mended; one that passes is a failure, so the note goes.

An example with ``other_drafts`` is one draft of a run with those drafts:
a rule that compares drafts (one headline in two drafts) compares it with
them, and what it reports on the example counts."""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import pipeline
from .diagnostic import Finding
from .engine import ActiveRule, RuleFailure
from .fixes import apply_edits
from .kinds.base import KindRule
from .rule import Example, mark, markable
from .span import SourceText, Span


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


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted string, to paste into a rule file."""
    return json.dumps(text, ensure_ascii=False)


def _places(source: SourceText, spans) -> str:
    """Where ``spans`` are, for a person: 1:17-1:21 "it's", ..."""
    places = []
    for span in sorted(spans):
        (line, col), (end_line, end_col) = source.line_col(span.start), source.line_col(span.end)
        text = source.text[span.start : span.end]
        places.append(f"{line}:{col}-{end_line}:{end_col} {_quoted(_short(text) if text.strip() else text)}")
    return ", ".join(places) or "nowhere"


def _marked_as_found(text: str, spans: list[Span]) -> str:
    if not markable(spans):
        return ""
    return f"; marked where it is reported now: text: {_quoted(mark(text, spans))}"


def run_example(rule: KindRule, example: Example) -> tuple[SourceText, list, list[RuleFailure]]:
    """The example's text, what the rule reports on it (through the one
    pipeline every draft goes through), and the rule's failure if it stopped."""
    rules = pipeline.Rules([ActiveRule(rule, rule.spec.severity)])
    checked = pipeline.check("<example>", example.text, rules, format=example.format)
    return checked.source, checked.diagnostics + across_drafts(rule, checked, example, rules), checked.failures


def bad_example_problems(rule: KindRule, example: Example, strict: bool = False) -> list[str]:
    """What is wrong with a bad example: not reported, reported elsewhere
    than it marks, or fixed to other than its ``fixed`` text."""
    source, found, stopped = run_example(rule, example)
    if stopped:
        return [f"stopped: {stopped[0].reason('this example')}"]
    if not found:
        return [f'bad example not reported: "{_short(example.text)}"']
    problems = []
    spans = sorted(f.span for f in found)
    if example.spans is None and strict:
        problems.append(
            "bad example does not mark where it is reported: enclose that text in {{ }}; "
            f"it is reported at {_places(source, spans)}{_marked_as_found(example.text, spans)}"
        )
    elif example.spans is not None and spans != sorted(example.spans):
        problems.append(
            f"bad example is reported at {_places(source, spans)}, "
            f"but marks {_places(source, example.spans)}{_marked_as_found(example.text, spans)}"
        )
    edits = [e for f in found if f.fix for e in f.fix.edits]
    fixed = apply_edits(example.text, edits)[0] if edits else None
    if example.fixed is None:
        if strict and fixed is not None:
            problems.append(f"bad example has no fixed: text, but the rule fixes it: fixed: {_quoted(fixed)}")
    elif fixed is None:
        problems.append(f'bad example has no fix; expected "{_short(example.fixed)}"')
    elif fixed != example.fixed:
        problems.append(f'fix gives "{_short(fixed)}", expected "{_short(example.fixed)}"')
    return problems


def good_example_problems(rule: KindRule, example: Example) -> list[str]:
    source, found, stopped = run_example(rule, example)
    if stopped:
        return [f"stopped: {stopped[0].reason('this example')}"]
    if found:
        line, column = source.line_col(found[0].span.start)
        return [f"good example reported at {line}:{column}: {found[0].message}"]
    return []


def check_examples(rule: KindRule, min_examples: int = 1, strict: bool = False) -> list[ExampleFailure]:
    spec = rule.spec
    failures = []

    def fail(example: Example, problem: str) -> None:
        failures.append(ExampleFailure(spec.id, spec.path, example, problem))

    placeholder = Example("", spec.line)
    for which, examples in (("bad", spec.bad), ("good", spec.good)):
        if len(examples) < min_examples:
            fail(placeholder, f"has {len(examples)} {which} example(s); at least {min_examples} required")
    # A known bug's example states what is right in full: it is checked strictly.
    checked = [(e, bad_example_problems(rule, e, strict or e.known_bug is not None)) for e in spec.bad]
    checked += [(e, good_example_problems(rule, e)) for e in spec.good]
    for example, problems in checked:
        if example.known_bug is None:
            for problem in problems:
                fail(example, problem)
        elif not problems:
            fail(example, f"passes, so the known bug is mended: remove known_bug ({_short(example.known_bug)})")
    return failures


def across_drafts(rule: KindRule, checked: pipeline.Checked, example: Example, rules: pipeline.Rules) -> list[Finding]:
    """What a rule that compares drafts reports on the example, compared with
    its ``other_drafts``."""
    if not rule.across_drafts or not example.other_drafts:
        return []
    others = [
        pipeline.check(f"<other draft {n}>", text, rules, format=example.format)
        for n, text in enumerate(example.other_drafts, 1)
    ]
    drafts = [(c.source.path, c.facts[rule.spec.id][1]) for c in [checked, *others] if rule.spec.id in c.facts]
    if not drafts or drafts[0][0] != checked.source.path:
        return []
    return [finding for index, finding in rule.check_drafts(drafts) if index == 0]
