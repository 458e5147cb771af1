"""What reading rule sets and configs works out, kept on disk by content.

A cold start (`editlint draft.md` from a hook or an editor) parsed the same
14 rule files with PyYAML every time (0.025 s, and 0.01 s to import it) and
compiled every regular expression of the rule sets twice, once alone to name
a faulty one and once in its rule. This cache keeps, in the user's cache
folder:

- ``yaml/``: each YAML text parsed (rule files, word lists, configs,
  vocabularies), keyed by a hash of the text itself and of the code that
  parses it (see :func:`editlint.yamlsource.load_yaml`);
- ``rulesets/``: the rules of each rule set folder read without an error,
  checked, keyed by every rule file's text and the code that reads them
  (see :mod:`editlint.rulesetcache`);
- ``compiled-patterns-*``: the regular expressions of rule sets compiled
  by the installed ``regex`` module, keyed by their text and flags, each in
  the form ``regex`` pickles a pattern in (its compiled code: loading it
  parses nothing), so that a rule's pattern costs a few microseconds when a
  draft first needs it rather than a compile (see :mod:`editlint.userregex`).

Every key is the content the entry was worked out from, so an edited rule
file or config is a new key, never a stale entry: the cache holds no
results and cannot change a report. ``--no-cache`` (the *result* cache,
editlint.cache) leaves it alone; ``EDITLINT_SETUP_CACHE=off`` turns it off,
and ``EDITLINT_SETUP_CACHE=DIR`` puts it elsewhere (default:
``$XDG_CACHE_HOME/editlint`` or ``~/.cache/editlint``). An entry that cannot
be read (corrupt, truncated, from another Python) counts as missing; a
folder that cannot be written (a read-only home in CI) is left as it is.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from . import __version__
from .atomicfile import replace_file

#: The environment variable naming the folder, or "off".
ENV = "EDITLINT_SETUP_CACHE"
#: The most parsed YAML texts kept: past it the oldest go (editing a rule
#: file over a day makes a new entry per saved version).
MAX_ENTRIES = 400


def folder() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no", "false") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "editlint"


def stamp(*files: str | None) -> str:
    """What a cached entry also depends on besides its content: editlint's
    and Python's versions and the size and time of each of ``files`` (the
    modules that build the entry), so that a changed parser is a new key
    even while the version number stays."""
    parts = [__version__, sys.version]
    for file in files:
        try:
            status = os.stat(file) if file else None
        except OSError:
            status = None
        parts.append(f"{file}:{status.st_size}:{status.st_mtime_ns}" if status else f"{file}:-")
    return "\0".join(parts)


def key_of(salt: str, content: str) -> str:
    digest = hashlib.blake2b(salt.encode("utf-8", "surrogatepass"), digest_size=20)
    digest.update(content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def load(section: str, key: str):
    """The entry stored under ``key`` in ``section``, or None (missing,
    unreadable or corrupt: the caller works it out again)."""
    where = folder()
    if where is None:
        return None
    try:
        data = (where / section / f"{key}.pickle").read_bytes()
        stored_key, value = pickle.loads(data)  # noqa: S301 - the user's own cache folder
    except Exception:  # noqa: BLE001 - any damaged entry is a missing one
        return None
    return value if stored_key == key else None


def store(section: str, key: str, value) -> None:
    """Keep ``value`` under ``key``; any failure to write is ignored."""
    where = folder()
    if where is None:
        return
    target = where / section / f"{key}.pickle"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        _prune(target.parent)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no cache, not an error
        return


def load_whole(name: str, kind: type):
    """A value stored whole (the compiled patterns), or an empty ``kind``
    when it is missing, damaged or not a ``kind``."""
    where = folder()
    if where is None:
        return kind()
    try:
        value = pickle.loads((where / f"{name}.pickle").read_bytes())  # noqa: S301 - the user's own cache folder
    except Exception:  # noqa: BLE001 - any damaged entry is a missing one
        return kind()
    return value if isinstance(value, kind) else kind()


def store_whole(name: str, value) -> None:
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        replace_file(where / f"{name}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001 - as store
        return


def _prune(section: Path) -> None:
    entries = list(section.glob("*.pickle"))
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns)
    for old in entries[: len(entries) - MAX_ENTRIES]:
        old.unlink(missing_ok=True)
