"""Vale styles, run as they are.

A Vale style is a folder of rule files (``Style/Rule.yml``, each with an
``extends:`` naming one of Vale's checks). editlint reads them into rules of
its own kinds, with Vale's ids (``Style.Rule``), levels, scopes, messages
(filled in Vale's way, ``%s``) and spans; a rule of a check editlint lacks
is listed as skipped with the reason. A ``.vale.ini`` (``StylesPath``,
``BasedOnStyles``, ``Vocab``, ``MinAlertLevel``, rule switches) is read when
a config names it.

- :mod:`.ini` reads a ``.vale.ini`` into the styles it turns on;
- :mod:`.styles` reads a style folder (and Vale's built-in style);
- :mod:`.translate` turns one Vale rule into a rule of an editlint kind;
- :mod:`.message` and :mod:`.action` fill messages and make fixes as Vale
  does; the rule kinds call them for rules read from Vale styles.
"""
