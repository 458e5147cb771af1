"""Writing a file whole or not at all: the caches' entries are written
aside and renamed over, so another editlint reading at the same moment
sees the old file or the new one, never half of one. (A fixed draft needs
more, its owner and permissions kept: see ``fixer.write_draft``.)"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def replace_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it and
    a rename; on any failure no temporary file is left and ``target`` is
    as it was."""
    # Named by process and thread, made only if absent: no two writers share
    # one. (Not tempfile: its import would cost every cold start that
    # fills the setup cache.)
    partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        with open(partial, "xb") as out:
            out.write(data)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
