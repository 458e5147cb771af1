"""What a reader is: one file format editlint can check.

A reader turns a draft's text into a :class:`~editlint.document.Document`
whose every block maps back to exact places in that text. It says which file
suffixes it takes, and whether ``--fix`` may write fixed text back over the
file. The registry (editlint.parsing) looks readers up by suffix and by
name; this module holds only the shape, so that a reader's own module can
declare itself without importing the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..document import Document


@dataclass(frozen=True)
class Reader:
    #: The format's name: what ``format:`` in a rule's example names, part of
    #: the cache key, and the Document's ``format``.
    name: str
    #: How messages name the format: "Markdown", "plain text".
    label: str
    #: File suffixes it reads, lower case, with the dot: (".md", ".markdown").
    suffixes: tuple[str, ...]
    #: ``read(path, text)``: ``text`` is decoded, without a byte-order mark;
    #: ``path`` is the name to report. Each block's text must map to exact
    #: source ranges; a block that cannot be placed exactly is left out and
    #: told in the Document's ``notes``, never placed by a guess.
    read: Callable[[str, str], Document]
    #: Whether ``--fix`` may write the fixed text over the file. True when
    #: the Document's source is the file's text itself (Markdown, plain
    #: text), so an edit of the source is an edit of the file; False for a
    #: format whose text is extracted from something else (a Word file).
    writes_back: bool = True
    #: Those of ``suffixes`` a folder walk takes when no ``include`` says
    #: otherwise (the default include patterns); a file with another of
    #: ``suffixes`` is read as this format when named or included.
    walked_suffixes: tuple[str, ...] = ()
    #: The comment that switches rules off on the line it ends, with
    #: ``{rules}`` where the rule ids go: what an editor's "disable this
    #: rule on this line" action appends to the line. None: the format has
    #: no such comment (or its files are not written back).
    disable_line_comment: str | None = "<!-- editlint-disable-line {rules} -->"

    def __post_init__(self) -> None:
        for suffix in self.suffixes:
            if not suffix.startswith(".") or suffix != suffix.lower():
                raise ValueError(f'reader {self.name}: suffix "{suffix}" must be lower case and start with "."')
        if not set(self.walked_suffixes) <= set(self.suffixes):
            raise ValueError(f"reader {self.name}: walked_suffixes must be among its suffixes")
