"""Fix safety: what a safe fix may not do, whichever rule offers it.

A quotation is what someone said. A safe fix, which a plain ``--fix``
applies without anyone reading it, may not change the words inside
quotation marks: not a reject-list swap, not a house capitalisation, not
even the speaker's own typo or repeated word (a transcript may have it
right). Such a fix is made unsafe for that finding: it is still reported
and its fix still shown, and only ``--unsafe-fixes`` applies it.

A fix that changes only spacing or punctuation inside a quotation (two
spaces, a space before a comma, a straight mark made curly) leaves the
words as they were said, and stays safe; so does one that removes a
quotation whole (a headline printed twice goes with the quote in it).
Where quotations are is the quotation analysis's to say
(editlint.analysis.quotations); the engine puts every finding's fix through
:func:`guard_quoted_speech`, so no rule kind can forget it.
"""

from __future__ import annotations

import re

from .analysis.analyses import analyses
from .diagnostic import Applicability, Edit, Fix
from .document import Document
from .span import Span

#: Why a safe fix was made unsafe, as the text report shows it.
QUOTED_SPEECH = "it changes words inside a quotation"

# A word: letters and digits, with the apostrophes inside it ("it's" is
# not "its"); hyphens, dashes, spaces and other punctuation separate words.
_WORD = re.compile(r"\w+(?:'\w+)*")


def words(text: str) -> list[str]:
    """The words of ``text``, as a fix may not change them in a quotation."""
    return _WORD.findall(text.replace("’", "'").replace("‘", "'"))


def guard_quoted_speech(document: Document, fix: Fix | None) -> Fix | None:
    """``fix``, made unsafe when it is safe and changes words inside a
    quotation."""
    if fix is None or fix.applicability is not Applicability.SAFE:
        return fix
    quoted = analyses(document).quoted_source_spans
    if quoted and any(_changes_quoted_words(document.source, edit, quoted) for edit in fix.edits):
        return Fix(fix.edits, Applicability.UNSAFE, QUOTED_SPEECH)
    return fix


def _changes_quoted_words(source: str, edit: Edit, quoted: tuple[Span, ...]) -> bool:
    span = edit.span
    for quote in quoted:  # sorted by start
        if quote.start >= span.end:
            break
        if not _touches(span, quote):
            continue
        if edit.replacement == "" and span.contains(quote):
            continue  # the quotation goes whole: nobody is misquoted
        if words(source[span.start : span.end]) != words(edit.replacement):
            return True
    return False


def _touches(span: Span, quote: Span) -> bool:
    """Whether an edit of ``span`` changes text inside ``quote``: the two
    share a character, or an insertion falls strictly inside it."""
    if span.start == span.end:
        return quote.start < span.start < quote.end
    return span.start < quote.end and quote.start < span.end
