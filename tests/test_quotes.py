"""Quotation marks and attribution: the quotation analysis and the quotes.* rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli, make_rule, messages, problems, write

from editlint.parsing import parse
from editlint.quotations import DOUBLE, SINGLE, analyse

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


def quotes_of(source: str, fmt: str = "text"):
    document = parse("draft." + ("md" if fmt == "markdown" else "txt"), source)
    return document, analyse(document)


def texts(source: str, fmt: str = "text"):
    _, found = quotes_of(source, fmt)
    return [(q.mark, q.text(), q.closed) for q in found.quotations]


def stray(source: str, fmt: str = "text"):
    _, found = quotes_of(source, fmt)
    return [(s.block.text[s.offset], s.opening) for s in found.stray]


def rule(check: str, extra: str = "") -> str:
    return f"kind: quotes\ncheck: {check}\nmessage: '{{match}}|{{hint}}'\n{extra}"


# --------------------------------------------------------------------------- finding quotations


def test_curly_double_quotes_with_a_nested_single_quote():
    source = "“We are saying ‘Listen’ to them,” he said.\n"
    assert texts(source) == [(DOUBLE, "“We are saying ‘Listen’ to them,”", True), (SINGLE, "‘Listen’", True)]
    assert stray(source) == []


def test_straight_quotes_open_and_close_by_their_neighbours():
    source = 'He said "it is over" and "we won."\n'
    assert texts(source) == [(DOUBLE, '"it is over"', True), (DOUBLE, '"we won."', True)]
    assert stray(source) == []


@pytest.mark.parametrize(
    "source",
    [
        "It’s the company’s plan, not the soldiers’ plan.\n",
        "It's the company's plan, not the soldiers' plan.\n",
        "The ’90s and the '80s were loud: rock ’n’ roll.\n",
        "They told ’em to leave.\n",
    ],
)
def test_apostrophes_are_not_quote_marks(source):
    assert texts(source) == []
    assert stray(source) == []


def test_a_quote_running_over_paragraphs_by_news_convention():
    source = "“The first paragraph of a long quote goes on.\n\n“And it ends in the second,” he said.\n"
    ((mark, text, closed),) = texts(source)
    assert (mark, closed) == (DOUBLE, True)
    assert text.startswith("“The first paragraph") and text.endswith("second,”")
    assert stray(source) == []


def test_a_quote_left_open_at_a_paragraph_end_without_a_reopening_mark():
    assert stray("“The first paragraph goes on.\n\nAnd the second does not reopen it.\n") == [("“", True)]


def test_unclosed_and_unopened_marks():
    assert stray("He said: “It will fail.\n") == [("“", True)]
    assert stray("It will fail,” he said.\n") == [("”", False)]
    # An inner single quote left open when the outer double quote closes.
    assert stray("“We say ‘Listen, it is over,” he said.\n") == [("‘", True)]


# --------------------------------------------------------------------------- unclosed / unopened


def test_unclosed_reports_the_mark_and_the_word_after_it():
    found = problems(rule("unclosed"), "“We say ‘Listen, we are near,” he said.\n", "text")
    assert [(p.line, p.col, p.end_col, p.text) for p in found] == [(1, 9, 16, "‘Listen")]


def test_unopened_reports_the_closing_mark():
    found = problems(rule("unopened"), "It will fail,” she said.\n", "text")
    assert [(p.col, p.text) for p in found] == [(14, "”")]


# --------------------------------------------------------------------------- unattributed


@pytest.mark.parametrize(
    "source",
    [
        "“We’re incredibly strategic about when we decide to take action,” Singh said.\n",
        "Singh said: “We’re incredibly strategic about when we decide to take action.”\n",
        "According to the minister, “the plan will cut waiting lists in half this year.”\n",
        "“The plan will cut waiting lists in half this year,” the minister said in a statement.\n",
        "“The plan will cut waiting lists in half this year,” said the spokesperson.\n",
        'Bush called them the "axis of evil" in his speech.\n',
        "The ship was named “Charge Demolition.”\n",
    ],
)
def test_attributed_quotes_and_scare_quotes_are_fine(source):
    assert problems(rule("unattributed"), source, "text") == []


def test_a_quote_paragraph_names_the_previous_paragraphs_speaker():
    source = (
        "Stephanie Savell said the attacks would grow. Sabrina Singh, the deputy press secretary, said the US "
        "would decide.\n\n“We’re incredibly strategic about when we decide to take action.”\n"
    )
    ((found,),) = [problems(rule("unattributed"), source, "text")]
    assert (found.line, found.col, found.text) == (3, 1, "“We’re")
    assert messages(rule("unattributed"), source, "text") == ["“We’re|probably Sabrina Singh: add “Singh said”"]


def test_distance_lets_the_previous_paragraph_attribute():
    source = "Singh said the US would decide.\n\n“We’re incredibly strategic about when we decide to act.”\n"
    assert len(problems(rule("unattributed"), source, "text")) == 1
    assert problems(rule("unattributed", "distance: 1\n"), source, "text") == []


def test_a_block_quote_needs_a_speaker_too():
    quote = "> We will not raise taxes on working families this year or next year.\n"
    unattributed = problems(rule("unattributed"), "The minister spoke.\n\n" + quote, "markdown")
    assert [(p.line, p.col, p.text) for p in unattributed] == [(3, 3, "We")]
    # "— Name" after it, or a lead-in with a speech verb and a colon, attributes it.
    assert problems(rule("unattributed"), "The minister spoke.\n\n" + quote + ">\n> — Jane Smith\n", "markdown") == []
    assert problems(rule("unattributed"), "She said:\n\n" + quote, "markdown") == []


def test_nested_quotes_are_not_reported_on_their_own():
    source = "“He told me ‘we will win this election easily, whatever happens’ and left,” she said.\n"
    assert problems(rule("unattributed"), source, "text") == []


# --------------------------------------------------------------------------- first person


def test_first_person_after_a_speech_verb():
    source = "He warned that the coming days will determine the intensity of our responses.\n"
    found = problems(rule("first-person"), source, "text")
    assert [(p.col, p.text) for p in found] == [(source.index(" our ") + 2, "our")]


@pytest.mark.parametrize(
    "source",
    [
        "He warned that the coming days will determine “the intensity of our responses”.\n",
        "The minister told us the plan would go ahead.\n",
        "He said the US would respond.\n",
        "Our reporter asked the minister about the plan.\n",
    ],
)
def test_first_person_not_reported(source):
    assert problems(rule("first-person"), source, "text") == []


# --------------------------------------------------------------------------- marks and punctuation


def test_mixed_marks_follow_the_first_kind_used():
    source = '“It works,” he said. "It really works."\n'
    found = problems(rule("marks"), source, "text")
    assert [(p.col, p.text) for p in found] == [(22, '"'), (len(source.rstrip()), '"')]


def test_mixed_marks_with_a_house_style():
    source = "“It works,” he said.\n"
    assert [p.text for p in problems(rule("marks", "style: straight\n"), source, "text")] == ["“", "”"]


def test_punctuation_inside_the_closing_mark():
    source = "He said “the plan will cut waiting lists in half”.\n"
    found = problems(rule("punctuation"), source, "text")
    assert [p.text for p in found] == ["”."]


# --------------------------------------------------------------------------- the seed draft


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the repository")
def test_seed_quotes_at_their_positions(in_tmp):
    result = cli("check", "--format", "json", "--select", "quotes", str(SEED))
    found = {(d["rule"], d["line"], d["column"], d["match"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert found == {
        ("quotes.unquoted-first-person", 13, 197, "our"),
        ("quotes.unattributed", 17, 1, "“We’re"),
        ("quotes.unattributed", 29, 1, "“If"),
        ("quotes.unclosed", 29, 267, "‘Listen"),
    }


def test_quote_rules_through_the_cli_on_markdown(in_tmp):
    line = "“We will not back down on this plan,” the minister said. “Ever."
    write("a.md", f"# Title\n\n{line}\n")
    result = cli("check", "--format", "json", "--select", "quotes", "a.md")
    assert [(d["rule"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]] == [
        ("quotes.unclosed", 3, line.index("“Ever") + 1)
    ]


def test_a_rule_with_a_bad_option_is_an_error():
    from editlint.errors import RuleError

    with pytest.raises(RuleError, match='option "distance" must not be negative'):
        make_rule(rule("unattributed", "distance: -1\n"))
