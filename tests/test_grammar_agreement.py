"""Subject-verb agreement, issue 14, sixth round: the main verb after a
relative clause, the noun a relative pronoun stands for, conjunctions read
as pronouns, singular nouns in -s and nouns in -ing. Through the CLI, as an
editor runs it (``editlint check --select grammar --format json``); the
injector the benchmark measures these shapes with is checked too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import first_fixes, grammar_findings
from test_tagger import tagged

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

SIXTH_ROUND_SLIPS = [
    # the main verb after a relative clause: an adverb or an auxiliary before its verb, its object and a phrase
    ("Farmers who often sell their produce at the market was hit hardest.", "grammar.agreement-plural-subject-was",
     "was", "were"),
    ("Residents who recently moved to the area was not warned.", "grammar.agreement-plural-subject-was",
     "was", "were"),
    ("The man who now runs the company were a junior clerk.", "grammar.agreement-singular-subject-were",
     "were", "was"),
    ("The soldiers who have never fought a war was sent home.", "grammar.agreement-plural-subject-was",
     "was", "were"),
    ("The men who set up the company in May was arrested.", "grammar.agreement-plural-subject-was", "was", "were"),
    # "one" as a pronoun before a relative clause
    ("He was the first one who have tried.", "grammar.agreement-relative-clause-singular", "have", "has"),
    ("There is no one who have seen it.", "grammar.agreement-relative-clause-singular", "have", "has"),
    # a relative clause of one verb
    ("The buildings that collapsed was built before 1990.", "grammar.agreement-plural-subject-was", "was", "were"),
    # the head of the subject, not the noun the pronoun stands for
    ("The price of houses that sit near the river have fallen.", "grammar.agreement-singular-subject",
     "have", "has"),
    # the noun a relative pronoun stands for: no other noun before the phrase; an appositive to a name
    ("In towns that has no hospital, patients travel for hours.", "grammar.agreement-plural-subject", "has", "have"),
    ("Walker, a truck driver who currently reside in Ohio, met her in 2010.",
     "grammar.agreement-relative-clause-singular", "reside", "resides"),
    # a verb of a relative clause before a bare plural object; a collective noun's relative clause (en-US)
    ("She is a farmer who own cows.", "grammar.agreement-relative-clause-singular", "own", "owns"),
    ("She is a woman who face charges.", "grammar.agreement-relative-clause-singular", "face", "faces"),
    ("It is a company that make cars.", "grammar.collective-noun-singular", "make", "makes"),
    # a plural noun after "there is" or "there was"
    ("There is growing fears for residents who live near the dam.", "grammar.there-is-plural-noun", "There is",
     None),
    # "that" as a conjunction: before "such" or "everyone", after an adjective
    ("It applies to the extent that such information are needed.", "grammar.agreement-singular-subject",
     "are", "is"),
    ("We want to make certain that everyone understand the risks.", "grammar.agreement-singular-subject",
     "understand", "understands"),
    # a participle and a phrase with a gerund after the head; an aside that opens with an adverb
    ("A man accused of killing his wife have been denied bail.", "grammar.agreement-singular-subject",
     "have", "has"),
    ("The victims, mostly women and children, was buried on Monday.", "grammar.agreement-plural-subject-was",
     "was", "were"),
    # number from the lexicon: a plural form singular in use, a noun in -ing after a determiner
    ("The news were welcomed by investors.", "grammar.agreement-singular-subject-were", "were", "was"),
    ("The proceeds goes to charity.", "grammar.agreement-plural-subject", "goes", "go"),
    ("The fighting continue in the east of the country.", "grammar.agreement-singular-subject",
     "continue", "continues"),
    ("He said the looting were widespread.", "grammar.agreement-singular-subject-were", "were", "was"),
    ("The reefs lie in areas where fishing are banned.", "grammar.agreement-singular-subject", "are", "is"),
    # a noun the tagger's lexicon lacks, by the spelling dictionaries' common words
    ("The website were down for hours.", "grammar.agreement-singular-subject-were", "were", "was"),
    ("The podcasts was popular.", "grammar.agreement-plural-subject-was", "was", "were"),
    # "part", "type"... without "of"; an adjective with its phrase after the head
    ("In his opinion, the most difficult part were the end.", "grammar.agreement-singular-subject-were",
     "were", "was"),
    ("A book critical of the administration were published.", "grammar.agreement-singular-subject-were",
     "were", "was"),
    ("Only buildings adjacent to the break was damaged.", "grammar.agreement-plural-subject-was", "was", "were"),
    # an adjective that names people after "the"
    ("The impact of the cuts on the poor are severe.", "grammar.agreement-singular-subject", "are", "is"),
    ("He said the elderly was most at risk.", "grammar.agreement-plural-subject-was", "was", "were"),
]  # fmt: skip

SIXTH_ROUND_LOOKALIKES = [
    "The suffering of those who have been hurt gives rise to pain and shame.",
    "They found systems that could give us hints, that might be candidates.",
    "The tourists who visit the island each summer bring in millions.",
    "The following are the winners.",
    "The living are few.",
    "The poor are hit hardest.",
    "The rich get richer.",
    "Fishing is banned in the bay.",
    "The nitrates came nearer the surface, where phytoplankton, which also need sunlight, tend to live.",
    "Part of the votes are lost.",
    "A range of options are on the table.",
    "There is sales tax on the goods.",
    "There is news of a deal.",
    "The wife of the men who live next door was arrested.",
    "The price of houses that sit near the river has fallen.",
    "It is the realisation that black holes are very common.",
    "The money that state officials spent was lost.",
    "The man who police say shot the officer was arrested.",
    "Those who were injured were taken to hospital.",
    "One of the men who was arrested is 45.",
    "He said the number of people who have died is rising.",
]


@pytest.mark.parametrize(
    "sentence,rule,match,suggestion", SIXTH_ROUND_SLIPS, ids=[s[0][:30] for s in SIXTH_ROUND_SLIPS]
)
def test_agreement_slips_of_the_sixth_round_are_reported(tmp_path, sentence, rule, match, suggestion):
    found = grammar_findings(tmp_path, sentence)
    assert first_fixes(found) == [(rule, match, suggestion)]
    assert [d["severity"] for d in found] == ["suggestion" if "collective" in rule else "warning"]


@pytest.mark.parametrize("sentence", SIXTH_ROUND_LOOKALIKES)
def test_correct_lookalikes_of_the_sixth_round_are_not_reported(tmp_path, sentence):
    assert grammar_findings(tmp_path, sentence) == []


def test_that_after_a_predicate_adjective_is_read_as_a_conjunction():
    tags = {word: tag for word, tag, _ in tagged("We want to make certain that everyone knows.\n")}
    assert tags["that"] == "IN"


def test_a_collective_noun_may_take_a_plural_verb_in_british_copy(tmp_path):
    assert grammar_findings(tmp_path, "It is a company that make cars.", language="en-GB") == []


@pytest.mark.parametrize(
    "sentence",
    ["The agency cut its forecast to 2 per cent.", "The company put its plans on hold.", "The council set a date."],
)
def test_a_collective_noun_before_a_verb_whose_past_is_its_present_is_read_as_the_past(tmp_path, sentence):
    # "cut", "put", "set": the past reads, so American style has nothing to say
    assert grammar_findings(tmp_path, sentence) == []
    # while a verb whose past differs is still reported
    present = sentence.replace(" cut ", " make ").replace(" put ", " make ").replace(" set ", " make ")
    assert [d["rule"] for d in grammar_findings(tmp_path, present)] == ["grammar.collective-noun-singular"]


def _benchmark_module():
    """benchmarks/grammar.py, imported as the benchmark runs it."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import grammar
    finally:
        sys.path.remove(str(BENCHMARKS))
    return grammar


