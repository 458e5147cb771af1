"""``editlint vocab add WORD...``: adding words to the project's accept list
without disturbing the config's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli, write

from editlint.config import find_config

pytestmark = pytest.mark.usefixtures("in_tmp")


@pytest.fixture(autouse=True)
def _no_config_above(in_tmp):
    if find_config(in_tmp.parent) is not None:
        pytest.skip(f"a config above the test folder ({find_config(in_tmp.parent)}) would be used")


def add(*words: str, config: str | None = None):
    args = ["vocab", "add", *words]
    if config is not None:
        args += ["--config", config]
    return cli(*args)


def read(path: str) -> str:
    return Path(path).read_bytes().decode("utf-8")


def typos(draft: str, select: str = "spelling") -> list[tuple[str, str]]:
    write("draft.md", draft)
    result = cli("check", "--format", "json", "--select", select, "draft.md")
    report = json.loads(result.stdout)
    assert report["errors"] == [], report["errors"]
    return [(d["rule"], d["match"]) for d in report["diagnostics"]]


def config_errors() -> list[dict]:
    write("draft.md", "The text.\n")
    result = cli("check", "--format", "json", "--select", "spelling", "draft.md")
    return json.loads(result.stdout)["errors"]


# --------------------------------------------------------------------------- no config


def test_without_a_config_one_is_created_listing_vocab_accept_txt(in_tmp):
    result = add("Zorblat", "qwibble")
    assert result.exit_code == 0, result.output
    assert read(".editlint.yaml") == "# editlint configuration\nvocab:\n  accept_files: [vocab/accept.txt]\n"
    assert read("vocab/accept.txt") == "Zorblat\nqwibble\n"
    assert result.stdout.splitlines() == [
        ".editlint.yaml: vocab.accept_files now lists vocab/accept.txt",
        "Added 2 word(s) to vocab/accept.txt: Zorblat, qwibble",
    ]
    assert config_errors() == []


def test_a_second_add_appends_to_the_new_file():
    add("Zorblat")
    result = add("qwibble", "Zorblat")
    assert result.exit_code == 0
    assert read("vocab/accept.txt") == "Zorblat\nqwibble\n"
    assert result.stdout.splitlines() == [
        "Added 1 word(s) to vocab/accept.txt: qwibble",
        "Already accepted: Zorblat",
    ]
    assert read(".editlint.yaml").count("accept_files") == 1


# --------------------------------------------------------------------------- a config without vocab:

CONFIG = """\
# House settings for the newsroom
language: en-AU   # Australian spelling

rules:
  style.repeated-word: off  # too noisy
"""


def test_a_config_without_vocab_gains_a_vocab_block_and_keeps_its_text():
    write(".editlint.yaml", CONFIG, dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 0, result.output
    assert read(".editlint.yaml") == CONFIG + "vocab:\n  accept_files: [vocab/accept.txt]\n"
    assert read("vocab/accept.txt") == "Zorblat\n"
    assert ".editlint.yaml: vocab.accept_files now lists vocab/accept.txt" in result.stdout
    assert config_errors() == []


def test_a_config_without_a_final_newline():
    write(".editlint.yaml", "language: en-AU  # no newline at the end", dedent=False)
    assert add("Zorblat").exit_code == 0
    assert (
        read(".editlint.yaml")
        == "language: en-AU  # no newline at the end\nvocab:\n  accept_files: [vocab/accept.txt]\n"
    )
    assert config_errors() == []


# --------------------------------------------------------------------------- vocab: without accept_files

BLOCK = """\
# House settings
vocab:
    # names we use
    accept:
        - Kataib   # a militia
    reject: [utilise]
