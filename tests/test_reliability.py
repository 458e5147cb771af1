"""Bad input: each case gets one clear line naming the file (and the line,
for rule and config files), a documented exit code, never a traceback, and
the other drafts of the run are still checked.

docs/reliability.md lists every case with the test that proves it; the
last tests here check that every test it names exists.
"""

from __future__ import annotations

import ast
import codecs
import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli, cli_unprivileged, write

from editlint.inputs import (
    DEFAULT_MAX_FILE_SIZE,
    BinaryFile,
    TooLarge,
    decode,
    format_size,
    parse_size,
    read_draft,
    text_encoding,
)

ROOT = Path(__file__).resolve().parents[1]
RELIABILITY_DOC = ROOT / "docs" / "reliability.md"

REPEATED = "The the cat sat.\n"  # style.repeated-word, an error: exit 1
EXTRA_SPACE = "The cat  sat.\n"  # style.extra-space, a warning: exit 0
HINT = " (for another encoding, use --encoding)"

pytestmark = pytest.mark.usefixtures("in_tmp")

posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links and file modes as POSIX has them")


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def check_json(*args: str, input=None):
    result = cli("check", "--format", "json", *args, input=input)
    return result, json.loads(result.stdout)


def found(data) -> list[tuple]:
    return [(d["path"], d["line"], d["column"], d["end_column"], d["match"]) for d in data["diagnostics"]]


# =========================================================================== encodings

# "Café 😀 said " is 12 code points: "the the" is columns 13 to 20 of line 3.
UNICODE_DRAFT = "# Vote\r\n\r\nCafé 😀 said the the vote passed.\r\n"
UNICODE_FINDING = ("a.md", 3, 13, 20, "the the")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    ids=["le", "be"],
)
def test_utf16_with_a_bom_is_read_with_exact_positions(bom, encoding):
    Path("a.md").write_bytes(bom + UNICODE_DRAFT.encode(encoding))
    result, data = check_json("a.md")
    assert result.exit_code == 1  # 1: the repeated word, an error (2: a draft not read)
    assert result.stderr == ""
    assert found(data) == [UNICODE_FINDING]
    # Exactly what the same draft in UTF-8 gives.
    Path("a.md").write_bytes(UNICODE_DRAFT.encode("utf-8"))
    assert check_json("a.md")[1]["diagnostics"] == data["diagnostics"]


def test_utf16_big_endian_is_fixed_in_place_byte_for_byte():
    Path("a.md").write_bytes(codecs.BOM_UTF16_BE + UNICODE_DRAFT.encode("utf-16-be"))
    cli("check", "--fix", "a.md")
    fixed = UNICODE_DRAFT.replace("the the", "the")
    assert Path("a.md").read_bytes() == codecs.BOM_UTF16_BE + fixed.encode("utf-16-be")


def test_invalid_utf16_names_line_and_column():
    # An odd number of bytes: the last one is half a code unit.
    Path("a.txt").write_bytes(codecs.BOM_UTF16_LE + "Hi\r\nthere".encode("utf-16-le") + b"x")
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["a.txt:2: not valid UTF-16-LE: byte 0x78 at column 6"]


def test_invalid_utf8_after_lone_cr_line_breaks_names_the_right_line():
    # Old Mac line ends: the line count must follow CR too, as positions do.
    Path("a.txt").write_bytes(b"One.\rTwo.\rAb\xffc\r")
    result = cli("check", "a.txt")
    assert stderr_lines(result) == ["a.txt:3: not valid UTF-8: byte 0xff at column 3" + HINT]


CP1252_DRAFT = "Pérez’s aide said the the vote passed.\r\n"  # ’ is 0x92 in cp1252


def test_encoding_option_reads_a_cp1252_draft():
    Path("a.md").write_bytes(CP1252_DRAFT.encode("cp1252"))
    without = cli("check", "a.md")
    assert without.exit_code == 2
    assert stderr_lines(without) == ["a.md:1: not valid UTF-8: byte 0xe9 at column 2" + HINT]
    result, data = check_json("--encoding", "cp1252", "a.md")
    assert result.exit_code == 1  # 1: the repeated word, an error (2: a draft not read)
    assert result.stderr == ""
    # "Pérez’s aide said " is 18 code points.
    assert found(data) == [("a.md", 1, 19, 26, "the the")]


