"""'Beide', 'die beiden', 'beide Unternehmen': a subject that takes up the two names the
sentence before told together ("Scholz telefonierte mit Trump. Beide vereinbarten …")."""

from __future__ import annotations

from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.model import LOC, ORG, PER, EntityMention

LOOK_BACK = 2   # sentences before the subject's own that may name the two


def both_subjects(ctx: SentenceContext, verb: int) -> list[tuple[Candidate, str]]:
    """The two names a 'beide' subject of ``verb`` takes up, with the subject's relation,
    or none: the nearest sentence naming anyone of the kind meant must name exactly two of
    one kind, so three people before "Beide Seiten" give no guess."""
    for child in ctx.children[verb]:
        if not ctx.deps[child].startswith("nsubj"):
            continue
        labels = both_labels(ctx, child)
        if labels:
            return [(Candidate(m, child), ctx.deps[child])
                    for m in named_pair(ctx, child, labels)]
    return []


def both_labels(ctx: SentenceContext, subject: int) -> tuple[str, ...]:
    """The labels of what a 'beide' subject can refer to: any actor for the pronoun, the
    noun's kind for 'beide Konzerne' (a noun of unknown kind: none)."""
    words = function_words()
    token = ctx.tokens[subject]
    if token.text.lower() in words["both_words"]:
        return (PER, ORG, LOC)
    if not any(ctx.tokens[c].text.lower() in words["both_words"]
               for c in ctx.children[subject]):
        return ()
    kind = words["both_nouns"].get(token.lemma.lower()) or words["both_nouns"].get(
        token.text.lower())
    return (PER, ORG, LOC) if kind == "any" else (kind,) if kind else ()


def named_pair(ctx: SentenceContext, subject: int, labels: tuple[str, ...]
               ) -> list[EntityMention]:
    """The two names of one kind in the nearest sentence naming any of ``labels`` (this
    sentence before the subject, then the ones before it)."""
    index = ctx.sentence.sentence.index
    sentences = ctx.article.sentences
    start = ctx.tokens[subject].start
    earlier = [[m for m in ctx.sentence.mentions if m.end <= start]]
    earlier += [s.mentions for s in reversed(sentences[max(0, index - LOOK_BACK):index])]
    for mentions in earlier:
        if not any(m.label in labels for m in mentions):
            continue
        # People first, then organisations, then places: a dateline's city beside two
        # people leaves the people the pair.
        pairs = [named for label in labels
                 if len(named := distinct_names([m for m in mentions if m.label == label])) == 2]
        return pairs[0] if pairs else []
    return []


def distinct_names(mentions: list[EntityMention]) -> list[EntityMention]:
    """One mention per name ('Olaf Scholz' and 'Scholz' are one person)."""
    seen: dict[str, EntityMention] = {}
    for mention in mentions:
        key = mention.kb_id or (mention.text.split()[-1] if mention.label == PER
                                else mention.text)
        seen.setdefault(key, mention)
    return list(seen.values())
