"""Whether an event happened, is planned, only reported, or called off."""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.model import CANCELLATION


def is_cancelled(ctx: SentenceContext, index: int, clause: tuple[int, int], event_type: str,
                 verb_lemmas: list[str]) -> bool:
    """'sagte den Besuch ab', 'die Absage des Treffens', 'fand nicht statt', 'kein Treffen':
    the clause calls the event off. ``verb_lemmas`` are the clause's lemmas with their
    separable particles ("absagen"). A cancellation itself did happen."""
    if event_type == CANCELLATION:
        return False
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    if set(verb_lemmas) & lexicon.cancel_lemmas:
        return True
    words = [t.text.lower() for t in tokens[clause[0]:clause[1]]]
    lemmas = {t.lemma for t in tokens[clause[0]:clause[1]]}
    if lemmas & lexicon.cancel_nouns and index > clause[0]:
        return True
    negated = bool(set(words) & lexicon.negations)
    if negated and (set(verb_lemmas) | lemmas) & lexicon.negated_verbs:
        return True
    return negated and trigger_negated(ctx, index)


def trigger_negated(ctx: SentenceContext, index: int) -> bool:
    """'traf sich nicht mit …', 'kein Treffen': the negation belongs to the trigger."""
    negations = ctx.lexicon.negations
    if ctx.parsed:
        return any(ctx.tokens[c].text.lower() in negations for c in ctx.children[index])
    before = ctx.tokens[max(0, index - 2):index]
    return ctx.tokens[index].text[:1].isupper() and any(
        t.text.lower() in negations for t in before)
