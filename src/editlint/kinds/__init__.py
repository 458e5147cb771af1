"""The rule kinds: the one place a kind is registered.

A YAML rule names one of these with ``kind:``. Each kind is one small module
with an ``Options`` dataclass and a :class:`~editlint.kinds.base.KindRule`
subclass; later kinds (spelling, grammar patterns, quotes, headlines) are
added here the same way.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from .base import KindRule
from .capitalization import Capitalization
from .conditional import Conditional
from .consistency import Consistency
from .existence import Existence
from .headline import Headline
from .occurrence import Occurrence
from .pattern import Pattern
from .quotes import Quotes
from .repetition import Repetition
from .sequence import Sequence
from .spelling import Spelling
from .substitution import Substitution
from .titles import Titles

#: The external checkers' kinds, by name: (module, class). Imported when a
#: config first names one (harper-py and language-tool-python themselves
#: later still, when a draft is checked): a cold start with the default
#: config spares their modules (2 ms).
_ON_FIRST_USE = {"languagetool": (".languagetool", "LanguageTool"), "harper": (".harper", "Harper")}


class _Kinds(Mapping):
    """Kind name -> its KindRule class: the kinds ``loaded`` here, then those
    of :data:`_ON_FIRST_USE`, each imported when it is first looked up
    (asking whether a name is a kind, or listing them, imports nothing)."""

    def __init__(self, loaded: tuple[type[KindRule], ...]) -> None:
        self._loaded = {kind.name: kind for kind in loaded}
        self._names = (*self._loaded, *_ON_FIRST_USE)

    def __getitem__(self, name: str) -> type[KindRule]:
        kind = self._loaded.get(name)
        if kind is None:
            module, cls = _ON_FIRST_USE[name]  # KeyError for a name that is no kind
            kind = self._loaded[name] = getattr(importlib.import_module(module, __name__), cls)
        return kind

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in _ON_FIRST_USE

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


KINDS: Mapping[str, type[KindRule]] = _Kinds(
    (
        Existence, Substitution, Repetition, Consistency, Capitalization, Occurrence, Sequence, Spelling, Pattern,
        Quotes, Headline, Titles, Conditional,
    )
)  # fmt: skip
