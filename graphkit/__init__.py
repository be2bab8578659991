"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__version__ = "0.1.0"

from graphkit.corpus import StoreChange, add, remove  # noqa: E402
from graphkit.distribute import RunOptions  # noqa: E402
from graphkit.pipeline import BuildResult, build  # noqa: E402  (light: spaCy loads on use)

__all__ = ["build", "BuildResult", "add", "remove", "export", "serve", "to_networkx",
           "RunOptions", "StoreChange", "__version__"]

_LAZY = {"export": "graphkit.network", "to_networkx": "graphkit.network"}


def __getattr__(name: str) -> Any:
    """``graphkit.export`` and ``graphkit.to_networkx`` import networkx only when used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> None:
    """``graphkit serve --store DIR``: the store read-only over SPARQL (blocks)."""
    from graphkit.rdf.endpoint import serve as serve_store

    serve_store(store, host=host, port=port)
