"""--fix never loses data: every byte outside the edits, the file's mode and
owner are kept; a file changed meanwhile is not written; a
failed or interrupted write leaves the draft as it was and no temporary
file; and a run killed at any moment leaves each draft either untouched or
fully fixed."""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import cli, cli_unprivileged, write

import editlint.fixer
import editlint.pipeline
from editlint.fixer import TEMPORARY_SUFFIX, fix_text, is_temporary

pytestmark = pytest.mark.usefixtures("in_tmp")

# Safe fixes: two spaces between words and a repeated word.
DRAFT = "# Council Approves Plan\n\nThe council met  today and the the vote passed.\nIt was close.\n"
FIXED = "# Council Approves Plan\n\nThe council met today and the vote passed.\nIt was close.\n"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes, owners and signals")


def files_in(folder: Path | str = ".") -> list[str]:
    """Every file under ``folder`` (hidden ones too), relative, sorted."""
    folder = Path(folder)
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- bytes outside the edits


def _encoded(text: str, newline: str, encoding: str, bom: bytes) -> bytes:
    return bom + text.replace("\n", newline).encode(encoding)


ENCODINGS = {
    "utf-8": ("utf-8", b""),
    "utf-8 bom": ("utf-8", codecs.BOM_UTF8),
    "utf-16-le bom": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-16-be bom": ("utf-16-be", codecs.BOM_UTF16_BE),
}
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("newline", NEWLINES.values(), ids=NEWLINES.keys())
@pytest.mark.parametrize("encoding, bom", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_encoding_bom_and_line_endings_are_kept_byte_for_byte(encoding, bom, newline):
    Path("a.md").write_bytes(_encoded(DRAFT, newline, encoding, bom))
    result = cli("check", "--no-cache", "--fix", "a.md")
    assert result.exit_code == 0, result.stderr
    assert Path("a.md").read_bytes() == _encoded(FIXED, newline, encoding, bom)
    assert files_in() == ["a.md"]


def test_mixed_line_endings_and_no_final_newline_are_kept():
    source = "# Council Approves Plan\r\n\r\nThe council met  today\nand the the vote passed.\rIt was close."
    Path("a.md").write_bytes(source.encode("utf-8"))
    cli("check", "--no-cache", "--fix", "a.md")
    assert Path("a.md").read_bytes() == source.replace("met  today", "met today").replace("the the", "the").encode(
        "utf-8"
    )


# --------------------------------------------------------------------------- mode, owner, links


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755, 0o2755], ids=oct)
def test_the_file_mode_is_kept(mode):
    write("a.md", DRAFT, dedent=False)
    os.chmod("a.md", mode)
    cli("check", "--no-cache", "--fix", "a.md")
    assert Path("a.md").read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(os.stat("a.md").st_mode) == mode
    assert files_in() == ["a.md"]


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="only root can give a file to another user")
def test_the_owner_and_group_are_kept():
    write("a.md", DRAFT, dedent=False)
    os.chown("a.md", 12345, 23456)
    cli("check", "--no-cache", "--fix", "a.md")
    info = os.stat("a.md")
    assert Path("a.md").read_text(encoding="utf-8") == FIXED
    assert (info.st_uid, info.st_gid) == (12345, 23456)


@posix_only
def test_a_symbolic_link_is_written_through_and_stays_a_link():
    write("real/a.md", DRAFT, dedent=False)
    os.symlink("real/a.md", "link.md")
    cli("check", "--no-cache", "--fix", "link.md")
    assert Path("link.md").is_symlink()
    assert Path("real/a.md").read_text(encoding="utf-8") == FIXED
    assert files_in() == ["link.md", "real/a.md"]


# --------------------------------------------------------------------------- changed meanwhile, failed writes


def test_a_draft_changed_on_disk_after_it_was_read_is_not_overwritten(monkeypatch):
    write("a.md", DRAFT, dedent=False)
    someone_else = "# Council Approves Plan\n\nAn editor rewrote this meanwhile.\n"

    def fix_while_someone_writes(*args, **kwargs):
        outcome = fix_text(*args, **kwargs)
        Path("a.md").write_text(someone_else, encoding="utf-8")
        return outcome

    monkeypatch.setattr(editlint.pipeline, "fix_text", fix_while_someone_writes)
    result = cli("check", "--no-cache", "--fix", "a.md")
    assert result.stderr == "a.md: changed on disk while being fixed: not written\n"
    assert result.exit_code == 2
    assert Path("a.md").read_text(encoding="utf-8") == someone_else
    assert files_in() == ["a.md"]


