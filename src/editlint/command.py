"""The installed ``editlint`` command (and ``python -m editlint``): the
process's garbage collector set before anything else is imported, the CLI
(:func:`editlint.cli.main`) run, and an exit that skips tearing down the
interpreter.

Importing the command (about 320 modules: click, the rule kinds and
analyses, and at the first draft markdown-it) makes some 25,000 objects that
live as long as the process; at Python's default thresholds that was 57
young and 5 middle collections before the first draft was read, about 4 ms
of a 0.27 s cold start. This module imports nothing of editlint's before
the thresholds are set.
"""

from __future__ import annotations

import gc
import os
import sys

#: The cyclic garbage collector's thresholds for the command (Python's
#: are 700, 10, 10). A run makes a few hundred thousand small objects that
#: live as long as their draft (tokens, tags, memo entries); at the default
#: a young collection came every 700 of them and a middle one every 7,000.
#: On 60,000 words of news (-j 1, five runs each) the CPU time went from
#: 3.02 to 2.90 s and the peak resident memory from 95 to 98 MB.
GC_THRESHOLDS = (10_000, 20, 10)


def collect_garbage_less_often() -> None:
    """Set :data:`GC_THRESHOLDS`, and leave the objects made so far (the
    modules and their tables) out of every collection from now on: they
    live as long as the process. For the command's process, not for a
    program that imports editlint."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def run() -> None:
    """The ``editlint`` command: :func:`editlint.cli.main`, then an exit
    that skips tearing down the interpreter. Freeing every word list and
    compiled rule one object at a time takes a noticeable share of a
    pre-commit hook's run and gains nothing; output is flushed first, and
    everything editlint writes (fixed drafts, the cache) is closed by then."""
    gc.set_threshold(*GC_THRESHOLDS)  # before the imports below (see the module's note)
    from . import cli
    from .results import EXIT_ERROR, EXIT_OK

    collect_garbage_less_often()
    try:
        cli.main()
        code = EXIT_OK
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = EXIT_ERROR
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `editlint ... | head`: the reader has gone
        pass
    except ValueError:  # closed already: the language server closes its output when told to exit
        pass
    os._exit(code)
