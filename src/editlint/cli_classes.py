"""The click classes behind the ``editlint`` command (editlint.cli): the
group that takes ``editlint draft.md`` for ``editlint check draft.md``, a
``--help`` whose command summaries are whole sentences, a check command
that still writes a machine-format report on a usage error, and the
progress bar of a long run.
"""

from __future__ import annotations

import importlib
import sys

import click

from .reporters import FORMATS
from .results import EXIT_ERROR


class WholeSummaries(click.Group):
    """A group whose ``--help`` gives each command's summary whole: click
    cuts it to what fits beside the names ("Record today's findings in
    PATHS, so that `check..."); here the first sentence is kept and wrapped."""

    def format_commands(self, ctx, formatter):
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1_000_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class BrokenConfig(Exception):
    """The config that applies here has mistakes: the command cannot go on."""

    def __init__(self, errors) -> None:
        super().__init__()
        self.errors = errors


class DefaultToCheck(WholeSummaries):
    """``editlint draft.md`` means ``editlint check draft.md``; ``editlint``
    alone prints this help on standard error and exits 2, as click's
    ``no_args_is_help`` and ruff do: nothing was checked.

    Commands return their exit code; this group alone turns it into the
    process's exit (the installed ``run`` then leaves the interpreter).

    The commands of :attr:`commands_on_first_use` are imported when named
    (or when ``--help`` lists them): a check never imports them."""

    #: Command name -> "module:attribute" of a command defined in a module of its own.
    commands_on_first_use = {"annotate": "editlint.cli_annotate:annotate", "vocab": "editlint.cli_vocab:vocab"}

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.commands_on_first_use})

    def get_command(self, ctx, name):
        if name not in self.commands and name in self.commands_on_first_use:
            module, _, attribute = self.commands_on_first_use[name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx):
        try:
            code = super().invoke(ctx)
        except BrokenConfig as exc:
            for error in exc.errors:
                click.echo(str(error), err=True)
            code = EXIT_ERROR
        ctx.exit(code if isinstance(code, int) else 0)

    def parse_args(self, ctx, args):
        if not args:
            click.echo(ctx.get_help(), err=True, color=ctx.color)
            ctx.exit(EXIT_ERROR)
        if args[0] not in self.list_commands(ctx) and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


class CheckCommand(click.Command):
    """``editlint check``: a usage error that click finds (an unknown
    option, no PATHS) still writes a valid report in the machine format
    asked for, so that a CI job's SARIF upload or JSON reader gets a
    document saying what went wrong; click then prints the usage error."""

    def parse_args(self, ctx, args):
        given = list(args)  # click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            output_format = _format_asked(given)
            if output_format not in (None, "text"):
                from .errors import UsageError
                from .reporters import render
                from .results import RunResult

                # click's message names the option itself ("Invalid value for '--fail-on': ...").
                error = UsageError(ctx.command_path, exc.format_message())
                click.echo(render(RunResult(errors=[error]), output_format), nl=False)
            raise


def _format_asked(args: list[str]) -> str | None:
    """The last valid ``--format`` among raw arguments (None: not given)."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--format" and i + 1 < len(args) else arg.partition("=")[2]
        if (arg == "--format" or arg.startswith("--format=")) and value in FORMATS:
            found = value
    return found


class Progress:
    """A progress bar on standard error for a long run on a terminal; none
    when standard error is piped or redirected, or for a few drafts."""

    MIN_DRAFTS = 50

    def __init__(self) -> None:
        self._bar = None
        self._shown = 0

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if total < self.MIN_DRAFTS or not sys.stderr.isatty():
                return
            self._bar = click.progressbar(length=total, label="Checking", file=sys.stderr, show_pos=True)
            self._bar.__enter__()
        self._bar.update(done - self._shown)
        self._shown = done

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def split_values(values) -> tuple[str, ...]:
    """Options given several times or comma-separated ("--select a,b
    --select c"), as one tuple."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def err(message: str) -> None:
    """One line on standard error: what the user must know."""
    click.echo(message, err=True)
