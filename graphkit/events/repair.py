"""Misparses of German word order, set right before roles are read.

- A name in the Saxon genitive in front of a noun ("kündigte Microsofts Spielechef X an")
  taken for the subject, its noun (nominative) for the object: the noun is the subject,
  the name its possessor.
- A demonstrative in front of a speech verb ("Das teilte die Behörde mit", "Dies sagte
  X") taken for the subject: it is the object (what was said), and the noun phrase after
  the verb is the speaker.

These two rewrite only relation labels (Token.dep as UD relations), never heads.

- A bare noun phrase after the finite verb of a main clause attached to a noun before it
  ("Der Aufsichtsrat hat Martina Berger … ernannt" with Berger a modifier of Aufsichtsrat):
  German puts one constituent before the finite verb, so nothing after the verb belongs
  to it; the phrase is the main verb's object (``reattach_across_finite_verb``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from graphkit.events.lexicon import function_words
from graphkit.model import Token

GENITIVE_ENDINGS = ("s", "'", "’")


def feature(token: Token, name: str) -> str:
    """A morphological feature's value ("Case" → "Nom"), "" when the token has none."""
    for pair in token.morph.split("|"):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return ""


def is_noun(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag.startswith("NN") or token.pos == "NOUN")


def saxon_genitive_subject(tokens: Sequence[Token], deps: list[str], i: int) -> bool:
    """'Microsofts Spielechef' parsed subject + object of one verb: a genitive name right
    before a nominative noun of the same verb, with no article of its own."""
    if deps[i] != "nsubj" or i + 1 >= len(tokens):
        return False
    name, noun = tokens[i], tokens[i + 1]
    return (name.text[:1].isupper() and name.text.endswith(GENITIVE_ENDINGS)
            and (name.tag == "NE" or name.pos == "PROPN" or name.tag.startswith("NN"))
            and is_noun(noun) and deps[i + 1] == "obj" and noun.head == name.head
            and feature(noun, "Case") == "Nom"
            and not any(t.head == i + 1 and deps[j] == "det" for j, t in enumerate(tokens)))


def demonstrative_subject(tokens: Sequence[Token], deps: list[str], i: int,
                          speaks: Callable[[str], bool]) -> int | None:
    """'Das teilte die Junta mit': the object after a speech verb whose parsed subject is a
    demonstrative before it; the object's index, or None."""
    token, verb = tokens[i], tokens[i].head
    if deps[i] != "nsubj" or token.text.lower() not in function_words()[
            "demonstrative_objects"] or not i < verb < len(tokens):
        return None
    if not speaks(particle_verb(tokens, deps, verb)):
        return None
    return next((j for j in range(verb + 1, len(tokens))
                 if tokens[j].head == verb and deps[j] == "obj" and is_noun(tokens[j])), None)


def particle_verb(tokens: Sequence[Token], deps: list[str], verb: int) -> str:
    """'teilte … mit' → "mitteilen"."""
    lemma = tokens[verb].lemma.lower()
    particle = next((tokens[j].text.lower() for j in range(verb + 1, len(tokens))
                     if tokens[j].head == verb and deps[j] == "compound:prt"), "")
    return particle + lemma


def repair_inversions(tokens: Sequence[Token], deps: list[str],
                      speaks: Callable[[str], bool]) -> list[str]:
    """``deps`` with the two inversions above set right (a new list)."""
    fixed = list(deps)
    for i in range(len(tokens)):
        if saxon_genitive_subject(tokens, fixed, i):
            fixed[i], fixed[i + 1] = "nmod:poss", "nsubj"
            continue
        speaker = demonstrative_subject(tokens, fixed, i, speaks)
        if speaker is not None:
            fixed[i], fixed[speaker] = "obj", "nsubj"
    return fixed


NOUN_MODIFIERS = ("nmod", "appos", "nmod:poss")
FINITE_RELATIONS = ("root", "ROOT", "aux", "aux:pass", "cop")


def main_clause_finite_verb(tokens: Sequence[Token]) -> int | None:
    """The finite verb in second position of a main clause, or None (a clause or a comma
    before it: the front field is not one simple phrase)."""
    for i, token in enumerate(tokens):
        if "FIN" in token.tag:
            return i if token.dep in FINITE_RELATIONS else None
        if token.text == "," or token.tag.startswith("V"):
            return None
    return None


def reattach_across_finite_verb(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with bare noun phrases after the finite verb that the parse hung on a
    noun before it attached to the main verb instead (object first, then dative)."""
    verb = main_clause_finite_verb(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep in ("root", "ROOT")), None)
    if verb is None or root is None or root < verb:
        return list(tokens)
    cased = {t.head for t in tokens if t.dep == "case"}
    has_object = any(t.head == root and t.dep == "obj" for t in tokens)
    fixed = list(tokens)
    for i in range(verb + 1, len(tokens)):
        token = tokens[i]
        if not (0 <= token.head < verb and token.dep in NOUN_MODIFIERS and i not in cased
                and is_noun_or_name(token)):
            continue
        fixed[i] = replace(token, head=root, dep="iobj" if has_object else "obj")
        has_object = True
    return fixed


def is_noun_or_name(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag.startswith(("NN", "NE"))
                                         or token.pos in ("NOUN", "PROPN"))
