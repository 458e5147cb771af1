"""Checking once typing pauses.

Each edit of a document puts its check off until no edit has come for
``delay`` seconds (about 300 ms): a fast typist's burst of keystrokes costs
one check, not one per key. Only the wait is cancelled by a newer edit; a
check that has started runs to its end (its result is published only if
the document has not changed since, see server.py), so steady typing with
pauses shorter than a check still gets diagnostics.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

logger = logging.getLogger(__name__)


class Debouncer:
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._waiting: dict[str, asyncio.Task] = {}

    def call_later(self, key: str, job: Callable[[], Awaitable[None]], delay: float | None = None) -> None:
        """Run ``job()`` after ``delay`` seconds (default: the debouncer's)
        unless another call for ``key`` comes first."""
        self.cancel(key)
        wait = self.delay if delay is None else delay
        self._waiting[key] = asyncio.ensure_future(self._after(key, wait, job))

    def cancel(self, key: str) -> None:
        """Drop the call for ``key`` that is still waiting."""
        task = self._waiting.pop(key, None)
        if task is not None:
            task.cancel()

    def pending(self) -> int:
        return len(self._waiting)

    async def _after(self, key: str, delay: float, job: Callable[[], Awaitable[None]]) -> None:
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            return
        if self._waiting.get(key) is asyncio.current_task():
            del self._waiting[key]
        try:
            await job()
        except Exception:  # a failed check must not end the server: the next edit tries again
            logger.exception("a check of %s failed", key)
