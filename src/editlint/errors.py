"""Errors that stop a file, a rule or a config from being used.

Each one prints as a single line, ``path:line: message`` (or ``path:
message`` when no line applies), and makes the run exit with code 2.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class EditlintError(Exception):
    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"

    def __reduce__(self):
        # Errors travel from the processes that check drafts in parallel.
        return (type(self), (self.path, self.message, self.line))


class UsageError(EditlintError):
    """The command line asks for something that cannot be done: ``path`` is
    the option ("--encoding"), and nothing is checked. ``separator`` joins
    the two when printed: "--max-file-size must be ..." reads better
    without a colon."""

    def __init__(self, option: str, message: str, separator: str = ": ") -> None:
        super().__init__(option, message)
        self.separator = separator

    def __str__(self) -> str:
        return f"{self.path}{self.separator}{self.message}"

    def __reduce__(self):
        return (type(self), (self.path, self.message, self.separator))


class ConfigError(EditlintError):
    """A config file is missing, malformed or holds an unknown key or bad
    value. Raised for a whole config (by the API), ``errors`` holds every
    mistake in it, in the order of its lines; ``str()`` is the first."""

    def __init__(self, path: str, message: str, line: int | None = None, errors=None) -> None:
        super().__init__(path, message, line)
        self.errors: list[EditlintError] = list(errors) if errors else [self]


class RuleError(EditlintError):
    """A rule file or one rule in it is invalid."""


class InputError(EditlintError):
    """A draft cannot be read or decoded."""


class RuleStopped(EditlintError):
    """A rule stopped before it finished checking a draft: its regex ran out
    of time, or it raised an exception (see editlint.engine.RuleFailure)."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean "x"?)' for the closest choice, or ''."""
    close = closest(word, choices)
    return f' (did you mean "{close}"?)' if close is not None else ""


def closest(word: str, choices: Iterable[str]):
    """The choice closest to ``word`` (ignoring case), or None when none is close."""
    import difflib  # only to name a mistake

    by_folded = {str(c).casefold(): c for c in choices}
    close = difflib.get_close_matches(str(word).casefold(), list(by_folded), n=1, cutoff=0.6)
    return by_folded[close[0]] if close else None


#: The folder paths are shown relative to; None: the working folder. A
#: cluster worker sets it to the working folder of the run it checks for,
#: so that its messages name configs and rule files as the run's own would.
_shown_from: str | None = None


def show_paths_from(folder: str | None) -> None:
    """Show paths relative to ``folder`` (None: the working folder)."""
    global _shown_from
    _shown_from = folder


def display_path(path: Path | str) -> str:
    """``path`` relative to the working folder when it is inside it."""
    try:
        relative = os.path.relpath(path, _shown_from)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative
