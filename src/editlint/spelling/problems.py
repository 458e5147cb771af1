"""One finding of the spelling analysis (editlint.spelling.check): a
misspelt word, a variant spelling or a name variant."""

from __future__ import annotations

from collections.abc import Callable

from ..document import Block, Token


class WordProblem:
    """One misspelt word, variant spelling or name variant of a draft.

    A typo's suggestions are worked out only when a rule asks for them: the
    variant and name-variant rules share the analysis and never do."""

    __slots__ = ("block", "token", "kind", "word", "detail", "_suggestions", "_confident", "_suggest")

    def __init__(
        self,
        block: Block,
        token: Token,
        kind: str,  # "typo", "likely-typo", "unknown", "variant", "name-variant" or "case-variant"
        word: str,  # the word as checked (possessive removed)
        suggestions: tuple[str, ...] = (),
        detail: str = "",  # the dialect of a variant, or the other spelling of a name
        suggest: Callable[[], tuple[tuple[str, ...], bool]] | None = None,
    ) -> None:
        self.block = block
        self.token = token
        self.kind = kind
        self.word = word
        self.detail = detail
        self._suggestions: tuple[str, ...] | None = suggestions
        self._confident = False
        self._suggest = suggest
        if suggest is not None:
            self._suggestions = None

    def _work_out(self) -> None:
        if self._suggestions is None:
            self._suggestions, self._confident = self._suggest()

    @property
    def suggestions(self) -> tuple[str, ...]:
        self._work_out()
        return self._suggestions

    @property
    def confident(self) -> bool:
        """The first suggestion is the only one, or the only one the draft
        uses elsewhere ("facton" where the draft says "faction"): a safe fix."""
        self._work_out()
        return self._confident
