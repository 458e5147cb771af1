"""The pre-commit hook, with the real pre-commit in a real temporary git
repository whose .pre-commit-config.yaml points at this repository at its
current commit.

pre-commit builds the hook's environment by installing editlint from that
commit (once per test session; it needs the package index, as CI has), so
these tests take a while: they are the proof that writers can use the hook.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.com",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.com",
    }
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def head() -> str:
    found = git(REPO, "rev-parse", "HEAD", check=False)
    if found.returncode != 0:
        pytest.skip("this checkout has no commit for pre-commit to install from")
    return found.stdout.strip()


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    # One hook environment for the whole module: building it is the slow part.
    return tmp_path_factory.mktemp("pre-commit-home")


def newsroom(tmp_path: Path, head: str, hook: str = "editlint") -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO.as_posix()}\n    rev: {head}\n    hooks:\n      - id: {hook}\n",
        encoding="utf-8",
    )
    return repo


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )


def commit(repo: Path, home: Path, message: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.com",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.com",
        # The hook script finds pre-commit through this Python.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(
        ["git", "commit", "-m", message], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )


def commit_draft(repo: Path, home: Path, text: str | None = None) -> subprocess.CompletedProcess:
    """Write ``text`` (when given) to draft.md, stage it and the hook's
    config, and try to commit."""
    if text is not None:
        (repo / "draft.md").write_text(text, encoding="utf-8")
    git(repo, "add", "draft.md", ".pre-commit-config.yaml")
    return commit(repo, home, "add draft")


def test_the_hook_refuses_a_draft_with_an_error_and_accepts_a_clean_one(tmp_path, head, pre_commit_home):
    repo = newsroom(tmp_path, head)
    installed = pre_commit(repo, pre_commit_home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # A draft with web-page residue (an error): the commit is refused.
    refused = commit_draft(repo, pre_commit_home, "# Council Approves Plan\n\nThe council met today.\n\nShare:\n")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "draft.md:5:1: error [boilerplate.share-bar]" in output
    assert git(repo, "log", "--oneline", check=False).returncode != 0  # nothing was committed

    # The same draft cleaned up: the commit goes through.
    accepted = commit_draft(repo, pre_commit_home, "# Council Approves Plan\n\nThe council met today.\n")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "editlint....." in accepted.stderr and "Passed" in accepted.stderr  # the hook ran, and passed
    assert len(git(repo, "log", "--oneline").stdout.splitlines()) == 1


def test_the_hook_checks_plain_text_and_leaves_other_files_alone(tmp_path, head, pre_commit_home):
    repo = newsroom(tmp_path, head)
    (repo / "story.txt").write_text("Headline Here\n\nThe minister said the  plan.\n", encoding="utf-8")
    (repo / "notes.py").write_text("x = 'Share:'\n", encoding="utf-8")
    git(repo, "add", ".")
    run = pre_commit(repo, pre_commit_home, "run", "--all-files")
    # A warning only (two spaces): the hook passes.
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
    (repo / "story.txt").write_text("Headline Here\n\nLeave a Reply\n", encoding="utf-8")
    run = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert run.returncode == 1
    assert "story.txt:3:1: error [boilerplate.comment-form]" in run.stdout
    assert "notes.py" not in run.stdout


def test_the_fix_hook_leaves_a_staged_vocabulary_file_alone(tmp_path, head, pre_commit_home):
    # A vocabulary file is a .txt file, so pre-commit hands it to the hook
    # with the drafts: it must be neither checked nor "fixed" as one.
    repo = newsroom(tmp_path, head, hook="editlint-fix")
    (repo / ".editlint.yaml").write_text("vocab:\n  reject_files: [vocab/reject.txt]\n", encoding="utf-8")
    (repo / "vocab").mkdir()
    vocab = repo / "vocab" / "reject.txt"
    vocab.write_bytes(b"commence -> begin\nutilise -> use\n")
    draft = repo / "draft.md"
    draft.write_text("# Council Plan\n\nThe council will commence work on Monday.\n", encoding="utf-8")
    git(repo, "add", ".")

    run = pre_commit(repo, pre_commit_home, "run", "--all-files")
    # The draft is fixed (so the hook reports files changed), the vocabulary file is not touched.
    assert vocab.read_bytes() == b"commence -> begin\nutilise -> use\n", run.stdout
    assert draft.read_text(encoding="utf-8") == "# Council Plan\n\nThe council will begin work on Monday.\n"
    assert "vocab/reject.txt:1:" not in run.stdout  # no findings in it
    assert "files were modified by this hook" in run.stdout
    # The hook failed, so pre-commit shows its output: the note says why the file was left alone.
    assert "note: vocab/reject.txt: skipped, configuration (vocab.reject_files of .editlint.yaml)" in run.stdout

    git(repo, "add", ".")
    run = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
    assert "note:" not in run.stdout  # a passing hook is quiet: no noise on every commit
    assert vocab.read_bytes() == b"commence -> begin\nutilise -> use\n"


# --------------------------------------------------------------------------- the gate means something


DOUBLED = "# Council Approves Plan\n\nThe council approved the the plan on Monday.\n"
CLEAN = (
    "# Council Approves Plan\n\nThe council in Wagga Wagga approved the plan on Monday. The mayor said\n"
    "residents had had enough of floods.\n\n## Advertising\n\nShops paid for advertising in the local paper.\n"
)


def test_a_doubled_word_is_refused_by_the_default_hook_and_a_clean_draft_accepted(tmp_path, head, pre_commit_home):
    repo = newsroom(tmp_path, head)
    installed = pre_commit(repo, pre_commit_home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    refused = commit_draft(repo, pre_commit_home, DOUBLED)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert 'draft.md:3:22: error [style.repeated-word] The word "the" is repeated' in output
    assert git(repo, "log", "--oneline", check=False).returncode != 0  # nothing was committed

    # A clean story, with words said twice on purpose and a subheading
    # named like web residue: the commit goes through.
    accepted = commit_draft(repo, pre_commit_home, CLEAN)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert len(git(repo, "log", "--oneline").stdout.splitlines()) == 1


def test_the_fix_hook_refuses_a_doubled_word_it_cannot_fix_and_fixes_the_others(tmp_path, head, pre_commit_home):
    repo = newsroom(tmp_path, head, hook="editlint-fix")
    installed = pre_commit(repo, pre_commit_home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # A hard-wrapped quotation with the doubled word across the line break:
    # the "> " between the copies leaves no safe fix, so the error stays.
    wrapped = "# Council Approves Plan\n\n> The mayor said the council approved the\n> the plan on Monday.\n"
    refused = commit_draft(repo, pre_commit_home, wrapped)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "draft.md:3:39: error [style.repeated-word]" in output
    assert (repo / "draft.md").read_text(encoding="utf-8") == wrapped  # nothing it could not fix was touched

    # A doubled word on one line: the hook fixes it, and pre-commit refuses
    # the commit until the fixed draft is added.
    fixed = commit_draft(repo, pre_commit_home, DOUBLED)
    assert fixed.returncode != 0, fixed.stdout + fixed.stderr
    assert (repo / "draft.md").read_text(encoding="utf-8") == DOUBLED.replace("the the", "the")
    accepted = commit_draft(repo, pre_commit_home)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_the_hook_checks_html_and_word_drafts_and_leaves_other_binary_files_alone(tmp_path, head, pre_commit_home):
    docx = pytest.importorskip("docx")
    repo = newsroom(tmp_path, head)
    # Word drafts need python-docx in the hook's environment.
    config = repo / ".pre-commit-config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "        additional_dependencies: [python-docx]\n", encoding="utf-8"
    )
    (repo / "page.html").write_text("<h1>Plan</h1>\n<p>The council approved the the plan.</p>\n", encoding="utf-8")
    story = docx.Document()
    story.add_heading("Council Approves Plan", level=1)
    story.add_paragraph("The council approved the the plan.")
    story.save(repo / "story.docx")
    (repo / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    git(repo, "add", ".")
    run = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "page.html:2:25: error [style.repeated-word]" in run.stdout
    assert "story.docx:¶2:22: error [style.repeated-word]" in run.stdout
    assert "photo.png" not in run.stdout