language: en-AU
"""


def test_a_block_vocab_without_accept_files_gains_the_line_with_the_same_indentation():
    write(".editlint.yaml", BLOCK, dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 0, result.output
    lines = BLOCK.splitlines(keepends=True)
    assert read(".editlint.yaml") == "".join([*lines[:2], "    accept_files: [vocab/accept.txt]\n", *lines[2:]])
    assert read("vocab/accept.txt") == "Zorblat\n"
    assert config_errors() == []


def test_a_vocab_header_with_a_comment():
    write(".editlint.yaml", "vocab:   # house words\n  accept: [Kataib]\n", dedent=False)
    assert add("Zorblat").exit_code == 0
    assert read(".editlint.yaml") == "vocab:   # house words\n  accept_files: [vocab/accept.txt]\n  accept: [Kataib]\n"
    assert config_errors() == []


def test_crlf_line_endings_are_kept():
    text = "language: en-AU\r\nvocab:\r\n  accept: [Kataib]\r\n"
    Path(".editlint.yaml").write_bytes(text.encode())
    assert add("Zorblat").exit_code == 0
    assert Path(".editlint.yaml").read_bytes() == (
        b"language: en-AU\r\nvocab:\r\n  accept_files: [vocab/accept.txt]\r\n  accept: [Kataib]\r\n"
    )


# --------------------------------------------------------------------------- existing accept_files


def test_words_go_to_the_first_accept_file_and_duplicates_are_skipped_and_reported():
    config = "vocab:\n  accept_files:\n    - words/house.txt\n    - words/other.txt\n"
    write(".editlint.yaml", config, dedent=False)
    write("words/house.txt", "# house names\nKataib", dedent=False)  # no final newline
    write("words/other.txt", "Askari\n", dedent=False)
    result = add("Zorblat", "Kataib", "qwibble", "Zorblat")
    assert result.exit_code == 0, result.output
    assert read("words/house.txt") == "# house names\nKataib\nZorblat\nqwibble\n"
    assert read("words/other.txt") == "Askari\n"
    assert read(".editlint.yaml") == config  # untouched
    assert result.stdout.splitlines() == [
        "Added 2 word(s) to words/house.txt: Zorblat, qwibble",
        "Already accepted: Kataib, Zorblat",
    ]


def test_only_duplicates_write_nothing():
    write(".editlint.yaml", "vocab:\n  accept_files: [words.txt]\n", dedent=False)
    write("words.txt", "Kataib\n", dedent=False)
    result = add("Kataib")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["Already accepted: Kataib"]
    assert read("words.txt") == "Kataib\n"


def test_a_single_accept_file_given_as_a_string():
    write(".editlint.yaml", "vocab:\n  accept_files: words.txt\n", dedent=False)
    write("words.txt", "Kataib\n", dedent=False)
    assert add("Zorblat").exit_code == 0
    assert read("words.txt") == "Kataib\nZorblat\n"


def test_a_glob_in_accept_files_adds_to_the_first_matching_file():
    config = "vocab:\n  accept_files: [words/*.txt]\n"
    write(".editlint.yaml", config, dedent=False)
    write("words/b.txt", "Kataib\n", dedent=False)
    write("words/a.txt", "Askari\n", dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 0, result.output
    assert read("words/a.txt") == "Askari\nZorblat\n"
    assert read("words/b.txt") == "Kataib\n"
    assert read(".editlint.yaml") == config
    assert "words/a.txt" in result.stdout


def test_accept_files_are_relative_to_the_config_not_the_working_folder(in_tmp, monkeypatch):
    write(".editlint.yaml", "vocab:\n  accept_files: [words.txt]\n", dedent=False)
    write("words.txt", "Kataib\n", dedent=False)
    (in_tmp / "drafts" / "deep").mkdir(parents=True)
    monkeypatch.chdir(in_tmp / "drafts" / "deep")
    assert add("Zorblat").exit_code == 0
    assert (in_tmp / "words.txt").read_text() == "Kataib\nZorblat\n"
    assert not (in_tmp / "drafts" / "deep" / "words.txt").exists()


def test_the_config_option_picks_the_config():
    write("house/editlint.yaml", "vocab:\n  accept_files: [names.txt]\n", dedent=False)
    write("house/names.txt", "", dedent=False)
    result = add("Zorblat", config="house/editlint.yaml")
    assert result.exit_code == 0, result.output
    assert read("house/names.txt") == "Zorblat\n"
    assert not Path(".editlint.yaml").exists()


# --------------------------------------------------------------------------- configs that are not edited


def test_a_flow_style_vocab_is_not_edited():
    write(".editlint.yaml", "vocab: {accept: [x]}\n", dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(".editlint.yaml: ")
    assert "accept_files: [vocab/accept.txt]" in result.stderr
    assert "flow-style" in result.stderr
    assert read(".editlint.yaml") == "vocab: {accept: [x]}\n"
    assert not Path("vocab").exists()


def test_pyproject_without_accept_files_asks_for_them():
    pyproject = '[project]\nname = "paper"\n\n[tool.editlint]\nlanguage = "en-AU"\n'
    write("pyproject.toml", pyproject, dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith("pyproject.toml: ")
    assert 'accept_files = ["vocab/accept.txt"]' in message
    assert "[tool.editlint.vocab]" in message
    assert read("pyproject.toml") == pyproject
    assert not Path("vocab").exists()
    assert not Path(".editlint.yaml").exists()


def test_pyproject_with_accept_files_is_used():
    pyproject = '[tool.editlint]\nlanguage = "en-AU"\n\n[tool.editlint.vocab]\naccept_files = ["names.txt"]\n'
    write("pyproject.toml", pyproject, dedent=False)
    write("names.txt", "Kataib\n", dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 0, result.output
    assert read("names.txt") == "Kataib\nZorblat\n"
    assert read("pyproject.toml") == pyproject


def test_a_broken_config_is_reported_not_edited():
    write(".editlint.yaml", "vocab: [unclosed\n", dedent=False)
    result = add("Zorblat")
    assert result.exit_code == 2
    assert ".editlint.yaml" in result.stderr
    assert read(".editlint.yaml") == "vocab: [unclosed\n"


# --------------------------------------------------------------------------- the words then pass


def test_an_added_word_stops_being_a_typo():
    write(".editlint.yaml", "language: en-AU\n", dedent=False)
    # No common word is one slip from "zorbulate": it is an unknown word.
    # ("Qwibble", a neighbouring key from "Quibble" with letters no word
    # has in a row, reads as a likely typo of it; "Zorblat" is a name.)
    assert typos("The zorbulate plan and the Zorblat plan. Officials zorbulate.\n") == [
        ("spelling.unknown-word", "zorbulate"),
        ("spelling.unknown-word", "zorbulate"),
    ]
    assert add("zorbulate").exit_code == 0
    assert typos("The zorbulate plan and the Zorblat plan. Officials zorbulate.\n") == []
    assert typos("Zorbulate plans were made.\n") == []


def test_an_added_word_with_capitals_is_matched_exactly():
    assert add("Qwibble").exit_code == 0
    # Wrong capitals are vocab.terms' to report, not a typo.
    assert typos("Qwibble plans were made. The qwibble plan.\n", "spelling,vocab") == [("vocab.terms", "qwibble")]


# --------------------------------------------------------------------------- edge cases


def test_an_empty_vocab_key_is_filled_in_not_duplicated():
    write(".editlint.yaml", "vocab:\nlanguage: en-AU\n", dedent=False)
    assert add("Zorblat").exit_code == 0
    assert config_errors() == []


def test_an_empty_accept_files_list_is_not_duplicated():
    write(".editlint.yaml", "vocab:\n  accept_files: []\n", dedent=False)
    assert add("Zorblat").exit_code == 0
    assert config_errors() == []


def test_a_glob_matching_no_file_yet_gets_a_file_it_matches():
    write(".editlint.yaml", "vocab:\n  accept_files: [words/*.txt]\n", dedent=False)
    assert add("zorbulate").exit_code == 0
    assert typos("Officials zorbulate.\n") == []


def test_a_word_with_a_comment_in_the_file_is_already_accepted():
    write(".editlint.yaml", "vocab:\n  accept_files: [words.txt]\n", dedent=False)
    write("words.txt", "Kataib  # the militia\n", dedent=False)
    result = add("Kataib")
    assert result.stdout.splitlines() == ["Already accepted: Kataib"]
    assert read("words.txt") == "Kataib  # the militia\n"
