"""The docs cannot drift from the code: every kind and option is documented,
and CI runs exactly the README's commands."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from helpers import cli, write

from editlint.kinds import KINDS
from editlint.rule import read_rule_file, rule_files, unmark

ROOT = Path(__file__).resolve().parents[1]
# Kinds are documented in docs/rules.md, the external checkers in docs/backends.md.
RULES_DOC = "\n".join(
    (ROOT / "docs" / name).read_text(encoding="utf-8")
    for name in ("rules.md", "backends.md")
    if (ROOT / "docs" / name).exists()
)
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(kind: str) -> str:
    match = re.search(rf"^##+ {kind}\n(.*?)(?=^### |^## |\Z)", RULES_DOC, re.MULTILINE | re.DOTALL | re.IGNORECASE)
    assert match, f"docs/rules.md has no section for kind {kind}"
    return match.group(1)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_option_of_every_kind_is_in_the_rules_doc(kind):
    section = _section(kind)
    for field in dataclasses.fields(KINDS[kind].Options):
        assert f"`{field.name}`" in section, f"docs/rules.md, kind {kind}: option {field.name} is not documented"


def _quick_start_commands() -> list[str]:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", quick, re.DOTALL)


def test_readme_quick_start_has_the_two_commands():
    run, test = _quick_start_commands()
    assert "pip install ." in run and "editlint examples/" in run
    assert "'.[test]'" in test and "pytest" in test
    example = run.split("editlint ", 1)[1].split()[0]
    assert (ROOT / example).is_file(), f"the Quick start checks {example}, which is not in the repo"


def test_ci_runs_exactly_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    run, test = _quick_start_commands()
    assert test in ci.splitlines(), "the test command in .ci/run must be the README's, verbatim"
    assert any(line.startswith(run) for line in ci.splitlines()), "the run command in .ci/run must be the README's"


# --------------------------------------------------------------------------- examples in docs/rules.md


def _yaml_blocks(doc: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)


def test_the_rule_file_at_the_top_of_the_rules_doc_passes_check_rules_strict(in_tmp):
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    write("house-style/words.yaml", _yaml_blocks(doc)[0], dedent=False)
    result = cli("check-rules", "house-style", "--strict")
    assert result.stdout == "Checked 1 rules and 4 examples: 0 example failure(s), 0 invalid rule(s) or file(s).\n"


def test_the_marked_examples_in_the_rules_doc_are_the_shipped_rules_own():
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    (block,) = [b for b in _yaml_blocks(doc) if b.startswith("# grammar.its-possessive")]
    rule_ids = re.findall(r"^# ([a-z.-]+)", block, re.MULTILINE)
    shipped = {spec.id: spec for path in rule_files(ROOT / "rules") for spec in read_rule_file(path, KINDS)[0]}
    items = yaml.safe_load(block)
    assert len(items) == len(rule_ids) == 5
    for rule_id, item in zip(rule_ids, items, strict=True):
        item = item if isinstance(item, dict) else {"text": item}
        text, spans = unmark(item["text"])
        assert (text, spans, item.get("fixed")) in [(e.text, e.spans, e.fixed) for e in shipped[rule_id].bad]
