"""Bare surnames: once an article names "Kim Jong Un", a later "Kim" is a person too.

Statistical NER often misses a lone surname, or calls it an organisation or place ("Hinton
arbeitete für Google"), and gazetteers must not list ambiguous ones. This article-level pass
marks capitalised tokens that repeat the surname (or last name) of a person already found in
the same article, and relabels an unlinked one-word model name that does; which person it
is, is the resolve stage's call. A name the gazetteer linked (a place "Paris") keeps its label.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from graphkit.kb.gazetteer import Gazetteer
from graphkit.model import PER, AnalysedSentence, EntityMention

GENITIVE_ENDINGS = ("s", "'", "’")


def article_surnames(sentences: Sequence[AnalysedSentence], gazetteer: Gazetteer) -> set[str]:
    names: set[str] = set()
    for sentence in sentences:
        for mention in sentence.mentions:
            words = mention.text.split()
            if mention.label != PER or len(words) < 2 or mention.source == "office":
                continue
            entry = gazetteer.get(mention.kb_id) if mention.kb_id else None
            names.add(entry.surname if entry and entry.surname else words[-1])
    return {n for n in names if n and n[:1].isupper()}


def bare_form(word: str, surnames: set[str]) -> str | None:
    if word in surnames:
        return word
    if word.endswith(GENITIVE_ENDINGS) and word[:-1] in surnames:
        return word[:-1]
    return None


def covered_tokens(sentence: AnalysedSentence) -> set[int]:
    """Indices of the tokens that overlap a mention of the sentence (tokens are sorted, so
    each mention looks only at its own tokens: linear, not tokens × mentions)."""
    tokens = sentence.tokens
    starts = [t.start for t in tokens]
    covered: set[int] = set()
    for mention in sentence.mentions:
        index = max(bisect_right(starts, mention.start) - 1, 0)
        while index < len(tokens) and tokens[index].start < mention.end:
            if tokens[index].end > mention.start:
                covered.add(index)
            index += 1
    return covered


def add_surname_mentions(
    sentences: Sequence[AnalysedSentence], gazetteer: Gazetteer
) -> None:
    surnames = article_surnames(sentences, gazetteer)
    if not surnames:
        return
    for sentence in sentences:
        sentence.mentions = [as_person(m, surnames) for m in sentence.mentions]
        taken = covered_tokens(sentence)
        added = []
        for index, token in enumerate(sentence.tokens):
            if bare_form(token.text, surnames) is None:
                continue
            if index in taken:
                continue
            added.append(EntityMention(sentence.sentence.article_id, sentence.sentence.index,
                                       token.start, token.end, token.text, PER, None, "rule"))
        if added:
            sentence.mentions = sorted(sentence.mentions + added, key=lambda m: m.start)


def as_person(mention: EntityMention, surnames: set[str]) -> EntityMention:
    """An unlinked one-word model name that repeats a surname of the article is that person."""
    if (mention.label != PER and mention.kb_id is None and mention.source == "model"
            and " " not in mention.text and bare_form(mention.text, surnames) is not None):
        return replace(mention, label=PER)
    return mention
