"""Corpus reader for training: gold tokens, optionally with the corpus' HanTa tags.

spaCy's own ``spacy.Corpus.v1`` re-tokenises each text for the predicted side and so drops
the precomputed tags; this reader builds the predicted doc from the reference tokens and can
copy ``token.tag_`` onto it (so a NER that reads ``TAG`` sees the tags during training
without a tagger having to run first).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry


@registry.readers("graphkit.GoldTokenCorpus.v1")
def gold_token_corpus(
    path: Path, copy_tags: bool = True, limit: int = 0, shuffle: bool = False
) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if shuffle:
            random.shuffle(docs)
        for i, reference in enumerate(docs):
            if limit and i >= limit:
                break
            yield Example(predicted_doc(nlp, reference, copy_tags), reference)

    return read


def predicted_doc(nlp: Language, reference: Doc, copy_tags: bool) -> Doc:
    words = [t.text for t in reference]
    spaces = [bool(t.whitespace_) for t in reference]
    tags = [t.tag_ for t in reference] if copy_tags else None
    if tags is not None and not any(tags):
        tags = None
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
