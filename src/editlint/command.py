"""The installed ``editlint`` command's entry point (and ``python -m
editlint``'s): the process's garbage collector is set before anything else
is imported, then :func:`editlint.cli.run` runs the command.

Importing the command (about 320 modules: click, markdown-it, the rule
kinds and analyses) makes some 25,000 objects that live as long as the
process; at Python's default thresholds that was 57 young and 5 middle
collections before the first draft was read, about 4 ms of a 0.27 s cold
start. This module imports nothing of editlint's, so that the thresholds
hold from the first import on.
"""

from __future__ import annotations

import gc

#: The cyclic garbage collector's thresholds for the command (Python's
#: are 700, 10, 10). A run makes a few hundred thousand small objects that
#: live as long as their draft (tokens, tags, memo entries); at the default
#: a young collection came every 700 of them and a middle one every 7,000.
#: On 60,000 words of news (-j 1, five runs each) the CPU time went from
#: 3.02 to 2.90 s and the peak resident memory from 95 to 98 MB.
GC_THRESHOLDS = (10_000, 20, 10)


def run() -> None:
    """Run the ``editlint`` command (see :func:`editlint.cli.run`)."""
    gc.set_threshold(*GC_THRESHOLDS)
    from .cli import run as run_command

    run_command()
