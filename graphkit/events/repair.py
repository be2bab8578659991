"""Misparses of German word order, set right before roles are read.

- A name in the Saxon genitive in front of a noun ("kündigte Microsofts Spielechef X an")
  taken for the subject, its noun (nominative) for the object: the noun is the subject,
  the name its possessor.
- A demonstrative in front of a speech verb ("Das teilte die Behörde mit", "Dies sagte
  X") taken for the subject: it is the object (what was said), and the noun phrase after
  the verb is the speaker.
- A Saxon genitive name parsed as an object beside its noun ("besuchte Sachsens
  Ministerpräsident X"): the noun's possessor.
- Two nominative objects and no subject ("besuchte Ministerpräsident X die Stelle"): the
  first is the subject; so is an object phrase right after a finite verb without subject
  ("Bei den Frauen gewann die Amerikanerin X das Turnier"), and the object beside a
  reflexive "sich" ("haben sich X und Y geeinigt").
- A dateline's city parsed as the subject ("Hannover – … haben sich X … geeinigt").
- A passive subject of a participle with "haben" ("hatte der Verband aufgerufen"): active.

These rewrite only relation labels (Token.dep as UD relations), never heads.

- A bare noun phrase after the finite verb of a main clause attached to a noun before it
  ("Der Aufsichtsrat hat Martina Berger … ernannt" with Berger a modifier of Aufsichtsrat):
  German puts one constituent before the finite verb, so nothing after the verb belongs
  to it; the phrase is the main verb's object (``reattach_across_finite_verb``, which
  moves heads and runs on the tokens before the context is built).
- A name hung as an apposition on a day or month noun ("besiegte am Sonntag Werder
  Bremen"): a date has no apposition; the name is the verb's object
  (``reattach_name_from_time_noun``, which moves heads too).
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
    """A capitalised noun; a capitalised word whose lemma is lower case is another word
    at the start of its sentence ("Zuletzt hatte X …" with 'Zuletzt' tagged a noun)."""
    return token.text[:1].isupper() and (token.tag.startswith("NN") or token.pos == "NOUN") \
        and not token.lemma[:1].islower()


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


def saxon_genitive_object(tokens: Sequence[Token], deps: list[str], i: int) -> bool:
    """'besuchte Sachsens Ministerpräsident X …' parsed with the genitive name as an object
    of the verb beside its noun: the name is the noun's possessor."""
    if deps[i] != "obj" or i + 1 >= len(tokens):
        return False
    name, noun = tokens[i], tokens[i + 1]
    return (name.text[:1].isupper() and name.text.endswith(GENITIVE_ENDINGS)
            and feature(name, "Case") in ("Gen", "") and is_noun(noun)
            and deps[i + 1] in ("obj", "nsubj") and noun.head == name.head)


def subject_among_objects(tokens: Sequence[Token], deps: list[str], verb: int) -> int | None:
    """'besuchte Ministerpräsident X die Unglücksstelle' parsed with two nominative objects
    and no subject: the first of them is the subject (it comes first in the middle field);
    its index, or None."""
    if not tokens[verb].tag.startswith("V"):
        return None
    kids = [j for j, t in enumerate(tokens) if t.head == verb and j != verb]
    if any(deps[j].startswith("nsubj") for j in kids):
        return None
    # an adverb opening the sentence may be tagged a nominative noun and hung as one
    # more object ("Zuletzt hatte X vorgeschlagen"): it counts, but is no subject
    nominative = [j for j in kids if deps[j] == "obj" and tokens[j].text[:1].isupper()
                  and feature(tokens[j], "Case") == "Nom"]
    nouns = [j for j in nominative if is_noun_or_name(tokens[j])
             and not tokens[j].lemma[:1].islower()]
    if len(nominative) >= 2 and nouns:
        return nouns[0]
    reflexive = any(tokens[j].text.lower() in function_words()["reciprocal_pronouns"]
                    for j in kids)
    others = [j for j in kids if deps[j] == "obj" and is_noun(tokens[j])
              and feature(tokens[j], "Case") in ("Nom", "")]
    if reflexive and others:
        return others[0]   # "haben sich X und Y geeinigt": "sich" is the object
    return object_right_after(tokens, deps, verb, kids)


def object_right_after(tokens: Sequence[Token], deps: list[str], verb: int,
                       kids: list[int]) -> int | None:
    """'Bei den Frauen gewann die Amerikanerin X das Turnier' parsed without a subject: the
    phrase right after a finite verb (its first word follows the verb) is the subject,
    unless its case says otherwise."""
    if "Mood=" not in tokens[verb].morph:
        return None
    objects = [j for j in kids if deps[j] == "obj" and j > verb]
    if not objects:
        return None
    first = objects[0]
    if leftmost(tokens, first) != verb + 1 or feature(tokens[first], "Case") in (
            "Acc", "Dat", "Gen"):
        return None
    return first


