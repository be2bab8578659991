"""Positions across articles: one per person, organisation and post, with every sentence
that states it."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from graphkit.events.positions import post_words
from graphkit.merge.entities import EntityIndex
from graphkit.model import ORG, PER, Position, PositionMention, SourceSentence


def merge_positions(mentions: Iterable[PositionMention], index: EntityIndex) -> list[Position]:
    """Positions whose person resolved to a person and organisation to an organisation,
    in id order (the graph must not depend on the order articles were read in). A post's
    feminine and masculine forms are one post, named as most of its sentences name it."""
    words = post_words()
    sources: dict[tuple[str, str, str], list[SourceSentence]] = {}
    names: dict[tuple[str, str, str], Counter[str]] = {}
    for mention in mentions:
        person = index.entity_for(mention.person)
        organisation = index.entity_for(mention.organisation)
        if person is None or organisation is None or person.label != PER \
                or organisation.label != ORG:
            continue
        key = (person.id, organisation.id, words.same_post(mention.post_name))
        sources.setdefault(key, []).append(position_source(mention))
        names.setdefault(key, Counter())[mention.post_name] += 1
    positions = [merged_position(index, key[0], key[1], most_common(names[key]), found)
                 for key, found in sources.items()]
    return sorted(positions, key=lambda position: position.id)


def most_common(names: Counter[str]) -> str:
    """The most frequent name; of equally frequent ones the first in sorted order."""
    return min(names, key=lambda name: (-names[name], name))


def merged_position(index: EntityIndex, person: str, organisation: str, post: str,
                    found: list[SourceSentence]) -> Position:
    return Position(position_id(person, organisation, post),
                    position_label(index, person, organisation, post), person, organisation,
                    post, sorted(set(found), key=source_order))


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