def _separated_places(text: str) -> list[tuple[str, str]]:
    """(label, injected text) of each place the benchmark's separated-subject injector finds."""
    return [(place.label, place()[0]) for place in _benchmark_module().separated_agreement(text)]


def test_the_benchmark_injects_relative_clauses_after_commas_adverbs_and_phrases():
    text = (
        "The bill, which was passed on Monday, takes effect in June. "
        "Many residents who still believe in the plan say it works. "
        "The heads of agencies that have failed were sacked. "
        "The wife of the men who live next door spoke."
    )
    places = _separated_places(text)
    assert ("a relative clause after a comma (wide)", text.replace("which was", "which were")) in places
    assert ("a relative clause, an adverb (wide)", text.replace("still believe", "still believes")) in places
    assert ("a relative clause after a preposition (wide)", text.replace("that have", "that has")) in places
    # "who" may stand for "wife" or "men": no slip is injected there
    assert not [t for _, t in places if "men who lives" in t]


def test_the_benchmark_injects_the_main_verb_after_a_relative_clause():
    text = "The firefighters who battled the blaze in the hills were praised. The man who knew the victims was held."
    places = _separated_places(text)
    wanted = text.replace("hills were", "hills was")
    assert ("the main verb after a relative clause (wide)", wanted) in places
    # after a verb of thinking the next verb may be the clause's own: "who knew the victims were"
    assert not [t for _, t in places if "victims were" in t]


