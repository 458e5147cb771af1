"""``editlint vocab``: the project's vocabulary, the words the spelling
checks accept (``editlint vocab add WORD...``)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_classes import WholeSummaries, err
from .results import EXIT_ERROR, EXIT_OK


@click.group(cls=WholeSummaries)
def vocab():
    """The project's vocabulary: words the spelling checks accept."""


@vocab.command("add")
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The config whose accept list to extend (default: the nearest one).",
)
def vocab_add(words, config_path):
    """Add WORDS to the accept list (the config's first vocab.accept_files
    file; vocab/accept.txt is created and listed when there is none)."""
    from .errors import EditlintError
    from .errors import display_path as shown
    from .vocab import add_words

    try:
        added = add_words(list(words), Path.cwd(), config_path)
    except EditlintError as exc:
        err(str(exc))
        return EXIT_ERROR
    if added.config_changed:
        click.echo(f"{shown(added.config_changed)}: vocab.accept_files now lists {shown(added.path)}")
    if added.added:
        click.echo(f"Added {len(added.added)} word(s) to {shown(added.path)}: {', '.join(added.added)}")
    if added.already:
        click.echo(f"Already accepted: {', '.join(added.already)}")
    return EXIT_OK
