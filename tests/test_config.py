"""Configuration: discovery, extends, rule sets, rule settings, include/exclude,
overrides, fail_on, vocab and pyproject.toml.

Every test runs the real command (click's CliRunner) in a fresh folder and
looks at what a user sees: diagnostics (via --format json), stderr lines and
the exit code.
"""

from __future__ import annotations

import json

import pytest
from helpers import cli as run
from helpers import write

REPEATED = "The the cat sat.\n"  # style.repeated-word (an error)
BOTH = "The the cat sat  down.\n"  # style.repeated-word (an error) and style.extra-space (a warning)
WARNINGS = "The cat sat  down , then left.\n"  # style.extra-space and style.space-before-punctuation


pytestmark = pytest.mark.usefixtures("in_tmp")


def check_json(*args: str):
    result = run("check", "--format", "json", *args)
    return result, json.loads(result.stdout)


def found(data) -> list[tuple[str, str, str]]:
    """(path, rule, severity) of each diagnostic."""
    return [(d["path"], d["rule"], d["severity"]) for d in data["diagnostics"]]


def rules_of(data, path: str | None = None) -> set[str]:
    return {d["rule"] for d in data["diagnostics"] if path is None or d["path"] == path}


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --------------------------------------------------------------------------- discovery


def test_no_config_runs_the_default_preset():
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 1  # the repeated word is an error
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}
    assert result.stderr == ""


def test_two_folders_with_different_configs_in_one_run():
    write("a/x.md", BOTH)
    write("b/x.md", BOTH)
    write("c/x.md", BOTH)
    write("a/.editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("b/pyproject.toml", '[project]\nname = "b"\n\n[tool.editlint]\nrules = { "style.extra-space" = "off" }\n')
    write("c/.editlint.yml", "rules:\n  style.repeated-word: warning\n")
    result, data = check_json("a", "b", "c")
    assert sorted(found(data)) == [
        ("a/x.md", "style.extra-space", "warning"),
        ("b/x.md", "style.repeated-word", "error"),
        ("c/x.md", "style.extra-space", "warning"),
        ("c/x.md", "style.repeated-word", "warning"),
    ]
    assert result.exit_code == 1  # b's repeated word is an error


def test_config_found_by_walking_up_from_the_file():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("desk/politics/2024/story.md", BOTH)
    _, data = check_json("desk/politics/2024/story.md")
    assert rules_of(data) == {"style.extra-space"}


def test_nearest_config_wins_and_does_not_inherit_from_parent_folder():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("desk/.editlint.yaml", "rules:\n  style.extra-space: off\n")
    write("desk/story.md", BOTH)
    write("top.md", BOTH)
    _, data = check_json("desk/story.md", "top.md")
    assert rules_of(data, "desk/story.md") == {"style.repeated-word"}
    assert rules_of(data, "top.md") == {"style.extra-space"}


def test_editlint_yaml_wins_over_pyproject_in_the_same_folder():
    write("pyproject.toml", '[tool.editlint]\nrules = { "style.extra-space" = "off" }\n')
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert rules_of(data) == {"style.extra-space"}


def test_pyproject_without_tool_editlint_is_not_a_config():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("pkg/pyproject.toml", '[project]\nname = "pkg"\n')
    write("pkg/a.md", BOTH)
    _, data = check_json("pkg/a.md")
    assert rules_of(data) == {"style.extra-space"}


def test_pyproject_subtable_counts_as_a_config():
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.editlint.rules]\n"style.extra-space" = "off"\n')
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert rules_of(data) == {"style.repeated-word"}


def test_config_option_overrides_discovery():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("other/house.yaml", "rules:\n  style.extra-space: off\n")
    write("a.md", BOTH)
    _, data = check_json("--config", "other/house.yaml", "a.md")
    assert rules_of(data) == {"style.repeated-word"}


