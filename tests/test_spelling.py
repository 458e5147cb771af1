"""The spelling rules (spelling.typo, spelling.variant, spelling.name-variant)
through the real command line, and through the analysis where a test is
about one word.

Many tests plant a deliberately odd spelling inside a token that must never
be checked ("@abcnewz", "reprt.pdf"): were the token taken for a word, the
odd spelling would be reported.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import yaml
from helpers import cli, write

from editlint.analysis.analyses import analyses
from editlint.parsing import parse
from editlint.spelling.check import Speller, is_checked

pytestmark = pytest.mark.usefixtures("in_tmp")

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


# --------------------------------------------------------------------------- helpers


def run_check(draft: str, config: str | None = None, *, name: str = "draft.md", select: str = "spelling"):
    """The JSON report of ``editlint check --select SELECT`` on one draft."""
    if config is not None:
        write(".editlint.yaml", config)
    write(name, draft)
    result = cli("check", "--format", "json", "--select", select, name)
    return result, json.loads(result.stdout)


def check(draft: str, config: str | None = None, **kwargs) -> list[dict]:
    """The diagnostics of a check that must have no config or rule errors."""
    result, report = run_check(draft, config, **kwargs)
    assert report["errors"] == [], report["errors"]
    assert result.exit_code in (0, 1), result.output
    return report["diagnostics"]


def found(diagnostics: list[dict], rule: str | None = None) -> list[tuple[str, str]]:
    return [(d["rule"], d["match"]) for d in diagnostics if rule is None or d["rule"] == rule]


def matches(diagnostics: list[dict], rule: str = "spelling.typo") -> list[str]:
    return [d["match"] for d in diagnostics if d["rule"] == rule]


def by_match(diagnostics: list[dict], text: str) -> dict:
    (diagnostic,) = [d for d in diagnostics if d["match"] == text]
    return diagnostic


@functools.cache
def plain_speller(language: str) -> Speller:
    """A speller without any accept list, one per language (its two-edit
    table is built at most once)."""
    return Speller(language)


def problems(source: str, language: str = "en-US", fmt: str = "markdown"):
    document = parse("<test>", source, fmt)
    return document, analyses(document).spelling(plain_speller(language)).problems


def words(source: str, language: str = "en-US", fmt: str = "markdown") -> list[tuple[str, str]]:
    return [(p.kind, p.token.text) for p in problems(source, language, fmt)[1]]


def checked_tokens_over(document, source: str, text: str) -> list[str]:
    """Tokens the speller reads that overlap ``text`` in ``source``."""
    start = source.index(text)
    end = start + len(text)
    return [
        token.text
        for block in document.blocks
        for sentence in block.sentences
        for token in sentence.tokens
        if is_checked(token) and token.span.start < end and token.span.end > start
    ]


# --------------------------------------------------------------------------- basics


def test_a_typo_is_reported_at_its_place_with_suggestions():
    diagnostics = check("Intro line.\n\nThe goverment said so.\n")
    assert found(diagnostics) == [("spelling.typo", "goverment")]
    (d,) = diagnostics
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (3, 5, 3, 14)
    assert d["severity"] == "error"
    assert d["message"] == '"goverment" is not in the dictionary: is it misspelt?'
    assert d["suggestions"] == ["government"]
    # The only suggestion: a safe fix.
    assert d["fix"]["applicability"] == "safe"
    assert d["fix"]["edits"][0]["replacement"] == "government"


def test_a_fix_is_safe_only_when_one_suggestion_stands_out():
    # Several suggestions and none in the draft: a person must choose.
    (d,) = check("The facton said so.\n")
    assert d["suggestions"][:2] == ["factor", "faction"]
    assert d["fix"]["applicability"] == "unsafe"
    # The draft spells the first suggestion right elsewhere: safe.
    d = check("The faction met. The facton said so.\n")[0]
    assert d["suggestions"][0] == "faction"
    assert d["fix"]["applicability"] == "safe"


def test_a_clean_draft_has_no_spelling_findings():
    assert check("The government said the faction would attack US forces in Iraq on Friday.\n") == []


def test_the_shipped_accept_list_is_used():
    assert check("The taskforce, codenamed Sovereign Borders, agreed a ceasefire with Xinhua.\n") == []


# --------------------------------------------------------------------------- tokens that are never checked

NEVER_CHECKED = {
    "number": ("Sales rose by 2,500kmz last year.", "2,500kmz"),
    "decade and temperature": ("In the 1990s it hit 35C.", "1990s"),
    "ordinal": ("It was the 101th day.", "101th"),
    "ordinal 2": ("On the 22nd they met.", "22nd"),
    "time": ("We met at 4:00pm on Friday.", "4:00pm"),
    "time with dots": ("We met at 10:30 a.m. on Friday.", "10:30 a.m."),
    "money": ("It cost $3.5bn last year.", "$3.5bn"),
    "money in words": ("It cost £7.5 million last year.", "£7.5 million"),
    "currency code": ("It cost US$4bn last year.", "US$4bn"),
    "url": ("Read it at https://www.exampel.com.au/nwes-storey today.", "https://www.exampel.com.au/nwes-storey"),
    "bare url": ("Read it at exampel.com/storey-pagge today.", "exampel.com/storey-pagge"),
    "email": ("Write to jhon.smiht@exampel.org today.", "jhon.smiht@exampel.org"),
    "handle": ("Follow @abcnewz for more.", "@abcnewz"),
    "hashtag": ("It trended as #brekingnews overnight.", "#brekingnews"),
    "file": ("Read reprt.pdf before the meeting.", "reprt.pdf"),
    "file with digits": ("Open budgit_2024.xlsx before the meeting.", "budgit_2024.xlsx"),
    "initialism": ("The US said so.", "US"),
    "time zone": ("It starts at noon AEDT today.", "AEDT"),
    "acronym": ("The NATO summit began.", "NATO"),
    "plural initialism": ("Several MPs agreed.", "MPs"),
    "unknown initialism": ("The QWRTZ board agreed.", "QWRTZ"),
    "unknown plural initialism": ("Two XKCDs agreed.", "XKCDs"),
    "dotted": ("The U.S. agreed.", "U.S."),
    "inner capital": ("She bought an iPhonez yesterday.", "iPhonez"),
    "inner capital 2": ("She sold it on eBayy yesterday.", "eBayy"),
    "Mc name": ("We ate at McDonlad yesterday.", "McDonlad"),
    "brand": ("It went viral on YouTubr yesterday.", "YouTubr"),
    "digits": ("The abc123x model failed.", "abc123x"),
    "digits 2": ("The Xqz7 and B2Bz models failed.", "Xqz7"),
    "arabic": ("He said مرحبا to them.", "مرحبا"),
    "chinese": ("He said 你好 to them.", "你好"),
    "japanese": ("The sign said 日本語 in red.", "日本語"),
}


@pytest.mark.parametrize("case", sorted(NEVER_CHECKED))
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_tokens_that_are_not_words_are_never_checked(case, fmt):
    sentence, token = NEVER_CHECKED[case]
    document, found_problems = problems(sentence, fmt=fmt)
    assert found_problems == []
    assert checked_tokens_over(document, sentence, token) == []


def test_the_planted_odd_spellings_would_be_reported_as_words():
    """The control: the odd spellings above are typos when they are words."""
    reported = {
        text
        for _, text in words(
            "We saw kmz and exampel and nwes and jhon and abcnewz and brekingnews "
            "and reprt and budgit and iphonez and ebayy."
        )
    }
    assert reported == {
        "kmz",
        "exampel",
        "nwes",
        "jhon",
        "abcnewz",
        "brekingnews",
        "reprt",
        "budgit",
        "iphonez",
        "ebayy",
    }
    # No dictionary knows the words in other scripts either.
    speller = plain_speller("en-US")
    assert {speller.word_status(w) for w in ("مرحبا", "你好", "日本語", "QWRTZ", "McDonlad")} == {"unknown"}


def test_tokens_that_are_not_words_through_the_command_line():
    draft = "\n\n".join(sentence for sentence, _ in NEVER_CHECKED.values()) + "\n\nThe goverment agreed.\n"
    for name in ("draft.md", "draft.txt"):
        assert matches(check(draft, name=name)) == ["goverment"], name


def test_code_and_link_destinations_are_not_checked():
    draft = "Run `codde` now, see [the reprot](https://exampel.com/pagge).\n\n```\nmore codde\n```\n"
    assert found(check(draft)) == [("spelling.typo", "reprot")]


# --------------------------------------------------------------------------- hyphenated words


@pytest.mark.parametrize(
    "compound", ["multi-mortar", "tit-for-tat", "mid-October", "pro-Iran", "Anti-Aircraft", "Iran-aligned", "al-Askari"]
)
def test_hyphenated_compounds_pass_when_every_part_does(compound):
    assert words(f"They spoke of the {compound} plan.") == []
    assert words(f"{compound} plans were made.") == []


def test_hyphenated_compounds_through_the_command_line():
    draft = (
        "Abu Ali al-Askari said pro-Iran and Iran-aligned groups fired Anti-Aircraft guns in a multi-mortar, "
        "tit-for-tat fight since mid-October.\n"
    )
    assert check(draft) == []


def test_a_misspelt_part_of_a_compound_is_reported():
    diagnostics = check("It was a tit-for-taat exchange, a multi-mortarr attack and a non-goverment group.\n")
    assert matches(diagnostics) == ["tit-for-taat", "multi-mortarr", "non-goverment"]


def test_a_prefix_counts_as_a_part_only_before_a_hyphen():
    assert words("The co-founder and the non-member and the ex-minister and the pre-war and intra-party men met.") == []
    # "intra" is no word of its own: last in a compound, it is checked.
    assert words("They met the party-intra.") == [("typo", "party-intra")]


# --------------------------------------------------------------------------- possessives and contractions


@pytest.mark.parametrize("word", ["Israel's", "Israel’s", "we’d", "we'd", "don't", "don’t", "hasn’t", "Jones'"])
def test_possessives_and_contractions_pass(word):
    assert words(f"They said {word} plan was fine.") == []


def test_possessives_and_contractions_through_the_command_line():
    draft = "Israel's army and Israel’s navy said we’d go, and we'd stay, but don't and don’t mean no.\n"
    assert check(draft) == []


def test_a_misspelt_possessive_is_reported_with_the_possessive_suggestion():
    diagnostics = check("The goverment's plan failed.\n")
    d = by_match(diagnostics, "goverment's")
    assert d["rule"] == "spelling.typo"
    assert d["suggestions"][0] == "government's"


def test_a_misspelt_possessive_with_a_curly_apostrophe_is_reported():
    d = by_match(check("The goverment’s plan failed.\n"), "goverment’s")
    assert d["rule"] == "spelling.typo"
    assert d["suggestions"][0].startswith("government")


def test_a_curly_possessive_keeps_its_curly_apostrophe_in_the_suggestion():
    d = by_match(check("The goverment’s plan failed.\n"), "goverment’s")
    assert d["suggestions"][0] == "government’s"


# --------------------------------------------------------------------------- names and sentence starts


def test_an_unknown_capitalised_word_inside_a_sentence_is_a_name():
    assert check("Officials met Zorblat and Dutton on Monday.\n") == []


def test_a_capitalised_typo_at_the_start_of_a_sentence_is_reported():
    diagnostics = check("Goverment officials said so.\n")
    assert found(diagnostics) == [("spelling.typo", "Goverment")]
    assert diagnostics[0]["suggestions"][0] == "Government"
    assert (diagnostics[0]["line"], diagnostics[0]["column"]) == (1, 1)


def test_a_sentence_start_after_an_opening_quote_or_colon_counts():
    assert matches(check("“Goverment officials said so,” he said.\n")) == ["Goverment"]
    assert matches(check("He said: Goverment officials agreed.\n")) == ["Goverment"]


def test_a_sentence_initial_name_before_a_speech_verb_is_a_name():
    # "Dutton" is one slip from "button", but "Dutton said" reads as a name.
    assert check("Dutton said the plan would fail.\n") == []


def test_a_lone_sentence_initial_word_close_to_a_common_word_is_checked_as_a_word():
    # One small slip from "government" (a left-out letter), so it is a typo.
    assert matches(check("Goverment plans will fail.\n")) == ["Goverment"]
    # Not one small slip from a common word: a name.
    assert check("Vlava plans will fail.\n") == []


def test_a_sentence_initial_name_used_elsewhere_in_the_draft_is_not_a_typo():
    assert check("Dutton said the plan would fail. The minister met Peter Dutton later.\n") == []
    # Elsewhere with a possessive counts too.
    assert check("Dutton's plan would fail. Later Dutton spoke.\n") == []


def test_a_sentence_initial_word_followed_by_a_capitalised_word_is_a_name():
    assert check("Dutton Holdings said the plan would fail.\n") == []
    assert check("Kataib Hezbollah said so.\n") == []


def test_a_capitalised_word_one_slip_from_a_long_common_word_is_a_typo_before_a_name_too():
    # "Goverment" is no name: "government" is among the commonest words.
    assert matches(check("Goverment Officials said so.\n"), "spelling.likely-typo") == ["Goverment"]


def test_a_sentence_initial_name_far_from_any_common_word_is_a_name():
    assert check("Zorblat said the plan would fail.\n") == []
    assert check("Kataib said the plan would fail.\n") == []


def test_a_lower_case_typo_inside_a_sentence_is_reported():
    assert matches(check("Officials said the facton would fight.\n")) == ["facton"]


# --------------------------------------------------------------------------- headings


def test_a_typo_at_the_end_of_a_title_case_heading_is_reported():
    diagnostics = check("# Talks With the Goverment\n\nBody text.\n")
    assert found(diagnostics) == [("spelling.typo", "Goverment")]
    assert diagnostics[0]["line"] == 1


def test_a_lower_case_typo_in_a_heading_is_reported():
    assert matches(check("## Budget cuts for the goverment\n\nBody text.\n")) == ["goverment"]


def test_names_in_title_case_headings_are_not_typos():
    assert check("# Kataib Hezbollah Vows to Fight\n\nBody text.\n") == []
    assert check("# Zorblat Wins\n\nBody text.\n") == []
    assert check("# Talks With Dutton\n\nThe minister met Peter Dutton.\n") == []


def test_the_headline_of_a_plain_text_draft_is_a_heading():
    draft = "Kataib Hezbollah Vows to Attack the Goverment\n\nThe group said so.\n"
    assert matches(check(draft, name="draft.txt")) == ["Goverment"]


# --------------------------------------------------------------------------- dialects

DIALECT_CASES = {
    "en-US": ("The organisation chose a colour.", [("organisation", "organization"), ("colour", "color")]),
    "en-GB": ("The theater chose a color.", [("theater", "theatre"), ("color", "colour")]),
    "en-AU": ("The organization chose a color.", [("organization", "organisation"), ("color", "colour")]),
    # SCOWL: Canadian English accepts "color" as a variant; "theatre" is its spelling.
    "en-CA": ("The organisation chose a colour.", [("organisation", "organization")]),
}
DIALECT_GOOD = {
    "en-US": "The organization chose a color for the theater; they traveled to analyze it.",
    "en-GB": "The organisation chose a colour for the theatre; they travelled to analyse it.",
    "en-AU": "The organisation chose a colour for the theatre; they travelled to analyse it.",
    "en-CA": "The organization chose a colour for the theatre; they travelled to analyze it.",
}


@pytest.mark.parametrize("language", sorted(DIALECT_CASES))
def test_another_dialects_spelling_is_a_variant_with_the_converted_suggestion(language):
    draft, expected = DIALECT_CASES[language]
    diagnostics = check(draft + "\n", f"language: {language}\n")
    assert [(d["rule"], d["match"], d["suggestions"]) for d in diagnostics] == [
        ("spelling.variant", word, [suggestion]) for word, suggestion in expected
    ]
    for d in diagnostics:
        assert d["severity"] == "suggestion"
        assert d["message"].startswith(f'"{d["match"]}" is the en-')
        assert d["message"].endswith(f"; this draft is checked as {language}")


@pytest.mark.parametrize("language", sorted(DIALECT_GOOD))
def test_each_dialects_own_spellings_pass(language):
    assert check(DIALECT_GOOD[language] + "\n", f"language: {language}\n") == []


def test_the_default_language_is_en_us():
    diagnostics = check("The colour of the color.\n")
    assert [(d["rule"], d["match"], d["suggestions"]) for d in diagnostics] == [
        ("spelling.variant", "colour", ["color"])
    ]
    assert diagnostics[0]["message"] == '"colour" is the en-GB spelling; this draft is checked as en-US'


def test_the_variant_message_names_the_dialect():
    (d,) = check("The color faded.\n", "language: en-GB\n")
    assert d["message"] == '"color" is the en-US spelling; this draft is checked as en-GB'


def test_a_capitalised_variant_keeps_its_spelling():
    assert check("The Labor Party and the Department of Defense met.\n", "language: en-AU\n") == []
    assert check("The Labour Party and the Defence Department met.\n", "language: en-US\n") == []


def test_a_variant_at_the_start_of_a_sentence_is_still_a_name():
    # Capitalised: never reported as a dialect variant.
    assert check("Colour returned to the town.\n", "language: en-US\n") == []


def test_a_rule_setting_beats_the_config_language():
    config = "language: en-US\nrules:\n  spelling.variant:\n    language: en-AU\n"
    diagnostics = check("The color faded.\n", config)
    assert [(d["match"], d["suggestions"]) for d in diagnostics] == [("color", ["colour"])]


def test_names_spelt_as_two_dialects_spell_them_are_not_name_variants():
    draft = "Labor leader Anthony Albanese met Labour leader Keir Starmer.\n"
    assert check(draft, "language: en-AU\n") == []


# --------------------------------------------------------------------------- vocabulary


def test_a_lower_case_accept_entry_matches_any_capitals():
    config = "vocab:\n  accept: [zorbulate]\n"
    draft = "They zorbulate. Zorbulate again. ZORBULATE now. The zorbulate's end.\n"
    assert check(draft, config) == []


def test_an_accept_entry_with_capitals_is_case_sensitive():
    config = "vocab:\n  accept: [Kwazulu]\n"
    diagnostics = check("The Kwazulu region. The kwazulu region.\n", config, select="spelling,vocab")
    # The wrong capitals are vocab.terms' to report (with the fix), not a typo.
    assert found(diagnostics) == [("vocab.terms", "kwazulu")]
    assert diagnostics[0]["suggestions"] == ["Kwazulu"]


def test_an_accept_entry_with_capitals_through_the_spelling_rule_alone():
    config = "vocab:\n  accept: [Kwazulu]\n"
    assert check("The Kwazulu region. The kwazulu region.\n", config) == []


def test_a_rule_accept_entry_with_capitals_is_exact():
    config = "rules:\n  spelling.typo:\n    accept: [Goverment, recieve]\n"
    diagnostics = check("The Goverment region. Officials recieve. The goverment region.\n", config)
    assert matches(diagnostics) == ["goverment"]


def test_regex_accept_entries_match_whole_words():
    config = "vocab:\n  accept: ['/flib\\w+/', '/al-[A-Z]\\w+/']\n"
    diagnostics = check("The flibbert and flibberish met al-Zarqawi's men and the xflibbert.\n", config)
    assert matches(diagnostics, "spelling.unknown-word") == ["xflibbert"]


def test_rejected_words_are_reported_by_vocab_rejected_only():
    config = "language: en-US\nvocab:\n  reject:\n    - utilise: use\n    - blargh\n"
    diagnostics = check("We utilise the blargh. Utilise it.\n", config, select="spelling,vocab")
    assert found(diagnostics) == [
        ("vocab.rejected", "utilise"),
        ("vocab.rejected", "blargh"),
        ("vocab.rejected", "Utilise"),
    ]
    assert diagnostics[0]["suggestions"] == ["use"]


def test_vocab_files_with_globs_relative_to_the_config():
    write(
        "cfg/.editlint.yaml",
        """\
        # house settings
        vocab:
          accept_files:
            - vocab/*.txt
          reject_files: [reject.list]
        """,
    )
    write("cfg/vocab/names.txt", "# names we use\nzorbulate\nQwibble  # a comment\n")
    write("cfg/vocab/terms.txt", "flarnish\n")
    write("cfg/reject.list", "# house style\nutilise -> use, employ\nblargh\n")
    write("cfg/sub/draft.md", "They zorbulate and flarnish with Qwibble. We utilise the blargh.\n")
    result = cli("check", "--format", "json", "--select", "spelling,vocab", "cfg/sub/draft.md")
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert [(d["rule"], d["match"], d["suggestions"]) for d in report["diagnostics"]] == [
        ("vocab.rejected", "utilise", ["use", "employ"]),
        ("vocab.rejected", "blargh", []),
    ]


def test_a_word_in_no_vocab_file_is_still_a_typo():
    write(".editlint.yaml", "vocab:\n  accept_files: [words.txt]\n")
    write("words.txt", "zorbulate\n")
    assert matches(check("They zorbulate the goverment.\n")) == ["goverment"]


def test_a_missing_vocab_file_is_a_config_error_naming_the_line():
    config = "language: en-AU\nvocab:\n  accept_files:\n    - missing.txt\n"
    result, report = run_check("The text.\n", config)
    assert result.exit_code == 2
    assert report["diagnostics"] == []
    (error,) = report["errors"]
    assert error["path"] == ".editlint.yaml"
    assert error["line"] == 4
    assert "missing.txt" in error["message"]
    assert ".editlint.yaml:4:" in result.stderr


@pytest.mark.parametrize(("value", "hint"), [("en-XX", "en-US"), ("fr-AU", "en-AU"), ("fr-GB", "en-GB")])
def test_an_unknown_language_is_a_config_error_with_did_you_mean(value, hint):
    result, report = run_check("The text.\n", f"# house\nlanguage: {value}\n")
    assert result.exit_code == 2
    (error,) = report["errors"]
    assert error["line"] == 2
    assert value in error["message"]
    assert "en-US, en-GB, en-AU, en-CA" in error["message"]
    assert f'did you mean "{hint}"?' in error["message"]


def test_an_invalid_regex_in_vocab_accept_is_a_config_error():
    result, report = run_check("The text.\n", "vocab:\n  accept: ['/[unclosed/']\n")
    assert result.exit_code == 2
    assert report["errors"] and "regex" in report["errors"][0]["message"]


# --------------------------------------------------------------------------- name variants


def test_a_name_one_slip_from_a_dictionary_name_is_a_variant():
    diagnostics = check("Hezbollah fighters crossed the border, and Hezbolah said more would follow.\n")
    assert found(diagnostics) == [("spelling.name-variant", "Hezbolah")]
    (d,) = diagnostics
    assert d["severity"] == "warning"
    assert d["suggestions"] == ["Hezbollah"]
    assert d["message"] == '"Hezbolah" is spelt "Hezbollah" elsewhere in this draft'


def test_the_dictionary_spelling_wins_even_when_used_less():
    draft = "Officials met Hezbolah. Later Hezbolah spoke, and then Hezbollah agreed.\n"
    diagnostics = check(draft)
    assert found(diagnostics) == [("spelling.name-variant", "Hezbolah")] * 2


def test_a_tie_reports_the_spelling_used_second_so_the_fixes_settle(in_tmp):
    # Names no dictionary has (SCOWL's name lists have "Savell"): neither is
    # preferred, so the first one the draft uses wins.
    draft = "Researcher Stephanie Vorkell said attacks would grow. Officials met Vorkel on Monday.\n"
    diagnostics = check(draft)
    assert [(d["rule"], d["match"], d["suggestions"]) for d in diagnostics] == [
        ("spelling.name-variant", "Vorkel", ["Vorkell"])
    ]
    assert diagnostics[0]["message"] == '"Vorkel" is spelt "Vorkell" elsewhere in this draft'
    # Reporting both, each with a fix to the other, swapped the names and never settled.
    Path("a.md").write_text(draft + "Aleksandr Lukashenko won. Alexander Lukashenko said so.\n", encoding="utf-8")
    result = cli("check", "--fix", "--unsafe-fixes", "--no-cache", "--select", "spelling", "a.md")
    assert "did not settle" not in result.stderr
    assert Path("a.md").read_text(encoding="utf-8") == (
        "Researcher Stephanie Vorkell said attacks would grow. Officials met Vorkell on Monday.\n"
        "Aleksandr Lukashenko won. Aleksandr Lukashenko said so.\n"
    )


def test_the_more_frequent_spelling_wins():
    draft = "Officials met Savell. Officials met Savell again. Then Savel agreed.\n"
    diagnostics = check(draft)
    assert [(d["rule"], d["match"], d["suggestions"]) for d in diagnostics] == [
        ("spelling.name-variant", "Savel", ["Savell"])
    ]


def test_a_possessive_name_variant_keeps_its_ending():
    diagnostics = check("Officials met Savell and Savell. They praised Savel’s work.\n")
    assert [(d["match"], d["suggestions"]) for d in diagnostics] == [("Savel’s", ["Savell’s"])]


def test_long_names_two_slips_apart_are_variants():
    diagnostics = check("Officials met Qadrizad. Officials met Qadrizad again. Then Qazrizda agreed.\n")
    assert [(d["match"], d["suggestions"]) for d in diagnostics] == [("Qazrizda", ["Qadrizad"])]


def test_short_names_two_slips_apart_are_not_variants():
    assert check("Officials met Zorblat. Then Zoblet agreed.\n") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Officials met Karzai and the Karzais on Monday.",
        "Iran and Iraq signed the deal; Iranian officials praised it.",
        "Officials met Askari and two Askaris.",
        "Officials met Kataib and the Kataibi men.",
        "Israel and Israeli officials met.",
    ],
)
def test_inflections_are_not_variants(draft):
    assert check(draft + "\n") == []


def test_names_with_another_first_letter_are_not_compared():
    assert check("Officials met Zorblat and Horblat.\n") == []


def test_short_names_are_not_compared():
    assert check("Officials met Xiu. Then Xiy agreed.\n") == []


def test_a_name_is_not_compared_with_a_short_name():
    assert check("Actor Michelle Yeoh met former minister Tim Yeo.\n") == []


def test_name_variants_only_through_their_own_rule():
    draft = "Hezbollah fighters crossed the border, and Hezbolah said the facton would follow.\n"
    assert found(check(draft, select="spelling.typo")) == [("spelling.typo", "facton")]
    assert found(check(draft, select="spelling.name-variant")) == [("spelling.name-variant", "Hezbolah")]
    assert found(check(draft, select="spelling.variant")) == []


# --------------------------------------------------------------------------- the seed draft


@pytest.fixture(scope="module")
def seed_report():
    if not (SEED / "article.txt").is_file() or not (SEED / "expected.yaml").is_file():
        pytest.skip(f"the shared seed draft is not available ({SEED})")
    from click.testing import CliRunner

    from editlint.cli import main

    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", "spelling", str(SEED / "article.txt")])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["errors"] == []
    return report["diagnostics"]


def test_the_seed_draft_reports_facton_with_faction_first(seed_report):
    facton = [d for d in seed_report if d["match"] == "facton"]
    assert len(facton) == 1
    (d,) = facton
    assert d["rule"] == "spelling.typo"
    assert (d["line"], d["column"], d["end_column"]) == (13, 62, 68)
    assert d["suggestions"][0] == "faction"


def test_the_seed_draft_has_no_other_spelling_findings(seed_report):
    assert found(seed_report) == [("spelling.typo", "facton")]


def test_no_spelling_finding_covers_a_must_not_flag_word(seed_report):
    expected = yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))
    lines = (SEED / expected["file"]).read_text(encoding="utf-8").split("\n")
    places = []
    for word in expected["must_not_flag"]:
        for number, line in enumerate(lines, 1):
            start = line.find(word)
            while start >= 0:
                places.append((word, number, start + 1, start + 1 + len(word)))
                start = line.find(word, start + 1)
    assert {p[0] for p in places} == set(expected["must_not_flag"])  # each occurs
    for word, line, start, end in places:
        for d in seed_report:
            covers = d["line"] <= line <= d["end_line"] and d["column"] < end and d["end_column"] > start
            assert not covers, f"{d['rule']} covers {word!r} at {line}:{start}"


def test_a_run_of_letters_longer_than_any_word_is_a_typo_without_suggestions(in_tmp):
    # Its one-slip edits alone would fill gigabytes (a 3,000-letter run has
    # 170,000 of them): no dictionary word is that long, so none is looked for.
    run = "abcdefghij" * 300
    write("draft.md", f"# Plan\n\nThe {run} word.\n")
    result = cli("--no-cache", "--format", "json", "--select", "spelling", "draft.md")
    [typo] = json.loads(result.stdout)["diagnostics"]
    assert typo["rule"] == "spelling.unknown-word" and typo["match"] == run and typo["suggestions"] == []


def test_a_long_real_word_still_gets_suggestions():
    speller = Speller("en-US")
    assert "counterrevolutionaries" in speller.suggestions("counterrevolutionarie", frozenset())


# --------------------------------------------------------------------------- issue 15: trust on unseen copy


def kinds(source: str, language: str = "en-US") -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, word, first two suggestions) of each problem the analysis finds."""
    return [(p.kind, p.token.text, tuple(p.suggestions[:2])) for p in problems(source, language)[1]]


@pytest.mark.parametrize(
    "typo, right",
    [
        ("Wednsday", "Wednesday"), ("Thrusday", "Thursday"), ("Febuary", "February"), ("Pentagn", "Pentagon"),
        ("Whtie", "White"), ("Londn", "London"), ("Australlia", "Australia"), ("Decemer", "December"),
    ],
)  # fmt: skip
def test_a_capitalised_word_one_slip_from_a_dictionary_name_is_a_likely_typo(typo, right):
    (found,) = kinds(f"Officials met on Friday in {typo} House, the report said.")
    assert found[:2] == ("likely-typo", typo)
    assert found[2][0] == right


def test_a_capitalised_typo_is_an_error_where_the_draft_spells_the_name_right():
    assert kinds("It rained on Wednesday. They met on Wednsday too.") == [("typo", "Wednsday", ("Wednesday",))]


def test_a_misspelt_common_word_in_a_name_the_dictionary_has_as_a_phrase():
    # "Untied" is a word, but "Untied Nations" is no name and "United Nations" is.
    assert kinds("Migrants, according to the Untied Nations, were turned away.") == [
        ("likely-typo", "Untied", ("United",))
    ]
    assert kinds("Migrants, according to the United Nations, were turned away.") == []


def test_a_misspelt_capitalised_common_word_at_the_start_of_a_sentence():
    assert kinds("Parliment sat late.") == [("typo", "Parliment", ("Parliament",))]


FOREIGN_NAMES = [
    "Kataib Hezbollah and Abu Ali al-Askari met.",
    "Researcher Stephanie Savell, spokesperson Sabrina Singh and Michael Knights spoke.",
    "Matthew Miller and Hashim Sheikh answered questions.",
    "Secretary of State Mike Pompeo met deputy health minister Iraj Harirchi.",
    "Lian Chia Liang met the envoy of China.",
    "Pan-democrat Cheng Chung-tai and Fernando Cheung of the Labour Party won.",
    "Sky News Arabia producer Jamal al-Harbi spoke to Agence France-Presse.",
    "Representative Tulsi Gabbard of Hawaii and Judge Paul Kellar spoke.",
    "The fire in Bhera Market broke out; Nur Khan Liton told reporters.",
    "Osama bin Laden's group, Deval Patrick said, and Salling Group agreed.",
    "The flood peaked at Dongting Lake, in Charité hospital's view.",
]


@pytest.mark.parametrize("sentence", FOREIGN_NAMES)
def test_correct_news_sentences_with_foreign_names_stay_clean(sentence):
    assert kinds(sentence) == []


def test_a_name_used_more_than_once_is_a_name():
    assert kinds("Tesco sold its stores to Salling. Salling said it would keep them.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotspot gameplay of the airforce gasfield gave them a headstart in the wheatbelt.",
        "Reoffending by unindicted standover men worried the tailender, the paceman and the goalkicker.",
        "He had a joie de vivre and carte blanche, per se, at the loya jirga, a bona fide jirga.",
        "A sci-fi wi-fi anti-retroviral geo-political in-vitro study of 21-year-olds.",
        "It was a co-ordinated, cyber-bullying, single-handedly run campaign.",
        "The Martian brines held calcium perchlorates; the sevengill shark swam by.",
        "The niqab, the takedown, the watchlist and the supergroup were news.",
    ],
)
def test_words_edited_news_uses_are_no_typos(sentence):
    assert [k for k in kinds(sentence, "en-AU") if k[0] != "unknown"] == []
    assert [k for k in kinds(sentence, "en-US") if k[0] != "unknown"] == []


def test_a_prefix_or_compound_that_is_a_small_slip_from_a_common_word_is_a_typo():
    # "un" + "till", "un" + "til": but one letter from "until".
    assert [(k, w, s[0]) for k, w, s in kinds("He waited untill noon.")] == [("typo", "untill", "until")]


def test_words_completed_in_editorial_brackets_are_read_whole():
    assert kinds('He said he was "[e]xtremely pained" and was sow[ing] chaos in Pittsburg[h].') == []


def test_a_domain_is_no_word():
    assert kinds("The file was shared on napster.no and alt.religion.scientology last year.") == []


def test_a_species_name_after_its_genus_is_no_typo():
    assert kinds("Penguins, Spheniscus magellanicus, and corals, P. damicornis, were studied.") == []


def test_a_name_particle_between_names_is_no_typo():
    assert kinds("Arnel dela Vega of the army spoke near the Quai des Orfèvres.") == []


def test_ligatures_and_accents_are_read_as_letters():
    assert kinds("The anærobic organisms cost a billion złotys.") == []


def test_an_unknown_word_used_consistently_is_no_typo():
    # "moai" is one letter from "moan", but the draft uses it four times.
    draft = "The moai stand near water. The earliest moai date to 1200. Most moai face inland; moai are tall."
    assert [k[0] for k in kinds(draft)] == ["unknown"] * 4


def test_a_noun_made_from_a_common_verb_is_a_word_and_a_slip_is_not():
    # "prepper" ("prepping", "prepped"), "zoomer", "tapings" (the plural of
    # "taping"): nouns the dictionaries lack, made by rule from their verbs.
    assert kinds("The zoomer and two preppers watched the tapings.") == []
    # No "writting" or "writted": a slip, not a verb's noun.
    assert [k[0] for k in kinds("The writter left early.")] == ["typo"]


def test_a_habitual_slip_from_one_of_the_commonest_words_is_still_a_typo():
    # Used three times, "goverment" is no term of the draft's own: a small
    # slip from one of the commonest words is a typo however often it recurs.
    draft = "The goverment said no. The goverment said yes. The goverment left."
    assert [k[0] for k in kinds(draft)] == ["typo"] * 3


def test_an_unknown_word_with_no_common_word_near_is_reported_only_by_the_opt_in_rule():
    diagnostics = check("Patients were given remdesivir.\n", select="spelling")
    assert found(diagnostics) == [("spelling.unknown-word", "remdesivir")]
    write(".editlint.yaml", "language: en-US\n")
    result = cli("check", "--format", "json", "draft.md")
    assert json.loads(result.stdout)["diagnostics"] == []  # off by default


def test_a_larger_slip_from_a_common_word_is_a_likely_typo_not_an_error():
    (d,) = check("They hid behind an equestrial statue.\n")
    assert (d["rule"], d["severity"], d["suggestions"][0]) == ("spelling.likely-typo", "warning", "equestrian")
    (d,) = check("The building collasped.\n")
    assert (d["rule"], d["severity"]) == ("spelling.typo", "error")


@pytest.mark.parametrize(
    "language, draft",
    [
        ("en-US", "The rainforest café and the ageing guerrilla were amid the judgment."),
        ("en-AU", "The rainforest judgment on the guerrilla hardline and aging."),
        ("en-CA", "The rainforest and the colour of the theatre."),
        ("en-GB", "He leant on the diallers, the co-ordinator and showbusiness."),
    ],
)
def test_a_word_correct_in_the_drafts_dialect_is_never_reported(language, draft):
    assert kinds(draft, language) == []


@pytest.mark.parametrize(
    "language, word, fix",
    [
        ("en-US", "judgement", "judgment"), ("en-US", "grey", "gray"), ("en-US", "jewellery", "jewelry"),
        ("en-US", "tyre", "tire"), ("en-US", "manoeuvre", "maneuver"), ("en-US", "sceptical", "skeptical"),
        ("en-US", "aluminium", "aluminum"), ("en-US", "pyjamas", "pajamas"), ("en-AU", "color", "colour"),
        ("en-AU", "donut", "doughnut"), ("en-GB", "organize", "organise"), ("en-US", "centred", "centered"),
    ],
)  # fmt: skip
def test_another_dialects_spelling_comes_with_its_fix(language, word, fix):
    assert kinds(f"The {word} was there.", language) == [("variant", word, (fix,))]


def test_two_people_with_close_names_are_no_name_variant():
    draft = (
        "Pan-democrat Cheng Chung-tai won, and so did Fernando Cheung. Joe Schriner and Pam Shriver spoke. "
        "Mateusz Morawiecki tweeted; police spokesman Mariusz Ciarka said more. New Zealand and New Zealanders."
    )
    assert kinds(draft) == []


def test_a_name_spelt_two_ways_is_still_a_name_variant():
    draft = "Lydia Buchtmann spoke for the agency. Ms Bauchtman said the levels were safe."
    assert [(k, w) for k, w, _ in kinds(draft)] == [("name-variant", "Bauchtman")]


def test_transliterations_of_one_name_are_name_variants():
    draft = "Gaddafi spoke first. Later Qaddafi spoke again, and Qaddafi left."
    assert kinds(draft) == [("name-variant", "Gaddafi", ("Qaddafi",))]
    draft = "Aleksandr Lukashenko won. Alexander Lukashenko said so."
    assert kinds(draft) == [("name-variant", "Alexander", ("Aleksandr",))]


def test_other_capitals_of_a_hyphenated_name_are_a_case_variant():
    draft = "The Geo-Science lab opened. Staff at the Geo-science lab cheered, and the Geo-Science lab closed."
    assert kinds(draft) == [("case-variant", "Geo-science", ("Geo-Science",))]
    diagnostics = check(draft + "\n")
    assert [(d["rule"], d["severity"]) for d in diagnostics] == [("spelling.case-variant", "warning")]
