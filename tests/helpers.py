"""Helpers for tests that run graphkit's pipelines (rules only, or the shipped model) on
small German texts."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from graphkit.model import AnalysedArticle, Article, PublicationDate


@lru_cache(maxsize=1)
def rules_pipeline():  # type: ignore[no-untyped-def]
    """Blank German + sentencizer + HanTa + gazetteer ruler: no trained model."""
    from graphkit.nlp.pipeline import default_pipeline

    return default_pipeline(use_model=False)


@lru_cache(maxsize=1)
def model_pipeline():  # type: ignore[no-untyped-def]
    """The shipped default pipeline: trained tagger, parser and NER, then the rules."""
    from graphkit.nlp.pipeline import default_pipeline

    return default_pipeline()


def make_article(text: str, day: date | None = None, article_id: str = "a1") -> Article:
    published = PublicationDate(day, "metadata") if day else None
    return Article(id=article_id, path=f"{article_id}.txt", title=text.split("\n")[0],
                   text=text, published=published)


def analyse(text: str, day: date | None = None, article_id: str = "a1") -> AnalysedArticle:
    from graphkit.nlp.pipeline import analyse_article

    return analyse_article(make_article(text, day, article_id), rules_pipeline())


def model_mentions(text: str, day: date | None = None, article_id: str = "a1"):  # type: ignore[no-untyped-def]
    """The event mentions of ``text`` with the shipped pipeline (its parse gives roles)."""
    from graphkit.analysis import tag_times
    from graphkit.events import extract_event_mentions
    from graphkit.nlp.pipeline import analyse_article

    article = analyse_article(make_article(text, day, article_id), model_pipeline())
    return extract_event_mentions(article, tag_times(article.article))
