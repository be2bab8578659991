"""Oxigraph vs rdflib's memory store on the saved queries, over a synthetic graph.

Builds a KnowledgeGraph of N events among a pool of actors (no NLP involved), writes it,
then for each backend times loading graph.ttl and running every saved query, and checks
that both backends give identical rows. Also times writing and SHACL validation.

    python benchmarks/query.py --events 2000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from graphkit.model import (
    DAY,
    EVENT_TYPES,
    PER,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Participant,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.rdf import to_graph, validate, write_outputs
from graphkit.rdf.query import list_saved_queries, load_saved_query, run_query
from graphkit.rdf.store import open_graph

PARAMS = {
    "meetings": {"a": "Actor 1", "b": "Actor 2"},
    "timeline": {"actor": "Actor 1"},
    "events_between": {"from": "2024-03-01", "to": "2024-03-31"},
}


def synthetic_kg(n_events: int, n_actors: int = 60, n_articles: int = 200) -> KnowledgeGraph:
    rng = random.Random(7)
    sentence = "Actor trifft Actor in einer Stadt."
    text = " ".join([sentence] * 5)
    articles = [
        Article(f"art{i}", f"art{i}.txt", f"Headline {i}", text,
                published=PublicationDate(date(2024, 1, 1), "metadata"))
        for i in range(n_articles)
    ]
    entities = [Entity(f"actor-{i}", f"Actor {i}", PER, [f"A{i}"]) for i in range(n_actors)]
    events = []
    for i in range(n_events):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
        actors = rng.sample(range(n_actors), 2)
        sources = [
            SourceSentence(f"art{rng.randrange(n_articles)}", 0, 0, len(sentence), sentence, 6, 12)
            for _ in range(rng.randint(1, 3))
        ]
        events.append(Event(
            f"event-{i}", EVENT_TYPES[i % len(EVENT_TYPES)], f"Event {i}",
            [Participant(f"actor-{a}", "participant") for a in actors],
            time=TimeValue(day.isoformat(), DAY, day, day), sources=sources,
        ))
    return KnowledgeGraph(articles=articles, entities=entities, events=events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    kg = synthetic_kg(args.events)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        files = write_outputs(kg, Path(folder))
        print(f"write_outputs: {time.perf_counter() - start:.2f}s, "
              f"graph.ttl {files['ttl'].stat().st_size / 1e6:.1f} MB")
        start = time.perf_counter()
        conforms, _ = validate(to_graph(kg))
        print(f"to_graph + validate: {time.perf_counter() - start:.2f}s (conforms={conforms})")
        answers = {}
        for backend in ("oxigraph", "memory"):
            start = time.perf_counter()
            graph = open_graph(files["ttl"], backend=backend)
            print(f"[{backend}] load graph.ttl: {time.perf_counter() - start:.2f}s")
            for name in list_saved_queries():
                start = time.perf_counter()
                result = run_query(graph, load_saved_query(name), PARAMS.get(name))
                answers[backend, name] = result
                print(f"[{backend}] {name:15} {time.perf_counter() - start:7.3f}s "
                      f"{len(result.rows)} rows")
        same = all(answers["oxigraph", n] == answers["memory", n] for n in list_saved_queries())
        print(f"identical answers on every saved query: {same}")


if __name__ == "__main__":
    main()
