"""The nlp stage: sentences, tokens with lemmas/tags, and entity mentions per article."""

from graphkit.nlp.pipeline import analyse_article, analyse_articles, load_pipeline

__all__ = ["analyse_article", "analyse_articles", "load_pipeline"]
