"""Per-article work and the one cross-article step.

``analyse_batch`` runs everything that needs one article only (dateline, nlp, temporal
tagging, event mentions) and reduces the result to what the cross-article merge needs: an
``ArticleResult``. It is what a Dask worker runs (after the ingest of the article's file:
``analyse_files``), and what ``graphkit add`` keeps on disk, so a store can redo the merge
without running the nlp again.

``merge_results`` is the cross-article step: publication-date inference, entity linking and
event merging (``graphkit.merge``), run once on all the results.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

from graphkit.events import extract_event_mentions
from graphkit.events.positions import position_mentions, position_values
from graphkit.events.roles import (
    OFFICE_WORD_SOURCE,
    RECOVERED_SOURCE,
    TEAM_SOURCE,
    VENUE_SOURCE,
)
from graphkit.ingest import InputFile, PlannedArticle, read_planned
from graphkit.inputs import skipped_article
from graphkit.merge.dates import infer_publication_dates, publication_dates
from graphkit.model import (
    AnalysedArticle,
    AnalysedSentence,
    Article,
    EntityMention,
    EventMention,
    KnowledgeGraph,
    PositionMention,
    PublicationDate,
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
    positions: list[PositionMention] = field(default_factory=list)
    failure: SkippedFile | None = None    # the article failed in a stage and is skipped


def with_dateline(article: Article) -> Article:
    """An article without a metadata date takes a dateline or stamp found in its text."""
    if article.published is None:
        found = dateline_or_none(article.text)
        if found is not None:
            article = replace(article, published=found)
    return article


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


def reduce_result(analysed: AnalysedArticle) -> ArticleResult:
    """The article's result; an exception in the temporal or events stage skips the
    article with a one-line reason instead of ending the build."""
    try:
        mentions = extract_event_mentions(analysed, tag_times(analysed.article))
        positions = position_mentions(analysed)
    except Exception as error:  # noqa: BLE001  any failure: skip this article only
        failure = skipped_article(analysed.article, "temporal/events", error)
        return ArticleResult(analysed.article, failure=failure)
    sentences = analysed.sentences
    if analysed.article.published is not None:
        sentences = [AnalysedSentence(s.sentence, [], s.mentions) for s in sentences]
    return ArticleResult(analysed.article, sentences, mentions, positions)


def analyse_batch(articles: Sequence[Article], spacy_model: str | None = None) -> list[
        ArticleResult]:
    """Analyse a few articles in one spaCy batch (the pipeline loads once per process)."""
    from graphkit.nlp import load_pipeline
    from graphkit.nlp.pipeline import analyse_articles_safely

    nlp = load_pipeline(spacy_model)
    dated = [with_dateline(a) for a in articles]
    analysed, failed = analyse_articles_safely(dated, nlp, batch_size=max(1, len(dated)))
    results = [reduce_result(item) for item in analysed]
    return results + [ArticleResult(Article(f.path, f.path, "", ""), failure=f) for f in failed]


# One task's share of a file: the file and which of its articles (see ``graphkit.ingest``).
FilePart = tuple[InputFile, list[PlannedArticle]]


def analyse_files(part: Sequence[FilePart], spacy_model: str | None = None) -> list[
        ArticleResult]:
    """Ingest and analyse on the worker: read the planned articles of each file (the text
    never passes through the main process), then analyse them as one spaCy batch."""
    articles: list[Article] = []
    failed: list[SkippedFile] = []
    for item, planned in part:
        found, problems = read_planned(item, planned)
        articles.extend(found)
        failed.extend(problems)
    results = analyse_batch(articles, spacy_model) if articles else []
    return results + [ArticleResult(Article(f.path, f.path, "", ""), failure=f) for f in failed]


MentionCache = dict[tuple[str, date | None, str], list[EventMention]]
Failures = dict[str, SkippedFile]  # article id -> why the temporal or events stage failed


def cache_key(article: Article) -> tuple[str, date | None, str]:
    published = article.published
    return (article.id, published.value if published else None,
            published.precision if published else "")


def extract_mentions(
    analysed: Sequence[AnalysedArticle], cache: MentionCache | None = None,
    failures: Failures | None = None,
) -> list[EventMention]:
    """Event mentions of all articles. Only an article's date changes them, so results for
    an article whose date stayed the same come from the ``cache``; an article whose
    extraction fails is recorded in ``failures`` (and then skipped)."""
    cache = {} if cache is None else cache
    failures = {} if failures is None else failures
    mentions: list[EventMention] = []
    for item in analysed:
        key = cache_key(item.article)
        if key not in cache:
            result = reduce_result(item)
            cache[key] = result.mentions
            if result.failure is not None:
                failures[item.article.id] = result.failure
        mentions.extend(cache[key])
    return mentions


def role_values(mentions: Sequence[EventMention]) -> list[EntityMention]:
    """Role values that are no names the NER found there (office words, venues, names it
    missed in one sentence but found in another, countries named by their team)."""
    return [actor for m in mentions for actor, _ in m.actors
            if actor.source in (OFFICE_WORD_SOURCE, RECOVERED_SOURCE, TEAM_SOURCE)] + [
        m.place for m in mentions if m.place is not None
        and m.place.source in (VENUE_SOURCE, RECOVERED_SOURCE)]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while. During the merge and the writing of
    the graph every article's result (or the whole graph) is alive, and each full
    collection rescans all of it: a cost that grows with the corpus (benchmarks/merge.py:
    merge CPU per mention ×1.1 from 1k to 10k mentions with the collector off, ×2.1 with
    it on; on a build's 10k kept results, merge CPU per article from 1k to 10k articles
    2.44 → 3.83 ms with it on, 2.19 → 1.84 ms paused; writing 14.1 → 9.5 ms at 10k).
    Their objects are freed by reference counting; cycles left over wait for the next
    collection after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def merge_results(
    results: Iterable[ArticleResult], skipped: Sequence[SkippedFile] = ()
) -> KnowledgeGraph:
    """Entities and merged events of all articles. Articles are taken in id order, so the
    graph does not depend on the order they were read or added in."""
    with collector_paused():
        return _merge_results(results, skipped)


def _merge_results(results: Iterable[ArticleResult], skipped: Sequence[SkippedFile]
                   ) -> KnowledgeGraph:
    from graphkit.merge import duplicate_groups, merge_events, merge_positions, resolve_entities

    cache: MentionCache = {}
    failures: Failures = {}
    failed: list[SkippedFile] = []
    analysed: list[AnalysedArticle] = []
    positions: list[PositionMention] = []
    for result in sorted(results, key=lambda r: (r.article.id, r.article.path)):
        if result.failure is not None:
            failed.append(result.failure)
            continue
        cache[cache_key(result.article)] = result.mentions
        positions += result.positions
        analysed.append(AnalysedArticle(result.article, result.sentences))
    analysed = infer_publication_dates(
        analysed, lambda items: extract_mentions(items, cache, failures))
    mentions = extract_mentions(analysed, cache, failures)
    analysed = [a for a in analysed if a.article.id not in failures]
    dates = publication_dates(analysed)
    positions = [p for p in positions if p.article_id not in failures]
    index = resolve_entities(analysed, dates, role_values=[
        *role_values(mentions), *position_values(positions)])
    publications = {a.article.id: a.article.published for a in analysed}
    duplicates = duplicate_groups(a.article for a in analysed)
    events = merge_events(mentions, index, publications, duplicates=duplicates)
    entities = sorted(index.entities.values(), key=lambda e: e.id)
    return KnowledgeGraph(
        articles=[a.article for a in analysed],
        entities=entities,
        events=events,
        skipped=[*skipped, *failed, *failures.values()],
        positions=merge_positions(positions, index),
    )
