"""--jobs: drafts checked in worker processes give the report one process
gives, byte for byte, in the same order; and the progress bar shows only on
a terminal."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli, write

from editlint import runner
from editlint.errors import ConfigError, EditlintError, InputError, RuleError

TYPO = "# Story {n}\n\nThe council voted to aprove plan number {n} on Tuesday.\n"


@pytest.fixture
def newsroom(in_tmp):
    """Sixteen drafts (enough for worker processes) with findings, two
    drafts sharing a headline, input errors and a folder whose config is
    broken."""
    for n in range(12):
        write(f"drafts/story-{n:02}.md", TYPO.format(n=n))
    write("drafts/same-a.md", "# Council approves harbour plan\n\nThe council voted.\n")
    write("drafts/same-b.md", "# Council approves harbour plan\n\nThe mayor spoke.\n")
    (in_tmp / "drafts/latin1.md").write_bytes("# Caf\xe9\n\nA caf\xe9 opened.\n".encode("latin-1"))
    (in_tmp / "drafts/picture.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write("drafts/broken/.editlint.yaml", "rules: [unclosed\n")
    write("drafts/broken/one.md", TYPO.format(n=98))
    write("drafts/broken/two.md", TYPO.format(n=99))
    return in_tmp


def run(*args: str):
    result = cli(*args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_two_jobs_report_exactly_what_one_job_reports(newsroom, output_format):
    one = run("--no-cache", "--jobs", "1", "--format", output_format, "drafts")
    two = run("--no-cache", "--jobs", "2", "--format", output_format, "drafts")
    assert two == one
    code, stdout, stderr = one
    assert code == 2  # the broken config and the Latin-1 draft are errors
    assert stdout.count("spelling.typo") == 12
    assert stdout.count("headline.duplicate") == 2
    assert stderr.count(".editlint.yaml") == 1  # one broken config, said once
    assert "latin1.md" in stderr and "picture.md" in stderr


def test_two_jobs_with_the_cache_cold_and_warm(newsroom):
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "drafts")
    cache = str(newsroom / "cache")
    assert run("--cache-dir", cache, "--jobs", "2", "--format", "json", "drafts") == expected
    assert run("--cache-dir", cache, "--jobs", "2", "--format", "json", "drafts") == expected


_CHECK_IN_WORKER = runner._check_in_worker


def _check_and_log_pid(item):
    """runner._check_in_worker, noting the process it ran in (a function of
    this module, so the pool can send it to the workers by name)."""
    with open(os.environ["EDITLINT_TEST_PID_LOG"], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return _CHECK_IN_WORKER(item)


def test_jobs_really_use_other_processes(newsroom, monkeypatch):
    log = newsroom / "pids.txt"
    monkeypatch.setenv("EDITLINT_TEST_PID_LOG", str(log))
    monkeypatch.setattr(runner, "_check_in_worker", _check_and_log_pid)
    expected = run("--no-cache", "--jobs", "1", "drafts")
    assert not log.exists()  # one job: no workers
    assert run("--no-cache", "--jobs", "2", "drafts") == expected
    pids = set(log.read_text(encoding="utf-8").split())
    assert pids and str(os.getpid()) not in pids


def test_spawned_workers_as_on_macos_and_windows(newsroom, monkeypatch):
    # Spawned workers build their own Checker from the run's settings.
    monkeypatch.setattr(runner, "_process_context", lambda: multiprocessing.get_context("spawn"))
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "--select", "spelling,headline", "drafts")
    assert run("--no-cache", "--jobs", "2", "--format", "json", "--select", "spelling,headline", "drafts") == expected


def test_few_drafts_are_checked_in_this_process(in_tmp, monkeypatch):
    monkeypatch.setattr(runner, "_process_context", lambda: pytest.fail("started workers for two drafts"))
    write("a.md", TYPO.format(n=1))
    write("b.md", TYPO.format(n=2))
    code, stdout, _ = run("--no-cache", "--jobs", "2", "a.md", "b.md")
    assert code == 1 and stdout.count("spelling.typo") == 2


_CHECK = runner.Checker.check
_PROCESS_CONTEXT = runner._process_context


def _check_and_log_pid_of_every_draft(self, item):
    with open(os.environ["EDITLINT_TEST_PID_LOG"], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return _CHECK(self, item)


def test_two_jobs_are_this_process_and_one_worker_sharing_the_drafts(newsroom, monkeypatch):
    # A pool of two workers left this process idle while each worker learnt
    # the common words again: now this process takes drafts as a worker does.
    log = newsroom / "pids.txt"
    monkeypatch.setenv("EDITLINT_TEST_PID_LOG", str(log))
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "drafts")
    monkeypatch.setattr(runner.Checker, "check", _check_and_log_pid_of_every_draft)
    assert run("--no-cache", "--jobs", "2", "--format", "json", "drafts") == expected
    pids = log.read_text(encoding="utf-8").split()
    assert len(pids) == 18  # every draft checked once
    counts = {pid: pids.count(pid) for pid in set(pids)}
    assert len(counts) == 2  # this process and one worker
    assert counts.pop(str(os.getpid())) >= 2  # more than the first draft, checked before the fork
    assert next(iter(counts.values())) >= 1


def _die_on_story_five(item):
    if item.shown.endswith("story-05.md"):
        os._exit(3)  # a worker killed (out of memory, a signal) mid-draft
    return _CHECK_IN_WORKER(item)


def test_drafts_a_killed_worker_took_are_checked_in_this_process(newsroom, monkeypatch):
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "drafts")
    monkeypatch.setattr(runner, "_check_in_worker", _die_on_story_five)
    assert run("--no-cache", "--jobs", "3", "--format", "json", "drafts") == expected


def test_default_jobs_check_a_short_run_in_this_process(newsroom, monkeypatch):
    monkeypatch.setattr(runner, "default_jobs", lambda: 2)
    monkeypatch.setattr(runner, "_process_context", lambda: pytest.fail("started workers for a short run"))
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "drafts")
    assert run("--no-cache", "--format", "json", "drafts") == expected  # 18 drafts, 1 kB
    # The same drafts over the threshold: workers, and the same report.
    monkeypatch.setattr(runner, "_process_context", _PROCESS_CONTEXT)
    monkeypatch.setattr(runner, "PARALLEL_BYTES", 500)
    log = newsroom / "pids.txt"
    monkeypatch.setenv("EDITLINT_TEST_PID_LOG", str(log))
    monkeypatch.setattr(runner, "_check_in_worker", _check_and_log_pid)
    assert run("--no-cache", "--format", "json", "drafts") == expected
    assert log.exists()


def _check_and_log_name(self, item):
    with open(os.environ["EDITLINT_TEST_PID_LOG"], "a", encoding="utf-8") as out:
        out.write(f"{item.shown}\n")
    return _CHECK(self, item)


def test_a_long_draft_named_last_is_checked_first_and_reported_in_its_place(newsroom, monkeypatch):
    # Started last, the long draft would leave the other process idle while
    # one checked it: the workers take it first, the report keeps its order.
    long = "# Budget\n\n" + "The council voted to aprove the plan on Tuesday. " * 400 + "\n"
    write("drafts/zz-long.md", long)
    expected = run("--no-cache", "--jobs", "1", "--format", "json", "drafts")
    log = newsroom / "names.txt"
    monkeypatch.setenv("EDITLINT_TEST_PID_LOG", str(log))
    monkeypatch.setattr(runner.Checker, "check", _check_and_log_name)
    assert run("--no-cache", "--jobs", "2", "--format", "json", "drafts") == expected
    names = log.read_text(encoding="utf-8").split()
    assert len(names) == 19 and names[-1] != "drafts/zz-long.md"
    assert "drafts/zz-long.md" in names[1:3]  # after the draft checked before the fork
    assert json.loads(expected[1])["diagnostics"][-1]["path"] == "drafts/zz-long.md"


def test_the_dispatch_order_takes_only_the_long_drafts_out_of_their_place(tmp_path):
    sizes = [100, 100, 900, 100, 100, 5000, 100, 700, 100, 100]
    items = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"d{n}.md"
        path.write_text("x" * size, encoding="utf-8")
        items.append(runner.DraftItem(path.name, path, path=path))
    # The mean of items[1:] is 811 bytes: 5000 is over four times it, 900 is not.
    assert runner.dispatch_order(items) == [5, 1, 2, 3, 4, 6, 7, 8, 9]
    # Standard input counts by its bytes; a draft that cannot be read, as empty.
    items.append(runner.DraftItem("-", tmp_path / "stdin", data=b"y" * 20_000))
    items.append(runner.DraftItem("gone.md", tmp_path / "gone.md", path=tmp_path / "gone.md"))
    # (The mean is now 2,473 bytes: only standard input is long.)
    assert runner.dispatch_order(items) == [10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]


def test_jobs_must_be_a_positive_number(in_tmp):
    write("a.md", TYPO.format(n=1))
    code, _, stderr = run("--jobs", "0", "a.md")
    assert code == 2 and "--jobs" in stderr


@pytest.mark.parametrize(
    "error",
    [
        InputError("draft.md", "invalid UTF-8 at column 7", 3),
        ConfigError(".editlint.yaml", "unknown key 'rulez'", 2),
        RuleError("rules/house.yaml", "invalid regex", 9),
        EditlintError("languagetool", "server not reachable"),
    ],
)
def test_errors_cross_process_boundaries_intact(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)


# --------------------------------------------------------------------------- progress bar


def _drafts(folder: Path, count: int) -> None:
    for n in range(count):
        write(folder / f"story-{n:03}.md", TYPO.format(n=n))


def _run_with_terminal_stderr(args: list[str], cwd: Path) -> tuple[bytes, bytes]:
    """Run editlint with standard error on a pseudo-terminal (as in a shell)
    and standard output piped; return both."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "editlint", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=follower
    )
    os.close(follower)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        terminal += chunk
    stdout = process.stdout.read()
    process.wait(timeout=120)
    os.close(leader)
    return stdout, terminal


def test_progress_bar_on_a_terminal_for_a_long_run(tmp_path):
    _drafts(tmp_path / "drafts", 60)
    stdout, terminal = _run_with_terminal_stderr(["--no-cache", "--jobs", "1", "drafts"], tmp_path)
    assert b"Checking" in terminal and b"60/60" in terminal
    assert b"Checking" not in stdout and stdout.count(b"spelling.typo") == 60


def test_no_progress_bar_for_a_few_drafts_on_a_terminal(tmp_path):
    _drafts(tmp_path / "drafts", 3)
    _, terminal = _run_with_terminal_stderr(["--no-cache", "drafts"], tmp_path)
    assert b"Checking" not in terminal


def test_no_progress_bar_when_standard_error_is_piped(tmp_path):
    _drafts(tmp_path / "drafts", 60)
    result = subprocess.run(
        [sys.executable, "-m", "editlint", "--no-cache", "drafts"], cwd=tmp_path, capture_output=True, timeout=120
    )
    assert result.returncode == 1 and result.stderr == b""
