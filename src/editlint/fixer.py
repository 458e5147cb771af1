"""Applying fixes to a draft, and writing the draft back without harm.

A fix run takes the fixes of the applicabilities asked for (safe, and with
``--unsafe-fixes`` unsafe too), applies those that do not overlap, lints the
new text again, and repeats until nothing more can be fixed (at most
MAX_PASSES times: a rule whose fix keeps producing new findings is a bug,
reported as such). Only the edited spans change: the rest of the text,
its line endings included, is carried over as it was.

Writing keeps the file's encoding, byte-order mark and permissions, goes
through a temporary file and a rename (a crash leaves the old file or the
new one, never half of each), and refuses to overwrite a file that changed
on disk after it was read.
"""

from __future__ import annotations

import codecs
import difflib
import os
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import Applicability, Diagnostic
from .fixes import apply_edits
from .inputs import Draft

MAX_PASSES = 10

_BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@dataclass
class FixOutcome:
    text: str
    fixed: int = 0  # diagnostics whose fix was applied
    passes: int = 0
    converged: bool = True
    remaining: list[Diagnostic] = field(default_factory=list)


def fix_text(
    text: str,
    lint: Callable[[str], list[Diagnostic]],
    applicabilities: Collection[Applicability],
    first: list[Diagnostic] | None = None,
) -> FixOutcome:
    """Apply fixes to ``text`` until none is left; ``lint(text)`` gives the
    diagnostics of a text (``first``: those of the original, if known)."""
    outcome = FixOutcome(text)
    diagnostics = first if first is not None else lint(text)
    while True:
        fixable = [d for d in diagnostics if d.fix is not None and d.fix.applicability in applicabilities]
        if not fixable:
            break
        if outcome.passes == MAX_PASSES:
            outcome.converged = False
            break
        edits = [edit for d in fixable for edit in d.fix.edits]
        new_text, taken = apply_edits(outcome.text, edits)
        if not taken or new_text == outcome.text:
            break
        outcome.fixed += sum(1 for d in fixable if all(e in taken for e in d.fix.edits))
        outcome.passes += 1
        outcome.text = new_text
        diagnostics = lint(new_text)
    outcome.remaining = diagnostics
    return outcome


def encode(draft: Draft, text: str) -> bytes:
    """``text`` in the draft's own encoding, with its byte-order mark."""
    bom = _BOMS.get(draft.encoding, b"") if draft.bom else b""
    return bom + text.encode(draft.encoding)


class ChangedOnDisk(Exception):
    """The file is not what was read: someone else wrote it meanwhile."""


def write_draft(path: Path, original: bytes, new: bytes) -> None:
    """Replace ``path``'s bytes ``original`` with ``new``, atomically, keeping
    its permissions; raise ChangedOnDisk when the file no longer holds
    ``original``."""
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".editlint", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode & 0o7777)
        # Compare as late as possible: another writer since our read wins.
        if path.read_bytes() != original:
            raise ChangedOnDisk(str(path))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
