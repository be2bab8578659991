"""Roles from the dependency parse: a name's path of heads to the trigger picks its role.

A name attaches to a predicate through one argument relation (nsubj, obj, iobj, obl, nmod);
names, appositions and conjunctions on the way are transparent ("Bundeskanzler Olaf
Scholz", "Buschmann und Stark-Watzinger"). The type's frame (graphkit/data/events/frames.json)
maps that relation, with its preposition, to a role. Each mention is attached once, so the
cost is linear in the sentence. Where the parse gives no actor, the role stays empty.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from graphkit.events.both import both_subjects
from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.lexicon import event_type_data, function_words, trigger_lexicon
from graphkit.events.repair import dateline_end, feature
from graphkit.kb.gazetteer import GazetteerEntry, load_gazetteer
from graphkit.model import (
    APPOINTMENT,
    AWARD,
    AWARD_ROLE,
    LOC,
    MISC,
    OFFICE,
    ORG,
    ORGANISATION,
    PER,
    PERSON,
    SUCCESSOR,
    VICTIM,
    VISIT,
    AnalysedSentence,
    EntityMention,
    Token,
)

# UD relations a name passes through on its way to the relation that attaches it.
TRANSPARENT = ("flat", "appos", "conj", "compound")
ARGUMENTS = ("nsubj", "obj", "iobj", "obl", "nmod")
MAX_CLIMB = 8
# Dependents that make a noun a full description rather than an anaphor.
MODIFIED = ("nmod", "appos", "flat", "nmod:poss", "nmod:gen", "acl", "acl:relcl")
OFFICE_WORD_SOURCE = "office-word"   # an EntityMention that is an office word, not a name
# Roles only people fill: a place there is a misparse ("In Kiew, Lwiw und Odessa wurden
# 30 Menschen getötet" with Lwiw parsed as the subject).
PEOPLE_ROLES = (PERSON, VICTIM)
VENUE_SOURCE = "venue-word"          # a building or venue found by its word, not by a name
# a name the NER missed in one sentence but found elsewhere in the article
RECOVERED_SOURCE = "recovered-name"
TEAM_SOURCE = "team-country"        # a country named by its team ("die deutsche Elf")
# frame key of a noun trigger's owner, the subject of its governing verb
OWNER = "owner"
FEMININE, MASCULINE = "Fem", "Masc"
NEUTER = "Neut"


def mention_span(ctx: SentenceContext, candidate: Candidate) -> tuple[int, int]:
    last = candidate.token_index
    while last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].start < candidate.mention.end:
        last += 1
    return candidate.token_index, last


def mention_head(ctx: SentenceContext, candidate: Candidate) -> int:
    first, last = mention_span(ctx, candidate)
    for i in range(first, last + 1):
        if not first <= ctx.tokens[i].head <= last or ctx.tokens[i].head == i:
            return i
    return first


def in_parentheses(ctx: SentenceContext, candidate: Candidate) -> bool:
    """'Olaf Scholz (SPD)': a party or country in parentheses is an affiliation; an
    organisation's short name after a noun the NER left unnamed ("die Wirtschafts- und
    Korruptionsstaatsanwaltschaft (WKStA)") is that noun's name, no affiliation."""
    first, last = mention_span(ctx, candidate)
    tokens = ctx.tokens
    return (first > 0 and tokens[first - 1].text == "("
            and last + 1 < len(tokens) and tokens[last + 1].text == ")"
            and not names_its_noun(ctx, candidate))


def names_its_noun(ctx: SentenceContext, candidate: Candidate) -> bool:
    """An organisation's name in apposition to a noun that no name covers and that is no
    office or person word ("der Minister (SPD)" stays an affiliation)."""
    head = mention_head(ctx, candidate)
    noun = ctx.tokens[head].head
    if candidate.mention.label != ORG or ctx.deps[head] != "appos" or not (
            0 <= noun < len(ctx.tokens)) or in_mention(ctx, noun):
        return False
    token = ctx.tokens[noun]
    lower = token.text.lower()
    return (token.text[:1].isupper() and (token.tag.startswith("NN") or token.pos == "NOUN")
            and not is_office_word(ctx, token)
            and lower not in function_words()["person_descriptions"]
            and not lower.endswith(tuple(function_words()["person_description_suffixes"])))


def case_word(ctx: SentenceContext, node: int, span: tuple[int, int] = (-1, -1)) -> str:
    """The preposition of an oblique; one inside the name ("von der Leyen") is not one."""
    contractions = function_words()["preposition_contractions"]
    for child in ctx.children[node]:
        # 'als Parteichef' with 'als' (KOKOM) parsed a conjunction: it marks the phrase
        if (ctx.deps[child] == "case" or ctx.tokens[child].tag == "KOKOM"
                and ctx.tokens[child].text.lower() == "als" and child < node) and \
                not span[0] <= child <= span[1]:
            word = ctx.tokens[child].text.lower()
            return contractions.get(word, ctx.tokens[child].lemma.lower() or word)
    return ""


def is_genitive(ctx: SentenceContext, node: int) -> bool:
    token = ctx.tokens[node]
    if feature(token, "Case") == "Gen":
        return True
    return any(ctx.deps[c] == "det" and feature(ctx.tokens[c], "Case") == "Gen"
               for c in ctx.children[node])


def relation_key(ctx: SentenceContext, node: int, span: tuple[int, int] = (-1, -1)) -> str:
    """'nsubj', 'obj', 'obl:von', 'nmod:gen' … for the argument at ``node``."""
    rel = ctx.deps[node]
    base = rel.split(":")[0]
    if rel == "obl:agent":
        return "obl:von"
    if base in ("obj", "nsubj") and (case_word(ctx, node, span) == "als" or after_als(ctx, node)):
        return "obl:als"  # 'als Parteichef' parsed an object once 'als' is read as 'und'
    if base == "nsubj":
        return object_by_article(ctx, node, span) or (
            "nsubj:pass" if rel == "nsubj:pass" else "nsubj")
    if base in ("obl", "nmod"):
        case = case_word(ctx, node, span)
        if case:
            return f"{base}:{case}"
        by_article = article_case(ctx, node, span) if base == "obl" else ""
        if by_article:
            return {"Nom": "nsubj", "Dat": "iobj"}[by_article]
        if rel in ("nmod:poss", "nmod:gen") or is_genitive(ctx, node):
            owner = genitive_of_phrase_before(ctx, node)
            return relation_key(ctx, owner) if owner is not None else f"{base}:gen"
        if base == "obl" and feature(ctx.tokens[node], "Case") == "Dat" and not any(
                ctx.deps[c] == "case" for c in ctx.children[node]):
            return "iobj"  # a bare dative noun phrase: the indirect object
    return base


def genitive_of_phrase_before(ctx: SentenceContext, node: int) -> int | None:
    """'ging an „Titel“ des Norwegers X' with the genitive hung on the verb: a verb takes no
    bare genitive right after another of its noun phrases; it is that phrase's attribute
    (its owner), and stands in the same relation to the verb."""
    verb, start = ctx.tokens[node].head, phrase_start(ctx, node)
    if not 0 <= verb < len(ctx.tokens) or not is_verb_token(ctx.tokens[verb]):
        return None
    for sibling in ctx.children[verb]:
        if sibling < node and ctx.deps[sibling].split(":")[0] in ("obl", "obj") \
                and ctx.tokens[sibling].tag.startswith(("NN", "NE")) \
                and all(ctx.tokens[i].pos == "PUNCT" for i in range(phrase_end(ctx, sibling) + 1,
                                                                    start)):
            return sibling
    return None


def phrase_start(ctx: SentenceContext, node: int) -> int:
    return min([node] + [phrase_start(ctx, c) for c in ctx.children[node] if c < node])


def phrase_end(ctx: SentenceContext, node: int) -> int:
    return max([node] + [phrase_end(ctx, c) for c in ctx.children[node] if c > node])


def object_by_article(ctx: SentenceContext, node: int, span: tuple[int, int]) -> str:
    """'obj' or 'iobj' for a parsed subject whose article never opens a subject ('den',
    'dem': words.json object_articles), else ''."""
    articles = function_words()["object_articles"]
    for child in ctx.children[node]:
        if ctx.deps[child] == "det" and child < node and not span[0] <= child <= span[1]:
            key = articles.get(ctx.tokens[child].text.lower(), "")
            plural = feature(ctx.tokens[node], "Number") == "Plur"
            return "iobj" if key and plural else key
    return ""


def article_case(ctx: SentenceContext, node: int, span: tuple[int, int] = (-1, -1)) -> str:
    """'Nom' or 'Dat' where a bare noun phrase's article and its singular noun's gender
    tell the case (words.json article_cases), else ''; an article inside the name ("von der
    Leyen") is none."""
    token = ctx.tokens[node]
    if feature(token, "Number") == "Plur":
        return ""
    cases = function_words()["article_cases"]
    for child in ctx.children[node]:
        if ctx.deps[child] == "det" and child < node and not span[0] <= child <= span[1]:
            gender = noun_gender(token, ctx.tokens[child])
            return cases.get(ctx.tokens[child].text.lower(), {}).get(gender, "")
    return ""


def noun_gender(noun: Token, article: Token) -> str:
    """A feminine ending decides ('Regierung'); else the gender the tagger gave both the
    noun and its article ('' where they disagree: a guess for a name or a rare noun)."""
    if noun.text.lower().endswith(tuple(function_words()["feminine_noun_suffixes"])):
        return FEMININE
    gender = feature(noun, "Gender")
    return gender if gender == feature(article, "Gender") else ""


def after_als(ctx: SentenceContext, node: int) -> bool:
    """'wurde als bester Spieler ausgezeichnet' with 'als' hung elsewhere: the phrase right
    after a comparative 'als' is what it introduces."""
    first, frontier = node, [node]
    for _ in range(MAX_CLIMB):
        frontier = [c for n in frontier for c in ctx.children[n]]
        if not frontier:
            break
        first = min(first, *frontier)
    before = ctx.tokens[first - 1] if first > 0 else None
    return before is not None and before.tag == "KOKOM" and before.text.lower() == "als"


def attachment(ctx: SentenceContext, head: int, span: tuple[int, int]
               ) -> tuple[int, str] | None:
    """(governor, relation key) of the argument a name's head belongs to, or None."""
    node = head
    for _ in range(MAX_CLIMB):
        parent = ctx.tokens[node].head
        if parent < 0 or parent == node or parent >= len(ctx.tokens):
            return None
        base = ctx.deps[node].split(":")[0]
        if base == "appos" and juxtaposed_person(ctx, span):
            return second_of_two(ctx, parent)
        if base == "compound" and modifies_common_noun(ctx, node, parent):
            return None
        if base == "conj" and is_verb_token(ctx.tokens[parent]):
            return conjunct_of_argument(ctx, node, parent)
        if base in TRANSPARENT or title_before_name(ctx, node, parent, span):
            node = parent
            continue
        if base in ARGUMENTS:
            return content_head(ctx, parent), relation_key(ctx, node, span)
        return None
    return None


def is_verb_token(token: Token) -> bool:
    return token.tag.startswith("VV") or token.pos == "VERB"


def conjunct_of_argument(ctx: SentenceContext, node: int, verb: int
                         ) -> tuple[int, str] | None:
    """'teilten sich die Regisseurin X für … und der Spanier Y für …' with Y's noun parsed a
    conjunct of the verb: a verb has no nominal conjuncts, so the noun is coordinated with
    the verb's nearest nominal argument before it and shares its relation."""
    if not ctx.tokens[node].tag.startswith(("NN", "NE")):
        return None
    before = [c for c in ctx.children[verb] if c < node
              and ctx.deps[c].split(":")[0] in ARGUMENTS
              and ctx.tokens[c].tag.startswith(("NN", "NE"))]
    if not before:
        return None
    return content_head(ctx, verb), relation_key(ctx, max(before))


def modifies_common_noun(ctx: SentenceContext, node: int, parent: int) -> bool:
    """'auf der Grünen Woche': a name in front of a common noun without a name of its own,
    as the first part of its compound, only modifies it; the noun is the argument."""
    return parent > node and ctx.tokens[parent].tag == "NN" and not in_mention(ctx, parent) \
        and not is_office_word(ctx, ctx.tokens[parent])


def title_before_name(ctx: SentenceContext, node: int, parent: int,
                      span: tuple[int, int]) -> bool:
    """'Bundespräsident Frank-Walter Steinmeier' parsed with the name as an attribute of
    the title right before it: a title before a name is in apposition to it, whatever
    relation the parser gave (a genitive or a preposition would make it an attribute)."""
    return (parent == span[0] - 1 and ctx.deps[node] == "nmod" and node >= span[0]
            and is_office_word(ctx, ctx.tokens[parent]) and not case_word(ctx, node, span)
            and not is_genitive(ctx, node))


