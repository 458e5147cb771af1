"""Writing a file whole or not at all: the caches' entries are written
aside and renamed over, so another editlint reading at the same moment
sees the old file or the new one, never half of one. (A fixed draft needs
more, its owner and permissions kept: see ``fixer.write_draft``.)"""

from __future__ import annotations

import os
from pathlib import Path


def replace_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it and
    a rename; on any failure no temporary file is left and ``target`` is
    as it was."""
    import tempfile  # here: a run that writes nothing (--no-cache, a warm cache) never imports it

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
