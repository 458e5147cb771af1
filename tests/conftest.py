"""Shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run the test in a fresh folder (the working folder is where editlint
    looks for a config)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
