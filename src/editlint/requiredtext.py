"""The text a regular expression cannot match without: a few strings, one
of which every text it matches in holds.

A rule's pattern is searched in every unit of every draft, and the `regex`
engine pays for each position it tries: the spacing rules' patterns open
with a lookbehind and cost about 40 ns a character of news. What they need
is plain: two spaces or a tab. When a text holds none of a pattern's
required strings (a substring test in C, about a hundred times faster
than the search), the pattern cannot match there, and the search is left
out (editlint.userregex.BoundedPattern.finditer).

The strings are read from the pattern as `regex` itself parses it (its
parser, ``regex._regex_core``, so that every escape, flag and verbose
comment means what it means to the engine). Only what is sure is read:
literal characters, sequences, alternatives, groups, repeats of at least
one, and what a positive lookaround reads (it must be in the text too). A
case-insensitive character is read only when every character `regex`
matches to it case-folds as it does (not "i": see _Reading._character),
and the comparison is then made on both texts case-folded. Anything else (a class, a
property, a backreference, fuzzy matching, a named list, a part the
parser's version does not offer) requires nothing: a pattern may then
need no string at all, and is searched everywhere, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Required:
    """Every match of the pattern lies in a text holding one of
    ``strings`` (as written, or case-folded when ``folded``)."""

    strings: tuple[str, ...]
    folded: bool

    def absent_from(self, text: str) -> bool:
        """Whether ``text`` holds none of the strings: the pattern cannot
        match anywhere in it."""
        if self.folded:
            text = text.casefold()
        return not any(string in text for string in self.strings)


def required(pattern: str, flags: int) -> Required | None:
    """What every match of ``pattern`` (compiled with ``flags``) needs, or
    None when nothing sure can be read (see the module's text)."""
    try:
        from regex import _regex_core as core

        reading = _Reading(core)
        found = reading.of(_parsed(pattern, flags, core))
    except Exception:  # noqa: BLE001 - the parser is regex's own, not an interface: a change reads as "nothing sure"
        return None
    if not found or "" in found:
        return None
    # Texts are compared case-folded only when a string holds a character
    # with other cases that was read regardless of case.
    folded = reading.folded and any(reading.has_cases(char) for string in found for char in string)
    return Required(tuple(sorted({s.casefold() for s in found} if folded else found)), folded)


def _parsed(pattern: str, flags: int, core):
    """``pattern`` parsed as ``regex.compile`` parses it (global inline
    flags such as ``(?i)`` make it start again with them)."""
    global_flags = flags
    while True:
        source = core.Source(pattern)
        info = core.Info(global_flags, source.char_type, {})
        info.guess_encoding = regex.UNICODE
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        source.use_unicode_space(bool(info.flags & regex.VERSION1))
        try:
            parsed = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        if not source.at_end():
            raise ValueError("unbalanced parenthesis")
        return parsed


class _Reading:
    """One pattern's parse read for the strings every match needs."""

    def __init__(self, core) -> None:
        self.core = core
        #: A case-insensitive letter was read: compare case-folded texts.
        self.folded = False

    def of(self, node) -> set[str] | None:
        """Strings one of which every match of ``node`` holds, or None."""
        core, kind = self.core, type(node)
        if kind is core.Sequence:
            return self._sequence(node.items)
        if kind is core.Character:
            char = self._character(node)
            return None if char is None else {char}
        if kind is core.Branch:
            found: set[str] = set()
            for branch in node.branches:
                needs = self.of(branch)
                if needs is None:
                    return None
                found |= needs
            return found
        if kind in (core.Group, core.Atomic):
            return self.of(node.subpattern)
        if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
            return self.of(node.subpattern) if node.min_count >= 1 else None
        if kind is core.LookAround:
            return self.of(node.subpattern) if node.positive else None
        return None

    def _character(self, node) -> str | None:
        if not node.positive or node.zerowidth:
            return None
        char = chr(node.value)
        if not node.case_flags:
            return char
        if node.case_flags != regex.IGNORECASE:
            return None  # full case folding: one character may match two
        # Every character `regex` matches to this one regardless of case
        # must case-fold as it does, to one character: "K" (the Kelvin
        # sign) folds to "k", but "İ", which `regex` matches to "i", folds
        # to "i" and a combining dot, so a case-insensitive "i" is no sure
        # character of a folded text.
        folded = char.casefold()
        if len(folded) != 1 or any(chr(case).casefold() != folded for case in self._cases(char)):
            return None
        self.folded = True
        return char

    def _cases(self, char: str) -> list[int]:
        return self.core._regex.get_all_cases(regex.IGNORECASE | regex.UNICODE, ord(char))

    def has_cases(self, char: str) -> bool:
        return len(self._cases(char)) > 1

    def _sequence(self, items) -> set[str] | None:
        """The best of what each item needs (the longest shortest string,
        then the fewest strings); runs of literal characters joined."""
        best: set[str] | None = None
        run: list[str] = []

        def consider(found: set[str] | None) -> None:
            nonlocal best
            if found and (best is None or _rank(found) > _rank(best)):
                best = found

        for item in items:
            char = self._character(item) if type(item) is self.core.Character else None
            if char is not None:
                run.append(char)
                continue
            consider({"".join(run)} if run else None)
            run = []
            consider(self.of(item))
        consider({"".join(run)} if run else None)
        return best


def _rank(found: set[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)
