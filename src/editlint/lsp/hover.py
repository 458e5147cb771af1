"""Hover: the explanation of the rule behind each finding under the cursor,
as ``editlint explain RULE`` gives it (what it flags, why, its fix safety,
and its examples), in Markdown."""

from __future__ import annotations

from ..api import Explanation
from ..diagnostic import Diagnostic


def hover_text(found: list[Diagnostic], explanations: dict[str, Explanation | None]) -> str:
    """Markdown for the findings under the cursor, each with its rule's explanation."""
    return "\n\n---\n\n".join(_one(d, explanations.get(d.rule_id)) for d in found)


def _one(found: Diagnostic, explanation: Explanation | None) -> str:
    lines = [f"**{found.message}**", ""]
    if explanation is None:
        lines.append(f"`{found.rule_id}` ({found.severity.value})")
        return "\n".join(lines)
    state = explanation.severity.value if explanation.enabled else f"{explanation.severity.value}, off"
    lines.append(f"`{found.rule_id}` ({explanation.kind}, {state}), defined at {explanation.defined}")
    if explanation.description:
        lines += ["", explanation.description.strip()]
    if explanation.link:
        lines += ["", f"See: {explanation.link}"]
    fix = explanation.fix
    if fix == "safe":
        fix += " (unsafe where it would change words inside a quotation)"
    lines += ["", f"Fix safety: {fix}"]
    for label, examples in (("Flagged", explanation.bad), ("Not flagged", explanation.good)):
        if examples:
            lines += ["", f"{label}:", ""]
            for example in examples:
                lines.append(f"- {_inline(example.text)}")
                if example.fixed is not None:
                    lines.append(f"  fixed: {_inline(example.fixed)}")
    return "\n".join(lines)


def _inline(text: str) -> str:
    """An example on one line, as written (its own Markdown shown, not rendered)."""
    flat = " ".join(text.split())
    return f"`` {flat} ``" if "`" in flat else f"`{flat}`"
