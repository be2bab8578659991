"""graphkit's German syntax components, shipped in ``graphkit/data/syntax_model``.

The shipped directory is a spaCy pipeline (``spacy.load``-able) trained by
``training/train_syntax.py`` on UD German GSD dev and UD German PUD (see its
``ATTRIBUTION.md``): one shared tok2vec (hash embeddings + the run-time subword vectors of
``graphkit.nlp.subword_vectors``) feeding an STTS ``tagger``, a ``morphologizer`` (UPOS and
UD features), a ``trainable_lemmatizer`` and a ``parser`` (UD relations).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from graphkit.errors import ShippedModelError
from graphkit.nlp import subword_vectors
from graphkit.nlp.blas import use_numpy_gemm
from graphkit.nlp.word_cache import cache_word_embeddings

SHIPPED_SYNTAX_DIR: Path = Path(__file__).resolve().parents[1] / "data" / "syntax_model"

TOK2VEC = "tok2vec"
# The shipped components after the shared tok2vec, in pipeline order.
SYNTAX_COMPONENTS = ("tagger", "morphologizer", "trainable_lemmatizer", "parser")
# Those in graphkit's default pipeline: HanTa's lexicon lemmatises better than the trained
# lemmatiser (GSD test lemma accuracy 96.2 vs 93.2; benchmarks/syntax_eval.py).
DEFAULT_COMPONENTS = ("tagger", "morphologizer", "parser")
# What a user's pipeline must have for graphkit's stages, and graphkit's stand-in for each.
REQUIRED_ANALYSES = {
    "parser": ("parser",),
    "morphologizer": ("morphologizer",),
}


def shipped_syntax_available() -> bool:
    """True when the model files are there and the subword vectors' wheel is installed."""
    has_files = (SHIPPED_SYNTAX_DIR / "config.cfg").is_file() and (
        SHIPPED_SYNTAX_DIR / "parser"
    ).is_dir()
    return has_files and subword_vectors.subword_vectors_available()


def _load() -> Language:
    if not shipped_syntax_available():
        raise ShippedModelError(
            f"graphkit's syntax model is not available in {SHIPPED_SYNTAX_DIR} "
            f"(or {subword_vectors.REQUIREMENT!r} is not installed)"
        )
    return cache_word_embeddings(use_numpy_gemm(spacy.load(SHIPPED_SYNTAX_DIR)))


@lru_cache(maxsize=1)
def load_shipped_syntax() -> Language:
    """The shipped syntax pipeline on its own, loaded once per process."""
    return _load()


def add_shipped_syntax(nlp: Language, *, components: Sequence[str] = SYNTAX_COMPONENTS,
                       before: str | None = None) -> None:
    """Add the shared tok2vec and ``components`` to ``nlp`` (before ``before``)."""
    source = load_shipped_syntax()
    where = {"before": before} if before else {}
    for name in (TOK2VEC, *components):
        if name in nlp.pipe_names:
            raise ShippedModelError(f"pipeline already has a component named {name!r}")
        nlp.add_pipe(name, source=source, **where)
    register_morphology(nlp, source)


def add_standalone_components(nlp: Language, names: Sequence[str]) -> None:
    """Add some shipped components to another pipeline, each with its own copy of the
    tok2vec (so they neither clash with nor depend on the pipeline's own ``tok2vec``)."""
    source = _load()  # a private copy: replace_listeners changes it
    for name in names:
        source.replace_listeners(TOK2VEC, name, ["model.tok2vec"])
    for name in names:
        nlp.add_pipe(name, source=source)
    register_morphology(nlp, source)


def register_morphology(nlp: Language, source: Language) -> None:
    """A sourced morphologiser keeps writing feature sets of the source's vocab; ``nlp``'s
    vocab must know them too, or ``token.morph`` reads as empty."""
    if "morphologizer" not in source.pipe_names:
        return
    for features in source.get_pipe("morphologizer").cfg["labels_morph"].values():
        nlp.vocab.morphology.add(features)


def missing_analyses(nlp: Language) -> list[str]:
    """Syntax components graphkit needs that ``nlp`` lacks ("parser", "morphologizer")."""
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    return [need for need, provides in REQUIRED_ANALYSES.items()
            if not factories & set(provides)]