def test_config_option_applies_to_every_folder():
    write("a/.editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("a/x.md", BOTH)
    write("b/x.md", BOTH)
    write("cfg.yaml", "rules:\n  style.extra-space: off\n")
    _, data = check_json("--config", "cfg.yaml", "a", "b")
    assert sorted(found(data)) == [
        ("a/x.md", "style.repeated-word", "error"),
        ("b/x.md", "style.repeated-word", "error"),
    ]


def test_config_option_with_missing_file():
    write("a.md", BOTH)
    result = run("check", "--config", "nope.yaml", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["nope.yaml: config file not found"]


# --------------------------------------------------------------------------- extends


def test_extends_empty_list_starts_from_nothing():
    write(".editlint.yaml", "extends: []\n")
    write("a.md", BOTH + "\nAdvertisement\n")
    result, data = check_json("a.md")
    assert data["diagnostics"] == []
    assert result.exit_code == 0
    listing = run("rules")
    assert listing.stdout.strip() == "0 rules, 0 on (0 errors, 0 warnings, 0 suggestions)."


def test_extends_default_explicitly_is_the_same_as_nothing_written():
    write("a.md", BOTH)
    write("explicit.yaml", "extends: default\n")
    write("implicit.yaml", "fail_on: error\n")
    _, explicit = check_json("--config", "explicit.yaml", "a.md")
    _, implicit = check_json("--config", "implicit.yaml", "a.md")
    assert found(explicit) == found(implicit)
    assert rules_of(explicit) == {"style.repeated-word", "style.extra-space"}


def test_extends_another_file_by_relative_path():
    write("shared/base.yaml", "rules:\n  style.repeated-word: error\n  style.extra-space: off\n")
    write("desk/.editlint.yaml", "extends: ../shared/base.yaml\nrules:\n  style.extra-space: suggestion\n")
    write("desk/a.md", BOTH)
    result, data = check_json("desk/a.md")
    # The base's settings apply; this file's come after and win.
    assert sorted(found(data)) == [
        ("desk/a.md", "style.extra-space", "suggestion"),
        ("desk/a.md", "style.repeated-word", "error"),
    ]
    assert result.exit_code == 1


def test_extends_file_without_default_has_only_that_files_rules():
    write("empty.yaml", "extends: []\nrulesets: [style]\nrules:\n  style.extra-space: off\n")
    write(".editlint.yaml", "extends: ./empty.yaml\n")
    write("a.md", BOTH + "\nAdvertisement\n")
    _, data = check_json("a.md")
    assert rules_of(data) == {"style.repeated-word"}


def test_extends_list_of_preset_and_file():
    write("base.yaml", "extends: []\nrules: {}\n")
    write(".editlint.yaml", "extends: [default, ./base.yaml]\nrules:\n  style.extra-space: error\n")
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert sorted(found(data)) == [("a.md", "style.extra-space", "error"), ("a.md", "style.repeated-word", "error")]


def test_extends_cycle_is_an_error():
    write("one.yaml", "extends: ./two.yaml\n")
    write("two.yaml", "extends: ./one.yaml\n")
    write("a.md", BOTH)
    result = run("check", "--config", "one.yaml", "a.md")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert lines[0].startswith("two.yaml")
    assert lines[0].endswith("extends cycle: one.yaml -> two.yaml -> one.yaml")
    assert "note: a.md: not checked, its config has errors" in lines
    assert "Traceback" not in result.stderr


def test_extends_cycle_error_names_the_line():
    write("one.yaml", "extends: ./two.yaml\n")
    write("two.yaml", "fail_on: error\nextends: ./one.yaml\n")
    write("a.md", BOTH)
    result = run("check", "--config", "one.yaml", "a.md")
    assert stderr_lines(result)[0] == "two.yaml:2: extends cycle: one.yaml -> two.yaml -> one.yaml"


def test_extends_missing_file_is_an_error_naming_the_line():
    write(".editlint.yaml", "rules:\n  style.extra-space: off\nextends:\n  - default\n  - ./nope.yaml\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        ".editlint.yaml:5: extends: config file not found: ./nope.yaml",
        "note: a.md: not checked, its config has errors",
    ]
    assert result.stdout.strip() == "No problems found in 0 files. 1 error (listed on standard error)."


def test_extends_unknown_preset_has_did_you_mean():
    write(".editlint.yaml", "extends: defualt\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        '.editlint.yaml:1: unknown preset "defualt" (did you mean "default"?); '
        "a config file is a path such as ./defualt.yaml"
    )


# --------------------------------------------------------------------------- rulesets


def test_ruleset_by_shipped_name():
    write(".editlint.yaml", "extends: []\nrulesets: [boilerplate]\n")
    write("a.md", BOTH + "\nAdvertisement\n")
    _, data = check_json("a.md")
    assert rules_of(data) == {"boilerplate.advertisement"}


HOUSE_RULE = """\
rules:
  - id: house.zebra
    kind: existence
    severity: error
    message: 'Say "horse", not "{match}"'
    tokens: [zebra]
    suggest: [horse]
"""


def test_ruleset_by_path_relative_to_the_config_file():
    write("project/.editlint.yaml", "rulesets: [./house-style]\n")
    write("project/house-style/animals.yaml", HOUSE_RULE)
    write("project/drafts/a.md", "A zebra ran  fast.\n")
    # Run from the folder above: ./house-style is relative to the config, not here.
    result, data = check_json("project/drafts/a.md")
    assert sorted(found(data)) == [
        ("project/drafts/a.md", "house.zebra", "error"),
        ("project/drafts/a.md", "style.extra-space", "warning"),  # default preset still on
    ]
    zebra = next(d for d in data["diagnostics"] if d["rule"] == "house.zebra")
    assert zebra["message"] == 'Say "horse", not "zebra"'
    assert zebra["suggestions"] == ["horse"]
    assert result.exit_code == 1


def test_unknown_ruleset_name_has_did_you_mean():
    write(".editlint.yaml", "rulesets:\n  - boilerplate\n  - styel\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    from editlint.rule import shipped_ruleset_names

    assert stderr_lines(result)[0] == (
        '.editlint.yaml:3: unknown rule set "styel" (did you mean "style"?); shipped sets are '
        f"{', '.join(shipped_ruleset_names())}, and a folder of your own is a path such as ./styel"
    )


def test_ruleset_folder_not_found():
    write(".editlint.yaml", "rulesets: [./house-style]\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == ".editlint.yaml:1: rule set folder not found: ./house-style"


def test_later_ruleset_replaces_shipped_rule_with_same_id():
    write(".editlint.yaml", "rulesets: [./ours]\n")
    write(
        "ours/repetition.yaml",
        """\
        rules:
          - id: style.repeated-word
            kind: repetition
            severity: error
            message: 'Doubled: "{word}"'
        """,
    )
    write("a.md", "They flew to Bora Bora and and back.\n")
    result, data = check_json("a.md")
    assert [(d["rule"], d["severity"], d["message"]) for d in data["diagnostics"]] == [
        ("style.repeated-word", "error", 'Doubled: "and"'),
    ]
    listing = json.loads(run("rules", "--format", "json").stdout)
    row = next(r for r in listing if r["id"] == "style.repeated-word")
    assert row["defined"] == "ours/repetition.yaml:2"
    assert row["severity"] == "error"
    # The shipped set's other rules stay.
    assert "style.repeated-nearby" in {r["id"] for r in listing}


# --------------------------------------------------------------------------- rules:


def test_rule_off_by_id():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert rules_of(data) == {"style.extra-space"}


@pytest.mark.parametrize("order", ["glob-first", "exact-first"])
def test_glob_off_then_one_rule_on_whatever_the_order(order):
    lines = ["  style.*: off\n", "  style.repeated-word: error\n"]
    if order == "exact-first":
        lines.reverse()
    write(".editlint.yaml", "rules:\n" + "".join(lines))
    write("a.md", BOTH + "\nAnd also.\n")
    _, data = check_json("a.md")
    assert found(data) == [("a.md", "style.repeated-word", "error")]


def test_dotted_prefix_names_every_rule_under_it():
    write(".editlint.yaml", "rules:\n  boilerplate: off\n  style: suggestion\n")
    write("a.md", BOTH + "\nAdvertisement\n")
    _, data = check_json("a.md")
    assert sorted(found(data)) == [
        ("a.md", "style.extra-space", "suggestion"),
        ("a.md", "style.repeated-word", "suggestion"),
    ]


def test_dotted_prefix_off_then_one_rule_on_whatever_the_order():
    write(".editlint.yaml", "rules:\n  style.repeated-word: error\n  style: off\n")
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert found(data) == [("a.md", "style.repeated-word", "error")]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("off", set()),
        ("false", set()),
        ("on", {("style.repeated-word", "error")}),  # the rule's own severity
        ("true", {("style.repeated-word", "error")}),
        ("error", {("style.repeated-word", "error")}),
        ("warning", {("style.repeated-word", "warning")}),
        ("suggestion", {("style.repeated-word", "suggestion")}),
        ("{severity: error}", {("style.repeated-word", "error")}),
        ("{enabled: false}", set()),
    ],
)
def test_rule_setting_values(setting, expected):
    write(".editlint.yaml", f"rules:\n  style.extra-space: off\n  style.repeated-word: {setting}\n")
    write("a.md", BOTH)
    _, data = check_json("a.md")
    assert {(d["rule"], d["severity"]) for d in data["diagnostics"]} == expected


def test_on_enables_a_rule_that_its_file_disables():
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\nrules:\n  house.zebra: on\n")
    write(
        "house/r.yaml",
        "rules:\n  - id: house.zebra\n    kind: existence\n    enabled: false\n    message: x\n    tokens: [zebra]\n",
    )
    write("a.md", "A zebra.\n")
    _, data = check_json("a.md")
    assert found(data) == [("a.md", "house.zebra", "warning")]
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    _, data = check_json("a.md")
    assert found(data) == []


def test_mapping_with_options_changes_repeated_nearby_window():
    text = "Police said the police officers were hurt.\n"
    write("a.md", text)
    _, data = check_json("a.md")
    assert rules_of(data) == set()  # three words apart: beyond the shipped window of 2
    write(".editlint.yaml", "rules:\n  style.repeated-nearby:\n    window: 3\n    severity: warning\n")
    _, data = check_json("a.md")
    assert [(d["rule"], d["severity"], d["match"]) for d in data["diagnostics"]] == [
        ("style.repeated-nearby", "warning", "Police said the police"),
    ]


def test_mapping_with_options_changes_a_substitution_swap():
    write("a.md", "He writes and also runs. The end result was a draw.\n")
    write(".editlint.yaml", "rules:\n  style.redundancy:\n    swap:\n      and also: plus\n")
    _, data = check_json("a.md")
    # The config's swap replaces the rule's whole mapping.
    assert [(d["rule"], d["match"], d["suggestions"]) for d in data["diagnostics"]] == [
        ("style.redundancy", "and also", ["plus"]),
    ]


def test_unknown_rule_pattern_has_did_you_mean_and_the_rest_still_runs():
    write(".editlint.yaml", "rules:\n  style.extra-space: off\n  style.repeated-wrod: off\n")
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        '.editlint.yaml:3: no rule matches "style.repeated-wrod" (did you mean "style.repeated-word"?)'
    ]
    # The other settings applied and the draft was checked.
    assert found(data) == [("a.md", "style.repeated-word", "error")]
    assert data["errors"] == [
        {
            "path": ".editlint.yaml",
            "line": 3,
            "message": 'no rule matches "style.repeated-wrod" (did you mean "style.repeated-word"?)',
        }
    ]


def test_bad_option_value_names_the_config_line_and_other_rules_run():
    write(".editlint.yaml", "fail_on: error\nrules:\n  style.repeated-nearby:\n    window: many\n")
    write("a.md", BOTH + "\nPolice said police officers were hurt.\n")
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        ".editlint.yaml:4: rule style.repeated-nearby: option \"window\" must be a whole number, not 'many'"
    ]
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}