def phrase_top(ctx: SentenceContext, candidate: Candidate) -> int:
    """The word a name's phrase hangs from once names, appositions and conjunctions are
    climbed ('König X und Regierungschef Y': both reach 'König')."""
    node = mention_head(ctx, candidate)
    for _ in range(MAX_CLIMB):
        parent = ctx.tokens[node].head
        if parent < 0 or parent == node or parent >= len(ctx.tokens) or \
                ctx.deps[node].split(":")[0] not in TRANSPARENT:
            return node
        node = parent
    return node


def coordinated(ctx: SentenceContext, first: Candidate, other: Candidate) -> bool:
    """Two names in one coordination (or apposition) by the parse."""
    return ctx.parsed and phrase_top(ctx, first) == phrase_top(ctx, other)


def person_at(ctx: SentenceContext, index: int) -> EntityMention | None:
    start = ctx.tokens[index].start
    return next((m for m in ctx.sentence.mentions if m.start <= start < m.end
                 and m.label == PER and m.source != "office"), None)


def juxtaposed_person(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """'ernannte Starmer Rachel Reeves': a person's name right after another person's
    name, no comma or bracket between, is no apposition but an argument of its own."""
    first = span[0]
    own = person_at(ctx, first)
    before = person_at(ctx, first - 1) if first > 0 else None
    return own is not None and before is not None and before is not own


def second_of_two(ctx: SentenceContext, other: int) -> tuple[int, str] | None:
    """The second of two juxtaposed names is the object where the first is the subject."""
    found = attachment(ctx, other, (other, other))
    if found is None or found[1] != "nsubj":
        return None
    return found[0], "obj"


def content_head(ctx: SentenceContext, index: int) -> int:
    """'Putin wird … besuchen' parsed with Putin under "wird": an auxiliary's arguments
    belong to its verb."""
    if ctx.deps[index] in ("aux", "aux:pass", "cop"):
        head = ctx.tokens[index].head
        if 0 <= head < len(ctx.tokens):
            return head
    return index


def attachments_by_governor(ctx: SentenceContext, candidates: list[Candidate]) -> dict[
        int, list[tuple[Candidate, str]]]:
    """Every usable name grouped by the word it is an argument of (one climb per name)."""
    grouped: dict[int, list[tuple[Candidate, str]]] = {}
    for candidate in candidates:
        if in_parentheses(ctx, candidate):
            continue
        found = attachment(ctx, mention_head(ctx, candidate), mention_span(ctx, candidate))
        if found is not None:
            grouped.setdefault(found[0], []).append((candidate, found[1]))
    return grouped


def passive_werden(ctx: SentenceContext, verb: int) -> bool:
    """'X ist festgenommen worden' with X parsed a plain subject: a verb with a passive
    'werden' (not a modal the parser took for one)."""
    copula_reading = predicative_participle(ctx.tokens[verb])
    return any((ctx.deps[c] == "aux:pass" or (copula_reading and ctx.deps[c] == "cop"))
               and ctx.tokens[c].lemma.lower() == "werden" for c in ctx.children[verb])


def predicative_participle(token: Token) -> bool:
    """'Das Werk wird bestreikt' parsed as 'werden' + a predicative adverb: a past
    participle of an inseparable verb (prefix 'be', 'ver', …; ending in 't' or 'en') is the
    verb of a passive still."""
    text = token.text.lower()
    return token.tag.startswith(("ADV", "ADJD")) and text != token.lemma.lower() \
        and text.endswith(("t", "en")) and len(text) > 6 \
        and text.startswith(tuple(function_words()["participle_prefixes"]))


def headline_participle(ctx: SentenceContext, verb: int) -> bool:
    """'Minister in Rom festgenommen': a past participle heading its sentence with no
    auxiliary is an elliptic passive (a headline's 'ist … worden')."""
    token = ctx.tokens[verb]
    participle = token.tag == "VVPP" and "VerbForm=Fin" not in token.morph
    return (participle or ge_participle(token)) and token.head in (verb, -1) and \
        not any(t.tag.endswith("FIN") for i, t in enumerate(ctx.tokens) if i != verb)


def ge_participle(token: Token) -> bool:
    """'festgenommen' (festnehmen), 'gewählt' (wählen): a 'ge' the lemma lacks at the same
    place makes a past participle, whatever tag the tagger gave it."""
    text, lemma = token.text.lower(), token.lemma.lower()
    if not token.tag.startswith("VV") or text == lemma:
        return False
    shared = 0
    while shared < min(len(text), len(lemma)) and text[shared] == lemma[shared]:
        shared += 1
    return text[shared:shared + 2] == "ge" and lemma[shared:shared + 2] != "ge"


def passive_reading(ctx: SentenceContext, index: int, event_type: str, lemma: str,
                    kind: str) -> str:
    """The voice a verb's frame is read in: 'passive' also for a subject parsed plain under
    a passive 'werden' and for a headline's bare participle, where the type has a passive
    subject."""
    headline = headline_participle(ctx, index) and \
        lemma not in function_words()["sein_perfect_verbs"]
    if kind == "noun" or not (passive_werden(ctx, index) or headline):
        return kind
    return "passive" if ctx.frames.frame(event_type, lemma, "passive").get("nsubj:pass") \
        else kind


def voice(ctx: SentenceContext, index: int) -> str:
    token = ctx.tokens[index]
    if token.pos in ("NOUN", "PROPN") or token.tag.startswith("NN"):
        return "noun"
    kids = ctx.children[index]
    # a modal the parser took for a passive auxiliary ("Das Urteil will X verkünden") is none
    if any(ctx.deps[c] in ("nsubj:pass", "obl:agent") or ctx.deps[c] == "aux:pass"
           and not ctx.tokens[c].tag.startswith("VM") for c in kids) and \
            not sein_perfect(ctx, index):
        return "passive"
    return "active"


def sein_perfect(ctx: SentenceContext, verb: int) -> bool:
    """'Die Rakete war vom Weltraumbahnhof abgehoben': a verb whose perfect takes 'sein',
    with 'sein' and no 'werden', is in the perfect, however the parser labelled its
    subject; 'von' there names where it came from, not an agent."""
    auxiliaries = {ctx.tokens[c].lemma.lower() for c in ctx.children[verb]
                   if ctx.deps[c].startswith("aux")}
    return ctx.tokens[verb].lemma.lower() in function_words()["sein_perfect_verbs"] and \
        "sein" in auxiliaries and "werden" not in auxiliaries


def office_mention(ctx: SentenceContext, token: Token) -> EntityMention:
    """An office word as a role value ("Finanzminister"): an entity of its own, not a name."""
    word = token.lemma if token.lemma[:1].isupper() else token.text
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, token.start,
                         token.end, word, MISC, source=OFFICE_WORD_SOURCE)


COPULAS = ("werden", "sein")


def becomes_office(ctx: SentenceContext, index: int) -> bool:
    """'Kompany wird neuer Trainer des FC Bayern', 'Roth ist neue Präsidentin der
    Bundesbank': an office word as the predicate of 'werden' (or of 'sein' with 'neu')
    with a subject of its own; the subject takes up the office."""
    token = ctx.tokens[index]
    if not (ctx.parsed and token.tag.startswith("NN") and is_office_word(ctx, token)):
        return False
    kids = ctx.children[index]
    copula = predicate_copula(ctx, index)
    if copula is None:
        return False
    return copula == "werden" or any(
        ctx.deps[c] == "amod" and ctx.tokens[c].lemma.lower() == "neu" for c in kids)


def predicate_copula(ctx: SentenceContext, index: int) -> str | None:
    """The lemma of 'werden' or 'sein' when the word at ``index`` is their predicate with
    a subject of its own; else None."""
    kids = ctx.children[index]
    linking = next((c for c in kids if ctx.deps[c] in ("cop", "aux", "aux:pass")
                    and ctx.tokens[c].lemma in COPULAS), None)
    if linking is None:
        return None
    # the parser may hang the subject on the copula ("Die Basketballer sind … Weltmeister")
    if not any(ctx.deps[c].startswith("nsubj") for c in [*kids, *ctx.children[linking]]):
        return None
    return ctx.tokens[linking].lemma


def becomes_titleholder(ctx: SentenceContext, index: int) -> bool:
    """'Spanien ist zum vierten Mal Europameister', 'Sinner wurde Weltranglistenerster':
    a champion's title as the predicate of 'werden' (or of 'sein' with 'neu' or 'zum …
    Mal') with a subject of its own; the subject won the title."""
    token = ctx.tokens[index]
    # a compound title may be tagged a number or a name ("Fußball-Europameister")
    if not (ctx.parsed and token.text[:1].isupper() and not token.tag.startswith("V")
            and is_title(ctx, token.text.lower().rsplit("-", 1)[-1])):
        return False
    kids = ctx.children[index]
    copula = predicate_copula(ctx, index)
    if copula is None:
        return False
    start, end = min([index, *kids]), max([index, *kids]) + 1
    return copula == "werden" or any(
        t.lemma.lower() in ("neu", "mal") for t in ctx.tokens[start:end])


def title_competition(ctx: SentenceContext, index: int) -> list[tuple[EntityMention, str]]:
    """'ist Weltmeister der Formel 1': a champion's title names the competition it was won
    in, the award ('Weltmeisterschaft der Formel 1'); with its genitive attribute."""
    token = ctx.tokens[index]
    endings = function_words()["title_competitions"]
    ending = next((e for e in sorted(endings, key=len, reverse=True)
                   if token.text.lower().endswith(e)), None)
    if ending is None:
        return []
    stem = token.text[:len(token.text) - len(ending)]
    name = stem + endings[ending] if stem else endings[ending].capitalize()
    end = token.end
    for child in ctx.children[index]:
        if child > index and ctx.deps[child].startswith("nmod") and is_genitive(ctx, child):
            end = max(end, ctx.tokens[subtree_end(ctx, child)].end)
    following = ctx.token_at.get(end + 1) if end > token.end else None
    if following is not None and \
            ctx.tokens[following].text.rstrip(".").isdigit():
        end = ctx.tokens[following].end   # 'der Formel 1' with the number parsed apart
    offset = ctx.sentence.sentence.start
    attribute = ctx.sentence.sentence.text[token.end - offset:end - offset].rstrip(".")
    return [(EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, token.start,
                           end, name + attribute, MISC, source=OFFICE_WORD_SOURCE), AWARD_ROLE)]


def subtree_end(ctx: SentenceContext, node: int) -> int:
    """The last token of the phrase under ``node``."""
    last, frontier = node, [node]
    for _ in range(MAX_CLIMB):
        frontier = [c for n in frontier for c in ctx.children[n]]
        if not frontier:
            break
        last = max(last, *frontier)
    return last


def is_title(ctx: SentenceContext, word: str) -> bool:
    return any(word == title or (len(title) >= 10 and word.endswith(title))
               for title in ctx.lexicon.word_lists["title_holders"])
def lemma_of(token: Token) -> Token:
    """The token with its lemma as its text ("Präsidenten" → "Präsident")."""
    return replace(token, text=token.lemma) if token.lemma[:1].isupper() else token


def is_office_word(ctx: SentenceContext, token: Token) -> bool:
    lower = token.text.lower()
    return token.text[:1].isupper() and lower.endswith(ctx.frames.office_heads)


def not_current_office(ctx: SentenceContext, candidate: Candidate) -> bool:
    """'als nächste Kommissionspräsidentin', 'der frühere Präsident': the office word names
    no current holder, so it never resolves to one."""
    if candidate.mention.source != "office":
        return False
    start = candidate.token_index
    before = ctx.tokens[max(0, start - 3):start]
    return any(t.text.lower().startswith(ctx.frames.office_markers) for t in before) or any(
        t.text.lower() in ctx.frames.office_case_words for t in before)


def type_roles(event_type: str) -> tuple[str, ...]:
    return tuple(event_type_data()["types"].get(event_type, {}).get("roles", ()))


def title_before(ctx: SentenceContext, candidate: Candidate) -> Token | None:
    index = candidate.token_index
    if index > 0 and is_office_word(ctx, ctx.tokens[index - 1]):
        return ctx.tokens[index - 1]
    return None


