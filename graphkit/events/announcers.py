"""'Der Preis geht an X. Das gab die Akademie bekannt.': who makes a decision public with a
demonstrative ('das', 'dies') that takes up the sentence before made the decision that
sentence tells: the agent of its award, appointment, nomination or dismissal where that
sentence names none."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from graphkit.events.lexicon import function_words
from graphkit.model import (
    AGENT,
    ORG,
    SPEAKER,
    STATEMENT,
    AnalysedArticle,
    EntityMention,
    EventMention,
)

ANNOUNCING_VERBS = frozenset(function_words()["announcing_verbs"])
DECISION_TYPES = frozenset(function_words()["announced_decision_types"])
DEMONSTRATIVES = frozenset(function_words()["demonstrative_objects"])


def announcers_decide(mentions: list[EventMention], article: AnalysedArticle,
                      lemma_of_trigger: Callable[[EventMention], str]) -> None:
    """Give the decision of the sentence before its announcer as agent (in place)."""
    told_in: dict[int, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        told_in[mention.sentence.index].append(mention)
    for mention in mentions:
        announcer = announcer_of(mention, article, lemma_of_trigger)
        if announcer is None:
            continue
        for decided in told_in.get(mention.sentence.index - 1, []):
            if decided.type in DECISION_TYPES and \
                    not any(role == AGENT for _, role in decided.actors):
                decided.actors.append((announcer, AGENT))


def announcer_of(mention: EventMention, article: AnalysedArticle,
                 lemma_of_trigger: Callable[[EventMention], str]) -> EntityMention | None:
    """The organisation that speaks in 'Das gab X bekannt' (the sentence opens with the
    demonstrative), or None."""
    if mention.type != STATEMENT or lemma_of_trigger(mention) not in ANNOUNCING_VERBS:
        return None
    tokens = article.sentences[mention.sentence.index].tokens
    if not tokens or tokens[0].text.lower() not in DEMONSTRATIVES:
        return None
    speakers = [m for m, role in mention.actors if role == SPEAKER and m.label == ORG]
    return speakers[0] if len(speakers) == 1 else None
