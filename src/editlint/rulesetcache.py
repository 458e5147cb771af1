"""A rule set folder's rules as read before, kept in the setup cache.

Reading the shipped rule sets at a cold start (14 files: 180 rules and
1,426 examples) is unpickling each file's parsed YAML from the setup cache
and then checking every rule and every example again: about 19 ms of CPU.
The rules of a folder that read without an error are kept whole, as
:class:`~editlint.rule.RuleSpec` objects, in the setup cache
(:mod:`editlint.setupcache`, section ``rulesets``); a run whose files are
the same unpickles them (about 7 ms) and checks nothing again.

The key is everything reading the folder depends on, so an entry can never
be stale: the text and the shown path of every rule file in it (the named
word lists a rule file sees are those of the rule files beside it, which
are among them), the rule set's name, the names of the rule kinds, and the
code that reads them (the size and time of each module below, with
editlint's, Python's and PyYAML's versions). A folder with an error is
read afresh every run, so the error is said every run; a folder with a
rule file that is a symbolic link is too (its word lists would be those of
the folder the link points into).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from pathlib import Path

from . import setupcache, yamlsource
from .errors import RuleError, display_path
from .rule import RuleSpec, read_rule_file, rule_files

SECTION = "rulesets"

#: The modules whose code decides what reading a rule file gives: rule.py
#: and the editlint modules it and the modules reading lists and YAML
#: import (tests/test_setup_cache.py checks that this names them all).
READING_MODULES = (
    "editlint.rule",
    "editlint.rulelists",
    "editlint.yamlsource",
    "editlint.diagnostic",
    "editlint.document",
    "editlint.errors",
    "editlint.parsing",
    "editlint.span",
    "editlint.setupcache",
)


def read_rule_set(folder: Path, name: str, known_kinds: Iterable[str]) -> tuple[list[RuleSpec], list[RuleError]]:
    """The rules of every rule file in ``folder``, in file order, and the
    errors reading them: what :func:`~editlint.rule.read_rule_file` gives
    file by file, from the setup cache when the files are those of an
    earlier run."""
    files = rule_files(folder)
    texts = _texts(files)
    key = None
    if texts is not None:
        key = setupcache.key_of(_stamp(), _content(name, sorted(known_kinds), files, texts))
        cached = setupcache.load(SECTION, key)
        if isinstance(cached, list):
            return cached, []
    specs: list[RuleSpec] = []
    errors: list[RuleError] = []
    for path in files:
        found, problems = read_rule_file(path, known_kinds, name, text=texts[path] if texts else None)
        specs.extend(found)
        errors.extend(problems)
    if key is not None and not errors:
        setupcache.store(SECTION, key, specs)
    return specs, errors


def _texts(files: list[Path]) -> dict[Path, str] | None:
    """Each rule file's text; None when one cannot be read (its error is
    said by reading it) or is a symbolic link (see the module's note)."""
    texts = {}
    for path in files:
        try:
            if path.is_symlink():
                return None
            texts[path] = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None
    return texts


def _content(name: str, kinds: list[str], files: list[Path], texts: dict[Path, str]) -> str:
    # Each part with its length first, so that no two different lists of
    # parts make the same text.
    parts = [name, *kinds, *(part for path in files for part in (display_path(path), texts[path]))]
    return "".join(f"{len(part)}:{part}" for part in parts)


@functools.cache
def _stamp() -> str:
    files = [sys.modules[module].__file__ for module in READING_MODULES]
    return "\0".join((setupcache.stamp(*files), yamlsource.parser_stamp()))
