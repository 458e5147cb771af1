"""The Linter, on one worker thread.

Every call into editlint (check, fix, explain, reload, add words) runs on
one thread, one at a time: the Linter keeps loaded configs and compiled
rules, which are not made to be shared between threads, and the event loop
stays free to read the client's messages (a new edit, a cancellation)
while a draft is checked.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..api import Explanation, Linter, TextReport, rule_prefixes
from ..errors import ConfigError, EditlintError, UsageError
from ..span import SourceText

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What checking one text gave."""

    text: str
    #: The text with its name: what turns offsets into positions.
    source: SourceText
    #: None when the text was not checked (see the other fields).
    report: TextReport | None = None
    #: The explanation of each rule in the report (None: the config has no
    #: such rule, e.g. "suppression.unknown-rule").
    rules: dict[str, Explanation | None] = field(default_factory=dict)
    #: Not checked, too large: the note the CLI prints.
    too_large: str | None = None
    #: Not checked, its config is broken: every mistake in it.
    config_error: ConfigError | None = None
    #: Not checked, a configuration file (a vocabulary list), not a draft.
    configuration: bool = False
    #: Not checked, editlint failed (a bug): the traceback, for the log.
    crash: str | None = None


class Linting:
    """The Linter for a workspace, the other drafts its checks compare
    with, and the thread they run on."""

    def __init__(self, root: Path, folders: list[Path], config: str | None = None) -> None:
        self.root = root
        self.linter = Linter(config, root=root)
        self.others = self.linter.other_drafts(folders)
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="editlint")
        self._explained: dict[tuple, Explanation | None] = {}
        #: The files the configs in force are read from: a change to one
        #: means reading them again.
        self.configuration: set[Path] = set()

    async def run(self, function, *args):
        """``function(*args)`` on the worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, functools.partial(function, *args))

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ on the worker thread

    def check(self, name: str, text: str) -> Outcome:
        outcome = Outcome(text, SourceText(name, text))
        try:
            files = self.linter.config_files(name)
            self.configuration.update(files)
            if (self.root / name).resolve() in files:
                outcome.configuration = True
                return outcome
            outcome.too_large = self.linter.too_large(text, name)
            if outcome.too_large:
                self.others.remove(name)
                return outcome
            self.others.put(name, text)
            outcome.report = self.linter.check_text(text, name, others=self.others)
            config = files[0] if files else None
            rule_ids = dict.fromkeys(d.rule_id for d in outcome.report.diagnostics)
            outcome.rules = {rule_id: self.explain(rule_id, name, config) for rule_id in rule_ids}
        except ConfigError as error:
            outcome.config_error = error
        except Exception:  # a bug in editlint: this check fails, the server goes on
            outcome.crash = traceback.format_exc()
            logger.exception("checking %s failed", name)
        return outcome

    def forget(self, name: str) -> None:
        """The document was closed: its file on disk (if any) counts again."""
        self.others.remove(name)

    def explain(self, rule_id: str, name: str, config: Path | None) -> Explanation | None:
        """The rule's explanation under the config of ``name`` (read from
        the file ``config``); a backend's "languagetool.X" is explained by
        the longest prefix the config knows ("languagetool")."""
        key = (rule_id, config)  # the same id may be another rule under another config
        if key not in self._explained:
            found = None
            for prefix in rule_prefixes(rule_id):
                try:
                    found = self.linter.explain(prefix, name)
                    break
                except (UsageError, ConfigError):
                    continue
            self._explained[key] = found
        return self._explained[key]

    def fix(self, name: str, text: str) -> str:
        return self.linter.fix_text(text, name)

    def reload(self) -> None:
        self.linter.reload()
        self.others.rescan()
        self._explained.clear()
        self.configuration.clear()

    def add_word(self, word: str, name: str):
        """Add ``word`` to the accept file of the config of ``name``; the
        configs are read again. Returns the API's ``Added``."""
        added = self.linter.add_words([word], name)
        self.others.rescan()
        self._explained.clear()
        self.configuration.clear()
        return added

    def errors_of(self, outcome: Outcome) -> list[EditlintError]:
        """The errors an outcome holds, a broken config's included."""
        if outcome.config_error is not None:
            return list(outcome.config_error.errors)
        return list(outcome.report.errors) if outcome.report is not None else []
