"""``--format text`` (the default): for people at a terminal.

    draft.md:13:62: warning [spelling.typo] "facton" is not a word
       13 | Abu Ali al-Askari, a senior official of the Kataib Hezbollah facton, warned
          |                                                              ^^^^^^
          = suggestion: faction

Colour is added with click.style; click strips it when the output is not a
terminal (unless --color forces it).
"""

from __future__ import annotations

import re
import unicodedata

import click

from ..diagnostic import Severity
from ..results import RunResult

_NOT_TAB = re.compile(r"[^\t]")
_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.SUGGESTION: "cyan"}


def _width(char: str) -> int:
    if char == "\t":
        return 1
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _text_width(text: str) -> int:
    if text.isascii():
        return len(text)  # the common case, and long lines are common
    return sum(_width(c) for c in text)


def _pad(text: str) -> str:
    """Blank space as wide as ``text`` on a terminal (tabs kept as tabs)."""
    if text.isascii():
        return _NOT_TAB.sub(" ", text)
    return "".join("\t" if c == "\t" else " " * _width(c) for c in text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(result: RunResult, color: bool = False) -> str:
    lines: list[str] = []
    for file in result.files:
        index = file.line_index
        for d in file.diagnostics:
            line, column = index.line_col(d.span.start)
            end_line, _ = index.line_col(d.span.end)
            colour = _COLOURS[d.severity]
            head = (
                f"{click.style(f'{file.path}:{line}:{column}:', bold=True)} "
                f"{click.style(d.severity.label, fg=colour, bold=True)} "
                f"{click.style(f'[{d.rule_id}]', dim=True)} {d.message}"
            )
            lines.append(head)
            source_line = index.line_text(line)
            start_col = column - 1
            end_col = (index.line_col(d.span.end)[1] - 1) if end_line == line else len(source_line)
            underlined = source_line[start_col:end_col]
            gutter = f"{line:>5} | "
            lines.append(click.style(gutter, fg="blue") + source_line)
            marks = "^" * max(1, _text_width(underlined))
            more = " ..." if end_line > line else ""
            lines.append(
                click.style(" " * (len(gutter) - 2) + "| ", fg="blue")
                + _pad(source_line[:start_col])
                + click.style(marks + more, fg=colour, bold=True)
            )
            if d.suggestions:
                shown = ", ".join(_quoted(s) if s else "(delete)" for s in d.suggestions[:3])
                label = "suggestion" if len(d.suggestions) == 1 else "suggestions"
                lines.append(" " * (len(gutter) - 2) + f"= {label}: {shown}")
            if d.fix is not None and d.fix.note:
                # Why --fix left it: the rule's fix is safe, but not here.
                lines.append(" " * (len(gutter) - 2) + f"= fix needs --unsafe-fixes: {d.fix.note}")
            lines.append("")
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


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
