"""sequence: a run of tokens, each described by a matcher.

The same kind as pattern (see editlint.kinds.pattern), kept under the name
rule files used before parts of speech were added.

Options: tokens, exceptions, suggest, ignorecase, quotes, dialects and language
(filled in from the config), with the matchers and suggestion templates of
pattern.
"""

from __future__ import annotations

from .pattern import Options, Pattern

__all__ = ["Options", "Sequence"]


class Sequence(Pattern):
    name = "sequence"
