"""Shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run the test in a fresh folder (the working folder is where editlint
    looks for a config)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_checkout(tmp_path_factory):
    """Runs in the checkout keep their results in a temporary folder, not in
    .editlint_cache beside the tests (tests of the cache name their own)."""
    import os

    folder = tmp_path_factory.mktemp("editlint-cache")
    old = os.environ.get("EDITLINT_CACHE_DIR")
    os.environ["EDITLINT_CACHE_DIR"] = str(folder)
    yield
    if old is None:
        os.environ.pop("EDITLINT_CACHE_DIR", None)
    else:
        os.environ["EDITLINT_CACHE_DIR"] = old
