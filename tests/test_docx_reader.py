"""Word drafts (issue 17): what is read, and every finding's exact position.

A Word draft's positions are paragraphs: ``line`` is the paragraph's
number in reading order (every paragraph counts, table cells and empty
ones too), ``column`` the code point in its text (docs/output.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_drafts import deletion, docx, field, insertion, saved
from helpers import cli

from editlint import Linter
from editlint.document import BlockKind
from editlint.errors import InputError
from editlint.parsing import parse, reader_for

pytestmark = pytest.mark.usefixtures("in_tmp")

RULES = ["spelling.typo", "style.repeated-word"]


def draft() -> bytes:
    d = docx.Document()
    d.add_paragraph("Council Approves Plan", style="Title")  # ¶1
    p = d.add_paragraph("The council approved ")  # ¶2
    p.add_run("the").bold = True
    p.add_run(" the plan on Tuesday.")
    d.add_heading("Reaction 😀 Grows", level=2)  # ¶3
    d.add_paragraph("Residents 👍 said it was teh end.")  # ¶4
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell with teh typo"  # ¶5
    table.cell(0, 1).text = "Fine cell"  # ¶6
    p = d.add_paragraph("The ")  # ¶7
    p._p.append(insertion("council "))
    p._p.append(deletion("teh mayor "))
    p.add_run("voted teh same.")
    d.add_paragraph("")  # ¶8
    d.add_paragraph("editlint-disable-next-line spelling.typo")  # ¶9
    d.add_paragraph("Suppressed teh here.")  # ¶10
    p = d.add_paragraph("See ")  # ¶11
    for run in field("PAGE", "teh"):
        p._p.append(run)
    p.add_run(" teh page.")
    return saved(d)


EXPECTED = [
    ("style.repeated-word", 2, 22, 2, 29, "the the"),
    ("spelling.typo", 4, 25, 4, 28, "teh"),
    ("spelling.typo", 5, 11, 5, 14, "teh"),
    ("spelling.typo", 7, 19, 7, 22, "teh"),
    ("spelling.typo", 11, 7, 11, 10, "teh"),
]


def found(diagnostics) -> list[tuple]:
    return [(d.rule, d.line, d.column, d.end_line, d.end_column, d.match) for d in diagnostics]


def test_the_docx_suffix_picks_the_word_reader_which_reads_bytes():
    reader = reader_for("Story.DOCX")
    assert (reader.name, reader.binary, reader.paragraphs) == ("docx", True, True)


def test_the_source_is_one_paragraph_a_line_in_reading_order():
    document = parse("story.docx", draft())
    assert document.source.split("\n") == [
        "Council Approves Plan",
        "The council approved the the plan on Tuesday.",
        "Reaction 😀 Grows",
        "Residents 👍 said it was teh end.",
        "Cell with teh typo",
        "Fine cell",
        "The council voted teh same.",  # the insertion in, the deletion out
        "",
        "editlint-disable-next-line spelling.typo",
        "Suppressed teh here.",
        "See \ufffc teh page.",  # the field (its code and its result) is one object
    ]
    assert [(b.kind, b.level) for b in document.blocks] == [
        (BlockKind.HEADLINE, 1),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.TABLE_CELL, None),
        (BlockKind.TABLE_CELL, None),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.PARAGRAPH, None),
    ]


def test_every_finding_is_at_its_paragraph_and_code_point():
    Path("story.docx").write_bytes(draft())
    diagnostics = Linter(select=RULES).lint_path("story.docx")
    assert found(diagnostics) == EXPECTED
    # A protocol's columns: the emoji before "teh" is two UTF-16 units.
    d = diagnostics[1]
    assert d.source.line_col(d.span.start, "utf-16") == (4, 26)


def test_the_text_report_writes_paragraphs_and_json_and_sarif_the_same_numbers():
    Path("story.docx").write_bytes(draft())
    result = cli("check", "--select", ",".join(RULES), "story.docx")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == 'story.docx:¶2:22: error [style.repeated-word] The word "the" is repeated'
    assert lines[1] == "   ¶2 | The council approved the the plan on Tuesday."
    assert "story.docx:¶11:7: error [spelling.typo]" in result.stdout
    data = json.loads(cli("check", "--format", "json", "--select", ",".join(RULES), "story.docx").stdout)
    assert [
        (d["rule"], d["line"], d["column"], d["end_line"], d["end_column"], d["match"]) for d in data["diagnostics"]
    ] == EXPECTED
    sarif = json.loads(cli("check", "--format", "sarif", "--select", ",".join(RULES), "story.docx").stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == [(2, 22), (4, 26), (5, 11), (7, 19), (11, 7)]
    github = cli("check", "--format", "github", "--select", "spelling.typo", "story.docx").stdout
    assert "::error file=story.docx,line=4,col=25,endLine=4,endColumn=28" in github


def test_styles_make_headlines_headings_list_items_and_quotes():
    d = docx.Document()
    d.add_paragraph("Kicker line")
    d.add_heading("Storm Hits Coast", level=1)
    d.add_heading("Damage", level=2)
    d.add_paragraph("First point", style="List Bullet")
    d.add_paragraph("We will rebuild.", style="Quote")
    d.add_paragraph("Body text.")
    document = parse("story.docx", saved(d))
    assert [(b.kind, b.level, b.in_quote, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, None, False, "Kicker line"),
        (BlockKind.HEADLINE, 1, False, "Storm Hits Coast"),
        (BlockKind.HEADING, 2, False, "Damage"),
        (BlockKind.LIST_ITEM, None, False, "First point"),
        (BlockKind.BLOCKQUOTE, None, True, "We will rebuild."),
        (BlockKind.PARAGRAPH, None, False, "Body text."),
    ]
    assert document.traits.headings_marked


def test_a_line_break_inside_a_paragraph_keeps_the_paragraph_one_line():
    d = docx.Document()
    p = d.add_paragraph("First line")
    p.add_run().add_break()
    p.add_run("second teh line.")
    d.add_paragraph("Next teh paragraph.")
    Path("story.docx").write_bytes(saved(d))
    assert [(x.line, x.column) for x in Linter(select=["spelling.typo"]).lint_path("story.docx")] == [
        (1, 19),
        (2, 6),
    ]


def test_a_word_draft_is_read_from_its_file_not_from_text():
    report = Linter().check_text("The council met.", path="story.docx")
    assert [str(e) for e in report.errors] == ["story.docx: Word drafts are read from their file, not from text"]
    with pytest.raises(InputError):
        Linter().lint_text("The council met.", path="story.docx")


def test_lint_paths_takes_word_drafts_among_others():
    Path("story.docx").write_bytes(draft())
    Path("other.md").write_text("# Plan\n\nIt was teh end.\n", encoding="utf-8")
    result = Linter(select=["spelling.typo"]).lint_paths(["story.docx", "other.md"], jobs=1)
    assert [(f.path, len(f.diagnostics)) for f in result.files] == [("story.docx", 4), ("other.md", 1)]
    assert result.files[0].text.paragraphs and not result.files[1].text.paragraphs


def test_a_file_named_docx_that_is_not_one_is_an_error():
    Path("fake.docx").write_text("The council met.\n", encoding="utf-8")
    result = cli("check", "fake.docx")
    assert result.exit_code == 2
    assert result.stderr.strip() == "fake.docx: not a Word document: a .docx file is a zip archive, and this is not one"


def test_without_python_docx_one_line_names_the_extra(monkeypatch):
    Path("story.docx").write_bytes(draft())
    Path("other.md").write_text("# Plan\n\nThe council met.\n", encoding="utf-8")
    monkeypatch.setitem(__import__("sys").modules, "docx", None)  # import docx raises ImportError
    result = cli("check", "story.docx", "other.md")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "story.docx: reading Word drafts needs python-docx, which is not installed: pip install 'editlint[docx]'"
    )
