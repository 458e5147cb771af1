"""Every rule that ships in rules/ loads, compiles and passes its own examples,
and every rule kind is registered and documented."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import compared_findings, compared_with, diagnostics

import editlint.kinds
from editlint.cli import main
from editlint.examples import check_examples
from editlint.fixes import apply_edits
from editlint.kinds import KINDS
from editlint.kinds.base import KindRule, build
from editlint.rule import RuleSpec, read_rule_file, rule_files

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "rules"
MIN_EXAMPLES = 2

FILES = rule_files(RULES)


def _collect() -> list[tuple[Path, RuleSpec]]:
    specs = []
    for path in FILES:
        found, _ = read_rule_file(path, KINDS, ruleset=path.relative_to(RULES).parts[0])
        specs.extend((path, spec) for spec in found)
    return specs


SPECS = _collect()
SPEC_IDS = [spec.id for _, spec in SPECS]


def _examples(which: str):
    """A param per example; a known bug's example is expected to fail."""
    params = []
    for _, spec in SPECS:
        for n, example in enumerate(getattr(spec, which)):
            bug = [pytest.mark.xfail(reason=example.known_bug, strict=True)] if example.known_bug else []
            params.append(pytest.param(spec, example, id=f"{spec.id}-{which}{n + 1}", marks=bug))
    return params


def test_there_are_shipped_rules():
    assert FILES, f"no rule files under {RULES}"
    assert len(SPECS) >= len(FILES)


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(RULES)) for p in FILES])
def test_rule_file_loads_without_errors(path):
    specs, errors = read_rule_file(path, KINDS)
    assert [str(e) for e in errors] == []
    # A file may hold only the word lists its rule set shares (rules/grammar/lists.yaml).
    assert specs or "lists:" in path.read_text(encoding="utf-8"), f"{path} holds no rules"


def test_rule_ids_are_unique_across_rule_sets():
    duplicates = sorted({i for i in SPEC_IDS if SPEC_IDS.count(i) > 1})
    assert duplicates == []


@pytest.mark.parametrize(("path", "spec"), SPECS, ids=SPEC_IDS)
def test_rule_id_starts_with_its_rule_set(path, spec):
    ruleset = path.relative_to(RULES).parts[0]
    assert spec.id.startswith(ruleset + "."), f"{spec.id} is in rules/{ruleset}/"


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(("path", "spec"), SPECS, ids=SPEC_IDS)
def test_rule_compiles(path, spec):
    rule = build(KINDS[spec.kind], spec)
    assert isinstance(rule, KINDS[spec.kind])
    assert rule.spec is spec


@pytest.mark.parametrize(("path", "spec"), SPECS, ids=SPEC_IDS)
def test_rule_is_documented(path, spec):
    assert spec.message.strip()
    assert spec.description, f"{spec.id} has no description"


@pytest.mark.parametrize(("path", "spec"), SPECS, ids=SPEC_IDS)
def test_rule_has_enough_examples(path, spec):
    assert len(spec.bad) >= MIN_EXAMPLES, f"{spec.id}: {len(spec.bad)} bad example(s)"
    assert len(spec.good) >= MIN_EXAMPLES, f"{spec.id}: {len(spec.good)} good example(s)"


@pytest.mark.parametrize(("path", "spec"), SPECS, ids=SPEC_IDS)
def test_rule_passes_its_examples(path, spec):
    failures = check_examples(build(KINDS[spec.kind], spec), min_examples=MIN_EXAMPLES, strict=True)
    assert [str(f) for f in failures] == []


# Each example on its own, through the test helpers rather than check_examples,
# so a failure names the example and does not depend on check_examples itself.


def _reported(spec, example) -> list:
    """What the rule reports on the example (compared with its other drafts,
    for a rule that compares drafts): each with a span and maybe a fix."""
    rule = build(KINDS[spec.kind], spec)
    if example.other_drafts:
        return compared_findings(rule, example.text, example.other_drafts, example.format)
    found = diagnostics(rule, example.text, example.format)
    assert {d.rule_id for d in found} <= {spec.id}
    return found


