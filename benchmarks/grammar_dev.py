"""Agreement on invented news sentences (benchmarks/agreement_dev.txt): each
line holds one verb as [correct|flipped]; the correct sentence must give no
grammar finding and the flipped one a finding on the flipped word. Dev
material (the seventh round was tuned on it), not evidence of generalisation.

Run: python benchmarks/grammar_dev.py [--misses] [FILE]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from editlint import Linter

HERE = Path(__file__).resolve().parent
SLOT = re.compile(r"\[([^|\]]+)\|([^\]]+)\]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(HERE / "agreement_dev.txt"))
    parser.add_argument("--misses", action="store_true", help="print the misses and false alarms")
    args = parser.parse_args()
    rules = Linter(config={"language": "en-US"}, select=("grammar",))
    found = tried = false_alarms = 0
    for line in Path(args.file).read_text(encoding="utf-8").splitlines():
        slot = SLOT.search(line)
        if line.startswith("#") or slot is None:
            continue
        correct = line[: slot.start()] + slot.group(1) + line[slot.end() :]
        if rules.lint_text(correct + "\n"):
            false_alarms += 1
            if args.misses:
                print(f"false alarm: {correct}")
        if slot.group(1) == slot.group(2):
            continue  # a past form, the same in both numbers: a false-alarm check only
        flipped = line[: slot.start()] + slot.group(2) + line[slot.end() :]
        start, end = slot.start(), slot.start() + len(slot.group(2))
        tried += 1
        if any(d.span.start < end and d.span.end > start for d in rules.lint_text(flipped + "\n")):
            found += 1
        elif args.misses:
            print(f"missed: {flipped}")
    print(f"flipped verbs found: {found}/{tried} = {100 * found / max(tried, 1):.1f}%")
    print(f"correct sentences with a grammar finding: {false_alarms}")


if __name__ == "__main__":
    main()