def test_a_quantity_inside_a_relative_clause_is_not_the_subject(tmp_path):
    # "some of the times" closes the clause "that occurs ...": the subject of "is" is "error"
    assert grammar_findings(tmp_path, "An error that occurs only some of the times is hard to find.") == []
    found = grammar_findings(tmp_path, "An error that occurs some of the times are hard to find.")
    assert first_fixes(found) == [("grammar.agreement-singular-subject", "are", "is")]
    # after a verb of saying the quantity opens a clause of its own
    assert grammar_findings(tmp_path, "The man who said some of the wells are dry was right.") == []


def test_each_kind_of_the_benchmark_selects_its_hand_written_slips():
    grammar = _benchmark_module()
    assert set(grammar.hand_written_slips()) == set(grammar.KINDS)
    separated = grammar.hand_written_slips(["agreement-separated"])
    assert list(separated) == ["agreement-separated"]
    assert "The number of protesters were larger than expected." in separated["agreement-separated"]
    assert list(grammar.hand_written_slips(["agreement"])) == ["agreement"]


SEVENTH_ROUND_SLIPS = [
    # an aside of a gerund, an adjective or an adverb with its phrase
    ("Defence lawyers, citing a lack of evidence, has asked for a delay.", "grammar.agreement-plural-subject",
     "has", "have"),
    ("The firm's shareholders, angry at the chief executive's pay, has rejected the plan.",
     "grammar.agreement-plural-subject", "has", "have"),
    ("The drought, now in its third year, are hurting farmers.", "grammar.agreement-singular-subject",
     "are", "is"),
    # a word that can be a noun, as a verb: after a plural, or the sentence's only verb
    ("Each of the defendants face up to ten years in prison.", "grammar.agreement-singular-subject",
     "face", "faces"),
    ("The merger of the two largest supermarket chains need approval.", "grammar.agreement-singular-subject",
     "need", "needs"),
    ("The festival run through March.", "grammar.agreement-singular-subject", "run", "runs"),
    ("This decision affect thousands of readers.", "grammar.agreement-singular-subject", "affect", "affects"),
    ("The festival, which attracts thousands of visitors, run through March.",
     "grammar.agreement-singular-subject", "run", "runs"),
    ("Most of the money raised from the sale go to charity.", "grammar.agreement-singular-subject", "go", "goes"),
    ("The research, funded by the government, show a sharp rise in obesity.",
     "grammar.agreement-singular-subject", "show", "shows"),
    # a measure inside a phrase; a participle's particle
    ("Researchers who tracked 5,000 patients for ten years says there is no link.",
     "grammar.agreement-plural-subject", "says", "say"),
    # a verb of perception or "make" in a relative clause: the verb after it is the main verb
    ("Witnesses who saw the crash describes a car travelling at high speed.", "grammar.agreement-plural-subject",
     "describes", "describe"),
    ("The man who made the cakes were arrested.", "grammar.agreement-singular-subject-were", "were", "was"),
    ("Fans watching the match describes a tense evening.", "grammar.agreement-plural-subject",
     "describes", "describe"),
    # "are" is no subjunctive; a plural not in -s is a compound's first word
    ("It is important to ensure that the domain are exited.", "grammar.agreement-singular-subject", "are", "is"),
    ("When the context is enabled, the data connection are closed.", "grammar.agreement-singular-subject",
     "are", "is"),
    # a passive infinitive after a participle
    ("The number of cases waiting to be heard in the courts have doubled.", "grammar.agreement-singular-subject",
     "have", "has"),
    # a compound in a phrase after a plural head; nouns joined by "or"
    ("The charges against the former mayor and his deputy was dropped.", "grammar.agreement-plural-subject-was",
     "was", "were"),
    ("The mayor or her deputy are expected to attend.", "grammar.agreement-singular-subject", "are", "is"),
    # a verb taking a clause without "that"; an opening phrase without its comma
    ("The researchers speculated the spikes makes it dangerous.", "grammar.agreement-plural-subject",
     "makes", "make"),
    ("According to the ministry over 345 pilgrims has died.", "grammar.agreement-plural-subject", "has", "have"),
]  # fmt: skip

