"""``--format text`` (the default): for people at a terminal.

    draft.md:13:62: warning [spelling.typo] "facton" is not a word
       13 | Abu Ali al-Askari, a senior official of the Kataib Hezbollah facton, warned
          |                                                              ^^^^^^
          = suggestion: faction

A line longer than a terminal is shown as a window around the span, and
carets are placed by display width (editlint.reporters.excerpt). Colour is
added with click.style; click strips it when the output is not a terminal
(unless --color forces it).
"""

from __future__ import annotations

from collections.abc import Iterator

import click

from ..diagnostic import Diagnostic, Severity
from ..results import FileResult, RunResult
from .excerpt import excerpt, printable

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.SUGGESTION: "cyan"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(result: RunResult, color: bool = False) -> str:
    return "".join(stream(result, color))


def stream(result: RunResult, color: bool = False) -> Iterator[str]:
    """The report a piece at a time (one diagnostic each), so that a draft
    with a hundred thousand findings is never held as one string."""
    for file in result.files:
        for d in file.diagnostics:
            yield _diagnostic(file, d)
    yield summary(result) + "\n"


def _diagnostic(file: FileResult, d: Diagnostic) -> str:
    index = file.line_index
    line, column = index.line_col(d.span.start)
    colour = _COLOURS[d.severity]
    head = (
        f"{click.style(f'{file.path}:{file.text.place(line, column)}:', bold=True)} "
        f"{click.style(d.severity.label, fg=colour, bold=True)} "
        f"{click.style(f'[{d.rule_id}]', dim=True)} {printable(d.message)}"
    )
    gutter = f"{file.text.place(line):>5} | "  # "   12 | ", or "  ¶12 | " for a paragraph of a Word draft
    shown, pad, marks = excerpt(file.source, index, d.span.start, d.span.end, len(gutter))
    lines = [
        head,
        click.style(gutter, fg="blue") + shown,
        click.style(" " * (len(gutter) - 2) + "| ", fg="blue") + pad + click.style(marks, fg=colour, bold=True),
    ]
    if d.suggestions:
        shown_suggestions = ", ".join(_quoted(printable(s)) if s else "(delete)" for s in d.suggestions[:3])
        label = "suggestion" if len(d.suggestions) == 1 else "suggestions"
        lines.append(" " * (len(gutter) - 2) + f"= {label}: {shown_suggestions}")
    if d.fix is not None and d.fix.note:
        # Why --fix left it: the rule's fix is safe, but not here.
        lines.append(" " * (len(gutter) - 2) + f"= fix needs --unsafe-fixes: {d.fix.note}")
    return "\n".join(lines) + "\n\n"


def _quoted(suggestion: str) -> str:
    """A suggestion between marks it does not hold: "faction", but '"' for
    a straight quotation mark (never the puzzle of \"\"\")."""
    if '"' not in suggestion:
        return f'"{suggestion}"'
    if "'" not in suggestion:
        return f"'{suggestion}'"
    return f"«{suggestion}»"


def summary(result: RunResult) -> str:
    files = len(result.files)
    fixed = ""
    if result.fixed:
        fixed = f"Fixed {_plural(result.fixed, 'problem')} in {_plural(result.fixed_files, 'file')}. "
    if result.total == 0:
        text = f"{fixed}No problems {'left' if fixed else 'found'} in {_plural(files, 'file')}."
    else:
        counts = ", ".join(
            _plural(result.count(s), s.label) for s in (Severity.ERROR, Severity.WARNING, Severity.SUGGESTION)
        )
        with_problems = sum(1 for f in result.files if f.diagnostics)
        text = (
            f"{fixed}{'Left' if fixed else 'Found'} {_plural(result.total, 'problem')} ({counts}) "
            f"in {with_problems} of {_plural(files, 'file')}."
        )
    if result.errors:
        text += f" {_plural(len(result.errors), 'error')} (listed on standard error)."
    return text
