"""The harper backend, with the real harper-py (the test extra installs it):
switching it on in a config, ids and exact positions, suppressions,
severities, the curated defaults for news, rule switches and their errors,
dialects, and what happens when harper-py is missing."""

from __future__ import annotations

import json
import sys

import harper as harper_py
import pytest
from helpers import cli, write

from editlint.kinds import harper as harper_kind

pytestmark = pytest.mark.usefixtures("in_tmp")

AGREEMENT = "harper.PronounVerbAgreement"


def check(*paths: str):
    result = cli("check", "--format", "json", *paths)
    return result, json.loads(result.stdout)


def harper_diagnostics(report) -> list[dict]:
    return [d for d in report["diagnostics"] if d["rule"].startswith("harper.")]


def found(report) -> list[tuple]:
    """(rule, line, column, end_line, end_column, match) of each Harper diagnostic."""
    return [
        (d["rule"], d["line"], d["column"], d["end_line"], d["end_column"], d["match"])
        for d in harper_diagnostics(report)
    ]


def rules_found(report) -> set[str]:
    return {d["rule"] for d in harper_diagnostics(report)}


# --------------------------------------------------------------------------- switching it on


@pytest.mark.parametrize("setting", ["harper: {}", "harper: true", "harper: on", "harper:\n  language: en-US"])
def test_a_config_switches_harper_on(setting):
    write(".editlint.yaml", setting + "\n")
    write("draft.txt", "He know the answer.\n")
    result, report = check("draft.txt")
    (diagnostic,) = harper_diagnostics(report)
    assert diagnostic["rule"] == AGREEMENT
    assert (diagnostic["line"], diagnostic["column"], diagnostic["end_column"]) == (1, 4, 8)
    assert diagnostic["match"] == "know"
    assert diagnostic["severity"] == "warning"
    assert diagnostic["message"] == "The form of the verb must agree in grammatical number with the pronoun."
    assert diagnostic["suggestions"] == ["knows"]
    assert diagnostic["fix"]["applicability"] == "unsafe"
    assert diagnostic["fix"]["edits"] == [
        {"line": 1, "column": 4, "end_line": 1, "end_column": 8, "replacement": "knows"}
    ]


def test_without_a_harper_key_harper_does_not_run():
    write(".editlint.yaml", "language: en-US\n")
    write("draft.txt", "He know the answer.\n")
    _, report = check("draft.txt")
    assert harper_diagnostics(report) == []


def test_each_lint_is_reported_under_the_name_of_its_harper_rule():
    write(".editlint.yaml", "harper: true\n")
    worth = "The analyst says it is not worth to engage the militias now."
    write("draft.txt", f"She ate a apple.\n\n{worth}\n\nHe could of gone home.\n")
    _, report = check("draft.txt")
    column = worth.index("to engage") + 1
    assert found(report) == [
        ("harper.AnA", 1, 9, 1, 10, "a"),
        ("harper.WorthToDo", 3, column, 3, column + len("to engage"), "to engage"),
        ("harper.ModalOf", 5, 4, 5, 12, "could of"),
    ]
    suggestions = {d["rule"]: d["suggestions"] for d in harper_diagnostics(report)}
    assert suggestions["harper.AnA"] == ["an"]
    assert suggestions["harper.WorthToDo"] == ["engaging"]
    assert suggestions["harper.ModalOf"][0] == "could have"


def test_an_insert_after_suggestion_becomes_the_whole_replacement():
    # Harper says "insert ', ' after the comma"; editlint's suggestion is
    # the text to put in place of the span.
    write(".editlint.yaml", "harper: true\n")
    write("draft.txt", "He left,then came back.\n")
    _, report = check("draft.txt")
    (diagnostic,) = harper_diagnostics(report)
    assert (diagnostic["rule"], diagnostic["match"]) == ("harper.CommaFixes", ",")
    assert diagnostic["suggestions"] == [", "]
    assert diagnostic["fix"]["edits"][0]["replacement"] == ", "


# --------------------------------------------------------------------------- positions


def test_positions_count_code_points_after_emoji_and_accents():
    write(".editlint.yaml", "harper: true\n")
    # Astral-plane emoji (two UTF-16 units, four UTF-8 bytes) and accented
    # letters, composed and decomposed, before the error on the same line.
    prefix = "Café 😀😀 naïve re\u0301sumé 🇦🇺 — he "
    write("draft.txt", prefix + "know the answer.\n")
    _, report = check("draft.txt")
    assert found(report) == [(AGREEMENT, 1, len(prefix) + 1, 1, len(prefix) + 5, "know")]


