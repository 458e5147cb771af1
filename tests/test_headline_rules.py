"""The shipped headline rules (rules/headline/) end to end, through the
command line and its JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from helpers import cli, write

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"

pytestmark = pytest.mark.usefixtures("in_tmp")


def run(*args: str) -> dict:
    result = cli("--format", "json", "--select", "headline", *args)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["errors"] == []
    return report


def found(report: dict, rule: str | None = None) -> list[tuple]:
    """(path, line, column, end_line, end_column, rule, match) of each diagnostic."""
    return [
        (d["path"], d["line"], d["column"], d["end_line"], d["end_column"], d["rule"], d["match"])
        for d in report["diagnostics"]
        if rule is None or d["rule"] == rule
    ]


def found_dicts(report: dict, rule: str) -> list[dict]:
    return [d for d in report["diagnostics"] if d["rule"] == rule]


def diagnostic(report: dict, rule: str) -> dict:
    (only,) = [d for d in report["diagnostics"] if d["rule"] == rule]
    return only


# --------------------------------------------------------------------------- the seed draft

needs_seed = pytest.mark.skipif(not (SEED / "expected.yaml").is_file(), reason="the shared seed draft is absent")


@pytest.fixture
def seed() -> tuple[dict, dict, str]:
    expected = yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))
    path = SEED / expected["file"]
    return expected, run(str(path)), path.read_text(encoding="utf-8")


@needs_seed
def test_seed_headline_must_finds_are_reported_at_their_exact_positions(seed):
    expected, report, _ = seed
    wanted = [item for item in expected["must_find"] if item["family"] == "headline"]
    assert len(wanted) == 2
    for item in wanted:
        hits = [
            d
            for d in report["diagnostics"]
            if d["line"] == item["line"] and d["column"] == item["column"] and d["match"] == item["text"]
        ]
        assert hits, f"not reported: {item}"
        assert all(d["rule"].startswith("headline.") for d in hits)


@needs_seed
def test_seed_repeated_headline_covers_line_3_and_its_fix_deletes_it(seed):
    _, report, article = seed
    repeat = diagnostic(report, "headline.duplicate")
    assert (repeat["line"], repeat["column"], repeat["end_line"], repeat["end_column"]) == (3, 1, 3, 49)
    assert repeat["severity"] == "error"
    assert repeat["suggestions"] == [""]
    assert repeat["fix"]["applicability"] == "safe"
    assert repeat["fix"]["edits"] == [{"line": 3, "column": 1, "end_line": 5, "end_column": 1, "replacement": ""}]
    assert "line 1" in repeat["message"]


@needs_seed
def test_seed_its_is_reported_with_its_capital_and_nothing_else_in_its_headings(seed):
    _, report, _ = seed
    caps = [d for d in report["diagnostics"] if d["rule"] == "headline.capitalization"]
    assert [(d["line"], d["column"], d["end_column"], d["match"], d["suggestions"]) for d in caps] == [
        (25, 9, 12, "its", ["Its"])
    ]
    # The two headings that mix AP's "from" and Chicago's are left alone.
    assert not any(d["line"] in (1, 3, 11) for d in report["diagnostics"] if d["rule"] != "headline.duplicate")


@needs_seed
def test_seed_no_headline_finding_covers_a_correct_word(seed):
    expected, report, article = seed
    lines = article.split("\n")
    for d in report["diagnostics"]:
        assert d["line"] == d["end_line"]
        line = lines[d["line"] - 1]
        start, end = d["column"] - 1, d["end_column"] - 1
        for word in expected["must_not_flag"]:
            at = line.find(word)
            while at != -1:
                assert end <= at or start >= at + len(word), f"{d['rule']} covers {word!r}: {d['message']}"
                at = line.find(word, at + 1)


# --------------------------------------------------------------------------- repeats in one draft


def test_markdown_front_matter_title_repeated_as_h1():
    write("story.md", "---\ntitle: Storm Hits Coast\n---\n\n# Storm Hits Coast\n\nThe storm hit on Monday.\n")
    report = run("story.md")
    assert found(report) == [("story.md", 5, 3, 5, 19, "headline.duplicate", "Storm Hits Coast")]
    edit = diagnostic(report, "headline.duplicate")["fix"]["edits"][0]
    assert (edit["line"], edit["column"], edit["end_line"], edit["end_column"]) == (5, 1, 7, 1)


def test_plain_text_headline_repeated():
    write("story.txt", "Storm Hits Coast\n\nstorm hits coast\n\nThe storm hit on Monday.\n")
    report = run("story.txt")
    assert found(report) == [("story.txt", 3, 1, 3, 17, "headline.duplicate", "storm hits coast")]
    assert report["summary"]["exit_code"] == 1


def test_near_duplicate_and_repeated_subheading_are_warnings():
    write(
        "story.md",
        "# Militia Vows to Expel US Forces From Iraq\n\n## Militia Vows to Drive US Forces From Iraq\n\n"
        "Text.\n\n## Reaction\n\nText.\n\n## Reaction\n\nText.\n",
    )
    report = run("story.md")
    assert found(report) == [
        ("story.md", 3, 4, 3, 45, "headline.near-duplicate", "Militia Vows to Drive US Forces From Iraq"),
        ("story.md", 11, 4, 11, 12, "headline.duplicate-subheading", "Reaction"),
    ]
    assert {d["severity"] for d in report["diagnostics"]} == {"warning"}
    assert report["summary"]["exit_code"] == 0


def test_long_headline_and_final_full_stop():
    long = "Iraqi Militia Groups Angry About Israel's Conduct in Gaza Vow to Keep Attacking US Forces Until They Leave"
    write("long.md", f"# {long}\n\n## Reaction follows.\n")
    report = run("long.md")
    assert [(d["rule"], d["line"], d["match"]) for d in report["diagnostics"]] == [
        ("headline.length", 1, long),
        ("headline.final-period", 3, "."),
    ]
    assert f"{len(long)} characters and 18 words" in diagnostic(report, "headline.length")["message"]


# --------------------------------------------------------------------------- case styles


TITLE_AP = "# Militia Vows to Expel US Forces From Iraq\n\n## Talks With Iran Stall\n"
TITLE_CHICAGO = "# Militia Vows to Expel US Forces from Iraq\n\n## Talks with Iran Stall\n"
MIXED = "# Militia Vows to Expel US Forces from Iraq\n\n## Talks With Iran Stall\n"
SENTENCE = "# Militia vows to expel US forces from Iraq\n\n## Talks with Iran stall\n"


def configure(style: str) -> None:
    write(".editlint.yaml", f"rules:\n  headline.capitalization: {{style: {style}}}\n")


def case_findings(path: str) -> list[tuple[int, str, list[str]]]:
    report = run(path)
    return [
        (d["line"], d["match"], d["suggestions"])
        for d in report["diagnostics"]
        if d["rule"] == "headline.capitalization"
    ]


def test_ap_title_case_configured():
    configure("title-ap")
    write("ap.md", TITLE_AP)
    write("chicago.md", TITLE_CHICAGO)
    assert case_findings("ap.md") == []
    assert case_findings("chicago.md") == [(1, "from", ["From"]), (3, "with", ["With"])]


def test_chicago_title_case_configured():
    configure("title-chicago")
    write("ap.md", TITLE_AP)
    write("chicago.md", TITLE_CHICAGO)
    assert case_findings("chicago.md") == []
    assert case_findings("ap.md") == [(1, "From", ["from"]), (3, "With", ["with"])]


def test_sentence_case_configured():
    configure("sentence")
    write("sentence.md", SENTENCE)
    write("title.md", "# Jihadist Group Vows to Expel US Forces from Iraq\n\n## Talks With Iran Stall\n")
    assert case_findings("sentence.md") == []
    assert case_findings("title.md") == [
        (1, "Jihadist Group Vows to Expel US Forces from Iraq", ["Jihadist group vows to expel US forces from Iraq"]),
        (3, "With", ["with"]),
        (3, "Stall", ["stall"]),
    ]


def test_majority_title_case_accepts_ap_and_chicago_mixed():
    write("mixed.md", MIXED + "\n## Abu Ali al-Askari Warns of New Phase\n\n## US Know its Limits\n")
    assert case_findings("mixed.md") == [(7, "its", ["Its"])]


def test_majority_sentence_case():
    write(
        "story.md",
        SENTENCE + "\n## Attacks have intensified\n\n## Kataib Hezbollah Warns Of Attacks\n\n"
        "## What The Militias Want Now\n\nKataib Hezbollah said so.\n",
    )
    assert case_findings("story.md") == [
        (7, "Kataib Hezbollah Warns Of Attacks", ["Kataib Hezbollah warns of attacks"]),
        (9, "What The Militias Want Now", ["What the militias want now"]),
    ]


# --------------------------------------------------------------------------- across drafts


def test_two_drafts_with_one_headline_name_each_other():
    write("a.md", "# Storm Hits Coast\n\nThe storm hit on Monday.\n")
    write("b.txt", "Storm hits coast\n\nA second story on the storm.\n")
    report = run("a.md", "b.txt")
    assert found(report, "headline.duplicate") == []  # in-draft repeats only
    found_across = found(report, "headline.duplicate-across-drafts")
    assert found_across == [
        ("a.md", 1, 3, 1, 19, "headline.duplicate-across-drafts", "Storm Hits Coast"),
        ("b.txt", 1, 1, 1, 17, "headline.duplicate-across-drafts", "Storm hits coast"),
    ]
    for d in report["diagnostics"]:
        assert "a.md" in d["message"] and "b.txt" in d["message"], d["message"]
        assert d["fix"] is None
        # Two drafts may share a headline for a reason: a warning, not an error.
        assert d["severity"] == "warning"


def test_three_drafts_two_sharing_a_headline():
    write("drafts/a.md", "# Storm Hits Coast\n\nText.\n")
    write("drafts/b.md", "# Floods Close Roads\n\nText.\n")
    write("drafts/c.md", "---\ntitle: Storm Hits Coast\n---\n\nText.\n")
    report = run("drafts")
    paths = sorted({d["path"] for d in found_dicts(report, "headline.duplicate-across-drafts")})
    assert paths == ["drafts/a.md", "drafts/c.md"]
    for d in found_dicts(report, "headline.duplicate-across-drafts"):
        assert "drafts/a.md" in d["message"] and "drafts/c.md" in d["message"]
        assert "drafts/b.md" not in d["message"]
    assert report["summary"]["files_with_diagnostics"] == 2


def test_across_drafts_can_be_switched_off_or_suppressed_in_a_draft():
    write("a.md", "# Storm Hits Coast\n")
    write("b.md", "<!-- editlint-disable-next-line headline.duplicate-across-drafts -->\n# Storm Hits Coast\n")
    report = run("a.md", "b.md")
    assert [d["path"] for d in report["diagnostics"]] == ["a.md"]
    # (Without --select, which would switch the rule back on.)
    write(".editlint.yaml", "rules:\n  headline.duplicate-across-drafts: off\n")
    assert json.loads(cli("--format", "json", "a.md", "b.md").stdout)["diagnostics"] == []
    # A newsroom that wants the old behaviour: one rule, an error, across drafts too.
    write(
        ".editlint.yaml",
        "rules:\n  headline.duplicate-across-drafts: off\n  headline.duplicate: {across_drafts: true}\n",
    )
    report = json.loads(cli("--format", "json", "a.md", "b.md").stdout)
    assert [(d["path"], d["rule"], d["severity"]) for d in report["diagnostics"]] == [
        ("a.md", "headline.duplicate", "error"),
        ("b.md", "headline.duplicate", "error"),  # its comment names the other rule
    ]


def test_one_draft_alone_has_nothing_to_compare():
    write("a.md", "# Storm Hits Coast\n\nText.\n")
    assert run("a.md")["diagnostics"] == []
