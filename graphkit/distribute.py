"""Where the per-article work runs: in this process, or on a Dask cluster.

``analyse_all`` yields one ``ArticleResult`` per article, in input order, whichever way it
runs; the articles go out in fixed batches (the same batches either way, so spaCy sees the
same batches and the graph is byte-identical). Only a bounded number of batches is in
flight, so neither this process nor the scheduler holds every article at once. Workers
return per-article results, never a graph.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from graphkit.analysis import ArticleResult, analyse_batch
from graphkit.errors import GraphkitError
from graphkit.model import Article

# progress(stage, done, total): called as work finishes (the CLI draws it; the API is quiet)
Progress = Callable[[str, int, int], None]
BATCH_SIZE = 16
BATCHES_IN_FLIGHT_PER_WORKER = 2


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

    def report(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    @property
    def distributed(self) -> bool:
        return bool(self.workers) or bool(self.scheduler)


def batches(articles: Sequence[Article], size: int = BATCH_SIZE) -> list[list[Article]]:
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def analyse_all(articles: Sequence[Article], options: RunOptions) -> Iterator[ArticleResult]:
    """Per-article results in input order, locally or on Dask (see ``RunOptions``)."""
    parts = batches(articles, options.batch_size)
    total, done = len(articles), 0
    options.report("analyse", 0, total)
    runner = _dask_results if options.distributed else _local_results
    for results in runner(parts, options):
        done += len(results)
        options.report("analyse", done, total)
        yield from results


def _local_results(parts: list[list[Article]], options: RunOptions) -> Iterator[
        list[ArticleResult]]:
    for part in parts:
        yield analyse_batch(part, options.spacy_model)


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


def _dask_results(parts: list[list[Article]], options: RunOptions) -> Iterator[
        list[ArticleResult]]:
    with dask_client(options) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
        window = workers * BATCHES_IN_FLIGHT_PER_WORKER
        pending: list[Any] = []
        queue = iter(parts)
        for part in queue:
            pending.append(client.submit(analyse_batch, part, options.spacy_model, pure=False))
            if len(pending) >= window:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
