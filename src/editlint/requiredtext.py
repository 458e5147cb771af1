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
        for string in self.strings:
            if string in text:
                return False
        return True


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
        return self._char(node.value, node.case_flags)

    def _char(self, value: int, case_flags: int) -> str | None:
        char = chr(value)
        if not case_flags:
            return char
        if case_flags != regex.IGNORECASE:
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

    def _exact(self, node) -> set[str] | None:
        """Every string ``node`` can match, when they are few and sure: a
        character, a class of a few characters, and sequences and
        alternatives of those."""
        core, kind = self.core, type(node)
        if kind is core.Character:
            char = self._character(node)
            return None if char is None else {char}
        if kind is core.SetUnion:
            if not node.positive or node.zerowidth or len(node.items) > FEW:
                return None
            chars = set()
            for item in node.items:
                char = None
                if type(item) is core.Character and item.positive and not item.zerowidth:
                    char = self._char(item.value, node.case_flags | item.case_flags)
                if char is None:
                    return None
                chars.add(char)
            return chars
        if kind is core.Sequence:
            found: set[str] | None = {""}
            for item in node.items:
                each = self._exact(item)
                found = None if each is None else _joined(found, each)
                if found is None:
                    return None
            return found
        if kind is core.Branch:
            either: set[str] = set()
            for branch in node.branches:
                each = self._exact(branch)
                if each is None:
                    return None
                either |= each
            return either if len(either) <= FEW else None
        if kind is core.Group:
            return self._exact(node.subpattern)
        return None

    def _opening(self, node) -> set[str] | None:
        """Strings one of which every match of ``node`` starts with."""
        core = self.core
        exact = self._exact(node)
        if exact is not None:
            return exact
        if type(node) is core.Sequence and node.items:
            first = node.items[0]
            if type(first) in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat) and first.min_count >= 1:
                return self._exact(first.subpattern)
            return self._opening(first) if type(first) in (core.Sequence, core.Group) else self._exact(first)
        if type(node) is core.Group:
            return self._opening(node.subpattern)
        return None

    def _cases(self, char: str) -> list[int]:
        return self.core._regex.get_all_cases(regex.IGNORECASE | regex.UNICODE, ord(char))

    def has_cases(self, char: str) -> bool:
        return len(self._cases(char)) > 1

    def _sequence(self, items) -> set[str] | None:
        """The best of what the items need (the longest shortest string,
        then the fewest strings), where the strings of items that follow
        one another in the text are joined: "[ \t]+(?=[,.])" needs one of
        " ,", " .", "\t," and "\t."."""
        core = self.core
        needs: list[set[str] | None] = []
        #: Strings one of which the text holds just before the next item.
        before: set[str] | None = None

        def then(each: set[str]) -> set[str]:
            """``before`` joined with ``each`` (or ``each`` alone, the run
            kept in ``needs``, when they would make too many strings)."""
            joined = _joined(before, each) if before is not None else each
            if joined is None:
                needs.append(before)
                joined = each
            return joined

        for item in items:
            kind = type(item)
            exact = self._exact(item)
            if exact is not None:
                before = then(exact)
            elif kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat) and item.min_count >= 1:
                each = self._exact(item.subpattern)
                if each is not None:
                    needs.append(then(each))  # the strings before and the first repetition
                    before = each  # the last repetition
                else:
                    needs += [before, self.of(item)]
                    before = None
            elif kind is core.LookAround or isinstance(item, core.ZeroWidthBase):
                # Takes no text: the items on either side follow one another.
                if kind is core.LookAround and item.positive:
                    ahead = None if item.behind else self._opening(item.subpattern)
                    if ahead is not None and before is not None:
                        needs.append(_joined(before, ahead))
                    needs.append(self.of(item.subpattern))
            else:
                needs += [before, self.of(item)]
                before = None
        needs.append(before)
        found = [each for each in needs if each and "" not in each]
        return max(found, key=_rank) if found else None


#: The most strings a set of strings read holds (see _Reading._exact).
FEW = 16


def _joined(before: set[str], after: set[str]) -> set[str] | None:
    """Each string of ``before`` followed by each of ``after``; None when
    they make more than FEW."""
    if len(before) * len(after) > FEW:
        return None
    return {first + second for first in before for second in after}


def _rank(found: set[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)