def test_same_bad_option_in_two_configs_is_reported_for_each():
    write("a/.editlint.yaml", "rules:\n  style.repeated-nearby:\n    window: many\n")
    write("b/.editlint.yaml", "fail_on: error\nrules:\n  style.repeated-nearby:\n    window: many\n")
    write("a/x.md", "x\n")
    write("b/x.md", "x\n")
    result = run("check", "a", "b")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "a/.editlint.yaml:3: rule style.repeated-nearby: option \"window\" must be a whole number, not 'many'",
        "b/.editlint.yaml:4: rule style.repeated-nearby: option \"window\" must be a whole number, not 'many'",
    ]


def test_unknown_option_in_config_has_did_you_mean_and_names_config_line():
    write(".editlint.yaml", "rules:\n  style.repeated-nearby:\n    windw: 3\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    line = stderr_lines(result)[0]
    assert line.startswith(
        '.editlint.yaml:3: rule style.repeated-nearby: unknown option "windw" (did you mean "window"?)'
    )


def test_invalid_regex_given_in_config_names_config_line():
    write(".editlint.yaml", "rules:\n  boilerplate.click-here:\n    raw: ['(oops']\n")
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith(
        '.editlint.yaml:3: rule boilerplate.click-here: invalid regex "(oops" in option "raw"'
    )
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}


