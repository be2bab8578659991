"""Per-article work and the one cross-article step.

``analyse_batch`` runs everything that needs one article only (dateline, nlp, temporal
tagging, event mentions) and reduces the result to what the cross-article merge needs: an
``ArticleResult``. It is what a Dask worker runs, and what ``graphkit add`` keeps on disk,
so a store can redo the merge without running the nlp again.

``merge_results`` is the cross-article step: publication-date inference, entity linking and
event merging (``graphkit.merge``), run once on all the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from graphkit.events import extract_event_mentions
from graphkit.merge.dates import infer_publication_dates, publication_dates
from graphkit.model import (
    AnalysedArticle,
    AnalysedSentence,
    Article,
    EventMention,
    KnowledgeGraph,
    SkippedFile,
    Timex,
)
from graphkit.temporal import find_dateline, find_timexes


@dataclass
class ArticleResult:
    """One article reduced for the merge. Tokens are kept only while the article has no
    publication date: inferring one later means finding its event mentions again."""

    article: Article
    sentences: list[AnalysedSentence] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)   # at ``article.published``


def with_dateline(article: Article) -> Article:
    """An article without a metadata date takes a dateline or stamp found in its text."""
    if article.published is None:
        found = find_dateline(article.text)
        if found is not None:
            article = replace(article, published=found)
    return article


def tag_times(article: Article) -> list[Timex]:
    reference = article.published.value if article.published else None
    return find_timexes(article.text, reference)


def reduce_result(analysed: AnalysedArticle) -> ArticleResult:
    mentions = extract_event_mentions(analysed, tag_times(analysed.article))
    sentences = analysed.sentences
    if analysed.article.published is not None:
        sentences = [AnalysedSentence(s.sentence, [], s.mentions) for s in sentences]
    return ArticleResult(analysed.article, sentences, mentions)


def analyse_batch(articles: Sequence[Article], spacy_model: str | None = None) -> list[
        ArticleResult]:
    """Analyse a few articles in one spaCy batch (the pipeline loads once per process)."""
    from graphkit.nlp import analyse_articles, load_pipeline

    nlp = load_pipeline(spacy_model)
    dated = [with_dateline(a) for a in articles]
    return [reduce_result(item) for item in analyse_articles(dated, nlp, batch_size=len(dated))]


MentionCache = dict[tuple[str, date | None], list[EventMention]]


def extract_mentions(
    analysed: Sequence[AnalysedArticle], cache: MentionCache
) -> list[EventMention]:
    """Event mentions of all articles. Only an article's date changes them, so results for
    an article whose date stayed the same come from the ``cache``."""
    mentions: list[EventMention] = []
    for item in analysed:
        published = item.article.published
        key = (item.article.id, published.value if published else None)
        if key not in cache:
            cache[key] = extract_event_mentions(item, tag_times(item.article))
        mentions.extend(cache[key])
    return mentions


def merge_results(
    results: Iterable[ArticleResult], skipped: Sequence[SkippedFile] = ()
) -> KnowledgeGraph:
    """Entities and merged events of all articles. Articles are taken in id order, so the
    graph does not depend on the order they were read or added in."""
    from graphkit.merge import merge_events, resolve_entities

    cache: MentionCache = {}
    analysed: list[AnalysedArticle] = []
    for result in sorted(results, key=lambda r: r.article.id):
        published = result.article.published
        cache[(result.article.id, published.value if published else None)] = result.mentions
        analysed.append(AnalysedArticle(result.article, result.sentences))
    analysed = infer_publication_dates(analysed, lambda items: extract_mentions(items, cache))
    mentions = extract_mentions(analysed, cache)
    dates = publication_dates(analysed)
    index = resolve_entities(analysed, dates)
    events = merge_events(mentions, index, dates)
    entities = sorted(index.entities.values(), key=lambda e: e.id)
    return KnowledgeGraph(
        articles=[a.article for a in analysed],
        entities=entities,
        events=events,
        skipped=list(skipped),
    )
