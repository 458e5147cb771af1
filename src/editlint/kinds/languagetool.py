"""languagetool: the matches of a LanguageTool server, one request per draft.

Switched on by the config's ``languagetool:`` mapping, whose settings are
this kind's options; each match is reported as ``languagetool.<RULE_ID>``
with LanguageTool's message and up to five of its replacements.

It talks to the server through the language-tool-python package (GPL-3.0,
so an optional extra: ``pip install 'editlint[languagetool]'``), imported
only when a draft is checked.

Options:
  url               a running LanguageTool server, e.g. http://localhost:8081
  local             true: language-tool-python downloads LanguageTool and
                    starts a server (needs Java 17); exactly one of url and
                    local is given
  language          en-US (default), en-GB, en-AU or en-CA; the config's
                    language: sets it
  disabled_rules    LanguageTool rule ids not to apply
  enabled_rules     rule ids to apply that are off by default
  disabled_categories  category ids not to apply (e.g. TYPOGRAPHY)
  picky             true: LanguageTool's picky level (more style rules)
  timeout           seconds to wait for the server (default 20)
  on_unavailable    error (default): a server that is down, slow or answers
                    garbage makes the run exit 2; warn: one note, and the
                    exit code depends on the other findings only
  replace_spelling  true (default): LanguageTool's own spell checkers are off,
                    since editlint's spelling rules know names and the vocab

Message field: {message} (LanguageTool's message for the match); the
rule's message is "{message}". Fixes are unsafe: the first replacement.

A server that failed is remembered for the rest of the process: it is not
asked again, and every draft after the first reports the same message, so
a run says it once and waits for a timeout at most once.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..diagnostic import BackendUnavailable
from .base import KindRule, OptionError
from .external import JoinedText

BACKEND = "languagetool"

#: editlint's language codes and the codes LanguageTool knows them by.
LANGUAGE_CODES = {"en-US": "en-US", "en-GB": "en-GB", "en-AU": "en-AU", "en-CA": "en-CA"}

#: LanguageTool's spell checkers for English (Morfologik, one per variant)
#: and its Hunspell-based ones for other languages.
SPELLING_RULES = (
    "MORFOLOGIK_RULE_EN_US",
    "MORFOLOGIK_RULE_EN_GB",
    "MORFOLOGIK_RULE_EN_AU",
    "MORFOLOGIK_RULE_EN_CA",
    "MORFOLOGIK_RULE_EN_NZ",
    "MORFOLOGIK_RULE_EN_ZA",
    "HUNSPELL_RULE",
    "HUNSPELL_NO_SUGGEST_RULE",
)

MAX_SUGGESTIONS = 5
INSTALL_HINT = "pip install 'editlint[languagetool]'"
_RULE_ID = re.compile(r"[A-Za-z0-9_]+")


@dataclass(frozen=True)
class Options:
    url: str | None = None
    local: bool = False
    language: Literal["en-US", "en-GB", "en-AU", "en-CA"] = "en-US"
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    picky: bool = False
    timeout: float = 20.0
    on_unavailable: Literal["error", "warn"] = "error"
    replace_spelling: bool = True


class LanguageTool(KindRule):
    name = "languagetool"
    # The server decides the answers (its version, its settings): never kept.
    cacheable = False
    Options = Options
    fields = ("message",)
    #: The config's language: fills in ``language`` unless rules: gives it.
    #: (Fixes stay unsafe, the default: LanguageTool's replacements are guesses.)
    config_options = ("language",)

    def compile(self) -> None:
        options = self.options
        if options.url is not None and options.local:
            raise OptionError("local", 'give either "url" (a running LanguageTool server) or "local: true", not both')
        if options.url is None and not options.local:
            raise OptionError(
                "url",
                'needs "url" (a running LanguageTool server, e.g. url: http://localhost:8081)'
                ' or "local: true" (language-tool-python starts one; needs Java 17)',
            )
        if options.url is not None and not re.match(r"https?://[^\s/]+", options.url):
            raise OptionError("url", f'option "url" must be an http:// or https:// address, not {options.url!r}')
        if options.timeout <= 0:
            raise OptionError(
                "timeout", f'option "timeout" must be a number of seconds above 0, not {options.timeout:g}'
            )
        for key in ("disabled_rules", "enabled_rules", "disabled_categories"):
            for value in getattr(options, key):
                if not _RULE_ID.fullmatch(value):
                    raise OptionError(key, f'option "{key}": {value!r} is not a LanguageTool id (letters, digits, _)')
        self.endpoint = options.url.rstrip("/") if options.url else "local"
        self.where = f"the LanguageTool server at {options.url}" if options.url else "the local LanguageTool server"
        disabled = set(options.disabled_rules)
        if options.replace_spelling:
            disabled.update(SPELLING_RULES)
        disabled.difference_update(options.enabled_rules)
        self.disabled_rules = disabled

    # ------------------------------------------------------------------ checking

    def check(self, units, document):
        joined = JoinedText(units)
        text = joined.text
        if not text.strip():
            return
        client = self._client()
        client.disabled_rules = set(self.disabled_rules)
        client.enabled_rules = set(self.options.enabled_rules)
        client.disabled_categories = set(self.options.disabled_categories)
        client.picky = self.options.picky
        try:
            matches = client.check(text)
            found = [_read_match(match) for match in matches]
        except Exception as exc:  # a library talking to a server: anything it raises means "unusable"
            raise self._failed(self.endpoint, self._describe(exc)) from None
        converts_offset, converts_length = _client_converts_utf16()
        positions = _Utf16(text)
        for rule_id, message, replacements, offset, length in found:
            if converts_offset:
                start = offset
                end = positions.advance(start, length) if not converts_length else start + length
            else:
                start = positions.index(offset)
                end = positions.index(offset + length)
            located = joined.locate(start, end)
            if located is None:
                continue
            unit, local_start, local_end = located
            finding = self.finding(
                document, unit, local_start, local_end, replacements[:MAX_SUGGESTIONS], message=message
            )
            if finding is not None:
                yield dataclasses.replace(finding, rule_id=f"{BACKEND}.{rule_id}")

    def _client(self):
        """The client for this rule's server and language, made once per process."""
        language = LANGUAGE_CODES[self.options.language]
        for key in (self.endpoint, (self.endpoint, language)):
            if key in _FAILED:
                raise self._unavailable(_FAILED[key])
        try:
            import language_tool_python  # noqa: F401  (GPL-3.0: an optional extra, imported only here)
        except ImportError:
            raise self._unavailable(
                f"cannot check with {self.where}: the language-tool-python package is not installed ({INSTALL_HINT})"
            ) from None
        try:
            client = _CLIENTS.get(self.endpoint)
            if client is None:
                # The constructor asks the server for its languages (or starts one).
                client = _CLIENTS[self.endpoint] = _new_client(self.options.url, language, self.options.timeout)
            client._TIMEOUT = self.options.timeout
            if client.requested_language != language:
                # The client may normalise it (a server without en-AU checks it as "en").
                client.language = language
                client.requested_language = language
        except Exception as exc:  # a library talking to a server: anything it raises means "unusable"
            if isinstance(exc, ValueError) and str(exc).startswith("unsupported language"):
                raise self._failed((self.endpoint, language), f"{self.where} does not support {language}") from None
            if self.options.local and self.endpoint not in _CLIENTS:
                raise self._failed(
                    self.endpoint,
                    "could not start a local LanguageTool server (language-tool-python needs Java 17"
                    f" and downloads LanguageTool on first use): {_one_line(exc)}",
                ) from None
            raise self._failed(self.endpoint, self._describe(exc)) from None
        return client

    def _unavailable(self, message: str) -> BackendUnavailable:
        return BackendUnavailable(BACKEND, message, fatal=self.options.on_unavailable == "error")

    def _failed(self, key, message: str) -> BackendUnavailable:
        """Remember that the server failed, so later drafts neither wait for
        it nor word the failure differently."""
        _FAILED[key] = message
        return self._unavailable(message)

    def _describe(self, exc: BaseException) -> str:
        """One line saying what went wrong with the server."""
        import requests

        cause = _request_cause(exc)
        if isinstance(cause, requests.exceptions.Timeout):
            return f"{self.where} did not answer within {self.options.timeout:g} s (the timeout option)"
        if isinstance(cause, requests.exceptions.ConnectionError):
            errno = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(cause))
            reason = errno.group(1).strip().lower() if errno else "connection failed"
            return f"{self.where} is not reachable: {reason}"
        if cause is not None:
            return f"{self.where} could not be asked: {_one_line(cause)}"
        from language_tool_python.exceptions import LanguageToolError, RateLimitError

        if isinstance(exc, RateLimitError):
            return f"{self.where} refused the check: its rate limit was exceeded"
        if isinstance(exc, LanguageToolError):
            if isinstance(exc.__cause__, ValueError):  # the JSON decoder's error: the body was not JSON
                return f"{self.where} gave no check results; it answered {_snippet(str(exc))}"
            return f"{self.where} failed: {_one_line(exc)}"
        if isinstance(exc, (KeyError, TypeError, AttributeError, ValueError, IndexError)):
            return f"{self.where} gave no check results; it answered JSON that LanguageTool does not send"
        return f"{self.where} failed: {type(exc).__name__}: {_one_line(exc)}"


