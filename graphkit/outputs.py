"""Outputs change as a set: a reader of ``--out`` sees the whole old set or the whole new one.

A build writes every file into a staging folder beside ``--out``
(``.NAME.graphkit-new-XXXX``), marks it complete, then swaps it in with two renames:
``out`` → ``.NAME.graphkit-old-XXXX`` and staging → ``out``; the old folder is then
removed. Entries of the old folder that the build does not write (the user's own files,
a nested ``--out`` such as ``output/seeds``) are carried over: files as hard links, folders
by rename after the new set is complete. Two builds into one folder serialise on a lock
file beside it (``.NAME.graphkit-lock``, via ``filelock``).

Recovery, at the start of the next build under the lock: a complete staging folder whose
swap was cut short (kill -9 between the renames) is finished; an incomplete one is deleted
(the old set is still in place); a left-over old folder is deleted once ``out`` exists.
File paths stay as they are (``out/explorer.html``), so pages can be opened directly.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from graphkit.errors import OutputError
from graphkit.inputs import OUTPUT_MARKER

NEW, OLD, LOCK = "graphkit-new-", "graphkit-old-", "graphkit-lock"
COMPLETE = "complete"
# Tests set this to a checkpoint name to stop a build there (and kill it): see checkpoint().
PAUSE_VARIABLE = "GRAPHKIT_TEST_PAUSE_AT"


def checkpoint(name: str) -> None:
    """A named point of the write phase; a test can make the build wait here to kill it."""
    if os.environ.get(PAUSE_VARIABLE) == name:
        print(f"graphkit: paused at {name}", file=sys.stderr, flush=True)
        time.sleep(600)


def is_output_folder(folder: Path) -> bool:
    """Does ``folder`` hold a set graphkit wrote (it carries the marker file)?"""
    return (folder / OUTPUT_MARKER).is_file()


def marker(folder: Path) -> dict[str, str]:
    try:
        return dict(json.loads((folder / OUTPUT_MARKER).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return {}


def write_marker(folder: Path, build_id: str, state: str) -> None:
    path = folder / OUTPUT_MARKER
    temp = folder / f"{OUTPUT_MARKER}.part"
    temp.write_text(json.dumps({"build": build_id, "state": state}) + "\n", "utf-8")
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)


def siblings(out: Path, kind: str) -> list[Path]:
    """Staging (``NEW``) or retired (``OLD``) folders of ``out``, oldest name first."""
    prefix = f".{out.name}.{kind}"
    return sorted(p for p in out.parent.glob(f"{prefix}*") if p.is_dir())


def carry_files(old: Path, new: Path) -> None:
    """Hard-link (or copy) the old folder's files that the new set does not replace."""
    for entry in sorted(old.iterdir()):
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink() or target.exists() or target.is_symlink():
            continue
        if entry.name == OUTPUT_MARKER or entry.name.endswith(".tmp"):
            continue  # the old marker; a temporary file of a killed older graphkit
        try:
            os.link(entry, target, follow_symlinks=False)
        except OSError:
            shutil.copy2(entry, target, follow_symlinks=False)


def carry_folders(old: Path, new: Path) -> None:
    """Move the old folder's subfolders (a nested --out) into the new set."""
    for entry in sorted(old.iterdir()):
        if entry.is_dir() and not entry.is_symlink() and not (new / entry.name).exists():
            os.rename(entry, new / entry.name)


def swap_in(staging: Path, out: Path) -> None:
    """Replace ``out`` by the complete ``staging`` folder (two renames)."""
    if out.is_dir():
        carry_folders(out, staging)
        retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.{OLD}", dir=out.parent))
        os.rename(out, retired / "set")
        checkpoint("between-renames")
        os.rename(staging, out)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, out)


def recover(out: Path) -> None:
    """Finish or undo what a killed build left beside ``out`` (called under the lock)."""
    for retired in siblings(out, OLD):
        old_set = retired / "set"
        if not out.exists() and old_set.is_dir():
            pending = [s for s in siblings(out, NEW) if marker(s).get("state") == COMPLETE]
            if pending:
                carry_folders(old_set, pending[-1])
                os.rename(pending[-1], out)
            else:
                os.rename(old_set, out)
        shutil.rmtree(retired, ignore_errors=True)
    pending = [s for s in siblings(out, NEW) if marker(s).get("state") == COMPLETE]
    if pending and not out.exists():
        os.rename(pending[-1], out)
    for staging in siblings(out, NEW):
        shutil.rmtree(staging, ignore_errors=True)
    if out.is_dir():
        for stray in out.glob(".*.tmp"):  # per-file temporaries of older graphkit versions
            stray.unlink(missing_ok=True)


def check_out(out: Path, inputs: Iterable[Path]) -> Path:
    """``out`` as an absolute path, refusing one the swap cannot replace."""
    resolved = Path(out).resolve()
    if resolved.parent == resolved:
        raise OutputError(f"--out {out}: the root folder cannot be an output folder")
    if resolved.exists() and not resolved.is_dir():
        raise OutputError(f"--out {out}: exists and is not a folder")
    for path in inputs:
        inside = Path(path).resolve()
        if inside == resolved or resolved in inside.parents:
            raise OutputError(f"--out {out} contains the input {path}; write the output to a "
                              "folder of its own")
    return resolved


@contextmanager
def output_set(out: Path | str, inputs: Iterable[Path] = (),
               timeout: float = -1) -> Iterator[Path]:
    """Yield an empty staging folder; when the block ends normally, it becomes ``out``.

    If the block raises, the staging folder is removed and ``out`` keeps its earlier set.
    ``timeout`` (seconds, -1: wait for ever) bounds the wait for another build's lock.
    """
    from filelock import FileLock, Timeout

    target = check_out(Path(out), inputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(target.parent / f".{target.name}.{LOCK}"), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise OutputError(f"--out {out}: another graphkit build is writing there") from None
    try:
        recover(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.{NEW}", dir=target.parent))
        os.chmod(staging, 0o777 & ~current_umask())
        build_id = uuid.uuid4().hex
        try:
            write_marker(staging, build_id, "writing")
            yield staging
            checkpoint("written")
            if target.is_dir():
                carry_files(target, staging)
            write_marker(staging, build_id, COMPLETE)
            checkpoint("complete")
            swap_in(staging, target)
        except BaseException:
            if marker(staging).get("state") != COMPLETE:
                shutil.rmtree(staging, ignore_errors=True)
            raise
    finally:
        lock.release()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
