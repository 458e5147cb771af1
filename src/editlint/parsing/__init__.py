"""Reading a draft's text into a :class:`~editlint.document.Document`: the
registry of readers, one per file format.

A :class:`~editlint.parsing.reader.Reader` names the file suffixes it takes
and reads ``(path, text)`` into a Document with exact source positions.
Markdown and plain text are built in, and plain text also reads any file no
reader takes by its suffix (a draft named on the command line as
``notes.rst``, or with no suffix at all), as it always has. Another format
(Word, HTML) plugs in with :func:`register`; a suffix goes to the reader
registered last that takes it.

Everything that asks "which format is this file?" asks here: the runner,
``--stdin-filename`` (by the name's suffix), rule examples (``format:`` by
name), the cache key (the format's name) and the default ``include``
patterns of a folder walk.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath

from ..document import Document
from .markdown import READER as MARKDOWN
from .plaintext import READER as PLAIN_TEXT
from .reader import Reader

__all__ = [
    "BUILT_IN", "FALLBACK", "Reader", "default_include", "format_for", "parse", "reader_for", "reader_named",
    "readers", "register", "unregister",
]  # fmt: skip


class _OnFirstUse:
    """A reader's function that imports its module when first called: the
    Word and HTML readers (with their XML and HTML tokenizers) are 0.015 s
    of imports that a run over Markdown drafts never needs. A class, not a
    closure, so that a reader can still be pickled."""

    def __init__(self, module: str, function: str) -> None:
        self.module = module
        self.function = function

    def __call__(self, *args):
        return getattr(importlib.import_module(self.module, __name__), self.function)(*args)


WORD = Reader(
    name="docx",
    label="Word",
    suffixes=(".docx",),
    read=_OnFirstUse(".docx", "read_docx"),
    walked_suffixes=(".docx",),
    binary=True,
    write=_OnFirstUse(".wordfix", "write_tracked_changes"),
    paragraphs=True,
)
HTML = Reader(
    name="html",
    label="HTML",
    suffixes=(".html", ".htm", ".xhtml"),
    read=_OnFirstUse(".html", "parse_html"),
    walked_suffixes=(".html", ".htm"),
)

#: The readers editlint ships, in the order their suffixes are looked up.
BUILT_IN: tuple[Reader, ...] = (MARKDOWN, PLAIN_TEXT, WORD, HTML)
#: What reads a file no reader takes by its suffix.
FALLBACK = PLAIN_TEXT

# The registered readers by name, in the order they were registered, and
# each suffix's reader (the last registered that takes it).
_by_name: dict[str, Reader] = {}
_by_suffix: dict[str, Reader] = {}


def register(reader: Reader) -> None:
    """Add a reader. Its name must be new; each of its suffixes now goes to it."""
    if reader.name in _by_name:
        raise ValueError(f'a reader named "{reader.name}" is registered already')
    _by_name[reader.name] = reader
    for suffix in reader.suffixes:
        _by_suffix[suffix] = reader


def unregister(name: str) -> None:
    """Take a reader out again (a test's); its suffixes go back to the
    readers registered before it."""
    if any(reader.name == name for reader in BUILT_IN):
        raise ValueError(f'the built-in reader "{name}" cannot be unregistered')
    reader_named(name)
    remaining = [reader for reader in _by_name.values() if reader.name != name]
    _by_name.clear()
    _by_suffix.clear()
    for reader in remaining:
        register(reader)


for _reader in BUILT_IN:
    register(_reader)


def readers() -> tuple[Reader, ...]:
    """Every registered reader, built-in ones first."""
    return tuple(_by_name.values())


def reader_named(name: str) -> Reader:
    try:
        return _by_name[name]
    except KeyError:
        known = ", ".join(f'"{n}"' for n in _by_name)
        raise ValueError(f'no reader for the format "{name}" (formats: {known})') from None


def reader_for(path: str) -> Reader:
    """The reader of a file, chosen by its suffix (case aside)."""
    return _by_suffix.get(PurePath(path).suffix.lower(), FALLBACK)


def format_for(path: str) -> str:
    """The name of the format ``path`` is read in: "markdown", "text"..."""
    return reader_for(path).name


def parse(path: str, source: str, format: str | None = None) -> Document:
    """Parse ``source`` (already decoded, without a byte-order mark) as the
    format named, else as the format of ``path``."""
    reader = reader_named(format) if format else reader_for(path)
    return reader.read(path, source)


def default_include(readers: tuple[Reader, ...] = BUILT_IN) -> tuple[str, ...]:
    """The ``include`` patterns of a config that sets none: the suffixes
    each reader has a folder walk take ("*.md", "*.markdown", "*.txt")."""
    return tuple(f"*{suffix}" for reader in readers for suffix in reader.walked_suffixes)