# --------------------------------------------------------------------------- the client

#: Clients by endpoint, and the failures remembered by endpoint (or by
#: endpoint and language), for the rest of the process.
_CLIENTS: dict = {}
_FAILED: dict = {}


def reset() -> None:
    """Forget every client and remembered failure (a long-lived process that
    wants to try a server again; tests)."""
    _CLIENTS.clear()
    _FAILED.clear()


@cache
def _client_class():
    import language_tool_python

    class Client(language_tool_python.LanguageTool):
        """language-tool-python's client with our timeout, set before its
        constructor asks the server for its languages, and one try per
        request (it retries once by default: two timeouts per draft)."""

        def __init__(self, *args, timeout: float, language: str, **kwargs) -> None:
            self._TIMEOUT = timeout
            self.requested_language = language
            super().__init__(*args, language=language, **kwargs)

        def _query_server(self, url, params=None, num_tries=2, *args, **kwargs):
            return super()._query_server(url, params, 1, *args, **kwargs)

    return Client


def _new_client(url: str | None, language: str, timeout: float):
    client_class = _client_class()
    if url is not None:
        return client_class(language=language, remote_server=url, timeout=timeout)
    return client_class(language=language, timeout=timeout)


@cache
def _client_converts_utf16() -> tuple[bool, bool]:
    """Whether the installed language-tool-python turns LanguageTool's
    offsets and lengths (UTF-16 code units) into Python string indices.

    Version 3 converts offsets (it subtracts one for each character outside
    the Basic Multilingual Plane before the match) but not lengths; asking
    its Match class about a text of two emoji finds out for any version."""
    try:
        from language_tool_python import Match

        rule = {"id": "PROBE", "issueType": "other", "category": {"id": "PROBE", "name": "probe"}}
        attrib = {
            "message": "probe",
            "replacements": [],
            "offset": 2,
            "length": 2,
            "context": {"text": "\U0001f44d\U0001f44d", "offset": 2, "length": 2},
            "sentence": "",
            "rule": rule,
        }
        probe = Match(attrib, "\U0001f44d\U0001f44d")
        return probe.offset == 1, _attr(probe, "error_length", "errorLength") == 1
    except Exception:  # an unexpected Match: assume version 3's behaviour
        return True, False


