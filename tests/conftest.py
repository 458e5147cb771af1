"""Shared fixtures."""

from __future__ import annotations

import os

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
    folders = {
        # The result cache, and the setup cache (parsed rule files, patterns
        # known to compile: editlint.setupcache), which would be the user's.
        "EDITLINT_CACHE_DIR": tmp_path_factory.mktemp("editlint-cache"),
        "EDITLINT_SETUP_CACHE": tmp_path_factory.mktemp("editlint-setup-cache"),
    }
    old = {name: os.environ.get(name) for name in folders}
    os.environ.update({name: str(folder) for name, folder in folders.items()})
    yield
    for name, value in old.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


# --------------------------------------------------------------------------- hypothesis profiles
# The property tests (test_properties.py) run under a profile named by
# $HYPOTHESIS_PROFILE: "ci" (the default) is derandomised, so every run tries
# the same drafts and a failure in CI reproduces anywhere, and small enough
# for the whole file to take about a minute on two cores; "long" tries
# thousands of drafts, at random, for a local run before a release. Neither
# keeps a .hypothesis/ example database in the checkout: "ci" keeps none, and
# "long" keeps its failing examples in the system's temporary folder.
try:
    from hypothesis import HealthCheck, settings
except ImportError:  # an environment without the test extra: only test_properties.py needs it
    pass
else:
    import tempfile as _tempfile
    from pathlib import Path as _Path

    from hypothesis.database import DirectoryBasedExampleDatabase

    settings.register_profile(
        "ci",
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=40,
        print_blob=True,
        # Drafts are built from many pieces, some of them thousands of
        # characters long: generating them is slower than hypothesis expects.
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.register_profile(
        "long",
        database=DirectoryBasedExampleDatabase(_Path(_tempfile.gettempdir()) / "editlint-hypothesis"),
        deadline=None,
        max_examples=3000,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser):
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="rewrite tests/snapshots/ from what editlint reports now (see tests/test_snapshots.py)",
    )
