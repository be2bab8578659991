"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["build", "BuildResult", "__version__"]

if TYPE_CHECKING:
    from graphkit.build import BuildResult, build


def __getattr__(name: str) -> Any:
    # Lazy so that `import graphkit.ingest` does not load spaCy.
    if name in ("build", "BuildResult"):
        from graphkit import build as build_module

        return getattr(build_module, name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
