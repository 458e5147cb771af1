"""The shipped word list (``spelling/data/lexicon.bin``) and the Hunspell
expander it is built with.

The lexicon must hold every word form the shipped SCOWL Hunspell files
accept, dialect by dialect, and SCOWL's own dialect and variant levels
("ageing" is an accepted American variant, "colour" no American spelling);
lookups follow a speller's casing rules; each word carries a commonness
tier.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from editlint.spelling import lexicon as lex
from editlint.spelling.hunspell import expand, read_aff
from editlint.spelling.lexicon import AU, CA, GB, NOSUGGEST, TIER_SHIFT, US, Lexicon, tier

HUNSPELL = Path(lex.__file__).resolve().parent / "data" / "hunspell"
DIALECT_FILES = {"en_US": US, "en_AU": AU, "en_CA": CA}


# --------------------------------------------------------------------------- the shipped file


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return lex.lexicon()


@pytest.fixture(scope="module")
def entries(shipped) -> dict[str, int]:
    return dict(shipped.entries())


@pytest.fixture(scope="module")
def expansions() -> dict[str, dict[str, bool]]:
    return {name: expand(HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff") for name in DIALECT_FILES}


def test_the_shipped_lexicon_is_the_one_read_at_run_time(shipped):
    assert lex.DATA == HUNSPELL.parent / "lexicon.bin"
    assert lex.DATA.read_bytes().startswith(lex.MAGIC)
    assert lex.lexicon() is shipped  # read once per process
    assert len(shipped) > 300_000


@pytest.mark.parametrize("name", sorted(DIALECT_FILES))
def test_each_dialect_holds_every_word_its_hunspell_files_accept(name, shipped, expansions):
    bit = DIALECT_FILES[name]
    # Possessives are not stored: they are looked up without their ending.
    missing = sorted(w for w in expansions[name] if not shipped.flags(w) & bit)
    assert not missing, f"{name}: missing {missing[:10]} ({len(missing)})"


def test_the_british_word_set_is_scowls_british_spelling(shipped):
    assert shipped.flags("colour") & GB and shipped.flags("organise") & GB and shipped.flags("theatre") & GB
    # Oxford -ize spellings are American forms to a British newsroom.
    assert not shipped.flags("organize") & GB
    # A word every dialect has is British too.
    assert shipped.flags("rainforest") & GB and shipped.flags("the") & GB


def test_every_word_belongs_to_some_dialect(entries):
    assert all(flags & lex.ANY_DIALECT for flags in entries.values())


def test_nosuggest_marks_the_hunspell_nosuggest_words_and_the_rarest_names(entries, expansions):
    expected = {word for forms in expansions.values() for word, may_suggest in forms.items() if not may_suggest}
    marked = {word for word, flags in entries.items() if flags & NOSUGGEST}
    assert expected, "the shipped dictionaries have NOSUGGEST words"
    # Possessives are not stored; names only SCOWL's size 95 has are never suggested.
    assert {w for w in expected if w in entries} <= marked
    rare_names = {w for w, flags in entries.items() if tier(flags) == 7 and w[:1].isupper()}
    assert marked == {w for w in expected if w in entries} | rare_names
    assert "Savell" in rare_names


def test_main_and_variant_spellings_follow_scowl(shipped):
    from editlint.spelling.lexicon import main_dialects, weak_dialects

    # "ageing" is an accepted American variant, the main spelling elsewhere.
    assert shipped.flags("ageing") & US and not main_dialects(shipped.flags("ageing")) & US
    assert main_dialects(shipped.flags("ageing")) & GB
    # "grey" is accepted in American English only as a variant_2 spelling.
    assert weak_dialects(shipped.flags("grey")) & US and main_dialects(shipped.flags("gray")) & US
    # "rainforest" is every dialect's word, no dialect's main spelling.
    assert shipped.flags("rainforest") & (US | AU | CA | GB) == US | AU | CA | GB
    # "leant" (a seldom-used variant in SCOWL) is accepted everywhere.
    assert shipped.flags("leant") & GB and shipped.flags("leant") & US


def test_larger_sizes_and_wordnet_fill_gaps_of_edited_news(shipped):
    for word in ("reoffending", "unindicted", "tailender", "goalkicker", "jirga", "niqab", "niqabs", "takedown"):
        assert shipped.lookup(word), word
    # SCOWL's size 95 holds misspellings: it is left out.
    assert shipped.lookup("diety") == 0 and shipped.lookup("equestrial") == 0
    # Names up to size 95 are names, never typos.
    assert shipped.lookup("Savell") and shipped.lookup("Askari")
    # WordNet's multi-word expressions are phrases.
    assert lex.is_phrase("joie de vivre") and lex.is_phrase("quo warranto") and lex.is_phrase("loya jirga")
    assert not lex.is_phrase("the cat")


def test_entries_are_sorted_by_their_bytes(entries):
    words = list(entries)
    encoded = [w.encode("utf-8") for w in words]
    assert encoded == sorted(encoded)
    assert len(set(words)) == len(words)


def test_dialect_bits_of_some_known_words(shipped):
    assert shipped.flags("color") & US and not shipped.flags("color") & GB
    assert shipped.flags("colour") & AU and shipped.flags("colour") & GB and not shipped.flags("colour") & US
    assert shipped.flags("organization") & US and shipped.flags("organization") & CA
    assert shipped.flags("the") & (US | AU | CA | GB) == US | AU | CA | GB
    assert shipped.flags("facton") == 0


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize("form", ["faction", "Faction", "FACTION"])
def test_a_lower_case_entry_accepts_capitalised_and_upper_case_forms(shipped, form):
    assert shipped.lookup(form) & US


def test_a_lower_case_entry_does_not_accept_odd_capitals(shipped):
    assert shipped.lookup("fActioN") == 0
    assert shipped.lookup("FActION") == 0


def test_a_capitalised_entry_accepts_upper_case_but_not_lower_case(shipped):
    assert shipped.flags("Israel") & US
    assert shipped.lookup("Israel") & US
    assert shipped.lookup("ISRAEL") & US
    assert shipped.lookup("israel") == 0
    assert shipped.flags("israel") == 0


def test_flags_are_case_sensitive(shipped):
    assert shipped.flags("faction")
    assert shipped.flags("Faction") == 0
    assert shipped.flags("FACTION") == 0


def test_an_upper_case_possessive_of_a_name(shipped):
    assert shipped.lookup("ISRAEL'S") & US


def test_a_single_capital_letter(shipped):
    # "a" is a word, so "A" is too.
    assert shipped.lookup("A") & US


# --------------------------------------------------------------------------- tiers


@pytest.mark.parametrize("common", ["the", "change", "write"])
@pytest.mark.parametrize("rare", ["zymurgy", "faction", "quincunx"])
def test_very_common_words_have_a_lower_tier_than_rare_ones(shipped, common, rare):
    assert shipped.flags(rare), rare
    assert tier(shipped.flags(common)) < tier(shipped.flags(rare))


def test_the_commonest_words_are_tier_zero(shipped):
    for word in ("the", "change", "write"):
        assert tier(shipped.flags(word)) == 0


def test_tiers_stay_in_range(entries):
    assert {tier(flags) for flags in entries.values()} <= set(range(lex.TIERS))


# --------------------------------------------------------------------------- writing and reading


def test_write_round_trips_through_lexicon(tmp_path):
    words = {
        "apple": US | AU | (0 << TIER_SHIFT),
        "Zebra": GB | (3 << TIER_SHIFT),
        "éclair": CA | NOSUGGEST | (7 << TIER_SHIFT),
        "don't": US | (1 << TIER_SHIFT),
        "a": US | AU | CA | GB,
    }
    path = tmp_path / "small.bin"
    lex.write(words, path)
    data = path.read_bytes()
    assert data.startswith(lex.MAGIC)
    small = Lexicon(data)
    assert len(small) == len(words)
    for word, flags in words.items():
        assert small.flags(word) == flags, word
    assert dict(small.entries()) == words
    # Sorted by bytes: upper case before lower case, ASCII before "é".
    assert [w for w, _ in small.entries()] == ["Zebra", "a", "apple", "don't", "éclair"]
    assert small.flags("banana") == 0
    assert small.flags("zebra") == 0
    assert small.lookup("ZEBRA") == words["Zebra"]
    assert small.lookup("Apple") == words["apple"]
    assert tier(small.flags("éclair")) == 7
    assert small.flags("éclair") & NOSUGGEST


def test_an_empty_lexicon(tmp_path):
    path = tmp_path / "empty.bin"
    lex.write({}, path)
    empty = Lexicon(path.read_bytes())
    assert len(empty) == 0
    assert empty.flags("anything") == 0
    assert list(empty.entries()) == []


@pytest.mark.parametrize("data", [b"", b"EDLEX3\n\x00\x00\x00\x00\x00\x00\x00\x00", b"not a lexicon at all"])
def test_a_file_without_the_magic_header_is_refused(data):
    with pytest.raises(ValueError):
        Lexicon(data)


# --------------------------------------------------------------------------- the expander


AFF = """\
SET UTF-8
TRY esianrtolcdugmphbyfvkwz
NOSUGGEST !
ONLYINCOMPOUND c
COMPOUNDMIN 1

