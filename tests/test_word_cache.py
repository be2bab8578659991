"""Each word's embedding row is computed once at run time (graphkit.nlp.word_cache)."""

from __future__ import annotations

import numpy as np
import pytest

from graphkit.nlp.pipeline import default_pipeline
from graphkit.nlp.word_cache import PER_WORD_ATTR, WordRows

TEXTS = [
    "Die Stadtwerke Kassel erhöhen zum Januar die Preise für Fernwärme.",
    "Nach dem Sturm räumten Helfer in Kassel die Straßen; die Stadtwerke meldeten Schäden.",
    "Bundesarbeitsministerin Bärbel Bas stellte am Montag in Berlin den Rentenbericht vor.",
]


def cached_layers(nlp):  # type: ignore[no-untyped-def]
    return [node for _, component in nlp.pipeline
            if hasattr(getattr(component, "model", None), "walk")
            for node in component.model.walk() if node.attrs.get(PER_WORD_ATTR)]


def analysis(nlp, texts: list[str]) -> list:  # type: ignore[no-untyped-def]
    return [([(t.tag_, str(t.morph), t.dep_, t.head.i) for t in doc],
             [(e.text, e.label_) for e in doc.ents]) for doc in nlp.pipe(texts)]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return default_pipeline()


def test_shipped_pipelines_cache_their_word_embeddings(nlp) -> None:  # type: ignore[no-untyped-def]
    assert len(cached_layers(nlp)) == 2       # the NER's and the syntax components' tok2vec


def test_cached_rows_give_the_same_analysis_as_computing_them(nlp) -> None:  # type: ignore[no-untyped-def]
    layers = cached_layers(nlp)
    first = analysis(nlp, TEXTS)
    again = analysis(nlp, list(reversed(TEXTS)))[::-1]   # every word now comes from the cache
    cached = [layer._func for layer in layers]
    try:
        for layer in layers:
            layer._func = layer._func.args[0]           # the plain forward
        plain = analysis(nlp, TEXTS)
    finally:
        for layer, forward in zip(layers, cached):
            layer._func = forward
    assert first == again == plain


def test_embedding_rows_match_the_plain_layer(nlp) -> None:  # type: ignore[no-untyped-def]
    layer = cached_layers(nlp)[0]
    docs = [nlp.make_doc(text) for text in TEXTS]
    cached = layer.predict(docs)
    plain = layer._func.args[0](layer, docs, False)[0]
    for row_cached, row_plain in zip(cached, plain):
        assert row_cached.shape == row_plain.shape
        assert np.allclose(row_cached, row_plain, atol=1e-5)


def test_training_computes_rows_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    layer = cached_layers(nlp)[0]
    docs = [nlp.make_doc(TEXTS[0])]
    rows, backprop = layer(docs, is_train=True)   # the plain forward, with its gradient
    assert callable(backprop) and rows[0].shape[0] == len(docs[0])


def test_rows_start_again_beyond_the_limit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("graphkit.nlp.word_cache.MAX_WORDS", 3)
    rows = WordRows()
    rows.add([(1, 1), (2, 2)], np.ones((2, 4), dtype="float32"))
    rows.add([(3, 3), (4, 4)], np.zeros((2, 4), dtype="float32"))
    assert set(rows.position) == {(3, 3), (4, 4)} and rows.size == 2


def test_forget_words_empties_the_caches(nlp) -> None:  # type: ignore[no-untyped-def]
    from graphkit.nlp.word_cache import forget_words

    list(nlp.pipe(TEXTS))
    assert all(layer._func.args[1].size for layer in cached_layers(nlp))
    forget_words(nlp)
    assert not any(layer._func.args[1].size for layer in cached_layers(nlp))
