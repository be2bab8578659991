"""Near-identical articles (one agency text on several sites, one file under two names).

Support counts independent sources, so copies must count once. Each article's text becomes a
set of word 5-gram shingles and a MinHash signature; locality-sensitive hashing (bands of the
signature) proposes candidate pairs through a hash index, and only those are compared
exactly. Articles whose shingle sets have Jaccard similarity >= ``THRESHOLD`` are one
source. Cost is linear in the total text (no comparison of all pairs of articles).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from graphkit.model import Article

THRESHOLD = 0.9          # Jaccard similarity of word 5-gram sets that makes one source
SHINGLE_WORDS = 5
_PERMUTATIONS = 64
_BANDS = 16              # 16 bands of 4 rows: a pair at 0.9 becomes a candidate ~always
_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+")

_rng = np.random.default_rng(20241102)  # fixed: signatures are the same in every build
_A = _rng.integers(1, _PRIME, size=_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=_PERMUTATIONS, dtype=np.uint64)


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-grams of ``text`` (case and punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        words_sets = [" ".join(words)] if words else []
    else:
        words_sets = [" ".join(words[i:i + SHINGLE_WORDS])
                      for i in range(len(words) - SHINGLE_WORDS + 1)]
    return {int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=7).digest(), "big")
            for s in words_sets}


def signature(hashes: set[int]) -> np.ndarray:
    """MinHash signature: for each of the fixed permutations, the smallest permuted hash."""
    if not hashes:
        return np.full(_PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    # (a * x + b) mod 2^64 is a cheap universal-enough permutation for 56-bit inputs.
    permuted = values[None, :] * _A[:, None] + _B[:, None]
    return permuted.min(axis=1)


def jaccard(first: set[int], second: set[int]) -> float:
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def representative_rank(article: Article) -> tuple[int, int, str]:
    """Which copy stands for a group: one with a stated date, then one that is not a hidden
    file (".name.txt"), then the smallest id."""
    published = article.published
    dated = 0 if published is not None and not published.inferred else 1
    return (dated, int(article.id.startswith(".")), article.id)


def duplicate_groups(articles: Iterable[Article],
                     threshold: float = THRESHOLD) -> dict[str, str]:
    """Each article id → the id of its group's representative (see
    :func:`representative_rank`) among articles with near-identical text; articles without
    copies map to themselves."""
    items = sorted(articles, key=representative_rank)
    order = {a.id: i for i, a in enumerate(items)}
    sets = {a.id: shingles(a.text) for a in items}
    parent = {a.id: a.id for a in items}

    def root(article_id: str) -> str:
        while parent[article_id] != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    rows = _PERMUTATIONS // _BANDS
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for article in items:
        sig = signature(sets[article.id])
        for band in range(_BANDS):
            key = (band, sig[band * rows:(band + 1) * rows].tobytes())
            for other in buckets[key]:
                a, b = root(article.id), root(other)
                if a != b and jaccard(sets[article.id], sets[other]) >= threshold:
                    first, second = sorted((a, b), key=order.__getitem__)
                    parent[second] = first
            # One representative per bucket is enough once the bucket's members are grouped.
            if len(buckets[key]) < 4:
                buckets[key].append(article.id)
    return {article_id: root(article_id) for article_id in parent}


def independent(article_ids: Iterable[str], groups: Mapping[str, str]) -> int:
    """How many independent sources a set of articles is."""
    return len({groups.get(a, a) for a in article_ids})
