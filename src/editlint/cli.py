"""The ``editlint`` command.

``editlint [OPTIONS] PATH...`` checks drafts (it is ``editlint check``);
``editlint rules``, ``editlint explain RULE`` and ``editlint check-rules``
work with the rules themselves. Exit codes: 0 nothing at or above
``--fail-on`` (and no more warnings than ``--max-warnings``); 1 findings at
or above it (or too many warnings); 2 usage, config, rule-file or
unreadable-input errors (the other files are still checked).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from . import __version__
from .cli_classes import BrokenConfig, CheckCommand, DefaultToCheck, Progress, err, split_values
from .config import FAIL_ON_NAMES
from .diagnostic import SEVERITY_NAMES
from .presets import stylebook_names
from .reporters import FORMATS
from .results import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

# Named here, not imported from editlint.cache, so --help imports nothing more.
ENV_CACHE_DIR = "EDITLINT_CACHE_DIR"
DEFAULT_CACHE_DIR = ".editlint_cache"

COMMANDS = ("check", "rules", "explain", "check-rules", "annotate")


@click.group(cls=DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="editlint")
@click.pass_context
def main(ctx) -> None:
    """editlint: an editorial linter for news drafts.

    \b
    editlint draft.md              check a draft (same as: editlint check draft.md)
    editlint drafts/               check every draft under a folder (.md, .txt, .docx, .html)
    editlint rules                 list the rules in force here
    editlint explain RULE          what a rule flags, why, and its examples
    editlint check-rules [PATH]    validate rule files and run their examples
    editlint vocab add WORD...     accept words in the spelling checks
    editlint annotate story.docx   a copy of a Word draft with findings as comments
    editlint lsp                   the language server, for editors

    Run "editlint check --help" for the options of a check.
    """
    if _no_color():
        ctx.color = False  # every command's output; --color still forces it on


def _no_color() -> bool:
    """NO_COLOR (no-color.org): set and not empty, no colour unless asked."""
    return bool(os.environ.get("NO_COLOR"))


@main.command(cls=CheckCommand)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format: text for people, json for scripts, sarif (code scanning), "
    "github (Actions annotations) or junit (test reports) for CI.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file for every draft instead of looking for .editlint.yaml.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON_NAMES),
    default=None,
    help="Exit 1 when a finding is at or above this severity (default: config, else error).",
)
@click.option(
    "--max-warnings",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Also exit 1 when there are more than N warnings, whatever --fail-on says.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Run only these rules (ids, globs or dotted prefixes; comma-separated or repeated).",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rules.")
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="The name to report for '-' (standard input); its suffix picks Markdown or text.",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Force colour on or off (default: on a terminal, unless NO_COLOR is set).",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes to the drafts, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that may change meaning.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff; change no file.")
@click.option("--diff-base", metavar="REF", help="Report only findings on lines added or changed since git REF.")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings the baseline file (made by `editlint baseline`) does not record.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Check drafts in N processes at once (default: one per core; one for drafts under 40 kB in all).",
)
@click.option("--no-cache", is_flag=True, help="Check every draft afresh; read and write no cached results.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Keep results here (default: ${ENV_CACHE_DIR}, else {DEFAULT_CACHE_DIR} in the working folder).",
)
@click.option(
    "--encoding",
    metavar="NAME",
    help="Read drafts in this encoding (cp1252, latin-1, utf-16...) instead of UTF-8; "
    "a byte-order mark still decides. --fix writes them back in it.",
)
@click.option(
    "--max-file-size",
    metavar="SIZE",
    help='Skip drafts larger than SIZE (bytes, or "10MB"; default: config, else 10MB).',
)
@click.option(
    "--style",
    type=click.Choice(stylebook_names()),
    default=None,
    help="Check with this stylebook on top of each draft's config, as if it said style: NAME.",
)
@click.option(
    "--shard", metavar="I/N", help="Check only the I-th of N deterministic shards of the drafts (for CI matrices)."
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Check the drafts on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:PORT), or on a local one "
    "(local: --jobs worker processes). Needs the dask extra; see docs/scale.md.",
)
def check(
    paths, output_format, config_path, fail_on, max_warnings, select, ignore, stdin_filename, color,
    fix, unsafe_fixes, show_diff, diff_base, baseline_path, jobs, no_cache, cache_dir, encoding, max_file_size,
    style, shard, dask_address,
):  # fmt: skip
    """Check drafts (files, folders, or - for standard input)."""
    from .errors import EditlintError, UsageError
    from .reporters import stream
    from .results import RunResult

    if no_cache:
        cache_dir = None
    elif cache_dir is None:
        cache_dir = Path(os.environ.get(ENV_CACHE_DIR) or DEFAULT_CACHE_DIR)
    try:
        encoding, max_file_size = _reading_options(encoding, max_file_size)
        if stdin_filename and "-" not in paths:
            raise UsageError("--stdin-filename", "names standard input: give - as a path to read it", " ")
        if fix and "-" in paths and not show_diff:
            raise UsageError("--fix", "writes files: for standard input use --diff", " ")
        if unsafe_fixes and not (fix or show_diff):
            raise UsageError("--unsafe-fixes", "goes with --fix or --diff", " ")
        result = _run(paths, config_path, select, ignore, fail_on, stdin_filename, fix, unsafe_fixes, show_diff,
                      diff_base, baseline_path, jobs, cache_dir, encoding, max_file_size, style=style, shard=shard,
                      dask=dask_address)  # fmt: skip
    except EditlintError as exc:
        # A usage or setup error: nothing was checked. It is still a report
        # in the machine formats (CI reads it); the text format prints the
        # line on standard error alone.
        err(str(exc))
        if output_format != "text":
            _write_report(stream(RunResult(errors=[exc]), output_format), color=False)
        return EXIT_ERROR
    result.max_warnings = max_warnings
    for error in result.errors:
        err(str(error))
    for note in result.notes:
        err(f"note: {note}")
    if result.too_many_warnings:
        err(f"{result.gating_warnings} warnings, more than --max-warnings {max_warnings}")
    if show_diff:
        click.echo("".join(result.diffs), nl=False)
    _write_report(stream(result, output_format, color=bool(color)), color)
    return result.exit_code


def _write_report(pieces, color: bool | None) -> None:
    """Write a report as it is made, in blocks of about 64 kB: a draft
    with a hundred thousand findings never has its report in memory whole
    (nor one write per finding)."""
    block: list[str] = []
    size = 0
    for piece in pieces:
        block.append(piece)
        size += len(piece)
        if size >= 65536:
            click.echo("".join(block), nl=False, color=color)
            block.clear()
            size = 0
    if block:
        click.echo("".join(block), nl=False, color=color)


def _reading_options(encoding: str | None, max_file_size: str | None) -> tuple[str | None, int | None]:
    """--encoding as a codec name and --max-file-size in bytes; a value
    that is neither raises a UsageError (one line, exit 2)."""
    from .errors import UsageError
    from .inputs import parse_size, text_encoding

    try:
        if encoding is not None:
            encoding = text_encoding(encoding)
    except ValueError as exc:
        raise UsageError("--encoding", str(exc)) from None
    try:
        size = parse_size(max_file_size) if max_file_size is not None else None
    except ValueError as exc:
        raise UsageError("--max-file-size", f"must be {exc}", separator=" ") from None
    return encoding, size


def _run(paths, config_path, select, ignore, fail_on, stdin_filename, fix=False, unsafe_fixes=False,
         show_diff=False, diff_base=None, baseline_path=None, jobs=None, cache_dir=None, encoding=None,
         max_file_size=None, baseline_output=None, style=None, shard=None, dask=None):  # fmt: skip
    """Check the paths as the check command's options say, through the
    API. Usage problems (a missing config, a bad ref, a missing baseline)
    raise an EditlintError before anything is checked."""
    from .api import Linter

    linter = Linter(
        config_path, select=split_values(select), ignore=split_values(ignore), style=style, fail_on=fail_on,
        encoding=encoding, max_file_size=max_file_size, cache_dir=cache_dir,
    )  # fmt: skip
    if diff_base:  # git (and subprocess) are imported only for --diff-base
        from .gitdiff import ChangedLines
    changed = ChangedLines(diff_base) if diff_base else None
    baseline = None
    if baseline_path is not None:
        from .baseline import read as read_baseline

        baseline = read_baseline(baseline_path)
    # Baselines are configuration, never drafts (whatever include says).
    configuration = {path: f"the {option} file" for option, path in
                     (("--baseline", baseline_path), ("baseline", baseline_output)) if path is not None}  # fmt: skip
    with Progress() as progress:
        return linter.lint_paths(
            paths, jobs=jobs, fix=fix, unsafe=unsafe_fixes and (fix or show_diff), diff=show_diff, changed=changed,
            baseline=baseline, configuration=configuration, progress=progress, stdin_filename=stdin_filename,
            shard=shard, dask=dask,
        )  # fmt: skip


def _catalog(config_path: Path | None, style: str | None = None):
    from .workspace import Workspace

    workspace = Workspace(config_path, style=style)
    config = workspace.config_for(config_path or Path.cwd() / "_")
    if config is None:
        raise BrokenConfig(workspace.errors)
    catalog = workspace.catalog(config)
    active = {a.id: a for a in workspace.rules_for(config, Path.cwd() / "_")}
    # Whether each rule is on, and its severity (also for a rule that is off).
    states = workspace.severities(config, Path.cwd() / "_")
    return workspace, catalog, active, states


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--severity",
    "severities",
    multiple=True,
    type=click.Choice(SEVERITY_NAMES),
    help="Only rules of this severity (repeat for more).",
)
@click.option(
    "--style",
    type=click.Choice(stylebook_names()),
    default=None,
    help="List what this stylebook turns on or changes, on top of the config that applies here.",
)
def list_rules(config_path, output_format, severities, style):
    """List the rules (id, kind, severity, on or off, where defined)."""
    workspace, catalog, active, states = _catalog(config_path, style)
    before = _catalog(config_path)[2] if style else None
    rows = []
    for rid, spec in sorted(catalog.items()):
        on, severity = states[rid]
        if severities and severity.label not in severities:
            continue
        row = {"id": rid, "kind": spec.kind, "severity": severity.label, "enabled": on, "defined": spec.origin}
        if before is not None:
            # Only what the stylebook brings: rules it turns on, and rules
            # whose severity or options it changes.
            if not on:
                continue
            was = before.get(rid)
            if was is None:
                row["change"] = "on"
            elif was.severity != active[rid].severity or was.rule.fingerprint != active[rid].rule.fingerprint:
                row["change"] = "changed"
            else:
                continue
        rows.append(row)
    skipped = workspace.skipped_rules()
    if output_format == "json":
        rows += [{"id": s.id, "kind": s.kind, "severity": "skipped", "enabled": False, "defined": s.origin,
                  "reason": s.reason} for s in skipped]  # fmt: skip
        click.echo(json.dumps(rows, indent=2))
    else:
        width = max((len(r["id"]) for r in rows), default=10)
        for r in rows:
            state = "on" if r["enabled"] else "off"
            change = f"  ({r['change']})" if "change" in r else ""
            click.echo(f"{r['id']:<{width}}  {r['kind']:<14}  {r['severity']:<10}  {state:<3}  {r['defined']}{change}")
        for s in skipped:
            click.echo(f"{s.id:<{width}}  {s.kind:<14}  {'skipped':<10}  {'-':<3}  {s.origin}: {s.reason}")
        if style:
            click.echo(f"style {style} turns on or changes {len(rows)} rules.")
        else:
            click.echo(_rules_summary(rows) + (f" {len(skipped)} skipped." if skipped else ""))
    for error in workspace.errors:
        err(str(error))
    return EXIT_ERROR if workspace.errors else EXIT_OK


def _rules_summary(rows: list[dict]) -> str:
    """ "94 rules, 92 on (21 errors, 35 warnings, 36 suggestions)." The
    severities are counted over the rules that are on."""
    on = [r for r in rows if r["enabled"]]
    counts = ", ".join(
        f"{n} {label}{'' if n == 1 else 's'}"
        for label in SEVERITY_NAMES
        for n in [sum(1 for r in on if r["severity"] == label)]
    )
    return f"{len(rows)} rule{'' if len(rows) == 1 else 's'}, {len(on)} on ({counts})."


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def explain(rule_id, config_path):
    """Show what a rule flags, why, and its examples."""
    from .errors import did_you_mean

    workspace, catalog, active, states = _catalog(config_path)
    spec = catalog.get(rule_id)
    if spec is None:
        err(f'unknown rule "{rule_id}"{did_you_mean(rule_id, catalog)}')
        return EXIT_ERROR
    for error in workspace.errors:
        err(str(error))
    on, severity = states[rule_id]
    state = severity.label if on else f"{severity.label}, off"
    rule = active[rule_id].rule if rule_id in active else None
    fix = rule.fix_applicability.value if rule and rule.fix_applicability else (spec.fix or "none")
    click.echo(click.style(spec.id, bold=True) + f"  ({spec.kind}, {state})")
    click.echo(f"Defined at {spec.origin}")
    click.echo(f"Message: {spec.message}")
    if spec.description:
        click.echo("\n" + spec.description)
    if spec.link:
        click.echo(f"\nSee: {spec.link}")
    if fix == "safe":
        fix += " (unsafe where it would change words inside a quotation)"
    click.echo(f"\nFix safety: {fix}")
    if spec.options:
        click.echo("Options:")
        for key, value in spec.options.items():
            click.echo(f"  {key}: {json.dumps(value, ensure_ascii=False)}")
    for label, examples in (("Flagged", spec.bad), ("Not flagged", spec.good)):
        if examples:
            click.echo(f"\n{label}:")
            for example in examples:
                click.echo(f"  - {example.text.strip()}")
                if example.fixed is not None:
                    click.echo(f"    fixed: {example.fixed.strip()}")
    return EXIT_ERROR if workspace.errors else EXIT_OK


@main.command("check-rules")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--min-examples",
    default=1,
    show_default=True,
    help="Each rule needs at least this many bad and this many good examples.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Each bad example must mark where it is reported with {{ }}, and say what the rule's fix gives (fixed:).",
)
def check_rules(paths, min_examples, strict):
    """Validate rule files and run every rule's examples.

    PATHS are rule files or rule-set folders; without them, the rule sets
    of the config that applies here.
    """
    from .errors import RuleError
    from .examples import check_examples
    from .kinds import KINDS
    from .kinds.base import build
    from .rule import read_rule_file, rule_files
    from .vale.folder import is_style_folder
    from .vale.styles import ValeStyle, load_style

    errors: list[RuleError] = []
    specs = []
    if paths:
        for path in paths:
            if path.is_dir() and is_style_folder(path):
                # A Vale style: its rules are read (and built below) as a config would.
                style = load_style(path, ValeStyle(path.resolve().name))
                specs.extend(style.specs)
                errors.extend(style.errors)
                continue
            if path.is_dir():
                files = rule_files(path)
                if not files:
                    errors.append(RuleError(str(path), "no rule files (*.yaml) in this folder"))
            elif path.is_file():
                files = [path]
            else:
                errors.append(RuleError(str(path), "no such file or directory"))
                continue
            for file in files:
                found, problems = read_rule_file(file, KINDS)
                specs.extend(found)
                errors.extend(problems)
    else:
        workspace, catalog, _, _ = _catalog(None)
        specs = list(catalog.values())
        errors.extend(workspace.errors)
    failures = []
    examples = 0
    for spec in specs:
        try:
            rule = build(KINDS[spec.kind], spec)
        except RuleError as exc:
            errors.append(exc)
            continue
        examples += len(spec.bad) + len(spec.good)
        # A Vale rule has no examples in its file: Vale's format has none.
        vale = spec.message_format == "vale"
        failures.extend(check_examples(rule, 0 if vale else min_examples, strict and not vale))
    for error in errors:
        err(str(error))
    for failure in failures:
        click.echo(str(failure))
    click.echo(
        f"Checked {len(specs)} rules and {examples} examples: "
        f"{len(failures)} example failure(s), {len(errors)} invalid rule(s) or file(s)."
    )
    return EXIT_ERROR if errors else EXIT_FINDINGS if failures else EXIT_OK


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file for every draft.")  # fmt: skip
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(".editlint-baseline.json"),
    show_default=True,
    help="Where to write the baseline.",
)
@click.option("--select", multiple=True, metavar="RULES", help="Record only these rules.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Leave these rules out.")
@click.option("--encoding", metavar="NAME", help="Read drafts in this encoding instead of UTF-8 (as check does).")
@click.option("--max-file-size", metavar="SIZE", help="Skip drafts larger than SIZE (as check does).")
def baseline(paths, config_path, output, select, ignore, encoding, max_file_size):
    """Record today's findings in PATHS, so that `check --baseline FILE`
    reports only new ones."""
    from .baseline import fingerprints, key_for, write
    from .errors import EditlintError

    try:
        encoding, max_file_size = _reading_options(encoding, max_file_size)
        result = _run(paths, config_path, select, ignore, None, None, encoding=encoding, max_file_size=max_file_size,
                      baseline_output=output)  # fmt: skip
    except EditlintError as exc:
        err(str(exc))
        return EXIT_ERROR
    for error in result.errors:
        err(str(error))
    entries = {key_for(f.path): fingerprints(f, f.diagnostics) for f in result.files if f.diagnostics}
    write(output, entries)
    click.echo(f"Recorded {result.total} finding(s) in {len(entries)} file(s) to {output}.")
    return EXIT_ERROR if result.errors else EXIT_OK


@main.command()
def lsp():
    """Run the language server for editors (LSP over standard input and
    output; needs the lsp extra: pip install 'editlint[lsp]')."""
    from .lsp import MISSING_EXTRA, available

    if not available():
        err(MISSING_EXTRA)
        return EXIT_ERROR
    from .lsp.server import serve  # pygls is imported only here

    return serve()


if __name__ == "__main__":  # pragma: no cover
    main()
