"""Members named out of a group: 'Mehrere Vorstände, darunter Jan Berg, traten zurück'.

A name after an inclusion word ('darunter', graphkit/data/events/words.json
``inclusion_markers``) belongs to the group phrase before it, whatever word the parser hung
it under: the member fills the group's role of the trigger.
"""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import MAX_CLIMB, passive_reading, relation_key, type_roles, voice
from graphkit.model import PER, EntityMention

MARKER_REACH = 4   # 'darunter der frühere SPD-Chef X': the marker within four words


def after_inclusion_marker(ctx: SentenceContext, mention: EntityMention) -> bool:
    """A comma, an inclusion word and at most a few words of description before the name."""
    tokens = ctx.tokens
    first = ctx.token_at.get(mention.start)
    if first is None:
        return False
    markers = function_words()["inclusion_markers"]
    for i in range(first - 1, max(-1, first - 1 - MARKER_REACH), -1):
        if tokens[i].text.lower() in markers:
            return i > 0 and tokens[i - 1].text == ","
        if tokens[i].text == ",":
            return False
    return False


def group_relation(ctx: SentenceContext, index: int, mention: EntityMention) -> str | None:
    """The relation key of the trigger's argument whose phrase holds the name."""
    node = ctx.token_at.get(mention.start)
    heads = {index} | {c for c in ctx.children[index] if ctx.deps[c].startswith("aux")}
    for _ in range(MAX_CLIMB):
        if node is None or not 0 <= node < len(ctx.tokens):
            return None
        parent = ctx.tokens[node].head
        if parent in heads and parent != node:
            return relation_key(ctx, node)
        node = None if parent == node else parent
    return None


def included_members(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """People named after 'darunter' in the phrase of one of the trigger's arguments, in
    that argument's role."""
    if not ctx.parsed:
        return []
    frame = ctx.frames.frame(event_type, lemma, passive_reading(
        ctx, index, event_type, lemma, voice(ctx, index)))
    taken = {(m.start, m.end) for m, _ in found}
    roles = []
    for mention in ctx.sentence.mentions:
        if mention.label != PER or (mention.start, mention.end) in taken or \
                not after_inclusion_marker(ctx, mention):
            continue
        key = group_relation(ctx, index, mention)
        role = frame.get(key) if key else None
        if role in type_roles(event_type):
            roles.append((mention, role))
    return roles