def _read_match(match) -> tuple[str, str, list[str], int, int]:
    """(rule id, message, replacements, offset, length) of a client's Match."""
    rule_id = _attr(match, "rule_id", "ruleId")
    message = match.message
    replacements = [str(r) for r in match.replacements]
    offset = match.offset
    length = _attr(match, "error_length", "errorLength")
    if not isinstance(rule_id, str) or not isinstance(message, str):
        raise TypeError("a match without a rule id or message")
    if not isinstance(offset, int) or not isinstance(length, int):
        raise TypeError("a match without an offset or length")
    return rule_id, message, replacements, offset, length


def _attr(obj, *names):
    for name in names:
        try:
            return getattr(obj, name)
        except AttributeError:
            continue
    raise AttributeError(names[0])


class _Utf16:
    """Python string indices from UTF-16 code unit counts, for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.astral = any(ord(c) > 0xFFFF for c in text)
        self._starts: list[int] | None = None

    def index(self, units: int) -> int:
        """The index of the character that starts at ``units`` code units."""
        if not self.astral:
            return units
        if self._starts is None:
            # starts[i] = code units before character i; one entry past the end.
            starts = [0]
            for c in self.text:
                starts.append(starts[-1] + (2 if ord(c) > 0xFFFF else 1))
            self._starts = starts
        from bisect import bisect_left

        return min(bisect_left(self._starts, units), len(self.text))

    def advance(self, start: int, units: int) -> int:
        """The index ``units`` code units after index ``start``."""
        if not self.astral:
            return start + units
        i = start
        while units > 0 and i < len(self.text):
            units -= 2 if ord(self.text[i]) > 0xFFFF else 1
            i += 1
        return i


# --------------------------------------------------------------------------- messages


def _request_cause(exc: BaseException):
    """The requests exception behind ``exc`` (the client wraps them), or None."""
    import requests

    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, requests.exceptions.RequestException) and not isinstance(
            exc, requests.exceptions.JSONDecodeError
        ):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _snippet(body: str) -> str:
    """The start of a server's answer, tags dropped, as one quoted line."""
    text = " ".join(re.sub(r"<[^>]*>", " ", body).split())
    if not text:
        return "an empty answer"
    if len(text) > 80:
        text = text[:79] + "…"
    return f'"{text}"'
