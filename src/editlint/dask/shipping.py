"""Drafts for workers that do not share their folder: shipped as bytes,
with the configuration files the run reads.

A draft's config is found from its folder (.editlint.yaml there or above,
what it extends, its vocabulary files and rule sets), so shipping the
draft's bytes alone would check it under the defaults on a worker that
cannot see those files. The client sends them once (scattered to every
worker); each worker lays them out under a folder of its own, at their
paths as on the client (``/home/desk/.editlint.yaml`` becomes
``$TMP/editlint-shipped-<digest>/home/desk/.editlint.yaml``), and checks
each draft as if it were at its own path under that folder. Paths in
messages are shown relative to the client's working folder moved the same
way, so they read as in a local run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..collect import DraftItem
from ..runner import Checker, Settings

_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ShippedFiles:
    """Configuration files, by their resolved path on the client."""

    files: tuple[tuple[str, bytes], ...]

    @classmethod
    def read(cls, paths: Iterable[Path]) -> ShippedFiles:
        """The files at ``paths`` that can be read, editlint's own left out
        (a worker has them where it installed editlint)."""
        files = []
        for path in sorted(set(paths)):
            if path.is_relative_to(_PACKAGE):
                continue
            try:
                files.append((str(path), path.read_bytes()))
            except OSError:
                continue  # a missing vocabulary file: the worker says so, as the client would
        return cls(tuple(files))

    @property
    def digest(self) -> str:
        digest = hashlib.sha256()
        for path, data in self.files:
            digest.update(f"{path}\0{len(data)}\0".encode("utf-8", "surrogatepass") + data)
        return digest.hexdigest()[:20]

    def unpack(self) -> Path:
        """Lay the files out on this worker (once: a second task finds them
        there) and return the folder they are under."""
        folder = Path(tempfile.gettempdir()).resolve() / f"editlint-shipped-{self.digest}"
        if folder.is_dir():
            return folder
        # Laid out beside it, then renamed: another worker process on this
        # machine may be unpacking the same files at the same moment.
        building = Path(tempfile.mkdtemp(prefix=f"{folder.name}.", dir=folder.parent))
        for path, data in self.files:
            target = under(building, Path(path))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        try:
            os.rename(building, folder)
        except OSError:  # the other process was first
            shutil.rmtree(building, ignore_errors=True)
        return folder


def under(folder: Path, path: Path) -> Path:
    """Where the client's absolute ``path`` is laid out under ``folder``."""
    return folder / path.relative_to(path.anchor)


def settings_under(folder: Path, settings: Settings) -> Settings:
    """The run's settings for drafts laid out under ``folder``: no cache (a
    worker's own folder is no place for the run's results)."""
    return replace(
        settings,
        config_path=under(folder, settings.config_path) if settings.config_path else None,
        root=under(folder, settings.root) if settings.root else None,
        cache_dir=None,
    )


def item_under(folder: Path, item: DraftItem) -> DraftItem:
    return replace(
        item,
        location=under(folder, item.location),
        path=under(folder, item.path) if item.path is not None else None,
    )


def read_to_ship(item: DraftItem, checker: Checker) -> DraftItem | None:
    """``item`` with its bytes, its paths resolved, ready to ship; None when
    it cannot be read here or is over its size limit (it is checked here:
    its outcome is only the reason, which the workers could not give)."""
    location = item.location.resolve()
    if item.data is not None:  # standard input
        return replace(item, location=location)
    _, max_size, _ = checker.reading(checker.workspace.config_for(item.location), item.location)
    try:
        with item.path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_size:
                return None
            data = handle.read(max_size + 1)
    except OSError:
        return None
    if len(data) > max_size:
        return None
    return DraftItem(item.shown, location, location, data, named=item.named)
