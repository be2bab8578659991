"""Where the per-article work runs: in this process, or on a Dask cluster.

``ingest`` and ``analyse_input`` (a build) and ``analyse_all`` (articles read already: an
add) yield one ``ArticleResult`` per article, in input order, whichever way they run. A
build's main process only lists the files: the workers read and clean them, first to
report their article ids (so ids and ``--date`` dates are settled across the whole input
before anything is analysed), then again to analyse them, so article text never passes
through the main process (a remote cluster gets the files' bytes). The articles go out in
fixed batches (the same batches either way, so spaCy sees the same batches and the graph is
byte-identical). Only a bounded number of batches is in flight, so neither this process nor
the scheduler holds every article at once. Workers return per-article results, never a
graph.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import Any

from graphkit.analysis import ArticleResult, FilePart, analyse_batch, analyse_files
from graphkit.errors import GraphkitError
from graphkit.ingest import (
    DateOption,
    InputFile,
    PlannedArticle,
    input_file,
    plan_articles,
    scan_files,
)
from graphkit.inputs import find_input_files
from graphkit.model import Article, SkippedFile

# progress(stage, done, total): called as work finishes (the CLI draws it; the API is quiet)
Progress = Callable[[str, int, int], None]
BATCH_SIZE = 16
BATCHES_IN_FLIGHT_PER_WORKER = 2
SCAN_BATCH = 64                      # files per ingest-scan task (cheap; fewer round trips)
# run(function, parts, *args): function(part, *args) for each part, results in order
Mapper = Callable[..., Iterator[Any]]


class ClusterError(GraphkitError):
    """The Dask cluster cannot be started or reached."""


@dataclass
class RunOptions:
    """How a build or an add runs (shared by ``build``, ``add`` and ``remove``)."""

    spacy_model: str | None = None
    workers: int = 0                    # > 0: start a local Dask cluster with that many
    scheduler: str | None = None        # "tcp://HOST:PORT": use that Dask cluster
    progress: Progress | None = None
    batch_size: int = BATCH_SIZE        # articles per task (one spaCy batch)
    timings: dict[str, float] = field(default_factory=dict)   # stage → seconds (filled in)
    # stage → CPU seconds of this process (on a shared machine the wall time says little)
    cpu_timings: dict[str, float] = field(default_factory=dict)

    def report(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start
            self.cpu_timings[stage] = (self.cpu_timings.get(stage, 0.0)
                                       + time.process_time() - cpu)

    @property
    def distributed(self) -> bool:
        return bool(self.workers) or bool(self.scheduler)


def batches(articles: Sequence[Article], size: int = BATCH_SIZE) -> list[list[Article]]:
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def analyse_all(articles: Sequence[Article], options: RunOptions) -> Iterator[ArticleResult]:
    """Per-article results in input order, locally or on Dask (see ``RunOptions``)."""
    parts = batches(articles, options.batch_size)
    with executor(options) as run:
        yield from counted(run(analyse_batch, parts, options.spacy_model), len(articles),
                           options)


def counted(results: Iterable[list[ArticleResult]], total: int, options: RunOptions
            ) -> Iterator[ArticleResult]:
    done = 0
    options.report("analyse", 0, total)
    for part in results:
        done += len(part)
        options.report("analyse", done, total)
        yield from part


@dataclass
class Input:
    """The listed input files, each with its planned articles, and what was skipped."""

    files: list[InputFile]
    planned: list[list[PlannedArticle]]
    skipped: list[SkippedFile]

    @property
    def count(self) -> int:
        return sum(len(p) for p in self.planned)


def ingest(paths: Iterable[Path], dates: Mapping[str, DateOption], run: Mapper,
           options: RunOptions, exclude: Iterable[Path] = ()) -> Input:
    """List the files here; the workers read them and report their article ids."""
    listed, skipped = find_input_files(paths, exclude)
    files = [InputFile(path, name) for path, name in listed]
    parts = (shipped(files[i:i + SCAN_BATCH], options) for i in range(0, len(files),
                                                                        SCAN_BATCH))
    scans = [scan for part in run(scan_files, parts) for scan in part]
    for scan in scans:
        skipped.extend(scan.skipped)
    return Input(files, plan_articles(listed, scans, dates), skipped)


def shipped(files: Sequence[InputFile], options: RunOptions) -> list[InputFile]:
    """Files as a task carries them: with their bytes for a cluster elsewhere (its workers
    may not see this machine's files), read only when the task is sent."""
    if not options.scheduler:
        return list(files)
    return [input_file(f.path, f.name, with_bytes=True) for f in files]


def analyse_input(found: Input, run: Mapper, options: RunOptions) -> Iterator[ArticleResult]:
    """Per-article results of the planned articles, in input order: the same article
    batches as ``analyse_all`` of the read articles would make."""
    flat = [(n, p) for n, planned in enumerate(found.planned) for p in planned]
    size = options.batch_size
    parts = (file_parts(flat[start:start + size], found, options)
             for start in range(0, len(flat), size))
    yield from counted(run(analyse_files, parts, options.spacy_model), found.count, options)


def file_parts(batch: list[tuple[int, PlannedArticle]], found: Input, options: RunOptions
               ) -> list[FilePart]:
    """One batch of articles as (file, its articles in the batch) pairs."""
    groups = [(n, [p for _, p in group]) for n, group in groupby(batch, key=lambda x: x[0])]
    files = shipped([found.files[n] for n, _ in groups], options)
    return [(item, planned) for item, (_, planned) in zip(files, groups, strict=True)]


@contextmanager
def executor(options: RunOptions) -> Iterator[Mapper]:
    """A mapper that runs tasks here, or on the Dask cluster of ``options`` (started once
    and kept for all the mapper's calls)."""
    if not options.distributed:
        yield _local_map
        return
    with dask_client(options) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
        yield partial(_dask_map, client, workers * BATCHES_IN_FLIGHT_PER_WORKER)


def _local_map(function: Callable[..., Any], parts: Iterable[Any], *args: Any
               ) -> Iterator[Any]:
    for part in parts:
        yield function(part, *args)


@contextmanager
def dask_client(options: RunOptions) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # declared dependency, but say what is missing
        raise ClusterError("--workers/--scheduler need dask.distributed "
                           "(pip install 'dask[distributed]')") from error
    try:
        if options.scheduler:
            with Client(options.scheduler, timeout="20s") as client:
                yield client
            return
        # Processes, one thread each: spaCy and the NER hold the GIL.
        # A local cluster listens on loopback only.
        with LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, host="127.0.0.1") as cluster, \
                Client(cluster) as client:
            yield client
    except (OSError, TimeoutError) as error:
        where = options.scheduler or f"a local cluster of {options.workers} workers"
        raise ClusterError(f"cannot use {where}: {error}") from error


def _dask_map(client: Any, window: int, function: Callable[..., Any], parts: Iterable[Any],
              *args: Any) -> Iterator[Any]:
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(client.submit(function, part, *args, pure=False))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
