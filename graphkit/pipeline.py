"""``graphkit.build``: the whole path from article files to graph, queries and pages.

ingest → nlp → temporal → events → resolve → (infer missing publication dates, redo the
dependent steps) → rdf → render. Everything the CLI's ``build`` does is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from graphkit.errors import NoArticlesError
from graphkit.events import extract_event_mentions
from graphkit.events.roles import OFFICE_WORD_SOURCE
from graphkit.ingest import read_articles
from graphkit.merge.dates import infer_publication_dates, publication_dates
from graphkit.model import (
    AnalysedArticle,
    Article,
    EntityMention,
    EventMention,
    KnowledgeGraph,
    SkippedFile,
    Timex,
)
from graphkit.temporal import find_dateline, find_timexes


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
    result = []
    for article in articles:
        if article.published is None:
            found = find_dateline(article.text)
            if found is not None:
                article = replace(article, published=found)
        result.append(article)
    return result


def tag_times(article: Article) -> list[Timex]:
    reference = article.published.value if article.published else None
    return find_timexes(article.text, reference)


MentionCache = dict[tuple[str, date | None], list[EventMention]]


def extract_mentions(
    analysed: Sequence[AnalysedArticle], cache: MentionCache | None = None
) -> list[EventMention]:
    """Event mentions of all articles. Only an article's date changes them, so the date
    inference rounds reuse the ``cache`` for articles whose date stayed the same."""
    cache = {} if cache is None else cache
    mentions: list[EventMention] = []
    for item in analysed:
        published = item.article.published
        key = (item.article.id, published.value if published else None)
        if key not in cache:
            cache[key] = extract_event_mentions(item, tag_times(item.article))
        mentions.extend(cache[key])
    return mentions


def role_values(mentions: Sequence[EventMention]) -> list[EntityMention]:
    """Role values that are no names of the text's entities (office words)."""
    return [actor for m in mentions for actor, _ in m.actors
            if actor.source == OFFICE_WORD_SOURCE]


def extract_graph(
    articles: Sequence[Article],
    *,
    spacy_model: str | None = None,
    skipped: Sequence[SkippedFile] = (),
) -> KnowledgeGraph:
    """Articles in, entities and merged events out (no files written)."""
    from graphkit.merge import merge_events, resolve_entities
    from graphkit.nlp import analyse_articles, load_pipeline

    nlp = load_pipeline(spacy_model)
    analysed = list(analyse_articles(with_datelines(articles), nlp))
    cache: MentionCache = {}
    analysed = infer_publication_dates(analysed, lambda items: extract_mentions(items, cache))
    mentions = extract_mentions(analysed, cache)
    dates = publication_dates(analysed)
    index = resolve_entities(analysed, dates, role_values=role_values(mentions))
    events = merge_events(mentions, index, dates)
    entities = sorted(index.entities.values(), key=lambda e: e.id)
    return KnowledgeGraph(
        articles=[a.article for a in analysed],
        entities=entities,
        events=events,
        skipped=list(skipped),
    )


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
) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths`` and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and (with ``render``)
    ``network.html``, ``timeline.html`` and ``explorer.html``. Files graphkit cannot read
    are listed in ``result.skipped``; the others are still processed. ``validate`` checks
    the graph against the SHACL shapes (slow on large builds, so off by default).
    """
    from graphkit import rdf

    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    articles, skipped = read_articles(paths, parse_dates(dates))
    if not articles:
        # Nothing to build from: keep whatever an earlier build wrote to ``out``.
        raise NoArticlesError(paths, skipped)
    graph = extract_graph(articles, spacy_model=spacy_model, skipped=skipped)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = BuildResult(graph, dict(rdf.write_outputs(graph, out_dir)))
    if validate:
        result.conforms, result.validation_report = rdf.validate(rdf.to_graph(graph))
    if render:
        from graphkit.render import render_all

        result.outputs.update(render_all(graph, out_dir))
    return result
