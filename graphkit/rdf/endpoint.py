"""``graphkit serve``: a store, read-only, over the SPARQL 1.1 Protocol.

A WSGI application over the store's Oxigraph database (opened read-only; Oxigraph parses and
evaluates every query), served by waitress. Oxigraph's own server binary cannot serve the
saved queries by name or the explorer page, hence this thin layer; it speaks the protocol's
query operation only:

- ``/sparql`` (also ``/query``): GET ``?query=``, or POST as form (``query=``) or as
  ``application/sparql-query``; the default graph is the merged graph, the per-article
  graphs are named graphs. Results as JSON, XML, CSV or TSV (SELECT/ASK) and Turtle,
  N-Triples or RDF/XML (CONSTRUCT/DESCRIBE), chosen by the Accept header.
- ``/queries``: the saved queries with their parameters (JSON); ``/queries/NAME?p=v``
  runs one, parameters bound as in ``graphkit query``.
- ``/`` and ``/explorer.html``: the explorer page of the store's graph.
- any update (``/update``, an ``update=`` form, ``application/sparql-update``): 403.

After an ``add`` the server answers from the new generation from the next request on.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from graphkit.errors import GraphkitError, QueryError
from graphkit.rdf.store import ArticleStore, Generation

StartResponse = Callable[..., Any]
Environ = dict[str, Any]
MAX_BODY = 1 << 20   # a query longer than 1 MB is refused

RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
}
DEFAULT_RESULT_TYPE = "application/sparql-results+json"
DEFAULT_GRAPH_TYPE = "text/turtle"


class HttpError(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


def accepted(header: str, offered: dict[str, str], default: str) -> str:
    """The offered media type the Accept header prefers (q values honoured)."""
    best, best_q = default, 0.0
    for part in header.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media in offered and q > best_q:
            best, best_q = media, q
        elif media in ("*/*", "application/*", "text/*") and q > best_q and best_q == 0.0:
            best = default
    return best


class LiveStore:
    """The store's live generation, reopened when an ``add`` or ``remove`` switched it."""

    def __init__(self, root: Path) -> None:
        self._store = ArticleStore.open(root)
        self._lock = threading.Lock()
        self._generation: Generation | None = None
        self._database: Any = None

    def database(self) -> tuple[Generation, Any]:
        import pyoxigraph

        with self._lock:
            name = self._store.current_name()
            if name is None:
                raise HttpError("503 Service Unavailable", "the store holds no articles yet")
            if self._generation is None or self._generation.path.name != name:
                generation = self._store.current()
                assert generation is not None
                self._database = pyoxigraph.Store.read_only(str(generation.oxigraph))
                self._generation = generation
            return self._generation, self._database

    def explorer_page(self) -> bytes:
        """The explorer page of the live generation (rendered once, kept beside it)."""
        from graphkit import codec
        from graphkit.model import KnowledgeGraph
        from graphkit.render import render_explorer

        generation, _ = self.database()
        page = generation.path / "pages" / "explorer.html"
        with self._lock:
            if not page.is_file():
                render_explorer(codec.load(KnowledgeGraph, generation.graph_json()), page)
        return page.read_bytes()


