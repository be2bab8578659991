"""``graphkit.build``: the whole path from article files to graph, queries and pages.

ingest and per article (nlp, temporal, event mentions: ``graphkit.analysis``, run by
``graphkit.distribute``, on Dask workers if asked) → across articles (infer missing
publication dates, link, merge: ``analysis.merge_results``) → rdf
→ render. Everything the CLI's ``build`` does is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graphkit.analysis import (  # noqa: F401  (tag_times: API)
    collector_paused,
    merge_results,
    tag_times,
    with_dateline,
)
from graphkit.distribute import RunOptions, analyse_all, analyse_input, executor, ingest
from graphkit.errors import IngestError, NoArticlesError
from graphkit.ingest import DateOption
from graphkit.model import DAY, Article, KnowledgeGraph, SkippedFile
from graphkit.outputs import check_out
from graphkit.temporal.values import parse_partial_date


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    conforms: bool | None = None          # SHACL validation of graph.ttl (None: not run)
    validation_report: str = ""

    @property
    def skipped(self) -> list[SkippedFile]:
        return self.graph.skipped

    @property
    def date_warnings(self) -> list[str]:
        """One line per article whose publication date is inferred or unknown."""
        from graphkit.merge import date_warnings

        return date_warnings(self.graph.articles)


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


def graph_of_files(paths: Sequence[Path], dates: Mapping[str, DateOption],
                   options: RunOptions, exclude: Sequence[Path] = ()) -> KnowledgeGraph:
    """Files in, graph out: ingest and per-article work where ``options`` says (the main
    process only lists the files), then the cross-article merge here."""
    with executor(options) as run:
        with options.timed("ingest"):
            found = ingest(paths, dates, run, options, exclude)
        if not found.count:
            # Nothing to build from: keep whatever an earlier build wrote to ``out``.
            raise NoArticlesError(paths, found.skipped)
        with options.timed("analyse"):
            results = list(analyse_input(found, run, options))
    with options.timed("merge"):
        return merge_results(results, found.skipped)


def parse_dates(dates: Mapping[str, date | str] | None) -> dict[str, tuple[date, str]]:
    """``{FILE: date or "YYYY-MM-DD" / "YYYY-MM" / "YYYY"}`` → first day and precision."""
    parsed: dict[str, tuple[date, str]] = {}
    for key, value in (dates or {}).items():
        if isinstance(value, date):
            parsed[key] = (value, DAY)
            continue
        found = parse_partial_date(str(value))
        if found is None:
            raise IngestError(f"--date {key}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM "
                              "or YYYY)")
        parsed[key] = found
    return parsed


def build(
    paths: Iterable[str | Path] | str | Path,
    out: str | Path = "output",
    *,
    dates: Mapping[str, date | str] | None = None,
    spacy_model: str | None = None,
    render: bool = True,
    validate: bool = False,
    ui_lang: str = "de",
    options: RunOptions | None = None,
) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths`` and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and (with ``render``)
    ``network.html``, ``timeline.html`` and ``explorer.html``. Files graphkit cannot read
    are listed in ``result.skipped``; the others are still processed. ``validate`` checks
    the graph against the SHACL shapes (slow on large builds, so off by default).
    ``ui_lang`` ("de" or "en") is the language of the pages' own words. ``options`` says
    where the per-article work runs (``workers``/``scheduler`` for Dask) and takes a
    progress callback.
    """
    from graphkit import rdf
    from graphkit.render.i18n import ui_strings

    ui_strings(ui_lang)  # an unknown language fails now, not after the whole build
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    check_out(Path(out), paths)  # refuse an impossible --out before the slow stages
    options = options or RunOptions()
    if spacy_model is not None:
        options.spacy_model = spacy_model
    graph = graph_of_files(paths, parse_dates(dates), options, exclude=[Path(out)])
    if not graph.articles:  # every article failed in analysis: keep the earlier output
        raise NoArticlesError(paths, graph.skipped)
    with options.timed("write"):
        result = BuildResult(graph, write_output_set(graph, Path(out), paths, render=render,
                                                     ui_lang=ui_lang))
    if validate:
        with options.timed("validate"):
            result.conforms, result.validation_report = rdf.validate(rdf.to_graph(graph))
    return result


PAGE_FILES = ("network.html", "timeline.html", "explorer.html")
BUILD_FILES = ("graph.ttl", "graph.trig", "graph.jsonld", *PAGE_FILES)


def write_output_set(graph: KnowledgeGraph, out: Path, inputs: Sequence[Path] = (), *,
                     render: bool = True, ui_lang: str = "de") -> dict[str, Path]:
    """Write the graph files (and pages) so that ``out`` changes as a set: all files go to
    a staging folder that replaces ``out`` at the end (see ``graphkit.outputs``). Returns
    the paths the files have in ``out``."""
    from graphkit import rdf
    from graphkit.outputs import checkpoint, output_set

    with output_set(out, inputs, owned=BUILD_FILES) as staging:
        with collector_paused():   # see collector_paused: the graph is large and all alive
            written = dict(rdf.write_outputs(graph, staging))
        checkpoint("graph-written")
        if render:
            from graphkit.render import render_all

            written.update(render_all(graph, staging, ui_lang=ui_lang))
    return {kind: Path(out) / path.relative_to(staging) for kind, path in written.items()}


def render_pages(graph_file: str | Path, out: str | Path | None = None, *,
                 ui_lang: str = "de") -> dict[str, Path]:
    """Redraw network.html, timeline.html and explorer.html from a graph file into ``out``
    (default: the graph's folder). A graphkit output folder changes as a set (see
    ``graphkit.outputs``); any other folder gets the three pages written one by one."""
    from graphkit.outputs import is_output_folder, output_set
    from graphkit.rdf import read_graph
    from graphkit.render import render_all

    graph = read_graph(Path(graph_file))
    target = Path(out) if out is not None else Path(graph_file).parent
    if target.is_dir() and any(target.iterdir()) and not is_output_folder(target):
        return render_all(graph, target, ui_lang=ui_lang)
    with output_set(target, owned=PAGE_FILES) as staging:
        written = render_all(graph, staging, ui_lang=ui_lang)
    return {kind: target / path.relative_to(staging) for kind, path in written.items()}
