"""Graph files loaded for queries, and graphkit's persistent store (Oxigraph on disk).

Graph files: load graphkit output into a queryable rdflib Graph, backed by Oxigraph when
available.

Oxigraph answers SPARQL much faster than rdflib's memory store, but only when files are
parsed with its own ``ox-*`` parsers, and Python-level ``graph.triples()`` loops on it are
slower: query it with SPARQL. Without oxrdflib the memory store is used.
"""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rdflib import XSD, Dataset, Graph, Literal, URIRef

from graphkit import codec
from graphkit.errors import GraphLoadError, StoreError, StoreVersionError
from graphkit.fileio import write_atomically
from graphkit.model import KnowledgeGraph
from graphkit.rdf import MERGED_GRAPH, bind_prefixes
from graphkit.rdf.changes import DatasetChange, dataset_change
from graphkit.rdf.serialize import fast_payloads

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


# ---------------------------------------------------------------- the persistent store
#
# A store folder holds, besides a format file and a lock:
#   analyses/NAME.json.gz   each article's per-article result (see graphkit.analysis), by a
#                           hash of the article, so a merge can be redone without the nlp;
#   gen-NNNNNN/             one generation: manifest.json (the articles), graph.json.gz (the
#                           KnowledgeGraph, which export writes as build would) and oxigraph/
#                           (the Oxigraph store: per-article graphs + the merged graph);
#   CURRENT                 the name of the live generation.
# A change writes a complete new generation beside the live one and then replaces CURRENT
# (an atomic rename), so a process killed at any point leaves the store as it was: either
# CURRENT still names the old generation, or it names a complete new one. Half-written
# generations and unreferenced analyses are removed by the next change. A new generation's
# database starts as a snapshot of the live one (RocksDB hard-links its immutable files) and
# takes only the quads of the records that changed (``graphkit.rdf.changes``), so the cost
# of writing it follows the change, not the store; a database written by another graphkit
# version is reloaded in full instead.

STORE_FORMAT = "graphkit-store"
STORE_VERSION = 1
FORMAT_FILE = "graphkit-store.json"
LOCK_FILE = "lock"
CURRENT_FILE = "CURRENT"
ANALYSES = "analyses"
MANIFEST = "manifest.json"
GRAPH_JSON = "graph.json.gz"
OXIGRAPH_DIR = "oxigraph"
GENERATIONS_KEPT = 2   # the live one and the one before (a running server may still read it)


@dataclass(frozen=True)
class StoredArticle:
    id: str
    key: str           # URL, else the article id: a new text under a known key replaces it
    content: str       # hash of what the article says (title, text, URL, source, date)
    analysis: str      # its per-article result: analyses/<analysis>.json.gz


@dataclass
class Generation:
    path: Path
    number: int
    articles: list[StoredArticle]
    counts: dict[str, int]            # articles, entities, events of the merged graph
    writer: str | None = None         # the graphkit version that wrote its database

    @property
    def oxigraph(self) -> Path:
        return self.path / OXIGRAPH_DIR

    def graph_json(self) -> Any:
        with gzip.open(self.path / GRAPH_JSON, "rt", encoding="utf-8") as handle:
            return json.load(handle)


def generation_name(number: int) -> str:
    return f"gen-{number:06d}"