def test_positions_in_later_blocks_of_markdown_with_markup_and_hidden_content():
    write(".editlint.yaml", "harper: true\n")
    source = (
        "# Héadline 😀 here\n"
        "\n"
        "First paragraph with `code` and a [link](https://example.com/😀).\n"
        "\n"
        "> 🙂 Quoted: *she* **know** the answer.\n"
        "\n"
        "- Item 🎉 one: they was sure\n"
        "- Item two: he know it, `x` and he know it.\n"
        "\n"
        "```\n"
        "he know the answer (code is never checked)\n"
        "```\n"
    )
    write("draft.md", source)
    _, report = check("draft.md")
    lines = source.splitlines()

    def at(line: int, word: str, nth: int = 0) -> tuple[int, int, int, int, str]:
        column = lines[line - 1].index(word) + 1
        for _ in range(nth):
            column = lines[line - 1].index(word, column) + 1
        return line, column, line, column + len(word), word

    assert found(report) == [
        (AGREEMENT, *at(5, "know")),
        ("harper.PronounInflectionBe", *at(7, "was")),
        (AGREEMENT, *at(8, "know")),
        (AGREEMENT, *at(8, "know", 1)),
    ]


def test_positions_with_crlf_line_ends():
    write(".editlint.yaml", "harper: true\n")
    write("draft.txt", "First line é 😀.\r\nStill the paragraph, he know it.\r\n\r\nShe ate a apple.\r\n", dedent=False)
    _, report = check("draft.txt")
    assert found(report) == [
        (AGREEMENT, 2, 25, 2, 29, "know"),
        ("harper.AnA", 4, 9, 4, 10, "a"),
    ]


# --------------------------------------------------------------------------- suppressions and severities


def test_a_suppression_comment_names_the_harper_rule_id():
    write(".editlint.yaml", "harper: true\n")
    write(
        "draft.md",
        """\
        <!-- editlint-disable-next-line harper.PronounVerbAgreement -->
        He know the answer and ate a apple.

        He know it.

        <!-- editlint-disable-next-line harper -->
        He know it and ate a apple.
        """,
    )
    _, report = check("draft.md")
    assert [(rule, line) for rule, line, *_ in found(report)] == [
        ("harper.AnA", 2),
        (AGREEMENT, 4),
    ]


def test_front_matter_can_disable_a_harper_rule():
    write(".editlint.yaml", "harper: true\n")
    write("draft.md", "---\ntitle: A title\neditlint-disable: [harper.AnA]\n---\n\nHe know it and ate a apple.\n")
    _, report = check("draft.md")
    assert rules_found(report) == {AGREEMENT}


def test_rules_off_switches_harper_off():
    write(".editlint.yaml", "harper: true\nrules:\n  harper: off\n")
    write("draft.txt", "He know the answer.\n")
    _, report = check("draft.txt")
    assert harper_diagnostics(report) == []


def test_rules_sets_the_severity_of_every_harper_finding():
    write(".editlint.yaml", "harper: true\nrules:\n  harper: error\n")
    write("draft.txt", "He know the answer.\n")
    result, report = check("--select", "harper", "draft.txt")
    assert result.exit_code == 1, result.stderr
    assert [d["severity"] for d in harper_diagnostics(report)] == ["error"]
    write(".editlint.yaml", "harper: true\n")
    result, report = check("--select", "harper", "draft.txt")
    assert result.exit_code == 0, result.stderr
    assert [d["severity"] for d in harper_diagnostics(report)] == ["warning"]


def test_an_override_switches_harper_off_for_some_files():
    write(".editlint.yaml", 'harper: true\noverrides:\n  - files: ["opinion/**"]\n    rules: {harper: off}\n')
    write("news/a.txt", "He know the answer.\n")
    write("opinion/b.txt", "He know the answer.\n")
    _, report = check("news/a.txt", "opinion/b.txt")
    assert [d["path"] for d in harper_diagnostics(report)] == ["news/a.txt"]


# --------------------------------------------------------------------------- curated defaults


NEWS = (
    "Kataib Hezbollah fighters met the taskforce, codenamed Ceja, on Tuesday. "
    "The flag is red, white and blue. "
    "In a move to reassert control over the party's seven senators, the national executive last night "
    "rejected the senator's bid to become interim leader, in favour of another senator, a supporter of the "
    "deposed leader and an outspoken gay rights activist. "
    "The talks are under way.  The Saudi Press Agency quoted AMP's chief on the damage to lives.\n"
)


def test_curated_defaults_leave_edited_news_alone():
    write(".editlint.yaml", "harper: true\n")
    write("draft.txt", NEWS)
    _, report = check("draft.txt")
    assert harper_diagnostics(report) == []


