"""What a reader is: one file format editlint can check.

A reader turns a draft into a :class:`~editlint.document.Document` whose
every block maps back to exact places in the Document's source. Most
formats are text: the reader is given the decoded text, and the source is
that text. A format that is not text (a Word file is a zip of XML) says
``binary``: its reader is given the file's bytes as read, and makes the
source itself (for Word, the text of each paragraph on a line of its own).
A reader says which file suffixes it takes, and whether and how ``--fix``
may write fixes back into the file. The registry (editlint.parsing) looks
readers up by suffix and by name; this module holds only the shape, so
that a reader's own module can declare itself without importing the
registry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..document import Document


class Unreadable(Exception):
    """The file is not what its format says (a ".docx" that is no Word
    file), or its format cannot be read here (an extra is not installed):
    the message says which, in words for the writer; the draft is not
    checked, and the run exits 2."""


def unplaced(what: str) -> str:
    """The note on a part of a draft (``what``: "paragraph", "page") whose
    text could not be mapped exactly to the source, so it is not checked:
    a limit of editlint's, not a mistake in the draft (docs/reliability.md)."""
    return f"{what} not checked: editlint could not map its text exactly to the source (please report this)"


@dataclass
class Written:
    """What writing edits into a binary draft gave: its new bytes, the edits
    written, and why each of the others was not, as (edit, reason). An edit
    is an editlint.diagnostic.Edit of the Document's source."""

    data: bytes
    taken: list = field(default_factory=list)
    refused: list = field(default_factory=list)


#: ``write(data, edits) -> Written``: the edits (of the Document's source)
#: written into the file's bytes, for a binary format whose fixes can be
#: written safely (a Word draft: as tracked changes).
EditWriter = Callable[[bytes, Sequence], Written]


@dataclass(frozen=True)
class Reader:
    #: The format's name: what ``format:`` in a rule's example names, part of
    #: the cache key, and the Document's ``format``.
    name: str
    #: How messages name the format: "Markdown", "plain text".
    label: str
    #: File suffixes it reads, lower case, with the dot: (".md", ".markdown").
    suffixes: tuple[str, ...]
    #: ``read(path, content)``: ``content`` is the decoded text, without a
    #: byte-order mark (or, for a ``binary`` reader, the file's bytes);
    #: ``path`` is the name to report. Each block's text must map to exact
    #: source ranges; a block that cannot be placed exactly is left out and
    #: told in the Document's ``notes``, never placed by a guess. A file
    #: that is not what its format says raises an editlint InputError.
    read: Callable[[str, str], Document] | Callable[[str, bytes], Document]
    #: Whether ``--fix`` may write the fixed draft over the file. For a text
    #: format, true when the Document's source is the file's text itself
    #: (Markdown, plain text, HTML), so an edit of the source is an edit of
    #: the file. A binary format writes fixes with ``write``.
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
    #: ``read`` takes the file's bytes as read, not decoded text: the input
    #: layer neither decodes them nor takes NUL bytes for a file it cannot read.
    binary: bool = False
    #: For a binary format that ``writes_back``: how fixes get into its bytes.
    write: EditWriter | None = None
    #: The lines of the Document's source are the draft's paragraphs, not
    #: lines of a file (Word): reports write a position as ``¶12:40``.
    paragraphs: bool = False

    def __post_init__(self) -> None:
        for suffix in self.suffixes:
            if not suffix.startswith(".") or suffix != suffix.lower():
                raise ValueError(f'reader {self.name}: suffix "{suffix}" must be lower case and start with "."')
        if not set(self.walked_suffixes) <= set(self.suffixes):
            raise ValueError(f"reader {self.name}: walked_suffixes must be among its suffixes")
        if self.binary and self.writes_back and self.write is None:
            raise ValueError(f"reader {self.name}: a binary format that writes back needs write")