def test_unknown_setting_word_has_did_you_mean():
    write(".editlint.yaml", "rules:\n  style.repeated-word: of\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        ".editlint.yaml:2: rule style.repeated-word: setting must be one of off, on, error, warning, suggestion "
        "or a mapping, not 'of' (did you mean \"off\"?)"
    )


def test_bad_severity_in_mapping_names_its_line():
    write(".editlint.yaml", "rules:\n  style.redundancy:\n    severity: erorr\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        '.editlint.yaml:3: rule style.redundancy: severity must be one of error, warning, suggestion (did you mean "error"?)'
    )


def test_options_on_a_glob_over_different_kinds_is_an_error():
    write(".editlint.yaml", "rules:\n  style.*:\n    window: 3\n")
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        '.editlint.yaml:2: "style.*" names rules of different kinds (existence, repetition, substitution); '
        "give options per rule id"
    )
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}


def test_misspelt_top_level_key_has_did_you_mean():
    write(".editlint.yaml", "fail_on: error\nrulez:\n  style.repeated-word: off\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        '.editlint.yaml:2: unknown key "rulez" (did you mean "rules"?)',
        "note: a.md: not checked, its config has errors",
    ]


def test_config_errors_are_reported_once_for_many_files():
    write(".editlint.yaml", "rules:\n  nope.rule: off\n")
    for name in ("a.md", "b.md", "c.txt"):
        write(name, BOTH)
    result = run("check", "a.md", "b.md", "c.txt")
    assert result.exit_code == 2
    assert stderr_lines(result) == ['.editlint.yaml:2: no rule matches "nope.rule"']


