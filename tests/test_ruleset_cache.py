"""A rule set folder's rules kept whole in the setup cache
(editlint.rulesetcache): what a run reads from it is what reading the rule
files one by one gives, and anything a folder's rules are read from is
part of the key."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from editlint import rulesetcache, setupcache
from editlint.kinds import KINDS
from editlint.rule import read_rule_file, rule_files, shipped_rules_dir
from editlint.yamlsource import YamlList, YamlMap

RULES = """\
rules:
  - id: house.modal
    kind: pattern
    severity: suggestion
    message: "A modal: {match}"
    pattern:
      - word: $modals
    examples:
      bad: ["We {{can}} go."]
      good: ["We went."]
"""
LISTS = "lists:\n  modals: [can, could]\n"


@pytest.fixture
def setup_cache(tmp_path_factory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("setup")
    monkeypatch.setenv(setupcache.ENV, str(folder))
    return folder


def _plain(folder: Path, name: str) -> tuple[list, list]:
    """The long way: every rule file of the folder read, in order."""
    specs, errors = [], []
    for path in rule_files(folder):
        found, problems = read_rule_file(path, KINDS, name)
        specs += found
        errors += problems
    return specs, errors


def _described(value):
    """``value`` with what equality leaves out made explicit: the lines a
    YamlMap or YamlList carries, and a rule's word lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _described(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return (type(value).__name__, fields)
    if isinstance(value, YamlMap):
        return ("map", value.line, value.key_lines, {k: _described(v) for k, v in value.items()})
    if isinstance(value, YamlList):
        return ("list", value.line, value.item_lines, [_described(v) for v in value])
    if isinstance(value, dict):
        return {k: _described(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_described(v) for v in value])
    return value


def _not_read(*args, **kwargs):
    pytest.fail("a rule file was read: the rule set did not come from the cache")


def test_the_shipped_rule_sets_from_the_cache_are_what_reading_each_file_gives(setup_cache, monkeypatch):
    folders = sorted(p for p in shipped_rules_dir().iterdir() if p.is_dir())
    assert len(folders) >= 7
    plain = {folder.name: _plain(folder, folder.name) for folder in folders}
    assert sum(len(specs) for specs, _ in plain.values()) > 150
    first = {folder.name: rulesetcache.read_rule_set(folder, folder.name, KINDS) for folder in folders}
    assert _described(first) == _described(plain)
    assert len(list((setup_cache / rulesetcache.SECTION).iterdir())) == len(folders)
    monkeypatch.setattr(rulesetcache, "read_rule_file", _not_read)
    cached = {folder.name: rulesetcache.read_rule_set(folder, folder.name, KINDS) for folder in folders}
    assert _described(cached) == _described(plain)
    grammar = cached["grammar"][0]
    assert any(spec.lists for spec in grammar) and all(spec.bad or spec.good for spec in grammar)


def test_an_edited_rule_file_or_word_list_beside_it_is_read_anew(setup_cache, tmp_path):
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "lists.yaml").write_text(LISTS, encoding="utf-8")
    specs, errors = rulesetcache.read_rule_set(tmp_path, "house", KINDS)
    assert errors == [] and specs[0].lists == {"modals": ("can", "could")}
    (tmp_path / "lists.yaml").write_text(LISTS.replace("could", "might"), encoding="utf-8")
    specs, _ = rulesetcache.read_rule_set(tmp_path, "house", KINDS)
    assert specs[0].lists == {"modals": ("can", "might")}
    (tmp_path / "rules.yaml").write_text(RULES.replace("suggestion", "warning"), encoding="utf-8")
    specs, _ = rulesetcache.read_rule_set(tmp_path, "house", KINDS)
    assert specs[0].severity.label == "warning"
    assert _described(rulesetcache.read_rule_set(tmp_path, "house", KINDS)) == _described(_plain(tmp_path, "house"))
    # Another name for the same folder is another rule set.
    assert rulesetcache.read_rule_set(tmp_path, "other", KINDS)[0][0].ruleset == "other"


def test_a_rule_set_with_an_error_is_read_every_run_and_not_kept(setup_cache, tmp_path):
    (tmp_path / "rules.yaml").write_text(RULES.replace("kind: pattern", "kind: patern"), encoding="utf-8")
    for _ in range(2):
        specs, errors = rulesetcache.read_rule_set(tmp_path, "house", KINDS)
        assert specs == [] and len(errors) == 1 and 'unknown kind "patern"' in str(errors[0])
    assert not (setup_cache / rulesetcache.SECTION).exists()


def test_a_rule_file_that_is_a_link_is_read_every_run(setup_cache, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "rules.yaml").write_text(RULES, encoding="utf-8")
    (elsewhere / "lists.yaml").write_text(LISTS, encoding="utf-8")
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "rules.yaml").symlink_to(elsewhere / "rules.yaml")
    # The link's word lists are those of the folder it points into.
    specs, errors = rulesetcache.read_rule_set(folder, "house", KINDS)
    assert errors == [] and specs[0].lists == {"modals": ("can", "could")}
    assert not (setup_cache / rulesetcache.SECTION).exists()


def test_the_code_a_rule_file_is_read_with_is_in_the_key():
    """Every editlint module that the modules reading rule files import is
    stamped (a change to its code is a new key)."""
    source = Path(rulesetcache.__file__).parent
    imported = set()
    for module in ("rule", "rulelists", "yamlsource"):
        tree = ast.parse((source / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names = [node.module] if node.module else [alias.name for alias in node.names]
                imported.update(f"editlint.{name}" for name in names)
    assert imported - {"editlint.errors"}  # found some
    assert imported <= set(rulesetcache.READING_MODULES)
    assert {"editlint.rule", "editlint.rulelists", "editlint.yamlsource"} <= set(rulesetcache.READING_MODULES)
