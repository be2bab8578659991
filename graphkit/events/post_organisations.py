"""The organisation of an office an event names without its organisation.

Where the sentence names no organisation for the office, a compound office word whose
first part describes a kind of organisation ('Parteichef', 'Konzernchefin',
'Vorstandschef') refers to the organisation of that kind the text is about, as 'der
Konzern' does (graphkit/data/events/words.json ``office_organisation_prefixes``).
A person's post stated in another sentence is not used: a sentence's event takes its
roles from what the sentence names or refers to.
"""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import (
    office_tokens,
    organisation_antecedent,
    type_roles,
)
from graphkit.model import ORGANISATION, EntityMention


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
