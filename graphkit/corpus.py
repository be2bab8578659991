"""A growing corpus in a store folder: ``graphkit.add``, ``graphkit.remove`` and export.

``add`` analyses only the articles the store does not hold yet (per-article work, locally
or on Dask) and keeps each result on disk; the cross-article merge is then redone from the
kept results of all articles, without running the nlp again, so entities and events of the
new articles merge with the old ones exactly as in one ``build`` of them all (an event
reported again gains a source; an undated article gets its date from a new report). Only
the records that come out changed are rewritten in the database. The store and its layout:
``graphkit.rdf.store``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graphkit import codec
from graphkit.analysis import ArticleResult, collector_paused, merge_results
from graphkit.distribute import RunOptions, analyse_all
from graphkit.errors import NoArticlesError, StoreError
from graphkit.ingest import read_articles
from graphkit.model import Article, KnowledgeGraph, SkippedFile
from graphkit.pipeline import parse_dates
from graphkit.rdf.store import ArticleStore, Generation, StoredArticle


@dataclass
class StoreChange:
    """What an ``add`` or ``remove`` did."""

    store: Path
    added: list[str] = field(default_factory=list)       # article ids
    replaced: list[str] = field(default_factory=list)    # new text under a known URL / id
    unchanged: list[str] = field(default_factory=list)   # already held, identical
    removed: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    articles: int = 0                                    # in the store afterwards
    entities: int = 0
    events: int = 0
    generation: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


def content_hash(article: Article) -> str:
    """What the article says; its file name or path does not count."""
    published = article.published
    fields = [article.title, article.text, article.url, article.source,
              [published.value.isoformat(), published.how, published.evidence]
              if published else None]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def analysis_name(article: Article, spacy_model: str | None) -> str:
    from graphkit import __version__

    fields = [codec.to_json(article), spacy_model, __version__]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def identity_key(article: Article) -> str:
    return f"url:{article.url}" if article.url else f"id:{article.id}"


@dataclass
class Plan:
    """The store's articles after an add, and which articles need the per-article work."""

    kept: dict[str, StoredArticle]          # key → entry
    to_analyse: list[Article]
    change: StoreChange


def plan_add(current: list[StoredArticle], articles: Iterable[Article], change: StoreChange,
             spacy_model: str | None) -> Plan:
    kept = {entry.key: entry for entry in current}
    contents = {entry.content for entry in current}
    ids = {entry.id: entry.key for entry in current}
    to_analyse: list[Article] = []
    for article in articles:
        content, key = content_hash(article), identity_key(article)
        if content in contents:
            change.unchanged.append(article.id)
            continue
        old = kept.get(key)
        if old is None and article.id in ids:
            # Another article already has this id (same file name, other URL): keep both.
            article = _with_id(article, f"{article.id}-{content[:6]}")
        if old is not None:
            article = _with_id(article, old.id)   # a new version keeps the article's id
            change.replaced.append(article.id)
        else:
            change.added.append(article.id)
        entry = StoredArticle(article.id, key, content, analysis_name(article, spacy_model))
        kept[key], ids[article.id] = entry, key
        contents.add(content)
        to_analyse.append(article)
    return Plan(kept, to_analyse, change)


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)


def add(
    paths: Iterable[str | Path] | str | Path,
    store: str | Path,
    *,
    dates: Mapping[str, date | str] | None = None,
    options: RunOptions | None = None,
) -> StoreChange:
    """Add the articles under ``paths`` to the store folder ``store`` (created if missing).

    Articles the store holds already (same content) change nothing; a changed text under a
    known URL (or, without one, the same article id) replaces the old version. The merged
    graph is recomputed from the kept per-article results and written as a new generation.
    """
    options = options or RunOptions()
    paths = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    with options.timed("ingest"):
        articles, skipped = read_articles(paths, parse_dates(dates))
    if not articles:
        raise NoArticlesError(paths, skipped)
    target = ArticleStore.open(store, create=True)
    change = StoreChange(Path(store), skipped=list(skipped))
    with target.locked():
        current = target.current()
        plan = plan_add(current.articles if current else [], articles, change,
                        options.spacy_model)
        if not plan.to_analyse:
            return _summarise(change, current)
        with options.timed("analyse"):
            by_id = {a.id: plan.kept[identity_key(a)] for a in plan.to_analyse}
            for result in analyse_all(plan.to_analyse, options):
                name = by_id[result.article.id].analysis
                target.save_analysis(name, codec.to_json(result))
        generation = _recompute(target, sorted(plan.kept.values(), key=lambda e: e.id), options)
    return _summarise(change, generation)


def remove(article_id: str, store: str | Path, *, options: RunOptions | None = None
           ) -> StoreChange:
    """Remove an article (by id, or by URL) and every fact only it supported."""
    options = options or RunOptions()
    target = ArticleStore.open(store)
    change = StoreChange(Path(store))
    with target.locked():
        current = target.current()
        entries = current.articles if current else []
        gone = [e for e in entries if e.id == article_id or e.key == f"url:{article_id}"]
        if not gone:
            raise StoreError(f"{store}: no article {article_id!r} in the store")
        change.removed = [e.id for e in gone]
        generation = _recompute(target, [e for e in entries if e not in gone], options)
    return _summarise(change, generation)


def _recompute(target: ArticleStore, entries: list[StoredArticle], options: RunOptions
               ) -> Generation:
    """The merged graph of ``entries`` from their kept results, as a new generation."""
    total = len(entries)
    with options.timed("load"):
        results = []
        for done, entry in enumerate(entries, 1):
            results.append(codec.load(ArticleResult, target.load_analysis(entry.analysis)))
            if done % 200 == 0 or done == total:
                options.report("load", done, total)
    with options.timed("merge"):
        graph = merge_results(results)
        del results
    with options.timed("write"), collector_paused():
        return target.commit(entries, graph)


def _summarise(change: StoreChange, generation: Generation | None) -> StoreChange:
    if generation is not None:
        counts = generation.counts
        change.articles = counts["articles"]
        change.entities = counts["entities"]
        change.events = counts["events"]
        change.generation = generation.number
    return change


def open_store(store: str | Path) -> Generation:
    """The live generation of a store (error if it holds nothing yet)."""
    generation = ArticleStore.open(store).current()
    if generation is None:
        raise StoreError(f"{store}: the store holds no articles yet")
    return generation


def store_graph(store: str | Path) -> KnowledgeGraph:
    """The store's merged graph as plain dataclasses (what ``build`` would have made)."""
    return codec.load(KnowledgeGraph, open_store(store).graph_json())


def export_store(store: str | Path, out: str | Path, *, render: bool = True,
                 ui_lang: str = "de") -> dict[str, Path]:
    """Write graph.ttl/.trig/.jsonld (and the pages) of the store into ``out``: the same
    bytes as ``build`` of the same articles, written as a set like ``build``'s."""
    from graphkit.pipeline import write_output_set

    return write_output_set(store_graph(store), Path(out), render=render, ui_lang=ui_lang)
