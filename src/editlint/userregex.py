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

import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .requiredtext import Required

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
    raising RegexTimeout. It offers the methods the rule kinds use.

    Made by :func:`compile_checked` from a pattern known to compile, it is
    compiled on first use (from its stored compiled form, see
    :func:`_stored_or_compiled`): a rule that never searches a draft (its
    words occur nowhere) never loads its pattern."""

    __slots__ = ("_compiled", "_source", "_scanned", "_required")

    def __init__(self, compiled: regex.Pattern | None = None, source: tuple[str, int] | None = None) -> None:
        self._compiled = compiled
        #: (pattern, flags) to compile on first use, when not compiled yet.
        self._source = source
        #: Characters the scans (finditer) have searched before the strings
        #: a match needs were read; then what every match needs
        #: (editlint.requiredtext), or False when nothing sure could be read.
        self._scanned = 0
        self._required: Required | bool | None = None

    @property
    def compiled(self) -> regex.Pattern:
        return self._compiled or self._compile()

    def _compile(self) -> regex.Pattern:
        self._compiled = _stored_or_compiled(self._source)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source[0] if self._compiled is None else self._compiled.pattern

    def __repr__(self) -> str:
        return f"BoundedPattern({self.pattern!r})"

    def search(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return (self._compiled or self._compile()).search(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def match(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return (self._compiled or self._compile()).match(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None):
        try:
            return (self._compiled or self._compile()).fullmatch(string, pos, endpos, timeout=_timeout)
        except TimeoutError:
            raise RegexTimeout(_timeout) from None

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None):
        required = self._required
        if pos is not None or endpos is not None:
            found = self.search(string, pos, endpos)
        elif required is None:
            # What every match needs is read once the pattern has scanned
            # READ_AFTER_CHARACTERS.
            found = self.search(string)
            self._scanned += len(string)
            if self._scanned >= READ_AFTER_CHARACTERS:
                from .requiredtext import required as required_of

                source = self._source or (self.compiled.pattern, self.compiled.flags)
                self._required = required_of(*source) or False
        elif required and required.absent_from(string):
            # A text without any string every match needs holds no match:
            # a substring test in C says so, about a hundred times faster
            # than the search (see editlint.requiredtext).
            return iter(())
        else:
            found = self.search(string)
        # Most texts a rule scans (a sentence, a paragraph) hold no match:
        # one search says so, without the scanner and generator a scan makes.
        if found is None:
            return iter(())
        # The limit covers the whole scan: the time spent finding every match.
        return _bounded((self._compiled or self._compile()).finditer(string, pos, endpos, timeout=_timeout))


#: Characters a pattern scans before the strings its matches need are
#: read: reading them takes `regex`'s own parser a fraction of a millisecond
#: to two, and a one-draft run (6,000 characters for 900 words) is over
#: before the reading would pay.
READ_AFTER_CHARACTERS = 50_000


def _bounded(matches):
    try:
        yield from matches
    except TimeoutError:
        raise RegexTimeout(_timeout) from None


# --------------------------------------------------------------------------- patterns known to compile

#: (pattern, flags) -> that pattern compiled by this ``regex`` module, as
#: ``regex`` pickles a Pattern: its compiled code, which ``pickle.loads``
#: hands to regex's C compiler with no parsing (4 microseconds where a
#: compile takes about 500). Read from the setup cache on first use; None
#: until then.
_known: dict[tuple[str, int], bytes] | None = None
#: Those compiled in this process that the cache does not hold yet.
_learnt: dict[tuple[str, int], bytes] = {}
#: Past this many, the stored patterns start again from this process's.
KNOWN_LIMIT = 5_000


def _store_name() -> str:
    # The compiled code is the regex module's own (and its C part is built
    # for one Python): a new version of either starts a new store.
    return f"compiled-patterns-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"


def compile_checked(pattern: str, flags: int) -> BoundedPattern:
    """``pattern`` compiled, raising what ``regex.compile`` raises for a
    faulty one. A pattern known to compile (it compiled in an earlier run,
    see editlint.setupcache) is loaded on first use instead: a rule set's
    patterns are each compiled once alone (to name a faulty one) and once
    in their rule, and a cold start searched with only two thirds of them."""
    key = (pattern, flags)
    if key in _known_patterns():
        return BoundedPattern(source=key)
    return BoundedPattern(_compiled_and_learnt(key))


def compiled_once(pattern: str, flags: int = 0) -> regex.Pattern:
    """One of editlint's own patterns, made when its module is imported:
    loaded from the setup cache when it holds it, else compiled (and stored
    for the next run with the rule sets' patterns). A cold start compiled
    16 of them, 7 ms."""
    key = (pattern, flags)
    return _stored_or_compiled(key) if key in _known_patterns() else _compiled_and_learnt(key)


def _known_patterns() -> dict[tuple[str, int], bytes]:
    global _known
    if _known is None:
        from . import setupcache

        _known = setupcache.load_whole(_store_name(), dict)
    return _known


def _compiled_and_learnt(key: tuple[str, int]) -> regex.Pattern:
    compiled = regex.compile(*key)
    try:
        _learnt[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a pattern regex cannot pickle is compiled each run, as before
        pass
    return compiled


def _stored_or_compiled(key: tuple[str, int]) -> regex.Pattern:
    """The pattern of ``key`` loaded from its stored compiled form, or
    compiled when that cannot be loaded (a damaged store is a missing one)."""
    stored = _known.get(key) if _known else None
    if stored is not None:
        try:
            compiled = pickle.loads(stored)  # noqa: S301 - the user's own cache folder
        except Exception:  # noqa: BLE001 - as any damaged entry of the setup cache
            compiled = None
        if isinstance(compiled, regex.Pattern) and compiled.pattern == key[0]:
            return compiled
    return regex.compile(*key)


def keep_checked() -> None:
    """Store the patterns compiled since the last call, for later runs."""
    global _known
    if not _learnt or _known is None:
        return
    from . import setupcache

    known = {**_known, **_learnt} if len(_known) + len(_learnt) <= KNOWN_LIMIT else dict(_learnt)
    setupcache.store_whole(_store_name(), known)
    _known = known
    _learnt.clear()
