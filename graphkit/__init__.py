"""graphkit: German news articles in; a dated, sourced knowledge graph out."""

__version__ = "0.1.0"

from graphkit.pipeline import BuildResult, build  # noqa: E402  (light: spaCy loads on use)

__all__ = ["build", "BuildResult", "__version__"]