def name_after_attribute_noun(tokens: Sequence[Token], deps: list[str], i: int) -> bool:
    """'verkaufte 20 Prozent an die Holding des Milliardärs Jan Berg' parsed with the name
    as a second object of the verb: a name right after a noun that is an attribute
    (nmod) stands in apposition to that noun ('des Milliardärs Jan Berg'), no argument."""
    if deps[i] != "obj" or not is_noun_or_name(tokens[i]):
        return False
    verb, first = tokens[i].head, leftmost(tokens, i)
    if first == 0 or not (0 <= verb < len(tokens)) or not (
            tokens[first].tag == "NE" or tokens[first].pos == "PROPN"):
        return False   # the phrase starts with a name, not an article ('das Buch')
    noun = tokens[first - 1]
    other_object = any(t.head == verb and deps[j] == "obj" and j != i
                       for j, t in enumerate(tokens))
    return (other_object and is_noun(noun) and noun.tag.startswith("NN")
            and deps[first - 1] == "nmod")


def has_other_subject(tokens: Sequence[Token], deps: list[str], i: int) -> bool:
    verb = tokens[i].head
    return any(t.head == verb and j not in (i, verb) and deps[j] == "nsubj"
               for j, t in enumerate(tokens))


def active_perfect_subject(tokens: Sequence[Token], deps: list[str], i: int) -> bool:
    """'… hatte der Verband aufgerufen' parsed as a passive subject: a participle with a
    form of "haben" and no "werden" is active, its subject a plain subject."""
    if deps[i] != "nsubj:pass":
        return False
    verb = tokens[i].head
    auxiliaries = [t for j, t in enumerate(tokens) if t.head == verb and j != verb
                   and deps[j].startswith("aux")]
    lemmas = {t.lemma.lower() for t in auxiliaries}
    words = {t.text.lower() for t in auxiliaries}
    return "haben" in lemmas and "werden" not in lemmas and not words & set(
        function_words()["passive_werden"])


def dateline_subject(tokens: Sequence[Token], deps: list[str]) -> bool:
    """'Hannover – Nach … haben sich X und Y geeinigt' with the dateline's city parsed as the
    subject: a dateline is no argument."""
    # A dateline the parser hung the real subject under ("Stockholm – Der Hersteller X
    # hat …", X an apposition of the city) stays: the subject is reached through it.
    return (len(tokens) > 2 and deps[0].startswith("nsubj") and tokens[0].text[:1].isupper()
            and tokens[1].text in function_words()["dateline_separators"]
            and not any(t.head == 0 and deps[j] != "punct" for j, t in enumerate(tokens)
                        if j))


def leftmost(tokens: Sequence[Token], node: int) -> int:
    """The first token of the phrase ``node`` heads."""
    first, frontier, seen = node, [node], {node}
    while frontier:
        current = frontier.pop()
        for j, token in enumerate(tokens):
            if token.head == current and j not in seen:
                first = min(first, j)
                seen.add(j)
                frontier.append(j)
    return first


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
    if dateline_subject(tokens, fixed):
        fixed[0] = "dep"
    for i in range(len(tokens)):
        if saxon_genitive_subject(tokens, fixed, i):
            fixed[i], fixed[i + 1] = "nmod:poss", "nsubj"
            continue
        if saxon_genitive_object(tokens, fixed, i):
            fixed[i] = "nmod:poss"
            continue
        speaker = demonstrative_subject(tokens, fixed, i, speaks)
        if speaker is not None:
            fixed[i], fixed[speaker] = "obj", "nsubj"
    for i in range(len(tokens)):
        if active_perfect_subject(tokens, fixed, i):
            # 'X hat die Meisterschaft gewonnen': beside a subject of its own, the object
            fixed[i] = "obj" if has_other_subject(tokens, fixed, i) else "nsubj"
    for i in range(len(tokens)):
        if name_after_attribute_noun(tokens, fixed, i):
            fixed[i] = "appos"
    for verb in range(len(tokens)):
        subject = subject_among_objects(tokens, fixed, verb)
        if subject is not None:
            fixed[subject] = "nsubj"
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


