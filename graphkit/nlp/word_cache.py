"""Each word's embedding computed once: a speed-up of the trained pipelines at run time.

The first layer of graphkit's token-to-vector models (``graphkit.SubwordHashEmbed.v2``:
hash embeddings of NORM, PREFIX, SUFFIX and SHAPE, the subword vector and the name-list
flags, mixed by one Maxout layer) sees one token at a time, so at inference a token's row
depends on its form alone. ``cache_word_embeddings`` makes those layers of a loaded
pipeline compute the row of each (ORTH, NORM) once and reuse it in later batches; the window
encoder above it, which sees the context, runs as before. Training never turns this on (its
weights change between batches).
"""

from __future__ import annotations

from functools import partial

import numpy as np
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Model

# Set on the layer by the architecture, so a loaded pipeline's layers can be found.
PER_WORD_ATTR = "graphkit_per_word"
MAX_WORDS = 200_000  # rows kept (96 floats each: ~77 MB); the cache starts again beyond it


class WordRows:
    """Computed rows by (ORTH, NORM) key, in one growing matrix."""

    def __init__(self) -> None:
        self.position: dict[tuple[int, int], int] = {}
        self.matrix: np.ndarray | None = None
        self.size = 0

    def add(self, keys: list[tuple[int, int]], rows: np.ndarray) -> None:
        if self.matrix is None or self.size + len(keys) > MAX_WORDS:
            self.position.clear()
            self.matrix = np.empty((max(1024, len(keys)), rows.shape[1]), dtype=rows.dtype)
            self.size = 0
        while self.size + len(keys) > len(self.matrix):
            grown = np.empty((2 * len(self.matrix), self.matrix.shape[1]), self.matrix.dtype)
            grown[: self.size] = self.matrix[: self.size]
            self.matrix = grown
        self.matrix[self.size: self.size + len(keys)] = rows
        for offset, key in enumerate(keys):
            self.position[key] = self.size + offset
        self.size += len(keys)


def cache_word_embeddings(nlp: Language) -> Language:
    """Let every per-word embedding layer of ``nlp``'s components reuse its rows."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if node.attrs.get(PER_WORD_ATTR) and not isinstance(node._func, partial):
                node._func = partial(cached_forward, node._func, WordRows())
    return nlp


def forget_words(nlp: Language) -> None:
    """Empty the caches ``cache_word_embeddings`` set up (as a fresh process has them)."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            if node.attrs.get(PER_WORD_ATTR) and isinstance(node._func, partial):
                node._func.args[1].__init__()


def cached_forward(plain_forward, rows: WordRows, model: Model,  # type: ignore[no-untyped-def]
                   docs: list[Doc], is_train: bool):
    if is_train or not docs:
        return plain_forward(model, docs, is_train)
    columns = [doc.to_array([ORTH, NORM]) for doc in docs]
    stacked = np.concatenate(columns) if columns else np.zeros((0, 2), dtype=np.uint64)
    unique, inverse = np.unique(stacked, axis=0, return_inverse=True)
    keys = [(int(orth), int(norm)) for orth, norm in unique.tolist()]
    missing = [key for key in keys if key not in rows.position]
    if missing:
        computed = plain_forward(model, [words_doc(docs[0].vocab, missing)], False)[0][0]
        rows.add(missing, model.ops.to_numpy(computed))
    assert rows.matrix is not None
    per_token = rows.matrix[np.asarray([rows.position[key] for key in keys])][inverse.reshape(-1)]
    ends = np.cumsum([len(doc) for doc in docs])[:-1]
    outputs = [model.ops.asarray2f(part) for part in np.split(per_token, ends)]

    def backprop(_gradients):  # type: ignore[no-untyped-def]
        raise RuntimeError("cached word embeddings are for inference only")

    return outputs, backprop


def words_doc(vocab: Vocab, keys: list[tuple[int, int]]) -> Doc:
    """One token per key, with that form and norm."""
    strings = vocab.strings
    doc = Doc(vocab, words=[strings[orth] for orth, _ in keys])
    for token, (_, norm) in zip(doc, keys):
        if token.norm != norm:
            token.norm_ = strings[norm]
    return doc
