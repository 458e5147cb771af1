"""The reader registry: which reader reads a file, and what a reader says
about its format (whether --fix may write back, what its headings are).

A test reader, registered here and only here, shows the mechanism a Word
or HTML reader will use: a made-up ``.note`` format, plain text whose
headings a CMS marks, which editlint reads but must not write back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from helpers import cli, write

from editlint.config import DEFAULT_INCLUDE
from editlint.document import Document, SourceTraits
from editlint.parsing import (
    BUILT_IN,
    FALLBACK,
    Reader,
    default_include,
    format_for,
    parse,
    reader_for,
    reader_named,
    readers,
    register,
    unregister,
)
from editlint.parsing.plaintext import parse_text

pytestmark = pytest.mark.usefixtures("in_tmp")

FORMATS_DOC = Path(__file__).resolve().parents[1] / "docs" / "formats.md"


def read_note(path: str, text: str) -> Document:
    # Plain text, except that every short line is a heading the CMS marked.
    return dataclasses.replace(parse_text(path, text), format="note", traits=SourceTraits(headings_marked=True))


NOTE = Reader(name="note", label="CMS note", suffixes=(".note",), read=read_note, writes_back=False)


@pytest.fixture
def note_reader():
    register(NOTE)
    yield NOTE
    unregister("note")


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --------------------------------------------------------------------------- the built-in readers


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("story.md", "markdown"),
        ("STORY.MD", "markdown"),
        ("story.markdown", "markdown"),
        ("story.mdx", "markdown"),
        ("story.txt", "text"),
        ("story.rst", "text"),
        ("story", "text"),
        (".md", "text"),
    ],
)
def test_the_suffix_picks_the_reader_and_plain_text_reads_the_rest(path, name):
    assert reader_for(path).name == name
    assert format_for(path) == name
    assert parse(path, "Storm hits.\n").format == name
    assert FALLBACK.name == "text"


def test_a_format_named_wins_over_the_suffix():
    # As a rule's example with "format: text" is read.
    document = parse("<example>", "# Storm\n", "text")
    assert document.format == "text"
    assert [b.text for b in document.blocks] == ["# Storm"]


def test_an_unknown_format_name_is_a_clear_error():
    with pytest.raises(
        ValueError, match=r'no reader for the format "odt" \(formats: "markdown", "text", "docx", "html"\)'
    ):
        parse("a.odt", "<p>x</p>", "odt")


def test_the_default_include_patterns_are_the_readers_walked_suffixes():
    assert DEFAULT_INCLUDE == default_include() == ("*.md", "*.markdown", "*.txt", "*.docx", "*.html", "*.htm")
    assert [r.name for r in BUILT_IN] == ["markdown", "text", "docx", "html"]
    assert all(r.writes_back for r in BUILT_IN)


def test_the_formats_doc_lists_every_built_in_reader_as_it_is():
    table = FORMATS_DOC.read_text(encoding="utf-8").split("## The readers", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]
    assert len(rows) == len(BUILT_IN)
    for reader, row in zip(BUILT_IN, rows, strict=True):
        assert f"| `{reader.name}` |" in row
        assert all(f"`{suffix}`" in row for suffix in reader.suffixes), row
        assert all(f"`*{suffix}`" in row for suffix in reader.walked_suffixes), row
        assert row.endswith("| yes |" if reader.writes_back else "| no |"), row


def test_each_reader_says_how_its_headings_are_known():
    assert parse("a.md", "# Storm\n").traits.headings_marked is True
    assert parse("a.txt", "Storm\n\nText.\n").traits.headings_marked is False


def test_a_reader_declares_suffixes_in_lower_case_with_a_dot():
    with pytest.raises(ValueError, match='suffix "NOTE" must be lower case and start with "."'):
        Reader(name="bad", label="bad", suffixes=("NOTE",), read=read_note)
    with pytest.raises(ValueError, match="walked_suffixes must be among its suffixes"):
        Reader(name="bad", label="bad", suffixes=(".note",), read=read_note, walked_suffixes=(".txt",))


# --------------------------------------------------------------------------- a registered reader


def test_a_registered_reader_takes_its_suffix_until_it_is_unregistered():
    register(NOTE)
    try:
        assert reader_for("draft.NOTE") is NOTE
        assert reader_named("note") is NOTE
        assert readers() == (*BUILT_IN, NOTE)
        assert parse("draft.note", "Hello there.\n").format == "note"
        with pytest.raises(ValueError, match='a reader named "note" is registered already'):
            register(NOTE)
    finally:
        unregister("note")
    assert reader_for("draft.note").name == "text"
    assert readers() == BUILT_IN
    with pytest.raises(ValueError, match='the built-in reader "markdown" cannot be unregistered'):
        unregister("markdown")


def test_a_later_reader_wins_a_suffix_and_gives_it_back():
    shadow = Reader(name="shadow", label="shadow", suffixes=(".txt",), read=read_note)
    register(shadow)
    try:
        assert reader_for("a.txt") is shadow
    finally:
        unregister("shadow")
    assert reader_for("a.txt").name == "text"


def test_the_cli_checks_a_registered_format_at_exact_positions(note_reader):
    write("story.note", "Storm Hits the Coast\n\nThe cat sat on the the mat.\n")
    result = cli("check", "--no-cache", "story.note")
    assert result.exit_code == 1
    assert result.stdout.startswith('story.note:3:16: error [style.repeated-word] The word "the" is repeated\n')


def test_stdin_filename_picks_the_registered_reader(note_reader):
    source = "Storm Hits the Coast\n\nThe cat sat on the the mat.\n"
    result = cli("check", "--no-cache", "--stdin-filename", "story.note", "-", input=source)
    assert result.stdout.startswith("story.note:3:16: error [style.repeated-word]")


def test_a_folder_walk_takes_only_the_walked_suffixes(note_reader):
    write("drafts/story.note", "The cat sat on the the mat.\n")
    result = cli("check", "--no-cache", "drafts")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        "note: drafts: no drafts found (looked for *.md, *.markdown, *.txt, *.docx, *.html, *.htm)"
    ]


def test_fix_refuses_to_write_back_a_format_that_says_no(note_reader):
    original = "Storm Hits the Coast\n\nThe cat  sat.\n"
    draft = write("story.note", original)
    result = cli("check", "--no-cache", "--fix", "story.note")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "story.note: cannot write the fixes: editlint does not write CMS note drafts back; "
        "the file is unchanged (--diff shows the fixes)"
    ]
    assert draft.read_text(encoding="utf-8") == original
    # The finding is still reported, as before the fix was tried.
    assert "story.note:3:8: warning [style.extra-space]" in result.stdout
    # --diff writes nothing, so it works for such a format.
    shown = cli("check", "--no-cache", "--diff", "story.note")
    assert "-The cat  sat.\n+The cat sat.\n" in shown.stdout
    assert draft.read_text(encoding="utf-8") == original


def test_fix_says_nothing_when_there_is_nothing_to_write(note_reader):
    write("story.note", "Storm Hits the Coast\n\nThe cat sat.\n")
    result = cli("check", "--no-cache", "--fix", "story.note")
    assert result.exit_code == 0
    assert stderr_lines(result) == []


def test_rules_follow_the_readers_traits_not_its_name(note_reader):
    # A short lower-case line: in plain text perhaps a stray byline, so the
    # capitalization check leaves it; where headings are marked it is a
    # heading, and is checked, whatever the format is called.
    source = "Storm Hits the Coast\n\nThe storm hit.\n\nroads closed\n\nText.\n"
    write("story.txt", source)
    write("story.note", source)
    as_text = cli("check", "--no-cache", "--select", "headline.capitalization", "story.txt")
    as_note = cli("check", "--no-cache", "--select", "headline.capitalization", "story.note")
    assert as_text.stdout.startswith("No problems found")
    assert as_note.stdout.startswith("story.note:5:1: suggestion [headline.capitalization]")
