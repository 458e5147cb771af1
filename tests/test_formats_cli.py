"""Files of every format from the command line: what is a draft, what is
not (issue 17), and how positions in Word and HTML drafts are reported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def _zip(path: str, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


# --------------------------------------------------------------------------- files that are not drafts


def test_files_that_are_not_drafts_are_named_with_what_they_are():
    Path("report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    Path("photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    Path("old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    _zip("story.odt", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    write("ok.md", "# Plan\n\nThe council met.\n")
    result = cli("check", "report.pdf", "photo.jpg", "old.doc", "story.odt", "ok.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "report.pdf: format not supported (a PDF document)",
        "photo.jpg: format not supported (a JPEG image)",
        "old.doc: format not supported (a Word 97-2003 document or another Office file: save it as .docx)",
        "story.odt: format not supported (an OpenDocument file: save it as .docx)",
    ]
    assert result.stdout.endswith("No problems found in 1 file. 4 errors (listed on standard error).\n")


def test_a_folder_walk_takes_only_the_drafts_formats():
    write("d/a.md", "# Plan\n\nThe council met.\n")
    write("d/b.txt", "The council met.\n")
    write("d/c.html", "<p>The council met.</p>\n")
    write("d/c2.htm", "<p>The council met.</p>\n")
    Path("d/report.pdf").write_bytes(b"%PDF-1.7\n")
    write("d/notes.rst", "The council met.\n")
    result = cli("check", "--format", "json", "d")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout)["summary"]["files"] == 4


def test_the_suffixes_a_folder_walk_takes_are_the_configs_include():
    # A newsroom whose archive is .xhtml and that leaves its .txt notes out.
    write("d/.editlint.yaml", 'include: ["*.xhtml", "*.html"]\n')
    write("d/old.xhtml", "<p>It was teh end.</p>\n")
    write("d/page.html", "<p>It was the the end.</p>\n")
    write("d/notes.txt", "It was teh end.\n")
    result = cli("check", "--format", "json", "--no-cache", "d")
    data = json.loads(result.stdout)
    assert sorted((d["path"], d["rule"], d["line"], d["column"]) for d in data["diagnostics"]) == [
        ("d/old.xhtml", "spelling.typo", 1, 11),
        ("d/page.html", "style.repeated-word", 1, 11),
    ]
    assert data["summary"]["files"] == 2
