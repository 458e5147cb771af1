"""tools/propose_example_spans.py: the marks and fixed: texts it proposes,
and that --write puts them in the rule file without touching the rest."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

import pytest
from helpers import cli, write

TOOL = Path(__file__).resolve().parents[1] / "tools" / "propose_example_spans.py"

pytestmark = pytest.mark.usefixtures("in_tmp")

#: The rule file both tests start from and the one --write makes: the same
#: three rules, but for their bad examples (what the tool proposes).
RULE_FILE = string.Template("""\
rules:
  - id: house.utilise
    kind: substitution
    message: 'Say "{suggestion}"'
    swap: {utilise: use}
    examples:
      bad:
$utilise      good: ["We use it."]

  - id: house.zebra
    kind: existence
    message: 'No "{match}"'
    tokens: [zebra]
    examples:
      bad:
$zebra      good: ["A horse ran."]

  - id: house.commence
    kind: substitution
    message: 'Say "{suggestion}"'
    swap: {commence: begin}
    examples:
      bad: $commence
      good: ["We begin."]
""")

RULES = RULE_FILE.substitute(
    utilise="""\
        - "We utilise it."
        - text: 'They utilise it.'  # single quotes stay single
        - text: "{{Utilise}} it."
          fixed: "Use it."
""",
    zebra="""\
        - A zebra ran.
        - text: "Two zebra herds"
          format: text
""",
    commence="""["We commence.", {text: "They commence.", format: text}, "A zebra."]""",
)

PROPOSED = RULE_FILE.substitute(
    utilise="""\
        - text: "We {{utilise}} it."
          fixed: "We use it."
        - text: 'They {{utilise}} it.'  # single quotes stay single
          fixed: 'They use it.'
        - text: "{{Utilise}} it."
          fixed: "Use it."
""",
    zebra="""\
        - "A {{zebra}} ran."
        - text: "Two {{zebra}} herds"
          format: text
""",
    commence="""[{text: "We {{commence}}.", fixed: "We begin."}, {text: "They {{commence}}.", fixed: "They begin.", format: text}, "A zebra."]""",
)


def tool():
    spec = importlib.util.spec_from_file_location("propose_example_spans", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_it_prints_the_proposals_and_leaves_the_file_alone(capsys):
    path = write("house/r.yaml", RULES, dedent=False)
    assert tool().main([str(path)]) == 0
    assert path.read_text(encoding="utf-8") == RULES
    assert capsys.readouterr().out.splitlines() == [
        "house/r.yaml:8: house.utilise",
        '    text: "We {{utilise}} it."',
        '    fixed: "We use it."',
        "house/r.yaml:9: house.utilise",
        '    text: "They {{utilise}} it."',
        '    fixed: "They use it."',
        "house/r.yaml:20: house.zebra",
        '    text: "A {{zebra}} ran."',
        "house/r.yaml:21: house.zebra",
        '    text: "Two {{zebra}} herds"',
        "house/r.yaml:30: house.commence",
        '    text: "We {{commence}}."',
        '    fixed: "We begin."',
        "house/r.yaml:30: house.commence",
        '    text: "They {{commence}}."',
        '    fixed: "They begin."',
        "6 proposal(s).",
    ]


def test_write_puts_the_proposals_in_the_file_and_they_pass_check_rules_strict():
    path = write("house/r.yaml", RULES, dedent=False)
    assert tool().main(["--write", "house"]) == 0
    assert path.read_text(encoding="utf-8") == PROPOSED
    # Only the example the rule does not report is left to a person.
    assert cli("check-rules", "house", "--strict").stdout.splitlines()[:-1] == [
        'house/r.yaml:32: rule house.commence: bad example not reported: "A zebra."'
    ]
