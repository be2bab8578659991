"""The organisation of an office an event names without its organisation.

Where the sentence names no organisation for the office, a compound office word whose
first part describes a kind of organisation ('Parteichef', 'Konzernchefin',
'Vorstandschef') refers to the organisation of that kind the text is about, as 'der
Konzern' does (graphkit/data/events/words.json ``office_organisation_prefixes``).
A person's post stated in another sentence is not used: a sentence's event takes its
roles from what the sentence names or refers to. One use of posts named before: who is
appointed to an office ('ernannte den 61-Jährigen zum Premierminister') is not whom the
text titled with it ('Premierminister X'): a future office never brings in its holder.
"""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import (
    antecedent_window,
    is_office_word,
    lemma_of,
    office_mention,
    office_tokens,
    organisation_antecedent,
    type_roles,
)
from graphkit.model import APPOINTMENT, OFFICE, ORGANISATION, PER, EntityMention, Token

OFFICE_REACH = 3   # 'zum neuen Premierminister': the office word within three words


def office_kind(word: str) -> str:
    """The organisation kind a compound office word's first part names ('Parteichef' →
    'partei'), or ''; a bare office word ('Chef') names none."""
    lower = word.lower()
    prefixes: dict[str, str] = function_words()["office_organisation_prefixes"]
    return next((kind for prefix, kind in prefixes.items()
                 if lower.startswith(prefix) and len(lower) > len(prefix) + 2), "")


def organisation_of_office_compound(
    ctx: SentenceContext, event_type: str, roles: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'Parteichef X kündigte seinen Rückzug an' after 'Die FDP scheiterte …': the
    organisation of the kind the office word's first part names, named last before."""
    if ORGANISATION not in type_roles(event_type) or not ctx.parsed or \
            any(role == ORGANISATION for _, role in roles):
        return []
    for office in office_tokens(ctx, roles):
        token = ctx.tokens[office]
        kind = office_kind(token.lemma if token.lemma[:1].isupper() else token.text)
        found = organisation_antecedent(ctx, token, kind) if kind else None
        if found is not None:
            return [(found, ORGANISATION)]
    return []


def target_office_token(ctx: SentenceContext, index: int) -> Token | None:
    """The office word an appointment names as its target ('zum neuen Premierminister',
    'als Trainerin'), read by word order after the trigger within its clause."""
    tokens = ctx.tokens
    breaks = function_words()["clause_breaks"]
    for i in range(index + 1, len(tokens)):
        if tokens[i].text in breaks:
            return None
        if tokens[i].text.lower() not in ctx.frames.office_case_words:
            continue
        for j in range(i + 1, min(i + 1 + OFFICE_REACH, len(tokens))):
            if is_office_word(ctx, tokens[j]):
                return tokens[j]
    return None


def target_office(ctx: SentenceContext, index: int) -> str:
    token = target_office_token(ctx, index)
    return lemma_of(token).text.lower() if token is not None else ""


def office_by_word_order(
    ctx: SentenceContext, index: int, event_type: str, roles: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'ernannte X den 61-Jährigen zum neuen Premierminister' with the 'zum' phrase hung
    elsewhere by the parser: an appointment verb's office after 'zum', 'zur' or 'als' in
    its clause, where the parse gave none."""
    if event_type != APPOINTMENT or ctx.tokens[index].tag.startswith("NN") or \
            any(role == OFFICE for _, role in roles):
        return []
    token = target_office_token(ctx, index)
    return [(office_mention(ctx, lemma_of(token)), OFFICE)] if token is not None else []


def current_holders(ctx: SentenceContext, index: int, event_type: str) -> list[EntityMention]:
    """People the text titled with the office an appointment fills ('Premierminister X'
    before 'ernannte den 61-Jährigen zum Premierminister'): none of them is appointed."""
    office = target_office(ctx, index) if event_type == APPOINTMENT else ""
    if not office:
        return []
    holders = []
    for analysed in antecedent_window(ctx) + [ctx.sentence]:
        by_end = {t.end: t for t in analysed.tokens}
        for mention in analysed.mentions:
            title = by_end.get(mention.start - 1)
            if mention.label == PER and title is not None and \
                    lemma_of(title).text.lower() == office:
                holders.append(mention)
    return holders


OBJECT_REACH = 4   # 'den früheren EU-Unterhändler Jan Berg': article, adjectives, noun


def named_accusative_object(ctx: SentenceContext, index: int,
                            taken: list[EntityMention]) -> EntityMention | None:
    """'ernannte am Donnerstag den früheren Unterhändler Jan Berg zum Premierminister'
    with the name hung elsewhere by the parser: a person's name closing a phrase opened by
    the accusative article 'den' after the verb, in its clause, is the verb's object."""
    tokens = ctx.tokens
    breaks = function_words()["clause_breaks"]
    used = {m.start for m in taken}
    for i in range(index + 1, len(tokens)):
        if tokens[i].text in breaks or tokens[i].tag.startswith("V"):
            return None
        if tokens[i].text.lower() != "den" or tokens[i - 1].tag.startswith("APPR"):
            continue   # 'mit den Ministern X': a preposition's object
        for j in range(i + 1, min(i + 1 + OBJECT_REACH, len(tokens))):
            person = next((m for m in ctx.sentence.mentions if m.start == tokens[j].start
                           and m.label == PER and m.source != "office"), None)
            if person is not None:
                return person if person.start not in used else None
            if not tokens[j].tag.startswith(("ADJA", "NN")) and tokens[j].pos not in (
                    "ADJ", "NOUN"):
                break
        return None
    return None
