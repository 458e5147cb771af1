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
        message = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise EditlintError("--diff-base", f"git: {message}")
    return done.stdout


class ChangedLines:
    """Which lines of which files changed since ``ref`` (the working tree
    against the ref; files git does not track count as wholly new)."""

    def __init__(self, ref: str, cwd: Path | None = None) -> None:
        self.cwd = (cwd or Path.cwd()).resolve()
        self.root = Path(_git(["rev-parse", "--show-toplevel"], self.cwd).strip())
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], self.cwd)
        self._lines: dict[Path, set[int]] = {}
        diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--", "."], self.root)
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
