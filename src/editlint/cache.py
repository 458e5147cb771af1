"""Results kept between runs, so an unchanged draft is not checked again.

One file per draft under the cache folder (``.editlint_cache`` in the
working folder unless ``--cache-dir`` or ``EDITLINT_CACHE_DIR`` says
otherwise), named after the draft's path. It holds the digest of the text it
was made from and, for each rule, that rule's diagnostics, keyed by the
rule's *fingerprint*: a digest of everything that decides what the rule
reports (its kind, message, scope and options as the config leaves them,
the config's language and vocabulary included). A changed option or
vocabulary entry changes only the fingerprints of the rules it reaches, so
only those rules run again; a changed draft runs every rule. Severity is not
part of a fingerprint: it is stamped on as the results are read.

The cache is a speed-up and nothing more. Its files are JSON (never code),
written atomically; one that cannot be read is a miss, and a cache folder
that cannot be written leaves the run uncached. Everything lives under a
folder named for the editlint version and its code, so an upgrade starts
afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .atomicfile import replace_file
from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from .span import Span

#: Raised when the layout of a cache file changes.
LAYOUT = 3

_PACKAGE = Path(__file__).resolve().parent


def _code_stamp() -> str:
    """A digest of the installed code and data (names, sizes, times): an
    edited checkout must not read results its old code made."""
    digest = hashlib.sha1(f"{__version__}:{LAYOUT}".encode())
    for folder, _, files in sorted(os.walk(_PACKAGE)):
        if "__pycache__" in folder:
            continue
        for name in sorted(files):
            try:
                stat = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            digest.update(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def content_key(content: str | bytes, fmt: str) -> str:
    """The digest of a draft's text (or, for a format read as bytes, its
    bytes) as parsed in ``fmt``."""
    if isinstance(content, bytes):
        return hashlib.sha256(f"{fmt}\0".encode() + content).hexdigest()
    return hashlib.sha256(f"{fmt}\0{content}".encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------- diagnostics as JSON


def encode_diagnostic(d: Diagnostic) -> list:
    fix = None
    if d.fix is not None:
        fix = [d.fix.applicability.value, [[e.span.start, e.span.end, e.replacement] for e in d.fix.edits]]
        if d.fix.note:
            fix.append(d.fix.note)
    return [d.span.start, d.span.end, d.rule_id, d.message, list(d.suggestions), fix]


def decode_diagnostic(raw: list, severity: Severity) -> Diagnostic:
    start, end, rule_id, message, suggestions, fix = raw
    if fix is not None:
        applicability, edits, *note = fix
        fix = Fix(tuple(Edit(Span(s, e), r) for s, e, r in edits), Applicability(applicability), *note)
    return Diagnostic(Span(start, end), rule_id, severity, message, tuple(suggestions), fix)


# --------------------------------------------------------------------------- entries


@dataclass
class Entry:
    """What the cache knows of one draft's text."""

    content: str
    #: Problems found while parsing (line, message).
    problems: list = field(default_factory=list)
    #: Rule fingerprint -> {"d": [encoded diagnostics], "f": facts of a
    #: rule that compares drafts (absent for the others)}.
    rules: dict = field(default_factory=dict)
    #: The rule names the draft's suppressions write, as [pattern, start,
    #: end]: checked against the rules of each run's config.
    names: list = field(default_factory=list)
    #: Notes from parsing (line, message): blocks left unchecked.
    notes: list = field(default_factory=list)


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / f"v{LAYOUT}-{_code_stamp()}"
        #: Why the cache could not be written, once it could not (the run
        #: goes on uncached); None while all is well.
        self.broken: str | None = None
        self._prepared = False

    def _file(self, location: Path) -> Path:
        try:
            name = str(location.resolve())
        except OSError:
            name = str(location.absolute())
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / digest[:2] / f"{digest[2:32]}.json"

    def load(self, location: Path, content: str) -> Entry | None:
        """The entry for the draft at ``location`` when it was made from the
        same text; None otherwise (or when it cannot be read)."""
        try:
            raw = json.loads(self._file(location).read_bytes())
            if not isinstance(raw, dict) or raw.get("content") != content:
                return None
            problems, rules, names, notes = raw["problems"], raw["rules"], raw["names"], raw["notes"]
            if not all(isinstance(value, list) for value in (problems, names, notes)) or not isinstance(rules, dict):
                return None
            return Entry(content, problems, rules, names, notes)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store(self, location: Path, entry: Entry) -> None:
        if self.broken is not None:
            return
        target = self._file(location)
        try:
            self._prepare()
            target.parent.mkdir(exist_ok=True)
            data = json.dumps(
                {
                    "content": entry.content,
                    "problems": entry.problems,
                    "rules": entry.rules,
                    "names": entry.names,
                    "notes": entry.notes,
                },
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8", "surrogatepass")
            replace_file(target, data)  # even with two runs at once, never half an entry
        except OSError as exc:
            self.broken = f"cannot write the cache in {self.root}: {exc.strerror or exc}"

    def _prepare(self) -> None:
        """Make the folder, with a .gitignore so it is never committed and
        a CACHEDIR.TAG so backup tools skip it."""
        if self._prepared:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.root / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Made by editlint: results kept between runs.\n*\n", encoding="utf-8")
        tag = self.root / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by editlint.\n",
                encoding="utf-8",
            )
        self._prepared = True
