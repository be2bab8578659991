"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__version__ = "0.2.0"

__all__ = ["build", "BuildResult", "add", "remove", "export", "serve", "to_networkx",
           "RunOptions", "StoreChange", "__version__"]

# Imported on first use, so that ``import graphkit`` (and ``graphkit query``) stays light:
# the pipeline brings spaCy and the models, the exports networkx.
_LAZY = {
    "build": "graphkit.pipeline", "BuildResult": "graphkit.pipeline",
    "add": "graphkit.corpus", "remove": "graphkit.corpus", "StoreChange": "graphkit.corpus",
    "RunOptions": "graphkit.distribute",
    "export": "graphkit.network", "to_networkx": "graphkit.network",
}


def __getattr__(name: str) -> Any:
    """The API's functions and classes, imported from their stage on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> None:
    """``graphkit serve --store DIR``: the store read-only over SPARQL (blocks)."""
    from graphkit.rdf.endpoint import serve as serve_store

    serve_store(store, host=host, port=port)