class ArticleStore:
    """A graphkit store folder (see the layout above). Change it only inside ``locked()``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def open(cls, root: Path | str, *, create: bool = False) -> ArticleStore:
        """Open (or with ``create``, make) a store; refuse other formats with a clear message."""
        store = cls(Path(root))
        if create:
            store.root.mkdir(parents=True, exist_ok=True)
            with store.locked():   # two first adds at once: one creates, the other waits
                store._create_format_file()
        elif not (store.root / FORMAT_FILE).is_file():
            raise StoreError(f"{store.root}: not a graphkit store (no {FORMAT_FILE}); "
                             "create one with `graphkit add PATHS --store DIR`")
        store.check_format()
        return store

    def _create_format_file(self) -> None:
        format_file = self.root / FORMAT_FILE
        if format_file.is_file():
            return
        if any(p.name != LOCK_FILE for p in self.root.iterdir()):
            raise StoreError(f"{self.root}: folder is not empty and not a graphkit store")
        (self.root / ANALYSES).mkdir(exist_ok=True)
        info = {"format": STORE_FORMAT, "version": STORE_VERSION}
        write_atomically(format_file, json.dumps(info, indent=2) + "\n")

    def check_format(self) -> None:
        path = self.root / FORMAT_FILE
        try:
            info = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise StoreError(f"{path}: unreadable store format file ({error})") from error
        if not isinstance(info, dict) or info.get("format") != STORE_FORMAT:
            raise StoreError(f"{path}: not a graphkit store format file")
        version = info.get("version")
        if version != STORE_VERSION:
            raise StoreVersionError(
                f"{self.root}: store format version {version}, but this graphkit reads "
                f"version {STORE_VERSION}; rebuild it: `graphkit add ARTICLES --store NEW_DIR`")

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock: a second writer waits here until the first is done."""
        with open(self.root / LOCK_FILE, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    # ---------------------------------------------------------------- reading

    def current_name(self) -> str | None:
        """The live generation's folder name (cheap: one small file)."""
        pointer = self.root / CURRENT_FILE
        return pointer.read_text("utf-8").strip() if pointer.is_file() else None

    def current(self) -> Generation | None:
        name = self.current_name()
        if name is None:
            return None
        path = self.root / name
        manifest = json.loads((path / MANIFEST).read_text("utf-8"))
        articles = [StoredArticle(**entry) for entry in manifest["articles"]]
        return Generation(path, int(manifest["generation"]), articles, manifest["counts"],
                          manifest.get("writer"))

    def analysis_path(self, name: str) -> Path:
        return self.root / ANALYSES / f"{name}.json.gz"

    def save_analysis(self, name: str, data: Any) -> None:
        payload = gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
        write_atomically(self.analysis_path(name), payload)

    def load_analysis(self, name: str) -> Any:
        with gzip.open(self.analysis_path(name), "rt", encoding="utf-8") as handle:
            return json.load(handle)

    # ---------------------------------------------------------------- writing

    def commit(self, articles: list[StoredArticle], graph: KnowledgeGraph) -> Generation:
        """Write a complete new generation, then make it the live one (atomically)."""
        current = self.current()
        number = current.number + 1 if current else 1
        final = self.root / generation_name(number)
        temp = self.root / f".{generation_name(number)}.{os.getpid()}.tmp"
        shutil.rmtree(final, ignore_errors=True)   # left by a run killed after its rename
        temp.mkdir()
        self._write_database(current, temp / OXIGRAPH_DIR, graph)
        counts = _write_graph_json(graph, temp / GRAPH_JSON)
        manifest = {"generation": number, "counts": counts, "writer": writer_version(),
                    "articles": [asdict(a) for a in articles]}
        (temp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
        for path in (temp / GRAPH_JSON, temp / MANIFEST, temp):
            _sync(path)   # on disk before CURRENT names it (a power cut, not only a kill)
        os.rename(temp, final)
        write_atomically(self.root / CURRENT_FILE, generation_name(number) + "\n")
        _sync(self.root)
        self.collect_garbage(number)
        return Generation(final, number, articles, counts, writer_version())

    @staticmethod
    def _write_database(current: Generation | None, path: Path, graph: KnowledgeGraph) -> None:
        """The live database changed into ``graph``'s, else (none yet, or written by another
        version) a full load; the previous graph is freed before the JSON is made."""
        if current is not None and current.writer == writer_version():
            previous = codec.load(KnowledgeGraph, current.graph_json())
            update_oxigraph(current.oxigraph, path, dataset_change(previous, graph))
        else:
            load_oxigraph(path, fast_payloads(graph, kinds=("trig",))["trig"])

    def collect_garbage(self, live: int) -> None:
        """Remove old generations, half-written ones, and analyses no kept one uses."""
        kept: set[str] = set()
        for path in self.root.iterdir():
            name = path.name
            if name.startswith(".gen-") and name.endswith(".tmp"):
                shutil.rmtree(path, ignore_errors=True)
            elif name.startswith("gen-") and name[4:].isdigit():
                number = int(name[4:])
                if number > live or number <= live - GENERATIONS_KEPT:
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    manifest = json.loads((path / MANIFEST).read_text("utf-8"))
                    kept.update(a["analysis"] for a in manifest["articles"])
        for path in (self.root / ANALYSES).iterdir():
            if path.name.removesuffix(".json.gz") not in kept:
                path.unlink(missing_ok=True)


def _write_graph_json(graph: KnowledgeGraph, path: Path) -> dict[str, int]:
    """graph.json.gz (what export writes from); returns the counts for the manifest."""
    # json.dumps encodes in C (json.dump to a stream does not); level 1: size is cheap
    text = json.dumps(codec.to_json(graph), ensure_ascii=False).encode("utf-8")
    path.write_bytes(gzip.compress(text, 1))
    return {"articles": len(graph.articles), "entities": len(graph.entities),
            "events": len(graph.events)}


def writer_version() -> str:
    """Stored triples depend on the graphkit that wrote them: another version reloads all."""
    from graphkit import __version__

    return __version__


def update_oxigraph(previous: Path, path: Path, change: DatasetChange) -> None:
    """A new on-disk Oxigraph store: a snapshot of ``previous`` (hard links to its
    immutable files, so nearly free) with ``change`` applied; ``previous`` stays as it was."""
    import pyoxigraph

    pyoxigraph.Store.read_only(str(previous)).backup(str(path))
    store = pyoxigraph.Store(str(path))
    for graph in change.dropped_graphs:
        store.remove_graph(pyoxigraph.NamedNode(graph))
    for quad in change.removed:
        store.remove(oxigraph_quad(quad))
    store.bulk_extend(oxigraph_quad(quad) for quad in change.added)
    store.flush()
    del store


def oxigraph_quad(quad: tuple[Any, Any, Any, Any]) -> Any:
    import pyoxigraph

    subject, predicate, value, graph = quad
    return pyoxigraph.Quad(pyoxigraph.NamedNode(subject), pyoxigraph.NamedNode(predicate),
                           _oxigraph_term(value), pyoxigraph.NamedNode(graph))


def _oxigraph_term(term: Any) -> Any:
    import pyoxigraph

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(term)
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype is not None and term.datatype != XSD.string:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(term.datatype))
        return pyoxigraph.Literal(str(term))
    raise StoreError(f"cannot store {term!r}: graphkit writes no blank nodes")


def load_oxigraph(path: Path, trig: bytes) -> None:
    """A new on-disk Oxigraph store holding the TriG (parsed by Oxigraph itself)."""
    import pyoxigraph

    store = pyoxigraph.Store(str(path))
    store.bulk_load(trig, format=pyoxigraph.RdfFormat.TRIG)
    store.flush()
    del store   # closes the database before the folder is renamed


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def open_store_graph(generation: Generation) -> Graph:
    """The merged graph of a store generation for SPARQL (read-only, nothing re-parsed);
    the per-article graphs stay reachable with GRAPH."""
    import pyoxigraph
    from oxrdflib import OxigraphStore

    inner = pyoxigraph.Store.read_only(str(generation.oxigraph))
    graph = Graph(store=OxigraphStore(store=inner), identifier=MERGED_GRAPH)
    return bind_prefixes(graph)
