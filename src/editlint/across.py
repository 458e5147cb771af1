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

from .diagnostic import Diagnostic
from .engine import ActiveRule, failure_of
from .errors import EditlintError, RuleStopped
from .results import FileResult
from .workspace import Workspace


@dataclass(frozen=True)
class _Noted:
    file: FileResult
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

    def add(self, file: FileResult, location: Path, facts: dict[str, tuple[str, dict]]) -> None:
        """``facts``: rule id -> (its fingerprint, this draft's facts)."""
        config = self.workspace.config_for(location)
        if config is None:
            return
        rules = self.workspace.active_by_id(config, location)
        for rule_id, (fingerprint, noted) in facts.items():
            active = rules.get(rule_id)
            if active is not None:
                self._by_rule.setdefault((rule_id, fingerprint), []).append(_Noted(file, active, noted))

    def compare(self) -> list[EditlintError]:
        """Run each rule over its drafts; its findings join their drafts'
        diagnostics. Returns an error for each rule that failed."""
        errors = []
        for entries in self._by_rule.values():
            active = entries[0].rule
            drafts = [(entry.file.path, entry.facts) for entry in entries]
            try:
                found = list(active.rule.check_drafts(drafts))
            except Exception as exc:
                failure = failure_of(active, exc)
                spec = active.rule.spec
                message = f"rule {active.id} stopped comparing the drafts of this run: {failure.reason('them')}"
                errors.append(RuleStopped(spec.path, message, spec.line))
                continue
            # Such findings carry no fix (there is no document here for
            # fixsafety to check one against): they only say where to look.
            for index, finding in found:
                entry = entries[index]
                if entry.facts.get("suppressed"):
                    continue
                diagnostic = Diagnostic(
                    finding.span, finding.rule_id or active.id, active.severity, finding.message,
                    finding.suggestions, finding.fix, entry.file.text,
                )  # fmt: skip
                entry.file.diagnostics = sorted([*entry.file.diagnostics, diagnostic])
        return errors