def test_the_rules_editlint_switches_off_do_fire_when_switched_on():
    # The same text with Harper's own defaults: the quiet above is the
    # curated list's doing, not Harper missing these.
    switches = "\n".join(f"    {name}: on" for name in harper_kind.NEWS_DEFAULTS)
    write(".editlint.yaml", f"harper:\n  rules:\n{switches}\n")
    write("draft.txt", NEWS)
    _, report = check("draft.txt")
    by_rule: dict[str, list[str]] = {}
    for rule, *_, match in found(report):
        by_rule.setdefault(rule, []).append(match)
    assert "Kataib" in by_rule["harper.SpellCheck"]
    assert "Hezbollah" not in by_rule["harper.SpellCheck"]
    assert by_rule["harper.OxfordComma"] == ["white"]
    assert "taskforce" in by_rule["harper.SplitWords"]
    assert "harper.LongSentences" in by_rule


def test_spelling_is_left_to_editlint():
    write(".editlint.yaml", "harper: true\n")
    write("draft.txt", "Kataib Hezbollah said the Askari brigade would respond.\n")
    _, report = check("draft.txt")
    assert harper_diagnostics(report) == []


def test_no_oxford_comma_lint_by_default_and_one_when_switched_on():
    write("draft.txt", "The flag is red, white and blue.\n")
    write(".editlint.yaml", "harper: true\n")
    _, report = check("draft.txt")
    assert harper_diagnostics(report) == []
    write(".editlint.yaml", "harper:\n  rules:\n    OxfordComma: on\n")
    _, report = check("draft.txt")
    assert found(report) == [("harper.OxfordComma", 1, 18, 1, 23, "white")]
    assert harper_diagnostics(report)[0]["suggestions"] == ["white,"]


def test_a_rule_on_by_default_can_be_switched_off():
    write("draft.txt", "He know it and ate a apple.\n")
    write(".editlint.yaml", "harper:\n  rules:\n    AnA: off\n")
    _, report = check("draft.txt")
    assert rules_found(report) == {AGREEMENT}


def test_switches_given_under_rules_in_the_config_work_too():
    write("draft.txt", "He know it and ate a apple. The flag is red, white and blue.\n")
    write(".editlint.yaml", "harper: true\nrules:\n  harper:\n    rules: {AnA: off, OxfordComma: on}\n")
    _, report = check("draft.txt")
    assert rules_found(report) == {AGREEMENT, "harper.OxfordComma"}


def test_switching_one_rule_keeps_the_other_curated_defaults():
    # set_lint_config replaces Harper's whole configuration: switching
    # OxfordComma on must not bring SpellCheck back.
    write("draft.txt", "Kataib fighters waved red, white and blue flags.\n")
    write(".editlint.yaml", "harper:\n  rules:\n    OxfordComma: on\n")
    _, report = check("draft.txt")
    assert rules_found(report) == {"harper.OxfordComma"}


def test_curated_defaults_name_real_harper_rules():
    known = harper_py.get_default_lint_config()
    assert set(harper_kind.NEWS_DEFAULTS) <= set(known)
    # Each one switches off a rule Harper has on.
    assert all(known[name] for name in harper_kind.NEWS_DEFAULTS)
    assert not any(harper_kind.NEWS_DEFAULTS.values())


# --------------------------------------------------------------------------- option errors


def test_an_unknown_harper_rule_is_a_config_error_with_did_you_mean():
    write(".editlint.yaml", "harper:\n  rules:\n    AnA: off\n    OxfordComa: on\n")
    write("draft.txt", "He know the answer.\n")
    result = cli("check", "draft.txt")
    assert result.exit_code == 2
    assert '.editlint.yaml:2: rule harper: unknown Harper rule "OxfordComa" (did you mean "OxfordComma"?)' in (
        result.stderr
    )


def test_an_unknown_harper_rule_under_rules_names_that_line():
    write(".editlint.yaml", "language: en-GB\nharper: true\nrules:\n  harper:\n    rules: {PronounVerbAgreemnt: off}\n")
    write("draft.txt", "He know the answer.\n")
    result = cli("check", "draft.txt")
    assert result.exit_code == 2
    assert (
        '.editlint.yaml:5: rule harper: unknown Harper rule "PronounVerbAgreemnt" (did you mean "PronounVerbAgreement"?)'
        in (result.stderr)
    )


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("  rules:\n    AnA: maybe\n", 'option "rules": value of "AnA" must be true or false (or on/off)'),
        ("  rules: [AnA]\n", 'option "rules" must be a mapping'),
        ("  language: en-NZ\n", 'option "language" must be one of en-US, en-GB, en-AU, en-CA'),
        ("  on_unavailable: ignore\n", 'option "on_unavailable" must be one of error, warn'),
        ("  dialect: en-GB\n", 'unknown option "dialect"'),
    ],
)
def test_bad_options_are_config_errors(setting, message):
    write(".editlint.yaml", "harper:\n" + setting)
    write("draft.txt", "He know the answer.\n")
    result = cli("check", "draft.txt")
    assert result.exit_code == 2
    assert f".editlint.yaml:2: rule harper: {message}" in result.stderr


