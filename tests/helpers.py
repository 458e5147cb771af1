"""Helpers for testing rule kinds and rules, in the style of yamllint's
``RuleTestCase`` and Harper's ``assert_lint_count``.

A rule is written as a YAML snippet: the mapping of one rule, as in a rule
file. ``id`` and ``message`` may be left out (they default to
``test.rule`` and ``"{match}"``), so a test only writes what it is about::

    RULE = '''
    kind: existence
    tokens: [click here]
    '''
    assert_problems(RULE, "Click here.", [(1, 1, 1, 11, "Click here")])

Every helper also accepts an already compiled :class:`KindRule` in place of
the YAML, for rules built some other way.

Problems are ``(line, column, end_line, end_column, rule_id, matched_text)``:
1-based, columns in code points, the end exclusive (as the JSON reporter
gives them), and ``matched_text`` the source the diagnostic covers.
"""

from __future__ import annotations

import json
import os
import textwrap
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from editlint import pipeline
from editlint.cli import main
from editlint.diagnostic import Applicability, Diagnostic, Finding, Fix
from editlint.engine import ActiveRule
from editlint.errors import RuleError
from editlint.fixes import apply_edits
from editlint.kinds import KINDS
from editlint.kinds.base import KindRule, build
from editlint.rule import RuleSpec, parse_rule
from editlint.span import SourceText
from editlint.yamlsource import load_yaml

#: The 293 Wikinews drafts of ../shared, real news the speed tests compare fast and long ways on.
WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "drafts"

RULE_PATH = "<test-rule>"
DEFAULT_ID = "test.rule"
DEFAULT_MESSAGE = "{match}"


class Problem(NamedTuple):
    line: int
    col: int
    end_line: int
    end_col: int
    rule_id: str
    text: str


# --------------------------------------------------------------------------- building


def rule_spec(rule_yaml: str) -> RuleSpec:
    """The RuleSpec of a YAML snippet (``id`` and ``message`` defaulted)."""
    raw = load_yaml(textwrap.dedent(rule_yaml), RULE_PATH, RuleError)
    if not isinstance(raw, dict):
        raise AssertionError(f"the rule snippet is not a mapping: {rule_yaml!r}")
    raw.setdefault("id", DEFAULT_ID)
    raw.setdefault("message", DEFAULT_MESSAGE)
    return parse_rule(raw, RULE_PATH, 1, KINDS)


def make_rule(rule: str | KindRule) -> KindRule:
    """Compile a YAML snippet with its kind (as the CLI does); a KindRule is
    returned as it is. Invalid rules raise :class:`RuleError`."""
    if isinstance(rule, KindRule):
        return rule
    spec = rule_spec(rule)
    return build(KINDS[spec.kind], spec)


def rule_error(rule_yaml: str) -> RuleError:
    """The RuleError that compiling ``rule_yaml`` raises (fails if none)."""
    with pytest.raises(RuleError) as info:
        make_rule(rule_yaml)
    return info.value


# --------------------------------------------------------------------------- running


def run(rule: str | KindRule, source: str, fmt: str = "markdown") -> tuple[SourceText, list[Diagnostic]]:
    """Check ``source``, read as ``fmt`` ("markdown" or "text"), with the
    rule alone, through the pipeline every draft goes through."""
    compiled = make_rule(rule)
    checked = pipeline.check(
        "<test>", source, pipeline.Rules([ActiveRule(compiled, compiled.spec.severity)]), format=fmt
    )
    if checked.failures:
        raise AssertionError(f"the rule stopped: {checked.failures[0].reason('this text')}")
    return checked.source, checked.diagnostics


