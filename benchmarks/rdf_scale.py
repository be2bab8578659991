"""Write a graph of about --triples triples (Turtle + TriG + JSON-LD) and time it.

The graph: the bundled examples built once, their events copied under new ids until the
merged graph has the wanted size (distinct IRIs, so nothing collapses). Also times
Oxigraph loading the TriG (what a store does) as a baseline.

    python benchmarks/rdf_scale.py --triples 1000000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import graphkit
from graphkit.model import KnowledgeGraph
from graphkit.rdf import serialize
from graphkit.rdf.write import dataset_triples

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def scaled(graph: KnowledgeGraph, copies: int) -> KnowledgeGraph:
    events = [replace(e, id=f"{e.id}-{n}") for n in range(copies) for e in graph.events]
    return replace(graph, events=events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = graphkit.build([EXAMPLES], Path(tmp) / "b", render=False).graph
        per_copy = len(dataset_triples(replace(base, articles=[], entities=[])).merged)
        copies = max(1, args.triples // max(1, per_copy))
        graph = scaled(base, copies)
        merged = len(dataset_triples(graph).merged)
        print(f"merged graph: {merged:,} triples ({len(graph.events):,} events)")
        for kind in ("ttl", "trig", "jsonld"):
            start = time.process_time()
            data = serialize.fast_payloads(graph, kinds=(kind,))[kind]
            print(f"  {kind:6} {time.process_time() - start:7.1f} CPU s  {len(data) / 1e6:8.1f} MB")
        import pyoxigraph

        trig = serialize.fast_payloads(graph, kinds=("trig",))["trig"]
        start = time.process_time()
        pyoxigraph.Store(str(Path(tmp) / "ox")).bulk_load(trig, format=pyoxigraph.RdfFormat.TRIG)
        print(f"  Oxigraph bulk load of the TriG: {time.process_time() - start:.1f} CPU s")


if __name__ == "__main__":
    main()
