"""A small stand-in for a LanguageTool server, for tests.

It answers ``GET /v2/languages`` and ``POST /v2/check`` (``GET`` too) the way
LanguageTool's HTTP API does: form parameters in, JSON out, each match with
``message``, ``shortMessage``, ``offset``, ``length``, ``replacements``
(``[{"value": ...}]``), ``context``, ``sentence`` and ``rule`` (``id``,
``description``, ``issueType``, ``category`` with ``id`` and ``name``).
Offsets and lengths count UTF-16 code units, as the real server's do
(it is written in Java), so an emoji before a match moves it by two.

It runs a few real checks rather than canned answers:

* ``EN_A_VS_AN``: "a" before a word starting with a vowel letter (replacement
  "an", capitalised like the "a"), and "an" before a consonant;
* ``ENGLISH_WORD_REPEAT_RULE``: a word written twice in a row (the match
  covers both, the replacement is the word once);
* ``MORFOLOGIK_RULE_<LANG>``: a handful of common misspellings, with
  LanguageTool's list of replacements;
* ``PICKY_IN_ORDER_TO``: "in order to", only at ``level=picky`` (a stand-in
  for LanguageTool's picky style rules).

and honours ``disabledRules``, ``disabledCategories``, ``enabledRules`` with
``enabledOnly`` and ``level``. Every request is recorded (``requests``).

``languages`` limits the long codes it says it supports. ``mode`` makes it
misbehave: ``garbage`` (an HTML page instead of JSON),
``wrong-shape`` (JSON without matches), ``bad-matches`` (a match without
its rule or offset), ``http500`` (LanguageTool's plain-text
internal error with status 500) or ``slow`` (answers ``/v2/check`` after
``delay`` seconds).
"""

from __future__ import annotations

import json
import re
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]

MISSPELLINGS = {
    "teh": ["the", "tech", "ten", "tea", "Te", "eh", "heh"],
    "recieve": ["receive", "relieve", "reweave"],
    "goverment": ["government", "governments"],
}

WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-](?=[^\W_]))*")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Rule:
    id: str
    description: str
    issue_type: str
    category: tuple[str, str]
    default_on: bool = True
    picky: bool = False


A_VS_AN = Rule("EN_A_VS_AN", "Use of 'a' vs. 'an'", "misspelling", ("MISC", "Miscellaneous"))
WORD_REPEAT = Rule(
    "ENGLISH_WORD_REPEAT_RULE", "Word repetition (e.g. 'will will')", "duplication", ("MISC", "Miscellaneous")
)
IN_ORDER_TO = Rule("PICKY_IN_ORDER_TO", "Wordy 'in order to'", "style", ("STYLE", "Style"), picky=True)


def spelling_rule(language: str) -> Rule:
    variant = language.split("-")[-1].upper() if "-" in language else "US"
    return Rule(f"MORFOLOGIK_RULE_EN_{variant}", "Possible spelling mistake", "misspelling", ("TYPOS", "Possible Typo"))


@dataclass
class Found:
    rule: Rule
    start: int  # Python indices into the checked text
    end: int
    message: str
    short: str
    replacements: list[str]


def find(text: str, language: str, picky: bool) -> list[Found]:
    """Every match of the stub's rules in ``text``, in order."""
    words = list(WORD.finditer(text))
    found: list[Found] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        between = text[word.end() : nxt.start()] if nxt else ""
        lower = word.group().lower()
        if nxt and between.strip() == "" and between and "\n\n" not in between:
            following = nxt.group()
            if lower == "a" and following[0].lower() in "aeiou":
                an = "An" if word.group() == "A" else "an"
                found.append(
                    Found(
                        A_VS_AN,
                        word.start(),
                        word.end(),
                        "Use “an” instead of ‘a’ if the following word starts with a vowel sound,"
                        " e.g. ‘an article’, ‘an hour’.",
                        "Wrong article",
                        [an],
                    )
                )
            elif lower == "an" and following[0].lower() not in "aeiouh" and following[0].isalpha():
                a = "A" if word.group() == "An" else "a"
                found.append(
                    Found(
                        A_VS_AN,
                        word.start(),
                        word.end(),
                        "Use “a” instead of ‘an’ if the following word doesn’t start with a vowel sound,"
                        " e.g. ‘a sentence’, ‘a university’.",
                        "Wrong article",
                        [a],
                    )
                )
            if following.lower() == lower:
                found.append(
                    Found(
                        WORD_REPEAT,
                        word.start(),
                        nxt.end(),
                        "Possible typo: you repeated a word.",
                        "Word repetition",
                        [word.group()],
                    )
                )
        if lower in MISSPELLINGS:
            found.append(
                Found(
                    spelling_rule(language),
                    word.start(),
                    word.end(),
                    "Possible spelling mistake found.",
                    "Spelling mistake",
                    list(MISSPELLINGS[lower]),
                )
            )
        if picky and lower == "in" and text[word.start() :].lower().startswith("in order to"):
            end = word.start() + len("in order to")
            found.append(Found(IN_ORDER_TO, word.start(), end, "Consider using just “to”.", "Wordiness", ["to"]))
    found.sort(key=lambda f: (f.start, f.end))
    return found


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
    left = 0 if left < 0 else left + 2
    right = len(text)
    for stop in (". ", "\n\n"):
        at = text.find(stop, end)
        if at >= 0:
            right = min(right, at + 1)
    return text[left:right].strip()


