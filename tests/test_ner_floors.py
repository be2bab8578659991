"""Quality floors of the NER on graphkit's own news sentences (benchmarks/ner_floors.json).

Scores the shipped pipeline and the model alone on all of ``benchmarks/data/ner_news/``
(both halves and the extra dev sentences, a few seconds) and fails when the shipped
pipeline drops below a floor or below the model alone. The floors were set from a
measured run (``python benchmarks/ner_eval.py --news-only``), a little under it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from graphkit.nlp import ner_model

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "benchmarks" / "ner_floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not ner_model.shipped_model_available(),
                                reason="shipped NER model missing")


@pytest.fixture(scope="module")
def scores():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import ner_eval

    sentences = ner_eval.news_sentences()
    return {name: ner_eval.score_news(build(), sentences)
            for name, build in (("model", ner_eval.model_pipeline),
                                ("shipped", ner_eval.shipped_pipeline))}


def test_news_sentences_are_enough_and_cover_every_domain():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import ner_eval

    sentences = ner_eval.news_sentences()
    assert len(sentences) >= 150
    assert {s.domain for s in sentences} == {"sport", "business", "culture", "science",
                                             "courts", "politics"}


def test_shipped_f1_is_above_its_floor(scores):
    assert scores["shipped"].all.prf()[2] >= FLOORS["news"]["shipped_f1"]


def test_names_outside_the_gazetteer_are_found(scores):
    assert scores["shipped"].parts["outside"].prf()[1] >= FLOORS["news"]["outside_recall"]


def test_names_inside_the_gazetteer_are_found(scores):
    assert scores["shipped"].parts["in gazetteer"].prf()[1] >= FLOORS["news"]["in_gazetteer_recall"]


def test_misc_is_found(scores):
    assert scores["shipped"].all.prf("MISC")[2] >= FLOORS["news"]["misc_f1"]


def test_shipped_pipeline_is_not_below_the_model_alone(scores):
    assert scores["shipped"].all.prf()[2] >= scores["model"].all.prf()[2]
