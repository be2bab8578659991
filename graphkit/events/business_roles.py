"""Parties of business events that the NER or the parser leave hard to reach.

German names what is bought as a share of a company ('einen Anteil an X', '20 Prozent der
Sparte'), and a sale's buyer with 'an' ('an X verkaufen'); parsers often hang that 'an'
phrase under the object (or the object's genitive) instead of the verb. Share nouns live
in graphkit/data/events/words.json (``share_nouns``). A company is often named by a
compound of its name and an organisation word ('der Daimler-Konzern', 'die
Siemens-Gruppe'), which the NER leaves unnamed, or by its leader ('die Partei von X').
"""

from __future__ import annotations

from dataclasses import replace

from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import (
    ARGUMENTS,
    MODIFIED,
    OWNER,
    RECOVERED_SOURCE,
    governing_verb,
    in_mention,
    organisation_antecedent,
    owner_role,
    passive_reading,
    relation_key,
    type_roles,
    voice,
)
from graphkit.events.roles import definite_article as article_of
from graphkit.kb.gazetteer import load_gazetteer
from graphkit.model import ACQUIRED, ACQUISITION, ORG, PER, EntityMention

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


def compound_organisation(ctx: SentenceContext, node: int) -> EntityMention | None:
    """'der Daimler-Konzern', 'die Siemens-Gruppe': a noun without a name of its own whose
    last part is an organisation word and whose first part is an organisation's name (the
    gazetteer's or one the article names) names that organisation."""
    token = ctx.tokens[node]
    parts = token.text.split("-")
    if len(parts) != 2 or not parts[0] or in_mention(ctx, node) or \
            not parts[1].lower().endswith(tuple(function_words()["organisation_descriptions"])):
        return None
    entry = load_gazetteer().lookup(parts[0])
    known = entry.label == ORG if entry is not None else ctx.known_names.get(parts[0]) == ORG
    if not known:
        return None
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, token.start,
                         token.start + len(parts[0]), parts[0], ORG,
                         kb_id=entry.id if entry is not None else None,
                         source=RECOVERED_SOURCE)   # a name the NER missed


def led_organisation(ctx: SentenceContext, node: int) -> EntityMention | None:
    """'die Partei von Keir Starmer', 'der Konzern des Gründers X': a definite organisation
    word whose one attribute names a person refers back to the organisation of that kind
    named before, the one the person leads; not to the person."""
    token = ctx.tokens[node]
    lower = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
    kind = next((w for w in function_words()["organisation_descriptions"] if lower == w), "")
    attributes = [c for c in ctx.children[node] if ctx.deps[c] in MODIFIED]
    if not kind or in_mention(ctx, node) or len(attributes) != 1 or \
            article_of(ctx, node, ("der", "die", "das")) is None:
        return None
    person = attributes[0]
    named = [m for m in ctx.sentence.mentions if m.label == PER
             and m.start <= ctx.tokens[person].start < m.end]
    if not named or relation_key(ctx, person) not in ("nmod:von", "nmod:gen"):
        return None
    return organisation_antecedent(ctx, token, kind)


def argument_nodes(ctx: SentenceContext, index: int) -> list[tuple[int, str]]:
    """(word, relation key) of the trigger's arguments, with those the parser hung on its
    auxiliary ('Der Konzern hatte … abgespalten'); a noun trigger's owner is the subject
    of its governing verb."""
    heads = [index] + [c for c in ctx.children[index] if ctx.deps[c].startswith("aux")]
    found = [(c, relation_key(ctx, c)) for h in heads for c in ctx.children[h]
             if ctx.deps[c].split(":")[0] in ARGUMENTS]
    if voice(ctx, index) == "noun":
        verb = governing_verb(ctx, index)
        if verb is not None:
            found += [(c, OWNER) for c in ctx.children[verb] if ctx.deps[c] == "nsubj"]
    return found


def compound_name_roles(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """Unfilled roles of the trigger's frame filled by an organisation named in a compound
    ('Der Daimler-Konzern hatte seine Sparte abgespalten': the parent) or by its leader
    ('gewann die Partei von X …': the winner)."""
    if not ctx.parsed:
        return []
    frame = ctx.frames.frame(event_type, lemma, passive_reading(
        ctx, index, event_type, lemma, voice(ctx, index)))
    filled = {role for _, role in found}
    roles = []
    for node, key in argument_nodes(ctx, index):
        role = owner_role(frame, []) if key == OWNER else frame.get(key)
        named = (compound_organisation(ctx, node) or led_organisation(ctx, node)) \
            if role else None
        if named is not None and role in type_roles(event_type) and role not in filled:
            roles.append((named, role))
            filled.add(role)
    return roles


def is_division(ctx: SentenceContext, node: int) -> bool:
    """'Sparte', 'Stahlsparte', 'Tochtergesellschaft': a noun naming a company's division."""
    return ctx.tokens[node].text.lower().endswith(
        tuple(function_words()["division_descriptions"]))


def division_company(ctx: SentenceContext, roles: list[tuple[EntityMention, str]]
                     ) -> EntityMention | None:
    """The company a division of a party of the event became, as the article named it
    before: a division is named by its parent's name and a word of its own ('Nordwerk'
    → 'Nordwerk Steel'), the latest such name."""
    owners = {m.text.split()[0] for m, _ in roles if m.label == ORG}
    for analysed in reversed(ctx.article.sentences[:ctx.sentence.sentence.index]):
        for mention in reversed(analysed.mentions):
            words = mention.text.split()
            if mention.label == ORG and len(words) > 1 and words[0] in owners:
                return replace(mention)
    return None


def division_share_roles(
    ctx: SentenceContext, index: int, event_type: str, roles: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'verkaufte 20 Prozent der Stahlsparte an X': a share of the seller's division sells
    (a share of) the company that division is."""
    if event_type != ACQUISITION or not ctx.parsed or any(r == ACQUIRED for _, r in roles):
        return []
    for obj in (c for c in ctx.children[index] if ctx.deps[c] == "obj" and is_share(ctx, c)):
        for part in ctx.children[obj]:
            if ctx.deps[part].startswith("nmod") and not in_mention(ctx, part) and \
                    is_division(ctx, part):
                company = division_company(ctx, roles)
                return [(company, ACQUIRED)] if company is not None else []
    return []
