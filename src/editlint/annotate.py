"""``editlint annotate story.docx -o story.reviewed.docx``: a copy of a Word
draft with each finding as a Word comment.

This is how an editor hands findings back to a reporter: each comment is by
the author "editlint", says the rule, the message and the suggestions, and
is anchored on exactly the characters the finding covers (the runs holding
them are cut at the finding's edges, each piece keeping its formatting;
the text itself is unchanged). The original file is never written: the
copy goes where ``-o`` says, and a copy over the draft itself is refused.

A finding in a footnote or an endnote is commented on the note's mark in
the text (python-docx cannot write into the notes); one on something with
no run to anchor to (a simple field) is commented on its paragraph.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .diagnostic import Diagnostic
from .parsing.wordruns import isolate, split_before
from .parsing.wordtext import Atom, WordParagraph, load, paragraph_starts, word_paragraphs

AUTHOR = "editlint"
INITIALS = "EL"


@dataclass
class Annotated:
    """The annotated copy's bytes, how many comments it has, and the
    findings that could not be anchored (as notes)."""

    data: bytes
    comments: int = 0
    notes: list[str] = field(default_factory=list)


def comment_text(d: Diagnostic) -> str:
    """What a comment says: the rule, its severity, the message and the
    suggestions ("" deletes)."""
    text = f"{d.rule_id} ({d.severity.label}): {d.message}"
    if d.suggestions:
        shown = ", ".join(f"“{s}”" if s else "(delete)" for s in d.suggestions[:3])
        text += f" (suggestion{'s' if len(d.suggestions) > 1 else ''}: {shown})"
    return text


def annotate(data: bytes, diagnostics: Sequence[Diagnostic]) -> Annotated:
    """``data`` (a .docx) with a comment for each of ``diagnostics`` (found
    in that very file)."""
    from docx.text.run import Run

    document = load(data)
    paragraphs = word_paragraphs(document)
    starts = paragraph_starts(paragraphs)
    annotated = Annotated(data)
    # From the end back: cutting runs for one comment leaves the atoms of the
    # paragraphs before it, and of its own text before it, where they were.
    for d in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end), reverse=True):
        i = bisect_right(starts, d.span.start) - 1
        paragraph = paragraphs[i]
        paragraph.refresh()
        a = d.span.start - starts[i]
        b = min(d.span.end - starts[i], len(paragraph.text))
        text = comment_text(d)
        runs = None
        if paragraph.where in ("footnote", "endnote"):
            runs = _note_mark(paragraphs, paragraph)
            text = f"In {paragraph.where} {paragraph.note}: {text}"
        else:
            runs = _anchor(paragraph, a, b) or _anchor(paragraph, 0, len(paragraph.text))
        if runs is None:
            annotated.notes.append(f"\u00b6{i + 1}:{a + 1}: {d.rule_id}: no text to anchor a comment on")
            continue
        first, last = runs
        document.add_comment([Run(first, None), Run(last, None)], text=text, author=AUTHOR, initials=INITIALS)
        annotated.comments += 1
    out = io.BytesIO()
    document.save(out)
    annotated.data = out.getvalue()
    return annotated


def _anchor(paragraph: WordParagraph, a: int, b: int):
    """The first and last runs holding exactly ``[a, b)`` of a paragraph's
    text, cut out of their runs; None when no run holds any of it."""
    if a == b:  # a point (a missing word): the character at it, else before it
        b = a + 1 if a < len(paragraph.text) else a
        a = b - 1 if a == len(paragraph.text) else a
    atoms = [atom for atom in paragraph.atoms if atom.start < b and atom.end > a and atom.run is not None]
    if not atoms:
        return None
    first, last = atoms[0], atoms[-1]
    if first is last:
        run = isolate(first, *_local(first, a, b))
        return run, run
    split_before(last.run, last.element, _local(last, a, b)[1])
    start = split_before(first.run, first.element, _local(first, a, b)[0])
    return start, last.element.getparent()


def _local(atom: Atom, a: int, b: int) -> tuple[int, int]:
    if atom.kind != "text":
        return 0, 1
    return max(a, atom.start) - atom.start, min(b, atom.end) - atom.start


def _note_mark(paragraphs: list[WordParagraph], note: WordParagraph):
    """The run of the mark in the text that refers to a footnote or endnote."""
    for paragraph in paragraphs:
        if paragraph.where in ("footnote", "endnote"):
            continue
        for atom in paragraph.atoms:
            if atom.note == (note.where, note.note) and atom.run is not None:
                paragraph.refresh()
                atom = next(t for t in paragraph.atoms if t.note == (note.where, note.note))
                run = isolate(atom, 0, 1)
                return run, run
    return None
