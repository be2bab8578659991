"""Which files a build reads: folders walked in sorted order, only regular files opened.

Everything that cannot be an article is reported on one line instead of being read or
skipped silently: FIFOs, devices and sockets (opening ``/dev/zero`` or a FIFO would exhaust
memory or hang), folders that cannot be listed, dangling and looping symlinks. Folders that
hold graphkit's own output (marked by ``OUTPUT_MARKER``) are never read as input, so
``graphkit build . --out output`` run twice does not ingest its own pages.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.model import Article, SkippedFile

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
OUTPUT_MARKER = ".graphkit-output"  # written into every --out folder by graphkit.outputs
MAX_FILE_BYTES = 50_000_000         # larger files are refused, never read into memory

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISDIR, "a folder"))


def printable(text: object) -> str:
    """``text`` safe for a one-line message and for UTF-8 output: undecodable bytes of a file
    name become U+FFFD, control characters (a newline in a name) become escapes."""
    raw = str(text).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in raw)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ("a FIFO")."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def skipped(path: Path | str, reason: str) -> SkippedFile:
    name = printable(path)
    return SkippedFile(name, f"{name}: {reason}")


def link_problem(path: Path) -> str | None:
    """Why a symlink cannot be followed (dangling, looping), or None if it can."""
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop"
        if error.errno == errno.ENOENT:
            return f"dangling symlink (to {printable(os.readlink(path))})"
        return f"cannot follow symlink ({error.strerror})"
    return None


@dataclass
class Walk:
    """The state of one walk over the inputs: files found, problems, folders seen."""

    exclude: set[Path]
    files: list[tuple[Path, str, str]] = field(default_factory=list)
    problems: list[SkippedFile] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)

    def is_output(self, folder: Path) -> bool:
        return (folder / OUTPUT_MARKER).exists() or folder.resolve() in self.exclude

    def add_folder(self, folder: Path, root: Path, root_name: str) -> None:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in self.seen:
                self.problems.append(skipped(folder, "symlink loop (folder already read)"))
                return
            self.seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            self.problems.append(skipped(folder, f"cannot read folder ({error.strerror})"))
            return
        for entry in entries:
            self.add_entry(Path(entry.path), root, root_name)

    def add_entry(self, path: Path, root: Path, root_name: str) -> None:
        if path.is_symlink():
            problem = link_problem(path)
            if problem:
                self.problems.append(skipped(path, problem))
                return
        try:
            mode = path.stat().st_mode
        except OSError as error:
            self.problems.append(skipped(path, f"cannot read ({error.strerror})"))
            return
        if stat.S_ISDIR(mode):
            if not self.is_output(path):
                self.add_folder(path, root, root_name)
        elif not stat.S_ISREG(mode):
            self.problems.append(skipped(path, f"{kind_of(mode)}, not a regular file; skipped"))
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            self.files.append((path, path.relative_to(root).as_posix(), root_name))

    def add_argument(self, path: Path) -> None:
        """A path named on the command line: a folder is walked, anything else is read
        (and reported if it cannot be)."""
        if path.is_symlink() and link_problem(path):
            self.problems.append(skipped(path, link_problem(path) or ""))
        elif path.is_dir():
            if self.is_output(path):
                self.problems.append(skipped(path, "graphkit's own output folder, not read"))
            else:
                self.add_folder(path, path, path.resolve().name)
        else:
            self.files.append((path, path.name, path.resolve().parent.name))


def find_input_files(
    paths: Iterable[Path], exclude: Iterable[Path] = ()
) -> tuple[list[tuple[Path, str]], list[SkippedFile]]:
    """Expand folders (sorted, recursively) into (file, name relative to the input) pairs,
    plus what was found but cannot be read. ``exclude`` lists folders never to read (the
    build's --out).

    The relative name is what the graph records, so that a build does not depend on where
    the input folder lies. Two inputs holding the same relative name ("d1/a.txt",
    "d2/a.txt") keep their input folder's name in front.
    """
    walk = Walk({Path(p).resolve() for p in exclude})
    for path in paths:
        walk.add_argument(Path(path))
    counts = Counter(name for _, name, _ in walk.files)
    files = [(p, printable(f"{root}/{name}" if counts[name] > 1 else name))
             for p, name, root in walk.files]
    return files, walk.problems


def skipped_article(article: Article, stage: str, error: BaseException) -> SkippedFile:
    """The one-line report of an article that failed in ``stage``."""
    from graphkit.errors import ArticleAnalysisError

    detail = printable(str(error).strip().splitlines()[0][:200]) if str(error).strip() else ""
    reason = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    where = f"{article.path} ({article.id})" if article.id not in article.path else article.path
    message = str(ArticleAnalysisError(f"{where}: {stage} failed ({reason}); article skipped"))
    return SkippedFile(article.path, message)


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file under ``limit`` bytes.

    Opened without blocking and checked on the open descriptor, so a FIFO (or a file
    swapped for one) is never read.
    """
    from graphkit.errors import InputError

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{printable(path)}: {kind_of(info.st_mode)}, not a regular file; "
                             "skipped")
        if info.st_size > limit:
            raise InputError(f"{printable(path)}: file too large ({info.st_size:,} bytes; "
                             f"the limit is {limit:,})")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{printable(path)}: file too large (over {limit:,} bytes)")
    return data
