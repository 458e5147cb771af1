"""``editlint check --dask ADDRESS``: drafts checked by a Dask cluster.

The client (this process) finds the drafts, as any run does; the workers
check them, a partition at a time (editlint.dask.partitions), and send back
each draft's DraftOutcome, the plain data a local worker process gives.
The client gathers them in the drafts' order through the same Runner as a
local run, and runs the rules that compare drafts over the facts the
outcomes carry (editlint.across): the report is the local run's.

Where the workers see the drafts at the same paths (a shared or mounted
folder, or ``--dask local``), they read them; where they do not, the client
reads each draft and ships its bytes, with the configuration files
(editlint.dask.shipping). The result cache is used when the workers share
its folder too; otherwise it is off, with a note.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from distributed import Client, KilledWorker, LocalCluster

from ..collect import DraftFinder, DraftItem
from ..errors import EditlintError, UsageError
from ..results import RunResult
from ..runner import Checker, DraftOutcome, Settings, default_jobs
from .partitions import WORDS_PER_PARTITION, partitions, words_in
from .shipping import ShippedFiles, read_to_ship
from .tasks import check_partition

#: How long to wait for the scheduler to answer, and for a first worker.
CONNECT_SECONDS = 30


def _stamps(paths: list[str]) -> list[tuple[int, int] | None]:
    """Size and modification time of each file (run on every worker: the
    same stamps as the client's mean the same files)."""
    stamps = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            stamps.append(None)
            continue
        stamps.append((stat.st_size, stat.st_mtime_ns))
    return stamps


class DaskRun:
    """A run's connection to a Dask cluster: ``address`` is a scheduler's
    ("tcp://10.0.0.5:8786"), "local" (a LocalCluster of ``workers``
    processes with a thread each, on 127.0.0.1, no dashboard) or a
    ``distributed.Client`` already connected. ``ship``: None decides whether
    the workers read the drafts or get their bytes by looking; True and
    False force it. Use it as a context manager; ``notes`` holds what the
    run should say (the cache was off)."""

    def __init__(
        self,
        address: str | Client,
        workers: int | None = None,
        ship: bool | None = None,
        words_per_partition: int = WORDS_PER_PARTITION,
    ) -> None:
        self.address = address
        self.workers = workers
        self.ship = ship
        self.words_per_partition = words_per_partition
        self.notes: list[str] = []
        self.client: Client | None = None
        self._cluster: LocalCluster | None = None

    def __enter__(self) -> DaskRun:
        self.notes = []
        if isinstance(self.address, Client):
            self.client = self.address
            return self
        # Dask's own logging (a worker that left, a slow event loop) would
        # mix with the report on standard error: only its errors show.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            if self.address == "local":
                # Dask serves its HTTP pages whatever it is told; without
                # bokeh they hold no dashboard, and here they listen on
                # loopback, on a free port (8787 may be another cluster's).
                self._cluster = LocalCluster(
                    n_workers=self.workers or default_jobs(), threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
                )  # fmt: skip
                self.client = Client(self._cluster)
            else:
                self.client = Client(self.address, timeout=CONNECT_SECONDS)
            self.client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:
            self.__exit__()
            raise UsageError("--dask", f"cannot use the Dask cluster at {self.address}: {exc}") from None
        return self

    def __exit__(self, *_) -> None:
        if self.client is not None and self.client is not self.address:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
        self.client = self._cluster = None

    # ------------------------------------------------------------------ the run

    def outcomes(self, items: list[DraftItem], checker: Checker) -> Iterator[DraftOutcome]:
        """Each item's outcome, in order, checked on the cluster."""
        if not items:
            return
        settings = _absolute(checker.settings)
        working_folder = os.getcwd()
        #: Items checked here, by index, and the items sent, with their index.
        here: dict[int, DraftOutcome] = {}
        sent: list[tuple[int, DraftItem]] = []
        shipped = None
        ship = self.ship if self.ship is not None else not self._workers_see([i.path for i in items if i.path])
        if ship:
            if settings.fix and not settings.diff:
                raise UsageError("--fix", "with --dask needs the drafts in a folder the workers share", " ")
            files = DraftFinder(checker.workspace, RunResult()).configuration(items)
            shipped = self.client.scatter(ShippedFiles.read(files), broadcast=True)
            # Laid out on the workers at their real paths (see shipping.py).
            settings = replace(settings, config_path=_resolved(settings.config_path), root=_resolved(settings.root))
            working_folder = str(Path(working_folder).resolve())
            if settings.cache_dir is not None:
                self.notes.append("the cache is off: the drafts are shipped to the Dask workers, which do not see them")
            for index, item in enumerate(items):
                ready = read_to_ship(item, checker)
                if ready is None:  # unreadable or too large here: the reason is all there is to report
                    here[index] = checker.check(item)
                else:
                    sent.append((index, ready))
        else:
            settings = self._with_cache(settings)
            sent = [(index, _absolute_item(item)) for index, item in enumerate(items)]
        workers = len(self.client.scheduler_info()["workers"])
        cut = partitions(sent, [words_in(item) for _, item in sent], workers, self.words_per_partition)
        run = secrets.token_hex(8)  # the workers build a Checker for it (see tasks.py)
        submit = self.client.submit
        futures = [
            submit(check_partition, run, settings, working_folder, [i for _, i in part], shipped, pure=False)
            for part in cut
        ]
        try:
            yield from _in_order(items, cut, futures, here)
        except BaseException:
            # Ctrl-C, or a task that raised: the rest of the run is not wanted.
            self.client.cancel(futures)
            raise

    def _workers_see(self, paths: list[Path]) -> bool:
        """Whether every worker sees the first, middle and last of these
        files as this process does."""
        if not paths:
            return False
        sample = sorted({str(p.absolute()) for p in (paths[0], paths[len(paths) // 2], paths[-1])})
        mine = _stamps(sample)
        if None in mine:
            return False
        return all(theirs == mine for theirs in self.client.run(_stamps, sample).values())

    def _with_cache(self, settings: Settings) -> Settings:
        """``settings``, without the cache when the workers do not share
        its folder (told by a file written here and looked for there)."""
        if settings.cache_dir is None:
            return settings
        probe = settings.cache_dir / f".probe-{secrets.token_hex(8)}"
        try:
            settings.cache_dir.mkdir(parents=True, exist_ok=True)
            probe.write_text(secrets.token_hex(16), encoding="utf-8")
            shared = self._workers_see([probe])
        except OSError as exc:
            self.notes.append(f"the cache is off: cannot write in {settings.cache_dir}: {exc.strerror or exc}")
            return replace(settings, cache_dir=None)
        finally:
            probe.unlink(missing_ok=True)
        if shared:
            return settings
        self.notes.append(f"the cache is off: the Dask workers do not share {settings.cache_dir}")
        return replace(settings, cache_dir=None)


def _in_order(items: list[DraftItem], cut, futures, here: dict[int, DraftOutcome]) -> Iterator[DraftOutcome]:
    """The outcomes of the partitions ``cut`` (their ``futures``) and of the
    items checked ``here``, in the order of ``items``."""
    following = 0  # the index of the next outcome to give
    for part, future in zip(cut, futures, strict=True):
        for (index, _), outcome in zip(part, _result(future, part), strict=True):
            while following < index:
                yield here.pop(following)
                following += 1
            outcome.location = items[index].location  # as the client named it (for --baseline, --diff-base)
            yield outcome
            following = index + 1
        future.release()
    yield from (here[index] for index in sorted(here))


def _result(future, part: list[tuple[int, DraftItem]]) -> list[DraftOutcome]:
    """A partition's outcomes. Dask runs a partition again when its worker
    dies; when workers keep dying on it, that is an error of the run."""
    try:
        return future.result()
    except KilledWorker:
        first, last = part[0][1].shown, part[-1][1].shown
        raise EditlintError("--dask", f"workers died checking the drafts from {first} to {last}, each time") from None


def _absolute(settings: Settings) -> Settings:
    """Paths a worker can use whatever its working folder."""
    return replace(
        settings,
        config_path=settings.config_path.absolute() if settings.config_path else None,
        cache_dir=settings.cache_dir.absolute() if settings.cache_dir else None,
        root=settings.root.absolute() if settings.root else None,
    )


def _resolved(path: Path | None) -> Path | None:
    return path.resolve() if path is not None else None


def _absolute_item(item: DraftItem) -> DraftItem:
    return replace(item, location=item.location.absolute(), path=item.path.absolute() if item.path else None)
