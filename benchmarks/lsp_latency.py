#!/usr/bin/env python3
"""How long an editor waits for ``editlint lsp``: time to first diagnostics
on open, and to new diagnostics after an edit, for drafts of about 800 and
5,000 words.

Run: python benchmarks/lsp_latency.py [--words 800 5000] [--edits 15] [--debounce 0]

A real LSP client (pygls's) starts ``python -m editlint lsp`` over stdio
in an empty temporary folder (the default config, no other drafts), for
each size in a new process, and times from the moment a message is
written to the server to the moment the publishDiagnostics for that
version arrives:

  first open    the first draft the server sees: loading the rule sets,
                word lists and tables is paid here
  next open     a second draft of the same size, in the same server
  edit          one word of a sentence in the middle of the draft changed
                (a typo put in, then taken out, in turn), ``--edits`` times,
                one at a time: median and slowest, and the server's CPU
                time per edit (user + system, from /proc): what a check
                costs however busy the machine is

The server is started with a debounce of ``--debounce`` ms (0: the check
alone is timed); an editor waits the default 300 ms more after the last
keystroke. The drafts are consecutive Wikinews articles
(../shared/corpus/wikinews/drafts, each sentence written once: nothing
is repeated for the sentence memos to find), joined under the first one's
headline, cut at a paragraph once the size is reached.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
WIKINEWS = HERE.parent.parent / "shared" / "corpus" / "wikinews" / "drafts"
TIMEOUT = 120.0


def draft(words: int, start: int) -> str:
    """About ``words`` words of consecutive Wikinews articles from the
    ``start``-th, as one Markdown draft."""
    paths = sorted(WIKINEWS.glob("*.md"))[start:]
    blocks: list[str] = []
    count = 0
    for path in paths:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if not block:
                continue
            if block.startswith("# ") and blocks:
                block = "#" + block  # a later article's headline: a subheading
            blocks.append(block)
            count += len(block.split())
            if count >= words:
                return "\n\n".join(blocks) + "\n"
    raise SystemExit(f"not enough words in {WIKINEWS}")


def edited(text: str, n: int) -> tuple[str, str]:
    """The text with one word near its middle changed ("the" to "teh") on
    odd ``n``; the original on even ``n``."""
    if n % 2 == 0:
        return text, "back"
    at = text.index(" the ", len(text) // 2)
    return text[:at] + " teh " + text[at + 5 :], "typo"


class Timed:
    """A client that notes when each (uri, version) is published."""

    def __init__(self) -> None:
        self.client = LanguageClient("lsp-latency", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}
        self.event = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.arrived[(params.uri, params.version)] = time.perf_counter()
            self.counts[(params.uri, params.version)] = len(params.diagnostics)
            self.event.set()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            pass

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            print(f"  server says: {params.message}")

        self.counts: dict[tuple[str, int | None], int] = {}

    async def wait(self, uri: str, version: int) -> float:
        async def arrived():
            while (uri, version) not in self.arrived:
                self.event.clear()
                await self.event.wait()
            return self.arrived[(uri, version)]

        return await asyncio.wait_for(arrived(), TIMEOUT)

    def open(self, uri: str, text: str) -> float:
        sent = time.perf_counter()
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
            )
        )
        return sent

    def change(self, uri: str, version: int, text: str) -> float:
        sent = time.perf_counter()
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return sent


async def measure(words: int, edits: int, debounce: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        timed = Timed()
        client = timed.client
        await client.start_io(sys.executable, "-m", "editlint", "lsp", cwd=folder)
        try:
            await client.initialize_async(
                types.InitializeParams(
                    capabilities=types.ClientCapabilities(),
                    root_uri=root.as_uri(),
                    initialization_options={"debounce": debounce},
                )
            )
            client.initialized(types.InitializedParams())
            first_text, next_text = draft(words, 0), draft(words, 100)
            first, second = (root / "first.md").as_uri(), (root / "second.md").as_uri()
            sent = timed.open(first, first_text)
            first_open = await timed.wait(first, 1) - sent
            sent = timed.open(second, next_text)
            next_open = await timed.wait(second, 1) - sent
            times = []
            cpu_before = cpu_seconds(client._server.pid)
            for n in range(1, edits + 1):
                text, _ = edited(first_text, n)
                sent = timed.change(first, n + 1, text)
                times.append(await timed.wait(first, n + 1) - sent)
            cpu_after = cpu_seconds(client._server.pid)
            findings = timed.counts[(first, 1)]
            await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
            client.exit(None)
            await asyncio.wait_for(client._server.wait(), TIMEOUT)
        finally:
            if client._server is not None and client._server.returncode is None:
                client._server.kill()
            await client.stop()
    return {
        "words": len(first_text.split()),
        "findings": findings,
        "first open": first_open,
        "next open": next_open,
        "edit median": statistics.median(times),
        "edit slowest": max(times),
        "edit cpu": (cpu_after - cpu_before) / edits if cpu_before is not None else None,
    }


def cpu_seconds(pid: int) -> float | None:
    """The CPU time the process has used (user and system), from /proc:
    what a check costs whatever else the machine is doing. None off Linux."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[800, 5000])
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--debounce", type=int, default=0, help="the server's debounce, in ms (default 0)")
    args = parser.parse_args()
    print(f"debounce {args.debounce} ms; {args.edits} edits per draft; times in seconds")
    print("| Draft | Findings | First open | Next open | Edit, median | Edit, slowest | Edit, server CPU |")
    print("|---|---|---|---|---|---|---|")
    for words in args.words:
        row = asyncio.run(measure(words, args.edits, args.debounce))
        print(
            f"| {row['words']:,} words | {row['findings']} | {row['first open']:.3f} | {row['next open']:.3f} "
            f"| {row['edit median']:.3f} | {row['edit slowest']:.3f} | {row['edit cpu'] or 0:.3f} |"
        )


if __name__ == "__main__":
    main()
