"""The public API (editlint.api, docs/api.md): its documented examples run
as written, and it reports what the CLI reports, field for field."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import cli

from editlint import ConfigError, Linter, RuleStopped, UsageError

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs" / "api.md"
EXAMPLES = sorted((HERE.parent / "examples").glob("*.md"))
SEED = HERE.parents[1] / "shared" / "seed" / "article.txt"

SNIPPETS = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


def test_the_docs_have_examples():
    assert len(SNIPPETS) >= 6


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"example-{n}" for n in range(1, len(SNIPPETS) + 1)])
def test_every_example_in_the_api_docs_runs_as_written(snippet, in_tmp):
    exec(compile(snippet, str(DOCS), "exec"), {})


def _drafts() -> list[Path]:
    return [*EXAMPLES, *([SEED] if SEED.is_file() else [])]


@pytest.mark.parametrize("draft", _drafts(), ids=lambda p: p.name)
def test_the_api_reports_what_the_cli_reports(draft, in_tmp):
    shutil.copyfile(draft, draft.name)
    from_cli = json.loads(cli("check", "--format", "json", "--no-cache", draft.name).stdout)["diagnostics"]
    text = Path(draft.name).read_text(encoding="utf-8")
    from_text = [d.to_dict() for d in Linter().lint_text(text, path=draft.name)]
    from_path = [d.to_dict() for d in Linter().lint_path(draft.name)]
    assert from_cli  # a draft with findings, or the comparison says little
    assert from_text == from_cli
    assert from_path == from_cli


def test_fix_text_gives_what_fix_writes(in_tmp):
    text = "# Plan\n\nThe the council  met , and also the end result was clear.\n"
    Path("a.md").write_text(text, encoding="utf-8")
    cli("check", "--fix", "--unsafe-fixes", "--no-cache", "a.md")
    assert Linter().fix_text(text, path="a.md", unsafe=True) == Path("a.md").read_text(encoding="utf-8")
    Path("b.md").write_text(text, encoding="utf-8")
    cli("check", "--fix", "--no-cache", "b.md")
    assert Linter().fix_text(text, path="b.md") == Path("b.md").read_text(encoding="utf-8")


def test_a_rule_that_stops_is_an_error_with_the_clis_message(in_tmp):
    Path("house").mkdir()
    Path("house/slow.yaml").write_text(
        "rules:\n  - id: house.slow\n    kind: existence\n    message: slow\n    raw: ['(a+)+$']\n"
        "    examples: {bad: ['x'], good: ['y']}\n",
        encoding="utf-8",
    )
    config = {"rulesets": ["./house"], "regex_timeout": 0.05}
    text = "a" * 5000 + "!\n"
    with pytest.raises(RuleStopped) as raised:
        Linter(config=config).lint_text(text, path="a.md")
    report = Linter(config=config).check_text(text, path="a.md")
    assert [str(e) for e in report.errors] == [str(raised.value)]
    Path("a.md").write_text(text, encoding="utf-8")
    Path(".editlint.yaml").write_text("rulesets: [./house]\nregex_timeout: 0.05\n", encoding="utf-8")
    printed = cli("check", "--no-cache", "a.md").stderr.splitlines()
    assert str(raised.value) in printed


def test_config_errors_are_exceptions_with_the_clis_lines(in_tmp):
    Path(".editlint.yaml").write_text("fail_on: warnin\nrulez: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        Linter().lint_text("Text.\n", path="a.md")
    Path("a.md").write_text("Text.\n", encoding="utf-8")
    printed = cli("check", "a.md").stderr.splitlines()
    assert [str(e) for e in raised.value.errors] == printed[:2]
    with pytest.raises(ConfigError, match="config file not found"):
        Linter(config="missing.yaml")


def test_an_unknown_rule_has_a_did_you_mean(in_tmp):
    with pytest.raises(UsageError) as raised:
        Linter().explain("style.repeated-wrd")
    assert str(raised.value) == 'unknown rule "style.repeated-wrd" (did you mean "style.repeated-word"?)'
    assert str(raised.value) in cli("explain", "style.repeated-wrd").stderr


def test_lint_paths_runs_rules_that_compare_drafts_across_processes(in_tmp):
    Path("d").mkdir()
    for n in range(10):
        headline = "Storm Hits Coast" if n in (2, 7) else f"Story number {n}"
        Path(f"d/{n}.md").write_text(f"# {headline}\n\nText {n}.\n", encoding="utf-8")
    one = Linter().lint_paths(["d"], jobs=1)
    two = Linter().lint_paths(["d"], jobs=2)
    assert [d.to_dict() for d in one.diagnostics] == [d.to_dict() for d in two.diagnostics]
    assert [d.path for d in one.diagnostics if d.rule == "headline.duplicate-across-drafts"] == ["d/2.md", "d/7.md"]


def test_the_api_never_prints(in_tmp, capsys):
    Path("a.md").write_text("# Plan\n\nThe the plan.\n", encoding="utf-8")
    lint = Linter()
    lint.lint_text("The the plan.\n")
    lint.lint_paths(["a.md", "missing.md"], jobs=1)
    lint.fix_text("The the plan.\n")
    assert capsys.readouterr() == ("", "")
