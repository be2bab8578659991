"""Roles named through a part: 'ein Teil der Brücke stürzte ein' (the bridge takes part in
the accident), 'die Hälfte der Flotte wurde verkauft'. German names a part of something
with a partitive noun and the whole as its genitive; the whole is the event's argument.
Partitive nouns live in graphkit/data/events/words.json (``partitive_nouns``)."""

from __future__ import annotations

from graphkit.events.business_roles import argument_nodes
from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import OWNER, type_roles, voice
from graphkit.model import EntityMention


def is_partitive(ctx: SentenceContext, node: int) -> bool:
    return ctx.tokens[node].lemma.lower() in function_words()["partitive_nouns"]


def partitive_roles(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    grouped: dict[int, list[tuple[Candidate, str]]], roles: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """An open role of the trigger's frame whose argument is a partitive noun with a
    genitive name: that name fills it."""
    if not ctx.parsed:
        return []
    frame = ctx.frames.frame(event_type, lemma, voice(ctx, index))
    filled = {role for _, role in roles}
    taken = {(m.start, m.end) for m, _ in roles}
    found: list[tuple[EntityMention, str]] = []
    for node, key in argument_nodes(ctx, index):
        role = frame.get(key) if key != OWNER else None
        if role is None or role in filled or role not in type_roles(event_type) or \
                not is_partitive(ctx, node):
            continue
        wholes = [c.mention for c, k in grouped.get(node, []) if k == "nmod:gen"
                  and (c.mention.start, c.mention.end) not in taken]
        if wholes:
            found.append((wholes[0], role))
            filled.add(role)
    return found
