"""Whether a word starts with a vowel sound, for "a" and "an".

Spelling is a poor guide: "an hour", "a university", "an FBI agent", "a
one-time offer", "an MP", "a NATO base". The rules below cover what news
copy meets: silent h, "u" and "eu" said "you", "one" said "won", and
abbreviations read letter by letter (FBI) or as a word (NATO).
"""

from __future__ import annotations

import re

from ..spelling.lexicon import listed

# Words starting with a vowel letter but a consonant sound: "one" said
# "won"; "u" and "eu" said "you" (unit, union, use, utility, uranium, euro).
# "un-" meaning "not" keeps its vowel: an unidentified man, an uninformed
# guess, an unusual step ("unus" is not "use").
_VOWEL_LETTER_CONSONANT_SOUND = re.compile(
    r"^(?:one(?![a-z])|oneself|once|ouija"
    r"|uni[tvfqslcopx]|unanim|us[aeu](?!n)|ut[eio]|utah|ur[aeio]|uv|eu|ewe|ubiq|uk|uga|ufo)",
    re.IGNORECASE,
)
# Words starting with a consonant letter but a vowel sound (silent h).
_CONSONANT_LETTER_VOWEL_SOUND = re.compile(r"^(?:hour|honest|honou?r|heir|homage|hors\b)", re.IGNORECASE)
# 8..., and 11 or 18 alone, with decimals (11.5) or as thousands (11,000).
_VOWEL_NUMBER = re.compile(r"^(?:8|1[18](?!\d)(?!,\d{1,2}(?!\d))|1[18]\d{3}(?!\d))")
# Letters whose names start with a vowel sound: "an F", "an MP", "an SAS unit".
_VOWEL_NAMED_LETTERS = frozenset("AEFHILMNORSX")
# Abbreviations said as words, not letters.
# Two consonant letters that may open an English word ("street", "phone",
# "psalm"): a lower-case word that is no dictionary word and opens with
# any other pair ("rpath", "mbox", "lcov") is read letter by letter.
_ONSETS = frozenset(
    """bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pn pr ps pt rh sc sh sk sl sm sn sp sq st sw
    th tr ts tw wh wr zh""".split()
)
_VOWEL_LETTERS = frozenset("aeiouy")
# Abbreviations said as a word or letter by letter, as the speaker likes
# ("sequel" or S-Q-L).
_SAID_EITHER_WAY = frozenset({"SQL", "FAQ"})
# A name that opens with an abbreviation: "SSLContext", "HTTPServer".
_ABBREVIATION_OPENING = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])")
_SAID_AS_WORDS = frozenset(
    """NATO NASA UNESCO UNICEF AIDS ASEAN OPEC FIFA NAFTA ANZAC ANZUS COVID SARS MERS ISIS ASIO ASIS
    ICAC ACCC APRA ASIC""".split()
)


def starts_with_vowel_sound(word: str) -> bool | None:
    """True for a vowel sound, False for a consonant sound, None when the
    word gives no clue (a number, a symbol)."""
    word = word.strip("\"'“”‘’()[]")
    if "-" in word.strip("-") and not word[1:2] == "-":
        # A compound sounds like its first part: a US-designed, an FBI-led.
        word = word.split("-")[0]
    if word[:1].isdigit():
        # Said as a number: eight, eleven and eighteen (and 8, 80, 800...,
        # 11,000, 18,000) start with a vowel sound.
        return bool(_VOWEL_NUMBER.match(word))
    if not word or not word[0].isalpha():
        return None
    letters = re.sub(r"[^A-Za-z]", "", word)
    if word[1:2].isdigit():
        # A letter and a figure: the letter by its name ("an X509
        # certificate", "an M16", "an m68k", "a B52").
        return word[0].upper() in _VOWEL_NAMED_LETTERS
    prefix = _ABBREVIATION_OPENING.match(word)
    if prefix and prefix.group() not in _SAID_AS_WORDS:
        # A name that opens with an abbreviation says it letter by letter:
        # "an SSLContext object", "an HTTPServer", "a USBDevice" (unless the
        # abbreviation is said both ways: "a SQLite" or "an SQLite").
        if word.startswith(tuple(_SAID_EITHER_WAY)):
            return None
        return word[0] in _VOWEL_NAMED_LETTERS
    plain = word.isascii()  # "hæmocytometer": a letter the rules below do not know
    if plain and len(letters) >= 2 and letters.islower() and not _VOWEL_LETTERS & set(letters):
        # No vowel to say it by, so letter by letter: "an fd", "an npm
        # module", "an http request".
        return letters[0].upper() in _VOWEL_NAMED_LETTERS
    if (
        plain
        and letters.islower()
        and len(letters) >= 3
        and not _VOWEL_LETTERS & set(letters[:2])
        and letters[:2] not in _ONSETS
        and not listed(letters)
    ):
        # A first pair no English word opens with: "an rpath", "an mbox".
        return letters[0].upper() in _VOWEL_NAMED_LETTERS
    if len(letters) >= 3 and letters.isupper() and _VOWEL_LETTERS & set(letters.lower()) and listed(letters.lower()):
        letters = letters.lower()  # "A LOT", "a FLOSS", "a SWAG": a word in capitals
        word = letters
    if len(letters) >= 2 and letters.isupper() and letters not in _SAID_AS_WORDS:
        # Read letter by letter: an FBI agent, a UN official, an MP.
        return letters[0] in _VOWEL_NAMED_LETTERS
    if len(word) == 1 or word[1:2] == "-":
        # A letter said by its name: an F, an x-ray, a U-turn.
        return word[0].upper() in _VOWEL_NAMED_LETTERS
    if _CONSONANT_LETTER_VOWEL_SOUND.match(word):
        return True
    if word[0].lower() in "aeiou":
        return not _VOWEL_LETTER_CONSONANT_SOUND.match(word)
    return False