# prefixes: U combines with suffixes, R does not
PFX U Y 1
PFX U   0     un         .

PFX R N 1
PFX R   0     re         [^e]

# suffixes: S combines with prefixes, D does not
SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [^y]

SFX D N 3
SFX D   0     d          e
SFX D   y     ied        [^aeiou]y
SFX D   0     ed         [^ey]
"""

DIC = """\
8
happy/USD
toy/S
kick/RUD
edit/R
bake/DR
damn/SD!
word
1th/c
"""


@pytest.fixture
def tiny(tmp_path) -> dict[str, bool]:
    aff = tmp_path / "tiny.aff"
    dic = tmp_path / "tiny.dic"
    aff.write_text(textwrap.dedent(AFF), encoding="utf-8")
    dic.write_text(textwrap.dedent(DIC), encoding="utf-8")
    return expand(dic, aff)


def test_the_expander_on_a_tiny_dictionary(tiny):
    assert tiny == {
        # happy/USD: suffix with strip and condition, cross product with U
        "happy": True,
        "happies": True,
        "happied": True,
        "unhappy": True,
        "unhappies": True,
        # toy/S: "oy" fails [^aeiou]y, "y" fails [^y]: no suffixed form
        "toy": True,
        # kick/RUD: D is not a cross product, so no "unkicked"; R neither
        "kick": True,
        "kicked": True,
        "rekick": True,
        "unkick": True,
        # edit/R: the prefix condition [^e] fails
        "edit": True,
        # bake/DR: the "e" rule of D (no strip), R applies
        "bake": True,
        "baked": True,
        "rebake": True,
        # damn/SD!: NOSUGGEST, forms and all
        "damn": False,
        "damns": False,
        "damned": False,
        # no flags
        "word": True,
    }


def test_the_expander_skips_onlyincompound_entries(tiny):
    assert "1th" not in tiny


def test_no_prefix_and_suffix_combination_without_cross_product(tiny):
    assert "unkicked" not in tiny
    assert "rekicked" not in tiny
    assert "rebaked" not in tiny
    assert "unhappied" not in tiny  # D is not a cross product


def test_read_aff(tmp_path):
    aff = tmp_path / "tiny.aff"
    aff.write_text(AFF, encoding="utf-8")
    affixes = read_aff(aff)
    assert affixes.nosuggest == "!"
    assert affixes.onlyincompound == "c"
    assert set(affixes.classes) == {"U", "R", "S", "D"}
    assert affixes.classes["U"].prefix and affixes.classes["U"].cross_product
    assert affixes.classes["R"].prefix and not affixes.classes["R"].cross_product
    assert not affixes.classes["S"].prefix and affixes.classes["S"].cross_product
    assert len(affixes.classes["D"].entries) == 3
    strip_rule = affixes.classes["S"].entries[0]
    assert (strip_rule.strip, strip_rule.add) == ("y", "ies")
    assert strip_rule.condition.search("happy") and not strip_rule.condition.search("toy")


def test_a_forms_suggestibility_survives_a_second_entry(tmp_path):
    """A form that one entry marks NOSUGGEST and another allows may be suggested."""
    aff = tmp_path / "t.aff"
    dic = tmp_path / "t.dic"
    aff.write_text("NOSUGGEST !\n\nSFX S Y 1\nSFX S   0     s          .\n", encoding="utf-8")
    dic.write_text("2\nbar/S!\nbars\n", encoding="utf-8")
    assert expand(dic, aff) == {"bar": False, "bars": True}
