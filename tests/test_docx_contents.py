"""What of a Word draft is read (issue 17): footnotes and text boxes in
reading order, tracked moves as the current text, suppressions as in plain
text; headers, footers and comments never."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_drafts import delete_mark, docx, footnote_reference, footnotes, moved, saved, text_box, under_plan

from editlint import Linter
from editlint.document import BlockKind
from editlint.parsing import parse

pytestmark = pytest.mark.usefixtures("in_tmp")


def found(data: bytes, rules=("spelling.typo",)) -> list[tuple[int, int, str]]:
    Path("story.docx").write_bytes(data)
    return [(d.line, d.column, d.match) for d in Linter(select=list(rules)).lint_path("story.docx")]


def test_text_boxes_follow_their_paragraph_and_footnotes_come_last():
    d, _ = under_plan(  # ¶1 and ¶2
        "The council met",
        [footnote_reference(1)],
        " on Tuesday.",
        [text_box("A box with a recieve in it.")],  # ¶3
    )
    d.add_paragraph("Last wierd paragraph.")  # ¶4
    footnotes(d, {1: "A footnote with teh typo."})  # ¶5
    data = saved(d)
    assert parse("story.docx", data).source.split("\n") == [
        "Plan",
        "The council met\ufffc on Tuesday.\ufffc",  # the footnote mark is one object, the text box too
        "A box with a recieve in it.",
        "Last wierd paragraph.",
        " A footnote with teh typo.",  # the note's own mark takes no place
    ]
    assert found(data) == [(3, 14, "recieve"), (4, 6, "wierd"), (5, 18, "teh")]


def test_headers_footers_and_comments_are_never_checked():
    d = docx.Document()
    d.add_heading("Plan", level=1)
    p = d.add_paragraph("The council met on Tuesday.")
    d.sections[0].header.paragraphs[0].text = "Header with teh typo"
    d.sections[0].footer.paragraphs[0].text = "Footer with recieve typo"
    d.add_comment(p.runs, text="A comment with wierd typo", author="Editor")
    data = saved(d)
    assert parse("story.docx", data).source.split("\n") == ["Plan", "The council met on Tuesday."]
    assert found(data) == []


def test_a_tracked_move_reads_where_the_text_went():
    d, _ = under_plan("Start ", moved("gone wierd words ", "arrived teh "), "end.")
    data = saved(d)
    assert parse("story.docx", data).source.split("\n")[1] == "Start arrived teh end."
    assert found(data) == [(2, 15, "teh")]


def test_a_suppression_paragraph_works_as_a_plain_text_line():
    d = docx.Document()
    d.add_heading("Plan", level=1)  # ¶1
    d.add_paragraph("editlint-disable spelling.typo")  # ¶2
    d.add_paragraph("Off: teh.")  # ¶3
    d.add_paragraph("<!-- editlint-enable spelling.typo -->")  # ¶4
    d.add_paragraph("On: recieve.")  # ¶5
    d.add_paragraph("editlint-disable-next-line spelling.typo")  # ¶6
    d.add_paragraph("Off: wierd.")  # ¶7
    d.add_paragraph("Back on: seperate.")  # ¶8
    data = saved(d)
    assert [b.text for b in parse("story.docx", data).blocks] == [
        "Plan",
        "Off: teh.",
        "On: recieve.",
        "Off: wierd.",
        "Back on: seperate.",
    ]
    assert found(data) == [(5, 5, "recieve"), (8, 10, "seperate")]


def test_a_suppression_comment_inside_a_paragraph_is_left_out_of_its_text():
    # As in plain text: the comment is no text, the rest of the paragraph is.
    d = docx.Document()
    d.add_heading("Plan", level=1)
    p = d.add_paragraph("<!-- editlint-disable-line ")  # ¶2, the comment over two runs
    p.add_run("spelling.typo --> Off: teh.")
    p = d.add_paragraph("The <!-- editlint-disable-line ")  # ¶3
    p.add_run("style.repeated-word --> the the recieve.")
    data = saved(d)
    assert [b.text for b in parse("story.docx", data).blocks][1:] == ["Off: teh.", "The \ufffc the the recieve."]
    assert found(data, ("spelling.typo", "style.repeated-word")) == [(3, 64, "recieve")]


def test_paragraphs_joined_by_a_tracked_deletion_of_the_mark_read_as_one():
    # An editor joined two paragraphs with changes tracked: Word shows one
    # paragraph; each keeps its own number, as in the file.
    d = docx.Document()
    d.add_heading("Plan", level=1)  # ¶1
    p = d.add_paragraph("The council approved the ")  # ¶2
    delete_mark(p)
    d.add_paragraph("the plan on Tuesday.", style="Quote")  # ¶3
    d.add_paragraph("Next paragraph.")  # ¶4
    data = saved(d)
    document = parse("story.docx", data)
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.HEADLINE, "Plan"),
        (BlockKind.BLOCKQUOTE, "The council approved the the plan on Tuesday."),  # the last mark's style
        (BlockKind.PARAGRAPH, "Next paragraph."),
    ]
    assert len(document.blocks[1].sentences) == 1
    Path("story.docx").write_bytes(data)
    [d] = Linter(select=["style.repeated-word"]).lint_path("story.docx")
    assert (d.line, d.column, d.end_line, d.end_column, d.fix) == (2, 22, 3, 4, None)  # no fix across the join
