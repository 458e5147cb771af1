"""editlint: an editorial quality and style linter for news drafts.

The public API (see docs/api.md)::

    from editlint import Linter
    diagnostics = Linter().lint_text("The the council met.", path="story.md")
"""

__version__ = "0.1.0"

# The API is imported when first asked for, so that `editlint --help` (and
# any import of a submodule) does not load every rule kind.
__all__ = [
    "ConfigError",
    "Diagnostic",
    "EditlintError",
    "Explanation",
    "InputError",
    "Linter",
    "OtherDrafts",
    "RuleError",
    "RuleInfo",
    "RuleStopped",
    "RunResult",
    "Severity",
    "TextReport",
    "UsageError",
]

_HOMES = {
    "Linter": "api", "OtherDrafts": "otherdrafts", "TextReport": "api", "RuleInfo": "api", "Explanation": "api",
    "Diagnostic": "diagnostic", "Severity": "diagnostic", "RunResult": "results",
    "EditlintError": "errors", "ConfigError": "errors", "InputError": "errors", "RuleError": "errors",
    "RuleStopped": "errors", "UsageError": "errors",
}  # fmt: skip


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'editlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"editlint.{home}"), name)