def _underlined(text: str, spans) -> list[tuple[int, str]]:
    return sorted((span.start, text[span.start : span.end]) for span in spans)


@pytest.mark.parametrize(("spec", "example"), _examples("bad"))
def test_bad_example_is_reported_at_its_span_and_fixed_as_it_says(spec, example):
    found = _reported(spec, example)
    assert found, f"{spec.id} does not report {example.text!r}"
    assert example.spans, f"{spec.id}: {example.text!r} does not mark where it is reported with {{{{ }}}}"
    assert _underlined(example.text, (f.span for f in found)) == _underlined(example.text, example.spans)
    edits = [edit for f in found if f.fix for edit in f.fix.edits]
    fixed = apply_edits(example.text, edits)[0] if edits else None
    if fixed is not None:
        assert example.fixed is not None, f"{spec.id} fixes {example.text!r} to {fixed!r}: the example needs fixed:"
    assert fixed == example.fixed


@pytest.mark.parametrize(("spec", "example"), _examples("good"))
def test_good_example_is_not_reported(spec, example):
    rule = build(KINDS[spec.kind], spec)
    found = diagnostics(rule, example.text, example.format)
    assert [(d.span, d.message) for d in found] == []
    assert compared_with(rule, example.text, example.other_drafts, example.format) == []


def test_check_rules_command_passes(monkeypatch):
    monkeypatch.chdir(REPO)
    args = ["check-rules", "rules/", "--min-examples", str(MIN_EXAMPLES), "--strict"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"Checked {len(SPECS)} rules" in result.output
    assert "0 example failure(s), 0 invalid rule(s) or file(s)." in result.output


# --------------------------------------------------------------------------- kinds


# base and external hold what kinds share; every other module is one kind.
KIND_MODULES = sorted(
    m.name for m in pkgutil.iter_modules(editlint.kinds.__path__) if m.name not in ("base", "__init__", "external")
)


def _kind_class(module) -> type[KindRule]:
    classes = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj)
        and issubclass(obj, KindRule)
        and obj is not KindRule
        and obj.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"{module.__name__} defines {len(classes)} KindRule subclasses"
    return classes[0]


def test_every_registered_kind_has_its_own_module():
    assert sorted(KINDS) == KIND_MODULES


@pytest.mark.parametrize("name", KIND_MODULES)
def test_kind_module_defines_a_registered_kind(name):
    module = importlib.import_module(f"editlint.kinds.{name}")
    kind = _kind_class(module)
    assert kind.name == name
    assert KINDS[name] is kind
    assert dataclasses.is_dataclass(kind.Options)
    assert kind.Options.__dataclass_params__.frozen


@pytest.mark.parametrize("name", KIND_MODULES)
def test_kind_docstring_documents_every_option(name):
    module = importlib.import_module(f"editlint.kinds.{name}")
    doc = module.__doc__ or ""
    assert doc.startswith(f"{name}:"), f"the docstring of {module.__name__} should open with '{name}:'"
    assert "Options:" in doc
    options = doc.split("Options:", 1)[1]
    missing = [
        f.name for f in dataclasses.fields(_kind_class(module).Options) if not re.search(rf"\b{f.name}\b", options)
    ]
    assert missing == [], f"{module.__name__} does not document {missing}"


@pytest.mark.parametrize("name", KIND_MODULES)
def test_kind_docstring_documents_its_message_fields(name):
    module = importlib.import_module(f"editlint.kinds.{name}")
    kind = _kind_class(module)
    missing = [f for f in kind.fields if "{" + f + "}" not in module.__doc__]
    assert missing == [], f"{module.__name__} does not document message fields {missing}"


@pytest.mark.parametrize("name", KIND_MODULES)
def test_kind_options_all_have_defaults_or_are_checked(name):
    # A rule with no options at all must fail with a RuleError naming what is
    # missing, never with a TypeError from the dataclass.
    from helpers import make_rule

    from editlint.errors import RuleError

    try:
        make_rule(f"kind: {name}\n")
    except RuleError as exc:
        assert exc.message.startswith("rule test.rule: ")
