"""Long texts in pieces: spaCy never gets more than ``MAX_CHUNK_CHARS`` characters at once.

A text is cut at paragraph breaks, else at sentence ends, else at spaces, else hard; each
piece is analysed alone and its sentences, tokens and mentions are shifted back to offsets
in the whole text (and sentence numbers continue), so nothing downstream sees the cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.model import AnalysedSentence

MAX_CHUNK_CHARS = 100_000
# Preferred cut points, best first: a blank line, a sentence end, any whitespace.
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?…][\"“”»«)]*\s+"), re.compile(r"\s+"))


def cut_point(text: str, start: int, limit: int) -> int:
    """The end of the piece starting at ``start``: the last good cut within ``limit``."""
    end = start + limit
    if end >= len(text):
        return len(text)
    window = text[start:end]
    for pattern in _CUTS:
        ends = [match.end() for match in pattern.finditer(window, len(window) // 2)]
        if ends:
            return start + ends[-1]
    return end


def split_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs that cover ``text`` in order, each at most ``limit`` long."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = cut_point(text, start, limit)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def shift_sentences(sentences: list[AnalysedSentence], offset: int,
                    first_index: int) -> list[AnalysedSentence]:
    """A piece's sentences moved to ``offset`` in the whole text, numbered from
    ``first_index``."""
    shifted = []
    for item in sentences:
        index = item.sentence.index + first_index
        sentence = replace(item.sentence, index=index, start=item.sentence.start + offset,
                           end=item.sentence.end + offset)
        tokens = [replace(t, start=t.start + offset, end=t.end + offset) for t in item.tokens]
        mentions = [replace(m, sentence_index=index, start=m.start + offset, end=m.end + offset)
                    for m in item.mentions]
        shifted.append(AnalysedSentence(sentence, tokens, mentions))
    return shifted
