"""Load, scaled down: many drafts in one run, and one long draft.

benchmarks/load.py measures 5,000 drafts and a 5 MB draft against the time
and memory targets; these tests run the same code paths on sizes CI can
afford (600 drafts in two worker processes, a draft of about 1 MB, a
paragraph of 200 kB) and assert what the run gives: its exit code, no
errors, every draft reported, every finding at its place. Timing is never
asserted here.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

# A news story in eight paragraphs, written for these tests: names, titles,
# quotations and numbers, so the title, quote and spelling rules have work.
# Checked alone it gives no finding.
PARAGRAPHS = [
    "Floodwaters rose through the night across the river towns of the north, and emergency crews moved "
    "more than 2,000 residents to higher ground before dawn on Saturday.",
    '"We have never seen the river this high," Mayor Jane Ellis said. "Every crew we have is out there."',
    "The Bureau of Meteorology warned that another 80 millimetres of rain could fall by Monday, with the "
    "heaviest falls expected in the ranges west of the coast.",
    "Premier Tom Walsh said the state government would open three more evacuation centres and pay grants "
    "of $1,000 to families forced from their homes.",
    "Walsh told reporters the army had been asked to help with sandbagging in the lowest streets of the town centre.",
    "Farmers upstream said they had lost hundreds of cattle, and several bridges on the main highway were "
    "closed while engineers checked them for damage.",
    'Police asked drivers to stay off the roads. "If it is flooded, forget it," Inspector Maria Chen said.',
    "The council said the clean-up would take weeks and urged residents not to return until the water had "
    "fallen and power had been restored.",
]
# The finding planted in each draft (style.repeated-word covers "the the").
PLANTED = "Residents of the lowest streets were told to leave the the area by noon."
REPEATED = "the the"
SUPPRESS = "<!-- editlint-disable-next-line style.repeated-word -->"

DRAFTS = 600
#: The last SHARED_HEADLINE drafts of the archive share a placeholder headline.
SHARED_HEADLINE = 100


def run_editlint(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, dict]:
    """``python -m editlint --format json --no-cache ARGS``, a whole process
    as a newsroom runs it, and its report."""
    result = subprocess.run(
        [sys.executable, "-m", "editlint", "--format", "json", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == ""  # no error, no note, no traceback
    return result, json.loads(result.stdout)


def story(rng: random.Random) -> list[str]:
    """The story's paragraphs in a new order."""
    return rng.sample(PARAGRAPHS, len(PARAGRAPHS))


def place(text: str, line: int, column: int, starts: list[int]) -> int:
    """The offset of a 1-based line and column of ``text`` (LF line ends)."""
    assert 1 <= line <= len(starts), f"line {line} outside the draft's {len(starts)} lines"
    offset = starts[line - 1] + column - 1
    assert starts[line - 1] <= offset <= len(text)
    return offset


def assert_at_their_places(diagnostics: list[dict], texts: dict[str, str]) -> None:
    """Every finding lies within its draft and covers the text it quotes."""
    starts = {path: [0] + [m.end() for m in re.finditer("\n", text)] for path, text in texts.items()}
    for d in diagnostics:
        text = texts[d["path"]]
        start = place(text, d["line"], d["column"], starts[d["path"]])
        end = place(text, d["end_line"], d["end_column"], starts[d["path"]])
        assert start <= end
        assert text[start:end] == d["match"], d


def planted_at(diagnostics: list[dict], path: str) -> list[dict]:
    return [d for d in diagnostics if d["path"] == path and d["rule"] == "style.repeated-word"]


