"""Which files a config covers: its ``include`` and ``exclude`` patterns."""

from __future__ import annotations

from pathlib import Path

from .config import Config


class PathFilters:
    """A config's include and exclude patterns, compiled once, and only when
    needed (checking one named file with no excludes imports nothing)."""

    def __init__(self, config: Config) -> None:
        self.root = config.root
        self._include_patterns = config.include
        self._include = None
        by_base: dict[Path, list[str]] = {}
        for base, pattern in config.exclude:
            by_base.setdefault(base, []).append(pattern)
        self.exclude = []
        if by_base:
            from pathspec import GitIgnoreSpec

            self.exclude = [(base, GitIgnoreSpec.from_lines(patterns)) for base, patterns in by_base.items()]

    def excluded(self, path: Path, is_dir: bool = False) -> bool:
        for base, spec in self.exclude:
            relative = relative_name(resolved(path), base.resolve())
            if relative is not None and spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False

    def included(self, path: Path) -> bool:
        if self._include is None:
            from pathspec import GitIgnoreSpec

            self._include = GitIgnoreSpec.from_lines(self._include_patterns)
        relative = relative_name(resolved(path), self.root.resolve()) or path.name
        return self._include.match_file(relative)


def relative_name(path: Path, base: Path) -> str | None:
    """How a file inside ``base`` is named from it, with forward slashes
    ("desk/story.md"); None when it lies outside. Neither path is resolved
    here: callers that follow links resolve both first."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def resolved(path: Path) -> Path:
    """``path`` made absolute with its links followed; a link that leads
    nowhere, or round in a loop, stays itself (its folder resolved), so that
    reading it can say what is wrong."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop
        return path.parent.resolve() / path.name
