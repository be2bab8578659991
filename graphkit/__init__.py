"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from graphkit.pipeline import BuildResult, build  # noqa: E402  (light: spaCy loads on use)

__all__ = ["build", "BuildResult", "export", "to_networkx", "__version__"]

_LAZY = {"export": "graphkit.export", "to_networkx": "graphkit.export"}


def __getattr__(name: str) -> Any:
    """``graphkit.export`` and ``graphkit.to_networkx`` import networkx only when used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
