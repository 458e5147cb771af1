"""The word classes the subject finder (editlint.grammar.subjects) knows
by name: nouns by the number they take (collective, always plural, either),
quantities ("a lot of"), titles, pronouns, and the verbs, prepositions and
openers that decide where a subject or an aside starts. Lists of words,
not rules: a word belongs here because of what it is, whatever the
sentence."""

from __future__ import annotations

#: A body of people: "the team is" in American style, "the team are" too in British.
COLLECTIVE_NOUNS = frozenset(
    """administration agency army assembly audience band board cabinet choir class club coalition committee
    community company congregation congress council court crew crowd department electorate enemy family firm
    gang government group jury management ministry navy opposition orchestra panel parliament party
    partnership platoon regiment secretariat senate squad team union university""".split()
)
#: Nouns plural in form but only singular in use: "the news was", "measles is".
SINGULAR_PLURALS = frozenset("news measles mumps diabetes mathematics physics".split())
#: Nouns plural in form but singular in use, or the same in both numbers.
UNCOUNTED_PLURALS = frozenset(
    """series species means headquarters politics economics statistics athletics
    gymnastics aerobics ethics crossroads whereabouts barracks works gallows
    thanks savings premises""".split()
)
#: Adjectives that after "the" name people, plural: "the poor are", "the cuts on the elderly are".
PEOPLE_ADJECTIVES = frozenset("poor rich elderly wealthy sick disabled homeless unemployed".split())
#: Adjectives that follow a noun with their phrase: "a book critical of the government is".
COMPLEMENT_ADJECTIVES = frozenset(
    """capable critical adjacent close responsible similar related eligible available vulnerable opposed prone loyal
    immune resistant equal due""".split()
)
#: Nouns only plural in use, whatever their form: "police have", "the proceeds go" (not "thanks is due").
PLURAL_NOUNS = frozenset(
    "people police cattle personnel clergy folk livestock poultry vermin earnings proceeds outskirts".split()
)
#: Nouns either singular or plural in use: no finding either way.
EITHER_NOUNS = frozenset(
    """staff crew youth media data majority minority public couple percent cent per-cent remainder rest total
    lot lots bulk plenty range variety host handful number proportion percentage share fraction half third quarter
    dozen score pair kind sort type part portion none all some most any more enough other fish sheep deer
    buffalo bison moose salmon trout cod aircraft spacecraft offspring swine""".split()
)
#: "X of ...": the number is that of what follows "of" ("a lot of protesters are").
QUANTITY_OF = frozenset(
    """lot lots plenty most some all rest remainder percent cent per-cent half third quarter bulk hundreds portion part
    thirds quarters halves fraction
    thousands millions billions dozens tens scores""".split()
)
#: "A group of teenagers was" and "were": either is right.
EITHER_OF = EITHER_NOUNS | frozenset("group array set collection bunch series wave spate slew raft swarm crowd".split())
#: Measures that open an adverbial, not a subject: "Just a few kilometres
#: from Sandton begins the township" (an inversion).
MEASURE_NOUNS = frozenset(
    """kilometres kilometers km miles metres meters feet yards minutes hours days weeks months years
    decades""".split()
)
#: Days and times that may close a noun phrase: "the president's tweets Monday are".
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening
    night week weekend month year spring summer autumn winter season""".split()
)
#: Verbs whose object may be a clause without "that": "said the soldier know" has a subject after "said".
CLAUSE_VERBS = frozenset(
    """think believe know hope fear expect feel find show suspect assume mean guess realize realise understand
    worry wish indicate allege maintain specify declare assert contend stress emphasise emphasize agree deny
    imply prove discover learn reckon presume doubt ensure signal hint determine speculate remark rule reaffirm
    testify hypothesise hypothesize theorise theorize calculate decide complain boast lament reason posit recognise
    recognize""".split()
)
SINGULAR_PRONOUNS = frozenset(
    """he she it this that each every either neither one another everyone everybody everything someone somebody
    something anyone anybody anything no-one nobody nothing""".split()
)
PLURAL_PRONOUNS = frozenset("we they these those many several few".split())
#: Titles that show a name is one person: "Mr Karzai say" is a slip in any dialect.
TITLES = frozenset(
    """mr mrs ms dr prof president senator sen governor gov judge justice minister premier chancellor king queen
    prince princess pope bishop general gen colonel col captain capt sergeant sgt lieutenant lt mayor sir dame
    lord lady rev reverend father sister rep representative""".split()
)
#: Verbs after whose object a bare infinitive follows: "let the soldier know", "saw Mr Blair predict".
#: ("saw" too: the lexicon gives a form one verb lemma, and "saw" has its own.)
BARE_INFINITIVE_VERBS = frozenset("let make help see saw watch hear feel have bid notice observe".split())
#: Verbs and adjectives after which "that" takes the subjunctive: "demanded that the minister resign".
SUBJUNCTIVE_TRIGGERS = frozenset(
    """demand insist suggest recommend ask urge propose require request order move advise prefer essential vital
    important necessary crucial imperative""".split()
)
#: Words that open an aside set off by commas ("the senator, along with his advisers, were").
ASIDE_OPENERS = frozenset(
    """along together alongside as like unlike plus including with without who whom whose which where when while
    although though whereas because since if after before unless once despite in on at by for from among amid
    during under over according accompanied not rather than except besides""".split()
)
#: Words that open a subordinate clause or a phrase that a comma closes ("where zebras evolved, flies").
CLAUSE_OPENERS = ASIDE_OPENERS | frozenset("that whether until till so what whatever whoever how why".split())
#: Verbs of saying, for attributions set off by commas ("his death, they reported, was").
SPEECH_LEMMAS = frozenset(
    """say tell add note warn argue claim insist explain admit state report observe write believe think
    suggest confirm announce reveal estimate recall continue conclude acknowledge concede predict
    counter reply respond""".split()
)
#: Verbs whose object may be a reported clause: of saying, or of thinking
#: ("argued that technology is", "police say shot").
SAYING_LEMMAS = SPEECH_LEMMAS | CLAUSE_VERBS
#: Verbs of saying that come before their speaker in an attribution ("It
#: is, says Smith, a disaster", "The talks failed, said a spokesman"); not
#: "announced" or "revealed", which take an object ("The company announced,
#: revealed a new chief").
ATTRIBUTION_LEMMAS = frozenset(
    """say tell add note warn argue claim insist explain admit state write observe continue conclude recall
    reply ask comment""".split()
)
#: Prepositions whose phrase hangs on the noun before them ("residents of
#: the city", "products shipped to the US"), so the subject lies further left.
PREPOSITIONS = frozenset(
    """in at on from with for to by about between among amongst near under over across along within without
    including excluding like unlike against around behind beyond into onto per via amid throughout outside
    inside alongside beside toward towards upon following plus during despite regarding concerning above below
    beneath underneath""".split()
)
#: Words that open a clause whose subject follows them ("after the treatment leads").
SUBORDINATORS = frozenset(
    """after before since as because if while although though until unless whether that once so than when
    where whereas""".split()
)
#: Nouns that take a clause with "that" ("the news that work on the bridge would start"), where "that" is no
#: relative pronoun and the word after it need not be its verb.
COMPLEMENT_NOUNS = frozenset(
    """fact claim claims news idea hope hopes fear fears belief view warning warnings announcement report reports
    evidence sign signs chance possibility assurance assurances decision suggestion proposal argument allegation
    allegations rumour rumor rumours rumors notion concern concerns worry worries doubt doubts risk danger promise
    statement message indication assumption conclusion feeling impression knowledge understanding thought theory
    finding findings requirement condition demand recommendation ruling verdict confirmation proof guarantee
    expectation expectations prospect word admission acknowledgement acknowledgment""".split()
)
