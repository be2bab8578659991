"""``graphkit.build``: the whole path from article files to graph, queries and pages.

ingest → per article (nlp, temporal, event mentions: ``graphkit.analysis``, run by
``graphkit.distribute``) → across articles (infer missing publication dates, link, merge:
``analysis.merge_results``) → rdf → render. Everything the CLI's ``build`` does is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graphkit.analysis import merge_results, tag_times, with_dateline  # noqa: F401  (tag_times: API)
from graphkit.distribute import RunOptions, analyse_all
from graphkit.errors import NoArticlesError
from graphkit.ingest import read_articles
from graphkit.model import Article, KnowledgeGraph, SkippedFile


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    conforms: bool | None = None          # SHACL validation of graph.ttl (None: not run)
    validation_report: str = ""

    @property
    def skipped(self) -> list[SkippedFile]:
        return self.graph.skipped


def with_datelines(articles: Iterable[Article]) -> list[Article]:
    """Articles without metadata dates take a dateline or stamp found in their text."""
    return [with_dateline(article) for article in articles]


def extract_graph(
    articles: Sequence[Article],
    *,
    spacy_model: str | None = None,
    skipped: Sequence[SkippedFile] = (),
    options: RunOptions | None = None,
) -> KnowledgeGraph:
    """Articles in, entities and merged events out (no files written).

    The per-article work runs where ``options`` says (this process or Dask) and comes back
    as per-article results; the cross-article merge then runs once on all of them.
    """
    options = options or RunOptions(spacy_model=spacy_model)
    if spacy_model is not None:
        options.spacy_model = spacy_model
    with options.timed("analyse"):
        results = list(analyse_all(articles, options))
    with options.timed("merge"):
        return merge_results(results, skipped)


def parse_dates(dates: Mapping[str, date | str] | None) -> dict[str, date]:
    parsed: dict[str, date] = {}
    for key, value in (dates or {}).items():
        parsed[key] = value if isinstance(value, date) else date.fromisoformat(str(value))
    return parsed


def build(
    paths: Iterable[str | Path] | str | Path,
    out: str | Path = "output",
    *,
    dates: Mapping[str, date | str] | None = None,
    spacy_model: str | None = None,
    render: bool = True,
    validate: bool = False,
    options: RunOptions | None = None,
) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths`` and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and (with ``render``)
    ``network.html``, ``timeline.html`` and ``explorer.html``. Files graphkit cannot read
    are listed in ``result.skipped``; the others are still processed. ``validate`` checks
    the graph against the SHACL shapes (slow on large builds, so off by default).
    ``options`` says where the per-article work runs (``workers``/``scheduler`` for Dask)
    and takes a progress callback.
    """
    from graphkit import rdf

    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    options = options or RunOptions()
    with options.timed("ingest"):
        articles, skipped = read_articles(paths, parse_dates(dates))
    if not articles:
        # Nothing to build from: keep whatever an earlier build wrote to ``out``.
        raise NoArticlesError(paths, skipped)
    graph = extract_graph(articles, spacy_model=spacy_model, skipped=skipped, options=options)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    with options.timed("write"):
        result = BuildResult(graph, dict(rdf.write_outputs(graph, out_dir)))
    if validate:
        with options.timed("validate"):
            result.conforms, result.validation_report = rdf.validate(rdf.to_graph(graph))
    if render:
        from graphkit.render import render_all

        with options.timed("render"):
            result.outputs.update(render_all(graph, out_dir))
    return result
