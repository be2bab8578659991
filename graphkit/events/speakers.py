"""Speakers that no name states: a government body told by its phrase ("Das russische
Außenministerium erklärte", "Das teilte die Militärjunta mit")."""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.repair import feature
from graphkit.events.roles import MODIFIED, RECOVERED_SOURCE, in_mention
from graphkit.model import ADDRESSEE, LOC, ORG, SPEAKER, STATEMENT, EntityMention

GOVERNMENT_HEADS = tuple(function_words()["government_body_heads"])
ADDRESSED_PARTICIPLES = frozenset(function_words()["addressed_participles"])


def government_speakers(ctx: SentenceContext, index: int, event_type: str,
                        roles: list[tuple[EntityMention, str]]
                        ) -> list[tuple[EntityMention, str]]:
    """The subject of a speech verb that is a compound of a government body's head
    ("Außenministerium", "Militärjunta"), without a name, is the speaker, named as written
    with its adjectives ("russische Außenministerium"): guideline, a government is named by
    its phrase. A body with an attribute of its own ("das Ministerium des Landes") is left
    to the names."""
    if event_type != STATEMENT or not ctx.parsed or not ctx.tokens[index].tag.startswith("V") \
            or any(role == SPEAKER for _, role in roles):
        return []
    for child in ctx.children[index]:
        if ctx.deps[child] == "nsubj" and government_body(ctx, child):
            return [(body_mention(ctx, child), SPEAKER)]
    return []


def government_body(ctx: SentenceContext, noun: int) -> bool:
    """A compound of a body's head ("Außenministerium"), or the head itself with an
    adjective of its country ("die spanische Regierung"; a bare "die Regierung" refers
    back to one named before)."""
    token = ctx.tokens[noun]
    word = token.text.lower()
    described = any(ctx.deps[c] == "amod" and c < noun for c in ctx.children[noun])
    return token.tag.startswith("NN") and not in_mention(ctx, noun) \
        and feature(token, "Number") != "Plur" \
        and any((word.endswith(head) and len(word) > len(head)) or (word == head and described)
                for head in GOVERNMENT_HEADS) \
        and not any(ctx.deps[c] in MODIFIED for c in ctx.children[noun])


def body_mention(ctx: SentenceContext, noun: int) -> EntityMention:
    """The noun with the adjectives right before it, as written."""
    first = noun
    while first > 0 and ctx.tokens[first - 1].head == noun and ctx.deps[first - 1] == "amod":
        first -= 1
    tokens = ctx.tokens[first:noun + 1]
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, tokens[0].start,
                         tokens[-1].end, " ".join(t.text for t in tokens), ORG,
                         source=RECOVERED_SOURCE)   # a name the NER does not find


def with_addressee(ctx: SentenceContext, event_type: str,
                   roles: list[tuple[EntityMention, str]]) -> list[tuple[EntityMention, str]]:
    """'sagte Zverev an Sinner gerichtet': the name between 'an' and a participle of
    addressing is the statement's addressee, in no other role."""
    if event_type != STATEMENT or any(role == ADDRESSEE for _, role in roles):
        return roles
    tokens = ctx.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for mention in ctx.sentence.mentions:
        first, last = starts.get(mention.start), ends.get(mention.end)
        if first is None or last is None or first == 0 or last + 1 >= len(tokens) \
                or mention.label == LOC:
            continue
        if tokens[first - 1].text.lower() == "an" \
                and tokens[last + 1].text.lower() in ADDRESSED_PARTICIPLES:
            others = [(m, r) for m, r in roles if (m.start, m.end) != (mention.start, mention.end)]
            return others + [(mention, ADDRESSEE)]
    return roles
