"""Lemmas from a table of HanTa's analyses, with HanTa itself only for forms not in it.

``graphkit/data/lexicon/lemmas.tsv.gz`` (built by ``training/build_lemma_table.py``) holds,
for ~170k German word forms in lower case, the lemma HanTa gives the form written with a
small and with a capital first letter; HanTa's lemma (without a tag) depends on nothing
else. A look-up replaces an analysis of 0.2-3 ms, which made HanTa the slowest stage of the
default pipeline; the lemmas stay HanTa's, token for token.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from pathlib import Path

LEMMA_TABLE: Path = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "lemmas.tsv.gz"


def table_key(word: str) -> str:
    return word.lower()


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, tuple[str, str]]:
    """lower-case form → (lemma with a small initial, lemma with a capital initial)."""
    path = resources.files("graphkit.data") / "lexicon" / "lemmas.tsv.gz"
    if not path.is_file():
        return {}
    table: dict[str, tuple[str, str]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        key, small, capital = line.split("\t")
        table[key] = (small, capital)
    return table


def table_lemma(word: str) -> str | None:
    """HanTa's lemma of ``word`` if the table has it (or the word has no letters: HanTa
    keeps numbers, dates and times as they are, but cuts a truncation hyphen: "18-")."""
    entry = lemma_table().get(table_key(word))
    if entry is not None:
        return entry[1] if word[:1].isupper() else entry[0]
    if not any(c.isalpha() for c in word) and not word.endswith("-"):
        return word
    return None
