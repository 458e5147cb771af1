"""``editlint lsp``: a language server for editors, over standard input and output.

A thin client of the public API (editlint.api.Linter): each open document
is checked with ``check_text`` as the CLI would check the file, positions
go through ``SourceText`` in the unit the client negotiated (UTF-16 by
default, UTF-8 when offered), fixes are the API's, and adding a word to the
vocabulary is ``Linter.add_words``, done by the server so it works in every
editor.

The modules, from the wire inwards:

- ``server``: the pygls server, its capabilities and the handlers of each
  LSP message; the only module that knows the order things happen in.
- ``checking``: the Linter on one worker thread, and what checking one
  document gave (an ``Outcome``).
- ``documents``: the open documents, their names for the Linter, and their
  last outcome.
- ``publish``: outcomes as LSP diagnostics and messages; config errors shown
  once, on the config file.
- ``actions``: code actions (fixes, suggestions, disable on this line, add
  to the vocabulary, fix all). ``hover``: a rule's explanation.
- ``convert``: offsets to LSP positions and back, diagnostics to LSP.
- ``debounce``: a check runs once typing pauses.

pygls is an optional dependency (the ``lsp`` extra): nothing here is
imported by the CLI unless ``editlint lsp`` runs.
"""

#: What ``editlint lsp`` says, in one line, when pygls is not installed.
MISSING_EXTRA = "editlint lsp needs the lsp extra: pip install 'editlint[lsp]'"


def available() -> bool:
    """Whether pygls (the ``lsp`` extra) can be imported. Called only by
    ``editlint lsp``, which imports it next anyway."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        return False
    return True
