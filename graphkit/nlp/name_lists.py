"""Name lists as an NER feature: is a token a known given name, family name or place word?

The lists ship in ``graphkit/data/names/`` (built by ``training/build_name_lists.py`` from
Faker's person names and GeoNames' places; see that folder's README). They are no
gazetteer: a listed word is not an entity by itself ("Paris Hilton", "Washington Post"),
and nothing is linked. The NER model embeds a token's list memberships as one more input
feature, next to its hash and subword embeddings, and learns from context when they count.

Registered for spaCy: layer ``graphkit.NameListEmbed.v1`` (docs → Ragged n_tokens × width).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Embed, Model, chain, with_array
from thinc.types import Ints2d, Ragged

FIRST_NAME, SURNAME, PLACE = 1, 2, 4
N_FLAG_VALUES = 8  # every combination of the three flags
LIST_FILES = {FIRST_NAME: "first_names.txt", SURNAME: "surnames.txt", PLACE: "places.txt"}
# Genitive and possessive endings: "Putins", "Paris'", "Kim’s".
_GENITIVE_ENDINGS = ("'s", "’s", "s", "'", "’")


@dataclass(frozen=True)
class NameLists:
    words: dict[str, int]  # word → bit set of FIRST_NAME | SURNAME | PLACE

    def flags(self, word: str) -> int:
        """The lists ``word`` (or its form without a genitive ending) is in, as bits."""
        found = self.words.get(word)
        if found is not None:
            return found
        for ending in _GENITIVE_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                found = self.words.get(word[: -len(ending)])
                if found is not None:
                    return found
        return 0


@lru_cache(maxsize=1)
def shipped_name_lists() -> NameLists:
    words: dict[str, int] = {}
    folder = resources.files("graphkit") / "data" / "names"
    for bit, file_name in LIST_FILES.items():
        for word in (folder / file_name).read_text(encoding="utf-8").split("\n"):
            if word:
                words[word] = words.get(word, 0) | bit
    return NameLists(words)


@registry.layers("graphkit.NameListEmbed.v1")
def NameListEmbed(width: int) -> Model[list[Doc], Ragged]:
    """A learned ``width``-dim vector for each combination of list memberships."""
    return chain(
        Model("name_list_flags", _flags_forward),
        with_array(Embed(width, N_FLAG_VALUES, column=0, dropout=0.0)),
    )


def _flags_forward(model: Model, docs: list[Doc], is_train: bool):
    from graphkit.nlp.subword_vectors import unique_words  # it imports this module

    lists = shipped_name_lists()
    words, index = unique_words(docs)
    flags = np.asarray([lists.flags(word) for word in words], dtype="int32")[index]
    column: Ints2d = model.ops.asarray2i(flags.reshape(-1, 1))
    lengths = model.ops.asarray1i([len(doc) for doc in docs])

    def backprop(_d_output: Ragged) -> list[Doc]:
        return []

    return Ragged(column, lengths), backprop
