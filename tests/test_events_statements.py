"""Statements: speakers that no name states (a government body told by its phrase)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest
from helpers import make_article

from graphkit.events import extract_event_mentions
from graphkit.model import SPEAKER, STATEMENT
from graphkit.nlp import syntax
from graphkit.pipeline import tag_times

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2024, 3, 8)


@lru_cache(maxsize=1)
def model_pipeline():  # type: ignore[no-untyped-def]
    from graphkit.nlp.pipeline import default_pipeline

    return default_pipeline()


def statements(text: str):
    from graphkit.nlp.pipeline import analyse_article

    article = analyse_article(make_article(text, DAY), model_pipeline())
    return [m for m in extract_event_mentions(article, tag_times(article.article))
            if m.type == STATEMENT]


def speakers(mention) -> list[str]:
    return [actor.text for actor, role in mention.actors if role == SPEAKER]


def test_a_ministry_without_a_name_speaks_by_its_phrase():
    said = statements("Streit um Zölle\n\nDas chinesische Handelsministerium erklärte, "
                      "die neuen Zölle verstießen gegen alle Regeln.")
    assert len(said) == 1 and speakers(said[0]) == ["chinesische Handelsministerium"]


def test_a_junta_after_a_demonstrative_object_is_the_speaker():
    said = statements("Wahl verschoben\n\nDie Wahl findet erst im Herbst statt. "
                      "Das teilte die Übergangsjunta am Montag mit.")
    assert any(speakers(m) == ["Übergangsjunta"] for m in said)


def test_an_unnamed_service_stays_without_speaker():
    said = statements("Unfall\n\nDie Polizei erklärte, der Fahrer sei zu schnell gewesen.")
    assert len(said) == 1 and speakers(said[0]) == []
