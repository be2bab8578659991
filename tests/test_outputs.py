"""Outputs change as a set: staging folder swapped in, lock, recovery after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphkit.errors import OutputError
from graphkit.inputs import OUTPUT_MARKER
from graphkit.outputs import PAUSE_VARIABLE, output_set, recover

REPO = Path(__file__).resolve().parents[1]
NAMES = ["explorer.html", "graph.jsonld", "graph.trig", "graph.ttl", "network.html",
         "timeline.html"]
# Writes the real output set of a one-article graph whose title is argv[2] into argv[1].
WRITER = """
import sys
from pathlib import Path
from graphkit.model import Article, KnowledgeGraph
from graphkit.pipeline import write_output_set
title = sys.argv[2]
article = Article(id="a", path="a.txt", title=title, text=title + "\\n\\nText.")
write_output_set(KnowledgeGraph(articles=[article]), Path(sys.argv[1]))
"""


def write_set(out: Path, title: str) -> None:
    from graphkit.model import Article, KnowledgeGraph
    from graphkit.pipeline import write_output_set

    article = Article(id="a", path="a.txt", title=title, text=f"{title}\n\nText.")
    write_output_set(KnowledgeGraph(articles=[article]), out)


def set_from(out: Path) -> str:
    """Which build ("Titel A" or "Titel B") every output file comes from; fails on a mix."""
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == NAMES
    owners = {next((t for t in ("Titel A", "Titel B") if t in (out / name).read_text("utf-8")),
                   None) for name in NAMES}
    assert len(owners) == 1 and None not in owners, f"mixed output set: {owners}"
    return owners.pop()


def leftovers(out: Path) -> list[str]:
    """Staging/retired folders and temporary files a build left behind."""
    beside = [p.name for p in out.parent.iterdir()
              if p.name.startswith(f".{out.name}.graphkit-") and not p.name.endswith("-lock")]
    inside = [p.name for p in out.glob("*.tmp")] + [p.name for p in out.glob(".*.tmp")]
    return beside + inside


def start_writer(out: Path, title: str, pause: str | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop(PAUSE_VARIABLE, None)
    if pause:
        env[PAUSE_VARIABLE] = pause
    return subprocess.Popen([sys.executable, "-c", WRITER, str(out), title], cwd=REPO, env=env,
                            stderr=subprocess.PIPE, text=True)


def test_output_set_replaces_the_whole_folder(tmp_path: Path):
    out = tmp_path / "out"
    write_set(out, "Titel A")
    write_set(out, "Titel B")
    assert set_from(out) == "Titel B"
    assert (out / OUTPUT_MARKER).is_file() and leftovers(out) == []


def test_output_set_failure_keeps_the_earlier_set(tmp_path: Path):
    out = tmp_path / "out"
    write_set(out, "Titel A")
    with pytest.raises(RuntimeError), output_set(out) as staging:
        (staging / "graph.ttl").write_text("half", "utf-8")
        raise RuntimeError("disk full")
    assert set_from(out) == "Titel A" and leftovers(out) == []


def test_output_set_keeps_the_users_files_and_nested_outputs(tmp_path: Path):
    out = tmp_path / "out"
    write_set(out, "Titel A")
    (out / "notes.md").write_text("mine", "utf-8")
    write_set(out / "seeds", "Titel A")
    write_set(out, "Titel B")
    assert (out / "notes.md").read_text("utf-8") == "mine"
    assert set_from(out / "seeds") == "Titel A"


def test_output_set_refuses_an_output_folder_holding_the_input(tmp_path: Path):
    with pytest.raises(OutputError, match="contains the input"):
        output_set(tmp_path, [tmp_path / "articles"]).__enter__()


def test_recover_removes_stray_temporaries(tmp_path: Path):
    out = tmp_path / "out"
    write_set(out, "Titel A")
    (out / ".graph.ttl.abc.tmp").write_text("x", "utf-8")
    (tmp_path / ".out.graphkit-new-x").mkdir()
    recover(out)
    assert leftovers(out) == [] and set_from(out) == "Titel A"


@pytest.mark.slow
def test_kill_9_inside_the_write_phase_leaves_a_consistent_set(tmp_path: Path):
    points = ["graph-written", "written", "complete", "between-renames"]
    outs = {point: tmp_path / point / "out" for point in points}
    for out in outs.values():
        write_set(out, "Titel A")
    writers = {point: start_writer(outs[point], "Titel B", pause=point) for point in points}
    try:
        for point, writer in writers.items():
            assert writer.stderr is not None
            line = writer.stderr.readline()
            while line and "paused at" not in line:
                line = writer.stderr.readline()
            assert f"paused at {point}" in line, f"{point}: the writer never paused"
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
    finally:
        for writer in writers.values():
            writer.kill()
    for point, out in outs.items():
        if point != "between-renames":  # the one state a reader could see: old set intact
            assert set_from(out) == "Titel A", point
        recover(out)  # what the next build does under the lock
        expected = "Titel B" if point == "between-renames" else "Titel A"
        assert set_from(out) == expected, point
        assert leftovers(out) == [], point


@pytest.mark.slow
def test_two_concurrent_builds_leave_one_consistent_set(tmp_path: Path):
    out = tmp_path / "out"
    first, second = start_writer(out, "Titel A"), start_writer(out, "Titel B")
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0
    assert set_from(out) in ("Titel A", "Titel B")
    assert leftovers(out) == []


@pytest.mark.slow
def test_a_second_build_waits_for_the_lock(tmp_path: Path):
    out = tmp_path / "out"
    write_set(out, "Titel A")
    holder = start_writer(out, "Titel B", pause="written")
    try:
        assert holder.stderr is not None
        while "paused at" not in holder.stderr.readline():
            pass
        started = time.monotonic()
        with pytest.raises(OutputError, match="another graphkit build"):
            output_set(out, timeout=0.5).__enter__()
        assert time.monotonic() - started >= 0.4
        assert set_from(out) == "Titel A"
    finally:
        holder.kill()
        holder.wait(timeout=30)
