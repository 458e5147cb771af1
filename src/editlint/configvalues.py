"""The values of single config settings: the language, the gate, the
encoding. Each is checked as it is read, with a did-you-mean for a near
miss, by the config file's reader and by overrides alike."""

from __future__ import annotations

from .diagnostic import SEVERITY_NAMES
from .errors import ConfigError, did_you_mean
from .inputs import text_encoding

#: The Englishes editlint checks, spelt as configs must spell them.
LANGUAGES = ("en-US", "en-GB", "en-AU", "en-CA")
#: What ``fail_on`` (and ``--fail-on``) takes: a severity, or none.
FAIL_ON_NAMES = (*SEVERITY_NAMES, "none")


#: Other ways of naming the four, for the did-you-mean only: none is taken
#: for a language, so every config in a newsroom spells it one way.
_LANGUAGE_HINTS = {
    "us": "en-US", "usa": "en-US", "american": "en-US", "gb": "en-GB", "uk": "en-GB", "british": "en-GB",
    "au": "en-AU", "australian": "en-AU", "ca": "en-CA", "canadian": "en-CA",
}  # fmt: skip


def language_value(value, shown: str, line: int | None) -> str:
    """``value`` when it is one of LANGUAGES, spelt exactly so; otherwise a
    ConfigError with the list and the likeliest of them."""
    if isinstance(value, str) and value in LANGUAGES:
        return value
    raise ConfigError(
        shown, f"language must be one of {', '.join(LANGUAGES)}, not {value!r}{_language_hint(value)}", line
    )


def _language_hint(value) -> str:
    if not isinstance(value, str):
        return ""
    folded = value.strip().replace("_", "-").casefold()
    exact = [name for name in LANGUAGES if name.casefold() == folded]
    if exact:  # en-gb, EN-GB, en_GB
        return f' (did you mean "{exact[0]}"?)'
    if folded in ("en", "english"):
        return " (which English? en-US is American, en-GB British, en-AU Australian, en-CA Canadian)"
    # en-UK, fr-AU, "british"...
    region = folded.rsplit("-", 1)[-1]
    if region in _LANGUAGE_HINTS:
        return f' (did you mean "{_LANGUAGE_HINTS[region]}"?)'
    return did_you_mean(value, LANGUAGES)


def fail_on_value(value, shown: str, line: int | None) -> str:
    if value not in FAIL_ON_NAMES:
        raise ConfigError(
            shown,
            f"fail_on must be one of {', '.join(FAIL_ON_NAMES)}, not {value!r}{did_you_mean(value, FAIL_ON_NAMES)}",
            line,
        )
    return value


def encoding_value(value, shown: str, line: int | None) -> str:
    """The codec name for ``value``; an unknown name has a did-you-mean."""
    try:
        encoding = text_encoding(value) if isinstance(value, str) else None
    except ValueError as exc:
        raise ConfigError(shown, f"encoding: {exc}", line) from None
    if encoding is None:
        raise ConfigError(shown, "encoding must be the name of an encoding, such as cp1252", line)
    return encoding
