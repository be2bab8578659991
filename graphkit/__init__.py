"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

from pathlib import Path

__version__ = "0.1.0"

from graphkit.corpus import StoreChange, add, export_store, remove  # noqa: E402
from graphkit.distribute import RunOptions  # noqa: E402
from graphkit.pipeline import BuildResult, build  # noqa: E402  (light: spaCy loads on use)


def export(*, store: str | Path, out: str | Path, render: bool = True) -> dict[str, Path]:
    """``graphkit export --store DIR --out DIR``: what ``build`` writes, from a store."""
    return export_store(store, out, render=render)


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> None:
    """``graphkit serve --store DIR``: the store read-only over SPARQL (blocks)."""
    from graphkit.serve import serve as serve_store

    serve_store(store, host=host, port=port)


__all__ = ["build", "BuildResult", "add", "remove", "export", "serve", "RunOptions",
           "StoreChange", "__version__"]
