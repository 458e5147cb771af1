"""Word lists matched against tokens, not regular expressions.

Rules that list words and phrases (existence tokens, substitution swaps,
consistency pairs) look them up token by token in a table keyed by each
phrase's first word: building the table costs next to nothing and a lookup
is a dictionary probe, so a thousand phrases cost about what ten do, where
a regular expression of a thousand alternatives takes long to compile and
to run. A phrase matches whole tokens ("cat" never matches inside
"concatenate"), in order, with only whitespace between them (a line break
included).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

from .document import PLACEHOLDER, TextMap
from .parsing.tokens import tokenize


def _words(text: str, ignorecase: bool) -> tuple[str, ...]:
    text = text.replace("’", "'")
    tokens = tokenize(text, TextMap([(0, 0, len(text), True)]))
    return tuple(t.text.casefold() if ignorecase else t.text for t in tokens)


class PhraseTable:
    """Phrases (each with a value) to find in a unit's tokens."""

    def __init__(self, phrases: Iterable[tuple[str, Hashable]], ignorecase: bool = True) -> None:
        self.ignorecase = ignorecase
        self._by_first: dict[str, list[tuple[tuple[str, ...], Hashable]]] = {}
        self.count = 0
        for phrase, value in phrases:
            words = _words(phrase, ignorecase)
            if not words:
                continue
            self._by_first.setdefault(words[0], []).append((words, value))
            self.count += 1
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))  # the longest phrase first

    def __bool__(self) -> bool:
        return self.count > 0

    def _key(self, token) -> str:
        text = token.text.replace("’", "'")
        return text.casefold() if self.ignorecase else text

    def finditer(self, unit) -> Iterator[tuple[int, int, Hashable]]:
        """(start, end, value) of each match, as offsets into ``unit.text``,
        in order and without overlaps (the longest phrase wins)."""
        tokens = unit.tokens
        keys = [self._key(t) for t in tokens]
        text = unit.text
        base = unit.offset
        i = 0
        while i < len(tokens):
            found = None
            for words, value in self._by_first.get(keys[i], ()):
                n = len(words)
                if tuple(keys[i : i + n]) != words:
                    continue
                # Only whitespace between the phrase's tokens.
                gaps = (text[tokens[j].end - base : tokens[j + 1].start - base] for j in range(i, i + n - 1))
                if not any(gap.strip() for gap in gaps):
                    found = (n, value)
                    break
            if found is None:
                i += 1
                continue
            n, value = found
            start, end = tokens[i].start - base, tokens[i + n - 1].end - base
            if PLACEHOLDER not in text[start:end]:
                yield start, end, value
            i += n
