"""Lines added or changed since a git ref, for ``--diff-base REF``: a large
archive adopts editlint without fixing its past."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .errors import EditlintError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise EditlintError("--diff-base", "git is not installed") from None
    if done.returncode != 0:
        said = _last_line(done.stderr) or f"{args[0]} failed with exit code {done.returncode}"
        raise EditlintError("--diff-base", f"git: {said}")
    return done.stdout


def _last_line(text: str) -> str:
    """git's own message: the last line it wrote, without "fatal: "."""
    lines = text.strip().splitlines()
    return lines[-1].removeprefix("fatal: ").strip() if lines else ""


def _verify_commit(ref: str, cwd: Path) -> None:
    """Raise, with git's reason, unless ``ref`` names one commit. ``rev-parse
    --verify`` alone says only "Needed a single revision"; asked without
    --verify, git says why ("bad revision 'x'"), and a ref git takes but
    that is no single commit (a range, a tree) gets a line of its own."""
    if ref.startswith("-"):
        # Never an option of git's: "--output=FILE" would write a file.
        raise EditlintError("--diff-base", f'"{ref}" is not a git ref: it starts with "-"')
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], cwd)
    except EditlintError:
        _git(["rev-parse", "--end-of-options", ref, "--"], cwd)
        raise EditlintError("--diff-base", f"git: '{ref}' does not name a single commit") from None


class ChangedLines:
    """Which lines of which files changed since ``ref`` (the working tree
    against the ref; files git does not track count as wholly new)."""

    def __init__(self, ref: str, cwd: Path | None = None) -> None:
        self.cwd = (cwd or Path.cwd()).resolve()
        self.root = Path(_git(["rev-parse", "--show-toplevel"], self.cwd).strip())
        _verify_commit(ref, self.cwd)
        self._lines: dict[Path, set[int]] = {}
        diff = _git(
            ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--end-of-options", ref, "--", "."], self.root
        )
        current: Path | None = None
        for line in diff.splitlines():
            if line.startswith("+++ "):
                name = line[4:]
                current = None if name == "/dev/null" else (self.root / name[2:]).resolve()
                if current is not None:
                    self._lines.setdefault(current, set())
            elif line.startswith("@@") and current is not None:
                m = _HUNK.match(line)
                if m:
                    start, count = int(m.group(1)), int(m.group(2) or 1)
                    self._lines[current].update(range(start, start + count))
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], self.root)
        self._new = {(self.root / name).resolve() for name in untracked.split("\0") if name}

    def changed(self, path: Path, line: int) -> bool:
        resolved = path.resolve()
        if resolved in self._new:
            return True
        return line in self._lines.get(resolved, ())
