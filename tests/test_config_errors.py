"""Configuration mistakes that used to pass silently, or one per run (issue
12): a broken pyproject.toml, every error of a file at once, language codes,
the README's example config, per-folder settings in ``overrides``, and
suppression comments naming rules that do not exist.

Every test runs the command as a user would (in-process through click, or a
real ``editlint`` process) in a fresh folder, and looks at standard error,
the JSON report and the exit code.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli, write

ROOT = Path(__file__).resolve().parents[1]
BOTH = "The the cat sat  down.\n"  # style.repeated-word (an error) and style.extra-space (a warning)
NOT_CHECKED = "note: a.md: not checked, its config has errors"

pytestmark = pytest.mark.usefixtures("in_tmp")


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def check_json(*args: str):
    result = cli("check", "--format", "json", *args)
    return result, json.loads(result.stdout)


def found(data, rule_prefix: str = "") -> list[tuple]:
    return [
        (d["path"], d["line"], d["column"], d["rule"], d["match"])
        for d in data["diagnostics"]
        if d["rule"].startswith(rule_prefix)
    ]


# =========================================================================== a broken pyproject.toml


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("[tool.editlint", 4),  # the case: the bracket left off
        ("[tool.editlint.rules", 4),
        ("[ tool.editlint ]\nfail_on = ", 5),  # a finished header, a value left off
        ('["tool".editlint', 4),
    ],
)
def test_a_broken_pyproject_toml_with_editlint_settings_is_an_error_naming_its_line(header, line):
    write("pyproject.toml", f'[project]\nname = "x"\n\n{header}\nfail_on = "warning"\n')
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    first, *rest = stderr_lines(result)
    assert first.startswith(f"pyproject.toml:{line}: invalid TOML: ")
    assert rest == [NOT_CHECKED]


def test_a_broken_pyproject_toml_without_editlint_settings_is_not_a_config():
    # Another tool's broken file is that tool's business: the drafts are checked with the defaults.
    write("pyproject.toml", '[project\nname = "x"\n[tool.black]\nline-length = 99\n')
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 1  # the defaults' gate: the doubled word is an error
    assert result.stderr == ""
    assert {d["rule"] for d in data["diagnostics"]} == {"style.repeated-word", "style.extra-space"}


def test_an_editlint_table_written_inside_tool_is_found():
    write("pyproject.toml", '[tool]\neditlint = { fail_on = "warning" }\n')
    write("a.md", BOTH)
    assert cli("check", "a.md").exit_code == 1  # warnings fail: the config was read


def test_vocab_add_with_a_broken_pyproject_toml_is_one_line():
    write("pyproject.toml", '[tool.editlint\nfail_on = "warning"\n')
    result = cli("vocab", "add", "Kataib")
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith("pyproject.toml:1: invalid TOML: ")


# =========================================================================== every error at once


def test_every_error_of_a_config_is_reported_in_one_run_in_file_order():
    write(".editlint.yaml", "fail_on: warnin\nrules:\n  style.redundancy: of\nrulez: 1\n")
    write("a.md", BOTH)
    result, data = check_json("a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        ".editlint.yaml:1: fail_on must be one of error, warning, suggestion, none, not 'warnin' "
        '(did you mean "warning"?)',
        ".editlint.yaml:3: rule style.redundancy: setting must be one of off, on, error, warning, suggestion "
        "or a mapping, not 'of' (did you mean \"off\"?)",
        '.editlint.yaml:4: unknown key "rulez" (did you mean "rules"?)',
        NOT_CHECKED,
    ]
    assert [(e["path"], e["line"]) for e in data["errors"]] == [(".editlint.yaml", n) for n in (1, 3, 4)]
    assert data["diagnostics"] == []


def test_every_kind_of_mistake_is_reported_together_in_file_order():
    write(
        ".editlint.yaml",
        """\
        extends: [defualt]
        language: en-UK
        rules:
          style.repeated-wrd: off
          style.repeated-nearby: {windw: 3}
          style.redundancy: {severity: erorr}
        vocab:
          accept: [Kataib, {a: b}]
          rejekt: [whilst]
        overrides:
          - files: ["london/**"]
            language: en_GB
            rules: {style.extra-spce: off}
          - files: ["wire/**"]
            fail_on: warnings
            encodng: cp1252
        regex_timeout: 0
        """,
    )
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert lines[-1] == NOT_CHECKED
    assert [re.match(r"\.editlint\.yaml:(\d+): ", line).group(1) for line in lines[:-1]] == [
        "1", "2", "6", "8", "9", "12", "15", "16", "17",
    ]  # fmt: skip
    assert lines[0] == (
        '.editlint.yaml:1: unknown preset "defualt" (did you mean "default"?); '
        "a config file is a path such as ./defualt.yaml"
    )
    assert lines[7] == ('.editlint.yaml:16: unknown override key "encodng" (did you mean "encoding"?)')


def test_rule_patterns_and_options_are_reported_with_the_other_mistakes_when_the_rule_sets_load():
    write(".editlint.yaml", "fail_on: warnin\nrules:\n  style.repeated-wrd: off\n  style.repeated-nearby: {windw: 3}\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert lines[0].startswith(".editlint.yaml:1: fail_on must be one of")
    assert lines[1] == '.editlint.yaml:3: no rule matches "style.repeated-wrd" (did you mean "style.repeated-word"?)'
    assert lines[2].startswith('.editlint.yaml:4: rule style.repeated-nearby: unknown option "windw"')
    assert lines[3:] == [NOT_CHECKED]


def test_an_external_checkers_settings_are_checked_with_the_other_mistakes():
    write(".editlint.yaml", "fail_on: warnin\nlanguagetool:\n  url: http://127.0.0.1:9\n  picky: 3\nrulez: 1\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert [line.split(": ", 1)[0] for line in stderr_lines(result)] == [
        ".editlint.yaml:1", ".editlint.yaml:4", ".editlint.yaml:5", "note",
    ]  # fmt: skip
    assert stderr_lines(result)[1].startswith('.editlint.yaml:4: rule languagetool: option "picky" must be')


def test_rules_of_a_rule_set_that_could_not_be_read_are_not_called_unknown():
    write("house-style/terms.yaml", "rules:\n  - id: house.whilst\n    kind: existence\n    tokens: [whilst]\n"
          "    message: No\n")  # fmt: skip
    write("base.yaml", "rulesets: [./hous-style]\n")
    write("strict.yaml", "fail_on: warning\n")
    write(".editlint.yaml", "extends: [./base.yaml, ./strict.yaml]\nrules:\n  house.whilst: error\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert stderr_lines(result) == ["base.yaml:1: rule set folder not found: ./hous-style", NOT_CHECKED]
    write("base.yaml", "rulesets: [./house-style]\n")
    assert stderr_lines(cli("check", "a.md")) == []


def test_a_rule_pattern_in_an_override_no_draft_matches_is_still_checked():
    write(".editlint.yaml", "overrides:\n  - files: ['opinion/**']\n    rules: {style.redundnacy: off}\n")
    write("news/a.md", BOTH)
    result, data = check_json("news/a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        '.editlint.yaml:3: no rule matches "style.redundnacy" (did you mean "style.redundancy"?)'
    ]
    # A setting that fits no rule costs only that setting: the draft is checked.
    assert {d["rule"] for d in data["diagnostics"]} == {"style.repeated-word", "style.extra-space"}


def test_every_error_of_a_pyproject_table_is_reported():
    write("pyproject.toml", '[tool.editlint]\nfail_on = "warnin"\nlanguage = "en"\nrulez = 1\n')
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert [line.split(": ", 1)[0] for line in stderr_lines(result)] == [
        "pyproject.toml:2", "pyproject.toml:3", "pyproject.toml:4", "note",
    ]  # fmt: skip


def test_the_errors_of_an_extended_config_come_first_and_name_their_file():
    write("base.yaml", "fail_on: warnin\nrulez: 1\n")
    write(".editlint.yaml", "extends: ./base.yaml\nlanguage: en-gb\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert [line.split(": ", 1)[0] for line in stderr_lines(result)] == [
        "base.yaml:1", "base.yaml:2", ".editlint.yaml:2", "note",
    ]  # fmt: skip


def test_a_mistake_in_a_vocabulary_file_is_listed_where_the_config_names_it():
    write("words.txt", "Kataib\n/[unclosed/\n")
    write(".editlint.yaml", "fail_on: warnin\nvocab:\n  accept_files: [words.txt]\nrulez: 1\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert [line.split(": ", 1)[0] for line in stderr_lines(result)] == [
        ".editlint.yaml:1", "words.txt:2", ".editlint.yaml:4", "note",
    ]  # fmt: skip


# =========================================================================== language codes


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("en-UK", "en-GB"),  # UK is no region code; GB is
        ("en_GB", "en-GB"),  # a POSIX locale
        ("EN-gb", "en-GB"),
        ("en-gb", "en-GB"),
        ("en_AU", "en-AU"),
        ("en-ca", "en-CA"),
        ("british", "en-GB"),
        ("fr-AU", "en-AU"),
    ],
)
def test_a_language_spelt_another_way_is_an_error_naming_the_code(value, hint):
    write(".editlint.yaml", f"fail_on: error\nlanguage: {value}\n")
    write("a.md", "The colour.\n")
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f".editlint.yaml:2: language must be one of en-US, en-GB, en-AU, en-CA, not '{value}' "
        f'(did you mean "{hint}"?)',
        NOT_CHECKED,
    ]


def test_en_alone_asks_which_english():
    write(".editlint.yaml", "language: en\n")
    write("a.md", "The colour.\n")
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result)[0] == (
        ".editlint.yaml:1: language must be one of en-US, en-GB, en-AU, en-CA, not 'en' "
        "(which English? en-US is American, en-GB British, en-AU Australian, en-CA Canadian)"
    )


@pytest.mark.parametrize("language", ["en-US", "en-GB", "en-AU", "en-CA"])
def test_the_four_codes_are_accepted(language):
    write(".editlint.yaml", f"language: {language}\n")
    write("a.md", "The council met.\n")
    result = cli("check", "a.md")
    assert (result.exit_code, result.stderr) == (0, "")


# =========================================================================== the README's example


def _block(document: Path, section: str, language: str) -> str:
    text = document.read_text(encoding="utf-8").split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(rf"```{language}\n(.*?)\n```", text, re.DOTALL)
    assert match, f"{document.name} has no {language} block under ## {section}"
    return match.group(1) + "\n"


def test_the_readme_example_config_works_pasted_into_an_empty_folder(in_tmp):
    Path(".editlint.yaml").write_text(_block(ROOT / "README.md", "Configuration", "yaml"), encoding="utf-8")
    write("draft.md", "# Council approves bridge\n\nThey utilise the the tools, and the end result was clear.\n")
    result = subprocess.run(
        [sys.executable, "-m", "editlint", "check", "--format", "json", "--no-cache", "draft.md"],
        capture_output=True,
        text=True,
        cwd=in_tmp,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert result.returncode in (0, 1), result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith("note: ")] == []
    report = json.loads(result.stdout)
    assert report["errors"] == []
    # The config is in force: its reject list, and fail_on: warning.
    assert ("vocab.rejected", "utilise") in {(d["rule"], d["match"]) for d in report["diagnostics"]}
    assert result.returncode == 1


def test_the_pyproject_example_in_the_configuration_docs_works():
    Path("pyproject.toml").write_text(
        _block(ROOT / "docs" / "configuration.md", "In pyproject.toml", "toml"), encoding="utf-8"
    )
    write("draft.md", "The colour of the the sea.\n")
    result, data = check_json("draft.md")
    assert result.stderr == ""
    assert result.exit_code == 1  # fail_on = "warning"
    assert {d["rule"] for d in data["diagnostics"]} == {"style.repeated-word"}  # colour is en-GB


def test_a_vocabulary_glob_that_matches_no_file_is_a_note_until_vocab_add_makes_one():
    write(".editlint.yaml", "vocab:\n  accept_files: [vocab/*.txt]\n")
    write("a.md", "They recieve letters daily.\n")
    result, data = check_json("a.md")
    assert result.exit_code == 1  # the typo is an error
    assert stderr_lines(result) == ["note: .editlint.yaml:2: vocab.accept_files: no file matches vocab/*.txt yet"]
    assert found(data, "spelling") == [("a.md", 1, 6, "spelling.typo", "recieve")]
    # The house may spell a word its own way: the accept list wins.
    assert cli("vocab", "add", "recieve").exit_code == 0
    assert Path("vocab/accept.txt").read_text(encoding="utf-8") == "recieve\n"
    result = cli("check", "a.md")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_vocabulary_file_path_that_does_not_exist_is_still_an_error():
    write(".editlint.yaml", "vocab:\n  reject_files:\n    - lists/banned.txt\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        ".editlint.yaml:3: vocab.reject_files: vocabulary file not found: lists/banned.txt",
        NOT_CHECKED,
    ]


def test_a_rule_set_folder_that_does_not_exist_is_still_an_error():
    write(".editlint.yaml", "rulesets: [./house-style]\n")
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [".editlint.yaml:1: rule set folder not found: ./house-style", NOT_CHECKED]


# =========================================================================== per-folder settings

DIALECTS = "The colour of the organisation. The color of the organization.\n"


def test_overrides_set_the_language_per_folder():
    write(
        ".editlint.yaml",
        "language: en-US\noverrides:\n  - files: ['london/**']\n    language: en-GB\n",
    )
    write("washington/a.md", DIALECTS)
    write("london/b.md", DIALECTS)
    result, data = check_json("--select", "spelling", "washington/a.md", "london/b.md")
    assert result.stderr == ""
    assert [(path, match) for path, _, _, _, match in found(data, "spelling.variant")] == [
        ("washington/a.md", "colour"),
        ("washington/a.md", "organisation"),
        ("london/b.md", "color"),
        ("london/b.md", "organization"),
    ]
    assert data["diagnostics"][-1]["message"].endswith("this draft is checked as en-GB")


def test_the_per_folder_example_in_the_configuration_docs_works():
    write(".editlint.yaml", _block(ROOT / "docs" / "configuration.md", "Per folder", "yaml"), dedent=False)
    write("washington/a.md", "The government have said the colour is fine.\n")
    write("london/b.md", "The government have said the colour is fine.\n")
    Path("archive").mkdir()
    Path("archive/old.md").write_bytes("Pérez’s aide said the the vote passed.\n".encode("cp1252"))
    result, data = check_json("washington/a.md", "london/b.md", "archive/old.md")
    assert result.stderr == ""
    assert [(path, rule, match) for path, _, _, rule, match in found(data)] == [
        ("washington/a.md", "grammar.collective-noun-singular", "have"),
        ("washington/a.md", "spelling.variant", "colour"),
        ("archive/old.md", "style.repeated-word", "the the"),
    ]
    assert result.exit_code == 0


def test_an_override_language_reaches_every_rule_that_takes_one():
    """Every rule whose kind takes the config's language gets the folder's
    (the spelling rules, Harper and LanguageTool when switched on; the
    titles rules have no speller of their own since issue 13)."""
    from editlint.kinds import KINDS
    from editlint.workspace import Workspace

    write(".editlint.yaml", "harper: true\noverrides:\n  - files: ['london/**']\n    language: en-AU\n")
    workspace = Workspace()
    config = workspace.config_for(Path("london/a.md").resolve())
    rules = workspace.rules_for(config, Path("london/a.md").resolve())
    takes_language = [a for a in rules if "language" in KINDS[a.rule.spec.kind].config_options]
    assert {a.rule.spec.kind for a in takes_language} >= {"spelling", "harper"}
    assert {a.id: a.rule.options.language for a in takes_language} == {a.id: "en-AU" for a in takes_language}
    assert workspace.errors == []


def test_overrides_set_fail_on_per_folder_and_the_command_line_still_wins():
    write(".editlint.yaml", "fail_on: warning\noverrides:\n  - files: ['archive/**']\n    fail_on: none\n")
    write("archive/a.md", BOTH)
    write("news/b.md", "All fine here.\n")
    assert cli("check", "archive", "news").exit_code == 0
    assert cli("check", "--fail-on", "warning", "archive").exit_code == 1
    write("news/b.md", BOTH)
    assert cli("check", "archive", "news").exit_code == 1


def test_overrides_set_the_encoding_per_folder():
    write(".editlint.yaml", "overrides:\n  - files: ['archive/**']\n    encoding: cp1252\n")
    Path("archive").mkdir()
    Path("archive/old.md").write_bytes("Pérez’s aide said the the vote.\n".encode("cp1252"))
    write("new.md", "Pérez’s aide said the the vote.\n")
    result, data = check_json("archive/old.md", "new.md")
    assert (result.exit_code, result.stderr) == (1, "")  # the doubled word is an error; no decoding error
    assert [(path, column, match) for path, _, column, _, match in found(data)] == [
        ("archive/old.md", 19, "the the"),
        ("new.md", 19, "the the"),
    ]


def test_bad_values_in_an_override_have_a_did_you_mean():
    write(
        ".editlint.yaml",
        "overrides:\n  - files: ['x/**']\n    language: en-UK\n    fail_on: warn\n    encoding: cp-1252\n"
        "    vocab: {accept: [x]}\n",
    )
    write("a.md", BOTH)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        ".editlint.yaml:3: language must be one of en-US, en-GB, en-AU, en-CA, not 'en-UK' (did you mean \"en-GB\"?)",
        ".editlint.yaml:4: fail_on must be one of error, warning, suggestion, none, not 'warn' "
        '(did you mean "warning"?)',
        '.editlint.yaml:5: encoding: unknown encoding "cp-1252" (did you mean "cp1252"?)',
        '.editlint.yaml:6: unknown override key "vocab" (an override takes files, rules, language, fail_on, encoding)',
        NOT_CHECKED,
    ]


# =========================================================================== suppressions naming no rule

UNKNOWN = "suppression.unknown-rule"


def _unknown(data) -> list[tuple]:
    return [
        (d["path"], d["line"], d["column"], d["end_column"], d["severity"], d["match"], d["suggestions"], d["message"])
        for d in data["diagnostics"]
        if d["rule"] == UNKNOWN
    ]


def _message(name: str, hint: str | None) -> str:
    mean = f' (did you mean "{hint}"?)' if hint else ""
    return f'No rule matches "{name}"{mean}, so this suppression switches nothing off'


def test_a_markdown_comment_naming_no_rule_is_a_warning_that_does_not_change_the_exit_code():
    write(
        "a.md",
        "# Bridge\n\nThe council met.\n\n<!-- editlint-disable-next-line style.redundnacy -->\n"
        "The end result was clear.\n",
    )
    result, data = check_json("--fail-on", "warning", "--select", "style.repeated-word", "a.md")
    assert _unknown(data) == [
        ("a.md", 5, 33, 49, "warning", "style.redundnacy", ["style.redundancy"],
         _message("style.redundnacy", "style.redundancy")),
    ]  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr == ""
    assert cli("check", "--max-warnings", "0", "a.md").exit_code == 0


def test_a_plain_text_directive_naming_no_rule_is_a_warning():
    write("a.txt", "The council met.\n\n<!-- editlint-disable-next-line style.redundnacy -->\nThe end result.\n")
    result, data = check_json("a.txt")
    assert _unknown(data) == [
        ("a.txt", 3, 33, 49, "warning", "style.redundnacy", ["style.redundancy"],
         _message("style.redundnacy", "style.redundancy")),
    ]  # fmt: skip
    # The misspelt name switched nothing off.
    assert ("style.redundancy", "end result") in {(d["rule"], d["match"]) for d in data["diagnostics"]}
    assert result.exit_code == 0


def test_a_front_matter_list_naming_no_rule_is_a_warning():
    write("a.md", "---\ntitle: Bridge\neditlint-disable: [style.redundancy, 'boilerplat']\n---\n\nText.\n")
    _, data = check_json("a.md")
    assert _unknown(data) == [
        ("a.md", 3, 39, 49, "warning", "boilerplat", ["boilerplate"], _message("boilerplat", "boilerplate")),
    ]


def test_names_that_match_a_rule_are_not_warned_about():
    write(".editlint.yaml", "rules:\n  style.redundancy: off\n")  # off, but a rule all the same
    write(
        "a.md",
        "<!-- editlint-disable style.redundancy style.* boilerplate grammar.agreement-* -->\n\n"
        "<!-- editlint-disable-next-line vocab.rejected, languagetool.EN_A_VS_AN harper.SpellCheck -->\n"
        "Text.\n\n<!-- editlint-disable-line nothing.like.a.rule -->\n",
    )
    _, data = check_json("a.md")
    assert [(line, match) for _, line, _, _, _, match, _, _ in _unknown(data)] == [(6, "nothing.like.a.rule")]


def test_warnings_about_suppressions_come_from_the_cache_too(tmp_path):
    write("a.md", "Text.\n\n<!-- editlint-disable-line style.redundnacy -->\n")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    first = check_json(*cache, "a.md")[1]
    second = check_json(*cache, "a.md")[1]
    assert _unknown(first) == _unknown(second) != []


def test_sarif_and_github_formats_carry_the_warning_at_its_place():
    write("a.md", "Text.\n\n<!-- editlint-disable-line style.redundnacy -->\n")
    sarif = json.loads(cli("check", "--format", "sarif", "a.md").stdout)
    (result,) = sarif["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == (UNKNOWN, "warning")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 28)
    github = cli("check", "--format", "github", "a.md").stdout
    assert "::warning file=a.md,line=3,col=28" in github


def test_plain_text_directive_words_are_never_checked_or_fixed():
    draft = (
        "Council approves bridge\n\n"
        "The council met. <!-- editlint-disable-line style.redundancy -->\n"
        "<!-- editlint-disable-next-line\n   spelling.typo -->\n"
        "The end result was clear.\n"
    )
    write("a.txt", draft)
    result, data = check_json("--select", "spelling", "a.txt")
    assert data["diagnostics"] == []  # "editlint-disable-line" was a typo with a fix to "editing-..."
    assert cli("check", "--fix", "--unsafe-fixes", "--select", "spelling,style", "a.txt").exit_code in (0, 1)
    assert "editlint-disable-line style.redundancy -->" in Path("a.txt").read_text(encoding="utf-8")
    assert "editlint-disable-next-line\n   spelling.typo -->" in Path("a.txt").read_text(encoding="utf-8")
