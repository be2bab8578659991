"""Posts and persons on the two sides of 'werden', read by word order, not the parse (a
parser often hangs the predicate of 'soll … werden' under the modal, or makes the name or
a sentence-initial 'Neuer' the root):

- 'Anna Berg soll neue Ministerin werden', 'Ihr Nachfolger soll Jan Kern werden': someone
  put forward for the post, a nomination (the appointment itself is still to come);
- 'Neuer Finanzminister wurde Jan Kern', 'Jan Kern wurde Nationaltrainer': an appointment."""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import is_office_word, office_mention, pronoun_antecedent
from graphkit.model import OFFICE, PER, PERSON, EntityMention, Token

DESIGNATION_MODALS = frozenset(function_words()["designation_modals"])
SUCCESSOR_NOUNS = frozenset(function_words()["successor_nouns"])
SUBJECT_PRONOUNS = frozenset(function_words()["subject_pronouns"])
NEW_POST_ADJECTIVES = frozenset(function_words()["new_post_adjectives"])


def is_post_word(ctx: SentenceContext, token: Token) -> bool:
    return token.text[:1].isupper() and (
        is_office_word(ctx, token) or token.text.lower() in SUCCESSOR_NOUNS)


def modal_and_copula(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Positions of 'soll' and of the infinitive 'werden' after it in the clause."""
    modal = next((i for i in range(start, end) if tokens[i].tag.startswith("VM")
                  and tokens[i].lemma.lower() in DESIGNATION_MODALS), None)
    if modal is None:
        return None
    copula = next((i for i in range(modal + 1, end) if tokens[i].text.lower() == "werden"),
                  None)
    return (modal, copula) if copula is not None else None


def people_in(ctx: SentenceContext, first: int, last: int) -> list[EntityMention]:
    """The persons named (or referred to by a subject pronoun) in tokens first..last-1;
    an office word directly before a name is that name's title, not a post."""
    tokens = ctx.tokens
    if first >= last:
        return []
    begin, end = tokens[first].start, tokens[last - 1].end
    named = [m for m in ctx.sentence.mentions
             if m.label == PER and begin <= m.start and m.end <= end and m.source != "office"]
    if named:
        return named
    pronouns = [t for t in tokens[first:last] if t.text.lower() in SUBJECT_PRONOUNS]
    found = [pronoun_antecedent(ctx, t) for t in pronouns[:1]]
    return [m for m in found if m is not None]


def designation_sides(ctx: SentenceContext, index: int, clause: tuple[int, int]
                      ) -> tuple[list[EntityMention], bool] | None:
    """For a post word at ``index`` on one side of 'sollen … werden' in its ``clause``
    with a person on the other side: (the persons, whether the word names an office)."""
    tokens = ctx.tokens
    token = tokens[index]
    if not is_post_word(ctx, token):
        return None
    start, end = clause
    found = modal_and_copula(tokens, start, end)
    if found is None:
        return None
    modal, copula = found
    if any(t.tag.startswith("VV") for t in tokens[modal + 1:copula]):
        return None   # 'soll von X vertreten werden': 'werden' is a passive's auxiliary
    if start <= index < modal:
        other = (modal + 1, copula)
    elif modal < index < copula:
        other = (start, modal)
    else:
        return None
    titled = index + 1 < len(tokens) and any(
        m.label == PER and m.start == tokens[index + 1].start for m in ctx.sentence.mentions)
    people = people_in(ctx, *other)
    if titled or not people:
        return None
    return people, token.text.lower() not in SUCCESSOR_NOUNS


def is_designation(ctx: SentenceContext, index: int, clause: tuple[int, int]) -> bool:
    return designation_sides(ctx, index, clause) is not None


def designation_roles(ctx: SentenceContext, index: int, clause: tuple[int, int]
                      ) -> list[tuple[EntityMention, str]]:
    """The nominee (person) and, where the post word is an office, the office."""
    sides = designation_sides(ctx, index, clause)
    if sides is None:
        return []
    people, names_office = sides
    roles = [(person, PERSON) for person in people]
    if names_office:
        roles.append((office_mention(ctx, ctx.tokens[index]), OFFICE))
    return roles


def office_taken_by_word_order(ctx: SentenceContext, index: int, clause: tuple[int, int]
                               ) -> EntityMention | None:
    """'Neuer Finanzminister wurde Jan Kern', 'Jan Kern wurde Nationaltrainer' where the
    parse gives the office word no copula: the person who takes up the office at
    ``index``, a name on the other side of a finite 'werden' next to it (with no verb
    after it in the clause: 'Minister wurde Kern vorgeworfen' is another clause's verb)."""
    tokens = ctx.tokens
    if not is_office_word(ctx, tokens[index]) or names_follow(ctx, index + 1) or any(
            t.tag.startswith("V") for t in tokens[index + 1:clause[1]]
            if not finite_werden(t)):
        return None
    if index + 2 < clause[1] and finite_werden(tokens[index + 1]):
        return names_follow(ctx, index + 2)      # the office first: inverted order
    before = index - 1
    if before > clause[0] and tokens[before].text.lower() in NEW_POST_ADJECTIVES:
        before -= 1
    if before <= clause[0] or not finite_werden(tokens[before]):
        return None
    return name_ending_at(ctx, before - 1)


def finite_werden(token: Token) -> bool:
    """'wurde', 'wurden': a present 'wird' also tells of plans, and a headline's 'X wird
    Trainer' restates what the article reports in detail."""
    return token.tag == "VAFIN" and token.lemma.lower() == "werden" and \
        "Tense=Past" in token.morph.split("|")


def names_follow(ctx: SentenceContext, index: int) -> EntityMention | None:
    """The person named from the token at ``index`` on."""
    if index >= len(ctx.tokens):
        return None
    start = ctx.tokens[index].start
    return next((m for m in ctx.sentence.mentions
                 if m.label == PER and m.start == start and m.source != "office"), None)


def name_ending_at(ctx: SentenceContext, index: int) -> EntityMention | None:
    """The person whose name ends with the token at ``index``."""
    if index < 0:
        return None
    end = ctx.tokens[index].end
    return next((m for m in ctx.sentence.mentions
                 if m.label == PER and m.end == end and m.source != "office"), None)