def test_a_failed_rename_leaves_the_draft_and_no_temporary_file(monkeypatch):
    write("a.md", DRAFT, dedent=False)
    write("b.md", DRAFT, dedent=False)

    def no_rename(source, destination):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", no_rename)
    result = cli("check", "--no-cache", "--fix", "a.md", "b.md")
    assert result.stderr.splitlines() == [
        "a.md: cannot write the fixes: Input/output error",
        "b.md: cannot write the fixes: Input/output error",
    ]
    assert result.exit_code == 2
    assert Path("a.md").read_text(encoding="utf-8") == DRAFT
    assert files_in() == ["a.md", "b.md"]


@posix_only
def test_a_folder_that_cannot_take_a_temporary_file_leaves_the_draft_alone():
    # For real as root too (CI): see helpers.cli_unprivileged.
    write("drafts/a.md", DRAFT, dedent=False)
    os.chmod("drafts", 0o555)
    try:
        result = cli_unprivileged("check", "--no-cache", "--fix", "drafts/a.md")
    finally:
        os.chmod("drafts", 0o755)
    assert result.stderr == "drafts/a.md: cannot write the fixes: Permission denied\n"
    assert result.exit_code == 2
    assert Path("drafts/a.md").read_text(encoding="utf-8") == DRAFT