def test_encoding_option_reads_standard_input():
    result, data = check_json(
        "--encoding", "cp1252", "--stdin-filename", "a.md", "-", input=CP1252_DRAFT.encode("cp1252")
    )
    assert result.exit_code == 1  # 1: the repeated word, an error (2: a draft not read)
    assert found(data) == [("a.md", 1, 19, 26, "the the")]


def test_fix_writes_a_cp1252_draft_back_in_cp1252_byte_for_byte():
    Path("a.md").write_bytes(CP1252_DRAFT.encode("cp1252"))
    result = cli("check", "--encoding", "cp1252", "--fix", "a.md")
    assert result.exit_code == 0, result.stderr
    assert Path("a.md").read_bytes() == CP1252_DRAFT.replace("the the", "the").encode("cp1252")


def test_fix_that_the_encoding_cannot_hold_is_not_written():
    write(".editlint.yaml", "vocab:\n  reject:\n    - dont: don’t\n")
    Path("a.md").write_bytes(b"They dont know.\n")
    result = cli("check", "--encoding", "latin-1", "--fix", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'a.md: cannot write the fixes: "’" (U+2019) has no place in ISO8859-1, the draft\'s encoding; '
        "the file is unchanged"
    ]
    assert Path("a.md").read_bytes() == b"They dont know.\n"
    assert "[vocab.rejected]" in result.stdout  # still reported


def test_fix_is_not_written_when_the_encoding_would_change_other_bytes():
    # ISO-2022-JP may switch to ASCII when already in ASCII; encoding the
    # text again drops that escape, a change nobody asked for.
    Path("a.md").write_bytes(b"\x1b(BThe the cat.\n")
    result = cli("check", "--encoding", "iso2022_jp", "--fix", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "a.md: cannot write the fixes: ISO2022_JP would not give back the draft's bytes as they were; "
        "the file is unchanged (--diff shows the fixes)"
    ]
    assert Path("a.md").read_bytes() == b"\x1b(BThe the cat.\n"


def test_a_byte_order_mark_wins_over_the_encoding_option():
    Path("a.md").write_bytes(codecs.BOM_UTF8 + "Café the the end.\n".encode())
    result, data = check_json("--encoding", "cp1252", "a.md")
    assert result.exit_code == 1  # 1: the repeated word, an error (2: a draft not read)
    # Read as cp1252, "é" would be two characters and the finding a column later.
    assert found(data) == [("a.md", 1, 6, 13, "the the")]


def test_utf16_without_a_bom_needs_the_encoding_option():
    Path("a.md").write_bytes("Café the the end.\n".encode("utf-16-le"))
    assert stderr_lines(cli("check", "a.md")) == [
        "a.md: format not supported (binary data, or UTF-16 text without a byte-order mark: try --encoding utf-16)"
    ]
    for name in ("utf-16-le", "utf-16"):  # without a mark, UTF-16 is little-endian
        result, data = check_json("--encoding", name, "a.md")
        assert result.stderr == ""
        assert found(data) == [("a.md", 1, 6, 13, "the the")]


def test_invalid_byte_in_the_declared_encoding_names_line_and_column():
    # 0x81 is one of the five bytes cp1252 leaves undefined.
    Path("a.md").write_bytes(b"Line one.\nAb\x81c\n")
    write("b.md", REPEATED)
    result = cli("check", "--encoding", "cp1252", "a.md", "b.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["a.md:2: not valid CP1252: byte 0x81 at column 3"]
    assert result.stdout.startswith("b.md:1:1: error [style.repeated-word]")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("utf9", 'unknown encoding "utf9" (did you mean "utf8"?)'),
        ("windows1252", 'unknown encoding "windows1252" (did you mean "windows-1252"?)'),
        ("base64", '"base64" is not a text encoding'),
    ],
)
def test_unknown_encoding_is_a_usage_error(name, message):
    write("a.md", REPEATED)
    result = cli("check", "--encoding", name, "a.md")
    assert result.exit_code == 2
    assert result.stderr == f"--encoding: {message}\n"
    assert result.stdout == ""


def test_config_encoding_applies_to_its_folder_only():
    write("archive/.editlint.yaml", "encoding: windows-1252\n")
    Path("archive/old.md").write_bytes(CP1252_DRAFT.encode("cp1252"))
    write("new/new.md", CP1252_DRAFT)
    result, data = check_json("archive", "new")
    assert result.exit_code == 1, result.stderr  # 1: the repeated word, an error (2: a draft not read)
    assert found(data) == [("archive/old.md", 1, 19, 26, "the the"), ("new/new.md", 1, 19, 26, "the the")]


