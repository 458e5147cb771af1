"""A title not before a name is lower case: set off after the name
("Blinken, the secretary of state", titles.lowercase-after-name), or
standing alone ("the president said", titles.lowercase-alone)."""

from __future__ import annotations

from collections.abc import Iterator

from ...analysis.reading import ReadSentence, TitleMatch, is_capitalised
from ...analysis.titlelist import fold
from ...document import TokenKind
from .common import DETERMINERS, TRANSPARENT, Context, Report, capitalised_title, lower_form, possessive, report


def after_name(ctx: Context, s: ReadSentence, match: TitleMatch) -> Report | None:
    """NAME, [the] [modifiers] TITLE [of/for ...] (, or the end)."""
    tokens = s.tokens
    if not capitalised_title(s, match):
        return None  # a job description after a name is lower case too
    if ctx.skip_quoted(s, match.start, match.end):
        return None
    # Back to the comma after the name.
    j = match.start - 1
    steps = 0
    while j >= 0 and tokens[j].kind is TokenKind.WORD and steps < 5:
        if possessive(tokens[j].text):
            return None
        if s.tags[j].startswith("VB") and not is_capitalised(tokens[j].text):
            return None
        j -= 1
        steps += 1
    if j < 1 or tokens[j].text != ",":
        return None
    between = [fold(tokens[k].text) for k in range(j + 1, match.start)]
    if between and between[0] not in DETERMINERS and not is_capitalised(tokens[j + 1].text):
        if between[0] not in TRANSPARENT and between[0] not in ("deputy", "acting", "assistant"):
            return None
    if any(k in s.run_at for k in range(j + 1, match.start)) and any(w in ("and", "or") for w in between):
        return None
    name_end = j  # token index just past the name
    if not any(run.end == name_end and not run.org for run in s.runs):
        return None
    # After the title: "of"/"for" and its object, then a closing mark.
    k = match.end
    if match.possessive:
        return None
    if k < len(tokens) and fold(tokens[k].text) in ("of", "for"):
        k += 1
        while k < len(tokens) and tokens[k].kind is TokenKind.WORD and k - match.end < 8:
            k += 1
    if k < len(tokens) and not (tokens[k].kind is TokenKind.PUNCT and tokens[k].text in ",;).—–:”’\"'!?"):
        return None
    lower = lower_form(s, match)
    name = " ".join(next(r.words for r in s.runs if r.end == name_end))
    return report(s, match.start, match.end, lower, title=s.text(match.start, match.end), expected=lower, name=name)


def lowercase_after_name(ctx: Context, s: ReadSentence) -> Iterator[Report]:
    for match in s.titles:
        found = after_name(ctx, s, match)
        if found:
            yield found


def lowercase_alone(ctx: Context, s: ReadSentence) -> Iterator[Report]:
    tokens = s.tokens
    for match in s.titles:
        if not match.form.formal or not capitalised_title(s, match):
            continue
        if ctx.skip_quoted(s, match.start, match.end) or after_name(ctx, s, match) is not None:
            continue
        k = match.end
        if k < len(tokens) and tokens[k].kind is TokenKind.WORD:
            nxt = tokens[k]
            if is_capitalised(nxt.text):
                continue  # a name, or an institution: "the Prime Minister's Office"
            if not match.possessive and (s.tags[k].startswith("NN") or fold(nxt.text) in ("of", "for")):
                continue  # a modifier ("the Secretary of State spokesperson") or "of France"
        # "the" before it, past capitalised modifiers ("the US President").
        j = match.start - 1
        while j >= 0 and tokens[j].kind is TokenKind.WORD and is_capitalised(tokens[j].text) and j not in s.starts:
            j -= 1
        if j < 0 or fold(tokens[j].text) != "the":
            continue
        if j >= 1 and fold(tokens[j - 1].text) == "of":
            continue  # the Office of the President
        lower = lower_form(s, match)
        yield report(s, match.start, match.end, lower, title=s.text(match.start, match.end), expected=lower, name="")
