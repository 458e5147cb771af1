"""quotes: (being written).

Options: none yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import KindRule


@dataclass(frozen=True)
class Options:
    pass


class Quotes(KindRule):
    name = "quotes"
    Options = Options

    def check(self, units, document):
        return iter(())
