#!/usr/bin/env python3
"""The HTML parsers editlint could read pages with, timed on one news page
(the measurements in docs/formats.md, "Choosing the HTML parser").

Run: python benchmarks/html_parsers.py [--runs 5] [--paragraphs 517]

The page is built here, the same every run: a site's navigation, a style
and a script around an article of paragraphs with links, bold words and
character references (about 211 kB at 517 paragraphs). Each parser is
timed parsing it (median of ``--runs``), and the table says what
positions each gives, which is what decided the choice. A parser that is
not installed is left out of the table (lxml comes with python-docx;
html5lib and BeautifulSoup are not editlint's dependencies).
"""

from __future__ import annotations

import argparse
import statistics
import time
from html.parser import HTMLParser

PARAGRAPH = (
    "<p>The council&#8217;s <a href='/budget?year=2024&amp;part=2'>budget</a> for the year was "
    "<b>approved</b> on Tuesday &mdash; after a debate of three hours, in which the mayor said the plan "
    "&ldquo;keeps every promise we made&rdquo; and the opposition called it &quot;a raid on savings&quot; "
    "that <em>would</em> cost ratepayers more than $4&nbsp;million over the next four years.</p>\n"
)


def page(paragraphs: int) -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(40)) + "</ul></nav>"
    head = "<head><title>Council budget</title><style>p { margin: 0 }</style><script>var x = 1;</script></head>"
    body = "<article><h1>Council Approves Budget</h1>\n" + PARAGRAPH * paragraphs + "</article>"
    return f"<!DOCTYPE html>\n<html>{head}<body>{nav}<main>{body}</main><footer>Copyright</footer></body></html>\n"


class _Tokens(HTMLParser):
    """Every token with its position, references one by one, as editlint's
    reader asks for them (editlint.parsing.htmltokens)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.count = 0

    def handle_starttag(self, tag, attrs):
        self.getpos()
        self.count += 1

    def handle_data(self, data):
        self.getpos()
        self.count += 1

    handle_endtag = handle_entityref = handle_charref = handle_data


def html_parser(source: str) -> None:
    tokens = _Tokens()
    tokens.feed(source)
    tokens.close()


def parsers() -> list[tuple[str, object, str]]:
    """(name, parse(source), the positions it gives) of each parser installed."""
    found = [
        (
            "html.parser (Python's own), tokens with positions",
            html_parser,
            "every token's line and column; character references one by one",
        )
    ]
    try:
        from editlint.parsing import parse

        found.append(
            (
                "editlint's HTML reader (html.parser, blocks and text maps)",
                lambda source: parse("page.html", source),
                "every character of the text mapped to its source span",
            )
        )
    except ImportError:
        pass
    try:
        import lxml.html

        found.append(("lxml (lxml.html)", lxml.html.fromstring, "an element's line only: no column, none for text"))
    except ImportError:
        pass
    try:
        import html5lib

        found.append(("html5lib", html5lib.parse, "none"))
    except ImportError:
        pass
    try:
        import bs4

        for builder in ("html.parser", "lxml", "html5lib"):
            try:
                bs4.BeautifulSoup("<p>x</p>", builder)
            except bs4.FeatureNotFound:
                continue
            found.append(
                (
                    f"BeautifulSoup 4 with {builder}",
                    lambda source, builder=builder: bs4.BeautifulSoup(source, builder),
                    "none" if builder == "lxml" else "a tag's line and column; none for text, references decoded",
                )
            )
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--paragraphs", type=int, default=517)
    args = parser.parse_args()
    source = page(args.paragraphs)
    print(f"page: {len(source.encode('utf-8')) / 1000:.0f} kB, {args.paragraphs} paragraphs; median of {args.runs}")
    print("| Parser | Time | Positions it gives |\n|---|---|---|")
    for name, parse, positions in parsers():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            parse(source)
            times.append(time.perf_counter() - start)
        print(f"| {name} | {statistics.median(times) * 1000:.1f} ms | {positions} |")


if __name__ == "__main__":
    main()