# --------------------------------------------------------------------------- many drafts


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """600 drafts of about 250 words checked in one run with two worker
    processes: each has a finding planted; the last 100 share a headline."""
    root = tmp_path_factory.mktemp("archive")
    rng = random.Random(7)
    texts = {}
    for n in range(1, DRAFTS + 1):
        headline = "Breaking news" if n > DRAFTS - SHARED_HEADLINE else f"River towns evacuated as floods rise ({n})"
        text = f"# {headline}\n\n" + "\n\n".join([*story(rng), PLANTED]) + "\n"
        path = f"drafts/draft-{n:03}.md"
        (root / "drafts").mkdir(exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
        texts[path] = text
    result, report = run_editlint("--jobs", "2", "drafts", cwd=root)
    return result, report, texts


def test_many_drafts_in_worker_processes_are_each_checked(archive):
    result, report, texts = archive
    assert result.returncode == 1  # the planted repeated word is an error
    assert report["errors"] == []
    assert report["summary"]["files"] == DRAFTS
    diagnostics = report["diagnostics"]
    assert {d["path"] for d in diagnostics} == set(texts)
    for path, text in texts.items():
        (found,) = planted_at(diagnostics, path)
        assert found["match"] == REPEATED
        assert found["line"] == text.count("\n")  # the last paragraph
    assert_at_their_places(diagnostics, texts)


def test_a_headline_many_drafts_share_is_reported_in_each_naming_a_few(archive):
    _, report, texts = archive
    duplicates = [d for d in report["diagnostics"] if d["rule"] == "headline.duplicate-across-drafts"]
    shared = sorted(texts)[-SHARED_HEADLINE:]
    assert sorted(d["path"] for d in duplicates) == shared
    for d in duplicates:
        others = [p for p in shared if p != d["path"]][:3]
        assert d["message"] == (
            f'The headline "Breaking news" appears in {SHARED_HEADLINE} drafts: '
            f"{d['path']}, {', '.join(others)} and {SHARED_HEADLINE - 4} others"
        )


# --------------------------------------------------------------------------- one long draft


def test_a_draft_of_a_megabyte(tmp_path):
    """About 1 MB: a section of the story under a subheading, over and over,
    with the planted finding in each section, switched off by a directive in
    every fifth."""
    rng = random.Random(11)
    parts: list[str] = []
    expected: list[int] = []  # where each finding that is not switched off starts
    size = 0  # the parts are joined by a blank line

    def add(part: str) -> None:
        nonlocal size
        parts.append(part)
        size += len(part) + 2

    add("# River towns evacuated as floods rise")
    section = 0
    while size < 1_000_000:
        section += 1
        add(f"## Day {section} of the floods")
        for paragraph in story(rng)[:4]:
            add(paragraph)
        if section % 5 == 0:
            add(f"{SUPPRESS}\n{PLANTED}")
        else:
            expected.append(size + PLANTED.index(REPEATED))
            add(PLANTED)
    text = "\n\n".join(parts) + "\n"
    (tmp_path / "long.md").write_text(text, encoding="utf-8")

    result, report = run_editlint("long.md", cwd=tmp_path)
    assert result.returncode == 1  # the planted repeated words are errors
    assert report["errors"] == []
    diagnostics = report["diagnostics"]
    assert_at_their_places(diagnostics, {"long.md": text})
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = [place(text, d["line"], d["column"], starts) for d in planted_at(diagnostics, "long.md")]
    assert found == expected
    assert len(found) == section - section // 5


def test_one_paragraph_of_200_kilobytes(tmp_path):
    """A transcript pasted as one paragraph: thousands of sentences and
    quotations in one block, the planted finding at its end."""
    rng = random.Random(5)
    sentences = []
    while sum(len(s) + 1 for s in sentences) < 200_000:
        sentences.extend(story(rng))
    text = "# Transcript of the flood briefing\n\n" + " ".join([*sentences, PLANTED]) + "\n"
    (tmp_path / "transcript.md").write_text(text, encoding="utf-8")

    result, report = run_editlint("transcript.md", cwd=tmp_path)
    assert result.returncode == 1  # the planted repeated word is an error
    assert report["errors"] == []
    diagnostics = report["diagnostics"]
    assert_at_their_places(diagnostics, {"transcript.md": text})
    (found,) = planted_at(diagnostics, "transcript.md")
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    assert found["line"] == 3
    assert place(text, found["line"], found["column"], starts) == text.rindex(REPEATED)
