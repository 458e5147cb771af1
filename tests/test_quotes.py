"""Quotation marks and attribution: the quotation analysis and the quotes.* rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli, make_rule, messages, problems, write

from editlint.analysis.quotations import DOUBLE, SINGLE, find_quotations
from editlint.parsing import parse

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


def quotes_of(source: str, fmt: str = "text"):
    document = parse("draft." + ("md" if fmt == "markdown" else "txt"), source)
    return document, find_quotations(document)


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


# --------------------------------------------------------------------------- issue 12: quotes that are not quotes


def quote_findings(source: str, name: str = "a.md"):
    """The quotes findings of ``editlint check`` on a draft, as a user runs it."""
    write(name, source)
    result = cli("check", "--format", "json", "--select", "quotes", "--ignore", "quotes.punctuation-inside", name)
    return [(d["rule"], d["line"], d["column"], d["match"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize(
    "source",
    [
        "The 6'2\" centre and the 5'11\" winger both scored.\n",
        "The 6’2” centre and the 5’ 11” winger both scored.\n",
        'He bought a 12" screen and a 55" television.\n',
        "The summit lies at 40°26'46\"N, above the town.\n",
    ],
)
def test_primes_after_digits_are_not_quotation_marks(source):
    assert stray(source) == []
    assert texts(source) == []


def test_heights_are_not_errors_through_the_cli(in_tmp):
    write("a.md", "# Saints sign a centre\n\nThe 6'2\" centre and the 5'11\" winger both start on Saturday.\n")
    result = cli("check", "a.md")
    assert "quotes.unopened" not in result.stdout
    assert result.exit_code == 0


def test_a_number_can_still_end_a_quote():
    source = 'He wore "23" on his back, and said "it is 6\'2" of pure talent".\n'
    assert [(t, closed) for _, t, closed in texts(source)] == [
        ('"23"', True),
        ('"it is 6\'2" of pure talent"', True),
    ]
    assert stray(source) == []


def test_mixed_marks_leave_inch_marks_alone():
    source = "“It works,” said the 6'2\" centre.\n"
    assert problems(rule("marks"), source, "text") == []


def test_a_straight_mark_after_a_closing_single_one_closes():
    source = "\"In the US there is a phenomenon 'suicide by cop'\", the professor told the press.\n"
    assert stray(source) == []
    assert texts(source)[0] == (DOUBLE, "\"In the US there is a phenomenon 'suicide by cop'\"", True)


def test_a_bracketed_possessive_is_no_quote():
    assert stray("Most of the time was spent on Rocky['s] run for the House.\n") == []


def test_straight_marks_pair_in_order_whatever_their_spacing():
    # A misplaced space does not make two stray closing marks...
    assert stray('Wilkins said," [Warhol] liked the way the flash looked". She left.\n') == []
    # ...but a closing mark that nothing follows is still one.
    assert stray('He said it was over." Then he left the room.\n') == [('"', False)]


def test_single_mark_quotes_run_over_paragraphs_in_british_style():
    source = "'We will win this league, I promise you that.\n\n'And then we will win the cup,' he said.\n"
    assert stray(source) == []
    assert texts(source)[0][2] is True


# --------------------------------------------------------------------------- the grammar of attribution

ATTRIBUTED = [
    # issue 12: a lead-in paragraph ending in a colon
    "Coach Maria Brown told reporters:\n\n“We were second best all afternoon and we know it.”\n",
    # and one lead-in for several quote paragraphs
    "Coach Maria Brown told reporters:\n\n“We were second best all afternoon.”\n\n“Next week will be different, I promise.”\n",
    'US President Barack Obama tweeted using his account:\n\n"Cool clock, Ahmed. Want to bring it to the White House?"\n',
    # a lead-in ending in a verb of saying and a comma
    'Rathbun stated,\n\n"Daniel was picked up by an investigator in a black car with blacked out windows."\n',
    "A club spokesman confirmed: “The player has left the club by mutual consent this morning.”\n",
    "“The player has left the club by mutual consent this morning,” confirmed a Saints spokesman.\n",
    "Mutu agreed, adding: “I made a mistake and I am sorry for it, truly I am.”\n",
    "Brentford boss Martin Allen: “We were second best all afternoon and we know it.”\n",
    "Asked about his future, Wenger was blunt: “I have a contract and I will respect it.”\n",
    "Police had one message: “Stay indoors and keep away from the windows until further notice.”\n",
    "“It was a great night for the club and for all of the fans,” beamed Smith.\n",
    "Smith hit out at the referee. “That was the worst decision I have seen in twenty years.”\n",
    "The chairman, in a televised address: “We will rebuild this club from the ground up.”\n",
    'Labour leader Keir Starmer, speaking to the BBC: "This is a government that has lost its way."\n',
    'Senator John Cornyn issued a statement. "Like many Texans, I am disappointed with NASA\'s decision."\n',
    'Trump\'s statement read: "Hamza bin Ladin was killed in a counterterrorism operation."\n',
    '"It is likely that the outbreak has caused many more cases than reported", reads the report.\n',
    'The Guardian described the plan as "a mess from start to finish, with no end in sight".\n',
    'Labour leader Jeremy Corbyn called the move a "smash and grab on our democracy".\n',
    'In the words of the prosecutor, "Gloria spent a lot of the last five months of her life crying."\n',
    '"More women getting into technical fields has been a big change."  — Aparna Garg, Railway Manager\n',
    # titles are not speech
    'Attendees could catch "Pokemon Biology" and "Underappreciated Sports Anime/Manga."\n',
    'The parliament voted to pass the "Reproductive Health Care Reform Bill 2019" yesterday.\n',
    # a transcript: speaker labels, and an answer of several paragraphs
    '((WN)) On your website you state "American troops abroad will be brought home at once."\n\n'
    "((Jo Jorgensen)) Yes.\n",
    'Q: What did the officer do?\n\nA: He stopped the car. "Stay where you are and keep your hands on the wheel."\n',
]


@pytest.mark.parametrize("source", ATTRIBUTED)
def test_attribution_by_the_grammar_of_news(source, in_tmp):
    assert [f for f in quote_findings(source) if f[0] == "quotes.unattributed"] == []


UNATTRIBUTED = [
    ("The minister spoke at length.\n\n“We will not raise taxes on working families this year.”\n", 3, "“We"),
    ("The club is in crisis. “Nobody knows what happens next, and that is the worst part of it.”\n", 1, "“Nobody"),
    # a colon whose lead-in names no one
    ("The result: “a disaster for everyone involved with the club this season.”\n", 1, "“a"),
    ("On Tuesday the mood changed: “We are all scared now and nobody knows what to do next.”\n", 1, "“We"),
    ("The coach said the team would recover.\n\n“We have been here before and we always come back.”\n", 3, "“We"),
]


@pytest.mark.parametrize(("source", "line", "match"), UNATTRIBUTED)
def test_quotes_that_name_no_speaker_are_still_found(source, line, match, in_tmp):
    assert [(f[1], f[3]) for f in quote_findings(source) if f[0] == "quotes.unattributed"] == [(line, match)]


def test_the_hint_names_the_speaker_not_the_listener():
    source = (
        "Smith said the company had no comment when he told Wikinews.\n\n"
        "“We are not going to say anything more about the crash today.”\n"
    )
    assert messages(rule("unattributed"), source, "text") == ["“We|probably Smith: add “Smith said”"]


def test_house_speech_verbs_add_to_the_built_in_ones():
    source = "“We will not say anything more about the matter today,” harrumphed the minister.\n"
    assert len(problems(rule("unattributed"), source, "text")) == 1
    assert problems(rule("unattributed", "speech_verbs: [harrumphed]\n"), source, "text") == []
    # the built-in verbs still count
    assert (
        problems(rule("unattributed", "speech_verbs: [harrumphed]\n"), source.replace("harrumphed", "said"), "text")
        == []
    )


# --------------------------------------------------------------------------- first person that is not the speaker's


@pytest.mark.parametrize(
    "source",
    [
        "Doug Miller of Milltech Marine told our correspondent the transponder will broadcast.\n",
        "The rescue went on all night, said our correspondent in the town.\n",
        "Gownaris answered a series of questions for our correspondent.\n",
        "The Atlantic claimed Trump refused to visit a cemetery of the World War I dead.\n",
        "Officials tell BBC News every claim will be assessed, with the i reporting no one will be refused.\n",
        "Cohen has explained his name derives from a character on ‘’My Little Pony’’, a cartoon.\n",
        "Consensus among scientists says birds as we understand them evolved from dinosaurs.\n",
        "He said, as we reported last week, that the plan was dead.\n",
        "I tell them that we care about other issues.\n",
        "The minister told us the plan would go ahead, and said to us that our fears were unfounded.\n",
        # a transcript: the answer's later paragraphs are the speaker's too
        "((WN)) What happened next?\n\n((Aparna Garg)) We started.\n\nAnd then I told them that we had to go.\n",
    ],
)
def test_first_person_that_is_not_the_speakers(source):
    assert problems(rule("first-person"), source, "text") == []


# --------------------------------------------------------------------------- messages


def test_mixed_marks_suggestion_is_readable_through_the_cli(in_tmp):
    write("a.md", '# Title\n\n"It works," he said. “It really works.”\n')
    result = cli("check", "--select", "quotes.mixed-marks", "a.md")
    assert "make this one straight" in result.stdout
    assert "= suggestion: '\"'" in result.stdout
    assert '"""' not in result.stdout
