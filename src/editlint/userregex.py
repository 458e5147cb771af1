"""Regexes from rule files and configs, each search bounded in time.

A regex written by a user (or shipped in a rule set) can take exponential
time on an unlucky line: ``(a+)+$`` on a long run of a's backtracks for
ever. Every search through a :class:`BoundedPattern` passes the `regex`
package's ``timeout`` and, when it runs out, raises :class:`RegexTimeout`,
which the engine reports as that rule stopping on that draft.

The limit is per call: one search over one unit of a draft (a block or a
sentence). The config's ``regex_timeout`` sets it (see
:func:`timeout_of`); :data:`DEFAULT_TIMEOUT` applies otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import regex

#: Seconds one search of a user regex may take. Sound patterns take well
#: under a millisecond on a paragraph, so only a runaway one comes near.
DEFAULT_TIMEOUT = 1.0

_timeout = DEFAULT_TIMEOUT


@contextmanager
def timeout_of(seconds: float | None) -> Iterator[None]:
    """Bound every search inside the ``with`` block by ``seconds`` (None:
    the default): a draft's config sets it for that draft only."""
    global _timeout
    _timeout = DEFAULT_TIMEOUT if seconds is None else seconds
    try:
        yield
    finally:
        _timeout = DEFAULT_TIMEOUT


def timeout() -> float:
    """The limit searches have now, in seconds."""
    return _timeout


class RegexTimeout(TimeoutError):
    """A user regex took longer than the time limit on some text."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"a regex took longer than {seconds:g} s")
        self.seconds = seconds

    def __reduce__(self):
        return (type(self), (self.seconds,))


class BoundedPattern:
    """A compiled regex whose searches give up after the time limit,
    raising RegexTimeout. It offers the methods the rule kinds use."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern) -> None:
        self.compiled = compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def __repr__(self) -> str:
        return f"BoundedPattern({self.compiled.pattern!r})"

    def search(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return self.compiled.search(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def match(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return self.compiled.match(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return self.compiled.fullmatch(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None):
        # The limit covers the whole scan: the time spent finding every match.
        return _bounded(self.compiled.finditer(string, pos, endpos, timeout=_timeout))


def _bounded(matches):
    try:
        yield from matches
    except TimeoutError:
        raise RegexTimeout(_timeout) from None
