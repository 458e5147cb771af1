"""What runs on the Dask workers.

Each worker process builds one Checker for a run (rule sets compiled, word
lists loaded: about a second) and keeps it for every partition of that run.
A new run builds a new one, as a local run starts afresh: a config edited
between two runs on a long-lived cluster must not be read from memory. A Checker is not shared between threads: its
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
#: The Checker of this worker process, with the run it is for.
_checker: tuple[str, Checker] | None = None


def checker_for(run: str, settings: Settings, working_folder: str) -> Checker:
    """This process's Checker for the run named ``run`` (call with the lock
    held); its messages show paths relative to ``working_folder``."""
    global _checker
    if _checker is None or _checker[0] != run:
        show_paths_from(working_folder)
        _checker = (run, Checker(settings))
    return _checker[1]


def check_partition(
    run: str, settings: Settings, working_folder: str, items: list[DraftItem], shipped: ShippedFiles | None = None
) -> list[DraftOutcome]:
    """Check a partition of the run named ``run``, in order. ``working_folder`` is the
    client's: paths in messages are shown relative to it. ``shipped``: the
    drafts carry their bytes and these are the run's configuration files
    (editlint.dask.shipping)."""
    with CHECKER_LOCK:
        if shipped is not None:
            folder = shipped.unpack()
            settings = settings_under(folder, settings)
            items = [item_under(folder, item) for item in items]
            working_folder = str(under(folder, Path(working_folder)))
        checker = checker_for(run, settings, working_folder)
        return [checker.check(item) for item in items]
