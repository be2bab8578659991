"""Deterministic Turtle / TriG / JSON-LD, written atomically.

Two engines write the same bytes:

- ``"fast"`` (default): the triples are built once (``write.dataset_triples``), grouped by
  subject once, and written as text directly (``graphkit.rdf.turtle``, ``graphkit.rdf.jsonld``);
- ``"rdflib"``: rdflib graphs and rdflib's serializers. rdflib's Turtle serializer sorts
  subjects, predicates and objects, so it is already deterministic. Its TriG serializer
  emits named graphs in set order and its JSON-LD serializer emits nodes in set order (both
  change with PYTHONHASHSEED), so graphs are sorted here and the JSON-LD is put in a
  canonical order afterwards.

The fast engine reproduces rdflib's layout on purpose: the files do not change with the
engine, and the rdflib engine is the oracle the tests compare the fast one against.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from graphkit.fileio import write_atomically
from graphkit.model import KnowledgeGraph
from graphkit.rdf import jsonld, turtle
from graphkit.rdf.namespaces import MERGED_GRAPH, PREFIXES, bind_prefixes
from graphkit.rdf.write import dataset_triples, new_graph, to_dataset, to_graph

OUTPUT_NAMES = {"ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld"}
ENGINES = ("fast", "rdflib")


class _CachedNamesMixin:
    """Memoise prefixed-name lookups: rdflib recomputes them for every node (5× slower)."""

    def reset(self) -> None:
        super().reset()  # type: ignore[misc]
        self._pname_cache: dict[tuple[Node, bool], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        key = (uri, gen_prefix)
        if key not in self._pname_cache:
            self._pname_cache[key] = super().get_pname(uri, gen_prefix)  # type: ignore[misc]
        return self._pname_cache[key]


class _FastTurtleSerializer(_CachedNamesMixin, TurtleSerializer):
    """rdflib's Turtle (already sorted) with cached prefixed names."""


class _SortedTrigSerializer(_CachedNamesMixin, TrigSerializer):
    """TriG with the named graphs in IRI order and cached prefixed names."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


def turtle_bytes(graph: Graph) -> bytes:
    stream = _BytesSink()
    _FastTurtleSerializer(graph).serialize(stream, encoding="utf-8")
    return stream.data


def trig_bytes(dataset: Dataset) -> bytes:
    stream = _BytesSink()
    with warnings.catch_warnings():  # rdflib's own TriG code uses its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
    return stream.data


def _canonical_json(value: Any) -> Any:
    """Sort every JSON array (JSON-LD arrays are unordered unless @list, which we never use)."""
    if isinstance(value, dict):
        return {key: _canonical_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_canonical_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_context() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def jsonld_bytes(graph: Graph) -> bytes:
    context = jsonld_context()
    raw = graph.serialize(format="json-ld", context=context, auto_compact=True)
    document = json.loads(raw)
    if isinstance(document, dict) and "@graph" in document:
        document["@graph"] = _canonical_json(document["@graph"])
    else:
        document = _canonical_json(document)
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


class _BytesSink:
    """A minimal binary stream for rdflib serializers."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(data)
        return len(data)

    @property
    def data(self) -> bytes:
        return b"".join(self._parts)




def rdflib_payloads(kg: KnowledgeGraph) -> dict[str, bytes]:
    """The three files' bytes through rdflib graphs and serializers."""
    merged = to_graph(kg)
    return {
        "ttl": turtle_bytes(merged),
        "trig": trig_bytes(to_dataset(kg)),
        "jsonld": jsonld_bytes(merged),
    }


def fast_payloads(kg: KnowledgeGraph, kinds: tuple[str, ...] = ("ttl", "trig", "jsonld")) -> dict[
        str, bytes]:
    """The same bytes as :func:`rdflib_payloads`, without rdflib stores (much faster);
    ``kinds`` picks the files (a store needs only the TriG)."""
    return dict(each_fast_payload(kg, kinds))


def each_fast_payload(kg: KnowledgeGraph, kinds: tuple[str, ...] = ("ttl", "trig", "jsonld")
                      ) -> Iterator[tuple[str, bytes]]:
    """``fast_payloads`` one file at a time: a caller that writes each before asking for
    the next holds one file's bytes, not all three (at 10k articles several hundred MB)."""
    triples = dataset_triples(kg)
    merged = turtle.group_triples(triples.merged)
    # prefix bindings as in the graphs the rdflib engine serializes
    if "ttl" in kinds:
        yield "ttl", turtle.turtle_bytes(merged, new_graph(MERGED_GRAPH))
    if "trig" in kinds:
        graphs = {MERGED_GRAPH: merged}
        graphs.update((name, turtle.group_triples(t)) for name, t in triples.articles.items())
        yield "trig", turtle.trig_bytes(graphs, bind_prefixes(Dataset()))
        del graphs
    if "jsonld" in kinds:
        yield "jsonld", jsonld.jsonld_bytes(merged, jsonld_context())


def write_outputs(kg: KnowledgeGraph, out_dir: Path, *, engine: str = "fast") -> dict[str, Path]:
    """Write graph.ttl (merged), graph.trig (per article + merged) and graph.jsonld (merged).

    ``engine`` is "fast" (default) or "rdflib"; both write the same bytes.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    payloads = each_fast_payload(kg) if engine == "fast" else rdflib_payloads(kg).items()
    out_dir = Path(out_dir)
    written: dict[str, Path] = {}
    for key, data in payloads:
        path = out_dir / OUTPUT_NAMES[key]
        write_atomically(path, data)
        del data   # freed before the next file is made
        written[key] = path
    return written