# --------------------------------------------------------------------------- include / exclude


def test_include_replaces_default_patterns_for_folder_walks():
    write("drafts/.editlint.yaml", 'include: ["*.rst"]\n')
    write("drafts/a.md", REPEATED)
    write("drafts/b.rst", REPEATED)
    _, data = check_json("drafts")
    assert sorted({d["path"] for d in data["diagnostics"]}) == ["drafts/b.rst"]


def test_exclude_skips_folders_and_files_in_a_walk():
    write(".editlint.yaml", "exclude:\n  - wire/\n  - '*.draft.md'\n")
    write("news/a.md", REPEATED)
    write("news/old.draft.md", REPEATED)
    write("news/wire/b.md", REPEATED)
    write("wire/c.md", REPEATED)
    result, data = check_json(".")
    assert sorted({d["path"] for d in data["diagnostics"]}) == ["news/a.md"]
    assert data["summary"]["files"] == 1


def test_exclude_applies_to_explicitly_named_files():
    write(".editlint.yaml", "exclude: [wire/]\n")
    write("wire/b.md", REPEATED)
    write("a.md", REPEATED)
    result, data = check_json("wire/b.md", "a.md")
    assert [d["path"] for d in data["diagnostics"]] == ["a.md"]
    assert data["summary"]["files"] == 1
    assert result.exit_code == 1  # a.md's repeated word is an error


def test_exclude_is_relative_to_the_config_folder():
    write("desk/.editlint.yaml", "exclude: [/archive/]\n")
    write("desk/archive/a.md", REPEATED)
    write("desk/sub/archive/b.md", REPEATED)
    _, data = check_json("desk")
    assert [d["path"] for d in data["diagnostics"]] == ["desk/sub/archive/b.md"]


def test_include_must_be_strings():
    write(".editlint.yaml", "include:\n  - 3\n")
    write("a.md", REPEATED)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == ".editlint.yaml:1: include must be a list of strings"


