"""Whether a draft is prose at all, for the spelling analysis
(editlint.spelling.check): a draft of random letters or OCR garbage is
told so once, not checked word by word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Block, Token

#: A draft with at least NOT_PROSE_MIN_WORDS checked words in lower case,
#: more than NOT_PROSE_SHARE of them in no dictionary, is not prose: OCR
#: output, random letters, another language. Its words are not checked one
#: by one (half a million typos, each with its near-word search, took
#: gigabytes and a quarter of an hour); the typo rule says so once instead.
#: Capitalised words are left out of the count: names are not in the
#: dictionaries and a list of names is still news. In the Wikinews corpus
#: the most any draft has is 3.7%.
NOT_PROSE_MIN_WORDS = 100
NOT_PROSE_SHARE = 0.25


@dataclass(frozen=True)
class NotProse:
    unknown: int  # checked words in no dictionary
    words: int  # checked words
    block: Block  # where the first unknown word is
    token: Token


def not_prose(uses, statuses: Sequence[str | None]) -> NotProse | None:
    """A NotProse when the draft whose words ``uses`` holds (a spelling
    ``_Uses``: its ``tokens``, and ``block(i)``) is not prose, else None.
    ``statuses`` has each token's spelling status ("ok", "unknown"...), or
    None for a token no speller reads (the analysis works them out once,
    for this and for its own reading)."""
    words = unknown = 0
    first = None
    for i, status in enumerate(statuses):
        if status is None:
            continue
        lower = not uses.tokens[i].text[:1].isupper()
        if not lower and first is not None:
            continue
        if status == "unknown" and first is None:
            first = i  # the finding goes on the draft's first unknown word
        if lower:
            words += 1
            unknown += status == "unknown"
    if words < NOT_PROSE_MIN_WORDS or unknown <= NOT_PROSE_SHARE * words:
        return None
    return NotProse(unknown, words, uses.block(first), uses.tokens[first])