def syntax_roles(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[tuple[EntityMention, str]]:
    """Roles of a trigger's arguments by its frame; pronouns by agreement; office words."""
    predicate = (event_type == APPOINTMENT and becomes_office(ctx, index)) or (
        event_type == AWARD and becomes_titleholder(ctx, index))
    kind = "predicate" if predicate else voice(ctx, index)
    frame = ctx.frames.frame(event_type, lemma, kind)
    allowed = type_roles(event_type)
    roles: list[tuple[EntityMention, str]] = []
    if predicate and event_type == APPOINTMENT:
        roles.append((office_mention(ctx, ctx.tokens[index]), OFFICE))
    if predicate and event_type == AWARD:
        roles += title_competition(ctx, index)
    args = arguments_of(ctx, index, grouped)
    if not predicate and passive_reading(ctx, index, event_type, lemma, kind) == "passive":
        kind = "passive"
        frame = ctx.frames.frame(event_type, lemma, kind)
        args = [(c, "nsubj:pass" if k == "nsubj" else k) for c, k in args]
    for candidate, key in one_subject(ctx, args, index):
        if key == "obl:mit" and "obl:mit" not in frame and comitative(ctx, candidate):
            key = "nsubj:pass" if kind == "passive" else "nsubj"
        key = country_key(frame, args, candidate, key)
        # An oblique without a preposition is a bare noun phrase: read it as the object.
        role = frame.get(key) if key != "obl" else frame.get("obl") or frame.get("obj")
        if key == OWNER:
            role = owner_role(frame, args)
        if role is None or role not in allowed or (
                role in PEOPLE_ROLES and candidate.mention.label == LOC):
            continue
        if not_current_office(ctx, candidate):
            if OFFICE in allowed:
                roles.append((office_mention(ctx, ctx.tokens[candidate.token_index]), OFFICE))
            continue
        roles.append((candidate.mention, role))
        title = title_before(ctx, candidate)
        if OFFICE in allowed and title is not None and role == PERSON:
            roles.append((office_mention(ctx, title), OFFICE))
    roles += pronoun_roles(ctx, index, frame, allowed)
    roles += office_word_roles(ctx, index, frame, allowed, roles)
    roles += governing_sense_roles(ctx, index, event_type, kind, grouped, roles)
    if SUCCESSOR in allowed:
        roles += [(m, SUCCESSOR) for m in successors(ctx, index, grouped)]
    roles += stance_owners(ctx, index, frame, allowed, grouped)
    roles += described_subject_owners(ctx, index, frame, allowed, grouped)
    roles += object_description_roles(ctx, index, frame, allowed, roles)
    roles += leadership_roles(ctx, index, frame, allowed, roles)
    return roles


def national_team_roles(ctx: SentenceContext, index: int, event_type: str, lemma: str,
                        found: list[tuple[EntityMention, str]]
                        ) -> list[tuple[EntityMention, str]]:
    """'Die deutsche Nationalmannschaft verlor', 'Die Franzosen setzten sich durch': a
    team noun with a country's adjective, or a plural inhabitant noun, as the trigger's
    argument is that country's team; it fills the argument's unfilled role in the frame
    (after the names, whatever reading found them)."""
    if not ctx.parsed or event_type not in function_words()["national_team_types"]:
        return []
    frame = ctx.frames.frame(event_type, lemma, voice(ctx, index))
    allowed = type_roles(event_type)
    filled = {role for _, role in found}
    roles = []
    for child in ctx.children[index]:
        role = frame.get(relation_key(ctx, child))
        if role is None or role not in allowed or role in filled or in_mention(ctx, child):
            continue
        country = team_country(ctx, child)
        if country is not None:
            token = ctx.tokens[child]
            roles.append((EntityMention(ctx.article.article.id, ctx.sentence.sentence.index,
                                        token.start, token.end, country.name, LOC,
                                        kb_id=country.id, source=TEAM_SOURCE), role))
            filled.add(role)
    return roles


def object_description_roles(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'Er warf der Regierung vor' after 'die Bundesregierung': a definite object without
    a name of its own refers to the one organisation named before in the article whose
    name ends in that noun (the head of its compound); it fills the object's role."""
    filled = {role for _, role in found}
    roles = []
    for child in ctx.children[index]:
        key = object_key(ctx, index, child)
        if key.split(":")[0] not in ("obj", "iobj", "obl") or \
                in_mention(ctx, child) or not ctx.tokens[child].tag.startswith("NN"):
            continue
        role = frame.get(key)
        if role is None or role not in allowed or role in filled or \
                any(ctx.deps[c] in MODIFIED for c in ctx.children[child]) or \
                definite_article(ctx, child, tuple(function_words()["definite_articles"])) is None:
            continue
        named = compound_head_organisation(ctx, ctx.tokens[child])
        if named is not None:
            roles.append((named, role))
            filled.add(role)
    return roles


def leadership_roles(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'Sie warf dem Management vor': a definite argument naming an organisation's
    leadership, without a name of its own, stands for the organisation of its kind named
    before (words.json leadership_nouns); it fills the argument's unfilled role."""
    filled = {role for _, role in found}
    taken = {mention.text for mention, _ in found}
    roles = []
    for child in ctx.children[index]:
        kind = leadership_kind(ctx, child)
        role = frame.get(object_key(ctx, index, child)) if kind else None
        if role is None or role not in allowed or role in filled:
            continue
        organisation = leadership_organisation(ctx, kind, taken)
        if organisation is not None:
            roles.append((organisation, role))
            filled.add(role)
    return roles


def leadership_kind(ctx: SentenceContext, noun: int) -> str:
    """The organisation kind of a definite, unnamed leadership noun ('dem Management' →
    'unternehmen'), or ''."""
    token = ctx.tokens[noun]
    kind = function_words()["leadership_nouns"].get(token.text.lower(), "") or \
        function_words()["leadership_nouns"].get(token.lemma.lower(), "")
    if not kind or in_mention(ctx, noun) or feature(token, "Number") == "Plur" or \
            any(ctx.deps[c] in MODIFIED for c in ctx.children[noun]):
        return ""
    words = tuple(function_words()["definite_articles"])
    return kind if definite_article(ctx, noun, words) is not None else ""


def leadership_organisation(ctx: SentenceContext, kind: str, taken: set[str]
                            ) -> EntityMention | None:
    """The organisation named last before (the three sentences before, the title), a
    subject first, one whose name holds the kind word first; no authority and none of the
    event's other actors ('Die Gewerkschaft … Sie warf dem Management vor')."""
    institutions = tuple(function_words()["institution_words"])
    found = [m for analysed in antecedent_window(ctx) for m in analysed.mentions
             if m.label == ORG and not parenthesised(analysed, m) and m.text not in taken
             and not any(word.endswith(institutions) for word in m.text.lower().split())]
    found.sort(key=lambda m: is_subject(ctx, m))
    named = [m for m in found if kind in m.text.lower()]
    chosen = (named or found)[-1:]
    return replace(chosen[0]) if chosen else None


def object_key(ctx: SentenceContext, verb: int, child: int) -> str:
    """The child's relation key; a second subject after the verb, with one before it, is
    its dative object (as in ``one_subject``)."""
    key = relation_key(ctx, child)
    if key == "nsubj" and child > verb and any(
            ctx.deps[c] == "nsubj" and c < verb for c in ctx.children[verb]):
        return "iobj"
    return key


def compound_head_organisation(ctx: SentenceContext, noun: Token) -> EntityMention | None:
    """The one organisation named before ``noun`` in its article whose last word is a
    longer compound ending in the noun ('Bundesregierung' for 'Regierung')."""
    word = (noun.lemma if noun.lemma[:1].isupper() else noun.text).lower()
    found = {mention.text: mention for mention in ctx.organisations_ending_in(word)
             if mention.end <= noun.start}
    return replace(next(iter(found.values()))) if len(found) == 1 else None


def team_country(ctx: SentenceContext, noun: int) -> GazetteerEntry | None:
    token = ctx.tokens[noun]
    if not token.tag.startswith("NN"):
        return None
    gazetteer = load_gazetteer()
    words = function_words()
    if token.text.lower().endswith(tuple(words["national_team_nouns"])):
        adjectives = [gazetteer.country_by_adjective(ctx.tokens[c].text)
                      for c in ctx.children[noun] if ctx.deps[c] == "amod"]
        found = [a for a in adjectives if a is not None and a.kind == "country"]
        return found[0] if len(found) == 1 else None
    if feature(token, "Number") != "Plur":
        return None
    return plural_demonyms().get(token.text.lower())


@lru_cache(maxsize=1)
def plural_demonyms() -> dict[str, GazetteerEntry]:
    """'franzosen' → France: the plural forms of the countries' inhabitant nouns (a form
    two countries share is left out)."""
    forms: dict[str, dict[str, GazetteerEntry]] = {}
    for entry in load_gazetteer().entries:
        if entry.kind != "country":
            continue
        for demonym in entry.demonyms:
            base = demonym.lower()
            for form in (base, base + "n") if base.endswith("e") else (base,):
                forms.setdefault(form, {})[entry.id] = entry
    return {form: next(iter(found.values())) for form, found in forms.items()
            if len(found) == 1}


def governing_sense_roles(
    ctx: SentenceContext, index: int, event_type: str, kind: str,
    grouped: dict[int, list[tuple[Candidate, str]]], found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'X trifft im Halbfinale auf Y': a noun trigger under a verb that has a sense frame
    of the noun's type (frames.json sense_verbs, here Match/treffen) takes that verb's
    arguments by that frame."""
    verb = governing_verb(ctx, index) if kind == "noun" else None
    if verb is None:
        return []
    particle = next((ctx.tokens[c].text.lower() for c in ctx.children[verb]
                     if ctx.deps[c] == "compound:prt"), "")
    lemma = particle + ctx.tokens[verb].lemma.lower()
    frame = ctx.frames.sense_verbs.get(event_type, {}).get(lemma, {}).get(voice(ctx, verb))
    if not frame:
        return []
    taken = {(m.start, m.end) for m, _ in found}
    allowed = type_roles(event_type)
    return [(c.mention, frame[k]) for c, k in grouped.get(verb, [])
            if frame.get(k) in allowed and (c.mention.start, c.mention.end) not in taken]


def successors(ctx: SentenceContext, index: int,
               grouped: dict[int, list[tuple[Candidate, str]]]) -> list[EntityMention]:
    """'X folgt auf Y, der zurückgetreten war': a resignation told in a relative clause on
    the one a succession verb (frames.json succession_verbs) says was followed; the
    verb's subject (a name, or whom its pronoun refers to) succeeds."""
    noun = ctx.tokens[index].head if ctx.deps[index] == "acl:relcl" else \
        relative_clause_noun(ctx, index)
    if noun is None or not 0 <= noun < len(ctx.tokens):
        return []
    verb = content_head(ctx, ctx.tokens[noun].head)
    if not 0 <= verb < len(ctx.tokens) or verb == noun:
        return []
    lemma = ctx.tokens[verb].lemma.lower()
    particle = next((ctx.tokens[c].text.lower() for c in ctx.children[verb]
                     if ctx.deps[c] == "compound:prt"), "")
    key = ctx.frames.succession_verbs.get(particle + lemma)
    if key is None or relation_key(ctx, noun) != key:
        return []
    return [c.mention for c in controllers(ctx, verb, grouped)]


def relative_clause_noun(ctx: SentenceContext, index: int) -> int | None:
    """'…, der zurückgetreten war' parsed as a conjunct: the head word of the name its
    relative pronoun refers to (the name right before the clause's comma)."""
    pronoun = next((c for c in ctx.children[index] if is_relative_pronoun(ctx.tokens[c])
                    and ctx.deps[c].startswith("nsubj")), None)
    antecedent = relative_pronoun_antecedent(ctx, pronoun) if pronoun is not None else None
    if antecedent is None:
        return None
    span = [i for i, t in enumerate(ctx.tokens) if antecedent.start <= t.start < antecedent.end]
    return next((i for i in span if ctx.tokens[i].head not in span), None)


def stance_owners(ctx: SentenceContext, index: int, frame: dict[str, str | None],
                  allowed: tuple[str, ...], grouped: dict[int, list[tuple[Candidate, str]]]
                  ) -> list[tuple[EntityMention, str]]:
    """'protestieren gegen die Pläne der Regierung': the owner of the plans, the policy or
    the course a prepositional object names stands in that object's role."""
    found = []
    stances = function_words()["stance_nouns"]
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        lemma = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
        if lemma not in stances or in_mention(ctx, child):
            continue
        role = frame.get(relation_key(ctx, child))
        if role is None or role not in allowed:
            continue
        found += [(c.mention, role) for c, key in grouped.get(child, [])
                  if key in ("nmod:gen", "nmod:von")]
    return found


def described_subject_owners(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[tuple[EntityMention, str]]:
    """'Die Flugbegleiter der Lufthansa streiken', 'Die Betreiber von X haben Insolvenz
    angemeldet': a subject without a name that describes people or a body by their
    organisation; the organisation fills the frame's role for 'nsubj:<kind>'."""
    verb = index if voice(ctx, index) != "noun" else governing_verb(ctx, index)
    if verb is None:
        return []
    kinds = function_words()["described_by_their_organisation"]
    roles = []
    for child in ctx.children[verb]:
        if ctx.deps[child] != "nsubj" or in_mention(ctx, child):
            continue
        forms = (ctx.tokens[child].lemma.lower(), ctx.tokens[child].text.lower())
        kind = next((k for k, words in kinds.items()
                     if any(form.endswith(tuple(words)) for form in forms)), "")
        role = frame.get(f"nsubj:{kind}") if kind else None
        if role in allowed:
            roles += [(c.mention, role) for c, key in grouped.get(child, [])
                      if key in ("nmod", "nmod:gen", "nmod:von", "nmod:bei")
                      and c.mention.label == ORG]
    return roles


def office_organisations(
    ctx: SentenceContext, event_type: str, roles: list[tuple[EntityMention, str]],
    grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[tuple[EntityMention, str]]:
    """'zum Vorstandschef der Deutschen Bank ernannt', 'Kaeser, Chef von Siemens, tritt
    zurück': the organisation in the genitive or 'von' phrase of the office word is the
    event's organisation (and that word its office, where none was found)."""
    allowed = type_roles(event_type)
    if ORGANISATION not in allowed or not ctx.parsed:
        return []
    found: list[tuple[EntityMention, str]] = []
    has_office = any(role == OFFICE for _, role in roles)
    for office in office_tokens(ctx, roles):
        organisations = [c.mention for c, key in grouped.get(office, [])
                         if key in ("nmod", "nmod:gen", "nmod:von") and c.mention.label == ORG]
        found += [(mention, ORGANISATION) for mention in organisations]
        if organisations and not has_office and OFFICE in allowed:
            found.append((office_mention(ctx, ctx.tokens[office]), OFFICE))
            has_office = True
    return found


def office_tokens(ctx: SentenceContext, roles: list[tuple[EntityMention, str]]) -> list[int]:
    """The office role's word, and office words in apposition to the person's name (either
    way round) or attached to it ('Anna Berg zur Vorstandschefin')."""
    by_start = {token.start: i for i, token in enumerate(ctx.tokens)}
    found = []
    for mention, role in roles:
        index = by_start.get(mention.start)
        if index is None or role not in (OFFICE, PERSON):
            continue
        if role == OFFICE:
            found.append(index)
            continue
        linked = [c for c in ctx.children[index] if ctx.deps[c].split(":")[0] in ("appos", "nmod")]
        head = ctx.tokens[index].head
        if ctx.deps[index].split(":")[0] == "appos" and 0 <= head < len(ctx.tokens):
            linked.append(head)
        found += [i for i in linked if is_office_word(ctx, ctx.tokens[i])]
    return found


def country_key(frame: dict[str, str | None], args: list[tuple[Candidate, str]],
                candidate: Candidate, key: str) -> str:
    """'<key>:country' where the frame has it, the name is a country's and no other
    argument fills that role ('griff drei Atomanlagen im Iran an')."""
    wanted = frame.get(f"{key}:country")
    if wanted is None or not is_country(candidate.mention) or any(
            frame.get(k) == wanted for c, k in args if c is not candidate):
        return key
    return f"{key}:country"


def is_country(mention: EntityMention) -> bool:
    entry = load_gazetteer().get(mention.kb_id) if mention.kb_id else None
    return entry is not None and entry.kind == "country"


def comitative(ctx: SentenceContext, candidate: Candidate) -> bool:
    """'gemeinsam mit Bahnchef X', 'zusammen mit ihrem Mann X': the name after 'mit' acts
    with the subject (words.json comitative_adverbs)."""
    adverbs = function_words()["comitative_adverbs"]
    for before in range(candidate.token_index - 1, max(candidate.token_index - 5, 0), -1):
        if ctx.tokens[before].text.lower() == "mit":
            return ctx.tokens[before - 1].text.lower() in adverbs
    return False


def one_subject(ctx: SentenceContext, args: list[tuple[Candidate, str]], index: int
                ) -> list[tuple[Candidate, str]]:
    """A verb has one subject: where the parser gives it one before the finite verb (the
    verb itself or its auxiliary: 'X hat … die Goldene Palme gewonnen') and another after
    it ("Gerlach warf der Bundesregierung vor"), the later one is its object: accusative
    where its article cannot be dative ('die', 'das', 'eine'), else dative."""
    finite = finite_position(ctx, index)
    before = any(k == "nsubj" and c.token_index < finite for c, k in args)
    if not before or sum(k == "nsubj" for _, k in args) < 2:
        return args
    return [(c, later_object(ctx, c) if k == "nsubj" and c.token_index > finite else k)
            for c, k in args]


def finite_position(ctx: SentenceContext, verb: int) -> int:
    """Where the finite verb of a main clause stands: a finite auxiliary before the verb."""
    auxiliaries = [c for c in ctx.children[verb] if c < verb and ctx.deps[c].startswith("aux")
                   and ctx.tokens[c].tag.endswith("FIN")]
    return min(auxiliaries, default=verb)


def later_object(ctx: SentenceContext, candidate: Candidate) -> str:
    first = candidate.token_index
    article = ctx.tokens[first - 1].text.lower() if first > 0 else ""
    return "obj" if article in function_words()["non_dative_articles"] else "iobj"


def arguments_of(
    ctx: SentenceContext, index: int, grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[tuple[Candidate, str]]:
    """The trigger's own arguments; a relative clause's subject is its antecedent; a verb
    conjoined to another shares its subject, and so does a zu-infinitive its governing
    verb's ("Er kündigte an, zurückzutreten"); a noun under a support verb ("kündigte
    seinen Rücktritt an") takes the verb's subject as its owner."""
    args = list(grouped.get(index, []))
    dep, head = ctx.deps[index], ctx.tokens[index].head
    if caused_infinitive(ctx, index):
        # "Bundesrat lässt Cannabisgesetz passieren" with the law parsed the infinitive's
        # subject: what 'lassen' lets happen is its object; the causer acts.
        args = [(c, "obj" if k == "nsubj" else k) for c, k in args]
    has_subject = any(k.startswith("nsubj") for _, k in args)
    if not has_subject:
        args += both_subjects(ctx, index)
    if not has_subject and 0 <= head < len(ctx.tokens) and head != index:
        if dep == "acl:relcl" or dep == "acl":
            args += [(c, k) for c, k in relative_antecedent(ctx, index, head, grouped)]
        elif dep == "conj":
            args += [(c, k) for c, k in grouped.get(head, []) if k.startswith("nsubj")]
        if dep in ("xcomp", "ccomp", "conj") and is_zu_infinitive(ctx, index) or (
                dep == "xcomp" and ctx.tokens[head].lemma.lower() in function_words()[
                    "causative_verbs"]):
            args += [(c, "nsubj") for c in controllers(ctx, head, grouped)
                     if all(c.mention != a.mention for a, _ in args)]
    args += represented(ctx, index, grouped)
    args += opponents_under_object(ctx, index, grouped)
    if voice(ctx, index) == "noun":
        # The owner: the subject of the verb the noun depends on ("X kündigte seinen
        # Rücktritt an", "X schloss die Übernahme von Y ab"); see ``owner_role``.
        verb = governing_verb(ctx, index)
        if verb is not None:
            args += [(c, OWNER) for c, k in grouped.get(verb, []) if k == "nsubj"]
            args += [(c, OWNER) for c in described_subjects(ctx, verb)]
            args += [(c, f"nmod:{k[4:]}") for c, k in grouped.get(verb, [])
                     if k.startswith("obl:") and right_after_noun(ctx, index, c)]
    return args


def right_after_noun(ctx: SentenceContext, noun: int, candidate: Candidate) -> bool:
    """'begann seine Angriffe auf den Iran' with 'auf den Iran' hung under the verb: a
    prepositional phrase right after a noun may attach to it; the noun's frame decides."""
    first = subtree_end(ctx, noun) + 1
    if first >= candidate.token_index or ctx.deps[first] != "case":
        return False
    return all(ctx.tokens[i].tag in ("ART", "ADJA", "APPRART")
               for i in range(first + 1, candidate.token_index))


def opponents_under_object(ctx: SentenceContext, index: int,
                           grouped: dict[int, list[tuple[Candidate, str]]]
                           ) -> list[tuple[Candidate, str]]:
    """'verlor das Finale gegen X', 'gewann durch einen Sieg gegen X', 'gewann im Auto vor
    X': a "gegen" or "vor" phrase (the opponent) the parser hung under the verb's object or
    oblique belongs to the verb; a frame without that preposition takes nothing from it."""
    if voice(ctx, index) == "noun":
        return []
    found = []
    for child in ctx.children[index]:
        # a noun object the parser took for a predicative complement (xcomp) is one too
        if ctx.deps[child] in ("obj", "obl", "xcomp") and not actor_name_at(ctx, child) and \
                (ctx.deps[child] != "xcomp" or ctx.tokens[child].tag.startswith("NN")):
            found += [(c, f"obl:{k[5:]}") for c, k in grouped.get(child, [])
                      if k in ("nmod:gegen", "nmod:vor")]
    return found


def owner_role(frame: dict[str, str | None], args: list[tuple[Candidate, str]]
               ) -> str | None:
    """The role of a noun's owner: the frame's own where the genitive names the patient
    ("die Übernahme des Konzerns": the owner buys), else the genitive's role where no
    genitive stands ("Putins Besuch" = "der Besuch Putins")."""
    if OWNER in frame:
        return frame[OWNER]
    return None if any(k == "nmod:gen" for _, k in args) else frame.get("nmod:gen")


def represented(ctx: SentenceContext, index: int,
                grouped: dict[int, list[tuple[Candidate, str]]]) -> list[tuple[Candidate, str]]:
    """'die Spitzen von SPD, Grünen und FDP kamen zusammen', 'Vertreter der Gewerkschaft
    trafen …': an unnamed subject that represents others; the represented act."""
    words = function_words()["representative_nouns"]
    found = []
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        if not ctx.deps[child].startswith("nsubj") or in_mention(ctx, child) or \
                token.text.lower() not in words:
            continue
        key = ctx.deps[child] if ctx.deps[child] == "nsubj:pass" else "nsubj"
        found += [(c, key) for c, k in grouped.get(child, []) if k in ("nmod:gen", "nmod:von")]
        owner = demonstrative_owner(ctx, child)
        if owner is not None:
            found.append((Candidate(owner, child), key))
    return found


def demonstrative_owner(ctx: SentenceContext, noun: int) -> EntityMention | None:
    """'Das Bündnis X wurde stärkste Kraft. Dessen Vertreter …': the organisation a
    sentence-opening 'dessen' or 'deren' before the noun points back to, the subject of
    the sentence before (else its last organisation)."""
    position = ctx.sentence.sentence.index
    if noun != 1 or position == 0 or ctx.tokens[0].text.lower() not in ("dessen", "deren"):
        return None
    before = ctx.article.sentences[position - 1]
    organisations = [m for m in before.mentions if m.label == ORG]
    organisations.sort(key=lambda m: is_subject(ctx, m))
    return replace(organisations[-1]) if organisations else None


def caused_infinitive(ctx: SentenceContext, index: int) -> bool:
    """A bare infinitive under a causative verb ('lässt … passieren') that has a subject of
    its own."""
    head = ctx.tokens[index].head
    return ctx.deps[index] == "xcomp" and 0 <= head < len(ctx.tokens) and head != index and \
        ctx.tokens[head].lemma.lower() in function_words()["causative_verbs"] and \
        any(ctx.deps[c] == "nsubj" for c in ctx.children[head])


def is_zu_infinitive(ctx: SentenceContext, index: int) -> bool:
    """'zu reisen', 'zurückzutreten' (zu between particle and verb, as written)."""
    token = ctx.tokens[index]
    text, lemma = token.text.lower(), token.lemma.lower()
    infixed = any(text[i:i + 2] == "zu" and text[:i] + text[i + 2:] == lemma
                  for i in range(1, len(text) - 2))
    return infixed or token.tag.endswith("IZU") or any(ctx.tokens[c].tag == "PTKZU"
                                                       for c in ctx.children[index])


def controllers(ctx: SentenceContext, verb: int,
                grouped: dict[int, list[tuple[Candidate, str]]]) -> list[Candidate]:
    """The subject of ``verb``: a name, or whom its pronoun or description refers to."""
    found = [c for c, k in grouped.get(verb, []) if k == "nsubj"]
    for child in ctx.children[verb]:
        if ctx.deps[child] != "nsubj" or in_mention(ctx, child):
            continue
        token = ctx.tokens[child]
        personal = token.text.lower() in function_words()["subject_pronouns"]
        antecedent = pronoun_antecedent(ctx, token) if personal else description_antecedent(
            ctx, child)
        if antecedent is not None:
            found.append(Candidate(antecedent, child))
    return found


def described_subjects(ctx: SentenceContext, verb: int) -> list[Candidate]:
    """'Das Unternehmen beantragte ein Insolvenzverfahren': the verb's subject describes
    an organisation; the noun's owner is the one it refers back to."""
    found = []
    for child in ctx.children[verb]:
        kind = organisation_description(ctx, child) if ctx.deps[child] == "nsubj" and \
            not in_mention(ctx, child) else ""
        if kind:
            antecedent = organisation_antecedent(ctx, ctx.tokens[child], kind)
            if antecedent is not None:
                found.append(Candidate(antecedent, child))
    return found


def governing_verb(ctx: SentenceContext, index: int) -> int | None:
    """The verb a nominal trigger depends on ("besuchte … anlässlich eines Treffens",
    "kündigte seinen Rücktritt an"): its subject owns the event, unless the verb reports
    speech ("kritisierte den Besuch"), whose subject only talks about it."""
    if case_word(ctx, index) in function_words()["temporal_prepositions"]:
        return None  # "Nach der Wahl ernannte …": another, earlier event
    node = index
    for _ in range(3):
        parent = ctx.tokens[node].head
        if parent < 0 or parent == node or parent >= len(ctx.tokens):
            return None
        token = ctx.tokens[parent]
        if token.pos in ("VERB", "AUX") or token.tag.startswith("V"):
            return None if ctx.lexicon.speaks(token.lemma) else parent
        node = parent
    return None


def relative_antecedent(
    ctx: SentenceContext, index: int, noun: int, grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[tuple[Candidate, str]]:
    """'Putin, der … besuchte': the relative pronoun's relation, filled by the noun's name."""
    pronoun_keys = [relation_key(ctx, c) for c in ctx.children[index]
                    if ctx.tokens[c].tag.startswith("PREL") or feature(ctx.tokens[c],
                                                                        "PronType") == "Rel"]
    if not pronoun_keys:
        return []
    owners = [c for group in grouped.values() for c, _ in group
              if mention_span(ctx, c)[0] <= noun <= mention_span(ctx, c)[1]]
    return [(owners[0], pronoun_keys[0])] if owners else []


def actor_name_at(ctx: SentenceContext, index: int) -> bool:
    """A name of a person, organisation or place covers the token; a car or trophy ("im
    Mercedes") is no actor and its attributes may still belong to the verb."""
    start = ctx.tokens[index].start
    return any(m.start <= start < m.end and m.label != MISC for m in ctx.sentence.mentions)


def in_mention(ctx: SentenceContext, index: int) -> bool:
    start = ctx.tokens[index].start
    return any(m.start <= start < m.end for m in ctx.sentence.mentions)


def pronoun_roles(ctx: SentenceContext, index: int, frame: dict[str, str | None],
                  allowed: tuple[str, ...]) -> list[tuple[EntityMention, str]]:
    words = function_words()
    personal = set(words["subject_pronouns"]) | set(words["object_pronouns"])
    possessive = set(words["possessives"])
    roles = []
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        lower = token.text.lower()
        if lower in personal and ctx.deps[child].split(":")[0] in ARGUMENTS:
            if takes_up_conjunct_object(ctx, index, child):
                guest = conjunct_guest(ctx, index)
                role = frame.get(relation_key(ctx, child))
                if role in allowed and guest is not None:
                    roles.append((guest, role))
                continue
            role = frame.get(relation_key(ctx, child))
        elif lower in possessive and ctx.deps[child] in ("det:poss", "nmod:poss", "det"):
            role = frame.get("nmod:gen")
        elif is_relative_pronoun(token) and ctx.deps[child].split(":")[0] in ARGUMENTS:
            antecedent = relative_pronoun_antecedent(ctx, child)
            role = frame.get(relation_key(ctx, child))
            if role in allowed and antecedent is not None:
                roles.append((antecedent, role))
            continue
        elif ctx.deps[child].split(":")[0] == "nsubj" and not in_mention(ctx, child):
            # "sagte der 36-Jährige", "das Unternehmen beantragte": a description of a
            # person or an organisation named before.
            antecedent = description_antecedent(ctx, child) or misparsed_description(
                ctx, child) or named_after_comma(ctx, child) or team_antecedent(ctx, child)
            role = frame.get(relation_key(ctx, child))
            if role in allowed and antecedent is not None:
                roles.append((antecedent, role))
            continue
        else:
            continue
        antecedent = possessor_subject(ctx, index, child) or cataphoric_subject(
            ctx, index, child) or person_antecedent(
            ctx, token, pronoun_gender(token), skip=co_argument_surnames(ctx, index, child)) \
            or organisation_subject_before(ctx, child)
        if role in allowed and antecedent is not None:
            roles.append((antecedent, role))
    return roles


def takes_up_conjunct_object(ctx: SentenceContext, verb: int, pronoun: int) -> bool:
    """'empfing den Gast … und zeichnete ihn aus': the object pronoun of a verb conjoined
    to an earlier one takes up that verb's object noun of its gender; a noun that is no
    name leaves the pronoun without a named antecedent (not the last man named before)."""
    gender = feature(ctx.tokens[pronoun], "Gender")
    head = ctx.tokens[verb].head
    if ctx.deps[verb] != "conj" or not ctx.deps[pronoun].startswith(("obj", "iobj")) or \
            not gender or not 0 <= head < verb:
        return False
    return any(ctx.deps[c] == "obj" and ctx.tokens[c].tag.startswith("NN")
               and not in_mention(ctx, c) and feature(ctx.tokens[c], "Gender") == gender
               for c in ctx.children[head])


def conjunct_guest(ctx: SentenceContext, verb: int) -> EntityMention | None:
    """'X empfing den Gast und zeichnete ihn aus': where the conjoined verb's object noun
    that the pronoun takes up describes a visitor (words.json guest_descriptions), the
    guest is the person last named as a subject before this sentence who is none of its
    own names."""
    head = ctx.tokens[verb].head
    guests = tuple(function_words()["guest_descriptions"])
    if not any(ctx.deps[c] == "obj" and lemma_of(ctx.tokens[c]).text.lower() in guests
               and definite_article(ctx, c, tuple(function_words()["definite_articles"]))
               for c in ctx.children[head]):
        return None
    own = {m.text.split()[-1] for m in ctx.sentence.mentions}
    people = [m for analysed in antecedent_window(ctx) if states_visit(ctx, analysed)
              for m in analysed.mentions
              if m.label == PER and m.source != "office" and m.text.split()[-1] not in own
              and is_subject(ctx, m)]
    return replace(people[-1]) if people else None


def states_visit(ctx: SentenceContext, analysed: AnalysedSentence) -> bool:
    """Whether a word of the sentence is a visit trigger ('traf zu einem Besuch ein',
    'reiste nach Berlin'); a verb with a particle only as the particle verb ('reiste ab'
    is none)."""
    lexicon, tokens = ctx.lexicon, analysed.tokens
    for i, token in enumerate(tokens):
        particle = next((t.text.lower() for t in tokens if t.head == i and t.tag == "PTKVZ"
                         and t is not token), "")
        lemma = token.lemma if token.lemma[:1].isupper() else particle + token.lemma.lower()
        if token.tag.startswith("NN") and (lexicon.nouns.get(lemma) == VISIT or any(
                lemma.lower().endswith(head) and kind == VISIT
                for head, kind in lexicon.noun_heads)):
            return True
        if token.tag.startswith("V") and lexicon.verbs.get(lemma) == VISIT:
            return True
    return False


def reflexive_possessor(ctx: SentenceContext, noun: int, pronoun: int) -> EntityMention | None:
    """'Israel hatte seine Angriffe … begonnen': a possessive in the object refers back to
    its clause's subject named before it (reflexive possession), when that subject is a
    country or organisation, whose owner no person named nearby replaces. Only under a
    verb that states no event itself ('beginnen', 'verstärken')."""
    verb = ctx.tokens[noun].head
    if verb < 0 or verb == noun or not ctx.tokens[verb].tag.startswith("V"):
        return None
    lexicon = trigger_lexicon()
    if ctx.tokens[verb].lemma in lexicon.verbs or ctx.tokens[verb].lemma in lexicon.verb_senses:
        # 'Frankreich sagte seinen Besuch ab': the verb's own event has its own actors
        return None
    for child in ctx.children[verb]:
        if ctx.deps[child].split(":")[0] != "nsubj" or child >= pronoun:
            continue
        start = ctx.tokens[child].start
        named = next((m for m in ctx.sentence.mentions if m.start <= start < m.end), None)
        if named is not None and named.label != PER:
            return named
    return None


def possessor_subject(ctx: SentenceContext, noun: int, pronoun: int) -> EntityMention | None:
    """A possessive ('seine Angriffe') refers to its clause's named non-person subject."""
    if ctx.tokens[pronoun].text.lower() not in function_words()["possessives"]:
        return None
    return reflexive_possessor(ctx, noun, pronoun)


def organisation_subject_before(ctx: SentenceContext, pronoun: int) -> EntityMention | None:
    """'Die IG Metall reagierte empört. Sie warf …': a subject pronoun opening its sentence,
    with no person to refer to, takes up the organisation that was the subject of the
    sentence before, where that name's article agrees with it in gender."""
    token = ctx.tokens[pronoun]
    gender = feature(token, "Gender")
    index = ctx.sentence.sentence.index
    if pronoun != 0 or index == 0 or not gender or feature(token, "Number") == "Plur" or \
            not ctx.deps[pronoun].startswith("nsubj"):
        return None
    before = ctx.article.sentences[index - 1]
    agreeing = []
    for mention in before.mentions:
        article = next((t for t in reversed(before.tokens) if t.end <= mention.start), None)
        if mention.label == ORG and is_subject(ctx, mention) and article is not None and \
                article.tag == "ART" and feature(article, "Gender") == gender:
            agreeing.append(mention)
    return replace(agreeing[0]) if len(agreeing) == 1 else None


def is_relative_pronoun(token: Token) -> bool:
    return token.tag == "PRELS" or "Rel" in feature(token, "PronType").split(",")


def relative_pronoun_antecedent(ctx: SentenceContext, pronoun: int) -> EntityMention | None:
    """'… auf Jan Berg, der zurückgetreten war', '…, mit dem …': a relative pronoun refers
    to the name that ends right before the comma opening its clause ('das' to no
    person). A name that is itself an attribute
    of a noun ('der Chef von X, der') leaves the antecedent open: no role."""
    tokens = ctx.tokens
    gender = function_words()["relative_pronoun_genders"].get(tokens[pronoun].text.lower())
    comma = pronoun - 1
    if comma >= 0 and tokens[comma].tag.startswith("APPR"):
        comma -= 1
    if gender is None or comma < 1 or tokens[comma].text != ",":
        return None
    before = tokens[comma - 1]
    mention = next((m for m in ctx.sentence.mentions if m.end == before.end), None)
    if mention is None or mention.source == OFFICE_WORD_SOURCE:
        return None
    first = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if first is None or ctx.deps[first].split(":")[0] == "nmod":
        return None
    # The pronoun's form is the grammar's evidence; a person's gender in ctx.genders may
    # be a tagger's guess on a first name, so only 'das' (never a person) rules one out.
    return None if mention.label == PER and gender == NEUTER else replace(mention)


def co_argument_surnames(ctx: SentenceContext, verb: int, pronoun: int) -> frozenset[str]:
    """'Berg empfing den Gast und zeichnete ihn aus': a personal pronoun that is a verb's
    object never refers to that verb's subject (that would be 'sich'); the surnames named
    in the subject (also one shared with a conjoined verb) are no antecedent."""
    if ctx.deps[pronoun].startswith("nsubj") or ctx.tokens[pronoun].text.lower() in \
            function_words()["possessives"]:
        return frozenset()
    holder = verb
    if ctx.deps[verb] == "conj" and not any(
            ctx.deps[c].startswith("nsubj") for c in ctx.children[verb]):
        holder = content_head(ctx, ctx.tokens[verb].head)
    subjects = [c for c in ctx.children[holder] if ctx.deps[c] == "nsubj"]
    found = set()
    for subject in subjects:
        for mention in ctx.sentence.mentions:
            if mention.label == PER and subject_covers(ctx, subject, mention):
                found.add(mention.text.split()[-1])
    return frozenset(found)


def subject_covers(ctx: SentenceContext, subject: int, mention: EntityMention) -> bool:
    """Whether the mention's first word lies in the phrase ``subject`` heads."""
    node = next((i for i, t in enumerate(ctx.tokens) if t.start == mention.start), None)
    for _ in range(MAX_CLIMB):
        if node is None or node < 0 or node >= len(ctx.tokens):
            return False
        if node == subject:
            return True
        parent = ctx.tokens[node].head
        node = None if parent == node else parent
    return False


def misparsed_description(ctx: SentenceContext, subject: int) -> EntityMention | None:
    """'rief die 61-Jährige ihren Anhängern zu', parsed with the age noun as an attribute
    of the dative after it: the description before the subject's noun is the subject."""
    if feature(ctx.tokens[subject], "Case") not in ("Dat", "Acc"):
        return None
    return next((found for c in ctx.children[subject] if c < subject and is_age_noun(ctx.tokens[c])
                 for found in [description_antecedent(ctx, c)] if found is not None), None)


def named_after_comma(ctx: SentenceContext, noun: int) -> EntityMention | None:
    """'sagte der Generaldirektor der Raumfahrtagentur, Jan Berg, …': an office word
    without a name of its own whose phrase runs, without a verb, to a comma and a
    person's name closed by a comma or the sentence's end; that person holds the office."""
    tokens = ctx.tokens
    if not is_office_word(ctx, tokens[noun]) or in_mention(ctx, noun):
        return None
    comma = next((j for j in range(noun + 1, len(tokens))
                  if tokens[j].text == "," or tokens[j].tag.startswith("V")), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= len(tokens):
        return None
    person = person_at(ctx, comma + 1)
    if person is None or person.start != tokens[comma + 1].start:
        return None
    after = next((t for t in tokens if t.start >= person.end), None)
    return replace(person) if after is None or after.text in (",", ".") else None


def is_age_noun(token: Token, oblique: bool = False) -> bool:
    """'36-Jährige', '61-Jähriger' (with ``oblique``: also '69-Jährigen'): an age written
    as a noun."""
    lower = token.text.lower()
    suffixes = tuple(function_words()["person_description_suffixes"])
    if oblique:
        suffixes += tuple(f"{s}n" for s in suffixes if s.endswith("e"))
    return lower.endswith(suffixes) and any(part[:1].isupper() for part in token.text.split("-"))


def cataphoric_subject(ctx: SentenceContext, noun: int, pronoun: int) -> EntityMention | None:
    """'Vor seinem Besuch lobte Putin …': a possessive in front of its clause's subject
    refers to that subject when the gender agrees, not to a person named before."""
    verb = noun
    for _ in range(3):
        verb = ctx.tokens[verb].head
        if verb < 0 or ctx.tokens[verb].tag.startswith("V"):
            break
    if verb < 0 or not ctx.tokens[verb].tag.startswith("V"):
        return None
    subject = next((c for c in ctx.children[verb]
                    if ctx.deps[c].split(":")[0] == "nsubj" and c > pronoun), None)
    person = person_at(ctx, subject) if subject is not None else None
    if person is None:
        return None
    known = ctx.genders.get(person.text.split()[-1], "")
    wanted = pronoun_gender(ctx.tokens[pronoun])
    # "ihr" needs a known woman (as for "sie"); "sein" anyone not known to be one
    agrees = known == FEMININE if wanted == FEMININE else known != FEMININE
    return person if agrees else None


def office_word_roles(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'wurde zum Präsidenten gewählt': an office word without a name fills the office role."""
    if OFFICE not in allowed or any(r == OFFICE for _, r in found):
        return []
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        if frame.get(relation_key(ctx, child)) == OFFICE and is_office_word(ctx, token):
            return [(office_mention(ctx, token), OFFICE)]
    # "wählten den Minister X zum Präsidenten" with 'zum …' hung under the object: the
    # verb's 'zu' complement
    for child in ctx.children[index]:
        if ctx.deps[child] != "obj" or voice(ctx, index) == "noun":
            continue
        for grand in ctx.children[child]:
            token = ctx.tokens[grand]
            if ctx.deps[grand] == "nmod" and case_word(ctx, grand) == "zu" and \
                    frame.get("obl:zu") == OFFICE and (is_office_word(ctx, token) or
                                                       is_office_word(ctx, lemma_of(token))):
                return [(office_mention(ctx, token), OFFICE)]
    return []


def word_role_values(ctx: SentenceContext, index: int, event_type: str, lemma: str,
                     found: list[tuple[EntityMention, str]]) -> list[tuple[EntityMention, str]]:
    """``word_roles`` in the trigger's frame; applied after the names, whose roles they
    never replace (a word alone does not make the parse's reading complete)."""
    if not ctx.parsed or event_type == APPOINTMENT and becomes_office(ctx, index):
        return []
    kind = passive_reading(ctx, index, event_type, lemma, voice(ctx, index))
    frame = ctx.frames.frame(event_type, lemma, kind)
    roles = word_roles(ctx, index, frame, type_roles(event_type), found)
    return roles + referred_compound_roles(ctx, index, frame, type_roles(event_type),
                                           found + roles)


def referred_compound_roles(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'Der Bundesrat ließ das umstrittene Gesetz passieren' after 'Cannabisgesetz' in the
    title: a bare head of a word role ('das Gesetz', 'den Preis') with its definite article
    refers back to the one compound of that head in the sentences before (and the title)."""
    filled = {role for _, role in found}
    articles = tuple(function_words()["definite_articles"])
    roles = []
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        role = frame.get(relation_key(ctx, child))
        if role is None or role in filled or role not in allowed or in_mention(ctx, child) \
                or not token.tag.startswith("NN") or \
                definite_article(ctx, child, articles) is None:
            continue
        head = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
        if head not in ctx.frames.word_roles.get(role, ()) or genitive_attribute(ctx, child):
            continue  # 'den Preis der Jury' is a description of its own, no anaphor
        compounds = {word: named for analysed in antecedent_window(ctx)
                     for word, named in compounds_of(analysed, head)}
        if len(compounds) == 1:
            word, named = compounds.popitem()
            # the name the compound was recognised as, so that both are one entity
            roles.append((replace(named) if named is not None else
                          replace(office_mention(ctx, token), text=word), role))
            filled.add(role)
    return roles


def compounds_of(analysed: AnalysedSentence, head: str
                 ) -> list[tuple[str, EntityMention | None]]:
    """Nouns that are longer compounds of ``head`` ('Cannabisgesetz' of 'gesetz'), as
    written up to the length of their lemma ('KI-Gesetzes' → 'KI-Gesetz'), each with the
    name mention that covers it, if any."""
    found = []
    for token in analysed.tokens:
        lemma = token.lemma.lower()
        word = token.text[:len(lemma)] if token.text.lower().startswith(lemma) else token.text
        if word[:1].isupper() and len(word) > len(head) and word.lower().endswith(head):
            named = next((m for m in analysed.mentions
                          if m.start <= token.start and token.end <= m.end), None)
            found.append((word, named))
    return found


def word_roles(
    ctx: SentenceContext, index: int, frame: dict[str, str | None], allowed: tuple[str, ...],
    found: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """'gewann die Fußballmeisterschaft', 'hat das Cannabisgesetz beschlossen', 'wurde als
    bester Spieler ausgezeichnet': a noun without a name fills an unfilled role of the
    frame when it is a compound of one of the role's heads (frames.json word_role_heads),
    or stands with 'als' (what one is distinguished as)."""
    filled = {role for _, role in found}
    roles = []
    for child in ctx.children[index]:
        token = ctx.tokens[child]
        if not token.tag.startswith("NN") or in_mention(ctx, child):
            continue
        key = word_relation_key(ctx, index, child)
        role = frame.get(key)
        if role is None or role in filled or role not in allowed or \
                role not in ctx.frames.word_roles:
            continue
        word = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
        heads = ctx.frames.word_roles[role]
        # 'das Grüne Trikot des besten Sprinters', 'den Preis der Jury': a head with a
        # capitalised adjective or a genitive attribute names the prize, written in full
        if word in heads and (proper_adjective(ctx, child) or genitive_attribute(ctx, child)):
            roles.append((phrase_mention(ctx, child), role))
            filled.add(role)
            continue
        # 'als bester Spieler ausgezeichnet', 'zum besten Spieler gewählt': what one is named
        if key.endswith((":als", ":zu")) or any(word.endswith(h) and len(word) > len(h)
                                                for h in heads):
            roles.append((office_mention(ctx, token), role))
            filled.add(role)
            continue
        # 'mit der Sonderstufe des Großkreuzes des Bundesverdienstordens': a grade or part
        # of an order or prize names it in its genitive
        owner = genitive_compound(ctx, child, heads)
        if owner is not None:
            roles.append((office_mention(ctx, ctx.tokens[owner]), role))
            filled.add(role)
    return roles


def word_relation_key(ctx: SentenceContext, verb: int, noun: int) -> str:
    """The relation key of a nameless noun: a bare oblique is the object (as for names),
    and so is a noun subject beside a named subject of the same verb ('Das Grüne Trikot
    holte sich der Italiener X': a verb has one subject)."""
    key = relation_key(ctx, noun)
    if key == "obl":
        return "obj"
    if key == "nsubj" and any(ctx.deps[c] == "nsubj" and (
            in_mention(ctx, c) or named_below(ctx, c)) for c in ctx.children[verb] if c != noun):
        return "obj"
    return key


def named_below(ctx: SentenceContext, noun: int) -> bool:
    """'der Italiener Jonathan Milan': a noun with a name in apposition."""
    return any(ctx.deps[c] in ("appos", "flat") and in_mention(ctx, c)
               for c in ctx.children[noun])


def proper_adjective(ctx: SentenceContext, noun: int) -> bool:
    """'das Weiße Trikot', 'die Goldene Palme': an attributive adjective written with a
    capital inside the sentence is part of a name (German writes adjectives small)."""
    return any(ctx.deps[c] == "amod" and 0 < c < noun and ctx.tokens[c].text[:1].isupper()
               and ctx.tokens[c - 1].text not in ("„", "\"", ":")
               for c in ctx.children[noun])


def genitive_attribute(ctx: SentenceContext, noun: int) -> bool:
    """'der Preis der Jury': a noun phrase after a noun, without a preposition, is its
    genitive attribute (whatever case the tagger gave an article like 'der')."""
    articles = function_words()["genitive_articles"]
    return any(c > noun and ctx.deps[c].startswith("nmod") and not case_word(ctx, c)
               and (is_genitive(ctx, c) or any(
                   ctx.deps[d] == "det" and ctx.tokens[d].text.lower() in articles
                   for d in ctx.children[c]))
               for c in ctx.children[noun])


def phrase_mention(ctx: SentenceContext, noun: int) -> EntityMention:
    """A nameless noun phrase as a role value: from its first adjective to the end of its
    genitive attribute ('Weiße Trikot des besten Nachwuchsfahrers')."""
    first = min([c for c in ctx.children[noun] if ctx.deps[c] == "amod"] + [noun])
    last = noun
    for c in ctx.children[noun]:
        if c > noun and ctx.deps[c].startswith("nmod") and is_genitive(ctx, c) \
                and not case_word(ctx, c):
            last = max(last, subtree_end(ctx, c))
    start, end = ctx.tokens[first].start, ctx.tokens[last].end
    text = ctx.article.article.text[start:end]
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, start, end,
                         text, MISC, source=OFFICE_WORD_SOURCE)


def genitive_compound(ctx: SentenceContext, noun: int, heads: tuple[str, ...]) -> int | None:
    """The first noun down the genitive attributes of ``noun`` that is a compound of one of
    ``heads``, or None."""
    node = noun
    for _ in range(3):
        node = next((c for c in ctx.children[node] if ctx.deps[c].startswith("nmod")
                     and is_genitive(ctx, c) and not case_word(ctx, c)
                     and ctx.tokens[c].tag.startswith("NN")), None)
        if node is None or in_mention(ctx, node):
            return None
        token = ctx.tokens[node]
        word = (token.lemma if token.lemma[:1].isupper() else token.text).lower()
        if any(word.endswith(h) and len(word) > len(h) for h in heads):
            return node
    return None


# --- pronouns: antecedents by agreement ----------------------------------------------------

def pronoun_gender(token: Token) -> str:
    """Fem / Masc for a singular third-person pronoun, "" for a plural or unknown one. A
    possessive agrees with its possessor by its stem ("ihre Anhänger": a woman's), not
    with the noun it stands before, whose gender and number a tagger gives it."""
    words = function_words()
    lower = token.text.lower()
    if lower in words["possessives"]:
        if feature(token, "Number[psor]") == "Plur":
            return ""
        return FEMININE if lower in words["feminine_possessives"] else MASCULINE
    if feature(token, "Number") == "Plur":
        return ""
    gender = feature(token, "Gender")
    if gender in (FEMININE, MASCULINE):
        return gender
    if lower == "sie":
        return FEMININE
    if lower in words["subject_pronouns"] or lower in words["object_pronouns"]:
        return MASCULINE
    return ""


def title_gender(ctx: SentenceContext, token: Token) -> str:
    lower = token.text.lower()
    if not token.text[:1].isupper() or not (token.tag.startswith("NN") or token.pos == "NOUN"):
        return ""
    if lower.endswith(ctx.frames.feminine_suffixes):
        return FEMININE
    if lower.endswith(ctx.frames.masculine_suffixes):
        return MASCULINE
    return ""


def person_genders(article_sentences: list, frames_ctx: SentenceContext) -> dict[str, str]:
    """Surname → gender from a title in front of a name ("Ministerin Baerbock"), else a
    singular "Sie" opening the next sentence, else the name's morphology (a tagger's guess
    on a foreign first name), once per article."""
    titled: dict[str, str] = {}
    guessed: dict[str, str] = {}
    # a tagger's gender on a bare surname ("sagte Starmer") is a guess on no evidence; one
    # on a first name ("Keir Starmer") is better, so it wins
    surname_guessed: dict[str, str] = {}
    for analysed in article_sentences:
        starts = {t.start: i for i, t in enumerate(analysed.tokens)}
        name_ends = {m.end for m in analysed.mentions}
        for mention in analysed.mentions:
            if mention.label != PER or mention.start not in starts:
                continue
            i = starts[mention.start]
            surname = mention.text.split()[-1]
            # a name right before ('ernannte Starmer Rachel Reeves') is no title
            before = analysed.tokens[i - 1] if i > 0 else None
            title = title_gender(frames_ctx, before) if before is not None and \
                before.end not in name_ends else ""
            title = title or predicative_gender(frames_ctx, analysed.tokens, mention)
            guesses = guessed if " " in mention.text else surname_guessed
            if title:
                titled.setdefault(surname, title)
            elif feature(analysed.tokens[i], "Gender") in (FEMININE, MASCULINE):
                guesses.setdefault(surname, feature(analysed.tokens[i], "Gender"))
    for before, after in zip(article_sentences, article_sentences[1:]):
        named = feminine_by_next_sentence(frames_ctx, before, after)
        if named:
            guessed[named] = FEMININE
    return surname_guessed | guessed | titled


def predicative_gender(ctx: SentenceContext, tokens: list[Token],
                       mention: EntityMention) -> str:
    """'X bleibt Präsidentin der Kommission', 'X ist neuer Minister': the gender of a
    title noun that a copula right after the name links to it."""
    after = next((i for i, t in enumerate(tokens) if t.start >= mention.end), None)
    if after is None or tokens[after].lemma.lower() not in function_words()["copula_verbs"]:
        return ""
    for token in tokens[after + 1:after + 4]:
        if token.text[:1].isupper():
            return title_gender(ctx, token) if is_office_word(ctx, token) else ""
    return ""


def feminine_by_next_sentence(ctx: SentenceContext, before: AnalysedSentence,
                              after: AnalysedSentence) -> str:
    """'Kamala Harris hat … eingeräumt. Sie habe …': a sentence opening with singular
    "Sie" continues the person who was the subject of the sentence before, a woman; her
    surname, or "" where that sentence has no single person as its subject."""
    tokens = after.tokens
    if not tokens or tokens[0].text != "Sie" or not singular_verb(tokens, tokens[0].head):
        return ""
    subjects = {m.text.split()[-1] for m in before.mentions
                if m.label == PER and m.source != "office" and is_subject(ctx, m)}
    return subjects.pop() if len(subjects) == 1 else ""


def singular_verb(tokens: list[Token], index: int) -> bool:
    if not 0 <= index < len(tokens):
        return False
    verb = tokens[index]
    if feature(verb, "Number") == "Sing":
        return True
    return any(t.head == index and feature(t, "Number") == "Sing" and t.tag.startswith("VA")
               for t in tokens)


def pronoun_antecedent(ctx: SentenceContext, pronoun: Token) -> EntityMention | None:
    """The latest person before the pronoun in this or the three sentences before (or the
    title) whose gender agrees; "sie" needs a known woman, else there is no antecedent."""
    return person_antecedent(ctx, pronoun, pronoun_gender(pronoun))


def description_gender(ctx: SentenceContext, noun: int) -> str:
    """Fem / Masc of a definite description that refers back to a person ("der
    36-Jährige", "die Spanierin", "der Minister"); "" when the noun is none, is plural, is
    followed by a name ("der Spanier Xabi Alonso" is an apposition, not an anaphor) or
    has no definite article in the nominative before it."""
    token = ctx.tokens[noun]
    words = function_words()
    lower = token.text.lower()
    # "36-Jährige" starts with a digit; a described person is written as a noun, also one
    # an age adjective marks as a person ("der 73-jährige Konservative")
    age = is_age_noun(token) or aged_noun(ctx, noun)
    if not (age or token.text[:1].isupper() and (
            lower in words["person_descriptions"] or is_office_word(ctx, token))):
        return ""
    if any(m.start == ctx.tokens[noun + 1].start for m in ctx.sentence.mentions
           if noun + 1 < len(ctx.tokens)):
        return ""
    if any(ctx.deps[c] in ("appos", "flat") for c in ctx.children[noun]):
        return ""   # "der Vorsitzende Richter Jan Stein": the name stands beside it
    article = definite_article(ctx, noun, ("der", "die"))
    if article is None:
        return ""
    if age and lower.endswith("e"):
        # The weak ending decides where a tagger guesses a plural: "die 61-Jährige" is one
        # woman ("die 61-Jährigen" would be many), "der 36-Jährige" one man.
        return MASCULINE if article.text.lower() == "der" else FEMININE
    if feature(article, "Case") not in ("", "Nom"):
        return ""
    # The article's number decides: a tagger calls "der Spanier" plural at times.
    if (feature(article, "Number") or feature(token, "Number")) == "Plur":
        return ""
    # The article's form decides ("der" in the nominative is masculine); a tagger's gender
    # on a rare noun ("Franzose") is less reliable than the article's.
    if article.text.lower() == "der":
        return MASCULINE
    gender = feature(article, "Gender") or feature(token, "Gender")
    return gender if gender in (FEMININE, MASCULINE) else FEMININE


def aged_noun(ctx: SentenceContext, noun: int) -> bool:
    """'der 73-jährige Konservative': a capitalised noun right after an age adjective
    describes a person, whatever the noun."""
    if noun == 0 or not ctx.tokens[noun].text[:1].isupper():
        return False
    before = ctx.tokens[noun - 1].text.lower()
    return before[:1].isdigit() and before.endswith(
        tuple(function_words()["person_description_suffixes"]))


def nominative(article: Token, noun: Token) -> bool:
    """Whether the article of an organisation, team or place noun may be nominative: its
    case says so or is unknown, and it is no 'der' before a feminine noun ('gratulierte der
    Mannschaft': a dative, whatever a tagger guessed for the article). Not for person
    nouns: taggers call weak masculines feminine ('der Franzose')."""
    if article.text.lower() == "der" and feature(noun, "Gender") == "Fem":
        return False
    return feature(article, "Case") in ("", "Nom")


def definite_article(ctx: SentenceContext, noun: int, words: tuple[str, ...]
                     ) -> Token | None:
    """The noun's definite article: its dependent, or the word right before it where the
    parser made the article a word of its own ("räumte der 27-Jährige ein")."""
    found = next((ctx.tokens[c] for c in ctx.children[noun]
                  if ctx.tokens[c].text.lower() in words), None)
    if found is None and noun > 0 and ctx.tokens[noun - 1].text.lower() in words:
        return ctx.tokens[noun - 1]
    return found


def description_antecedent(ctx: SentenceContext, noun: int) -> EntityMention | None:
    """The person or organisation a definite description ("der 36-Jährige", "das
    Unternehmen") refers back to, or None. A parser may make the article the subject and
    the noun after it something else ("sagte der 76-Jährige"): the noun describes."""
    if ctx.tokens[noun].tag == "ART" and noun + 1 < len(ctx.tokens):
        noun += 1
    gender = description_gender(ctx, noun)
    if gender:
        # An age or office says nothing to pick one person by: the centre of the text
        # (the latest subject) is meant; a nationality may fit only one of them.
        subject = None if is_demonym(ctx.tokens[noun]) else subject_person(
            ctx, ctx.tokens[noun], gender)
        return subject or person_antecedent(ctx, ctx.tokens[noun], gender)
    kind = organisation_description(ctx, noun)
    if kind:
        return organisation_antecedent(ctx, ctx.tokens[noun], kind)
    return place_antecedent(ctx) if place_description(ctx, noun) else None


def organisation_description(ctx: SentenceContext, noun: int,
                             cases: tuple[str, ...] = ("", "Nom")) -> str:
    """The description word of 'das Unternehmen', 'der Autokonzern' (singular, definite,
    in one of ``cases``: a subject's nominative unless told), or "". A noun with a name or
    a genitive of its own ("der Verein des Ortes", "die Firma Schmidt") describes fully
    and refers back to nobody."""
    token = ctx.tokens[noun]
    lower = token.text.lower()
    if not token.text[:1].isupper() or feature(token, "Number") == "Plur":
        return ""
    kind = next((w for w in function_words()["organisation_descriptions"]
                 if lower.endswith(w)), "")
    if not kind or any(ctx.deps[c] in MODIFIED for c in ctx.children[noun]):
        return ""
    article = definite_article(ctx, noun, ("der", "die", "das", "den"))
    if article is None:
        return ""
    # 'das', 'die' are nominative or accusative alike: an object's article is told by the
    # parse's relation, not the tagger's guess; 'den' is never a subject's, nor is 'der'
    # before a feminine noun (a dative: 'gratulierte der Mannschaft')
    accusative = "Acc" in cases and article.text.lower() in ("das", "die", "den")
    if not accusative and (feature(article, "Case") not in cases or
                           article.text.lower() == "den" or not nominative(article, token)):
        return ""
    return kind


def described_organisation_object(ctx: SentenceContext, index: int,
                                  taken: list[EntityMention]) -> EntityMention | None:
    """'X soll das Unternehmen übernehmen': a definite organisation description as the
    verb's accusative object refers back to the organisation named before, like a
    described subject (never to a party of its own sentence)."""
    if not ctx.parsed:
        return None
    used = {(m.start, m.end) for m in taken}
    names = {m.text for m in taken}
    for child in ctx.children[index]:
        if in_mention(ctx, child):
            continue
        kind = organisation_description(ctx, child, ("", "Acc")) if \
            ctx.deps[child] == "obj" else ""
        kind = kind or possessed_division(ctx, child)
        found = organisation_antecedent(ctx, ctx.tokens[child], kind) if kind else None
        if found is not None and (found.start, found.end) not in used and \
                found.text not in names:
            return found
    return None


def possessed_division(ctx: SentenceContext, noun: int) -> str:
    """'seine Lkw- und Bussparte' as a bare object (an oblique without a preposition
    too): the division word, or "". The possessive may stand before the first of
    coordinated compound parts ('Lkw-' 'und')."""
    if ctx.deps[noun] not in ("obj", "obl") or any(
            ctx.deps[c] == "case" for c in ctx.children[noun]):
        return ""
    lower = ctx.tokens[noun].text.lower()
    kind = next((w for w in function_words()["division_descriptions"] if lower.endswith(w)), "")
    first = noun - 1
    while first >= 0 and (ctx.tokens[first].text.endswith("-") or
                          ctx.tokens[first].text.lower() in ("und", "oder") or
                          ctx.tokens[first].tag == "ADJA"):
        first -= 1
    possessive = first >= 0 and ctx.tokens[first].tag == "PPOSAT"
    return kind if possessive else ""


def team_description(ctx: SentenceContext, noun: int) -> bool:
    """'Die Mannschaft von Trainer X', 'die Werkself': a team described (singular, definite,
    nominative); a phrase under the noun may only name a person (its coach or captain)."""
    token = ctx.tokens[noun]
    if not token.text[:1].isupper() or feature(token, "Number") == "Plur" or not \
            token.text.lower().endswith(tuple(function_words()["team_descriptions"])):
        return False
    if any(ctx.deps[c] in MODIFIED and not names_a_person(ctx, c) for c in ctx.children[noun]):
        return False
    article = definite_article(ctx, noun, ("der", "die", "das"))
    return article is not None and nominative(article, token)


def names_a_person(ctx: SentenceContext, node: int) -> bool:
    """Whether the phrase under ``node`` holds a person's name."""
    first, last = ctx.tokens[node].start, ctx.tokens[subtree_end(ctx, node)].end
    return any(m.label == PER and m.start < last and m.end > first for m in ctx.sentence.mentions)


def team_antecedent(ctx: SentenceContext, noun: int) -> EntityMention | None:
    """The team a team description refers back to: the latest subject of the three
    sentences before (or the title) that names a club or a country (a national team)."""
    if not team_description(ctx, noun) or team_country(ctx, noun) is not None:
        return None  # "die deutsche Nationalmannschaft" names its country itself
    found = [m for analysed in antecedent_window(ctx) for m in analysed.mentions
             if m.label in (ORG, LOC) and not parenthesised(analysed, m)
             and not in_dateline(analysed, m) and is_subject(ctx, m)]
    return replace(found[-1]) if found else None


def in_dateline(analysed: AnalysedSentence, mention: EntityMention) -> bool:
    """'Berlin – …': the place of a dateline opening the sentence is no subject."""
    dash = dateline_end(analysed.tokens)
    return dash is not None and mention.end <= analysed.tokens[dash].start


def place_description(ctx: SentenceContext, noun: int) -> bool:
    """'Der Freistaat kündigte an', 'das Land': a place's government or people, described."""
    token = ctx.tokens[noun]
    if token.text.lower() not in function_words()["place_descriptions"] or feature(
            token, "Number") == "Plur" or any(ctx.deps[c] in MODIFIED
                                              for c in ctx.children[noun]):
        return False
    article = definite_article(ctx, noun, ("der", "die", "das"))
    return article is not None and nominative(article, token)


def place_antecedent(ctx: SentenceContext) -> EntityMention | None:
    """The place named last in the three sentences before (or the title), a subject
    first."""
    found = [m for analysed in antecedent_window(ctx) for m in analysed.mentions
             if m.label == LOC]
    found.sort(key=lambda m: is_subject(ctx, m))
    return replace(found[-1]) if found else None


def antecedent_window(ctx: SentenceContext) -> list[AnalysedSentence]:
    """The three sentences before this one, and the title."""
    index = ctx.sentence.sentence.index
    sentences = ctx.article.sentences
    window = list(sentences[max(0, index - 3): index])
    if sentences and index > 0 and sentences[0] not in window:
        window.insert(0, sentences[0])
    return window


def organisation_antecedent(ctx: SentenceContext, anaphor: Token, kind: str
                            ) -> EntityMention | None:
    """The organisation named last in the three sentences before (or the title), not in
    parentheses (an affiliation); one whose name holds the description word ("das
    Gericht" → "Landgericht Ulm") first; an authority ("Amtsgericht Ulm") only that way.
    A name of the description's own sentence is another party ("Die Gewerkschaft und der
    Konzern einigten sich")."""
    institutions = tuple(function_words()["institution_words"])
    own = {m.text for m in ctx.sentence.mentions if m.label == ORG}
    found = [m for analysed in antecedent_window(ctx) for m in analysed.mentions
             if m.label == ORG and not parenthesised(analysed, m) and m.text not in own]
    # A subject is the likelier antecedent (centering): "Die übrigen Aktien erwarb X".
    found.sort(key=lambda m: is_subject(ctx, m))
    named = [m for m in found if kind in m.text.lower()] or \
        compound_named_earlier(ctx, anaphor, kind)
    others = [m for m in found if not any(word.endswith(institutions)
                                          for word in m.text.lower().split())]
    # "das Gericht", "die Behörde" name an authority, never a company
    authority = kind.endswith(institutions)
    prefixes = subject_compound_prefixes(ctx)
    led = [m for m in others if m.text in prefixes or m.text.split()[0] in prefixes] or \
        earlier_led_organisation(ctx, prefixes)
    if not named and kind in function_words()["authority_descriptions"]:
        # "die Behörde" names no kind of authority: any authority named before is meant
        named = [m for m in found if m not in others]
    chosen = (named or ([] if authority else led or others))[-1:]
    return replace(chosen[0]) if chosen else None


def compound_named_earlier(ctx: SentenceContext, anaphor: Token, kind: str
                           ) -> list[EntityMention]:
    """'Zu der Kundgebung hatte der Deutsche Bauernverband aufgerufen. … kündigte der
    Bauernverband … an': a compound description ('Bauernverband', not just 'Verband')
    names its kind so narrowly that it refers back to the organisation whose name holds
    it however far back (the latest such name)."""
    word = anaphor.text.lower()
    if word == kind:
        return []
    named = ctx.organisations_with_word(word)
    before = bisect_left(named, ctx.sentence.sentence.index, key=lambda m: m.sentence_index)
    return named[before - 1:before] if before else []


def earlier_led_organisation(ctx: SentenceContext, prefixes: set[str]) -> list[EntityMention]:
    """'Activision-Chef X soll das Unternehmen führen. Danach verlässt er den Konzern':
    the organisation the subject before leads, named in full earlier in the article
    ('Muster Games' for 'Muster-Chef'), the latest such name."""
    for analysed in reversed(ctx.article.sentences[:ctx.sentence.sentence.index]):
        for mention in reversed(analysed.mentions):
            if mention.label == ORG and mention.text.split()[0] in prefixes:
                return [mention]
    return []


def subject_compound_prefixes(ctx: SentenceContext) -> set[str]:
    """'Unicredit-Chef Andrea Orcel schloss … aus. …, erklärte das Institut': the name
    part of a hyphenated compound on the subject of the sentence before ('Unicredit' of
    'Unicredit-Chef') is the organisation the text goes on about (centering)."""
    index = ctx.sentence.sentence.index
    if index == 0:
        return set()
    tokens = ctx.article.sentences[index - 1].tokens
    mapping = ctx.frames.tiger_to_ud
    subjects = {i for i, t in enumerate(tokens)
                if mapping.get(t.dep, t.dep).startswith("nsubj")}
    # a title compound right before the subject's name is the subject's own ('X-Chef Y'),
    # wherever the parser hung it
    return {t.text.split("-")[0] for i, t in enumerate(tokens)
            if (t.head in subjects or i in subjects or i + 1 in subjects)
            and "-" in t.text[1:-1]}


def is_subject(ctx: SentenceContext, mention: EntityMention) -> bool:
    """Whether the name is its sentence's subject, also as an apposition or the name part
    of one ("Die Großbank X hat …")."""
    tokens = ctx.article.sentences[mention.sentence_index].tokens
    mapping = ctx.frames.tiger_to_ud
    node = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    for _ in range(4):
        if node is None or not 0 <= node < len(tokens):
            return False
        dep = mapping.get(tokens[node].dep, tokens[node].dep)
        if dep.startswith("nsubj"):
            return True
        if dep.split(":")[0] not in TRANSPARENT or tokens[node].head == node:
            return False
        node = tokens[node].head
    return False


def parenthesised(analysed: AnalysedSentence, mention: EntityMention) -> bool:
    text, start = analysed.sentence.text, analysed.sentence.start
    before = text[:mention.start - start].rstrip()
    return before.endswith("(") and text[mention.end - start:].lstrip().startswith(")")


def person_surnames(sentences: list[AnalysedSentence]) -> frozenset[str]:
    """Last words of the article's person names ("Hinton" of "Geoffrey Hinton")."""
    return frozenset(m.text.split()[-1] for s in sentences for m in s.mentions
                     if m.label == PER and " " in m.text)


def is_person(mention: EntityMention, surnames: frozenset[str]) -> bool:
    """A person's name, also where the NER labelled a person's surname alone as an
    organisation or place ("Hinton, der an der Universität Toronto lehrt")."""
    return mention.label == PER or (" " not in mention.text and mention.text in surnames)


def predicative_office(analysed: AnalysedSentence, mention: EntityMention) -> bool:
    """'X ist neuer Kanzler': an office word as a copula's predicate names no one of its
    own; a later description refers to X, not to it."""
    if mention.source != "office":
        return False
    tokens = analysed.tokens
    index = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    return index is not None and any(t.head == index and t.dep == "cop" for t in tokens)


def person_antecedent(ctx: SentenceContext, anaphor: Token, wanted: str,
                      skip: frozenset[str] = frozenset()) -> EntityMention | None:
    """The latest person before ``anaphor`` (this sentence, the three before it, the title)
    whose known gender is ``wanted``; an unknown gender passes for masculine. Surnames in
    ``skip`` (the clause's other arguments) are no antecedent."""
    if not wanted:
        return None
    pronoun = anaphor
    index = ctx.sentence.sentence.index
    sentences = ctx.article.sentences
    surnames = ctx.surnames if ctx.surnames is not None else person_surnames(
        ctx.article.sentences)
    window = list(sentences[max(0, index - 3): index + 1])
    if sentences and sentences[0] not in window:
        window.insert(0, sentences[0])
    for analysed in reversed(window):
        people = [m for m in analysed.mentions if is_person(m, surnames)
                  and m.end <= pronoun.start and not predicative_office(analysed, m)]
        for mention in reversed(people):
            if mention.text.split()[-1] in skip:
                continue
            gender = ctx.genders.get(mention.text.split()[-1], "")
            if gender == wanted or (wanted == MASCULINE and not gender):
                return replace(mention, label=PER)
    return None


def is_demonym(token: Token) -> bool:
    """'Serbe', 'Spanierin', 'Franzosen': an inhabitant noun of a country."""
    return token.text.lower() in demonym_words()


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    forms = set()
    for entry in load_gazetteer().entries:
        for demonym in entry.demonyms if entry.kind == "country" else ():
            base = demonym.lower()
            forms.update({base, base + "n", base + "in"})
    return frozenset(forms)


def subject_person(ctx: SentenceContext, anaphor: Token, wanted: str) -> EntityMention | None:
    """'„…“, sagte Berg zu Stein. Er sei zufrieden, räumte der 27-Jährige ein': the latest
    person of gender ``wanted`` who is a subject, in this sentence before the anaphor or
    in the one before it (the centre a description continues), or None."""
    index = ctx.sentence.sentence.index
    window = [ctx.sentence] + ([ctx.article.sentences[index - 1]] if index > 0 else [])
    for analysed in window:
        people = [m for m in analysed.mentions if m.label == PER and m.end <= anaphor.start
                  and m.source != "office" and is_subject(ctx, m)]
        for mention in reversed(people):
            gender = ctx.genders.get(mention.text.split()[-1], "")
            if gender == wanted or (wanted == MASCULINE and not gender):
                return replace(mention)
    return None


def described_object(ctx: SentenceContext, index: int, taken: list[EntityMention],
                     subject_before: bool = False) -> EntityMention | None:
    """'ernannte X den 69-Jährigen zum Kanzler': an age or person description in the
    accusative after the verb, within its clause, refers back to a man named before who is
    none of the clause's other arguments (read by word order: such clauses are often
    misparsed); with the verb's subject before it, 'die' + description a woman
    ('Das Parlament bestätigte die CDU-Politikerin')."""
    tokens = ctx.tokens
    skip = frozenset(m.text.split()[-1] for m in taken)
    articles = {"den": MASCULINE, "die": FEMININE} if subject_before else {"den": MASCULINE}
    for i in range(index + 1, len(tokens)):
        token = tokens[i]
        if token.tag.startswith("V") or token.text in function_words()["clause_breaks"]:
            return None
        gender = articles.get(tokens[i - 1].text.lower(), "")
        if gender and (is_age_noun(token, oblique=True) or describes_person(token)):
            return salient_person(ctx, token, gender, skip)
    return None


def describes_person(token: Token) -> bool:
    """'Politikerin', 'CDU-Politikerin': a person description, also as a compound's end."""
    last = token.text.lower().split("-")[-1]
    return token.text[:1].isupper() and last in function_words()["person_descriptions"]


def salient_person(ctx: SentenceContext, anaphor: Token, wanted: str,
                   skip: frozenset[str]) -> EntityMention | None:
    """The person of gender ``wanted`` named most often before ``anaphor`` in the title and
    the three sentences before (the latest on a tie): a description refers to the
    story's protagonist more than to the last name read. Offices are no person."""
    surnames = ctx.surnames if ctx.surnames is not None else person_surnames(
        ctx.article.sentences)
    counts: dict[str, int] = {}
    latest: dict[str, EntityMention] = {}
    for analysed in antecedent_window(ctx) + [ctx.sentence]:
        for mention in analysed.mentions:
            surname = mention.text.split()[-1]
            if not is_person(mention, surnames) or mention.source == "office" or \
                    surname in skip or mention.end > anaphor.start and analysed is ctx.sentence:
                continue
            gender = ctx.genders.get(surname, "")
            if gender == wanted or (wanted == MASCULINE and not gender):
                counts[surname] = counts.get(surname, 0) + 1
                latest[surname] = mention
    if not counts:
        return None
    order = list(latest)
    best = max(order, key=lambda name: (counts[name], order.index(name)))
    return replace(latest[best], label=PER)
