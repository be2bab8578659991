"""Whether an event happened, is planned, only reported, or called off."""

from __future__ import annotations

from graphkit.events.context import SentenceContext
from graphkit.events.lexicon import function_words
from graphkit.events.roles import is_zu_infinitive
from graphkit.model import CANCELLATION, STATEMENT, Token


def is_cancelled(ctx: SentenceContext, index: int, clause: tuple[int, int], event_type: str,
                 verb_lemmas: list[str]) -> bool:
    """'sagte den Besuch ab', 'die Absage des Treffens', 'fand nicht statt', 'kein Treffen':
    the clause calls the event off. ``verb_lemmas`` are the clause's lemmas with their
    separable particles ("absagen"). A cancellation itself did happen."""
    if event_type == CANCELLATION or named_as_cause(ctx, index):
        return False
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    if set(verb_lemmas) & lexicon.cancel_lemmas or called_off_next(ctx, index):
        return True
    words = [t.text.lower() for t in tokens[clause[0]:clause[1]]]
    lemmas = {t.lemma for t in tokens[clause[0]:clause[1]]}
    if lemmas & lexicon.cancel_nouns and index > clause[0]:
        return True
    if full_lemma(ctx, index) in function_words()["negation_idioms"]:
        return False   # "schloss eine Übernahme nicht aus": the negation is what was said
    negated = bool(set(words) & lexicon.negations)
    if negated and (set(verb_lemmas) | lemmas) & lexicon.negated_verbs:
        return True
    return negated and trigger_negated(ctx, index)


NOUN_ARGUMENTS = ("nsubj", "nsubj:pass", "obj")
# How a parser attaches the second of two coordinated clauses to the first one's verb
# (a relative-clause label there is a misparse of the same coordination).
CLAUSE_LINKS = ("conj", "advcl", "csubj", "parataxis", "acl:relcl")


def named_as_cause(ctx: SentenceContext, index: int) -> bool:
    """'wegen des Hurrikans abgesagt': the noun of a causal phrase is why something was
    called off, not what was."""
    causal = function_words()["causal_prepositions"]
    return ctx.parsed and any(ctx.deps[c] == "case" and ctx.tokens[c].text.lower() in causal
                              for c in ctx.children[index])


def called_off_next(ctx: SentenceContext, index: int) -> bool:
    """'hatte einen Besuch geplant, ihn aber abgesagt', 'Das Konzert war geplant, wurde aber
    abgesagt': the verb whose subject or object the event noun is coordinates a cancelling
    verb, whose own subject or object is a pronoun agreeing with the noun or is left out
    (the shared subject)."""
    if not ctx.parsed or ctx.deps[index] not in NOUN_ARGUMENTS:
        return False
    head = ctx.tokens[index].head
    for verb in ctx.children[head] if 0 <= head < len(ctx.tokens) else ():
        if verb < index or ctx.deps[verb] not in CLAUSE_LINKS \
                or full_lemma(ctx, verb) not in ctx.lexicon.cancel_lemmas:
            continue
        arguments = [a for a in ctx.children[verb] if ctx.deps[a] in NOUN_ARGUMENTS]
        if not arguments:
            return ctx.deps[index] != "obj"
        return any(takes_up(ctx.tokens[a], ctx.tokens[index]) for a in arguments)
    return False


def takes_up(pronoun: Token, noun: Token) -> bool:
    """A personal pronoun agreeing with the noun in gender ('sie' also with a plural)."""
    gender = function_words()["event_pronoun_genders"].get(pronoun.text.lower())
    if gender is None:
        return False
    features = noun.morph.split("|")
    return f"Gender={gender}" in features or (gender == "Fem" and "Number=Plur" in features)


def trigger_negated(ctx: SentenceContext, index: int) -> bool:
    """'traf sich nicht mit …', 'kein Treffen': the negation belongs to the trigger."""
    negations = ctx.lexicon.negations
    if ctx.parsed:
        return any(ctx.tokens[c].text.lower() in negations for c in ctx.children[index])
    before = ctx.tokens[max(0, index - 2):index]
    return ctx.tokens[index].text[:1].isupper() and any(
        t.text.lower() in negations for t in before)


# --- announced events ------------------------------------------------------------------------

def full_lemma(ctx: SentenceContext, index: int) -> str:
    """A verb's lemma with its separated particle ("kündigte … an" → "ankündigen")."""
    particle = next((ctx.tokens[c].text.lower() for c in ctx.children[index]
                     if ctx.deps[c] == "compound:prt"), "")
    return particle + ctx.tokens[index].lemma


def told_before(ctx: SentenceContext, verb: int) -> bool:
    """'hatte … aufgerufen': the Plusquamperfekt, before the narrative's time."""
    pluperfect = set(function_words()["pluperfect_auxiliaries"])
    return any(ctx.deps[c].startswith("aux") and ctx.tokens[c].text.lower() in pluperfect
               for c in ctx.children[verb])


def subtree_start(ctx: SentenceContext, index: int) -> int:
    """The first token of the phrase ``index`` heads."""
    first, stack = index, [index]
    while stack:
        node = stack.pop()
        first = min(first, node)
        stack.extend(ctx.children[node])
    return first


def decision_in_effect(lemma: str, event_type: str) -> bool:
    """'Die EU hat Sanktionen beschlossen': deciding them imposes them (decided_types)."""
    words = function_words()
    return lemma in words["decision_verbs"] and event_type in words["decided_types"]


def announcement(ctx: SentenceContext, index: int, event_type: str) -> int | None:
    """Where an announced event's own phrase starts, or None when nothing announces it.

    'kündigte an, am Samstag nach Kiew zu reisen' (a zu-infinitive under a verb of
    "prospective_verbs"), 'rief zu Protesten am Samstag auf' (the verb's object or "zu"
    phrase), 'kündigte seinen Rücktritt an' (the verb triggers the pair with its object,
    as an event of another type than its own: the announcement itself is no plan). An object
    of a call told in the Plusquamperfekt ("hatte zu der Kundgebung aufgerufen") took place
    before the narrative: it is not announced."""
    if not ctx.parsed:
        return None
    prospective = set(function_words()["prospective_verbs"])
    token, head = ctx.tokens[index], ctx.tokens[index].head
    lemma = full_lemma(ctx, index)
    if token.tag.startswith("V") and lemma in prospective:
        if ctx.lexicon.verbs.get(lemma) == event_type or event_type == STATEMENT:
            return None   # the announcement itself is no plan
        if decision_in_effect(lemma, event_type):
            return None
        objects = [c for c in ctx.children[index] if ctx.deps[c] in ("obj", "obl")
                   and ctx.tokens[c].pos == "NOUN"]
        return objects[0] if objects and not told_before(ctx, index) else None
    if not 0 <= head < len(ctx.tokens) or head == index or \
            full_lemma(ctx, head) not in prospective:
        return None
    if token.tag.startswith("V"):
        if is_zu_infinitive(ctx, index) or announced_main_clause(ctx, index, head):
            return subtree_start(ctx, index)
        return None
    if ctx.deps[index] in ("obj", "obl") and not told_before(ctx, head):
        return index
    return None


REPORTED_CLAUSE_LINKS = ("advcl", "ccomp", "parataxis")


def announced_main_clause(ctx: SentenceContext, verb: int, announcing: int) -> bool:
    """'Danach verlässt er den Konzern, kündigte X an': a clause with a finite full verb (no
    perfect) before the announcing verb that reports it is what was announced."""
    return verb < announcing and ctx.deps[verb] in REPORTED_CLAUSE_LINKS \
        and ctx.tokens[verb].tag == "VVFIN"
