"""Cutting a Word paragraph's runs at a character, keeping their formatting.

A comment (``editlint annotate``) or a tracked change (``--fix``) covers
whole runs (``w:r``), but a finding starts and ends where it does: the run
holding its first character is cut there, and the one holding its last
too, each piece keeping the run's properties (bold, italic, font, the
language its spelling is checked in). The text reads the same after a cut;
only the runs holding it change.
"""

from __future__ import annotations

from copy import deepcopy

from .wordtext import Atom, w

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def text_element(run, text: str, tag: str = "t"):
    """A new ``w:t`` (or ``w:delText``) of ``text``, its spaces kept."""
    element = run.makeelement(w(tag), {})
    element.text = text
    element.set(_PRESERVE, "preserve")
    return element


def new_run_like(run):
    """An empty run with ``run``'s properties."""
    new = run.makeelement(w("r"), {})
    properties = run.find(w("rPr"))
    if properties is not None:
        new.append(deepcopy(properties))
    return new


def split_before(run, child, offset: int):
    """Cut ``run`` before character ``offset`` of its ``child`` (a ``w:t``;
    for another child, 0 is before it and 1 after it). Returns the run that
    now starts there (``run`` itself when nothing comes before), or None
    when nothing comes after."""
    children = [c for c in run if c.tag != w("rPr")]
    i = children.index(child)
    text = (child.text or "") if child.tag == w("t") else None
    if text is not None and 0 < offset < len(text):
        tail = text_element(run, text[offset:])
        child.text = text[:offset]
        child.set(_PRESERVE, "preserve")
        moving = [tail, *children[i + 1 :]]
    elif offset == 0:
        if i == 0:
            return run
        moving = children[i:]
    else:
        moving = children[i + 1 :]
    if not moving:
        return None
    new = new_run_like(run)
    for element in moving:
        new.append(element)  # moves it
    run.addnext(new)
    return new


def isolate(atom: Atom, start: int, end: int):
    """The run holding exactly characters ``[start, end)`` of ``atom``
    (offsets into the atom's text), cut out of the run it was in; None for
    an atom outside any run (a simple field)."""
    if atom.run is None:
        return None
    run = atom.run
    if atom.kind != "text":
        start, end = 0, 1
    split_before(run, atom.element, end)
    return split_before(run, atom.element, start)
