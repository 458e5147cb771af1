"""What runs on the Dask workers.

Each worker process builds one Checker for a run's Settings (rule sets
compiled, word lists loaded: about a second) and keeps it for every
partition of that run. A Checker is not shared between threads: its
workspace and the regex time limit are the process's, so a worker with
several threads checks one partition at a time (start workers with
``--nthreads 1``, one process per core).
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..collect import DraftItem
from ..errors import show_paths_from
from ..runner import Checker, DraftOutcome, Settings
from .shipping import ShippedFiles, item_under, settings_under, under

#: Held while a Checker works (see above).
CHECKER_LOCK = threading.Lock()
#: The Checker of this worker process, with what it was built for: the
#: settings, and the folder its messages show paths from.
_checker: tuple[Settings, str, Checker] | None = None


def checker_for(settings: Settings, working_folder: str) -> Checker:
    """This process's Checker for a run (call with the lock held)."""
    global _checker
    if _checker is None or _checker[:2] != (settings, working_folder):
        show_paths_from(working_folder)
        _checker = (settings, working_folder, Checker(settings))
    return _checker[2]


def check_partition(
    settings: Settings, working_folder: str, items: list[DraftItem], shipped: ShippedFiles | None = None
) -> list[DraftOutcome]:
    """Check a partition of drafts, in order. ``working_folder`` is the
    client's: paths in messages are shown relative to it. ``shipped``: the
    drafts carry their bytes and these are the run's configuration files
    (editlint.dask.shipping)."""
    with CHECKER_LOCK:
        if shipped is not None:
            folder = shipped.unpack()
            settings = settings_under(folder, settings)
            items = [item_under(folder, item) for item in items]
            working_folder = str(under(folder, Path(working_folder)))
        checker = checker_for(settings, working_folder)
        return [checker.check(item) for item in items]
