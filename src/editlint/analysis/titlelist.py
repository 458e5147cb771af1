"""The titles people hold, as a newsroom lists them: formal titles
(capitalised before a name), job descriptions (lower case even there),
courtesy titles, and the titles held beside an office. The title rules
take these as their options' defaults; the people analysis reads a draft
with a list (editlint.analysis.people.reader_for).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

#: Formal titles, capitalised before a name (AP and ABC style agree on these).
TITLES = (
    "President", "Vice President", "Vice-President", "President-elect",
    "Prime Minister", "Deputy Prime Minister", "Premier", "Deputy Premier", "Chief Minister",
    "Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister",
    "Health Minister", "Trade Minister", "Immigration Minister", "Education Minister",
    "Environment Minister", "Interior Minister", "Justice Minister", "Energy Minister",
    "Home Affairs Minister", "Treasurer", "Attorney-General", "Attorney General",
    "Senator", "Congressman", "Congresswoman", "Representative", "Governor", "Governor-General",
    "Lieutenant Governor", "Mayor", "Lord Mayor", "Chancellor",
    "Secretary of State", "Secretary of Defense", "Secretary of Homeland Security", "Secretary of the Treasury",
    "Defence Secretary", "Defense Secretary", "Foreign Secretary", "Home Secretary",
    "Secretary-General", "Secretary", "Commissioner", "Police Commissioner", "Ambassador",
    "Chief Justice", "Justice", "Judge", "Magistrate", "Coroner",
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier",
    "Admiral", "Vice Admiral", "Rear Admiral", "Air Chief Marshal", "Air Marshal",
    "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Corporal",
    "Superintendent", "Chief Inspector", "Inspector", "Detective Inspector", "Detective Sergeant",
    "Detective Superintendent", "Constable", "Senior Constable",
    "Pope", "King", "Queen", "Prince", "Princess", "Cardinal", "Archbishop", "Bishop", "Rabbi",
)  # fmt: skip

#: Job descriptions: lower case before a name too (AP: "spokesman John Smith").
DESCRIPTIVE = (
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "chief executive",
    "chief executive officer", "chief operating officer", "chief financial officer",
    "managing director", "general manager",
)  # fmt: skip

#: Courtesy titles.
COURTESY = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
#: Honorifics of knighthood, peerage and the professoriate, as Debrett's
#: forms of address list them: like a courtesy title, no part of the name,
#: and kept on later references in British style ("Lord Browne", "Baroness
#: Hale", "Professor Whitty").
HONORIFICS = (
    "Sir", "Dame", "Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Earl", "Countess",
    "Marquess", "Marchioness", "Duke", "Duchess", "Professor", "Prof",
)  # fmt: skip
#: Honorifics that go with the first name, not the surname, on later
#: references: a knight is "Sir Nicholas", a dame "Dame Judi" (Debrett's).
FIRST_NAME_HONORIFICS = frozenset({"Sir", "Dame"})

#: Titles held beside an office: a senator is often a minister ("Defence
#: Minister Robert Hill", then "Senator Hill"), a general a secretary of
#: state, a deputy prime minister a portfolio minister.
CONCURRENT = (
    "Senator", "Congressman", "Congresswoman", "Representative", "Deputy Prime Minister", "Deputy Premier",
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Admiral",
    "Vice Admiral", "Rear Admiral", "Air Chief Marshal", "Air Marshal", "Colonel", "Lieutenant Colonel",
    "Major", "Captain", "Lieutenant", "Sergeant", "Corporal",
    "Pope", "King", "Queen", "Prince", "Princess", "Cardinal", "Archbishop", "Bishop", "Rabbi",
)  # fmt: skip


def fold(text: str) -> str:
    """A word as titles are looked up: lower case, straight apostrophe."""
    return text.replace("’", "'").casefold()


@dataclass(frozen=True)
class TitleForm:
    words: tuple[str, ...]  # case-folded, as tokens
    written: tuple[str, ...]  # as the list writes it
    formal: bool


def title_forms(titles: Sequence[str], descriptive: Sequence[str]) -> dict[str, list[TitleForm]]:
    """Title forms by first word, longest first."""
    by_first: dict[str, list[TitleForm]] = defaultdict(list)
    seen = set()
    for entries, formal in ((descriptive, False), (titles, True)):
        for entry in entries:
            written = tuple(entry.split())
            words = tuple(fold(w) for w in written)
            if words in seen:
                continue
            seen.add(words)
            by_first[words[0]].append(TitleForm(words, written, formal))
    for forms in by_first.values():
        forms.sort(key=lambda f: -len(f.words))
    return dict(by_first)