def test_ctrl_c_while_writing_leaves_the_draft_and_no_temporary_file(monkeypatch):
    write("a.md", DRAFT, dedent=False)
    real_fsync = os.fsync

    def interrupted(fd):
        real_fsync(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    cli("check", "--no-cache", "--fix", "a.md")
    assert Path("a.md").read_text(encoding="utf-8") == DRAFT
    assert files_in() == ["a.md"]


def test_a_draft_is_written_once_whatever_the_number_of_passes(monkeypatch):
    # "the the the": the two overlapping repeats are fixed in two passes.
    write("a.md", "# Title\n\nThe vote passed and the the the  council  met.\n", dedent=False)
    passes, writes = [], []
    real_fix_text, real_write = editlint.pipeline.fix_text, editlint.fixer.write_draft

    def counting_fix_text(*args, **kwargs):
        outcome = real_fix_text(*args, **kwargs)
        passes.append(outcome.passes)
        return outcome

    def counting_write(path, original, new):
        writes.append(new)
        real_write(path, original, new)

    monkeypatch.setattr(editlint.pipeline, "fix_text", counting_fix_text)
    monkeypatch.setattr(editlint.fixer, "write_draft", counting_write)
    cli("check", "--no-cache", "--fix", "a.md")
    assert passes[0] > 1
    assert writes == [b"# Title\n\nThe vote passed and the council met.\n"]
    assert Path("a.md").read_bytes() == writes[0]


# --------------------------------------------------------------------------- killed runs

DRAFT_COUNT = 45


def _draft(n: int) -> str:
    """A draft with fixes in every paragraph, different in each draft."""
    paragraphs = [
        f"The council met  on day {n} and the the vote on plan {n} passed.",
        f"Residents of ward {n} said that that the bridge  would ease traffic.",
        f"The mayor said the the plan would cost {n} million dollars  in all.",
    ]
    return f"# Council Approves Plan {n}\n\n" + "\n\n".join(paragraphs * 4) + "\n"


def _fix_command(folder: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "editlint", "check", "--no-cache", "--fix", "--jobs", str(jobs), str(folder)]


def _group_alive(group: int) -> bool:
    """Whether a process of the group is still running (zombies do not count)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        state, group_id = fields[0], int(fields[2])
        if group_id == group and state not in ("Z", "X"):
            return True
    return False


def _identity(path: Path) -> tuple[int, int, int]:
    """What changes when a file is written, whether in place or replaced."""
    info = os.stat(path)
    return info.st_ino, info.st_mtime_ns, info.st_size


def _kill_when(
    folder: Path, originals: dict[str, bytes], fixed_at_least: int, jobs: int, sig: int = signal.SIGKILL
) -> str:
    """Run --fix over ``folder`` and send ``sig`` to it and its workers once
    ``fixed_at_least`` drafts are written (0: as soon as it starts); return
    what it wrote on standard error."""
    before = {name: _identity(folder / name) for name in originals}
    process = subprocess.Popen(
        _fix_command(folder, jobs), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while fixed_at_least and process.poll() is None and time.monotonic() < deadline:
            written = sum(_identity(folder / name) != identity for name, identity in before.items())
            if written >= fixed_at_least:
                break
            time.sleep(0.01)
    finally:
        with contextlib.suppress(ProcessLookupError):  # it finished before the signal
            os.killpg(process.pid, sig)
        _, stderr = process.communicate(timeout=120)
    deadline = time.monotonic() + 30
    while _group_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    return stderr.decode("utf-8", "replace")


needs_proc = pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the worker processes go")


@pytest.fixture(scope="module")
def fully_fixed(tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The drafts for the interrupted runs, and each as a run left alone fixes it."""
    originals = {f"d{n:03}.md": _draft(n).encode("utf-8") for n in range(DRAFT_COUNT)}
    folder = tmp_path_factory.mktemp("fully-fixed")
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    subprocess.run(_fix_command(folder, 2), check=False, capture_output=True, timeout=300)
    fixed = {name: (folder / name).read_bytes() for name in originals}
    assert all(fixed[name] != originals[name] for name in originals), "every draft has something to fix"
    return originals, fixed


def _copy(originals: dict[str, bytes], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    return folder


@posix_only
@needs_proc
def test_a_fix_run_killed_at_any_moment_leaves_each_draft_untouched_or_fully_fixed(in_tmp, fully_fixed):
    originals, fixed = fully_fixed
    # When to kill: at once, after the first write, a third and two thirds of
    # the way; in one process and with worker processes.
    moments = [(0, 1), (1, 1), (DRAFT_COUNT // 3, 1), (2 * DRAFT_COUNT // 3, 1), (DRAFT_COUNT // 3, 2)]
    folders = []
    partly_fixed_runs = 0
    for number, (fixed_at_least, jobs) in enumerate(moments):
        folder = _copy(originals, in_tmp / "runs" / str(number))
        folders.append(folder)
        _kill_when(folder, originals, fixed_at_least, jobs)
        fixed_count = 0
        for name in originals:
            data = (folder / name).read_bytes()
            assert data in (originals[name], fixed[name]), f"run {number}: {name} is neither original nor fixed"
            fixed_count += data == fixed[name]
        partly_fixed_runs += 0 < fixed_count < DRAFT_COUNT
        # A temporary file the kill left behind is hidden, and named so that
        # no folder walk takes it for a draft (see the test after this one).
        leftovers = sorted(set(files_in(folder)) - set(originals))
        assert all(is_temporary(name) and name.startswith(".d") for name in leftovers), leftovers
    assert partly_fixed_runs >= 2, "the kills landed in the middle of runs"
    # A second run finishes the job.
    subprocess.run(_fix_command(folders[3], 1), check=False, capture_output=True, timeout=300)
    assert {name: (folders[3] / name).read_bytes() for name in originals} == fixed


def test_a_temporary_file_left_by_a_killed_run_is_never_taken_for_a_draft():
    write("drafts/a.md", DRAFT, dedent=False)
    leftover = write(f"drafts/.a.md.k3x9_q2{TEMPORARY_SUFFIX}", DRAFT[:20], dedent=False)
    write("walk-everything.yaml", 'include: ["*"]\n')
    result = cli("check", "--no-cache", "--format", "json", "--config", "walk-everything.yaml", "drafts")
    assert json.loads(result.stdout)["summary"]["files"] == 1
    cli("check", "--no-cache", "--fix", "--config", "walk-everything.yaml", "drafts")
    assert Path("drafts/a.md").read_text(encoding="utf-8") == FIXED
    assert leftover.read_text(encoding="utf-8") == DRAFT[:20]


@posix_only
@needs_proc
def test_ctrl_c_stops_a_fix_run_with_workers_cleanly(in_tmp, fully_fixed):
    originals, fixed = fully_fixed
    folder = _copy(originals, in_tmp / "run")
    stderr = _kill_when(folder, originals, DRAFT_COUNT // 3, 2, signal.SIGINT)
    # Only the main process answers Ctrl-C: no worker prints a traceback.
    assert "Traceback" not in stderr and "Process" not in stderr, stderr
    for name in originals:
        assert (folder / name).read_bytes() in (originals[name], fixed[name]), name