def as_match(text: str, f: Found) -> dict:
    """``f`` as LanguageTool's JSON gives a match: offsets in UTF-16 units."""
    context_start = max(0, f.start - 40)
    context_end = min(len(text), f.end + 40)
    prefix = "..." if context_start > 0 else ""
    suffix = "..." if context_end < len(text) else ""
    context = prefix + text[context_start:context_end].replace("\n", " ") + suffix
    return {
        "message": f.message,
        "shortMessage": f.short,
        "replacements": [{"value": r} for r in f.replacements],
        "offset": utf16_len(text[: f.start]),
        "length": utf16_len(text[f.start : f.end]),
        "context": {
            "text": context,
            "offset": utf16_len(prefix + text[context_start : f.start]),
            "length": utf16_len(text[f.start : f.end]),
        },
        "sentence": sentence_around(text, f.start, f.end),
        "type": {"typeName": "Other"},
        "rule": {
            "id": f.rule.id,
            "description": f.rule.description,
            "issueType": f.rule.issue_type,
            "category": {"id": f.rule.category[0], "name": f.rule.category[1]},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_response(params: dict[str, str]) -> dict:
    text = params.get("text", "")
    language = params.get("language", "en-US")
    picky = params.get("level") == "picky"
    disabled_rules = set(filter(None, params.get("disabledRules", "").split(",")))
    enabled_rules = set(filter(None, params.get("enabledRules", "").split(",")))
    disabled_categories = set(filter(None, params.get("disabledCategories", "").split(",")))
    enabled_only = params.get("enabledOnly") == "true"
    matches = []
    for f in find(text, language, picky):
        if enabled_only and f.rule.id not in enabled_rules:
            continue
        if f.rule.id in disabled_rules or f.rule.category[0] in disabled_categories:
            continue
        matches.append(as_match(text, f))
    name = next((lang["name"] for lang in LANGUAGES if lang["longCode"] == language), language)
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.5-stub",
            "buildDate": "2024-01-01 00:00:00 +0000",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": language,
            "detectedLanguage": {"name": name, "code": language, "confidence": 0.99},
        },
        "matches": matches,
    }


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)


class LanguageToolStub:
    """The stub server on 127.0.0.1 and a free port, in a thread.

    Use as a context manager; ``url`` is its base address (without /v2)."""

    def __init__(self, mode: str = "ok", delay: float = 2.0, languages: list[str] | None = None) -> None:
        self.mode = mode
        self.delay = delay
        self.languages = [lang for lang in LANGUAGES if languages is None or lang["longCode"] in languages]
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                stub._answer(self, "GET", parts.path, parts.query)

            def do_POST(self) -> None:
                parts = urlsplit(self.path)
                size = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(size).decode("utf-8")
                stub._answer(self, "POST", parts.path, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def checks(self) -> list[Request]:
        """The /v2/check requests received, in order."""
        with self._lock:
            return [r for r in self.requests if r.path == "/v2/check"]

    def __enter__(self) -> LanguageToolStub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    # ------------------------------------------------------------------ answering

    def _answer(self, handler: BaseHTTPRequestHandler, method: str, path: str, query: str) -> None:
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        with self._lock:
            self.requests.append(Request(method, path, params))
        if path == "/v2/languages":
            self._send(handler, 200, "application/json", json.dumps(self.languages))
        elif path == "/v2/check":
            if self.mode == "slow":
                self._stopping.wait(self.delay)
            if self.mode == "garbage":
                self._send(handler, 200, "text/html", "<html><body><h1>Welcome to nginx!</h1></body></html>")
            elif self.mode == "wrong-shape":
                self._send(handler, 200, "application/json", json.dumps({"status": "ok", "result": [1, 2, 3]}))
            elif self.mode == "bad-matches":
                answer = check_response(params) | {"matches": [{"message": "no rule, no offset"}]}
                self._send(handler, 200, "application/json", json.dumps(answer))
            elif self.mode == "http500":
                self._send(handler, 500, "text/plain", "Error: Internal Error: the stub was told to fail")
            else:
                self._send(handler, 200, "application/json", json.dumps(check_response(params)))
        else:
            self._send(handler, 404, "text/plain", f"Error: no such endpoint: {path}")

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", f"{content_type}; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:  # the client gave up (a timeout test)
            pass


def closed_port_url() -> str:
    """The address of a port on 127.0.0.1 that nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
