"""graphkit's own German NER model, shipped in ``graphkit/data/ner_model``.

The shipped directory is a spaCy pipeline (``spacy.load``-able) trained by
``training/train.py`` on GermEval 2014 dev + DFKI SmartData (CC BY 4.0, see its
``ATTRIBUTION.md``). Its components carry their own embedding layers (no shared tok2vec), so
they can be copied into any pipeline. The embedding uses multilingual subword vectors
computed at run time (``graphkit.nlp.subword_vectors``), which must be imported before
``spacy.load`` so that spaCy finds the registered architectures; this module does that.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from graphkit.errors import ShippedModelError
from graphkit.nlp import encoders, subword_vectors  # noqa: F401  (register graphkit.* architectures)
from graphkit.nlp.blas import use_numpy_gemm
from graphkit.nlp.word_cache import cache_word_embeddings

SHIPPED_MODEL_DIR: Path = Path(__file__).resolve().parents[1] / "data" / "ner_model"

# Where the gazetteer goes relative to the model: "before" | "after" | "reconcile" (matches
# after the model, merged by graphkit.nlp.entity_reconcile). Measured on the dev half of
# graphkit's own news sentences (benchmarks/ner_eval.py --dev --positions; GermEval dev is
# the model's training data): model alone 76.2 F1, ruler before 65.1 (it cut "FC Bayern
# München" into places), ruler after 77.8, reconcile 83.6.
RULER_POSITION: str = "reconcile"

# Components of the shipped pipeline added to graphkit's pipeline, in order.
NER_COMPONENTS = ("ner_tagger", "ner")


def shipped_model_available() -> bool:
    """True when the model files are there and the subword vectors' wheel is installed."""
    has_files = (SHIPPED_MODEL_DIR / "config.cfg").is_file() and (
        SHIPPED_MODEL_DIR / "ner"
    ).is_dir()
    return has_files and subword_vectors.subword_vectors_available()


@lru_cache(maxsize=1)
def load_shipped_model() -> Language:
    """The shipped pipeline on its own (tokenizer + tagger + ner), loaded once per process."""
    if not shipped_model_available():
        raise ShippedModelError(
            f"graphkit's NER model is not available in {SHIPPED_MODEL_DIR} "
            f"(or {subword_vectors.REQUIREMENT!r} is not installed)"
        )
    return cache_word_embeddings(use_numpy_gemm(spacy.load(SHIPPED_MODEL_DIR)))


def add_shipped_ner(nlp: Language) -> None:
    """Add the shipped NER (and the tagger it reads ``TAG`` from, if any) to ``nlp``.

    The components go before ``graphkit_hanta`` when that is in the pipeline, so HanTa's
    tags (which the later stages use) overwrite the distilled tagger's after the NER has
    read them; otherwise they go last.
    """
    source = load_shipped_model()
    where = {"before": "graphkit_hanta"} if "graphkit_hanta" in nlp.pipe_names else {}
    for name in NER_COMPONENTS:
        if name not in source.pipe_names:
            continue
        if name in nlp.pipe_names:
            raise ShippedModelError(f"pipeline already has a component named {name!r}")
        nlp.add_pipe(name, source=source, **where)
