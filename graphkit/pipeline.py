"""``graphkit.build``: the whole path from article files to graph, queries and pages.

ingest → nlp → temporal → events → resolve → (infer missing publication dates, redo the
dependent steps) → rdf → render. Everything the CLI's ``build`` does is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from graphkit.errors import IngestError, NoArticlesError
from graphkit.events import extract_event_mentions
from graphkit.ingest import read_articles
from graphkit.inputs import skipped_article
from graphkit.merge.dates import infer_publication_dates, publication_dates
from graphkit.model import (
    DAY,
    AnalysedArticle,
    Article,
    EventMention,
    KnowledgeGraph,
    PublicationDate,
    SkippedFile,
    Timex,
)
from graphkit.outputs import check_out
from graphkit.temporal import find_dateline, find_timexes
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
    result = []
    for article in articles:
        if article.published is None:
            found = dateline_or_none(article.text)
            if found is not None:
                article = replace(article, published=found)
        result.append(article)
    return result


def dateline_or_none(text: str) -> PublicationDate | None:
    """``find_dateline``; a failure there leaves the article undated, never ends the build."""
    try:
        return find_dateline(text)
    except Exception:  # noqa: BLE001  a dateline is optional evidence
        return None


def tag_times(article: Article) -> list[Timex]:
    published = article.published
    if published is None:
        return find_timexes(article.text)
    return find_timexes(article.text, published.value, reference_last=published.last)


MentionCache = dict[tuple[str, date | None, str], list[EventMention]]
Failures = dict[str, SkippedFile]  # article id -> why the temporal or events stage failed


def extract_mentions(
    analysed: Sequence[AnalysedArticle], cache: MentionCache | None = None,
    failures: Failures | None = None,
) -> list[EventMention]:
    """Event mentions of all articles. Only an article's date changes them, so the date
    inference rounds reuse the ``cache`` for articles whose date stayed the same."""
    cache = {} if cache is None else cache
    mentions: list[EventMention] = []
    for item in analysed:
        published = item.article.published
        key = (item.article.id, published.value if published else None,
               published.precision if published else "")
        if key not in cache:
            cache[key] = mentions_or_failure(item, failures)
        mentions.extend(cache[key])
    return mentions


def mentions_or_failure(item: AnalysedArticle, failures: Failures | None) -> list[EventMention]:
    """The article's event mentions; an exception in the temporal or events stage is
    recorded in ``failures`` (the article is then skipped) instead of ending the build."""
    try:
        return extract_event_mentions(item, tag_times(item.article))
    except Exception as error:  # noqa: BLE001  any failure: skip this article only
        if failures is None:
            raise
        failures[item.article.id] = skipped_article(item.article, "temporal/events", error)
        return []


def extract_graph(
    articles: Sequence[Article],
    *,
    spacy_model: str | None = None,
    skipped: Sequence[SkippedFile] = (),
) -> KnowledgeGraph:
    """Articles in, entities and merged events out (no files written)."""
    from graphkit.merge import duplicate_groups, merge_events, resolve_entities
    from graphkit.nlp import load_pipeline
    from graphkit.nlp.pipeline import analyse_articles_safely

    nlp = load_pipeline(spacy_model)
    analysed, failed = analyse_articles_safely(with_datelines(articles), nlp)
    cache: MentionCache = {}
    failures: Failures = {}
    analysed = infer_publication_dates(
        analysed, lambda items: extract_mentions(items, cache, failures))
    mentions = extract_mentions(analysed, cache, failures)
    analysed = [a for a in analysed if a.article.id not in failures]
    skipped = [*skipped, *failed, *failures.values()]
    dates = publication_dates(analysed)
    index = resolve_entities(analysed, dates)
    publications = {a.article.id: a.article.published for a in analysed}
    duplicates = duplicate_groups(a.article for a in analysed)
    events = merge_events(mentions, index, publications, duplicates=duplicates)
    entities = sorted(index.entities.values(), key=lambda e: e.id)
    return KnowledgeGraph(
        articles=[a.article for a in analysed],
        entities=entities,
        events=events,
        skipped=list(skipped),
    )


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
) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths`` and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and (with ``render``)
    ``network.html``, ``timeline.html`` and ``explorer.html``. Files graphkit cannot read
    are listed in ``result.skipped``; the others are still processed. ``validate`` checks
    the graph against the SHACL shapes (slow on large builds, so off by default).
    ``ui_lang`` ("de" or "en") is the language of the pages' own words.
    """
    from graphkit import rdf
    from graphkit.render.i18n import ui_strings

    ui_strings(ui_lang)  # an unknown language fails now, not after the whole build
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    check_out(Path(out), paths)  # refuse an impossible --out before the slow stages
    articles, skipped = read_articles(paths, parse_dates(dates), exclude=[out])
    if not articles:
        # Nothing to build from: keep whatever an earlier build wrote to ``out``.
        raise NoArticlesError(paths, skipped)
    graph = extract_graph(articles, spacy_model=spacy_model, skipped=skipped)
    result = BuildResult(graph, write_output_set(graph, Path(out), paths, render=render,
                                                 ui_lang=ui_lang))
    if validate:
        result.conforms, result.validation_report = rdf.validate(rdf.to_graph(graph))
    return result


def write_output_set(graph: KnowledgeGraph, out: Path, inputs: Sequence[Path] = (), *,
                     render: bool = True, ui_lang: str = "de") -> dict[str, Path]:
    """Write the graph files (and pages) so that ``out`` changes as a set: all files go to
    a staging folder that replaces ``out`` at the end (see ``graphkit.outputs``). Returns
    the paths the files have in ``out``."""
    from graphkit import rdf
    from graphkit.outputs import checkpoint, output_set

    with output_set(out, inputs) as staging:
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
    with output_set(target) as staging:
        written = render_all(graph, staging, ui_lang=ui_lang)
    return {kind: target / path.relative_to(staging) for kind, path in written.items()}