def diagnostics(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[Diagnostic]:
    return run(rule, source, fmt)[1]


def compared_findings(rule: str | KindRule, source: str, others: Sequence[str], fmt: str = "markdown") -> list[Finding]:
    """What a rule that compares drafts finds in ``source`` in a run with
    the drafts ``others``."""
    compiled = make_rule(rule)
    rules = pipeline.Rules([ActiveRule(compiled, compiled.spec.severity)])
    checked = [pipeline.check(f"draft{n}.md", text, rules, format=fmt) for n, text in enumerate([source, *others])]
    facts = [(c.source.path, c.facts[compiled.spec.id][1]) for c in checked if compiled.spec.id in c.facts]
    return [finding for index, finding in compiled.check_drafts(facts) if facts[index][0] == "draft0.md"]


def compared_with(rule: str | KindRule, source: str, others: Sequence[str], fmt: str = "markdown") -> list[str]:
    """The messages a rule that compares drafts gives ``source`` in a run
    with the drafts ``others``."""
    return [finding.message for finding in compared_findings(rule, source, others, fmt)]


def problems(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[Problem]:
    """``(line, col, end_line, end_col, rule_id, matched_text)`` for each diagnostic."""
    text, found = run(rule, source, fmt)
    index = text.line_index
    result = []
    for d in found:
        line, col = index.line_col(d.span.start)
        end_line, end_col = index.line_col(d.span.end)
        result.append(Problem(line, col, end_line, end_col, d.rule_id, source[d.span.start : d.span.end]))
    return result


def matches(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[str]:
    """Just the matched source text of each diagnostic."""
    return [p.text for p in problems(rule, source, fmt)]


def messages(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[str]:
    return [d.message for d in diagnostics(rule, source, fmt)]


def suggestions(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[tuple[str, ...]]:
    return [d.suggestions for d in diagnostics(rule, source, fmt)]


def fixes(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[Fix | None]:
    return [d.fix for d in diagnostics(rule, source, fmt)]


def applicabilities(rule: str | KindRule, source: str, fmt: str = "markdown") -> list[Applicability | None]:
    """The applicability of each diagnostic's fix (None: no fix offered)."""
    return [f.applicability if f else None for f in fixes(rule, source, fmt)]


def fixed(
    rule: str | KindRule,
    source: str,
    fmt: str = "markdown",
    applicability: Iterable[Applicability] | Applicability | None = None,
) -> str:
    """``source`` after applying the rule's fixes (all of them, or only those
    of the given applicability), as ``editlint --fix`` would in one pass."""
    if isinstance(applicability, Applicability):
        applicability = {applicability}
    wanted = None if applicability is None else set(applicability)
    edits = [
        edit
        for d in diagnostics(rule, source, fmt)
        if d.fix is not None and (wanted is None or d.fix.applicability in wanted)
        for edit in d.fix.edits
    ]
    return apply_edits(source, edits)[0]


# --------------------------------------------------------------------------- asserting


def _expected(rule: KindRule, item: Sequence) -> Problem:
    if len(item) == 6:
        return Problem(*item)
    if len(item) == 5:
        line, col, end_line, end_col, text = item
        return Problem(line, col, end_line, end_col, rule.spec.id, text)
    raise AssertionError(f"an expected problem is (line, col, end_line, end_col, [rule_id,] text), not {item!r}")


def assert_problems(rule: str | KindRule, source: str, expected: Iterable[Sequence], fmt: str = "markdown") -> None:
    """The rule reports exactly ``expected``, in order. Each item is a full
    problem tuple, or one without the rule id (the rule's own is assumed)."""
    compiled = make_rule(rule)
    want = [_expected(compiled, item) for item in expected]
    got = problems(compiled, source, fmt)
    assert got == want, f"\nsource: {source!r}\n   got: {got}\n  want: {want}"


def assert_no_problems(rule: str | KindRule, source: str, fmt: str = "markdown") -> None:
    got = problems(rule, source, fmt)
    assert got == [], f"\nsource: {source!r}\nexpected no problems, got: {got}"


def assert_lint_count(rule: str | KindRule, source: str, count: int, fmt: str = "markdown") -> None:
    got = problems(rule, source, fmt)
    assert len(got) == count, f"\nsource: {source!r}\nexpected {count} problem(s), got {len(got)}: {got}"


# --------------------------------------------------------------------------- the command line


def write(path: str | Path, text: str, dedent: bool = True) -> Path:
    """Write ``text`` (dedented unless told not to) to ``path``, making folders."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text) if dedent else text, encoding="utf-8")
    return path


def cli(*args: str, input=None):
    """Run ``editlint ARGS`` in-process. Whatever happens, the command must
    end with sys.exit, never an exception or a traceback."""
    result = CliRunner().invoke(main, list(args), input=input, prog_name="editlint")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result


# --------------------------------------------------------------------------- file permissions, for real


class CliResult(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str


def _drop_capabilities() -> None:
    """Give up every capability of this (Linux) process, among them root's
    power to read, write and search past file modes (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH). The process is still uid 0, so the kernel checks
    a root-owned file's owner bits for it, as it checks any user's."""
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Sets(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]

    version_3 = 0x20080522  # _LINUX_CAPABILITY_VERSION_3: two 32-bit words per set
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.capset(ctypes.byref(Header(version_3, 0)), (Sets * 2)()) != 0:
        raise OSError(ctypes.get_errno(), "capset: cannot drop root's capabilities")


def cli_unprivileged(*args: str) -> CliResult:
    """Run ``editlint ARGS`` as :func:`cli` does, but bound by file modes.

    Root reads and writes any file (CI runs the suite as root), so as root
    the command runs in a forked child that has dropped every capability
    first; the editlint under test, Python and the rule files stay readable
    to it, as root owns them, while a file or folder whose owner bits
    forbid something is refused to it, as to any user. Not as root, this
    is :func:`cli`."""
    if os.geteuid() != 0:
        result = cli(*args)
        return CliResult(result.exit_code, result.stdout, result.stderr)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child, which must never return into pytest
        try:
            try:
                _drop_capabilities()
                result = cli(*args)
                report = [result.exit_code, result.stdout, result.stderr]
            except BaseException:
                report = ["error", "", traceback.format_exc()]
            with os.fdopen(writer, "w", encoding="utf-8") as pipe:
                json.dump(report, pipe)
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as pipe:
        exit_code, stdout, stderr = json.load(pipe)
    os.waitpid(pid, 0)
    assert exit_code != "error", f"editlint {' '.join(args)} failed without privileges:\n{stderr}"
    return CliResult(exit_code, stdout, stderr)


def grammar_findings(
    folder: Path, sentence: str, select: str | None = "grammar", language: str | None = None
) -> list[dict]:
    """The JSON diagnostics of ``editlint check`` on a draft of one sentence
    (the grammar rules only, unless ``select`` says otherwise)."""
    write(folder / "d.md", sentence + "\n")
    if language is not None:
        write(folder / ".editlint.yaml", f"language: {language}\n")
    options = ["--select", select] if select else []
    result = cli("check", "--format", "json", *options, str(folder / "d.md"))
    return json.loads(result.output)["diagnostics"]


def first_fixes(diagnostics: list[dict]) -> list[tuple]:
    """Each finding as (rule, match, first suggestion)."""
    return [(d["rule"], d["match"], (d["suggestions"] or [None])[0]) for d in diagnostics]


def shipped_rules() -> list[KindRule]:
    """The default rule set's rules, as a run on the Wikinews drafts has them."""
    from editlint.workspace import Workspace

    draft = sorted(WIKINEWS.glob("*.md"))[0].resolve()
    workspace = Workspace()
    return [active.rule for active in workspace.rules_of(workspace.config_for(draft), draft).active]


def rule_findings(rules: Iterable[KindRule], drafts: list[tuple[str, str]]) -> list[tuple]:
    """Every finding of ``rules`` on the (name, text) ``drafts``, each rule
    with its per-draft memo emptied first: (draft, rule, start, end,
    message, suggestions)."""
    from editlint.parsing import parse

    rules = list(rules)
    found = []
    for name, text in drafts:
        document = parse(name, text)
        for rule in rules:
            rule._memo.clear()
            units = rule.scope.units(document)
            found += [
                (name, rule.spec.id, f.span.start, f.span.end, f.message, f.suggestions)
                for f in rule.check(units, document)
            ]
    return found
