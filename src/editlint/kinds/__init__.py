"""The rule kinds: the one place a kind is registered.

A YAML rule names one of these with ``kind:``. Each kind is one small module
with an ``Options`` dataclass and a :class:`~editlint.kinds.base.KindRule`
subclass; later kinds (spelling, grammar patterns, quotes, headlines) are
added here the same way.
"""

from __future__ import annotations

from .base import KindRule
from .capitalization import Capitalization
from .conditional import Conditional
from .consistency import Consistency
from .existence import Existence
from .harper import Harper
from .headline import Headline
from .languagetool import LanguageTool
from .occurrence import Occurrence
from .pattern import Pattern
from .quotes import Quotes
from .repetition import Repetition
from .sequence import Sequence
from .spelling import Spelling
from .substitution import Substitution
from .titles import Titles

KINDS: dict[str, type[KindRule]] = {
    kind.name: kind
    for kind in (
        Existence, Substitution, Repetition, Consistency, Capitalization, Occurrence, Sequence, Spelling,
        Pattern, LanguageTool, Harper, Quotes, Headline, Titles, Conditional,
    )
}  # fmt: skip
