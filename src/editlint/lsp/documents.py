"""The documents the editor has open, and what each is called for the Linter.

A document is named as the CLI would name its file: relative to the
workspace root when it is inside it (so that messages about other drafts
read "drafts/a.md"), absolute otherwise. An untitled buffer has no file; it
is placed in the workspace root, where its config is looked for, with the
suffix of its language ("Untitled-1.md"), which picks the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from pygls.uris import to_fs_path

from ..pathfilters import relative_name
from .checking import Outcome

#: The suffix an untitled buffer is read with, by its LSP language id.
SUFFIXES = {"markdown": ".md", "plaintext": ".txt", "text": ".txt"}


@dataclass
class OpenDraft:
    uri: str
    #: The path the Linter is given: see the module's docstring.
    name: str
    #: The file, or None for an untitled buffer.
    location: Path | None
    version: int
    text: str
    #: What the last check gave, and of which version.
    outcome: Outcome | None = None
    checked_version: int | None = None
    #: Said once per document, not on every edit: it is too large to check.
    told_too_large: bool = False

    @property
    def current(self) -> Outcome | None:
        """The last outcome, if it is of the text as it is now."""
        if self.outcome is not None and self.outcome.text == self.text:
            return self.outcome
        return None


@dataclass
class OpenDrafts:
    root: Path
    by_uri: dict[str, OpenDraft] = field(default_factory=dict)

    def open(self, uri: str, language_id: str, version: int, text: str) -> OpenDraft:
        location = path_of(uri)
        name = self.name_for(location) if location is not None else untitled_name(uri, language_id)
        draft = OpenDraft(uri, name, location, version, text)
        self.by_uri[uri] = draft
        return draft

    def get(self, uri: str) -> OpenDraft | None:
        return self.by_uri.get(uri)

    def close(self, uri: str) -> OpenDraft | None:
        return self.by_uri.pop(uri, None)

    def __iter__(self):
        return iter(list(self.by_uri.values()))

    def name_for(self, location: Path) -> str:
        return relative_name(location, self.root) or str(location)


def path_of(uri: str) -> Path | None:
    """The file a ``file:`` URI names; None for any other scheme."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return Path(path).absolute() if path else None


def untitled_name(uri: str, language_id: str) -> str:
    """ "untitled:Untitled-1" in Markdown: "Untitled-1.md"."""
    parsed = urlparse(uri)
    stem = PurePosixPath(unquote(parsed.path or parsed.netloc or "untitled")).name or "untitled"
    suffix = SUFFIXES.get(language_id, ".md")
    return stem if stem.lower().endswith(suffix) else stem + suffix
