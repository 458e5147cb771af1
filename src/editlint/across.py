"""Rules that compare the drafts of a run: the second pass.

A rule such as "the same headline in two drafts" cannot judge a draft
alone, and drafts are checked apart (in worker processes, from the cache,
on a cluster). So each draft's check notes what the rule needs of it as
plain data, its *facts* (see KindRule.draft_facts), and once every draft
is checked this pass hands each rule the facts of all the drafts checked
with the same rule definition, and attaches its findings to their drafts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostic import Diagnostic, attach
from .engine import ActiveRule, failure_of
from .errors import EditlintError, RuleStopped
from .results import FileResult
from .workspace import Workspace


@dataclass(frozen=True)
class _Noted:
    #: What the caller knows the draft by: its FileResult in a run, a
    #: (partition, index) pair in a Dask bag.
    draft: object
    path: str
    rule: ActiveRule
    facts: dict


class AcrossDrafts:
    """The facts the drafts of a run give, gathered as they come in."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        #: (rule id, fingerprint) -> each draft's facts, in the drafts' order:
        #: drafts checked with different definitions of a rule (two configs)
        #: are not compared.
        self._by_rule: dict[tuple[str, str], list[_Noted]] = {}

    def add(self, draft: object, path: str, location: Path, facts: dict[str, tuple[str, dict]]) -> None:
        """``draft`` is what :meth:`compare` gives back with each finding;
        ``path`` the name it is reported under; ``facts``: rule id -> (its
        fingerprint, this draft's facts)."""
        config = self.workspace.config_for(location)
        if config is None:
            return
        rules = self.workspace.active_by_id(config, location)
        for rule_id, (fingerprint, noted) in facts.items():
            active = rules.get(rule_id)
            if active is not None:
                self._by_rule.setdefault((rule_id, fingerprint), []).append(_Noted(draft, path, active, noted))

    def compare(self) -> tuple[list[tuple[object, Diagnostic]], list[EditlintError]]:
        """Run each rule over its drafts. Returns the findings, each with
        the ``draft`` it was added with (the diagnostic not yet attached to
        a text: see :func:`attach_to_files`), and an error for each rule that
        failed."""
        findings: list[tuple[object, Diagnostic]] = []
        errors = []
        for entries in self._by_rule.values():
            drafts = [(entry.path, entry.facts) for entry in entries]
            found, error = compare_drafts(entries[0].rule, drafts, "the drafts of this run")
            if error is not None:
                errors.append(error)
            for index, diagnostic in found:
                entry = entries[index]
                if not entry.facts.get("suppressed"):
                    findings.append((entry.draft, diagnostic))
        return findings, errors


def compare_drafts(
    active: ActiveRule, drafts: list[tuple[str, dict]], them: str
) -> tuple[list[tuple[int, Diagnostic]], RuleStopped | None]:
    """Run the rule ``active`` over ``drafts`` (name, facts each). Returns
    each finding with the index of its draft, as a diagnostic not yet
    attached to a text; or no findings and the error when the rule failed
    ("rule R stopped comparing ``them``: why")."""
    try:
        found = list(active.rule.check_drafts(drafts))
    except Exception as exc:
        spec = active.rule.spec
        message = f"rule {active.id} stopped comparing {them}: {failure_of(active, exc).reason('them')}"
        return [], RuleStopped(spec.path, message, spec.line)
    # Such findings carry no fix (there is no document here for
    # fixsafety to check one against): they only say where to look.
    return [
        (index, Diagnostic(f.span, f.rule_id or active.id, active.severity, f.message, f.suggestions, f.fix))
        for index, f in found
    ], None


def attach_to_files(found: list[tuple[FileResult, Diagnostic]]) -> None:
    """Add the findings of :meth:`AcrossDrafts.compare` to the diagnostics
    of their drafts (the ``draft`` each was added with is its FileResult),
    in order."""
    by_file: dict[int, tuple[FileResult, list[Diagnostic]]] = {}
    for file, diagnostic in found:
        by_file.setdefault(id(file), (file, []))[1].append(diagnostic)
    for file, diagnostics in by_file.values():
        file.diagnostics = sorted([*file.diagnostics, *attach(diagnostics, file.text)])
