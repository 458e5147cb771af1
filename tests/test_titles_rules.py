"""The titles rules (rules/titles/titles.yaml) through the real command line:
JSON positions, suggestions and fixes, configs, and the seed draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


def check(
    draft: str, config: str | None = None, *, name: str = "draft.md", select: str | None = "titles"
) -> list[dict]:
    """The diagnostics of ``editlint check --format json`` on one draft."""
    if config is not None:
        write(".editlint.yaml", config)
    write(name, draft)
    args = ["check", "--format", "json"]
    if select:
        args += ["--select", select]
    result = cli(*args, name)
    report = json.loads(result.stdout)
    assert report["errors"] == [], report["errors"]
    assert result.exit_code in (0, 1), result.output
    return report["diagnostics"]


def found(diagnostics: list[dict], prefix: str = "titles.") -> list[tuple]:
    return [
        (d["rule"], d["line"], d["column"], d["end_column"], d["match"], d["suggestions"][:1])
        for d in diagnostics
        if d["rule"].startswith(prefix)
    ]


# --------------------------------------------------------------------------- the rule files


def test_check_rules_passes_with_two_examples_each():
    result = cli("check-rules", str(ROOT / "rules" / "titles"), "--min-examples", "2")
    assert result.exit_code == 0, result.output
    assert "0 example failure(s)" in result.output


def test_the_rules_are_listed_with_lowercase_alone_off():
    result = cli("rules")
    assert result.exit_code == 0, result.output
    for rule_id in (
        "titles.capitalized-before-name", "titles.lowercase-job-description", "titles.lowercase-after-name",
        "titles.inconsistent-title", "titles.surname-on-second-reference",
    ):  # fmt: skip
        assert rule_id in result.output
    (alone,) = [line for line in result.output.splitlines() if line.startswith("titles.lowercase-alone ")]
    assert alone.split()[2:4] == ["suggestion", "off"]


def test_the_title_list_is_written_once_and_shared():
    rules = yaml.safe_load((ROOT / "rules" / "titles" / "titles.yaml").read_text(encoding="utf-8"))["rules"]
    lists = [r["titles"] for r in rules]
    assert all(titles == lists[0] for titles in lists)
    assert {"President", "Prime Minister", "Secretary of State", "Defence Minister", "Treasurer"} <= set(lists[0])
    assert "spokesman" in rules[0]["descriptive"] and "Spokesman" not in lists[0]


# --------------------------------------------------------------------------- positions, suggestions, fixes


def test_before_name_after_name_and_job_description_with_exact_positions():
    draft = (
        "The plan was welcomed by president Macron on Tuesday.\n"
        "\n"
        "Antony Blinken, the Secretary of State, said White House Spokesman Ari Fleischer agreed.\n"
    )
    assert found(check(draft)) == [
        ("titles.capitalized-before-name", 1, 26, 35, "president", ["President"]),
        ("titles.lowercase-after-name", 3, 21, 39, "Secretary of State", ["secretary of state"]),
        ("titles.lowercase-job-description", 3, 58, 67, "Spokesman", ["spokesman"]),
    ]


def test_messages_and_severities():
    draft = "They met prime minister Anthony Albanese.\n"
    (d,) = check(draft)
    assert d["rule"] == "titles.capitalized-before-name"
    assert d["severity"] == "suggestion"  # house style: AP capitalises, British papers do not
    assert d["message"] == 'A title directly before a name is capitalised: "Prime Minister Anthony Albanese"'
    assert d["fix"]["applicability"] == "unsafe"
    assert d["fix"]["edits"] == [
        {"line": 1, "column": 10, "end_line": 1, "end_column": 24, "replacement": "Prime Minister"}
    ]


def test_unsafe_fixes_rewrite_the_draft():
    write(
        "draft.md",
        "The base was visited by defence minister Richard Marles. Marles, the Defence Minister, left.\n",
    )
    result = cli("check", "--select", "titles", "--fix", "--unsafe-fixes", "draft.md")
    assert result.exit_code == 0, result.output
    assert Path("draft.md").read_text(encoding="utf-8") == (
        "The base was visited by Defence Minister Richard Marles. Marles, the defence minister, left.\n"
    )


def test_plain_text_drafts_are_checked_too():
    draft = "Talks Resume\n\nTalks with secretary of state Antony Blinken ended early.\n"
    assert found(check(draft, name="draft.txt")) == [
        ("titles.capitalized-before-name", 3, 12, 30, "secretary of state", ["Secretary of State"]),
    ]


def test_headings_and_sentence_starts():
    draft = (
        "# President Macron's Visit Ends\n"
        "\n"
        "## Talks With the President\n"
        "\n"
        "President Macron's visit ended. Prime Minister Anthony Albanese said so.\n"
    )
    assert found(check(draft)) == []


def test_two_titles_for_one_person():
    draft = "Prime Minister Anthony Albanese said the deal was done.\n\nTreasurer Anthony Albanese did not agree.\n"
    diagnostics = check(draft, select="titles.inconsistent-title")
    assert found(diagnostics) == [("titles.inconsistent-title", 3, 1, 10, "Treasurer", ["Prime Minister"])]
    assert diagnostics[0]["message"] == 'Anthony Albanese is given the title "Prime Minister" elsewhere in this draft'


# --------------------------------------------------------------------------- the surname on second reference


def test_surname_on_second_reference():
    draft = (
        "Stephanie Savell, a researcher, said militias were angry.\n"
        "\n"
        "Later Stephanie Savell said the risk was high, and Ms Stephanie Savell's report agreed.\n"
    )
    diagnostics = check(draft, select="titles.surname-on-second-reference")
    assert found(diagnostics) == [
        ("titles.surname-on-second-reference", 3, 7, 23, "Stephanie Savell", ["Savell"]),
        ("titles.surname-on-second-reference", 3, 52, 73, "Ms Stephanie Savell's", ["Savell's"]),
    ]
    assert diagnostics[0]["severity"] == "suggestion"
    assert diagnostics[0]["message"] == 'Stephanie Savell was named in full before: use "Savell" on later references'


def test_keep_courtesy_from_the_config():
    draft = "Stephanie Savell, a researcher, said it.\n\nMs Stephanie Savell said more.\n"
    config = "rules:\n  titles.surname-on-second-reference: {keep_courtesy: true}\n"
    assert found(check(draft, config)) == [
        ("titles.surname-on-second-reference", 3, 4, 20, "Stephanie Savell", ["Savell"]),
    ]


def test_surname_not_in_quotes_headings_captions_or_for_shared_surnames():
    draft = (
        "---\n"
        "caption: Stephanie Savell at work\n"
        "---\n"
        "\n"
        "# Stephanie Savell on Militias\n"
        "\n"
        "Stephanie Savell, a researcher, said militias were angry.\n"
        "\n"
        "“Stephanie Savell is right,” a colleague said.\n"
        "\n"
        "John Howard said it. Janette Howard, his wife, agreed. John Howard then left.\n"
    )
    assert found(check(draft)) == []


# --------------------------------------------------------------------------- one name, one report


def test_a_name_spelt_two_ways_is_reported_by_one_rule():
    draft = (
        "Stephanie Savell, a researcher, said it. Muammar Gaddafi said he would stay.\n"
        "\n"
        "Stephanie Savel added more. Critics of Muammar Kaddafi said he would not.\n"
    )
    diagnostics = check(draft, select="titles,spelling")
    assert "titles.name-spelling" not in {d["rule"] for d in diagnostics}  # retired: spelling.name-variant's
    by_line_3 = [(d["rule"], d["match"]) for d in diagnostics if d["line"] == 3]
    # "Savel" beside "Savell": the word; "Kaddafi" (a different first letter,
    # which the word-by-word comparison does not make): the full name.
    assert by_line_3 == [("spelling.name-variant", "Savel"), ("spelling.name-variant", "Muammar Kaddafi")]
    (kaddafi,) = [d for d in diagnostics if d["match"] == "Muammar Kaddafi"]
    assert (kaddafi["line"], kaddafi["column"], kaddafi["end_column"]) == (3, 40, 55)
    assert kaddafi["suggestions"] == ["Muammar Gaddafi"]


def test_full_names_with_hyphens_and_inner_capitals():
    draft = (
        "Senator Natasha Stott Despoja said she would resign. Ray McDonald said it.\n"
        "\n"
        "Natasha Stott-Despoja then left. A lawyer for Ray MacDonald declined.\n"
    )
    assert found(check(draft, select="titles,spelling"), "spelling.name-variant") == [
        ("spelling.name-variant", 3, 1, 22, "Natasha Stott-Despoja", ["Natasha Stott Despoja"]),
        ("spelling.name-variant", 3, 47, 60, "Ray MacDonald", ["Ray McDonald"]),
    ]


# --------------------------------------------------------------------------- configuring


def test_lowercase_alone_is_off_by_default_and_a_config_turns_it_on():
    draft = "The President said the talks would resume.\n"
    assert found(check(draft, select=None)) == []
    config = "rules:\n  titles.lowercase-alone: on\n"
    assert found(check(draft, config, select=None)) == [
        ("titles.lowercase-alone", 1, 5, 14, "President", ["president"]),
    ]


def test_a_newsroom_extends_the_title_list_from_its_config():
    draft = "The report was praised by ombudsman Deborah Glass.\n"
    assert found(check(draft)) == []
    config = 'rules:\n  "titles.*": {extra_titles: [Ombudsman]}\n'
    assert found(check(draft, config)) == [
        ("titles.capitalized-before-name", 1, 27, 36, "ombudsman", ["Ombudsman"]),
    ]


def test_ap_style_modifiers_from_the_config():
    draft = "Queensland senator Andrew Bartlett has launched a bid.\n"
    assert found(check(draft)) == []
    config = "rules:\n  titles.capitalized-before-name: {after_modifier: true}\n"
    assert found(check(draft, config)) == [
        ("titles.capitalized-before-name", 1, 12, 19, "senator", ["Senator"]),
    ]


def test_a_bad_option_in_the_config_is_an_error():
    write(".editlint.yaml", "rules:\n  titles.capitalized-before-name: {extra_title: [Ombudsman]}\n")
    write("draft.md", "Text.\n")
    result = cli("check", "draft.md")
    assert result.exit_code == 2
    assert 'did you mean "extra_titles"' in result.output


# --------------------------------------------------------------------------- the seed draft


@pytest.fixture
def seed() -> tuple[str, dict]:
    article = SEED / "article.txt"
    if not article.is_file() or not (SEED / "expected.yaml").is_file():
        pytest.skip(f"the shared seed draft is not available ({article})")
    return article.read_text(encoding="utf-8"), yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))


def test_seed_no_titles_finding_covers_a_must_not_flag_word(seed):
    text, expected = seed
    diagnostics = check(text, name="article.txt", select=None)
    titles = [d for d in diagnostics if d["rule"].startswith("titles.")]
    lines = text.split("\n")
    for d in titles:
        covered = lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1] if d["line"] == d["end_line"] else ""
        for word in expected["must_not_flag"]:
            assert word not in covered, f"{d['rule']} covers {word!r}: {d}"
    # The seed's titles are all right: "The US Secretary of State spokesperson
    # Matthew Miller" (a title used as a modifier) and "Sabrina Singh, the
    # deputy Pentagon press secretary" (lower case after the name).
    assert titles == []


def test_seed_with_every_titles_rule_on(seed):
    text, _ = seed
    assert found(check(text, name="article.txt", select="titles")) == []


def test_seed_with_the_errors_a_sub_editor_would_make(seed):
    text, _ = seed
    text = text.replace(
        "The US Secretary of State spokesperson Matthew Miller said",
        "The US Secretary of State spokesperson Matthew Miller said, with secretary of state Antony Blinken,",
    )
    text = text.replace(
        "Sabrina Singh, the deputy Pentagon press secretary,", "Sabrina Singh, the deputy Pentagon Press Secretary,"
    )
    text = text.replace("But the US hasn’t", "Stephanie Savell said the US hasn’t")
    rules = {(d["rule"], d["match"]) for d in check(text, name="article.txt", select="titles")}
    assert rules == {
        ("titles.capitalized-before-name", "secretary of state"),
        ("titles.lowercase-after-name", "Press Secretary"),
        ("titles.surname-on-second-reference", "Stephanie Savell"),
    }
