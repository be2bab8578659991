"""'Sie gewann die Präsidentschaftswahl', 'die Bürgermeisterwahl in Köln': an election noun
whose first part is an office names the office the election fills; it is the election's
office, in the winner's gender ('Präsidentin' for a woman)."""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import OFFICE_WORD_SOURCE
from graphkit.model import CANDIDATE, MISC, OFFICE, WINNER, EntityMention, Token

ELECTION_HEADS = tuple(function_words()["election_heads"])
ABSTRACT_SUFFIXES = tuple(function_words()["office_abstract_suffixes"])
LINKING_LETTERS = tuple(function_words()["linking_letters"])
FEMININE_ENDING = "in"


def office_in_election_noun(word: str, office_heads: tuple[str, ...]) -> str | None:
    """'Präsidentschaftswahl' → 'Präsident', 'Gouverneurswahl' → 'Gouverneur'; None where
    the first part names no office ('Bundestagswahl', 'Wahl')."""
    lower = word.lower()
    head = next((h for h in ELECTION_HEADS if lower.endswith(h)), None)
    if head is None:
        return None
    stem = word[:-len(head)]
    unlinked = [stem[:-len(letter)] for letter in LINKING_LETTERS if stem.endswith(letter)]
    for form in [stem, *unlinked]:
        for suffix in ("", *ABSTRACT_SUFFIXES):
            office = form[:len(form) - len(suffix)] if form.lower().endswith(suffix) else ""
            if len(office) >= 3 and office[:1].isupper() and \
                    office.lower().endswith(office_heads):
                return office
    return None


def election_office(ctx: SentenceContext, clause: tuple[int, int],
                    roles: list[tuple[EntityMention, str]]) -> list[tuple[EntityMention, str]]:
    """The office an election noun of the clause names, where no office is filled yet and
    the election has someone who stands in it (the office is what the winner takes up)."""
    filled = {role for _, role in roles}
    if OFFICE in filled or not filled & {WINNER, CANDIDATE}:
        return []
    for token in ctx.tokens[clause[0]:clause[1]]:
        office = office_in_election_noun(token.text, ctx.frames.office_heads)
        if office is not None:
            return [(office_word(ctx, token, in_winners_gender(ctx, office, roles)), OFFICE)]
    return []


def in_winners_gender(ctx: SentenceContext, office: str,
                      roles: list[tuple[EntityMention, str]]) -> str:
    winners = [m for m, role in roles if role == WINNER]
    if len(winners) == 1 and ctx.genders.get(winners[0].text.split()[-1]) == "Fem":
        return office + FEMININE_ENDING
    return office


def office_word(ctx: SentenceContext, token: Token, office: str) -> EntityMention:
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, token.start,
                         token.end, office, MISC, source=OFFICE_WORD_SOURCE)
