"""--dask and editlint.dask: a Dask cluster gives the local run's report.

The cluster is real: a scheduler and two workers started with the ``dask
scheduler`` and ``dask worker`` commands on 127.0.0.1 (loopback only, no
dashboard), once for the module, and stopped by their pids when it ends,
passed or failed. The workers' working folder is not the tests', as on a
real cluster. The archive is 240 generated drafts with typos and grammar
slips, two pairs of drafts sharing a headline far enough apart to be in
different partitions, a folder with a config of its own, a Latin-1 draft
(an error line) and a binary file (a note).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import cli

pytest.importorskip("distributed", reason="the dask extra is not installed")

from distributed import Client  # noqa: E402

from editlint import Linter  # noqa: E402
from editlint.dask import DaskRun, lint_bag  # noqa: E402
from editlint.reporters import FORMATS, render  # noqa: E402
from editlint.shards import Shard  # noqa: E402

DRAFTS = 240
#: Drafts whose headline another draft repeats, and the drafts that repeat
#: them: 200 drafts apart, so in different partitions (a partition is a run
#: of neighbouring drafts, at most an eighth of this archive on two workers).
DUPLICATES = {230: 5, 217: 17}

SENTENCES = [
    "The council met on Tuesday to discuss the harbour plan.",
    "Residents said the new bridge would ease traffic in the town centre.",
    "The minister told reporters that funding had been approved.",
    "Police said the road would stay closed until Friday.",
    "The report found that water use had fallen by a tenth.",
    "Officials expect the work to finish before the end of the year.",
]
SLIPS = [
    "The council voted to aprove the budget.",
    "He said the goverment had not been consulted.",
    "The mayor could of said more about the cost.",
    "The ministers was told to wait outside.",
    "It was worth to try another route.",
    "The the plan was delayed again.",
    "Critics recieved the report on Monday.",
]
TOWNS = ["Ashford", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Glenrock", "Hartley"]


def _headline(n: int) -> str:
    n = DUPLICATES.get(n, n)
    return f"# {TOWNS[n % len(TOWNS)]} Council Backs Plan Number {n}"


def _draft(n: int, rng: random.Random) -> str:
    body = [rng.choice(SENTENCES) for _ in range(rng.randint(6, 12))]
    for _ in range(rng.randint(0, 2)):
        body.insert(rng.randrange(len(body) + 1), rng.choice(SLIPS))
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return _headline(n) + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder holding the archive, the working folder of every test here."""
    folder = tmp_path_factory.mktemp("newsroom")
    rng = random.Random(20)
    for n in range(DRAFTS):
        desk = "sport" if n % 10 == 3 else "news"
        path = folder / "archive" / desk / f"story-{n:03}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_draft(n, rng), encoding="utf-8")
    # The sport desk's own config: typos are only warnings there.
    (folder / "archive/sport/.editlint.yaml").write_text("rules:\n  spelling.typo: warning\n", encoding="utf-8")
    (folder / "archive/news/latin1.md").write_bytes("# Caf\xe9 Opens\n\nA caf\xe9 opened.\n".encode("latin-1"))
    (folder / "archive/news/picture.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    before = os.getcwd()
    os.chdir(folder)
    yield folder
    os.chdir(before)


@pytest.fixture(scope="module")
def local(workdir):
    """The local run the cluster's must equal."""
    result = Linter().lint_paths(["archive"], jobs=1)
    duplicates = [d for d in result.diagnostics if d.rule == "headline.duplicate-across-drafts"]
    assert len(duplicates) == 2 * len(DUPLICATES)
    assert {"spelling.typo", "grammar.modal-of", "grammar.worth-to"} <= {d.rule for d in result.diagnostics}
    assert len(result.files) == DRAFTS and len(result.errors) == 1  # the Latin-1 draft is an error
    return result


@pytest.fixture(scope="module")
def local_json(workdir):
    """The command's JSON report of the local run, with its exit code and
    standard error."""
    result = cli("--no-cache", "--format", "json", "archive")
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """The address of a scheduler with two workers, all on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dask-cluster")
    dask = str(Path(sys.executable).with_name("dask"))
    scheduler_file = folder / "scheduler.json"
    log = (folder / "cluster.log").open("wb")
    started: list[subprocess.Popen] = []

    def start(*args: str) -> None:
        started.append(subprocess.Popen([dask, *args], cwd=folder, stdout=log, stderr=subprocess.STDOUT))

    try:
        start(
            "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)
        )
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            assert time.monotonic() < deadline and started[0].poll() is None, "the scheduler did not start"
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written whole, but give it a moment
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for n in range(2):
            start("worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard",
                  "--local-directory", str(folder / f"worker-{n}"))  # fmt: skip
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        # The workers first, and gone before the scheduler stops: a worker
        # told to stop once its scheduler is gone hangs until its nanny
        # kills it, 8 s later.
        for group in (started[1:], started[:1]):
            for process in group:
                process.terminate()
            for process in group:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        log.close()


def assert_same_report(result, expected) -> None:
    for output_format in FORMATS:
        assert render(result, output_format) == render(expected, output_format), output_format
    assert result.exit_code == expected.exit_code == 2
    assert [str(e) for e in result.errors] == [str(e) for e in expected.errors]
    assert result.notes == expected.notes


# --------------------------------------------------------------------------- a scheduler and two workers


def test_a_cluster_gives_the_local_report_in_every_format(scheduler, local):
    result = Linter().lint_paths(["archive"], dask=scheduler)
    assert_same_report(result, local)


def test_the_command_with_a_scheduler_address_prints_the_local_json(scheduler, local_json):
    found = cli("--no-cache", "--format", "json", "--dask", scheduler, "archive")
    assert (found.exit_code, found.stdout, found.stderr) == local_json
    assert json.loads(found.stdout)["summary"]["files"] == DRAFTS


def test_drafts_shipped_to_workers_that_do_not_share_the_folder(scheduler, local):
    # The workers could read the archive: ship=True makes the client send
    # the bytes and the configuration files, as for a remote cluster. The
    # sport desk's config must come with them (its typos are warnings).
    result = Linter().lint_paths(["archive"], dask=DaskRun(scheduler, ship=True))
    assert_same_report(result, local)
    sport = [d for d in result.diagnostics if "/sport/" in d.path and d.rule == "spelling.typo"]
    assert sport and all(d.severity == "warning" for d in sport)


def test_the_cache_is_kept_by_workers_that_share_it(scheduler, local, tmp_path):
    cache = tmp_path / "cache"
    first = Linter(cache_dir=cache).lint_paths(["archive"], dask=scheduler)
    assert_same_report(first, local)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == DRAFTS  # written by the workers: one per draft checked
    second = Linter(cache_dir=cache).lint_paths(["archive"], dask=scheduler)
    assert_same_report(second, local)
    assert sorted(cache.rglob("*.json")) == sorted(entries)


def test_the_cache_is_off_with_a_note_when_drafts_are_shipped(scheduler, local, tmp_path):
    result = Linter(cache_dir=tmp_path / "cache").lint_paths(["archive"], dask=DaskRun(scheduler, ship=True))
    assert result.notes == [
        *local.notes,
        "the cache is off: the drafts are shipped to the Dask workers, which do not see them",
    ]
    assert not (tmp_path / "cache").exists()


def test_a_shard_on_the_cluster_is_the_local_shard(scheduler, workdir):
    expected = cli("--no-cache", "--format", "json", "--shard", "2/3", "archive")
    found = cli("--no-cache", "--format", "json", "--shard", "2/3", "--dask", scheduler, "archive")
    assert (found.exit_code, found.stdout) == (expected.exit_code, expected.stdout)


def test_a_rule_that_stops_on_a_draft_on_a_worker_is_an_error_line_for_that_draft(scheduler, workdir):
    # A runaway regex: the rule stops on the one draft with a long run of
    # a's, on whichever worker checks it, and the run goes on.
    desk = workdir / "hostile"
    (desk / "rules").mkdir(parents=True, exist_ok=True)
    (desk / ".editlint.yaml").write_text("extends: []\nrulesets: [./rules]\nregex_timeout: 0.2\n", encoding="utf-8")
    (desk / "rules/house.yaml").write_text(
        "rules:\n  - {id: house.slow, kind: existence, message: 'Slow', raw: ['(a+)+$']}\n"
        "  - {id: house.banned, kind: existence, message: 'Banned: {match}', tokens: [banned]}\n",
        encoding="utf-8",
    )
    for n in range(6):
        runaway = "a" * 5000 + "!\n" if n == 3 else ""
        (desk / f"d{n}.md").write_text(f"# Title {n}\n\nThis word is banned.\n\n{runaway}", encoding="utf-8")
    expected = cli("--no-cache", "--format", "json", "hostile")
    found = cli("--no-cache", "--format", "json", "--dask", scheduler, "hostile")
    assert (found.exit_code, found.stdout, found.stderr) == (expected.exit_code, expected.stdout, expected.stderr)
    assert found.exit_code == 2
    assert found.stderr == (
        "hostile/d3.md: rule house.slow (hostile/rules/house.yaml:2) stopped: "
        "its regex took longer than 0.2 s on this draft\n"
    )
    assert [d["path"] for d in json.loads(found.stdout)["diagnostics"]] == [f"hostile/d{n}.md" for n in range(6)]


def test_a_worker_killed_mid_run_costs_nothing_but_time(scheduler, local):
    import signal
    import threading

    # Small partitions, so that the run is still going when a worker dies.
    run = DaskRun(scheduler, words_per_partition=400)
    done: dict = {}
    thread = threading.Thread(target=lambda: done.update(result=Linter().lint_paths(["archive"], dask=run)))
    with Client(scheduler) as client:
        pids = client.run(os.getpid)
        thread.start()
        deadline = time.monotonic() + 60
        busy = []
        while not busy:  # a worker with a partition in hand
            assert time.monotonic() < deadline and thread.is_alive()
            busy = [worker for worker, keys in client.processing().items() if keys]
            time.sleep(0.01)
        os.kill(pids[busy[0]], signal.SIGKILL)  # its nanny starts another
        thread.join(timeout=120)
        assert_same_report(done["result"], local)
        client.wait_for_workers(2, timeout=60)
        assert pids[busy[0]] not in client.run(os.getpid).values()


def test_ctrl_c_cancels_the_runs_tasks_on_the_cluster(scheduler, workdir):
    def interrupt(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    def tasks(dask_scheduler) -> int:
        return len(dask_scheduler.tasks)

    # A client the run does not close: the run must leave no task behind on it.
    with Client(scheduler) as client:
        with pytest.raises(KeyboardInterrupt):
            Linter().lint_paths(["archive"], dask=DaskRun(client, words_per_partition=400), progress=interrupt)
        deadline = time.monotonic() + 30
        while client.run_on_scheduler(tasks):
            assert time.monotonic() < deadline, "tasks left on the scheduler"
            time.sleep(0.05)


def test_lint_bag_gives_the_diagnostics_of_the_local_json(scheduler, workdir, local_json):
    import dask.bag

    files = sorted(str(p.relative_to(workdir)) for p in (workdir / "archive").rglob("story-*.md"))
    pairs = [(name, Path(name).read_text(encoding="utf-8")) for name in files]
    # The drafts in the local run's order, which its diagnostics follow.
    expected = [d for d in json.loads(local_json[1])["diagnostics"] if d["path"] in set(files)]
    with Client(scheduler):
        found = lint_bag(dask.bag.from_sequence(pairs, npartitions=6)).compute()
    assert found == expected
    duplicates = [d["path"] for d in found if d["rule"] == "headline.duplicate-across-drafts"]
    assert len(duplicates) == 4  # across partitions: the reduce step saw them all


def test_lint_bag_gives_errors_as_the_reports_error_objects(scheduler, workdir):
    import dask.bag

    linter = Linter(config={"fail_on": "warnin"})
    pairs = [("a.md", "# Plan\n\nThe the plan.\n"), ("b.md", "# Plan\n\nIt rained.\n")]
    with Client(scheduler):
        found = lint_bag(dask.bag.from_sequence(pairs, npartitions=2), linter).compute()
    # Said by the first draft each worker checks: once or twice.
    assert {json.dumps(d) for d in found} == {json.dumps({
        "path": "<config>", "line": None,
        "message": 'fail_on must be one of error, warning, suggestion, none, not \'warnin\' (did you mean "warning"?)',
    })}  # fmt: skip


# --------------------------------------------------------------------------- a local cluster


def test_dask_local_gives_the_local_json(local_json):
    found = cli("--no-cache", "--format", "json", "--dask", "local", "--jobs", "2", "archive")
    assert (found.exit_code, found.stdout, found.stderr) == local_json


# --------------------------------------------------------------------------- without a cluster


def test_shards_split_the_drafts_once_each_and_find_what_the_whole_run_finds(local):
    def findings(result) -> list:
        return [
            (d.path, d.line, d.column, d.rule, d.message)
            for d in result.diagnostics
            if d.rule != "headline.duplicate-across-drafts"  # sees only its shard's drafts
        ]

    linter = Linter()  # one for the three runs: the rules are built once
    shards = [linter.lint_paths(["archive"], jobs=1, shard=f"{i}/3") for i in (1, 2, 3)]
    files = [{f.path for f in shard.files} for shard in shards]
    assert set().union(*files) == {f.path for f in local.files} and sum(map(len, files)) == len(local.files)
    assert all(60 < len(f) < 100 for f in files)  # even in number, by a digest of the name
    assert sorted(sum((findings(shard) for shard in shards), [])) == sorted(findings(local))
    # And the same every time: a draft's shard is decided by its name.
    assert {f.path for f in local.files if Shard(1, 3).holds(f.path)} == files[0]


@pytest.mark.parametrize("shard", ["0/2", "3/2", "2", "a/b", "1/0"])
def test_a_shard_that_is_not_i_of_n_is_a_usage_error(workdir, shard):
    result = cli("--shard", shard, "archive/news/story-000.md")
    assert result.exit_code == 2
    assert result.stderr == f"--shard must be I/N with 1 <= I <= N (such as 1/4), not {shard!r}\n"


def test_without_the_extra_dask_exits_2_with_one_line_naming_it(workdir, monkeypatch):
    for name in [n for n in sys.modules if n == "editlint.dask" or n.startswith(("editlint.dask.", "distributed"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = cli("--dask", "local", "archive/news/story-000.md")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "--dask needs the dask extra: pip install 'editlint[dask]'\n"


def test_a_run_without_dask_never_imports_it(workdir):
    script = (
        "import sys\nfrom editlint.cli import main\n"
        "code = main(['--no-cache', 'archive/news/story-000.md'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_a_scheduler_that_does_not_answer_is_one_line_exit_2(workdir, monkeypatch):
    from editlint.dask import run

    monkeypatch.setattr(run, "CONNECT_SECONDS", 1)
    result = cli("--dask", "tcp://127.0.0.1:9", "archive/news/story-000.md")
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("--dask: cannot use the Dask cluster at tcp://127.0.0.1:9: ")


def test_partitions_are_sized_by_words_not_by_drafts():
    from editlint.dask.partitions import partitions

    words = [50, 50, 900, 10, 10, 30, 60]
    # At most 100 words a partition: the long draft is one on its own.
    assert partitions(list("abcdefg"), words, workers=1, most=100) == [["a", "b"], ["c"], ["d", "e", "f", "g"]]
    # A small run still gives each worker several partitions (four each).
    assert len(partitions(list(range(80)), [10] * 80, workers=2, most=10_000)) == 8
