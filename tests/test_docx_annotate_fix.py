"""``editlint annotate`` (findings as Word comments) and ``--fix`` on Word
drafts (tracked changes), read back with python-docx (issue 17)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from docx_drafts import (
    W,
    commented,
    current_text,
    delete_mark,
    deletion,
    docx,
    field,
    insertion,
    opened,
    original_text,
    parse_xml,
    run_formats,
    saved,
    under_plan,
    without_editlints_changes,
)
from helpers import cli

from editlint import Linter

pytestmark = pytest.mark.usefixtures("in_tmp")


def draft() -> bytes:
    d = docx.Document()
    d.add_heading("Council Approves Plan", level=1)
    p = d.add_paragraph("The council approved ")
    p.add_run("the").bold = True
    p.add_run(" the plan. It was ")
    p.add_run("the the").italic = True
    p.add_run(" end 😀.")
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Teh the the cell."
    p = d.add_paragraph("Reporter wrote ")
    p._p.append(insertion("the the words"))
    p.add_run(" here.")
    return saved(d)


# --------------------------------------------------------------------------- annotate


def test_annotate_writes_each_finding_as_a_comment_on_exactly_its_text():
    original = draft()
    Path("story.docx").write_bytes(original)
    result = cli("annotate", "--select", "style.repeated-word", "story.docx", "-o", "story.reviewed.docx")
    assert result.exit_code == 1  # findings, as check says
    assert result.stdout == "story.reviewed.docx: 4 comments by editlint on 4 findings in story.docx\n"
    assert Path("story.docx").read_bytes() == original  # the original is never modified
    reviewed = opened(Path("story.reviewed.docx").read_bytes())
    message = 'style.repeated-word (error): The word "the" is repeated (suggestion: “the”)'
    assert commented(reviewed) == [
        ("editlint", message, "the the"),
        ("editlint", message, "the the"),
        ("editlint", message, "the the"),
        ("editlint", message, "the the"),
    ]
    assert all(c.initials == "EL" for c in reviewed.comments)
    # The runs are cut at the span's edges, each piece keeping its formatting.
    assert run_formats(reviewed, "the the")[:2] == [("the", True), (" the", False)]
    # The text reads as it did.
    assert current_text(reviewed) == current_text(opened(original))


def test_annotate_anchors_in_table_cells_and_tracked_insertions_and_says_suggestions():
    Path("story.docx").write_bytes(draft())
    cli("annotate", "--select", "style.repeated-word,spelling.typo", "story.docx", "-o", "out.docx")
    anchored = [text for _, _, text in commented(opened(Path("out.docx").read_bytes()))]
    # In the body, in italics, in a table cell, in another author's tracked insertion.
    assert anchored == ["the the", "the the", "the the", "the the"]


def test_annotate_takes_a_default_name_and_never_writes_over_the_draft():
    original = draft()
    Path("story.docx").write_bytes(original)
    result = cli("annotate", "story.docx", "-o", "./story.docx")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "-o: names the draft itself: annotate never changes the original; write the copy elsewhere"
    )
    assert Path("story.docx").read_bytes() == original
    assert cli("annotate", "--select", "style.repeated-word", "story.docx").exit_code == 1
    assert Path("story.reviewed.docx").is_file()


def test_annotate_is_for_word_drafts():
    Path("story.md").write_text("# Plan\n\nThe the end.\n", encoding="utf-8")
    result = cli("annotate", "story.md")
    assert result.exit_code == 2
    assert result.stderr.strip() == "story.md: annotate writes Word comments: give it a .docx draft"


# --------------------------------------------------------------------------- --fix


def test_fix_writes_tracked_changes_that_reject_back_to_the_original():
    original = draft()
    Path("story.docx").write_bytes(original)
    result = cli("check", "--fix", "--select", "style.repeated-word", "story.docx")
    fixed = opened(Path("story.docx").read_bytes())
    before = current_text(opened(original))
    assert current_text(fixed)[1:3] == ["The council approved the plan. It was the end 😀.", "Teh the cell."]
    # Rejecting every change of editlint's gives the draft back, word for word.
    assert original_text(fixed)[1:3] == before[1:3]
    changes = fixed.element.body.xpath(".//w:ins[@w:author='editlint'] | .//w:del[@w:author='editlint']")
    assert len(changes) >= 4
    # The reporter's own insertion is another author's change: not written into, and said so.
    assert current_text(fixed)[3] == "Reporter wrote the the words here."
    assert "story.docx:¶4:16: fix not written as a tracked change: it touches another tracked change" in result.stderr
    assert result.exit_code == 1  # that finding is left


def test_fix_keeps_the_formatting_of_the_text_it_replaces():
    Path("story.docx").write_bytes(draft())
    cli("check", "--fix", "--select", "style.repeated-word", "story.docx")
    fixed = opened(Path("story.docx").read_bytes())
    inserted = fixed.element.body.xpath(".//w:ins[@w:author='editlint']/w:r")
    italic = [r for r in inserted if r.find(".//{*}i") is not None]
    assert [r.text for r in italic] == ["the"]


def test_a_fix_across_a_field_is_refused_and_the_file_left_alone():
    d, _ = under_plan("The ", field("DATE", "the"), " the end.")
    d.add_paragraph("Deleted by the reporter:")
    d.paragraphs[-1]._p.append(deletion(" the the"))
    data = saved(d)
    Path("story.docx").write_bytes(data)
    result = cli("check", "--fix", "--select", "style.repeated-word", "story.docx")
    assert Path("story.docx").read_bytes() == data
    assert result.exit_code in (0, 1)


def test_diff_shows_the_paragraphs_a_fix_changes():
    Path("story.docx").write_bytes(draft())
    result = cli("check", "--diff", "--select", "style.repeated-word", "story.docx")
    assert "-Teh the the cell.\n" in result.stdout and "+Teh the cell.\n" in result.stdout
    assert result.stdout.startswith("--- a/story.docx\n+++ b/story.docx\n")


# --------------------------------------------------------------------------- any draft

WORDS = "the the council met teh on Tuesday , . a an apple it's its Mr.  Smith 😀 said recieve \" “ ” and".split(" ")


def random_draft(seed: int) -> bytes:
    """A draft of words that rules find things in, cut into runs of mixed
    formatting, tracked insertions and deletions (of paragraph marks too),
    links and table cells."""
    r = random.Random(seed)
    d = docx.Document()
    d.add_heading("Council Meets", level=1)
    for _ in range(r.randint(2, 6)):
        if r.random() < 0.2:
            d.add_table(rows=1, cols=1).cell(0, 0).text = " ".join(r.choice(WORDS) for _ in range(6))
            continue
        p = d.add_paragraph()
        for j in range(r.randint(1, 8)):
            text = " ".join(r.choice(WORDS) for _ in range(r.randint(1, 4))) + r.choice([" ", "", "  "])
            x = r.random()
            if x < 0.15:
                p._p.append(insertion(text, id=100 + j))
            elif x < 0.25:
                p._p.append(deletion(text, id=200 + j))
            elif x < 0.3:
                p._p.append(
                    parse_xml(f'<w:hyperlink {W}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>')
                )
            else:
                run = p.add_run(text)
                run.bold, run.italic = r.random() < 0.3, r.random() < 0.2
        if r.random() < 0.2:
            delete_mark(p, id=300 + len(d.paragraphs))  # joined to the next paragraph
    return saved(d)


@pytest.mark.parametrize("seed", range(12))
def test_on_any_draft_fixes_reject_back_and_annotate_keeps_the_text(seed):
    original = random_draft(seed)
    before = current_text(opened(original))
    Path("story.docx").write_bytes(original)
    result = Linter().lint_paths(["story.docx"], jobs=1, fix=True, unsafe=True)
    assert not result.errors
    fixed = opened(Path("story.docx").read_bytes())
    assert fixed.element.body.xpath(".//w:ins[@w:author='editlint'] | .//w:del[@w:author='editlint']")
    # Rejecting editlint's changes gives the draft back, whatever it fixed.
    assert without_editlints_changes(fixed) == before
    Path("story.docx").write_bytes(original)
    assert cli("annotate", "story.docx", "-o", "out.docx").exit_code in (0, 1)
    assert current_text(opened(Path("out.docx").read_bytes())) == before
