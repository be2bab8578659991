"""Load graphkit output into a queryable rdflib Graph, backed by Oxigraph when available.

Oxigraph answers SPARQL much faster than rdflib's memory store, but only when files are
parsed with its own ``ox-*`` parsers, and Python-level ``graph.triples()`` loops on it are
slower: query it with SPARQL. Without oxrdflib the memory store is used.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from graphkit.errors import GraphLoadError
from graphkit.rdf import MERGED_GRAPH, bind_prefixes

OXIGRAPH, MEMORY = "oxigraph", "memory"
BACKENDS = (OXIGRAPH, MEMORY)

# suffix → (Oxigraph parser, rdflib parser); quad formats hold graphkit's merged graph.
FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("ox-turtle", "turtle"),
    ".turtle": ("ox-turtle", "turtle"),
    ".trig": ("ox-trig", "trig"),
    ".nq": ("ox-nquads", "nquads"),
    ".jsonld": ("ox-json-ld", "json-ld"),
    ".json": ("ox-json-ld", "json-ld"),
    ".nt": ("ox-nt", "nt"),
}
QUAD_SUFFIXES = {".trig", ".nq"}


def oxigraph_available() -> bool:
    try:
        import oxrdflib  # noqa: F401
    except ImportError:
        return False
    return True


def default_backend() -> str:
    return OXIGRAPH if oxigraph_available() else MEMORY


def _format_for(path: Path, backend: str) -> str:
    formats = FORMATS.get(path.suffix.lower())
    if formats is None:
        known = ", ".join(sorted(FORMATS))
        raise GraphLoadError(f"cannot load {path.name}: unknown suffix (expected one of {known})")
    return formats[0] if backend == OXIGRAPH else formats[1]


def _load_quads(path: Path, fmt: str, backend: str) -> Graph:
    """The merged named graph if the file has one, else the union of all its graphs."""
    if backend == OXIGRAPH:
        # Queries on a Graph over the Oxigraph store run against the graph's identifier.
        merged = Graph(store="Oxigraph", identifier=MERGED_GRAPH)
        merged.parse(path, format=fmt)
        names = {str(context.identifier) for context in merged.store.contexts()}
        if str(MERGED_GRAPH) in names:
            return merged
        union = Dataset(store=merged.store, default_union=True)
        return union
    dataset = Dataset(default_union=True)
    dataset.parse(path, format=fmt)
    if any(graph.identifier == MERGED_GRAPH for graph in dataset.graphs()):
        return dataset.graph(MERGED_GRAPH)
    return dataset


def open_graph(path: Path, *, backend: str | None = None) -> Graph:
    """Load a .ttl / .trig / .nq / .jsonld / .nt file for SPARQL queries.

    ``backend`` is "oxigraph" (default when oxrdflib is installed) or "memory".
    For TriG / N-Quads the merged graph (``graph/merged``) is returned when present.
    """
    path = Path(path)
    backend = backend or default_backend()
    if backend not in BACKENDS:
        raise GraphLoadError(f"unknown backend {backend!r}; expected one of {', '.join(BACKENDS)}")
    if backend == OXIGRAPH and not oxigraph_available():
        raise GraphLoadError("the oxigraph backend needs oxrdflib (pip install oxrdflib)")
    if not path.is_file():
        raise GraphLoadError(f"cannot load {path}: no such file")
    fmt = _format_for(path, backend)
    try:
        if path.suffix.lower() in QUAD_SUFFIXES:
            graph = _load_quads(path, fmt, backend)
        else:
            store = "Oxigraph" if backend == OXIGRAPH else "default"
            graph = Graph(store=store, bind_namespaces="none").parse(path, format=fmt)
    except GraphLoadError:
        raise
    except Exception as error:  # parsers raise many types; report one line
        message = " ".join(str(error).split())
        raise GraphLoadError(f"cannot parse {path.name}: {message}") from error
    return bind_prefixes(graph)
