"""Parties of a sale or takeover that the parser hung inside the object's phrase.

German names what is bought as a share of a company ('einen Anteil an X', '20 Prozent der
Sparte'), and a sale's buyer with 'an' ('an X verkaufen'); parsers often hang that 'an'
phrase under the object (or the object's genitive) instead of the verb. Share nouns live
in graphkit/data/events/words.json (``share_nouns``).
"""

from __future__ import annotations

from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import in_mention, type_roles, voice
from graphkit.model import ACQUIRED, ACQUISITION, EntityMention

OBJECT_RELATIONS = {"active": ("obj",), "passive": ("nsubj:pass",)}
PHRASE_DEPTH = 2     # the object, its attribute, that attribute's attribute


def is_share(ctx: SentenceContext, node: int) -> bool:
    """'Anteil', 'Aktienmehrheit', '20 Prozent': a noun naming a share of a company."""
    token = ctx.tokens[node]
    word = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
    return word.endswith(tuple(function_words()["share_nouns"]))


def object_phrase(ctx: SentenceContext, obj: int) -> list[int]:
    """The object and the attributes hung under it ('20 Prozent der Sparte an X')."""
    nodes, frontier = [obj], [obj]
    for _ in range(PHRASE_DEPTH):
        frontier = [c for n in frontier for c in ctx.children[n]
                    if ctx.deps[c].split(":")[0] == "nmod" and not in_mention(ctx, c)]
        nodes += frontier
    return nodes


def stake_roles(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    grouped: dict[int, list[tuple[Candidate, str]]], found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'verkaufte 20 Prozent der Sparte an X' (the verb's 'an' role, here the buyer), 'sicherte
    sich einen Anteil an X', 'erwarb die Mehrheit an X' (with a share as the object, the
    company after 'an' is what is acquired)."""
    kind = voice(ctx, index)
    if event_type != ACQUISITION or not ctx.parsed or kind not in OBJECT_RELATIONS:
        return []
    frame = ctx.frames.frame(event_type, lemma, kind)
    objects = [c for c in ctx.children[index] if ctx.deps[c] in OBJECT_RELATIONS[kind]]
    share = any(is_share(ctx, c) for c in objects)
    an_role = frame.get("obl:an") or (ACQUIRED if share else None)
    filled = {role for _, role in found}
    if an_role is None or an_role in filled or an_role not in type_roles(event_type):
        return []
    taken = {(m.start, m.end) for m, _ in found}
    attached = [(c, "nmod:an") for c, k in grouped.get(index, []) if k == "obl:an"] if \
        share and "obl:an" not in frame else []
    attached += [(c, k) for obj in objects for node in object_phrase(ctx, obj)
                 for c, k in grouped.get(node, []) if k == "nmod:an"]
    return [(c.mention, an_role) for c, _ in attached
            if (c.mention.start, c.mention.end) not in taken][:1]