def reattach_subject_from_title(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a subject name hung on the title right before it ("US-Präsident Joe
    Biden dankte …" with the title a modifier of the verb and the name under it): a title
    before a name is that person, so the name is the verb's subject and the title its
    modifier."""
    fixed = list(tokens)
    for i, token in enumerate(tokens):
        title_index = token.head
        if token.dep != "nsubj" or title_index != i - 1 or not is_name(token):
            continue
        title = tokens[title_index]
        verb = title.head
        if not title.text[:1].isupper() or title.dep in ("nsubj", "root", "ROOT") or \
                not 0 <= verb < len(tokens) or not tokens[verb].tag.startswith("V"):
            continue
        fixed[i] = replace(token, head=verb)
        fixed[title_index] = replace(title, head=i, dep="nmod")
    return fixed


CALENDAR_NOUNS = frozenset(function_words()["calendar_nouns"])


def reattach_name_from_time_noun(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a name in apposition to a calendar noun ("am Sonntag Werder
    Bremen") attached to the verb that governs the time phrase, as its object (its dative
    object where the verb has an object already)."""
    fixed = list(tokens)
    with_object = {t.head for t in tokens if t.dep == "obj"}   # once: linear, not per name
    for i, token in enumerate(tokens):
        head = token.head
        if token.dep != "appos" or not 0 <= head < i or not is_name(token):
            continue
        noun = tokens[head]
        verb = noun.head
        if noun.text not in CALENDAR_NOUNS and noun.lemma not in CALENDAR_NOUNS:
            continue
        if not (0 <= verb < len(tokens) and tokens[verb].tag.startswith("V")):
            continue
        fixed[i] = replace(token, head=verb, dep="iobj" if verb in with_object else "obj")
        with_object.add(verb)
    return fixed


def is_name(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag == "NE" or token.pos == "PROPN")


def is_noun_or_name(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag.startswith(("NN", "NE"))
                                         or token.pos in ("NOUN", "PROPN"))


DATELINE_DASHES = ("–", "—", "-")
DATELINE_REACH = 10  # "Frankfurt am Main –", "Tel Aviv/Teheran –", "Frankfurt am Main (dpa/lhe) –"


def dateline_end(tokens: Sequence[Token]) -> int | None:
    """Index of the dash closing a dateline that opens the sentence ("Frankfurt am Main –",
    "Berlin (dpa) –"): capitalised words, with lower-case links, slashes or a bracketed
    agency between; None without one."""
    bracketed = False
    for i, token in enumerate(tokens[:DATELINE_REACH]):
        if token.text in DATELINE_DASHES:
            return i if i > 0 else None
        bracketed = token.text == "(" or bracketed and token.text != ")"
        if not (token.text[:1].isupper() or token.text in ("/", "(", ")") or bracketed
                or token.text in function_words()["dateline_links"]):
            return None
    return None


def reattach_from_dateline(tokens: Sequence[Token]) -> list[Token]:
    """'Frankfurt am Main – Die Autorin X ist … ausgezeichnet worden' with the dateline
    parsed as the clause's subject and the real subject hung under it: the phrase after
    the dash takes the dateline's place in the clause; the dateline is no argument."""
    end = dateline_end(tokens)
    if end is None:
        return list(tokens)
    inside = range(0, end)
    top = next((i for i in inside if tokens[i].head not in inside), None)
    if top is None:
        return reroot_from_dateline(tokens, end)
    if tokens[top].head == top or tokens[top].dep in ("root", "ROOT"):
        return list(tokens)
    hung = next((i for i in range(end + 1, len(tokens)) if tokens[i].head in inside
                 and tokens[i].dep != "punct" and is_noun_or_name(tokens[i])), None)
    if hung is None:
        return list(tokens)
    fixed = list(tokens)
    fixed[hung] = replace(tokens[hung], head=tokens[top].head, dep=tokens[top].dep)
    fixed[top] = replace(tokens[top], dep="dep")
    # the rest of the phrase hung there too ("Die Gewerkschaft X", X a flat name of the city)
    for i in range(hung + 1, len(tokens)):
        if tokens[i].head in inside and tokens[i].dep != "punct":
            fixed[i] = replace(tokens[i], head=hung)
    return fixed


NAME_LINKS = ("flat", "flat:name", "appos", "compound")


def reattach_nominal_conjunct(tokens: Sequence[Token]) -> list[Token]:
    """'geht an die Forscher X und Y' with Y parsed as a conjunct of the verb: a noun or
    name right after 'und'/'sowie'/'oder' whose phrase before the conjunction hangs on
    that verb is that phrase's conjunct (it shares its role)."""
    fixed: list[Token] | None = None
    for i, token in enumerate(tokens):
        verb = token.head
        if token.dep != "conj" or i < 2 or not is_noun_or_name(token) or not (
                0 <= verb < len(tokens)) or not tokens[verb].tag.startswith("V") or \
                tokens[i - 1].text.lower() not in ("und", "sowie", "oder"):
            continue
        first = phrase_head(tokens, i - 2)
        if first != verb and tokens[first].head == verb and is_noun_or_name(tokens[first]):
            fixed = fixed or list(tokens)
            fixed[i] = replace(token, head=first)
    return fixed or list(tokens)


def phrase_head(tokens: Sequence[Token], index: int) -> int:
    """The head word of the name or noun phrase ``index`` is part of (up flat and appos)."""
    for _ in range(4):
        head = tokens[index].head
        if tokens[index].dep not in NAME_LINKS or not 0 <= head < len(tokens) or head == index:
            break
        index = head
    return index


def reroot_from_dateline(tokens: Sequence[Token], end: int) -> list[Token]:
    """'Frankfurt am Main (dpa/lhe) – Der X hat … gewonnen' parsed with the dateline as the
    sentence's root and the clause hung under it: the first verb after the dash that hangs
    on the dateline becomes the root, the other phrases hung there hang on it (the first
    capitalised one before it as its subject); the dateline is no argument."""
    inside = range(0, end)
    verb = next((i for i in range(end + 1, len(tokens)) if tokens[i].head in inside
                 and tokens[i].tag.startswith("V")), None)
    if verb is None:
        return list(tokens)
    fixed = list(tokens)
    fixed[verb] = replace(tokens[verb], head=verb, dep="root")
    subject_found = False
    for i in range(end + 1, len(tokens)):
        if i == verb or tokens[i].head not in inside:
            continue
        subject = i < verb and not subject_found and tokens[i].text[:1].isupper()
        subject_found = subject_found or subject
        fixed[i] = replace(tokens[i], head=verb, dep="nsubj" if subject else tokens[i].dep)
    for i in inside:
        if tokens[i].head == i:
            fixed[i] = replace(tokens[i], head=verb, dep="dep")
    return fixed


def finite_verb_taken_for_attribute(tokens: Sequence[Token]) -> list[Token]:
    """'Der Kanzler gratulierte Sheinbaum zu ihrem Sieg' parsed as a noun phrase, the finite
    verb an attribute of the noun after it: a finite verb (tag and morphology say so) is the
    clause's head. It becomes the root; the noun after it its object; the noun phrase
    before it (the parse's root, or that noun's first noun before the verb) its subject;
    the phrases after the verb that hung on either noun its own (a separable particle
    its particle)."""
    retagged = [replace(t, tag="VVFIN", pos="VERB") if particle_verb_as_adjective(tokens, i)
                else t for i, t in enumerate(tokens)]
    verb = next((i for i, t in enumerate(retagged) if t.dep == "amod" and i < t.head
                 and t.tag.endswith("FIN") and ("VerbForm=Fin" in t.morph or "Mood=" in t.morph
                                                or t.tag != tokens[i].tag)),
                None)
    tokens = retagged
    root = next((i for i, t in enumerate(tokens) if t.dep in ("root", "ROOT")), None)
    if verb is None or root is None or not is_noun_or_name(tokens[root]):
        return list(tokens)
    noun = tokens[verb].head
    if root == noun:
        subject = next((i for i in range(verb) if tokens[i].head in (noun, verb)
                        and is_noun_or_name(tokens[i])), None)
    else:
        subject = root if root < verb else None
    if subject is None or not is_noun_or_name(tokens[noun]):
        return list(tokens)
    fixed = list(tokens)
    fixed[verb] = replace(tokens[verb], head=verb, dep="root")
    fixed[noun] = replace(tokens[noun], head=verb, dep="obj")
    fixed[subject] = replace(tokens[subject], head=verb, dep="nsubj")
    for i in range(verb + 1, len(tokens)):
        token = tokens[i]
        if i == noun or token.head not in (root, noun):
            continue
        if token.tag == "PTKVZ":
            fixed[i] = replace(token, head=verb, dep="compound:prt")
        elif token.dep == "nmod" and token.head == root != noun:
            fixed[i] = replace(token, head=verb, dep="obl")
        elif token.dep == "nmod" and any(t.head == i and t.dep == "case" for t in tokens):
            fixed[i] = replace(token, head=verb, dep="obl")
        elif token.dep == "punct":
            fixed[i] = replace(token, head=verb)
    return fixed


def particle_verb_as_adjective(tokens: Sequence[Token], index: int) -> bool:
    """'Seine Anwälte kündigten Berufung an', the verb tagged an adjective: a separated
    particle needs a finite verb in its sentence; where none is tagged, an attribute whose
    lemma is an infinitive ('kündigen', not 'gekündigt') is that verb."""
    token = tokens[index]
    return (token.tag == "ADJA" and token.lemma.endswith("en") and token.lemma.islower()
            and not token.text.startswith("ge")
            and any(t.tag == "PTKVZ" for t in tokens[index + 1:])
            and not any(t.tag.startswith("V") for t in tokens))
