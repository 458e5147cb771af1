"""``--fix`` on a Word draft: each fix written as a tracked change.

A fix replaces characters of one paragraph. Written into the document, the
old characters become a deletion and the new ones an insertion, both by
the author "editlint", which the reporter accepts or rejects in Word like
any editor's change; the new text takes the formatting of the text it
replaces (or, for an insertion, of the text before it).

Only what can be written safely is: a fix whose characters are all plain
text of the body, a table or a text box. One that touches a field, a
footnote mark, a picture, a tab or break, another author's tracked change,
a footnote's own text (kept by python-docx as bytes it cannot change), or
that would join or split paragraphs, is not written, and the run says why
(the finding is still reported). Before the new document is given back
its text is read again, and it must be exactly the old text with the fixes
made; if it is not, nothing is written at all.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from datetime import UTC, datetime

from ..span import edited, non_overlapping
from .reader import Written
from .wordruns import isolate, new_run_like, split_before, text_element
from .wordtext import BREAK, OBJECT, WordParagraph, load, paragraph_starts, source_of, w, word_paragraphs

AUTHOR = "editlint"


def write_tracked_changes(data: bytes, edits) -> Written:
    """Write ``edits`` (of the Word draft's text, see editlint.parsing.docx)
    into the document as tracked changes."""
    document = load(data)
    paragraphs = word_paragraphs(document)
    source = source_of(paragraphs)
    starts = paragraph_starts(paragraphs)
    refused = []
    plan = []
    for edit in non_overlapping(edits):
        i = bisect_right(starts, edit.span.start) - 1
        a, b = edit.span.start - starts[i], edit.span.end - starts[i]
        why = _why_not(paragraphs[i], a, b, edit.replacement)
        if why is None:
            plan.append((i, a, b, edit))
        else:
            refused.append((edit, f"\u00b6{i + 1}:{a + 1}: fix not written as a tracked change: {why}"))
    if not plan:
        return Written(data, [], refused)
    revisions = _Revisions(document)
    for i, a, b, edit in reversed(plan):  # right to left: the offsets of earlier ones hold
        paragraph = paragraphs[i]
        paragraph.refresh()
        _write(paragraph, a, b, edit.replacement, revisions)
    out = io.BytesIO()
    document.save(out)
    new = out.getvalue()
    expected = edited(source, [edit for *_, edit in plan])
    if source_of(word_paragraphs(load(new))) != expected:
        why = "editlint could not write it as a tracked change and keep the rest as it was (please report this)"
        return Written(data, [], refused + [(edit, f"\u00b6{i + 1}:{a + 1}: {why}") for i, a, b, edit in plan])
    return Written(new, [edit for *_, edit in plan], refused)


def _why_not(paragraph: WordParagraph, a: int, b: int, replacement: str) -> str | None:
    """Why the edit ``[a, b) -> replacement`` of a paragraph cannot be
    written safely; None when it can."""
    if paragraph.where in ("footnote", "endnote"):
        return f"it is in a {paragraph.where}, which editlint does not write"
    if b > len(paragraph.text) or any(c in replacement for c in "\r\n" + BREAK + OBJECT):
        return "it would join or split paragraphs"
    for atom in paragraph.atoms:
        if atom.start < b and atom.end > a and not atom.editable:
            if atom.kind == "object":
                return "it touches a field, a note mark or an object"
            if atom.kind == "character":
                return "it touches a tab, a break or a special hyphen"
            return "it touches another tracked change"
    if _format_source(paragraph, a, b) is None:
        return "there is no plain text beside it to take the change"
    return None


def _format_source(paragraph: WordParagraph, a: int, b: int):
    """The text atom whose formatting new text takes: the first replaced,
    else the one before the insertion point, else the one after it."""
    for atom in paragraph.atoms:
        if a < b and atom.start < b and atom.end > a:
            return atom
    before = [t for t in paragraph.atoms if t.start < a <= t.end and t.editable]
    if before:
        return before[-1]
    return next((t for t in paragraph.atoms if t.start == a and t.editable), None)


class _Revisions:
    """Ids and the date for new tracked changes: ids after every id in use."""

    def __init__(self, document) -> None:
        numbers = [int(v) for v in document.element.xpath("//@w:id") if str(v).lstrip("-").isdigit()]
        self.next = max(numbers, default=0) + 1
        self.date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(self, parent, kind: str):
        element = parent.makeelement(w(kind), {w("id"): str(self.next), w("author"): AUTHOR, w("date"): self.date})
        self.next += 1
        return element


def _write(paragraph: WordParagraph, a: int, b: int, replacement: str, revisions: _Revisions) -> None:
    source = _format_source(paragraph, a, b)
    style_run = source.run
    deleted = [atom for atom in paragraph.atoms if atom.start < b and atom.end > a]
    last = None  # where the insertion goes after: the last deletion
    for atom in reversed(deleted):
        run = isolate(atom, max(a, atom.start) - atom.start, min(b, atom.end) - atom.start)
        for text in run.iterfind(w("t")):
            text.tag = w("delText")
        deletion = revisions.element(run, "del")
        run.addprevious(deletion)
        deletion.append(run)
        last = last if last is not None else deletion
        style_run = run
    if not replacement:
        return
    inserted = new_run_like(style_run)
    inserted.append(text_element(inserted, replacement))
    insertion = revisions.element(inserted, "ins")
    insertion.append(inserted)
    if last is not None:
        last.addnext(insertion)
    elif source.start < a:  # after the text before the point
        split_before(source.run, source.element, a - source.start)
        source.run.addnext(insertion)
    else:  # before the text after it
        split_before(source.run, source.element, 0).addprevious(insertion)