# --------------------------------------------------------------------------- overrides


def test_overrides_apply_per_file_glob():
    write(
        ".editlint.yaml",
        """\
        rules:
          style.extra-space: off
        overrides:
          - files: ["wire/*.md"]
            rules:
              style.repeated-word: off
          - files: ["opinion/**"]
            rules:
              style.repeated-word: warning
        """,
    )
    write("wire/a.md", BOTH)
    write("opinion/b.md", BOTH)
    write("news/c.md", BOTH)
    result, data = check_json("wire/a.md", "opinion/b.md", "news/c.md")
    assert found(data) == [
        ("opinion/b.md", "style.repeated-word", "warning"),
        ("news/c.md", "style.repeated-word", "error"),
    ]
    assert result.exit_code == 1


def test_override_unknown_key_has_did_you_mean():
    write(".editlint.yaml", "overrides:\n  - files: ['*.md']\n    rulez: {}\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == '.editlint.yaml:3: unknown override key "rulez" (did you mean "rules"?)'


def test_override_without_files_is_an_error():
    write(".editlint.yaml", "fail_on: error\noverrides:\n  - rules: {style.extra-space: off}\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == ".editlint.yaml:3: an override needs files: (globs)"


# --------------------------------------------------------------------------- fail_on


@pytest.mark.parametrize(
    ("config", "option", "code"),
    [
        (None, None, 0),  # warnings only; default fail_on is error
        ("warning", None, 1),
        ("suggestion", None, 1),
        ("none", None, 0),
        ("warning", "error", 0),  # the command line wins
        ("none", "warning", 1),
        ("error", "none", 0),
    ],
)
def test_fail_on_in_config_and_on_command_line(config, option, code):
    if config:
        write(".editlint.yaml", f"fail_on: {config}\n")
    write("a.md", WARNINGS)
    args = ["check", "a.md"] + (["--fail-on", option] if option else [])
    assert run(*args).exit_code == code


def test_fail_on_is_per_config_in_one_run():
    write("strict/.editlint.yaml", "fail_on: warning\n")
    write("strict/a.md", "All fine.\n")
    write("lax/b.md", WARNINGS)
    assert run("check", "strict", "lax").exit_code == 0  # the warnings are under the lax (default) config
    write("strict/a.md", WARNINGS)
    assert run("check", "strict", "lax").exit_code == 1


def test_fail_on_bad_value_has_did_you_mean():
    write(".editlint.yaml", "fail_on: warn\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        ".editlint.yaml:1: fail_on must be one of error, warning, suggestion, none, not 'warn' (did you mean \"warning\"?)"
    )


# --------------------------------------------------------------------------- vocab


def test_vocab_reject_word_and_word_with_replacement():
    write(".editlint.yaml", "vocab:\n  reject:\n    - whilst\n    - utilise: use\n    - amongst: [among, between]\n")
    write("a.md", "Whilst there, they utilise tools amongst friends.\n")
    result, data = check_json("a.md")
    assert [(d["rule"], d["severity"], d["match"], d["suggestions"], d["message"]) for d in data["diagnostics"]] == [
        ("vocab.rejected", "warning", "Whilst", [], '"Whilst" is on the house reject list'),
        ("vocab.rejected", "warning", "utilise", ["use"], '"utilise" is on the house reject list'),
        ("vocab.rejected", "warning", "amongst", ["among", "between"], '"amongst" is on the house reject list'),
    ]
    assert result.exit_code == 0  # a warning: the house's preference, which a newsroom may raise to error


def test_vocab_accept_capitalised_term_flags_wrong_case():
    write(".editlint.yaml", "vocab:\n  accept:\n    - Facebook\n    - okay\n")
    write("a.md", "Facebook users met. Some facebook fans came. FACEBOOK staff are okay.\n")
    result, data = check_json("a.md")
    assert [(d["rule"], d["severity"], d["match"], d["suggestions"]) for d in data["diagnostics"]] == [
        ("vocab.terms", "warning", "facebook", ["Facebook"]),
        ("vocab.terms", "warning", "FACEBOOK", ["Facebook"]),
    ]
    assert data["diagnostics"][0]["message"] == 'Write "Facebook" as the house vocabulary does, not "facebook"'
    assert result.exit_code == 0


def test_vocab_rules_can_be_configured_like_others():
    write(".editlint.yaml", "vocab:\n  reject: [whilst]\nrules:\n  vocab.rejected: error\n")
    write("a.md", "Whilst there.\n")
    result, data = check_json("a.md")
    assert found(data) == [("a.md", "vocab.rejected", "error")]
    assert result.exit_code == 1  # raised to error, it fails the run
    listing = json.loads(run("rules", "--format", "json").stdout)
    assert {
        "id": "vocab.rejected",
        "kind": "substitution",
        "severity": "error",
        "enabled": True,
        "defined": ".editlint.yaml:2",
    } in listing


def test_vocab_unknown_key_has_did_you_mean():
    write(".editlint.yaml", "vocab:\n  accept: [Facebook]\n  rejekt: [whilst]\n")
    write("a.md", "x\n")
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == '.editlint.yaml:3: unknown vocab key "rejekt" (did you mean "reject"?)'


def test_vocab_bad_entry_names_its_line():
    write(".editlint.yaml", "vocab:\n  accept:\n    - Facebook\n    - {a: b}\n")
    write("a.md", "x\n")
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == ".editlint.yaml:4: a vocab.accept entry must be a word, not {'a': 'b'}"


# --------------------------------------------------------------------------- pyproject errors


def test_pyproject_unknown_key_names_its_line():
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.editlint]\nfail_on = "warning"\nrulez = 3\n')
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'pyproject.toml:6: unknown key "rulez" (did you mean "rules"?)',
        "note: a.md: not checked, its config has errors",
    ]


def test_pyproject_bad_value_names_its_line():
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.editlint]\nextends = "default"\nfail_on = "warnin"\n')
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        "pyproject.toml:6: fail_on must be one of error, warning, suggestion, none, not 'warnin' (did you mean \"warning\"?)"
    )