SEVENTH_ROUND_LOOKALIKES = [
    "The think tank said the plan would fail.",
    "Each entry of the details list specifies a change.",
    "Brother of murdered Pakistani social media star sentenced to life",
    "A view of the city centre from the hotel.",
    "May he Rest In Peace.",
    "Parents prosecuted after homeopathic treatment leads to daughter's death",
    "The results of the drug tests carried out after the race are due on Monday.",
    "The man who made the cakes was arrested.",
    "The woman who saw the thieves were armed kept quiet.",
    "The keys in the alphanumeric and editing sections all have a gap.",
    "We gave warnings in the release notes and announcement messages for the past few releases.",
    "He asked which of the indicators supported by the protocol and XKB corresponds to a light.",
    "The minister or his aides are to blame.",
    "If the mayor or her deputy were there, they would know.",
    "Ten dollars is enough.",
    "The application can then decide 16 buffers is sufficient.",
    "According to the ministry over 345 pilgrims have died.",
    "The teenagers who were arrested after the riot were released on bail.",
    "A company that fails to report its emissions faces heavy fines.",
    "The charities that help the homeless say demand has doubled.",
    "Passengers who watched the plane land say it tipped to one side.",
    "Subscriptions which are added after the trace begins will not receive events.",
    "It is important that the minister be told.",
    "The specific details of how to do this are included in the guide.",
]


@pytest.mark.parametrize(
    "sentence,rule,match,suggestion", SEVENTH_ROUND_SLIPS, ids=[s[0][:30] for s in SEVENTH_ROUND_SLIPS]
)
def test_agreement_slips_of_the_seventh_round_are_reported(tmp_path, sentence, rule, match, suggestion):
    found = grammar_findings(tmp_path, sentence)
    assert first_fixes(found) == [(rule, match, suggestion)]
    assert [d["severity"] for d in found] == ["warning"]


@pytest.mark.parametrize("sentence", SEVENTH_ROUND_LOOKALIKES)
def test_correct_lookalikes_of_the_seventh_round_are_not_reported(tmp_path, sentence):
    assert grammar_findings(tmp_path, sentence) == []


def test_a_noun_read_as_a_verb_after_an_aside_is_the_main_verb():
    tags = {word: tag for word, tag, _ in tagged("The bridge, which carries 40,000 cars a day, need urgent work.\n")}
    assert tags["need"] == "VBP"
    # not after an opening phrase: the subject follows the comma
    tags = {word: tag for word, tag, _ in tagged("In 2019, plans for the bridge were dropped.\n")}
    assert tags["plans"] == "NNS"
