"""Closed classes of English words that case styles and house styles use.

The one home of these lists: the capitalization kind (title case, sentence
case) and the headline kind read them from here, and so may any later rule
that needs to know a short preposition from a long one. Lower case, as
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
#: Particles of names, lower case even in a title: "al-Askari", "van Gogh".
NAME_PARTICLES = frozenset("al el bin bint ibn abu de da di du van von der den la le dos das del".split())
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
