"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

__version__ = "0.1.0"

from graphkit.build import BuildResult, build  # noqa: E402

__all__ = ["build", "BuildResult", "__version__"]