def test_rule_switches_may_be_yaml_booleans():
    write("draft.txt", "He know it and ate a apple. The flag is red, white and blue.\n")
    write(".editlint.yaml", "harper:\n  rules:\n    AnA: false\n    OxfordComma: true\n")
    _, report = check("draft.txt")
    assert rules_found(report) == {AGREEMENT, "harper.OxfordComma"}


# --------------------------------------------------------------------------- language


SPELLING_ON = "  rules:\n    SpellCheck: on\n"


@pytest.mark.parametrize(
    ("config", "flagged"),
    [
        ("harper:\n" + SPELLING_ON, ["colour", "organisation"]),
        ("language: en-US\nharper:\n" + SPELLING_ON, ["colour", "organisation"]),
        ("language: en-GB\nharper:\n" + SPELLING_ON, ["color"]),
        ("language: en-AU\nharper:\n" + SPELLING_ON, ["color"]),
        # Canadian: "colour" but "organization".
        ("language: en-CA\nharper:\n" + SPELLING_ON, ["organisation", "color"]),
        # A language given under rules: wins over the config's.
        ("language: en-US\nrules:\n  harper: {language: en-GB}\nharper:\n" + SPELLING_ON, ["color"]),
        ("harper:\n  language: en-AU\n" + SPELLING_ON, ["color"]),
    ],
)
def test_language_picks_harpers_dialect(config, flagged):
    write(".editlint.yaml", config)
    write("draft.txt", "The colour of the organisation. The color of the organization.\n")
    _, report = check("draft.txt")
    assert [match for *_, match in found(report)] == flagged


def test_vocabulary_reaches_harpers_spelling_when_it_is_switched_on():
    write(".editlint.yaml", "vocab:\n  accept: [Kataib]\nharper:\n" + SPELLING_ON)
    write("draft.txt", "Kataib and Askari met.\n")
    _, report = check("draft.txt")
    assert [match for *_, match in found(report)] == ["Askari"]


# --------------------------------------------------------------------------- the Linter, once


def test_the_linter_is_built_once_per_configuration(monkeypatch):
    built = []
    real = harper_py.Linter

    def counting(*args):
        built.append(args)
        return real(*args)

    monkeypatch.setattr(harper_kind, "_linters", {})
    monkeypatch.setattr(harper_py, "Linter", counting)
    write(".editlint.yaml", "harper: true\n")
    write("drafts/a.txt", "He know the answer.\n")
    write("drafts/b.txt", "She know the answer.\n")
    write("drafts/gb/.editlint.yaml", "language: en-GB\nharper: true\n")
    write("drafts/gb/c.txt", "They was here.\n")
    write("drafts/gb/d.txt", "He know it.\n")
    result, report = check("drafts")
    assert report["errors"] == [], result.stderr
    assert len(harper_diagnostics(report)) == 4
    assert built == [(harper_py.Dialect.AMERICAN,), (harper_py.Dialect.BRITISH,)]


# --------------------------------------------------------------------------- harper-py missing


@pytest.fixture
def without_harper(monkeypatch):
    """As if harper-py were not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "harper", None)


def test_missing_harper_py_is_an_error_by_default(without_harper):
    write(".editlint.yaml", "harper: true\n")
    write("a.txt", "He know the the answer.\n")
    write("b.txt", "He know it.\n")
    result, report = check("a.txt", "b.txt")
    assert result.exit_code == 2
    missing = "harper-py is not installed: pip install 'editlint[harper]'"
    assert [(e["path"], e["message"]) for e in report["errors"] if "harper" in e["message"]] == [("harper", missing)]
    assert result.stderr.count("harper-py is not installed: pip install 'editlint[harper]'") == 1
    assert harper_diagnostics(report) == []
    # editlint's own rules still ran.
    assert "style.repeated-word" in [d["rule"] for d in report["diagnostics"]]


def test_missing_harper_py_is_a_note_with_on_unavailable_warn(without_harper):
    write(".editlint.yaml", "harper:\n  on_unavailable: warn\n")
    write("a.txt", "He know the answer.\n")
    write("b.txt", "He know it.\n")
    result = cli("check", "--select", "harper", "a.txt", "b.txt")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("note: harper: harper-py is not installed: pip install 'editlint[harper]'") == 1


def test_missing_harper_py_does_not_hide_option_type_errors(without_harper):
    write(".editlint.yaml", "harper:\n  language: en-NZ\n")
    write("a.txt", "He know the answer.\n")
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert '.editlint.yaml:2: rule harper: option "language" must be one of' in result.stderr


def test_harper_is_not_imported_with_editlint():
    import subprocess

    code = "import sys, editlint.cli, editlint.kinds, editlint.workspace; print('harper' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
