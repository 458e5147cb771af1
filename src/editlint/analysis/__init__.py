"""The analyses of a draft that several rules share, each with one home:

- ``words``: each word and where it stands; the words the body capitalises;
- ``quotations`` and ``attribution``: quoted speech and who says it;
- ``people`` (with ``reading``, ``titlelist`` and ``fullnames``): who is
  named, with which titles and honorifics, how the draft refers to each,
  and a full name written two ways;
- ``distance``: edit distances and the "one slip apart" test of names;
- ``wordlists``: closed classes of words (articles, prepositions, name
  particles, days and months).

``analyses.analyses(document)`` makes each once per draft and hands it to
the rules as a typed object. This package module imports nothing, so that
its modules can be imported on their own.
"""
