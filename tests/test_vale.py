"""Vale styles run as they are: a folder of Vale rule files in `rulesets:`,
or a `.vale.ini` (StylesPath, BasedOnStyles, Vocab, MinAlertLevel, rule
switches). Ids, levels, messages and spans follow Vale's documentation; the
rules of checks editlint lacks are listed as skipped, with the reason.

The style is tests/fixtures/vale: our own rules, written in Vale's format,
one of each of Vale's checks.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import cli, write

from editlint.vale.action import action_suggestions
from editlint.vale.message import fill, to_sentence

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "vale"

DRAFT = """\
# Militia Groups Vow Revenge: What Comes Next

The minister reportedly said the the plan would utilize funds in order to help. The WHO met in the centre of town.

The World Health Organization (WHO) said the advisor would commence work. They could of left, and the adviser agreed.
"""


@pytest.fixture
def style(in_tmp):
    shutil.copytree(FIXTURE, in_tmp, dirs_exist_ok=True)
    return in_tmp


def check(draft: str, config: str) -> tuple[list[tuple], str, int]:
    write(".editlint.yaml", config)
    write("draft.md", draft)
    result = cli("check", "--format", "json", "--no-cache", "draft.md")
    found = [
        (d["line"], d["column"], d["end_column"], d["rule"], d["severity"], d["message"], d["suggestions"])
        for d in json.loads(result.stdout)["diagnostics"]
    ]
    return found, result.stderr, result.exit_code


# --------------------------------------------------------------------------- one rule of each check


def test_a_vale_style_folder_runs_with_vales_ids_levels_messages_and_spans(style):
    found, stderr, exit_code = check(DRAFT, "extends: []\nrulesets: [./styles/NewsDesk]\n")
    assert exit_code == 1  # error-level Vale rules fail the default gate, as in Vale
    heading = "Militia Groups Vow Revenge: What Comes Next"
    first = "The minister reportedly said the the plan would utilize funds in order to help."
    assert found == [
        # capitalization: the whole heading, its text in the message; words after ":" not judged
        (1, 3, 46, "NewsDesk.Headings", "warning", f"'{heading}' should be in sentence case.",
         ["Militia groups vow revenge: What comes next"]),
        # occurrence (scope: sentence): the sentence it counts, the message as written
        (3, 1, 1 + len(first), "NewsDesk.SentenceLength", "suggestion", "Keep sentences under 12 words.", []),
        # existence: the token; action remove deletes it
        (3, 14, 24, "NewsDesk.Hedging", "warning", "Consider removing 'reportedly'.", [""]),
        # repetition: both words; %s is the word
        (3, 30, 37, "NewsDesk.Repeated", "error", "'the' is repeated.", []),
        # substitution: %s the expected form, then the match (ignorecase, not recapitalised)
        (3, 49, 56, "NewsDesk.Terms", "warning", "Use 'use' instead of 'utilize'.", ["use"]),
        (3, 63, 74, "NewsDesk.Terms", "warning", "Use 'to' instead of 'in order to'.", ["to"]),
        # conditional: an abbreviation with no definition yet ("NATO" is an exception)
        (3, 85, 88, "NewsDesk.Acronyms", "suggestion", "'WHO' has no definition.", []),
        # substitution with action replace: the choices listed Vale's way
        (5, 60, 68, "NewsDesk.Alternatives", "suggestion", "Consider using 'begin' or 'start' instead of 'commence'.",
         ["begin", "start"]),
        # sequence: %[n]s are the tokens of the match
        (5, 80, 88, "NewsDesk.CouldOf", "error", "'could of' should be 'could have'.", []),
        # consistency: the form used second
        (5, 103, 110, "NewsDesk.Spellings", "warning", "Inconsistent spelling of 'adviser'.", []),
    ]  # fmt: skip
    # The checks editlint lacks are listed once each, with the reason.
    assert stderr.splitlines() == [
        "note: styles/NewsDesk/Counter.yml:1: NewsDesk.Counter is skipped: Vale script check: it runs a Tengo"
        " script, and editlint runs no scripts",
        "note: styles/NewsDesk/Dictionary.yml:1: NewsDesk.Dictionary is skipped: Vale spelling check: it checks"
        " spelling with dictionaries of its own; editlint's spelling rule set checks spelling",
        "note: styles/NewsDesk/Readability.yml:1: NewsDesk.Readability is skipped: Vale metric check: it computes"
        " a formula over document metrics, which editlint does not do",
    ]


def test_an_action_makes_the_fix(style):
    write(".editlint.yaml", "extends: []\nrulesets: [./styles/NewsDesk]\n")
    write("draft.md", "The minister reportedly left.\n")
    cli("check", "--no-cache", "--fix", "--unsafe-fixes", "--select", "NewsDesk.Hedging", "draft.md")
    assert Path("draft.md").read_text() == "The minister left.\n"


def test_the_vale_rules_sit_beside_editlints_own_and_config_settings_reach_them(style):
    config = "rulesets: [./styles/NewsDesk]\nrules:\n  NewsDesk: off\n  NewsDesk.Terms: error\n"
    found, _, _ = check("We utilize the the data.\n", config)
    assert [(rule, severity) for _, _, _, rule, severity, _, _ in found] == [
        ("NewsDesk.Terms", "error"),
        ("style.repeated-word", "error"),
    ]


def test_a_suppression_comment_names_a_vale_rule(style):
    draft = "<!-- editlint-disable NewsDesk.Terms -->\nWe utilize it reportedly.\n"
    found, _, _ = check(draft, "extends: []\nrulesets: [./styles/NewsDesk]\n")
    assert [rule for _, _, _, rule, _, _, _ in found] == ["NewsDesk.Hedging"]


# --------------------------------------------------------------------------- .vale.ini


def test_a_vale_ini_brings_its_styles_vocabulary_and_switches(style):
    draft = "# Storm hits coast\n\nThe wikinews team will utilise the the data reportedly. The geolocation is known.\n"
    found, stderr, _ = check(draft, "extends: []\nrulesets: [./.vale.ini]\n")
    assert [(line, column, rule, severity, message) for line, column, _, rule, severity, message, _ in found] == [
        # Vale.Terms: an accepted word written otherwise ("[Gg]eolocation" is a pattern: no term)
        (3, 5, "Vale.Terms", "error", "Use 'Wikinews' instead of 'wikinews'."),
        # Vale.Avoid: a rejected word, an error
        (3, 24, "Vale.Avoid", "error", "Avoid using 'utilise'."),
        # Vale.Repetition is switched off (NO); the style's own repetition rule runs
        (3, 32, "NewsDesk.Repeated", "error", "'the' is repeated."),
        # NewsDesk.Hedging = error in the [*.{md,txt}] section
        (3, 45, "NewsDesk.Hedging", "error", "Consider removing 'reportedly'."),
    ]
    assert "note: .vale.ini (Vale's built-in style): Vale.Spelling is skipped" in stderr


def test_accepted_words_are_exceptions_of_every_rule(style):
    write("styles/NewsDesk/Caps.yml", "extends: existence\nmessage: \"'%s'\"\nraw: ['\\b[A-Z][a-z]+\\b']\n")
    found, _, _ = check("Wikinews and Hezbollah met Smith.\n", "extends: []\nrulesets: [./.vale.ini]\n")
    assert [(rule, message) for _, _, _, rule, _, message, _ in found if rule == "NewsDesk.Caps"] == [
        ("NewsDesk.Caps", "'Smith'")
    ]


def test_min_alert_level_switches_off_the_rules_below_it(style):
    ini = Path(".vale.ini")
    ini.write_text(ini.read_text().replace("MinAlertLevel = suggestion", "MinAlertLevel = error"))
    found, _, _ = check(DRAFT, "extends: []\nrulesets: [./.vale.ini]\n")
    assert {rule for _, _, _, rule, *_ in found} == {"NewsDesk.Repeated", "NewsDesk.Hedging", "NewsDesk.CouldOf"}


def test_a_vale_ini_with_a_missing_style_is_a_config_error(style):
    ini = Path(".vale.ini")
    ini.write_text(ini.read_text().replace("BasedOnStyles = Vale, NewsDesk", "BasedOnStyles = Vale, Missing"))
    write(".editlint.yaml", "extends: []\nrulesets: [./.vale.ini]\n")
    write("draft.md", "Text.\n")
    result = cli("check", "--no-cache", "draft.md")
    assert result.exit_code == 2
    assert ".vale.ini:10: BasedOnStyles: no style folder Missing in styles" in result.stderr


# --------------------------------------------------------------------------- editlint rules, broken rules


def test_editlint_rules_lists_the_vale_rules_and_the_skipped_ones(style):
    write(".editlint.yaml", "extends: []\nrulesets: [./.vale.ini]\n")
    rows = {r["id"]: r for r in json.loads(cli("rules", "--format", "json").stdout)}
    assert rows["NewsDesk.Terms"] == {
        "id": "NewsDesk.Terms", "kind": "substitution", "severity": "warning", "enabled": True,
        "defined": "styles/NewsDesk/Terms.yml:1",
    }  # fmt: skip
    assert rows["NewsDesk.Hedging"]["severity"] == "error"
    assert rows["Vale.Repetition"]["enabled"] is False
    assert rows["NewsDesk.Readability"]["severity"] == "skipped"
    assert rows["NewsDesk.Readability"]["reason"].startswith("Vale metric check:")
    assert rows["Vale.Spelling"]["severity"] == "skipped"
    text = cli("rules").stdout
    assert text.splitlines()[-1] == "12 rules, 11 on (5 errors, 3 warnings, 3 suggestions). 4 skipped."


def test_a_broken_vale_rule_is_an_error_naming_its_file_and_the_rest_run(style):
    write("styles/NewsDesk/Broken.yml", "extends: existence\nmessage: x\nlevel: fatal\ntokens: [a]\n")
    write("styles/NewsDesk/Unknown.yml", "extends: existance\nmessage: x\n")
    found, stderr, exit_code = check("We utilize it.\n", "extends: []\nrulesets: [./styles/NewsDesk]\n")
    assert exit_code == 2
    assert "styles/NewsDesk/Broken.yml:3: 'level' must be one of error, warning, suggestion, not 'fatal'" in stderr
    assert "styles/NewsDesk/Unknown.yml:1: 'extends' must be one of" in stderr
    assert 'did you mean "existence"?' in stderr
    assert [rule for _, _, _, rule, *_ in found] == ["NewsDesk.Terms"]


# --------------------------------------------------------------------------- messages and actions


def test_messages_are_filled_as_gos_fmt_fills_them():
    assert fill("'%s' is repeated", ["the"]) == "'the' is repeated"
    assert fill("Use '%s' instead of '%s'.", ["use", "utilize"]) == "Use 'use' instead of 'utilize'."
    assert fill("%[2]s then %[1]s, then %s", ["a", "b"]) == "b then a, then b"
    assert fill("100%% sure: %q", ["x"]) == '100% sure: "x"'
    assert fill("%s and %s", ["only"]) == "only and "
    assert to_sentence(["a"]) == "'a'"
    assert to_sentence(["a", "b", "c"]) == "'a', 'b', or 'c'"


@pytest.mark.parametrize(
    ("action", "text", "expected"),
    [
        (("remove",), "really", ("",)),
        (("replace", "a", "b"), "x", ("a", "b")),
        (("replace",), "x", ("kept",)),
        (("edit", "regex", r"(\w+)ly", "$1"), "quickly", ("quick",)),
        (("edit", "remove", ".?!"), "Heading.", ("Heading",)),
        (("edit", "trim_right", "."), "end..", ("end",)),
        (("edit", "truncate", " "), "two words", ("two",)),
        (("edit", "split", "/", "1"), "a/b", ("b",)),
        (("suggest", "spellings"), "teh", ()),
    ],
)
def test_actions_make_fixes_from_the_match(action, text, expected):
    assert action_suggestions(action, text, ("kept",)) == expected


def test_check_rules_reads_a_vale_style_folder(style):
    result = cli("check-rules", "styles/NewsDesk")
    assert result.exit_code == 0, result.output
    assert "Checked 9 rules and 0 examples: 0 example failure(s), 0 invalid rule(s) or file(s)." in result.output
    write("styles/NewsDesk/Broken.yml", "extends: existence\nmessage: x\nraw: ['(a']\n")
    result = cli("check-rules", "styles/NewsDesk")
    assert result.exit_code == 2
    assert 'styles/NewsDesk/Broken.yml:3: rule NewsDesk.Broken: invalid regex "(?m)(a" in option "raw"' in result.stderr
