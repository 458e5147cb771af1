"""--unsafe-fixes results read as an editor would write them: words a fix
drops take their punctuation with them, and deleting a related-stories
heading deletes what its message says (the heading and the story lines
under it), never more."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")

# A house rule that deletes web wording inside sentences, to show what a
# deleting fix leaves around the words it deletes.
HOUSE = """\
rules:
  - id: house.click-here
    kind: existence
    tokens: [click here, sign up for our newsletter]
    suggest: [""]
    message: Web wording
"""


def fix_unsafe(draft: str, name: str = "draft.md") -> str:
    write(name, draft, dedent=False)
    result = cli("check", "--fix", "--unsafe-fixes", "--no-cache", name)
    assert result.exit_code in (0, 1), result.output
    return Path(name).read_text(encoding="utf-8")


def test_and_also_loses_its_comma_with_also():
    # The case: "And also, the end result" became "And, the result".
    assert fix_unsafe("# Plan\n\nAnd also, the end result was good.\n") == "# Plan\n\nAnd the result was good.\n"


def test_a_comma_that_the_kept_word_takes_stays():
    # "first and foremost" keeps "first", which takes the comma the phrase had.
    assert fix_unsafe("# Plan\n\nFirst and foremost, we thank you.\n") == "# Plan\n\nFirst, we thank you.\n"
    assert fix_unsafe("# Plan\n\nThe end result, sadly, was a draw.\n") == "# Plan\n\nThe result, sadly, was a draw.\n"


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        ("Click here, the report says.", "The report says."),
        ("The report, click here, is long.", "The report is long."),
        ("For more, click here.", "For more."),
        ("Read it. Click here. Then go.", "Read it. Then go."),
        ("Read it. Click here", "Read it."),
        ("Sign up for our newsletter to read more.", "To read more."),
        ("It ended. “Yes.” Click here, the report says.", "It ended. “Yes.” The report says."),
        ("He left and click here went on.", "He left and went on."),
    ],
    ids=["sentence-start", "between-commas", "before-full-stop", "whole-sentence", "end-of-block",
         "capital-passed-on", "after-a-quote", "mid-sentence"],
)  # fmt: skip
def test_words_deleted_take_their_punctuation(sentence, fixed):
    write(".editlint.yaml", "rulesets: [./house]\n")
    write("house/rules.yaml", HOUSE)
    assert fix_unsafe(f"# Plan\n\n{sentence}\n") == f"# Plan\n\n{fixed}\n"


def test_keep_reading_goes_with_the_linked_stories_under_it():
    draft = (
        "# Bridge Opens\n\nThe bridge opened on Monday.\n\n## Keep Reading\n\n"
        "- [Council votes on bridge](https://example.com/a)\n- [Mayor resigns](https://example.com/b)\n\n"
        "The next paragraph is real news about the bridge.\n"
    )
    assert fix_unsafe(draft) == (
        "# Bridge Opens\n\nThe bridge opened on Monday.\n\nThe next paragraph is real news about the bridge.\n"
    )


def test_keep_reading_in_plain_text_keeps_the_section_heading_before_prose():
    # As in the seed draft: two other stories' headlines, then the draft's own next subheading.
    draft = (
        "Militia Threat Grows\n\nThe militia fired rockets on Friday.\n\nKeep Reading\n\n"
        "North Korea Hackers Steal Data on Laser Weapons\n\n"
        "Corruption Plagues Ukraine Defense Ministry, More Funds\n\n"
        "US Knows Its Limits in Iraq\n\nMichael Knights says the US will not escalate.\n"
    )
    assert fix_unsafe(draft, "draft.txt") == (
        "Militia Threat Grows\n\nThe militia fired rockets on Friday.\n\n"
        "US Knows Its Limits in Iraq\n\nMichael Knights says the US will not escalate.\n"
    )


def test_keep_reading_never_takes_a_paragraph():
    draft = "# Bridge\n\nKeep Reading\n\nThe council said on Monday that the bridge would open in May.\n"
    assert fix_unsafe(draft) == "# Bridge\n\nThe council said on Monday that the bridge would open in May.\n"


def test_keep_reading_stops_at_a_heading_as_high_as_itself():
    draft = (
        "# Bridge\n\nIt opened.\n\n## Related Stories\n\n### Council votes on bridge\n\n"
        "### Mayor resigns\n\n## Traffic\n\nTraffic fell by half.\n"
    )
    assert fix_unsafe(draft) == "# Bridge\n\nIt opened.\n\n## Traffic\n\nTraffic fell by half.\n"


def test_keep_reading_at_the_end_of_a_draft_takes_every_story_line():
    draft = "# Bridge\n\nIt opened.\n\nKeep Reading\n\nCouncil votes on bridge\n\nMayor resigns\n"
    assert fix_unsafe(draft) == "# Bridge\n\nIt opened.\n"


def test_keep_reading_stops_at_a_label_and_at_what_is_not_a_block():
    # "Share:" is other residue, with its own finding; an HTML comment is no block: both end the run.
    draft = "# Bridge\n\nIt opened.\n\nKeep Reading\n\n- [Council votes](https://example.com/a)\n\nShare:\n"
    assert fix_unsafe(draft) == "# Bridge\n\nIt opened.\n"
    draft = (
        "# Bridge\n\nIt opened.\n\nKeep Reading\n\n- [Council votes](https://example.com/a)\n\n"
        "<!-- photo -->\n\n- [Mayor resigns](https://example.com/b)\n"
    )
    assert fix_unsafe(draft) == "# Bridge\n\nIt opened.\n\n<!-- photo -->\n\n- [Mayor resigns](https://example.com/b)\n"
