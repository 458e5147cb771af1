"""harper: the grammar checker Harper (through harper-py), as a backend.

A config switches it on with ``harper: true`` or a mapping of options
(``harper: {rules: {AnA: off}}``). Each of Harper's lints is reported as
``harper.<its rule name>`` ("harper.PronounVerbAgreement"), with Harper's
message and suggestions.

Options:
  rules           Harper rule name -> on/off, applied over editlint's
                  curated defaults (NEWS_DEFAULTS below); names are checked
                  against Harper's own list
  language        en-US (default), en-GB, en-AU or en-CA, mapped to Harper's
                  dialects; the config's language: sets it
  vocabulary      words Harper's spelling (off unless switched on) accepts;
                  filled in from the config's vocab.accept
  on_unavailable  error (default: exit 2) or warn (a note) when harper-py is
                  not installed

Message field: {message} (Harper's message; the rule the config makes has
the message "{message}"). Fixes are unsafe: Harper's first suggestion.

harper-py is imported only when a harper rule is compiled; its Linter is
built once per process for each dialect and configuration. A draft is linted
in one call: its units joined by blank lines (JoinedText), Harper's spans
(Python string indices: code points) mapped back to units.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Literal

from ..diagnostic import BackendUnavailable
from ..errors import did_you_mean
from .base import KindRule, OptionError
from .external import JoinedText

BACKEND = "harper"
MISSING = "harper-py is not installed: pip install 'editlint[harper]'"

DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN"}

#: Harper rules that are on by default but do not suit edited news, measured
#: on the 50 ABC News articles of lee.cor (docs/backends.md has the figures).
NEWS_DEFAULTS: dict[str, bool] = {
    # editlint's spelling rules know names and the newsroom's vocabulary;
    # Harper's flags every name it lacks (Kataib, Askari, Savell).
    "SpellCheck": False,
    # Closed compounds are house style: taskforce, codenamed, antiterrorism,
    # biowarfare (7 lints on lee.cor, one a typo the spelling rules catch).
    "SplitWords": False,
    # News style (AP, most Australian and British papers) has no serial comma.
    "OxfordComma": False,
    # Sentence length is the newsroom's call, not a grammar error (13 lints).
    "LongSentences": False,
    # Reported by editlint's own style rules: style.sentence-spacing,
    # style.extra-space and style.repeated-word.
    "NoFrenchSpaces": False,
    "Spaces": False,
    "RepeatedWords": False,
    "TheTheToThatThe": False,
    # Offers an en dash for "--": news copy wants an em dash or a spaced en dash.
    "Dashes": False,
    # Lower-cases company names: "AMP's" -> "amp's"; "10pc" -> "10PC".
    "OrthographicConsistency": False,
    # "damage to lives", "threat to lives" read as "to" + verb.
    "InflectedVerbAfterTo": False,
    # "re-election" -> "reelection", "under way" -> "underway": style choices.
    "DisjointPrefixes": False,
    # "We Australians want change" -> "add a determiner".
    "MissingDeterminer": False,
    # "a moderation of the land seizures", "an expansion of operations",
    # "a knowledge of": count uses of nouns that are usually mass nouns.
    "MassNouns": False,
    # The "tit" of "tit-for-tat"; and news quotes what people said.
    "AvoidCurses": False,
    # "and also": editlint's style.redundancy reports it.
    "AvoidAndAlso": False,
}


def _switch(key: str, name: str, value) -> bool:
    """A rule's setting: true/false, or on/off as editlint's YAML writes it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("on", "true"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("off", "false"):
        return False
    raise OptionError(key, f'option "{key}": "{name}" must be on or off (true or false), not {value!r}')


@dataclass(frozen=True)
class Options:
    rules: dict[str, bool] = field(default_factory=dict)
    language: Literal["en-US", "en-GB", "en-AU", "en-CA"] = "en-US"
    vocabulary: tuple[str, ...] = ()
    on_unavailable: Literal["error", "warn"] = "error"


class Harper(KindRule):
    name = "harper"
    # Its answers depend on the installed Harper too: never kept between runs.
    cacheable = False
    Options = Options
    fields = ("message",)
    config_options = ("language", "vocabulary")

    def compile(self) -> None:
        harper = _import()
        switches = {name: _switch("rules", name, value) for name, value in self.options.rules.items()}
        if harper is not None:
            known = _default_config(harper)
            for name in switches:
                if name not in known:
                    raise OptionError(
                        "rules",
                        f'unknown Harper rule "{name}"{did_you_mean(name, known)}',
                    )
        #: The full configuration handed to Harper: its defaults, ours, then the config's.
        self.switches = {**NEWS_DEFAULTS, **switches}
        self.words = tuple(sorted({w for w in self.options.vocabulary if not _is_pattern(w)}))

    def check(self, units, document):
        harper = _import()
        if harper is None:
            raise BackendUnavailable(BACKEND, MISSING, fatal=self.options.on_unavailable == "error")
        joined = JoinedText(units)
        if not joined.text.strip():
            return
        linter, lock = _linter(harper, self.options.language, self.switches, self.words)
        with lock:
            organized = linter.organized_lints(joined.text, language="plaintext")
        for rule_name, lints in organized.items():
            for lint in lints:
                located = joined.locate(lint.span.start, lint.span.end)
                if located is None:
                    continue
                unit, start, end = located
                suggestions = _replacements(harper, lint)
                found = self.finding(document, unit, start, end, suggestions, message=lint.message)
                if found is not None:
                    yield replace(found, rule_id=f"{self.spec.id}.{rule_name}")


def _replacements(harper, lint) -> list[str]:
    """Harper's suggestions as the text to put in place of the lint's span."""
    result: list[str] = []
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.REMOVE:
            text = ""
        elif suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            text = lint.problem_text + suggestion.replacement_text
        else:
            text = suggestion.replacement_text
        if text not in result:
            result.append(text)
    return result


def _is_pattern(word: str) -> bool:
    return len(word) > 2 and word.startswith("/") and word.endswith("/")


# --------------------------------------------------------------------------- harper-py, once per process

_lock = threading.Lock()
_linters: dict[tuple, tuple[object, threading.Lock]] = {}
_defaults: dict[str, bool] = {}


def _import():
    """The harper module, or None when harper-py is not installed."""
    try:
        import harper
    except ImportError:
        return None
    return harper


def _default_config(harper) -> dict[str, bool]:
    """Harper's rule names and whether each is on by default. Asking builds
    Harper's dictionary (about half a second), once."""
    with _lock:
        if not _defaults:
            _defaults.update(harper.get_default_lint_config())
    return _defaults


def _linter(harper, language: str, switches: dict[str, bool], words: tuple[str, ...]):
    """The Linter for a dialect, configuration and word list, built once.

    ``set_lint_config`` replaces the whole configuration, so it is given
    every rule: Harper's defaults with our switches over them."""
    key = (language, tuple(sorted(switches.items())), words)
    config = {**_default_config(harper), **switches}
    with _lock:
        found = _linters.get(key)
        if found is None:
            linter = harper.Linter(harper.Dialect[DIALECTS[language]])
            linter.set_lint_config(config)
            if words:
                linter.import_words(list(words))
            found = _linters[key] = (linter, threading.Lock())
    return found