class SparqlApp:
    """The WSGI application (see the module docstring)."""

    def __init__(self, store: Path) -> None:
        self.live = LiveStore(store)

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, media, body = self.route(environ)
        except HttpError as error:
            status, media, body = error.status, "text/plain; charset=utf-8", \
                (str(error) + "\n").encode("utf-8")
        start_response(status, [("Content-Type", media), ("Content-Length", str(len(body))),
                                ("Cache-Control", "no-store")])
        return [body]

    def route(self, environ: Environ) -> tuple[str, str, bytes]:
        path = environ.get("PATH_INFO", "/")
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "POST", "HEAD"):
            raise HttpError("405 Method Not Allowed", f"{method} is not supported")
        if path == "/update":
            raise HttpError("403 Forbidden", "this endpoint is read-only: updates are refused")
        if path in ("/sparql", "/query"):
            return self.sparql(environ, self.query_text(environ))
        if path in ("/queries", "/queries/"):
            return self.saved_list()
        if path.startswith("/queries/"):
            return self.saved(environ, path.removeprefix("/queries/"))
        if path in ("/", "/explorer.html"):
            return "200 OK", "text/html; charset=utf-8", self.live.explorer_page()
        raise HttpError("404 Not Found", f"no such page: {path}")

    def query_text(self, environ: Environ) -> str:
        form = parse_qs(environ.get("QUERY_STRING", ""))
        if environ.get("REQUEST_METHOD") == "POST":
            media = environ.get("CONTENT_TYPE", "").split(";")[0].strip()
            body = read_body(environ)
            if media == "application/sparql-update":
                raise HttpError("403 Forbidden", "this endpoint is read-only: updates are refused")
            if media == "application/sparql-query":
                return body.decode("utf-8")
            if media == "application/x-www-form-urlencoded":
                form.update(parse_qs(body.decode("utf-8")))
            else:
                raise HttpError("415 Unsupported Media Type", f"cannot read a {media!r} body")
        if "update" in form:
            raise HttpError("403 Forbidden", "this endpoint is read-only: updates are refused")
        queries = form.get("query", [])
        if len(queries) != 1:
            raise HttpError("400 Bad Request", "give exactly one query parameter")
        return queries[0]

    def sparql(self, environ: Environ, text: str) -> tuple[str, str, bytes]:
        import pyoxigraph

        from graphkit.rdf.namespaces import MERGED_GRAPH

        _, database = self.live.database()
        try:
            result = database.query(text, default_graph=pyoxigraph.NamedNode(str(MERGED_GRAPH)))
        except SyntaxError as error:
            raise HttpError("400 Bad Request", f"SPARQL syntax error: {error}") from error
        except (OSError, ValueError) as error:
            raise HttpError("400 Bad Request", f"SPARQL error: {error}") from error
        header = environ.get("HTTP_ACCEPT", "")
        if isinstance(result, pyoxigraph.QueryTriples):
            media = accepted(header, GRAPH_TYPES, DEFAULT_GRAPH_TYPE)
            data = result.serialize(format=getattr(pyoxigraph.RdfFormat, GRAPH_TYPES[media]))
        else:
            media = accepted(header, RESULT_TYPES, DEFAULT_RESULT_TYPE)
            kind = getattr(pyoxigraph.QueryResultsFormat, RESULT_TYPES[media])
            data = result.serialize(format=kind)
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        return "200 OK", media + charset, data or b""

    def saved_list(self) -> tuple[str, str, bytes]:
        from graphkit.rdf.query import list_saved_queries, load_saved_query, query_parameters

        listing = {name: {"description": description,
                          "parameters": query_parameters(load_saved_query(name))}
                   for name, description in sorted(list_saved_queries().items())}
        body = json.dumps(listing, ensure_ascii=False, indent=1).encode("utf-8")
        return "200 OK", "application/json", body

    def saved(self, environ: Environ, name: str) -> tuple[str, str, bytes]:
        from graphkit.rdf.query import (
            bind_parameters,
            check_declared,
            check_parameter_types,
            list_saved_queries,
            load_saved_query,
        )

        if name not in list_saved_queries():
            raise HttpError("404 Not Found", f"no saved query named {name!r}")
        form = parse_qs(environ.get("QUERY_STRING", ""))
        params = {key: values[-1] for key, values in form.items()}
        try:
            text = load_saved_query(name)
            check_declared(text, params)
            check_parameter_types(text, params)
            bound = bind_parameters(text, params)
        except QueryError as error:
            raise HttpError("400 Bad Request", str(error)) from error
        return self.sparql(environ, bound)


def read_body(environ: Environ) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise HttpError("413 Content Too Large", "request body too large")
    return environ["wsgi.input"].read(length) if length else b""


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
          threads: int = 4) -> None:
    """Serve ``store`` read-only until interrupted (see the module docstring)."""
    try:
        import waitress
    except ImportError as error:   # declared dependency; say what is missing
        raise GraphkitError("serve needs waitress (pip install waitress)") from error
    app = SparqlApp(Path(store))
    waitress.serve(app, host=host, port=port, threads=threads, ident="graphkit")
