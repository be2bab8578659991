"""Positions across articles: one per person, organisation and post, with every sentence
that states it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from graphkit.merge.entities import EntityIndex
from graphkit.model import ORG, PER, Position, PositionMention, SourceSentence


def merge_positions(mentions: Iterable[PositionMention], index: EntityIndex) -> list[Position]:
    """Positions whose person resolved to a person and organisation to an organisation,
    in id order (the graph must not depend on the order articles were read in)."""
    sources: dict[tuple[str, str, str], list[SourceSentence]] = {}
    for mention in mentions:
        person = index.entity_for(mention.person)
        organisation = index.entity_for(mention.organisation)
        if person is None or organisation is None or person.label != PER \
                or organisation.label != ORG:
            continue
        key = (person.id, organisation.id, mention.post_name)
        sources.setdefault(key, []).append(position_source(mention))
    positions = [Position(position_id(*key), position_label(index, *key), *key,
                          sorted(set(found), key=source_order))
                 for key, found in sources.items()]
    return sorted(positions, key=lambda position: position.id)


def position_source(mention: PositionMention) -> SourceSentence:
    sentence = mention.sentence
    return SourceSentence(
        article_id=mention.article_id, sentence_index=sentence.index, start=sentence.start,
        end=sentence.end, text=sentence.text, trigger_start=mention.post.start,
        trigger_end=mention.post.end,
    )


def source_order(source: SourceSentence) -> tuple[str, int, int]:
    return source.article_id, source.start, source.trigger_start


def position_label(index: EntityIndex, person: str, organisation: str, post: str) -> str:
    return f"{index.entities[person].name}: {post}, {index.entities[organisation].name}"


def position_id(person: str, organisation: str, post: str) -> str:
    digest = hashlib.sha1(f"{person}|{organisation}|{post}".encode()).hexdigest()[:8]
    return f"{person}-{digest}"