def test_encoding_option_wins_over_the_config():
    write(".editlint.yaml", "encoding: cp1252\n")
    write("a.md", "Café the the end.\n")  # UTF-8
    _, data = check_json("a.md")
    assert found(data) == [("a.md", 1, 7, 14, "the the")]  # "CafÃ©": mojibake, one column more
    _, data = check_json("--encoding", "utf-8", "a.md")
    assert found(data) == [("a.md", 1, 6, 13, "the the")]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("cp-1252", 'encoding: unknown encoding "cp-1252" (did you mean "cp1252"?)'),
        ("rot13", 'encoding: "rot13" is not a text encoding'),
        ("1252", "encoding must be the name of an encoding, such as cp1252"),
    ],
)
def test_config_encoding_is_validated(value, message):
    write(".editlint.yaml", f"fail_on: error\nencoding: {value}\n")
    write("a.md", REPEATED)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f".editlint.yaml:2: {message}", "note: a.md: not checked, its config has errors"]


def test_baseline_reads_drafts_with_the_encoding_option():
    Path("a.md").write_bytes(CP1252_DRAFT.encode("cp1252"))
    result = cli("baseline", "--encoding", "cp1252", "a.md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Recorded 1 finding(s) in 1 file(s) to .editlint-baseline.json.\n"


def test_decode_utf32_byte_order_marks():
    # A UTF-32 LE mark begins with the UTF-16 LE one: the longer one decides.
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        draft = decode("a.txt", bom + "Hi\n".encode(encoding))
        assert (draft.text, draft.encoding, draft.bom) == ("Hi\n", encoding, True)


def test_decode_with_an_encoding_tells_binary_data():
    with pytest.raises(BinaryFile):
        decode("a.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "cp1252")
    with pytest.raises(BinaryFile):  # NUL characters, not NUL bytes, in a wide encoding
        decode("a.bin", b"\x00\x00\x00\x00", "utf-16-le")
    assert decode("a.txt", "Hi".encode("utf-16-le"), "utf-16-le").text == "Hi"


def test_text_encoding_names():
    assert text_encoding("latin1") == "iso8859-1"
    assert text_encoding("Windows-1252") == "cp1252"
    assert text_encoding("UTF8") == "utf-8"


# =========================================================================== empty drafts


def test_empty_and_blank_drafts_are_checked_and_pass():
    Path("empty.md").write_bytes(b"")
    Path("blank.txt").write_bytes(b"  \n\n\t\r\n")
    Path("bom.md").write_bytes(codecs.BOM_UTF8)
    Path("bom16.txt").write_bytes(codecs.BOM_UTF16_LE)
    result, data = check_json("empty.md", "blank.txt", "bom.md", "bom16.txt")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert data["diagnostics"] == [] and data["errors"] == []
    assert data["summary"]["files"] == 4


# =========================================================================== max_file_size


ADVERT = "Advertisement\n\n"  # boilerplate.advertisement, an error: exit 1 when checked


def test_file_over_max_file_size_is_skipped_with_a_note():
    write(".editlint.yaml", "max_file_size: 1KB\n")
    write("big.md", "Story.\n\n" + ADVERT * 100)  # 1,508 bytes
    write("small.md", EXTRA_SPACE)
    result, data = check_json("big.md", "small.md")
    assert stderr_lines(result) == ["note: big.md: skipped, too large: 1,508 bytes (max_file_size is 1 KB)"]
    # The skip does not fail the run: only small.md's warning counts.
    assert result.exit_code == 0
    assert data["summary"]["files"] == 1
    assert found(data) == [("small.md", 1, 8, 10, "  ")]


def test_max_file_size_option_wins_over_the_config():
    write(".editlint.yaml", "max_file_size: 1KB\n")
    write("big.md", "Story.\n\n" + ADVERT * 100)
    result = cli("check", "--max-file-size", "2 kb", "big.md")
    assert result.exit_code == 1  # checked: its advertisement slots are errors
    result = cli("check", "--max-file-size", "100", "big.md")
    assert stderr_lines(result) == ["note: big.md: skipped, too large: 1,508 bytes (--max-file-size is 100 bytes)"]
    assert result.exit_code == 0


def test_default_limit_is_10_mb_and_told_by_stat_before_reading(monkeypatch):
    assert DEFAULT_MAX_FILE_SIZE == 10 * 1024 * 1024
    with open("huge.md", "wb") as handle:
        handle.truncate(DEFAULT_MAX_FILE_SIZE + 1)  # sparse: no disk space used
    with open("limit.md", "wb") as handle:
        handle.truncate(DEFAULT_MAX_FILE_SIZE)
    reads: list[str] = []
    real_open = Path.open

    class CountingHandle:
        def __init__(self, path, handle):
            self.path, self.handle = path, handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def read(self, *args):
            reads.append(self.path.name)
            return self.handle.read(*args)

    def counting_open(self, *args, **kwargs):
        handle = real_open(self, *args, **kwargs)
        return CountingHandle(self, handle) if self.name in ("huge.md", "limit.md") else handle

    monkeypatch.setattr(Path, "open", counting_open)
    result = cli("check", "huge.md", "limit.md")
    assert stderr_lines(result) == [
        # At the limit, it is read (and its zero bytes make it binary).
        "limit.md: format not supported (binary data)",
        "note: huge.md: skipped, too large: 10,485,761 bytes (max_file_size is 10 MB)",
    ]
    assert reads == ["limit.md"]
    assert result.exit_code == 2


def test_standard_input_over_the_limit_is_skipped():
    result = cli("check", "--max-file-size", "10", "-", input=b"The the cat sat on the mat.\n")
    # Read no further than the limit: the size is not known.
    assert stderr_lines(result) == ["note: -: skipped, too large: more than 10 bytes (--max-file-size is 10 bytes)"]
    assert result.exit_code == 0


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_stream_without_a_size_is_read_no_further_than_the_limit():
    with pytest.raises(TooLarge) as info:
        read_draft(Path("/dev/zero"), "zero", None, 1024)
    assert info.value.note() == "zero: skipped, too large: more than 1,024 bytes (max_file_size is 1 KB)"


@pytest.mark.parametrize("value", ["ten", "yes", "0", "-5", "10 TB", "1.5"])
def test_max_file_size_in_the_config_is_validated(value):
    write(".editlint.yaml", f"fail_on: error\nmax_file_size: {value}\n")
    write("a.md", REPEATED)
    result = cli("check", "a.md")
    assert result.exit_code == 2
    shown = {"0": "0", "-5": "-5", "1.5": "1.5"}.get(value, repr(value))
    assert stderr_lines(result) == [
        f'.editlint.yaml:2: max_file_size must be a size such as 10485760 or "10 MB" (B, KB, MB or GB), not {shown}',
        "note: a.md: not checked, its config has errors",
    ]


def test_max_file_size_option_is_validated():
    write("a.md", REPEATED)
    result = cli("check", "--max-file-size", "10 parsecs", "a.md")
    assert result.exit_code == 2
    assert result.stderr == (
        "--max-file-size must be a size such as 10485760 or \"10 MB\" (B, KB, MB or GB), not '10 parsecs'\n"
    )


def test_sizes():
    assert parse_size(2048) == 2048
    assert parse_size("7") == 7
    assert parse_size("10MB") == parse_size("10 mb") == parse_size("10M") == 10 * 1024 * 1024
    assert parse_size("1.5 KB") == 1536
    assert parse_size("1GB") == 1024**3
    for bad in (0, -1, True, 1.5, "", "MB", "0 KB", "10 TB"):
        with pytest.raises(ValueError):
            parse_size(bad)
    assert [format_size(n) for n in (700, 1024, 1536, 10 * 1024 * 1024, 3 * 1024**3)] == [
        "700 bytes",
        "1 KB",
        "1.5 KB",
        "10 MB",
        "3 GB",
    ]


# =========================================================================== symbolic links


@posix_only
def test_symlink_loop_named_is_one_error_and_others_are_checked():
    os.symlink("b.md", "a.md")
    os.symlink("a.md", "b.md")
    write("ok.md", REPEATED)
    result = cli("check", "a.md", "ok.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["a.md: too many levels of symbolic links (a symbolic link loop)"]
    assert result.stdout.startswith("ok.md:1:1: error [style.repeated-word]")


@posix_only
def test_dangling_symlink_is_one_error_and_others_are_checked():
    os.symlink("gone.md", "link.md")
    write("ok.md", REPEATED)
    result = cli("check", "link.md", "ok.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["link.md: broken symbolic link: its target gone.md does not exist"]
    assert result.stdout.startswith("ok.md:1:1: error [style.repeated-word]")


@posix_only
def test_folder_walk_with_link_loops_terminates():
    write("d/x.md", REPEATED)
    write("d/sub/y.md", REPEATED)
    os.symlink("..", "d/sub/up")  # a folder link back up: never followed
    os.symlink("self", "d/self")  # a link to itself, not a draft by its name
    os.symlink("b.md", "d/a.md")
    os.symlink("a.md", "d/b.md")
    os.symlink("nowhere.md", "d/dangling.md")
    os.symlink("x.md", "d/alias.md")  # a link to a draft is a draft
    result, data = check_json("d")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "d/a.md: too many levels of symbolic links (a symbolic link loop)",
        "d/b.md: too many levels of symbolic links (a symbolic link loop)",
        "d/dangling.md: broken symbolic link: its target nowhere.md does not exist",
    ]
    assert sorted({d["path"] for d in data["diagnostics"]}) == ["d/alias.md", "d/sub/y.md", "d/x.md"]


@posix_only
def test_folder_walk_with_excludes_and_a_link_loop():
    # Excludes compare resolved paths; resolving a loop must not crash the walk.
    write(".editlint.yaml", "exclude: [old/]\n")
    write("d/old/x.md", REPEATED)
    write("d/y.md", REPEATED)
    os.symlink("loop.md", "d/loop.md")
    result, data = check_json("d")
    assert stderr_lines(result) == ["d/loop.md: too many levels of symbolic links (a symbolic link loop)"]
    assert [d["path"] for d in data["diagnostics"]] == ["d/y.md"]


# =========================================================================== permissions


# These run for real as root too (CI): see helpers.cli_unprivileged.


@posix_only
def test_unreadable_file_for_real():
    write("locked.md", REPEATED)
    write("ok.md", REPEATED)
    os.chmod("locked.md", 0)
    try:
        result = cli_unprivileged("check", "locked.md", "ok.md")
    finally:
        os.chmod("locked.md", 0o644)
    assert result.exit_code == 2
    assert stderr_lines(result) == ["locked.md: permission denied"]
    assert result.stdout.startswith("ok.md:1:1: error [style.repeated-word]")


def test_permission_denied_when_reading(monkeypatch):
    # As root (CI), a mode of 0 does not stop a read: make the read fail.
    write("locked.md", REPEATED)
    write("ok.md", REPEATED)
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):
        if self.name == "locked.md":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    result = cli("check", "locked.md", "ok.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["locked.md: permission denied"]
    assert result.stdout.startswith("ok.md:1:1: error [style.repeated-word]")


def test_folder_that_cannot_be_listed(monkeypatch):
    # What a folder of mode 0 does to a user other than root: it cannot be
    # listed (os.walk drops it without a word unless told to say), and
    # nothing in it can be looked at, not even a config it might hold.
    write("d/locked/x.md", REPEATED)
    write("d/ok.md", REPEATED)
    real_scandir, real_stat = os.scandir, Path.stat

    def refusing_scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def refusing_stat(self, *args, **kwargs):
        if self.parent.name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    monkeypatch.setattr(Path, "stat", refusing_stat)
    result = cli("check", "d")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"{Path('d/locked')}: permission denied"]
    assert result.stdout.startswith("d/ok.md:1:1: error [style.repeated-word]")


@posix_only
def test_folder_that_cannot_be_listed_for_real():
    write("d/locked/x.md", REPEATED)
    write("d/ok.md", REPEATED)
    os.chmod("d/locked", 0)
    try:
        result = cli_unprivileged("check", "d")
    finally:
        os.chmod("d/locked", 0o755)
    assert result.exit_code == 2
    assert stderr_lines(result) == ["d/locked: permission denied"]
    assert result.stdout.startswith("d/ok.md:1:1: error [style.repeated-word]")


# =========================================================================== blocks that cannot be placed

UNPLACED_CELL = (
    "note: a.md:5: table cell not checked: editlint could not map its text exactly to the source (please report this)"
)


def test_a_markdown_block_that_cannot_be_placed_is_a_note_and_the_rest_is_checked():
    # markdown-it reads "C:\\|" in a table cell as an escaped pipe, so the
    # cell's text is not the source's: it is left unchecked, and said so.
    write("a.md", "# Storm Hits Coast\n\n| Path | Size |\n|---|---|\n| C:\\\\| 3 |\n\nThe the cat sat.\n")
    for _ in range(2):  # the second run reads the cache: the note is kept there
        result = cli("check", "a.md")
        assert result.exit_code == 1  # the doubled word; the note changes nothing
        assert stderr_lines(result) == [UNPLACED_CELL]
        assert result.stdout.startswith("a.md:7:1: error [style.repeated-word]")


def test_a_front_matter_value_that_cannot_be_placed_is_a_note():
    write("a.md", '---\ntitle: "Storm \\"hits\\" coast"\n---\n\nThe cat sat.\n')
    result = cli("check", "--no-cache", "a.md")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        'note: a.md:2: front matter "title" not checked: editlint could not map its value exactly to the source '
        "(escapes in quoted values, such as \\\" or '', are not mapped)"
    ]


# =========================================================================== all at once, in a real process


@posix_only
def test_every_bad_draft_in_one_real_process(tmp_path):
    write("d/ok.md", REPEATED)
    write("d/empty.md", "")
    Path("d/photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    Path("d/latin.md").write_bytes("Déjà vu.\n".encode("latin-1"))
    Path("d/wide.md").write_bytes(codecs.BOM_UTF16_LE + REPEATED.encode("utf-16-le"))
    write("d/big.md", "x" * 2000)
    os.symlink("b.md", "d/a.md")
    os.symlink("a.md", "d/b.md")
    os.symlink("gone.md", "d/dangling.md")
    write("nodrafts/notes.rst", "x\n")
    proc = subprocess.run(
        [sys.executable, "-m", "editlint", "--max-file-size", "1KB", "--format", "json", "d", "nodrafts", "missing.md"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    assert proc.returncode == 2
    assert sorted(stderr.splitlines()) == sorted(
        [
            "missing.md: no such file or directory",
            "d/a.md: too many levels of symbolic links (a symbolic link loop)",
            "d/b.md: too many levels of symbolic links (a symbolic link loop)",
            "d/dangling.md: broken symbolic link: its target gone.md does not exist",
            "d/latin.md:1: not valid UTF-8: byte 0xe9 at column 2" + HINT,
            "note: nodrafts: no drafts found (looked for *.md, *.markdown, *.txt, *.docx, *.html, *.htm)",
            "note: d/photo.md: skipped, binary file",
            "note: d/big.md: skipped, too large: 2,000 bytes (--max-file-size is 1 KB)",
        ]
    )
    data = json.loads(proc.stdout)
    assert sorted({d["path"] for d in data["diagnostics"]}) == ["d/ok.md", "d/wide.md"]
    assert data["summary"]["files"] == 3  # ok, empty and wide


# =========================================================================== docs/reliability.md


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
    }


def _named_tests() -> list[tuple[str, str, str | None]]:
    """(file, test, parameter id) for each ``tests/file.py::test[id]`` in the doc."""
    text = RELIABILITY_DOC.read_text(encoding="utf-8")
    return re.findall(r"(tests/[\w/]+\.py)::(\w+)(?:\[([^\]]+)\])?", text)


def test_reliability_doc_names_only_tests_that_exist():
    named = _named_tests()
    assert len(named) >= 25
    missing = []
    for file, test, param in named:
        path = ROOT / file
        if not path.is_file() or test not in _test_names(path):
            missing.append(f"{file}::{test}")
        elif param and param not in path.read_text(encoding="utf-8"):
            missing.append(f"{file}::{test}[{param}]")
    assert missing == [], "docs/reliability.md names tests that do not exist"


def _bad_input_rows() -> list[list[str]]:
    text = RELIABILITY_DOC.read_text(encoding="utf-8")
    table = text.split("## Bad input", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows[2:]]


def test_every_bad_input_row_has_a_message_an_exit_code_and_a_test():
    rows = _bad_input_rows()
    for row in rows:
        assert len(row) == 4, row
        _, message, code, test = row
        assert message, row
        assert re.search(r"\b[012]\b", code), row
        assert re.search(r"tests/[\w/]+\.py::\w+", test), row


REQUIRED_CASES = [
    "missing path",
    "no drafts",
    "binary",
    "invalid utf-8",
    "utf-16 with a byte-order mark",
    "empty",
    "max_file_size",
    "symbolic link loop",
    "read permission",
    "malformed yaml rule file",
    "malformed yaml config",
    "unknown rule kind",
    "unknown option",
    "invalid regex",
    "extends cycle",
    "languagetool server down",
    "languagetool server slow",
    "languagetool server returning garbage",
]


def test_reliability_doc_covers_every_required_case():
    inputs = " ".join(row[0] for row in _bad_input_rows()).replace("`", "").casefold()
    assert [case for case in REQUIRED_CASES if case not in inputs] == []
    text = RELIABILITY_DOC.read_text(encoding="utf-8")
    for section in ("Hostile rules", "Fixes never lose data", "Load", "Property tests"):
        assert re.search(rf"^## {section}$", text, re.MULTILINE), section
