"""Time write_outputs (graph.ttl, graph.trig, graph.jsonld): rdflib engine vs fast engine.

Gets a realistic KnowledgeGraph by building the seed articles (../shared/seeds, read by
this benchmark only) copied --copies times (40 copies = 200 articles, about a minute), or
loads one pickled by an earlier run (--cache). Then, for each engine, times building the
graphs and writing each output, checks both engines write the same bytes, and prints the
seconds side by side. --rev also times write_outputs as it was at a git revision.

    python benchmarks/rdf_write.py --copies 40 --cache /tmp/kg200.pkl
    python benchmarks/rdf_write.py --cache /tmp/kg200.pkl --rev d757f77 --clock cpu
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Dataset

import graphkit
from graphkit.model import KnowledgeGraph
from graphkit.rdf import (
    MERGED_GRAPH,
    bind_prefixes,
    jsonld,
    serialize,
    turtle,
    write,
    write_outputs,
)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def build_kg(copies: int) -> KnowledgeGraph:
    if not SEEDS.is_dir():
        sys.exit(f"no seed articles at {SEEDS}; pass --cache with a pickled KnowledgeGraph")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for copy in range(copies):
            for seed in sorted(SEEDS.iterdir()):
                shutil.copy(seed, corpus / f"{copy}_{seed.name}")
        start = time.perf_counter()
        result = graphkit.build([corpus], Path(folder) / "out", render=False)
        print(f"built {copies * 5} articles in {time.perf_counter() - start:.0f}s")
        return result.graph


def load_kg(copies: int, cache: Path | None) -> KnowledgeGraph:
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    kg = build_kg(copies)
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(kg, handle)
    return kg


class Timer:
    """Seconds per step, on the chosen clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.seconds: dict[str, float] = {}

    def __call__(self, step: str, work: Callable[[], Any]) -> Any:
        start = self.clock()
        result = work()
        self.seconds[step] = self.seconds.get(step, 0.0) + self.clock() - start
        return result


def time_rdflib(kg: KnowledgeGraph, timer: Timer) -> dict[str, bytes]:
    merged = timer("build graphs", lambda: write.to_graph(kg))
    dataset = timer("build graphs", lambda: write.to_dataset(kg))
    return {
        "ttl": timer("graph.ttl", lambda: serialize.turtle_bytes(merged)),
        "trig": timer("graph.trig", lambda: serialize.trig_bytes(dataset)),
        "jsonld": timer("graph.jsonld", lambda: serialize.jsonld_bytes(merged)),
    }


def time_fast(kg: KnowledgeGraph, timer: Timer) -> dict[str, bytes]:
    write.clear_caches()  # a build writes once: time it cold
    triples = timer("build graphs", lambda: write.dataset_triples(kg))

    def group() -> dict:
        graphs = {MERGED_GRAPH: turtle.group_triples(triples.merged)}
        graphs.update((name, turtle.group_triples(t)) for name, t in triples.articles.items())
        return graphs

    graphs = timer("build graphs", group)
    merged = graphs[MERGED_GRAPH]
    ttl_names, trig_names = write.new_graph(MERGED_GRAPH), bind_prefixes(Dataset())
    context = serialize.jsonld_context()
    return {
        "ttl": timer("graph.ttl", lambda: turtle.turtle_bytes(merged, ttl_names)),
        "trig": timer("graph.trig", lambda: turtle.trig_bytes(graphs, trig_names)),
        "jsonld": timer("graph.jsonld", lambda: jsonld.jsonld_bytes(merged, context)),
    }


def old_write_outputs(rev: str) -> Callable[..., Any]:
    """write_outputs from graphkit/rdf/{write,serialize}.py at ``rev`` (as separate modules)."""
    def module(name: str, path: str, replace: tuple[str, str] | None = None) -> Any:
        source = subprocess.run(
            ["git", "show", f"{rev}:{path}"], cwd=REPO, check=True, capture_output=True, text=True
        ).stdout
        if replace:
            source = source.replace(*replace)
        loaded = types.ModuleType(name)
        sys.modules[name] = loaded
        exec(compile(source, f"{rev}:{path}", "exec"), loaded.__dict__)
        return loaded

    module("old_rdf_write", "graphkit/rdf/write.py")
    old = module(
        "old_rdf_serialize", "graphkit/rdf/serialize.py",
        ("from graphkit.rdf.write import", "from old_rdf_write import"),
    )
    return old.write_outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="copies of the 5 seed articles")
    parser.add_argument("--cache", type=Path, help="pickle of the KnowledgeGraph (made if absent)")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    parser.add_argument("--rev", help="also time write_outputs at this git revision")
    args = parser.parse_args()
    kg = load_kg(args.copies, args.cache)
    print(f"{len(kg.articles)} articles, {len(kg.entities)} entities, {len(kg.events)} events, "
          f"{sum(len(e.sources) for e in kg.events)} source mentions; {args.clock} seconds")
    clock = CLOCKS[args.clock]
    old, new = Timer(clock), Timer(clock)
    old_bytes, new_bytes = time_rdflib(kg, old), time_fast(kg, new)
    same = {key: old_bytes[key] == new_bytes[key] for key in old_bytes}
    with tempfile.TemporaryDirectory() as folder:
        old("write_outputs", lambda: write_outputs(kg, Path(folder), engine="rdflib"))
        write.clear_caches()
        new("write_outputs", lambda: write_outputs(kg, Path(folder)))
        if args.rev:
            write.clear_caches()
            at_rev = old_write_outputs(args.rev)
            start = clock()
            at_rev(kg, Path(folder))
            print(f"write_outputs at {args.rev}: {clock() - start:.2f}s")
    print(f"{'step':15} {'rdflib':>8} {'fast':>8} {'ratio':>7}")
    for step, before in old.seconds.items():
        after = new.seconds[step]
        print(f"{step:15} {before:8.2f} {after:8.2f} {before / after:6.1f}×")
    sizes = ", ".join(f"{key} {len(data) / 1e6:.1f} MB" for key, data in new_bytes.items())
    print(f"same bytes from both engines: {same} ({sizes})")


if __name__ == "__main__":
    main()