def test_pyproject_unknown_rule_names_the_rules_line():
    write("pyproject.toml", '[tool.editlint]\nfail_on = "error"\nrules = { "style.nope" = "off" }\n')
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ['pyproject.toml:3: no rule matches "style.nope"']
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}


def test_pyproject_toml_syntax_error_names_its_line():
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.editlint]\nfail_on = "warning\n')
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith("pyproject.toml:5: invalid TOML: ")


# --------------------------------------------------------------------------- broken configs


def test_yaml_syntax_error_in_config_names_its_line():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n  style.extra-space: [off\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    first = stderr_lines(result)[0]
    assert first.startswith(".editlint.yaml:4: invalid YAML: ")


def test_duplicate_key_in_config_names_the_second():
    write(".editlint.yaml", "fail_on: error\nrules: {}\nfail_on: warning\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == '.editlint.yaml:3: duplicate key "fail_on"'


def test_empty_config_file_means_defaults():
    write(".editlint.yaml", "")
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 1  # the repeated word is an error
    assert rules_of(data) == {"style.repeated-word", "style.extra-space"}


def test_config_that_is_not_a_mapping():
    write(".editlint.yaml", "- rules\n")
    write("a.md", BOTH)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == ".editlint.yaml:1: a config file is a mapping of settings"


def test_broken_config_in_one_folder_does_not_stop_another():
    write("broken/.editlint.yaml", "rulez: {}\n")
    write("broken/a.md", BOTH)
    write("fine/b.md", BOTH)
    result, data = check_json("broken/a.md", "fine/b.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'broken/.editlint.yaml:1: unknown key "rulez" (did you mean "rules"?)',
        "note: broken/a.md: not checked, its config has errors",
    ]
    assert rules_of(data, "fine/b.md") == {"style.repeated-word", "style.extra-space"}


def test_broken_config_walk_only_names_drafts():
    write("broken/.editlint.yaml", "rulez: {}\n")
    write("broken/a.md", BOTH)
    write("broken/notes.csv", "a,b\n")
    result = run("check", "broken")
    assert result.exit_code == 2
    notes = [line for line in stderr_lines(result) if line.startswith("note:")]
    assert notes == ["note: broken/a.md: not checked, its config has errors"]
