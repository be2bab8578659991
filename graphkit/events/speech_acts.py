"""Speech verbs that in some constructions report no words: a declaration of status ("wurde
zum Katastrophengebiet erklärt") and a greeting in person ("begrüßte die Rückkehrer")."""

from __future__ import annotations

from collections.abc import Sequence

from graphkit.events.lexicon import function_words
from graphkit.model import PER, EntityMention, Token

_WORDS = function_words()
DECLARING_VERBS = frozenset(_WORDS["declaring_verbs"])
DECLARING_PREPOSITIONS = frozenset(_WORDS["declaring_prepositions"])
GREETING_VERBS = frozenset(_WORDS["greeting_verbs"])
PERSON_NOUN_TAGS = ("NN", "NE")
# Tokens between a greeting verb and its object ("begrüßte am Flughafen X" is no object).
OBJECT_REACH = 2


def reports_no_words(tokens: Sequence[Token], index: int, lemma: str,
                     clause: tuple[int, int], mentions: Sequence[EntityMention]) -> bool:
    """Whether the speech verb at ``index`` declares a status or greets someone."""
    return declares_status(tokens, index, lemma, clause) or \
        greets_in_person(tokens, index, lemma, clause, mentions)


def declares_status(tokens: Sequence[Token], index: int, lemma: str,
                    clause: tuple[int, int]) -> bool:
    """'X wurde zum Katastrophengebiet erklärt', 'erklärte die Region zur Sperrzone': the
    verb has an object (or a passive subject) and a 'zum'/'zur' phrase."""
    if lemma not in DECLARING_VERBS:
        return False
    words = tokens[clause[0]:clause[1]]
    has_to = any(t.text.lower() in DECLARING_PREPOSITIONS for t in words)
    has_object = any(t.head == index and t.dep in ("obj", "nsubj:pass") for t in words) or \
        any(t.dep == "aux:pass" for t in words)
    return has_to and has_object


def greets_in_person(tokens: Sequence[Token], index: int, lemma: str,
                     clause: tuple[int, int], mentions: Sequence[EntityMention]) -> bool:
    """'Putin begrüßte Krasikow …': a person's name right after the verb (its article
    aside) and not a genitive before a noun ('begrüßte Trumps Entscheidung')."""
    if lemma not in GREETING_VERBS:
        return False
    for mention in mentions:
        if mention.label != PER:
            continue
        first = next((i for i in range(index + 1, min(index + 2 + OBJECT_REACH, clause[1]))
                      if tokens[i].start == mention.start), None)
        if first is None or any(not tokens[i].tag.startswith("ART")
                                for i in range(index + 1, first)):
            continue
        after = next((i for i in range(first, clause[1]) if tokens[i].start >= mention.end),
                     None)
        return after is None or not tokens[after].tag.startswith(PERSON_NOUN_TAGS)
    return False
