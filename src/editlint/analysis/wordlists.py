"""Closed classes of English words that case styles and house styles use.

The one home of these lists: the case styles (title case, sentence case),
the spelling analysis and the people analysis read them from here, and so
may any later rule that needs to know a short preposition from a long one.
(The verbs of saying live with the grammar of attribution,
editlint.analysis.attribution.) Lower case, as
words are looked up after ``str.lower``.
"""

from __future__ import annotations

ARTICLES = frozenset("a an the".split())
#: Coordinating conjunctions.
CONJUNCTIONS = frozenset("and but or nor for yet so".split())
#: Prepositions of up to three letters: AP title case keeps them lower case.
SHORT_PREPOSITIONS = frozenset("as at by for in of off on out per to up via vs".split())
#: Every preposition: Chicago title case keeps them all lower case.
PREPOSITIONS = SHORT_PREPOSITIONS | frozenset(
    """about above across after against along amid among amongst around before behind below
    beneath beside besides between beyond despite down during except from inside into like
    near onto outside over past since than through throughout till toward towards under
    underneath until upon with within without""".split()
)
#: Particles of Arabic, Dutch, French, German, Italian, Portuguese, Spanish
#: and Filipino names, lower case even in a title: "al-Askari", "Abd
#: al-Aziz", "Zia-ul-Haq", "van Gogh", "della Rovere", "dela Vega". Dutch
#: "ter" and "ten" ("ter Horst") are left out: lower case they are far more
#: often the English numeral than a name's particle.
NAME_PARTICLES = frozenset(
    "al el bin bint ibn abu abd ul ur de da di du van von der den la le dos das del della dela des".split()
)
#: Minor words that cannot be an adverb or a verb's particle, so a capital
#: on them inside a title is wrong ("Vows To Expel"). "Over", "Up", "Off",
#: "In"... may be particles ("Take Over", "Sign Up") and are not listed.
NEVER_PARTICLES = ARTICLES | frozenset(
    """and but or nor of to as at for via per vs from into onto upon with than among amid amongst
    despite during toward towards until till against unlike""".split()
)
#: Prefixes after which the second part of a hyphenated word may stay lower
#: case in a title ("Anti-aircraft", "Co-founder").
HYPHEN_PREFIXES = frozenset(
    """anti co counter de e ex extra inter intra mid multi non post pre pro re semi sub super trans
    ultra un""".split()
)
#: Function words: they do not start a closed compound ("everytime", "aswell",
#: "eachother" are run-together phrases, not compounds) or end one
#: ("thankyou").
FUNCTION_WORDS = frozenset(
    """a an the this that these those some any every each no all both either neither few many much more most other
    another such what which who whom whose where when why how there here i me my we us our you your he him his she
    her it its they them their at in on of to for with by from as up into onto upon about than then so if or and
    but nor not never ever very too also thank be been being is are was were do does did have has had can could
    will would shall should may might must""".split()
)
#: Days and months: capitalised words that name no one.
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
