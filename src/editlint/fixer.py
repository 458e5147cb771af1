"""Applying fixes to a draft, and writing the draft back without harm.

A fix run takes the fixes of the applicabilities asked for (safe, and with
``--unsafe-fixes`` unsafe too), applies those that do not overlap, lints the
new text again, and repeats until nothing more can be fixed (at most
MAX_PASSES times: a rule whose fix keeps producing new findings is a bug,
reported as such). Only the edited spans change: the rest of the text,
its line endings included, is carried over as it was.

Every pass happens in memory: a draft is written once, with all its
fixes. Writing keeps the file's encoding, byte-order mark, permissions and
owner, goes through a temporary file and a rename (a crash, or a kill,
leaves the old file or the new one, never half of each), writes through a
symbolic link to its target, and refuses to overwrite a file that changed
on disk after it was read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import Applicability, Diagnostic
from .errors import InputError
from .fixes import apply_edits
from .inputs import BYTE_ORDER_MARKS, Draft

MAX_PASSES = 10

_BOMS = {encoding: bom for bom, encoding in BYTE_ORDER_MARKS}


@dataclass
class FixOutcome:
    text: str | bytes
    fixed: int = 0  # diagnostics whose fix was applied
    passes: int = 0
    converged: bool = True
    remaining: list[Diagnostic] = field(default_factory=list)


def fix_text(
    text,
    lint: Callable[[str], list[Diagnostic]],
    applicabilities: Collection[Applicability],
    first: list[Diagnostic] | None = None,
    apply: Callable = apply_edits,
) -> FixOutcome:
    """Apply fixes to ``text`` until none is left; ``lint(text)`` gives the
    diagnostics of a text (``first``: those of the original, if known).
    ``apply(text, edits) -> (new text, edits applied)`` makes the edits: of
    the text itself by default; a binary draft's reader writes them into
    its bytes (``text`` is then those bytes)."""
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
        new_text, taken = apply(outcome.text, edits)
        if not taken or new_text == outcome.text:
            break
        applied = set(taken)  # a set: a long draft has thousands of fixes to look up
        outcome.fixed += sum(1 for d in fixable if all(e in applied for e in d.fix.edits))
        outcome.passes += 1
        outcome.text = new_text
        diagnostics = lint(new_text)
    outcome.remaining = diagnostics
    return outcome


def write_back(draft: Draft, location: Path, text: str | bytes, reader) -> InputError | None:
    """Write the fixed ``text`` over the draft at ``location``, in its own
    encoding (bytes, for a binary draft, as they are); the error that
    stopped it (the file left as it was), or None."""

    def refused(why: str) -> InputError:
        return InputError(draft.path, f"cannot write the fixes: {why}")

    if not reader.writes_back:
        return refused(
            f"editlint does not write {reader.label} drafts back; the file is unchanged (--diff shows the fixes)"
        )
    if isinstance(text, bytes):
        return _replace(draft, location, text, refused)
    try:
        new = encode(draft, text)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        return refused(
            f'"{char}" (U+{ord(char):04X}) has no place in {draft.encoding.upper()}, the draft\'s encoding; '
            "the file is unchanged"
        )
    if encode(draft, draft.text) != draft.raw:
        # An encoding with more than one way to write a text (ISO-2022's
        # escapes): writing would change bytes the fixes do not touch.
        return refused(
            f"{draft.encoding.upper()} would not give back the draft's bytes as they were; the file is unchanged "
            "(--diff shows the fixes)"
        )
    return _replace(draft, location, new, refused)


def _replace(draft: Draft, location: Path, new: bytes, refused) -> InputError | None:
    try:
        write_draft(location, draft.raw, new)
    except ChangedOnDisk:
        return InputError(draft.path, "changed on disk while being fixed: not written")
    except OSError as exc:
        return refused(str(exc.strerror or exc))
    return None


def encode(draft: Draft, text: str) -> bytes:
    """``text`` in the draft's own encoding, with its byte-order mark."""
    bom = _BOMS.get(draft.encoding, b"") if draft.bom else b""
    return bom + text.encode(draft.encoding)


class ChangedOnDisk(Exception):
    """The file is not what was read: someone else wrote it meanwhile."""


#: The end of a temporary file's name: ".<draft name>.<random>.editlint-tmp".
#: A run killed while writing may leave one behind (nothing can remove a
#: file when the process is killed outright); it is hidden, and a folder
#: walk never takes it for a draft (see is_temporary).
TEMPORARY_SUFFIX = ".editlint-tmp"


def is_temporary(name: str) -> bool:
    """Whether a file name is that of one of write_draft's temporary files."""
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)


def write_draft(path: Path, original: bytes, new: bytes) -> None:
    """Replace ``path``'s bytes ``original`` with ``new``, atomically, keeping
    its permissions and, where the system allows, its owner and group.
    Raise ChangedOnDisk when the file no longer holds ``original``. A
    symbolic link is written through: its target gets the new bytes, and
    the link stays a link."""
    target = Path(os.path.realpath(path))
    info = target.stat()
    import tempfile  # here: only --fix writes, and a check's cold start need not import it

    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        _keep_owner(temporary, info)
        os.chmod(temporary, stat.S_IMODE(info.st_mode))  # after chown, which may clear set-id bits
        # Compare as late as possible: another writer since our read wins.
        if target.read_bytes() != original:
            raise ChangedOnDisk(str(path))
        os.replace(temporary, target)
    except BaseException:
        # Whatever stopped the write (an error, Ctrl-C), the draft is as it
        # was, and no temporary file is left.
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _keep_owner(temporary: str, info: os.stat_result) -> None:
    """Give the temporary file the draft's owner and group, as far as this
    process may (root may; others may set a group they belong to)."""
    if not hasattr(os, "chown"):
        return
    made = os.stat(temporary)
    if (made.st_uid, made.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
    except OSError:
        with contextlib.suppress(OSError):
            os.chown(temporary, -1, info.st_gid)


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib  # --diff only: a plain check need not import it

    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
