"""Atomic writes: an interrupted write keeps the earlier output and leaves no debris."""

from __future__ import annotations

import os
import stat

import pytest

from graphkit import fileio


def test_write_atomically_replaces_and_is_readable_by_others(tmp_path):
    target = tmp_path / "graph.ttl"
    fileio.write_atomically(target, "alt")
    fileio.write_atomically(target, "neu")
    assert target.read_text("utf-8") == "neu"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 & ~fileio.current_umask()


def test_failed_write_keeps_the_earlier_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("earlier output", "utf-8")

    def fail(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        fileio.write_atomically(target, "half")
    assert target.read_text("utf-8") == "earlier output"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
