"""``editlint annotate story.docx -o story.reviewed.docx``: the command
(editlint.annotate writes the comments). A copy of a Word draft with each
finding as a Word comment; the draft itself is never changed."""

from __future__ import annotations

import io
from pathlib import Path

import click

from .cli_classes import err, split_values
from .presets import stylebook_names
from .results import EXIT_ERROR


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the annotated copy (default: NAME.reviewed.docx beside the draft).",
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of looking for .editlint.yaml.")  # fmt: skip
@click.option("--select", multiple=True, metavar="RULES", help="Comment only on these rules' findings.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Leave these rules out.")
@click.option("--style", type=click.Choice(stylebook_names()), default=None, help="Check with this stylebook too.")
def annotate(path, output, config_path, select, ignore, style):
    """Write a copy of a Word draft with each finding as a Word comment
    (the draft itself is never changed)."""
    from .annotate import annotate as comment_on
    from .api import Linter
    from .errors import EditlintError, InputError, UsageError
    from .inputs import unreadable
    from .parsing import reader_for

    if reader_for(str(path)).name != "docx":
        err(f"{path}: annotate writes Word comments: give it a .docx draft")
        return EXIT_ERROR
    output = output or path.with_name(f"{path.stem}.reviewed.docx")
    try:
        if output.resolve() == path.resolve():
            raise UsageError(
                "-o", "names the draft itself: annotate never changes the original; write the copy elsewhere"
            )
        data = path.read_bytes()
        # The bytes read here are the ones checked and annotated: no change in between can move a comment.
        result = Linter(config_path, select=split_values(select), ignore=split_values(ignore), style=style).lint_paths(
            ["-"], jobs=1, stdin_filename=str(path), stdin=io.BytesIO(data)
        )
    except OSError as exc:
        err(str(InputError(str(path), unreadable(path, exc))))
        return EXIT_ERROR
    except EditlintError as exc:
        err(str(exc))
        return EXIT_ERROR
    for error in result.errors:
        err(str(error))
    if result.errors and not result.files:
        return EXIT_ERROR
    annotated = comment_on(data, result.diagnostics)
    for note in annotated.notes:
        err(f"note: {path}:{note}")
    try:
        output.write_bytes(annotated.data)
    except OSError as exc:
        err(str(InputError(str(output), unreadable(output, exc))))
        return EXIT_ERROR
    click.echo(f"{output}: {annotated.comments} comment{'' if annotated.comments == 1 else 's'} by editlint "
               f"on {result.total} finding{'' if result.total == 1 else 's'} in {path}")  # fmt: skip
    return result.exit_code
