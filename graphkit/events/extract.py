"""Events: typed event mentions from a trigger lexicon over lemmas, with roles, place, time.

One sentence can state several events ("lobte …, bevor er … zu einem Gipfeltreffen … reiste").
Each trigger takes the participants of its clause, a place introduced by a preposition, and
the nearest temporal expression (each expression goes to one trigger only). Nothing here
knows about other articles: merging is the resolve stage's job.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from graphkit.events.announcers import announcers_decide
from graphkit.events.business_roles import (
    compound_name_roles,
    division_share_roles,
    stake_roles,
)
from graphkit.events.context import (
    Candidate,
    SentenceContext,
    organisation_endings,
    organisation_words,
)
from graphkit.events.designation import (
    designation_roles,
    is_designation,
    office_taken_by_word_order,
)
from graphkit.events.discourse import (
    follow_linking_adverbs,
    follow_place_anaphors,
    occasion_paragraphs,
)
from graphkit.events.election_office import election_office
from graphkit.events.lexicon import (
    TriggerLexicon,
    VerbSense,
    function_words,
    role_frames,
    trigger_lexicon,
)
from graphkit.events.members import included_members
from graphkit.events.partitive import partitive_roles
from graphkit.events.post_organisations import (
    current_holders,
    named_accusative_object,
    office_by_word_order,
    organisation_of_office_compound,
)
from graphkit.events.repair import (
    feature,
    finite_verb_taken_for_attribute,
    reattach_across_finite_verb,
    reattach_from_dateline,
    reattach_name_from_time_noun,
    reattach_nominal_conjunct,
    reattach_subject_from_title,
)
from graphkit.events.roles import (
    OFFICE_WORD_SOURCE,
    RECOVERED_SOURCE,
    VENUE_SOURCE,
    antecedent_window,
    attachments_by_governor,
    becomes_office,
    becomes_titleholder,
    case_word,
    content_head,
    coordinated,
    definite_article,
    described_object,
    described_organisation_object,
    description_antecedent,
    governing_verb,
    in_mention,
    in_parentheses,
    is_person,
    national_team_roles,
    office_mention,
    office_organisations,
    organisation_antecedent,
    organisation_description,
    person_genders,
    person_surnames,
    place_description,
    pronoun_antecedent,
    reflexive_possessor,
    syntax_roles,
    type_roles,
    word_role_values,
)
from graphkit.events.speakers import government_speakers, with_addressee
from graphkit.events.speech_acts import reports_no_words
from graphkit.events.statement_places import through_medium
from graphkit.events.status import announcement, is_cancelled
from graphkit.events.time import (
    NARRATIVE_ANCHOR,
    ONSET_ANCHOR,
    after_publication,
    announced_anywhere,
    bound_undated,
    carry_narrative_times,
    date_contest_results,
    date_headline_events,
    date_reactions_on_publication_day,
    date_title_events,
    deadline_as_target,
    in_pluperfect,
    paragraph_ends,
    paragraph_of,
    refine_present_year,
    schedule_present_weekday,
)
from graphkit.kb.gazetteer import load_gazetteer
from graphkit.model import (
    ACCUSATION,
    AGENT,
    AGREEMENT,
    APPOINTMENT,
    AWARD,
    CANCELLATION,
    CANCELLED,
    CANDIDATE,
    COMPANY,
    COURT,
    COURT_RULING,
    DAY,
    DEFENDANT,
    ELECTION,
    EMPLOYER,
    HAPPENED,
    HOST,
    LOC,
    MATCH,
    MEETING,
    MILITARY_ACTION,
    MISC,
    NOMINATION,
    OFFICE,
    ORG,
    PARTICIPANT,
    PER,
    PERSON,
    PLAINTIFF,
    PLANNED,
    PUBLICATION,
    REPORTED,
    ROLELESS_TYPES,
    SANCTION,
    SENTENCE,
    SIGNATORY,
    SPEAKER,
    STATEMENT,
    TARGET,
    UNNAMED_ACTOR_TYPES,
    VISIT,
    VISITOR,
    WEEK,
    WINNER,
    WORK,
    AnalysedArticle,
    AnalysedSentence,
    EntityMention,
    EventMention,
    Timex,
    Token,
)
from graphkit.temporal import tense_of
from graphkit.temporal.resolve import resolve_spec
from graphkit.temporal.tense import FUTURE
from graphkit.temporal.values import date_value

_WORDS = function_words()
CLAUSE_BREAKS = frozenset(_WORDS["clause_breaks"])
SOURCE_CLAUSE_OPENERS = frozenset(_WORDS["source_clause_openers"])
# Separable verb particles: "traf … ein" is "eintreffen". HanTa's word mode cannot tag them,
# so a particle is recognised by its place, last in its clause.
VERB_PARTICLES = frozenset(_WORDS["verb_particles"])
COORDINATORS = frozenset(_WORDS["coordinators"])
RECIPROCALS = frozenset(_WORDS["reciprocal_pronouns"])
CANDIDATE_NOUNS = tuple(_WORDS["candidate_nouns"])
KIN_NOUNS = frozenset(_WORDS["kin_nouns"])
CONVENING_VERBS = frozenset(_WORDS["convening_verbs"])
EXISTENTIAL_VERBS = frozenset(_WORDS["existential_verbs"])
OCCURRENCE_VERBS = frozenset(_WORDS["occurrence_verbs"])
CONTEST_NOUNS = frozenset(_WORDS["contest_nouns"])
SUBJECT_PRONOUNS = frozenset(_WORDS["subject_pronouns"])
OBLIQUE_ARTICLES = frozenset(_WORDS["oblique_articles"])
SENT_SPEECH_VERBS = frozenset(_WORDS["sent_speech_verbs"])
ATTRIBUTION_SUBORDINATORS = frozenset(_WORDS["attribution_subordinators"])
NOMINATIVE_ARTICLES = frozenset(_WORDS["nominative_articles"])
OBJECT_PRONOUNS = frozenset(_WORDS["object_pronouns"])
POSSESSIVES = frozenset(_WORDS["possessives"])
TRANSITIVE_VISIT_VERBS = frozenset(_WORDS["transitive_visit_verbs"])
SITUATION_SUBORDINATORS = frozenset(_WORDS["situation_subordinators"])
NOUN_PLAN_ADJECTIVES = tuple(_WORDS["noun_plan_adjectives"])
TEMPORAL_PREPOSITIONS = frozenset(_WORDS["temporal_prepositions"])
# Event types whose actors may be countries ("Russland greift an", "Vietnam unterzeichnet").
COUNTRY_ACTOR_TYPES = frozenset(_WORDS["country_actor_types"])
OPEN_QUOTES = frozenset(_WORDS["open_quotes"])
CLOSE_QUOTES = frozenset(_WORDS["close_quotes"])
TOGGLE_QUOTES = frozenset(_WORDS["toggle_quotes"])
PLACE_PREPOSITIONS = frozenset(_WORDS["place_prepositions"])
TARGET_PREPOSITIONS = frozenset(_WORDS["target_prepositions"])
ORDINALS: dict[str, int] = dict(_WORDS["ordinals"])
PASSIVE_AUX = frozenset(_WORDS["passive_aux"])
PASSIVE_WERDEN = frozenset(_WORDS["passive_werden"])
ATTRIBUTIVE_TAG = re.compile(r"^ADJ\(A\)|^ADJA")
# STTS as the trained tagger writes it ("VVPP", "VVINF") and as HanTa does ("VV(PP)").
PARTICIPLE_TAGS = ("PP", "(PP)")
INFINITIVE_TAGS = ("INF", "(INF)")
# "laut Kreml", "nach Angaben aus dem Kreml", "dem Pentagon zufolge": sources, not actors.
ATTRIBUTION_BEFORE = frozenset(_WORDS["attribution_before"])
# "über Twitter", "sprachen über die Ukraine": channels and topics, not actors.
TOPIC_PREPOSITIONS = frozenset(_WORDS["topic_prepositions"])
SPEECH_TOPIC_PREPOSITIONS = frozenset(_WORDS["speech_topic_prepositions"])
SPEECH_TOPIC_PLACE_PREPOSITIONS = frozenset(_WORDS["speech_topic_place_prepositions"])
ATTRIBUTION_AFTER = frozenset(_WORDS["attribution_after"])
# Case and plural endings a statistical lemmatiser sometimes leaves on a noun.
NOUN_ENDINGS = tuple(_WORDS["noun_endings"])
DATELINE_SEPARATORS = frozenset(_WORDS["dateline_separators"])
MAX_STAMP_TOKENS = 10  # 'Berlin, Dienstag, 26. März 2024 (dpa) –'

PARTICIPLE_PREFIXES = tuple(_WORDS["participle_prefixes"])
TIME_NOUNS = frozenset(_WORDS["time_nouns"])
PERIOD_PREPOSITIONS = frozenset(_WORDS["period_prepositions"])
DURATIVE_TYPES = frozenset(_WORDS["durative_event_types"])
BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
VENUE_PREPOSITIONS = frozenset(_WORDS["venue_prepositions"])
KIN_LINKS = frozenset(_WORDS["kin_links"])
AGENT_PREPOSITIONS = frozenset(_WORDS["agent_prepositions"])
HOST_PREPOSITIONS = frozenset(_WORDS["host_prepositions"])
INVITATION_NOUNS = frozenset(_WORDS["invitation_nouns"])
ORDINAL_EXCEPTIONS = tuple(_WORDS["ordinal_exceptions"])
COMITATIVE = frozenset(_WORDS["comitative_prepositions"])
UNREALISED_VERBS = frozenset(_WORDS["unrealised_verbs"])
NEGATING_CONJUNCTIONS = frozenset(_WORDS["negating_conjunctions"])
HABITUAL_ADVERBS = frozenset(_WORDS["habitual_adverbs"])
REPORTED_CLAUSE_OPENERS = frozenset(_WORDS["reported_clause_openers"])
ACTOR_LABELS = (PER, ORG)
VENUE_HEADS = tuple(_WORDS["venue_heads"])
AMOUNT_WORDS = frozenset(_WORDS["amount_words"])
BODY_POST_NOUNS = tuple(_WORDS["body_post_nouns"])
SINCE_AFTER = ("nach", "seit")   # temporal only before an article; 'vor' may be a place
PLACE_ONLY_TYPES = frozenset(_WORDS["place_only_types"])
SCENE_PREPOSITIONS = frozenset(_WORDS["scene_prepositions"])
DESTINATION_PREPOSITIONS = frozenset(_WORDS["destination_prepositions"])
DESTINATION_TYPES = frozenset(_WORDS["destination_types"])
STREET_HEADS = tuple(_WORDS["street_heads"])
ROAD_KINDS = frozenset(_WORDS["road_kinds"])
TRANSACTION_TYPES = frozenset(_WORDS["transaction_types"])
STATUS_CHANGE_TYPES = frozenset(_WORDS["status_change_types"])
STRUCK_PLACE_TYPES = frozenset(_WORDS["struck_place_types"])
CONSTITUENCY_NOUNS = frozenset(_WORDS["constituency_nouns"])
PARAGRAPH_START = re.compile(r"\n[ \t]*\n[ \t]*$")
LINK_REACH = 3      # parse links within which a time expression belongs to a verb
SUBJECT_REACH = 5   # tokens after a verb within which a name is its inverted subject
VENUE_PLACE_PREPOSITIONS = frozenset(_WORDS["venue_place_prepositions"])
WORK_NOUNS = tuple(_WORDS["work_nouns"])
WORK_PREPOSITIONS = frozenset(_WORDS["work_prepositions"])
MOTION_NOUNS = tuple(_WORDS["motion_nouns"])
DIRECTED_PREPOSITIONS = frozenset(_WORDS["directed_prepositions"])
ORIGIN_RELATIONS = frozenset(f"nmod:{p}" for p in _WORDS["origin_prepositions"])
KIND_MARKERS = frozenset(_WORDS["kind_markers"])
PLURAL_ENDINGS = tuple(_WORDS["plural_endings"])
THIRD_PERSON_PRONOUNS = frozenset(_WORDS["third_person_pronouns"])
STATE_IDIOMS: dict[str, list[str]] = _WORDS["state_idioms"]
PLURAL_SENSES: dict[str, str] = _WORDS["plural_senses"]
# Tags of words that make a noun phrase definite or counted: articles, possessives,
# demonstratives, numerals ("die Hurrikane", "zwei Unfälle").
DETERMINER_TAGS = ("ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "CARD", "APPRART")
# Types that are events even when no name takes part ("Erdbeben in …").
# --- triggers ---------------------------------------------------------------------------

def is_noun(token: Token) -> bool:
    return token.tag.startswith("NN") or (token.text[:1].isupper() and token.tag.startswith("NE"))


def is_verb(token: Token) -> bool:
    return token.tag.startswith("V")


def noun_event_type(token: Token, lexicon: TriggerLexicon) -> str | None:
    """Type of a noun trigger, also as the head of a compound ("Nordkorea-Besuch"). A
    lemma that kept an inflection ending ("Treffens", "Wahlen") is tried without it."""
    lemma = token.lemma if token.lemma[:1].isupper() else token.text
    lower = lemma.lower()
    if lower in lexicon.noun_exclusions or lower.rsplit("-", 1)[-1] in lexicon.noun_exclusions:
        return None
    if lemma in lexicon.nouns:
        return lexicon.nouns[lemma]
    for form in uninflected(lower.rsplit("-", 1)[-1]):
        if form in lexicon.noun_exclusions:
            return None
        found = head_type(form, lexicon)
        if found:
            return found
    return None


def uninflected(word: str) -> list[str]:
    forms = [word]
    for ending in NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    return forms


def head_type(last_part: str, lexicon: TriggerLexicon) -> str | None:
    if not last_part.endswith(lexicon.noun_head_suffixes):
        return None
    for head, event_type in lexicon.noun_heads:
        if last_part == head:
            return event_type
        if (last_part.endswith(head)
                and len(last_part) - len(head) >= lexicon.compound_head_min_prefix):
            return event_type
    return None


def separated_particle(tokens: Sequence[Token], index: int) -> str | None:
    """The particle of a separable verb at the end of its clause ("traf … ein,"), also
    where a coordinated verb follows ("tritt sein Amt an und erhält …")."""
    _, end = clause_bounds(tokens, index)
    for j in range(index + 1, end - 1):
        if tokens[j + 1].text.lower() in COORDINATORS and is_particle_of(tokens, j, index):
            return tokens[j].text.lower()
    last = end - 1
    while last > index and tokens[last].text in (".", "!", "?", "“", "\"", "»"):
        last -= 1
    if last > index and (tokens[last].text in VERB_PARTICLES or (
            tokens[last].dep == "compound:prt" and tokens[last].head == index)):
        return tokens[last].text.lower()
    return parsed_particle_after(tokens, index, end)


def parsed_particle_after(tokens: Sequence[Token], index: int, end: int) -> str | None:
    """'sagte die Schauen mit Rindern, Schafen und Ziegen ab': the particle closes the
    verb's clause behind the commas of an enumeration; the parser links it to its verb."""
    return next((t.text.lower() for t in tokens[end:] if t.dep == "compound:prt"
                 and t.tag == "PTKVZ" and t.head == index), None)


def is_particle_of(tokens: Sequence[Token], j: int, verb: int) -> bool:
    """Token ``j`` is the separated particle of ``verb`` by the parse or the tagger."""
    token = tokens[j]
    return (token.dep == "compound:prt" and token.head == verb) or (
        token.tag == "PTKVZ" and token.text in VERB_PARTICLES)


def verb_lemma(tokens: Sequence[Token], index: int) -> str:
    token = tokens[index]
    particle = separated_particle(tokens, index) if is_verb(token) or misparsed_verb(
        token) else None
    lemma = verb_base(token)
    return f"{particle}{lemma}" if particle else lemma


def verb_base(token: Token) -> str:
    """The infinitive; a verb a lemmatiser left as written ("warf", "traten": a statistical
    lemmatiser misses strong verbs) or gave a participle for ("besiegten" → "besiegt"; a
    German infinitive ends in -n) is looked up in HanTa's lexicon; a trigger's participle
    lemma that kept its "ge" ("ausgebuht") loses it."""
    if token.tag == "VVPP" and token.lemma not in trigger_lexicon().verbs:
        stripped = without_participle_ge(token.lemma)
        if stripped in trigger_lexicon().verbs:
            return stripped
    if not is_verb(token) or (token.lemma != token.text and token.lemma.endswith("n")):
        return token.lemma
    return lexicon_verb_lemma(token.text if token.lemma == token.text else token.lemma)


@lru_cache(maxsize=50_000)
def lexicon_verb_lemma(word: str) -> str:
    from graphkit.nlp.components import hanta_model

    lemma, tag = hanta_model().analyze(word)
    return lemma if tag.startswith("V") else word


def trigger_type(tokens: Sequence[Token], index: int, lexicon: TriggerLexicon) -> str | None:
    token = tokens[index]
    if token.text[:1].isupper() and (is_noun(token) or not is_verb(token)):
        if token.lemma in PLURAL_SENSES and is_plural(token):
            return PLURAL_SENSES[token.lemma] or None
        found = noun_event_type(token, lexicon)
        senses = lexicon.noun_senses.get(token.lemma) if found else None
        if senses:
            return clause_sense(tokens, index, senses, lexicon)
        if found:
            return found
    if is_verb(token) or token.text[:1].islower():
        lemma = verb_lemma(tokens, index)
        if lemma in lexicon.verb_senses:
            return verb_sense(tokens, index, lemma, lexicon)
        if lemma != verb_base(token):  # a separable verb is only its full form: "traf … ein"
            return lexicon.verbs.get(lemma)
        return lexicon.verbs.get(lemma) or lexicon.verbs.get(token.text.lower())
    return None


def without_participle_ge(lemma: str) -> str:
    """'ausgebuhen' → 'ausbuhen': a lemmatiser kept the 'ge' that a separable verb's
    participle puts between particle and stem ('ausgebuht'). Only a trigger verb is taken
    (the stem of 'zugestanden' itself starts with 'ge')."""
    for particle in VERB_PARTICLES:
        if lemma.startswith(particle + "ge") and len(lemma) > len(particle) + 5:
            return particle + lemma[len(particle) + 2:]
    return lemma


def clause_has(tokens: Sequence[Token], clause: tuple[int, int], words: frozenset[str]) -> bool:
    """A word of the list in the clause, as lemma or word form, also as a compound head."""
    heads = noun_suffixes(words)
    for token in tokens[clause[0]:clause[1]]:
        lemma = token.lemma if token.lemma else token.text
        if lemma in words or token.text in words:
            return True
        if token.text[:1].isupper() and lemma.lower().endswith(heads):
            return True
    return False


@lru_cache(maxsize=64)
def noun_suffixes(words: frozenset[str]) -> tuple[str, ...]:
    """Lower-case nouns of a word list that may end a compound ("Haft" → "Untersuchungshaft");
    not those too common as compound heads ("Preis": "Kaufpreis" is no award)."""
    common = trigger_lexicon().word_lists["no_compound_heads"]
    return tuple(sorted(w.lower() for w in words
                        if w[:1].isupper() and len(w) > 3 and w not in common))


def verb_sense(tokens: Sequence[Token], index: int, lemma: str,
               lexicon: TriggerLexicon) -> str | None:
    """'verurteilte ihn zu drei Jahren Haft' (a sentence) vs 'verurteilte den Angriff'."""
    return clause_sense(tokens, index, lexicon.verb_senses[lemma], lexicon)


def clause_sense(tokens: Sequence[Token], index: int, senses: Sequence[VerbSense],
                 lexicon: TriggerLexicon) -> str | None:
    clause = clause_bounds(tokens, index)
    for sense in senses:
        if not sense.needs or clause_has(tokens, clause, lexicon.word_lists[sense.needs]) or (
                sense.or_infinitive and infinitive_clause_after(tokens, clause)):
            return sense.type
    return None


def infinitive_clause_after(tokens: Sequence[Token], clause: tuple[int, int]) -> bool:
    """', Wasser zu sparen': the clause after a comma ending the verb's clause is a
    zu-infinitive (its verb right after 'zu', or 'zu' inside it: 'einzuhalten')."""
    if clause[1] >= len(tokens) or tokens[clause[1]].text != ",":
        return False
    start = clause[1] + 1
    if start >= len(tokens) or tokens[start].tag == "KOUI":
        return False   # 'um … zu', 'ohne … zu': a purpose, not what was called for
    _, end = clause_bounds(tokens, start)
    return any(t.tag in ("PTKZU", "VVIZU") for t in tokens[start:end])


def light_verb_triggers(tokens: Sequence[Token], lexicon: TriggerLexicon,
                        quoted: set[int]) -> dict[int, tuple[str, int]]:
    """'Anklage erheben', 'in Kraft treten', 'ums Leben kommen': verb index → (type, noun
    index). The pair is one event, triggered by the verb. A noun after a temporal
    preposition is no part of it: 'sprach nach dem Urteil von …' is no ruling."""
    found: dict[int, tuple[str, int]] = {}
    common_heads = lexicon.word_lists["no_compound_heads"]
    for i, token in enumerate(tokens):
        if i in quoted or not (is_verb(token) or token.text[:1].islower()):
            continue
        lemma = verb_lemma(tokens, i)
        if lemma not in lexicon.light_verb_lemmas:
            continue
        clause = clause_bounds(tokens, i)
        for light in lexicon.light_verbs:
            if lemma not in light.verbs:
                continue
            if light.needs and not clause_has(tokens, clause, lexicon.word_lists[light.needs]):
                continue
            # "sprach nach dem Urteil": a noun after "nach"/"vor" is another occasion.
            noun = next((j for j in range(*clause) if tokens[j].text[:1].isupper()
                         and light.has_noun(tokens[j].lemma, common_heads)
                         and word_before(tokens, j) not in TEMPORAL_PREPOSITIONS
                         and not earlier_or_later_event(tokens, j)), None)
            if noun is not None:
                found[i] = (light.type, noun)
                break
    return found


def quoted_token_indices(tokens: Sequence[Token]) -> set[int]:
    """Indices of tokens inside quotation marks (claims of a speaker, not reported facts)."""
    inside = False
    quoted: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text in OPEN_QUOTES:
            inside = True
        elif token.text in CLOSE_QUOTES:
            inside = False
        elif token.text in TOGGLE_QUOTES:
            inside = not inside
        elif inside:
            quoted.add(i)
    return quoted


def clause_bounds(tokens: Sequence[Token], index: int) -> tuple[int, int]:
    """The comma/colon/dash-delimited stretch of tokens around ``index``."""
    start = index
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    end = index
    while end < len(tokens) - 1 and tokens[end + 1].text not in CLAUSE_BREAKS:
        end += 1
    return start, end + 1


# --- participants -----------------------------------------------------------------------

def mention_candidates(sentence: AnalysedSentence) -> list[Candidate]:
    starts = {t.start: i for i, t in enumerate(sentence.tokens)}
    result = []
    for mention in sentence.mentions:
        index = starts.get(mention.start)
        if index is None:  # mention starts inside a token: take the token that covers it
            index = token_index_at(sentence.tokens, mention.start)
        result.append(Candidate(mention, index))
    return sorted(result, key=lambda c: c.token_index)


def word_before(tokens: Sequence[Token], index: int, skip: int = 3) -> str:
    """The nearest preposition-like word before a mention, skipping articles/adjectives;
    never one before a verb ("Am Freitag ernannte König X …": "am" is no preposition of X)."""
    for j in range(index - 1, max(-1, index - 1 - skip), -1):
        if is_verb(tokens[j]) or tokens[j].pos in ("VERB", "AUX") or tokens[j].text == ",":
            return ""   # "nach Yangon, auch Indien …": no preposition across a comma
        word = tokens[j].text.lower()
        if tokens[j].tag.startswith(("APPR", "APPRART")) or word in PLACE_PREPOSITIONS:
            return word
    return ""


COORDINATORS = ("und", "sowie", "oder")


def coordinated_preposition(tokens: Sequence[Token], index: int, reach: int = 4) -> str:
    """'gegen Rechtsextremismus und die AfD': the second conjunct shares the first one's
    preposition. The word before the mention (after its article) is 'und'; the preposition
    stands before the first conjunct, at most ``reach`` words further back."""
    j = index - 1
    while j >= 0 and tokens[j].tag in ("ART", "PPOSAT", "ADJA"):
        j -= 1
    if j < 1 or tokens[j].text.lower() not in COORDINATORS:
        return ""
    for k in range(j - 1, max(-1, j - 1 - reach), -1):
        if is_verb(tokens[k]) or tokens[k].text in CLAUSE_BREAKS:
            return ""
        if tokens[k].tag.startswith(("APPR", "APPRART")):
            return tokens[k].text.lower()
    return ""


def is_attribution(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """The mention names who reports the event, not who takes part in it."""
    if word_before(tokens, candidate.token_index) in TOPIC_PREPOSITIONS:
        return True
    for j in range(candidate.token_index - 1, max(-1, candidate.token_index - 5), -1):
        if tokens[j].text.lower() in ATTRIBUTION_BEFORE:
            return True
        if tokens[j].text in CLAUSE_BREAKS:
            break
    after = token_after(tokens, candidate.mention.end)
    return after is not None and tokens[after].text.lower() in ATTRIBUTION_AFTER


def is_kin_complement(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'dem Vater von Kim Jong-un', 'die Sprecherin des Weißen Hauses': the name only
    identifies someone else (who is the actor)."""
    i = candidate.token_index
    for j in range(i - 1, max(0, i - 3), -1):
        if tokens[j].text.lower() in KIN_LINKS:
            return j >= 1 and tokens[j - 1].text.lower() in KIN_NOUNS
    return False


def is_genitive_modifier(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'Nordkoreas Machthaber': a genitive name in front of a noun is not a place."""
    after = token_after(tokens, candidate.mention.end)
    return (candidate.mention.text.endswith("s") and after is not None
            and tokens[after].text[:1].isupper() and tokens[after].tag.startswith("NN"))


def is_possessor(candidate: Candidate, tokens: Sequence[Token], trigger_index: int) -> bool:
    """'Kim Jong Uns … Vater': a genitive name in front of another noun is not an actor.

    A genitive in front of the trigger ("Putins Besuch") is the actor, and so is a genitive
    object after it ("der Besuch des russischen Staatschefs").
    """
    text = candidate.mention.text
    if not text.endswith(("s", "'", "’")) or candidate.mention.label != PER:
        return False
    first = candidate.token_index
    if first > 0 and tokens[first - 1].text.lower() in ("des", "eines"):
        return False
    after = token_after(tokens, candidate.mention.end)
    if after is None:
        return False
    for j in range(after, min(after + 3, len(tokens))):
        if j == trigger_index:
            return False
        if tokens[j].text[:1].isupper() and tokens[j].tag.startswith("NN"):
            return True
    return False


def antecedent_for_pronoun(ctx: SentenceContext, pronoun: Token) -> EntityMention | None:
    """A person before the pronoun whose gender agrees ("sagte sie" needs a woman)."""
    return pronoun_antecedent(ctx, pronoun)


# --- roles per event type ---------------------------------------------------------------

def has_passive_agent(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'wird … von Kim empfangen': an auxiliary and a "von" agent ("empfangen" is both
    infinitive and participle, so the verb's form cannot tell)."""
    words = {t.text.lower() for t in tokens[start:end]}
    return bool(words & PASSIVE_AUX) and any(t.text.lower() in AGENT_PREPOSITIONS
                                             for t in tokens[start:end])


@dataclass(frozen=True)
class TriggerSite:
    """Where an event word stands: its type, its token and the bounds of its clause."""

    event_type: str
    index: int
    clause: tuple[int, int]


def assign_roles(ctx: SentenceContext, site: TriggerSite, actors: list[Candidate]
                 ) -> list[tuple[EntityMention, str]]:
    """The word-order reading of the roles (no parse, or a parse that attaches no name)."""
    if not actors:
        return []
    event_type, trigger_index, clause, tokens = site.event_type, site.index, site.clause, \
        ctx.tokens
    if event_type == STATEMENT:
        speaker = choose_speaker(trigger_index, actors, tokens, clause)
        return [(speaker.mention, SPEAKER)] if speaker else []
    if event_type in (ACCUSATION, MILITARY_ACTION):
        return agent_and_targets(actors, tokens, clause, trigger_index)
    if event_type == AGREEMENT:
        return [(c.mention, SIGNATORY) for c in actors]
    if event_type == PUBLICATION:
        nearest = min(actors, key=lambda c: abs(c.token_index - trigger_index))
        return [(nearest.mention, AGENT)]
    if event_type in (VISIT, MEETING):
        return visit_roles(ctx, site, actors)
    # 'Ein russisches Gericht hatte X verurteilt': a parsed subject without a name holds
    # the subject's place, and the names are the verb's objects
    return positional_roles(event_type, trigger_index, actors, tokens, clause,
                            unnamed_subject(ctx, trigger_index))


def positional_roles(
    event_type: str, trigger_index: int, actors: list[Candidate], tokens: Sequence[Token],
    clause: tuple[int, int], subject_taken: bool = False,
) -> list[tuple[EntityMention, str]]:
    """Without a parse: the type's frame read by word order. A preposition in front names
    its oblique ("gegen X", "von X"); otherwise the first name before a verb is its
    subject and a name after it its object (in the passive: the subject)."""
    trigger = tokens[trigger_index]
    noun = trigger.text[:1].isupper() and not is_verb(trigger)
    passive = not noun and is_passive_clause(tokens, clause, trigger_index)
    frames = role_frames()
    lemma = verb_lemma(tokens, trigger_index)
    frame = frames.frame(event_type, lemma, "noun" if noun else
                         "passive" if passive else "active")
    contractions = _WORDS["preposition_contractions"]
    roles: list[tuple[EntityMention, str]] = []
    subject: Candidate | None = None
    for candidate in actors:
        before = word_before(tokens, candidate.token_index) or coordinated_preposition(
            tokens, candidate.token_index)
        prep = contractions.get(before, before)
        if subject is not None and conjoined(tokens, subject, candidate, trigger_index):
            # "Indien und Russland sagten Hilfe zu": a conjunct of the subject is one too
            role, subject = frame.get("nsubj"), candidate
        elif prep:
            role = frame.get(f"{'nmod' if noun else 'obl'}:{prep}")
            if role in (COMPANY, EMPLOYER) and is_court(candidate.mention):
                role = None  # "hat beim Amtsgericht einen Insolvenzantrag gestellt"
        elif noun:
            role = frame.get("nmod:gen")
        elif passive:
            role = frame.get("nsubj:pass")
        elif not subject_taken and (candidate.token_index < trigger_index
                                    or not oblique_before(candidate, tokens, trigger_index)):
            role, subject_taken, subject = frame.get("nsubj"), True, candidate
        else:
            role = frame.get("obj") or frame.get("iobj")
        if role is not None:
            roles.append((office_value(candidate.mention) if role == OFFICE else
                          candidate.mention, role))
    return roles


def conjoined(tokens: Sequence[Token], first: Candidate, second: Candidate,
              trigger_index: int) -> bool:
    """Two names before the verb joined by 'und'/'sowie' alone (articles aside)."""
    if not first.token_index < second.token_index < trigger_index:
        return False
    end = token_index_at(tokens, first.mention.end - 1) + 1
    between = [t for t in tokens[end:second.token_index] if t.tag != "ART"]
    return len(between) == 1 and between[0].text.lower() in ("und", "sowie")


def is_court(mention: EntityMention) -> bool:
    """'Amtsgericht Düsseldorf', 'Bundesgerichtshof': a court hears a company's case and is
    never the company."""
    return any(word.lower().endswith(("gericht", "gerichtshof")) for word in mention.text.split())


def office_value(mention: EntityMention) -> EntityMention:
    """'zum Kanzler' in the office role is the office, not the person who holds it."""
    if mention.source != "office":
        return mention
    return replace(mention, label=MISC, source=OFFICE_WORD_SOURCE, kb_id=None)


def oblique_before(candidate: Candidate, tokens: Sequence[Token], trigger_index: int) -> bool:
    between = {t.text.lower() for t in tokens[trigger_index + 1:candidate.token_index]}
    return bool(between & OBLIQUE_ARTICLES)


def prefer_people(actors: list[Candidate]) -> list[Candidate]:
    """People and organisations speak and act; a country only when nobody else is named."""
    named = [c for c in actors if c.mention.label != LOC]
    return named or actors


def choose_speaker(
    trigger_index: int, actors: list[Candidate], tokens: Sequence[Token],
    clause: tuple[int, int],
) -> Candidate | None:
    """The subject: the first actor before the verb in its clause ("Putin lobte … und
    erklärte"), else the first after it ("sagte der Sprecher … John Kirby"). A passive
    speech verb ("in denen Russland gelobt wird") has a speaker only with "von"/"durch"."""
    if is_passive_clause(tokens, clause, trigger_index):
        agents = [c for c in actors
                  if word_before(tokens, c.token_index) in AGENT_PREPOSITIONS]
        return agents[0] if agents else None
    before = prefer_people([c for c in actors if c.token_index < trigger_index])
    if before:
        return before[0]
    after = prefer_people([c for c in actors if c.token_index > trigger_index])
    return after[0] if after else None


def agent_and_targets(
    actors: list[Candidate], tokens: Sequence[Token], clause: tuple[int, int],
    trigger_index: int,
) -> list[tuple[EntityMention, str]]:
    """'gegen Putin', 'auf Kiew' name the target; in the passive ("Nordkorea wird vom Westen
    beschuldigt") the subject is the target and "von" names the agent."""
    roles: list[tuple[EntityMention, str]] = []
    verb = is_verb(tokens[trigger_index])
    passive = is_passive_clause(tokens, clause, trigger_index if verb else None)
    agent_seen = False
    for candidate in actors:
        before = word_before(tokens, candidate.token_index)
        if before in TARGET_PREPOSITIONS or (agent_seen and not passive):
            roles.append((candidate.mention, TARGET))
        elif passive and before in AGENT_PREPOSITIONS:
            roles.append((candidate.mention, AGENT))
        elif passive:
            roles.append((candidate.mention, TARGET))
        else:
            roles.append((candidate.mention, AGENT))
            agent_seen = True
    return roles[:3]


def is_passive_clause(
    tokens: Sequence[Token], clause: tuple[int, int], trigger_index: int | None
) -> bool:
    """A form of "werden" with a past participle (the trigger, if given) in the clause."""
    words = tokens[clause[0]:clause[1]]
    has_werden = any(t.lemma == "werden" or t.text.lower() in PASSIVE_WERDEN for t in words)
    if trigger_index is not None:
        # HanTa's word mode cannot tell "beschuldigt" (participle) from the finite form;
        # werden with anything but an infinitive ("wird … besuchen") is a passive.
        trigger = tokens[trigger_index]
        return has_werden and is_verb(trigger) and not trigger.tag.endswith(INFINITIVE_TAGS)
    return has_werden and any(t.tag.endswith(PARTICIPLE_TAGS) for t in words)


def visit_roles(ctx: SentenceContext, site: TriggerSite, actors: list[Candidate]
                ) -> list[tuple[EntityMention, str]]:
    """Visitor and host: 'von X empfangen' (X hosts), 'Empfang von Y durch X', 'Besuch bei X'."""
    event_type, clause, tokens, lexicon = site.event_type, site.clause, ctx.tokens, ctx.lexicon
    trigger = tokens[site.index]
    roles: dict[EntityMention, str] = {}
    host_verb = verb_base(trigger) in lexicon.host_verbs or trigger.lemma in lexicon.host_nouns
    passive = host_verb and has_passive_agent(tokens, *clause)
    for candidate in actors:
        before = word_before(tokens, candidate.token_index)
        if before in HOST_PREPOSITIONS or (passive and before in AGENT_PREPOSITIONS):
            roles[candidate.mention] = HOST
        elif (before in INVITATION_NOUNS or before in AGENT_PREPOSITIONS) and host_verb is False \
                and trigger.text[:1].islower():
            roles[candidate.mention] = HOST
    if any(t.text.lower() in INVITATION_NOUNS for t in tokens[clause[0]:clause[1]]):
        for candidate in actors:
            if word_before(tokens, candidate.token_index, skip=4) in AGENT_PREPOSITIONS:
                roles[candidate.mention] = HOST
    # People before organisations: "Putin … nach Angaben aus dem Kreml" visits, the Kreml not.
    rest = sorted((c for c in actors if c.mention not in roles),
                  key=lambda c: (c.mention.label != PER, c.token_index))
    # "empfing ihn Xi": the object pronoun is the guest, the other person the host.
    guests = [c for c in rest if tokens[c.token_index].text in OBJECT_PRONOUNS]
    rest = [c for c in rest if c not in guests] + guests
    if host_verb and not passive and rest and trigger.text[:1].islower():
        roles[rest[0].mention] = HOST
        rest = rest[1:]
    for candidate in rest:
        # "König X und Regierungschef Y besuchten …": who is coordinated with the visitor visits
        first = event_type == VISIT and (candidate is rest[0] or coordinated(ctx, rest[0],
                                                                             candidate))
        if event_type == VISIT and not first and HOST not in roles.values():
            continue  # "Auf seiner Reise traf X mit Y zusammen": Y is no role of the visit
        roles[candidate.mention] = VISITOR if (HOST in roles.values()) or first else PARTICIPANT
    if event_type == MEETING and VISITOR not in roles.values():
        # "X empfing mehrere der Freigelassenen": with no guest named, the host meets them
        return [(m, PARTICIPANT) for m in roles]
    return list(roles.items())


# --- place, time, status ----------------------------------------------------------------

def choose_place(
    places: list[Candidate], tokens: Sequence[Token], trigger_index: int, event_type: str
) -> EntityMention | None:
    """A place introduced by a preposition ("in Pjöngjang", "nach Vietnam"), nearest wins."""
    prepositions = PLACE_PREPOSITIONS | SCENE_PREPOSITIONS if event_type in PLACE_ONLY_TYPES \
        else PLACE_PREPOSITIONS
    if event_type in DESTINATION_TYPES:
        # "schickte Glückwünsche nach Manila": where the words go, not where they were said
        prepositions = prepositions - DESTINATION_PREPOSITIONS
    introduced = [c for c in places
                  if (word_before(tokens, c.token_index, skip=4)
                      or listed_preposition(tokens, c.token_index)) in prepositions]
    if tokens[trigger_index].text[:1].isupper():
        # A noun's place follows it: "dem Empfang … im Fernen Osten".
        introduced = [c for c in introduced if c.token_index > trigger_index] or introduced
    is_verb_trigger = not tokens[trigger_index].text[:1].isupper()
    pool = introduced or (places if event_type == VISIT and is_verb_trigger else [])
    if event_type == ELECTION and not pool:
        # "gewann seinen Wahlkreis Clacton": the district named after its noun
        pool = [c for c in places if c.token_index > 0
                and tokens[c.token_index - 1].text.lower() in CONSTITUENCY_NOUNS]
    if tokens[trigger_index].lemma in TRANSITIVE_VISIT_VERBS:
        # "die Republik Vietnam besuchen": the object before the verb is the destination.
        before = [c for c in places if c.token_index < trigger_index]
        pool = before[-1:] or pool
    if not pool:
        return None
    return min(pool, key=lambda c: abs(c.token_index - trigger_index)).mention


def listed_preposition(tokens: Sequence[Token], index: int, reach: int = 12) -> str:
    """'In Polen, Tschechien und Österreich kamen …': every name of a list separated by
    commas and 'und' stands under the preposition before its first name."""
    for j in range(index - 1, max(-1, index - 1 - reach), -1):
        token = tokens[j]
        if token.tag.startswith(("APPR", "APPRART")):
            return token.text.lower()
        if not (token.text == "," or token.text.lower() in COORDINATORS
                or token.tag == "ART" or token.text[:1].isupper()):
            return ""
    return ""


def token_index_at(tokens: Sequence[Token], offset: int) -> int:
    """The first token ending after ``offset`` (binary search: tokens are in text order)."""
    return min(bisect_right(tokens, offset, key=lambda t: t.end), len(tokens) - 1)


def token_after(tokens: Sequence[Token], offset: int) -> int | None:
    """The first token starting at or after ``offset``, or None."""
    index = bisect_left(tokens, offset, key=lambda t: t.start)
    return index if index < len(tokens) else None


def is_attributive_time(timex: Timex, tokens: Sequence[Token]) -> bool:
    """'Kim Jong Uns 2011 verstorbenen Vater': a date that modifies an adjective."""
    after = token_index_at(tokens, timex.end)
    if opens_clause(tokens, token_index_at(tokens, timex.start)):
        # "Am Freitag ernannte König X …": the first phrase of a main clause is followed by
        # its finite verb, whatever the tagger says; an attribute needs an article before.
        return False
    if after < len(tokens) and tokens[after].start >= timex.end:
        word = tokens[after]
        # An adjective's lemma is lower case too: a tagger's ADJA on a rare verb form
        # ("am Dienstag … folge Putin einer Einladung", lemma "Folge") is no attribute.
        return (bool(ATTRIBUTIVE_TAG.match(word.tag)) and word.text[:1].islower()
                and word.lemma[:1].islower() and participle_shaped(word.lemma))
    return False


def year_of_a_name(timex: Timex, tokens: Sequence[Token], triggers: set[int]) -> bool:
    """'den Nachtragshaushalt 2021 für nichtig erklärt': a bare year right after a noun
    belongs to that noun's name, unless the noun is a time ('Saison 2023') or the event's
    own trigger ('bei der Wahl 2021')."""
    if not BARE_YEAR.fullmatch(timex.text):
        return False
    before = token_index_at(tokens, timex.start) - 1
    if before < 0 or before in triggers:
        return False
    noun = tokens[before]
    return noun.tag in ("NN", "NE") and noun.end <= timex.start and noun.text not in TIME_NOUNS \
        and noun.lemma not in TIME_NOUNS
def period_of_a_noun(timex: Timex, tokens: Sequence[Token], triggers: set[int]) -> bool:
    """'ohne sich auf einen Haushalt für 2025 zu einigen': a 'für' phrase right after a noun
    names the period that noun is for, not when the clause's event happens ('ist für 2025
    geplant', after a verb, schedules it; so does one after the event's own noun)."""
    first = token_index_at(tokens, timex.start)
    if first < 2 or tokens[first].start < timex.start:
        return False
    preposition, noun = tokens[first - 1], tokens[first - 2]
    if timex.text.lower().startswith("für"):
        preposition, noun = tokens[first], tokens[first - 1]
        first -= 1
    return preposition.text.lower() in PERIOD_PREPOSITIONS and noun.tag in ("NN", "NE") \
        and first - 2 not in triggers


def names_a_period(timex: Timex, tokens: Sequence[Token]) -> bool:
    """A 'für' phrase ("für Donnerstag", "für 2025") names the time something is for."""
    if timex.text.lower().startswith(tuple(PERIOD_PREPOSITIONS)):
        return True
    first = token_index_at(tokens, timex.start)
    return first > 0 and tokens[first - 1].text.lower() in PERIOD_PREPOSITIONS


def opens_clause(tokens: Sequence[Token], index: int) -> bool:
    """Only prepositions and adverbs stand before token ``index`` in its sentence."""
    return all(t.pos in ("ADP", "ADV") or t.tag.startswith(("APPR", "ADV"))
               for t in tokens[:index])


def participle_shaped(lemma: str) -> bool:
    """'geplant', 'verstorben', 'angekündigt', 'finanziert': a participle used as an
    adjective; 'weit', 'heftig' are none."""
    lemma = lemma.lower()
    if len(lemma) < 6 or not lemma.endswith(("t", "en")):
        return False
    return lemma.endswith("iert") or any(
        lemma.find(prefix, 0, 6) != -1 for prefix in PARTICIPLE_PREFIXES)


def assign_times(
    triggers: list[tuple[int, str]], timexes: list[Timex], tokens: Sequence[Token]
) -> dict[int, Timex]:
    """Give each usable temporal expression to its nearest trigger (one each)."""
    # "seit 24 Jahren" dates the start of a state, not the event of the clause.
    trigger_indices = {index for index, _ in triggers}
    usable = [t for t in timexes if t.type in ("DATE", "TIME")
              and not t.text.lower().startswith("seit") and not is_attributive_time(t, tokens)
              and not year_of_a_name(t, tokens, trigger_indices)
              and not period_of_a_noun(t, tokens, trigger_indices)]
    pairs = []
    for timex in usable:
        first = token_index_at(tokens, timex.start)
        last = token_index_at(tokens, max(timex.start, timex.end - 1))
        penalty = 20 if timex.text.lower().startswith("bis") else 0
        period = names_a_period(timex, tokens)
        for trigger_index, kind in triggers:
            if period and kind == STATEMENT:
                continue    # "Für Donnerstag kündigte er Aktionen an": the actions' day
            distance = first - trigger_index if first > trigger_index else trigger_index - last
            # A parse that attaches the expression to the trigger settles it (the nearest
            # governor first: "kündigte an, am Samstag … zu reisen" dates the trip).
            links = links_to(tokens, first, trigger_index)
            # A time in the comma clause of a trigger is that trigger's before any other's:
            # "kündigte an, bis Ende des Jahres … zu überweisen" dates the transfer.
            apart = not clause_bounds(tokens, trigger_index)[0] <= first \
                < clause_bounds(tokens, trigger_index)[1]
            if apart and cites_source(tokens, trigger_index) \
                    or embedded_under_other_verb(tokens, first, trigger_index):
                continue
            pairs.append((apart, links, abs(distance) + penalty, trigger_index, timex))
    chosen: dict[int, Timex] = {}
    used: set[int] = set()
    for *_, trigger_index, timex in sorted(pairs, key=lambda p: (p[0], p[1], p[2], p[3],
                                                                  p[4].start)):
        if trigger_index in chosen or id(timex) in used:
            continue
        chosen[trigger_index] = timex
        used.add(id(timex))
    return chosen


def embedded_under_other_verb(tokens: Sequence[Token], first: int, trigger: int) -> bool:
    """'Der Beschluss fiel am Sonntag, … nach dem Ende des Gipfels': a time under a full
    verb that is no trigger dates that verb's clause; a trigger noun deeper down (not the
    verb's own subject or object) is not what it dates."""
    if not tokens[trigger].tag.startswith("NN"):
        return False
    verb = verb_above(tokens, first)
    return verb is not None and verb != trigger and tokens[trigger].head != verb \
        and links_to(tokens, first, trigger) > LINK_REACH


def verb_above(tokens: Sequence[Token], index: int) -> int | None:
    """The first full verb above ``index`` in the parse, within ``LINK_REACH`` links."""
    for _ in range(LINK_REACH):
        parent = tokens[index].head
        if parent < 0 or parent == index or parent >= len(tokens):
            return None
        if other_verb(tokens[parent]):
            return parent
        index = parent
    return None


def cites_source(tokens: Sequence[Token], index: int) -> bool:
    """'…, wie das Ministerium mitteilte': a clause that only names the source of what the
    sentence reports; the time of the report is not its."""
    start = clause_bounds(tokens, index)[0]
    return tokens[start].text.lower() in SOURCE_CLAUSE_OPENERS


def links_to(tokens: Sequence[Token], index: int, head: int, steps: int = LINK_REACH) -> int:
    """How many parse links lead from ``index`` up to ``head`` (``steps`` + 1 when none
    do within ``steps``, or without a parse)."""
    for link in range(1, steps + 1):
        parent = tokens[index].head
        if parent == head:
            return link
        if parent < 0 or parent == index or parent >= len(tokens) or other_verb(tokens[parent]):
            # A time under another verb ("tritt … an und erhält … bis 2026") is that
            # verb's, even where the parse joins the verbs.
            break
        index = parent
    return steps + 1


def other_verb(token: Token) -> bool:
    """A full verb (not an auxiliary) on the way up from a time expression."""
    return is_verb(token) and token.dep not in ("aux", "aux:pass", "cop")


def event_status(
    sentence: AnalysedSentence, trigger: Token, clause: tuple[int, int], lexicon: TriggerLexicon
) -> str:
    words = {t.text for t in sentence.tokens[clause[0]:clause[1]]}
    lower_words = {w.lower() for w in words}
    tense = tense_of(sentence.sentence.text, trigger.start - sentence.sentence.start)
    if trigger.tag.endswith(PARTICIPLE_TAGS) and lower_words & PASSIVE_WERDEN:
        # "Nordkorea wird beschuldigt": werden makes a passive, not a future; "soll …
        # unterzeichnet werden" (a modal anywhere in the sentence) is a plan.
        sentence_words = {t.text.lower() for t in sentence.tokens}
        if "werden" in lower_words and sentence_words & (lexicon.planned_markers - {"werden"}):
            return PLANNED
        tense, lower_words = "present", lower_words - PASSIVE_WERDEN
    if trigger.text[:1].islower():
        # "geplanten", "bevorstehenden" qualify a noun ("den geplanten Besuch"), not a verb.
        lower_words = {w for w in lower_words if not w.startswith(NOUN_PLAN_ADJECTIVES)}
    if tense == "future" or lower_words & lexicon.planned_markers:
        return PLANNED
    if words & lexicon.reported_markers or lower_words & lexicon.reported_markers:
        return REPORTED
    return HAPPENED


def ordinal_before(tokens: Sequence[Token], trigger_index: int) -> int | None:
    for j in range(trigger_index - 1, max(-1, trigger_index - 4), -1):
        lemma = tokens[j].lemma.lower()
        for stem, number in ORDINALS.items():
            if lemma.startswith(stem) and not lemma.startswith(ORDINAL_EXCEPTIONS):
                return number
    return None


# --- weak triggers ----------------------------------------------------------------------

def weak_trigger_holds(
    requirement: str,
    tokens: Sequence[Token],
    clause: tuple[int, int],
    actors: list[Candidate],
    places: list[Candidate],
    lexicon: TriggerLexicon,
) -> bool:
    clause_lemmas = {t.lemma.lower() for t in tokens[clause[0]:clause[1]]}
    people = {c.mention.text for c in actors if c.mention.label == PER}
    if requirement == "needs_two_people":
        return len(people) >= 2 or (bool(clause_lemmas & COMITATIVE) and len(people) >= 1) \
            or reciprocal_plural(tokens[clause[0]:clause[1]])
    if requirement == "needs_military_object":
        return any(any(lemma.endswith(o) for o in lexicon.military_objects)
                   for lemma in clause_lemmas)
    if requirement == "needs_place":
        return bool(places)
    if requirement == "needs_agreement_object":
        return bool(clause_lemmas & lexicon.agreement_objects)
    if requirement == "needs_speaker":
        return bool(actors)
    if requirement == "needs_company":
        # "ich kaufe mir eine Kamera": a purchase is a company deal only with a company in
        # it: a name, a company word, or a third-person pronoun that may stand for one
        return any(c.mention.label == ORG for c in actors) or clause_has(
            tokens, clause, lexicon.word_lists["company_words"]) or any(
            t.tag.startswith("PPER") and t.text.lower() in THIRD_PERSON_PRONOUNS
            for t in tokens[clause[0]:clause[1]])
    return True


def reciprocal_plural(tokens: Sequence[Token]) -> bool:
    """'trafen sich', 'haben sich getroffen': a plural verb with a reciprocal pronoun is
    people meeting each other, named or not (one hits no target 'sich')."""
    return any(t.text.lower() in RECIPROCALS for t in tokens) and any(
        is_verb(t) and "Number=Plur" in t.morph.split("|") for t in tokens)


# --- putting it together ----------------------------------------------------------------

def sentence_timexes(sentence: AnalysedSentence, timexes: Sequence[Timex]) -> list[Timex]:
    """The timexes (sorted by start, as the tagger returns them) starting in ``sentence``:
    found by bisection, so an article's many sentences do not each scan all its timexes."""
    first = bisect_left(timexes, sentence.sentence.start, key=timex_start)
    last = bisect_left(timexes, sentence.sentence.end, key=timex_start)
    return list(timexes[first:last])


def timex_start(timex: Timex) -> int:
    return timex.start


def candidates_in(cands: list[Candidate], tokens: Sequence[Token], span: tuple[int, int]) -> list[
        Candidate]:
    return [c for c in cands if span[0] <= c.token_index < span[1]]


def sentence_triggers(ctx: SentenceContext, quoted: set[int]) -> list[tuple[int, str]]:
    """(token index, type) of every trigger; a light-verb pair is one trigger, the verb."""
    tokens = ctx.tokens
    light = light_verb_triggers(tokens, ctx.lexicon, quoted)
    paired_nouns = {noun for _, noun in light.values()}
    found = []
    for i in range(len(tokens)):
        if i in quoted or i in paired_nouns:
            continue
        kind = light[i][0] if i in light else trigger_type(tokens, i, ctx.lexicon)
        if kind and i not in light and attributive(tokens, i):
            kind = None
        if not kind and is_designation(ctx, i, clause_bounds(tokens, i)):
            kind = NOMINATION
        elif not kind and (becomes_office(ctx, i) or office_taken_by_word_order(
                ctx, i, clause_bounds(tokens, i)) is not None):
            kind = APPOINTMENT
        elif not kind and becomes_titleholder(ctx, i):
            kind = AWARD
        elif not kind and contest_takes_place(ctx, i):
            kind = MATCH
        if kind and not only_feared(ctx, i) and not habitual(ctx, i) \
                and not names_a_kind(ctx, i, kind):
            found.append((i, kind))
    return found


def attributive(tokens: Sequence[Token], index: int) -> bool:
    """'die insolvente Warenhauskette', 'den verurteilten Mörder': an attributive adjective
    or participle between a determiner and its noun describes the noun; it tells no event
    of its own. (A finite verb the tagger took for an adjective, 'Am Freitag ernannte
    König X …', has no determiner before it.)"""
    if not tokens[index].tag.startswith("ADJA") or not tokens[index].text[:1].islower() \
            or index == 0 or index + 1 >= len(tokens):
        return False
    return tokens[index - 1].tag.startswith(DETERMINER_TAGS) and \
        tokens[index + 1].tag.startswith(("NN", "ADJA"))


def names_a_kind(ctx: SentenceContext, index: int, event_type: str) -> bool:
    """A disaster or accident noun that names a kind, not one event: a bare plural with no
    place or time in its sentence ('Schäden durch Naturkatastrophen', 'Hurrikane gibt es
    im Sommer') or a category after 'als' ('gilt als Hochwasser')."""
    tokens = ctx.tokens
    if event_type not in ROLELESS_TYPES or not is_noun(tokens[index]):
        return False
    if category_after_als(tokens, index) or state_idiom(tokens, index):
        return True
    return bare_plural(ctx, index) and not any(
        m.label == LOC for m in ctx.sentence.mentions) and not sentence_timexes(
        ctx.sentence, ctx.timexes)


def category_after_als(tokens: Sequence[Token], index: int) -> bool:
    """'als Hochwasser', 'als schwere Katastrophe': only articles and adjectives between."""
    j = index - 1
    while j >= 0 and tokens[j].tag.startswith(("ART", "ADJ", "ADV")):
        j -= 1
    # a comparative 'als' (KOKOM), not the temporal conjunction ('als das Beben kam')
    return j >= 0 and tokens[j].tag.startswith("KOKOM") and \
        tokens[j].text.lower() in KIND_MARKERS


def is_plural(token: Token) -> bool:
    """By the morphology, or without one by a plural ending on the lemma ('Unfälle')."""
    return "Number=Plur" in token.morph or (
        not token.morph and token.text != token.lemma
        and token.text.lower().endswith(PLURAL_ENDINGS))


def state_idiom(tokens: Sequence[Token], index: int) -> bool:
    """'ein Hochwasser führender Fluss': the noun with this verb tells a state, no event."""
    verbs = STATE_IDIOMS.get(tokens[index].lemma, ())
    neighbours = [tokens[index].head] + ([index + 1] if index + 1 < len(tokens) else [])
    return any(0 <= j < len(tokens) and tokens[j].lemma.lower() in verbs for j in neighbours)


def bare_plural(ctx: SentenceContext, index: int) -> bool:
    """A plural noun without article, numeral or possessive before it in its phrase."""
    if not is_plural(ctx.tokens[index]):
        return False
    j = index - 1
    while j >= 0 and ctx.tokens[j].tag.startswith(("ADJ", "ADV")):
        j -= 1
    return j < 0 or not ctx.tokens[j].tag.startswith(DETERMINER_TAGS)


def habitual(ctx: SentenceContext, index: int) -> bool:
    """'Der Kanzler reist oft nach Paris', 'Das Land empfängt selten Besuch': a frequency
    adverb on the trigger verb (or on the verb whose object the trigger noun is) tells
    what usually happens, not one event."""
    if not ctx.parsed:
        return False
    tokens = ctx.tokens
    verb = index if is_verb(tokens[index]) else tokens[index].head
    if verb < 0 or not is_verb(tokens[verb]):
        return False
    start, end = clause_bounds(tokens, verb)
    # attached to the verb, or (a misparse) to a noun of its clause, not to another verb
    return any(token.text.lower() in HABITUAL_ADVERBS and ctx.deps[i] == "advmod"
               and (token.head == verb or not is_verb(tokens[token.head]))
               for i, token in enumerate(tokens[start:end], start))


def only_feared(ctx: SentenceContext, index: int) -> bool:
    """'muss eine Festnahme fürchten', 'hofft auf einen Besuch', 'fürchtet, dass Polen
    angegriffen wird', 'schloss eine Übernahme nicht aus': what a verb of fearing, hoping or
    ruling out governs (a noun as its object, a verb as its clause) names no event that
    took place; nor does a verb of an "ohne … zu" clause."""
    if not ctx.parsed:
        return False
    # (its infinitive may be tagged a pronoun: "ohne sich … zu einigen")
    if any(ctx.deps[c] == "mark" and ctx.tokens[c].text.lower() in NEGATING_CONJUNCTIONS
           for c in ctx.children[index]):
        return True   # "ohne sich auf einen Haushalt zu einigen": it did not happen
    governed = ("ccomp", "xcomp") if is_verb(ctx.tokens[index]) else ("obj", "obl")
    head = ctx.tokens[index].head
    return (head != index and ctx.deps[index] in governed
            and verb_lemma(ctx.tokens, head).lower() in UNREALISED_VERBS)


def event_mentions_in_sentence(ctx: SentenceContext) -> list[EventMention]:
    tokens = ctx.tokens
    quoted = quoted_token_indices(tokens)
    triggers = sentence_triggers(ctx, quoted)
    if not triggers:
        return []
    places = [m for m in ctx.sentence.mentions if m.label == LOC]
    candidates = [as_known_person(ctx, c) for c in sorted(
                      mention_candidates(ctx.sentence) + recovered_names(ctx),
                      key=lambda c: c.token_index)
                  if c.token_index not in quoted and not is_dateline(c, tokens, places)
                  and not is_unit(c, tokens) and not is_descriptor(c, ctx.sentence)]
    candidates = [part for c in candidates for part in coordinated_parts(ctx, c)]
    grouped = attachments_by_governor(ctx, candidates) if ctx.parsed else {}
    usable = [c for c in candidates if not in_parentheses(ctx, c)]
    built = {}
    for index, event_type in triggers:
        mention = build_event_mention(ctx, index, event_type, usable, grouped)
        if mention is not None:
            built[index] = mention
    # Times go to the events that were found, each expression to its nearest trigger; one
    # inside a quotation is the speaker's ("„Wir waren heute besser“, sagte er").
    times = assign_times([(i, built[i].type) for i in built],
                         unquoted(sentence_timexes(ctx.sentence, ctx.timexes), tokens, quoted),
                         tokens)
    for index, timex in times.items():
        built[index].time = timex
    share_clause_times(built, tokens)
    date_ongoing_activities(ctx, built)
    for index, mention in built.items():
        plan_announced(ctx, index, mention)
        start, end = clause_bounds(tokens, index)
        schedule_present_weekday(mention, tokens[start:end], ctx.published)
        deadline_as_target(mention)
    mark_light_verb_nouns(ctx, built, quoted)
    return [built[i] for i in sorted(built) if not restates_verb(ctx, i, built)
            and not reported_speech_act(ctx, i, built)
            and not called_off_event_told(built, i)]


def called_off_event_told(built: dict[int, EventMention], index: int) -> bool:
    """'hatte seine Reise nach Baku abgesagt': the visit called off is the event, told with
    the status cancelled; the calling off is no second event of its own."""
    return built[index].type == CANCELLATION and any(
        other.status == CANCELLED and other.type != CANCELLATION and not is_verb(other.trigger)
        for j, other in built.items() if j != index)


def reported_speech_act(ctx: SentenceContext, index: int,
                        built: dict[int, EventMention]) -> bool:
    """'Sie habe ihn angerufen und ihm gratuliert, sagte X', 'X sagte, er habe erklärt …': a
    speech act inside what another speech verb reports is part of that statement, not a
    statement of its own (its subject is often only a pronoun of the reported speech)."""
    if not ctx.parsed or built[index].type != STATEMENT or not is_verb(ctx.tokens[index]):
        return False
    node = index
    for _ in range(LINK_REACH):
        head = ctx.tokens[node].head
        if not 0 <= head < len(ctx.tokens) or head == node:
            return False
        if ctx.deps[node] in ("ccomp", "parataxis"):
            return head in built and built[head].type == STATEMENT
        if ctx.deps[node] != "conj":
            return False
        node = head
    return False


def mark_light_verb_nouns(ctx: SentenceContext, built: dict[int, EventMention],
                          quoted: set[int]) -> None:
    """'hat Insolvenz angemeldet', 'streicht 12.000 Jobs': the noun is as much the event's
    word as the verb; the source's trigger covers both."""
    for index, (_, noun) in light_verb_triggers(ctx.tokens, ctx.lexicon, quoted).items():
        if index in built:
            built[index].trigger_noun = ctx.tokens[noun]


def restates_verb(ctx: SentenceContext, index: int, built: dict[int, EventMention]) -> bool:
    """'gewann die Wahl', 'verlor das Finale': a noun trigger that is the object of a verb
    trigger of its own type names that verb's event once more."""
    if not ctx.parsed or is_verb(ctx.tokens[index]):
        return False
    head = ctx.tokens[index].head
    return (head != index and head in built and is_verb(ctx.tokens[head])
            and built[head].type == built[index].type
            and (ctx.deps[index] in ("obj", "obl", "xcomp") or second_subject(ctx, index)))


def second_subject(ctx: SentenceContext, index: int) -> bool:
    """'X wies die Kritik zurück' parsed with two subjects: a clause has one, so the later
    noun is the verb's object."""
    head = ctx.tokens[index].head
    return ctx.deps[index] == "nsubj" and any(
        ctx.deps[c] == "nsubj" for c in ctx.children[head] if c < index)


def plan_announced(ctx: SentenceContext, index: int, mention: EventMention) -> None:
    """An announced event ("kündigte an, am Samstag … zu reisen") is planned, and a relative
    time in its own phrase lies ahead of the publication (the tense of the announcing verb
    resolved it backwards)."""
    start = announcement(ctx, index, mention.type)
    if start is None or mention.status == CANCELLED:
        return
    mention.status = PLANNED
    timex, published = mention.time, ctx.published
    if timex is None or published is None or not timex.relative or timex.direction == FUTURE:
        return
    if token_index_at(ctx.tokens, timex.start) < start:
        return
    ahead = resolve_spec(timex.relative, published, FUTURE, timex.mod)
    if ahead is not None:
        mention.time = replace(timex, time=ahead, direction=FUTURE)


def date_ongoing_activities(ctx: SentenceContext, built: dict[int, EventMention]) -> None:
    """'Die Bauern protestieren seit einer Woche': an activity told in the present tense
    with 'seit' has gone on since then; the event began that day (a day or a counted span
    of days or weeks back, not a vaguer 'seit Mai')."""
    since = [t for t in sentence_timexes(ctx.sentence, ctx.timexes)
             if t.text.lower().startswith("seit") and t.time.begin is not None
             and t.time.precision in (DAY, WEEK)]
    for index, mention in built.items():
        if mention.time is not None or mention.type not in DURATIVE_TYPES \
                or tense_of(ctx.sentence.sentence.text,
                            mention.trigger.start - ctx.sentence.sentence.start) != "present":
            continue
        clause = clause_bounds(ctx.tokens, index)
        for timex in since:
            if clause[0] <= token_index_at(ctx.tokens, timex.start) < clause[1]:
                mention.time = replace(timex, time=date_value(timex.time.begin),
                                       anchor=ONSET_ANCHOR)
                break


def share_clause_times(built: dict[int, EventMention], tokens: Sequence[Token]) -> None:
    """'… im September 2023 den Fernen Osten anlässlich eines Treffens mit Putin besuchte':
    events of one clause without a time of their own happen at the clause's time. A noun
    after "nach"/"vor"/"seit" names another, earlier or later event and takes none."""
    for index, mention in built.items():
        if mention.time is not None or word_before(tokens, index) in TEMPORAL_PREPOSITIONS:
            continue
        clause = clause_bounds(tokens, index)
        timed = [m for i, m in built.items() if clause[0] <= i < clause[1] and m.time]
        if timed:
            mention.time = min(timed, key=lambda m: abs(m.trigger.start
                                                        - mention.trigger.start)).time


def known_names(article: AnalysedArticle) -> dict[str, str]:
    """The article's names of people and organisations (text → label, the first label
    given), to recover one the NER missed in another sentence."""
    names: dict[str, str] = {}
    for analysed in article.sentences:
        for mention in analysed.mentions:
            if mention.label in (PER, ORG) and mention.source != "office":
                names.setdefault(mention.text, mention.label)
    return names


def recovered_names(ctx: SentenceContext) -> list[Candidate]:
    """'teilte Northvolt mit', '… und die IG Metall': a name the article names elsewhere,
    written here as proper nouns but left out by the NER, is that name here too."""
    tokens = ctx.tokens
    covered = {i for i, t in enumerate(tokens) for m in ctx.sentence.mentions
               if m.start <= t.start < m.end}
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        match = name_at(ctx, i, covered)
        if match is None:
            i += 1
            continue
        end, text = match
        mention = EntityMention(ctx.article.article.id, ctx.sentence.sentence.index,
                                tokens[i].start, tokens[end].end, text,
                                ctx.known_names[text], source=RECOVERED_SOURCE)
        found.append(Candidate(mention, i))
        i = end + 1
    return found


def coordinated_parts(ctx: SentenceContext, candidate: Candidate) -> list[Candidate]:
    """'GDL und Bahn einigen sich': a name the NER ran across 'und' is two names where each
    part is a name known in its own right (the gazetteer, or the last word of a name of
    the article: 'Bahn' after 'Deutsche Bahn')."""
    mention, tokens = candidate.mention, ctx.tokens
    last = candidate.token_index
    while last + 1 < len(tokens) and tokens[last + 1].start < mention.end:
        last += 1
    joints = [i for i in range(candidate.token_index + 1, last)
              if tokens[i].text.lower() in COORDINATORS]
    if len(joints) != 1:
        return [candidate]
    spans = [(candidate.token_index, joints[0] - 1), (joints[0] + 1, last)]
    offset = ctx.sentence.sentence.start
    # each part a name recovered from the wider span (so the entity index links it)
    parts = [replace(mention, start=tokens[a].start, end=tokens[b].end,
                     text=ctx.sentence.sentence.text[tokens[a].start - offset:
                                                     tokens[b].end - offset],
                     source=RECOVERED_SOURCE)
             for a, b in spans]
    known_last_words = {name.split()[-1] for name in ctx.known_names}
    if not all(p.text[:1].isupper() and (load_gazetteer().lookup(p.text) is not None
                                         or p.text in known_last_words) for p in parts):
        return [candidate]
    return [Candidate(part, a) for part, (a, _) in zip(parts, spans)]


def name_at(ctx: SentenceContext, i: int, covered: set[int]) -> tuple[int, str] | None:
    """(last token, name) of the longest known name starting at token ``i`` whose words are
    all proper nouns the NER left unnamed (up to four words)."""
    tokens = ctx.tokens
    best = None
    for end in range(i, min(i + 4, len(tokens))):
        if end in covered or not is_proper_noun(tokens[end]):
            break
        text = " ".join(t.text for t in tokens[i:end + 1])
        if text in ctx.known_names:
            best = (end, text)
    return best


def is_proper_noun(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag == "NE" or token.pos == "PROPN")


def as_known_person(ctx: SentenceContext, candidate: Candidate) -> Candidate:
    """'sagte Zverev' with "Zverev" labelled a place or an organisation, where the article
    names the person in full ("Alexander Zverev"): the surname is that person."""
    mention = candidate.mention
    surnames = ctx.surnames if ctx.surnames is not None else person_surnames(
        ctx.article.sentences)
    if mention.label not in (LOC, ORG) or not is_person(mention, surnames):
        return candidate
    return Candidate(replace(mention, label=PER), candidate.token_index)


def is_descriptor(candidate: Candidate, sentence: AnalysedSentence) -> bool:
    """'Der Republikaner Trump', 'die Linke Müller': an organisation's word right before a
    person's name, without a comma or bracket between, describes that person (their
    party); it is no actor of its own."""
    if candidate.mention.label not in (ORG, MISC):
        return False
    after = token_after(sentence.tokens, candidate.mention.end)
    if after is None:
        return False
    start = sentence.tokens[after].start
    return any(m.label == PER and m.start == start for m in sentence.mentions)


def is_unit(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'130 Euro', '1,4 Milliarden Euro': a name after an amount is its unit."""
    index = candidate.token_index
    if index == 0 or candidate.mention.label == PER:
        return False
    before = tokens[index - 1]
    return before.tag == "CARD" or before.text in AMOUNT_WORDS


def is_dateline(candidate: Candidate, tokens: Sequence[Token],
                places: Sequence[EntityMention] = ()) -> bool:
    """'Paris (AFP) – …', 'Washington – …', 'Kiew/Moskau – …': the place (or places, joined
    by slashes) a report is filed from. ``places``: the sentence's place names, which alone
    (with slashes) may stand before the separator."""
    if candidate.mention.label != LOC:
        return False
    after = token_after(tokens, candidate.mention.end)
    if candidate.token_index == 0 and after is not None and (
            tokens[after].text in DATELINE_SEPARATORS or dated_stamp(tokens, after)):
        return True
    separator = next((i for i, t in enumerate(tokens) if t.text in DATELINE_SEPARATORS), None)
    if separator is None or candidate.token_index >= separator:
        return False
    in_place = [any(p.start <= t.start < p.end for p in places) for t in tokens[:separator]]
    return any(t.text == "/" for t in tokens[:separator]) and all(
        inside or t.text == "/" for t, inside in zip(tokens[:separator], in_place))


def dated_stamp(tokens: Sequence[Token], comma: int) -> bool:
    """'Kiel, 4. Mai 2023 – …', 'Mainz, 12.01.2022 (epd). …': after the place, a comma, a
    date (numbers, a month, perhaps an agency in parentheses) and the stamp's separator."""
    if tokens[comma].text != ",":
        return False
    stamp = tokens[comma + 1:comma + 1 + MAX_STAMP_TOKENS]
    end = next((i for i, t in enumerate(stamp) if t.text in DATELINE_SEPARATORS), None)
    if end is None or not any(t.text[:1].isdigit() for t in stamp[:end]):
        return False
    return not any(t.tag.startswith(("VV", "VA", "VM")) for t in stamp[:end])


def usable_actor(candidate: Candidate, tokens: Sequence[Token], trigger_index: int,
                 labels: tuple[str, ...]) -> bool:
    return (candidate.mention.label in labels
            and not is_possessor(candidate, tokens, trigger_index)
            and not is_attribution(candidate, tokens)
            and not is_kin_complement(candidate, tokens))


def clause_pronouns(
    ctx: SentenceContext, clause: tuple[int, int], index: int
) -> list[Candidate]:
    """Pronouns of the trigger's clause standing for people: the subject before the verb
    or right after it ("Explizit dankt er …"), and an object ("empfing ihn Xi")."""
    found = []
    after = range(index + 1, min(index + 3, clause[1]))
    for j in [*range(clause[0], index), *after]:
        word = ctx.tokens[j].text
        if word in SUBJECT_PRONOUNS or word in OBJECT_PRONOUNS:
            antecedent = antecedent_for_pronoun(ctx, ctx.tokens[j])
            if antecedent is not None:
                found.append(Candidate(antecedent, j))
    return found


def participants_for(
    ctx: SentenceContext,
    index: int,
    event_type: str,
    candidates: list[Candidate],
    clause: tuple[int, int],
) -> tuple[list[Candidate], list[Candidate]]:
    """Actors and places for a trigger: its clause and a pronoun subject or possessive;
    a verb without any takes the subject of the clause before it (relative clauses)."""
    tokens = ctx.tokens
    actors, places = clause_actors_and_places(tokens, index, event_type, candidates, clause)
    venues = venue_places(ctx, clause)
    # "im Berliner Olympiastadion": the venue, not the city its adjective names.
    places = [c for c in places if not any(v.mention.start <= c.mention.start
                                           < v.mention.end for v in venues)] + venues
    places = places or situation_places(tokens, candidates, clause)
    noun = not is_verb(tokens[index]) and tokens[index].text[:1].isupper()
    for pronoun in pronoun_actors(ctx, index, clause, noun):
        if all(c.mention.text != pronoun.mention.text for c in actors):
            actors.append(pronoun)
    if event_type == STATEMENT and not noun and not actors and \
            described_subject_after_report(tokens, index, clause):
        actors += described_speaker(ctx, index + 2)
    actors.sort(key=lambda c: c.token_index)
    if not noun and not starts_reported_clause(tokens, clause):
        actors = with_borrowed_subject(actors, candidates, tokens, index, clause, event_type)
    return actors, places


def situation_places(tokens: Sequence[Token], candidates: list[Candidate],
                     clause: tuple[int, int]) -> list[Candidate]:
    """'sagte er, als ihn die Nachricht in einem Hotel in Kalifornien erreichte': a
    temporal clause right after the trigger's clause sets its situation, its place too."""
    after = clause[1] + 1
    if after >= len(tokens) or tokens[after].text.lower() not in SITUATION_SUBORDINATORS:
        return []
    end = clause_bounds(tokens, after)[1]
    return [c for c in candidates if c.mention.label == LOC and after < c.token_index < end]


def is_venue(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'sagte im Bundestag', 'im Europäischen Parlament': an organisation right after "im"
    (in dem) is named as the building it sits in, the place of the event."""
    index = candidate.token_index
    return (candidate.mention.label == ORG and index > 0
            and tokens[index - 1].text.lower() in VENUE_PREPOSITIONS)


def venue_places(ctx: SentenceContext, clause: tuple[int, int]) -> list[Candidate]:
    """'im Konrad-Adenauer-Haus', 'im Berliner Olympiastadion', 'vor dem Brandenburger Tor':
    a named building or venue after a locative preposition is a place even where no name
    was recognised. A bare "im Stadion" names none."""
    tokens, found = ctx.tokens, []
    for i in range(*clause):
        street = is_street_name(tokens[i])
        if not (is_venue_word(tokens[i]) or street) or in_mention(ctx, i):
            continue
        first = i - 1 if i > 0 and is_name_adjective(tokens[i - 1]) else i
        named = first < i or "-" in tokens[i].text.strip("-") or street
        if named and preposition_before_article(tokens, first) in VENUE_PLACE_PREPOSITIONS:
            text = ctx.sentence.sentence.text
            offset = ctx.sentence.sentence.start
            mention = EntityMention(ctx.article.article.id, ctx.sentence.sentence.index,
                                    tokens[first].start, tokens[i].end,
                                    text[tokens[first].start - offset:tokens[i].end - offset],
                                    LOC, source=VENUE_SOURCE)
            found.append(Candidate(mention, first))
    return found


def is_venue_word(token: Token) -> bool:
    """A noun ending in a venue word; a hyphenated compound ("Buckingham-Palast") is a noun
    whatever its tag (the tagger may call an unknown one an adjective)."""
    noun = token.tag.startswith(("NN", "NE")) or (
        "-" in token.text.strip("-") and not token.tag.startswith("V"))
    return token.text[:1].isupper() and noun and token.text.lower().endswith(VENUE_HEADS)


def preposition_before_article(tokens: Sequence[Token], index: int) -> str:
    """The word before a noun phrase, past its article ('in der Lindenallee': 'in')."""
    j = index - 1
    if j >= 0 and tokens[j].tag.startswith("ART"):
        j -= 1
    return tokens[j].text.lower() if j >= 0 else ""


def is_street_name(token: Token) -> bool:
    """'Talstraße', 'Prandaugasse': a noun compounded on a street word names one street,
    unless it names a kind of road ('Landstraße', 'Seitenstraße')."""
    word = token.text.lower()
    return token.text[:1].isupper() and token.tag.startswith(("NN", "NE")) and any(
        word.endswith(head) and len(word) > len(head) for head in STREET_HEADS) \
        and word not in ROAD_KINDS


def is_name_adjective(token: Token) -> bool:
    """'Berliner', 'Brandenburger', 'Weißen': a capitalised adjective inside a sentence is
    part of a name."""
    return token.text[:1].isupper() and bool(ATTRIBUTIVE_TAG.match(token.tag))


def clause_actors_and_places(
    tokens: Sequence[Token], index: int, event_type: str, candidates: list[Candidate],
    clause: tuple[int, int],
) -> tuple[list[Candidate], list[Candidate]]:
    actor_labels = ACTOR_LABELS + ((LOC,) if event_type in COUNTRY_ACTOR_TYPES else ())
    in_clause = candidates_in(candidates, tokens, clause)
    actors = [c for c in in_clause if usable_actor(c, tokens, index, actor_labels)
              and not is_venue(c, tokens)]
    places = [c for c in in_clause if (c.mention.label == LOC or is_venue(c, tokens))
              and not is_genitive_modifier(c, tokens)]
    if event_type in COUNTRY_ACTOR_TYPES:
        places = [c for c in places
                  if word_before(tokens, c.token_index, skip=4) in PLACE_PREPOSITIONS
                  and word_before(tokens, c.token_index) not in TARGET_PREPOSITIONS]
        actors = [c for c in actors if c.mention.label != LOC or c not in places]
    noun = not is_verb(tokens[index]) and tokens[index].text[:1].isupper()
    if noun and event_type != STATEMENT:
        actors = [c for c in actors if not (c.token_index < index
                                            and speaks_in_clause(c, tokens, clause))
                  and not behind_other_trigger(c, tokens, index)]
    return actors, places


def pronoun_actors(
    ctx: SentenceContext, index: int,
    clause: tuple[int, int], noun: bool,
) -> list[Candidate]:
    """Verbs: the clause's subject or object pronouns. Nouns: the owner ("seinem Besuch")
    or a subject pronoun before them ("bevor er … zu einem Gipfeltreffen … reiste")."""
    if not noun:
        return clause_pronouns(ctx, clause, index)
    owner = possessive_pronoun(ctx, index)
    if owner is not None:
        return [Candidate(owner, clause[0])]
    return [c for c in clause_pronouns(ctx, clause, index)
            if c.token_index < index and ctx.tokens[c.token_index].text in SUBJECT_PRONOUNS]


def with_borrowed_subject(
    actors: list[Candidate], candidates: list[Candidate], tokens: Sequence[Token],
    index: int, clause: tuple[int, int], event_type: str,
) -> list[Candidate]:
    """A verb without its subject in the clause takes the actors of the nearest clause
    before it ("Putin, der … besucht"). A speech verb does so only when the clause starts
    with it and no subject follows it ("Die USA, die …, kritisierten"), unlike "…, teilte
    der Kreml mit" or "wie ein Sprecher mitteilte"."""
    statement = event_type == STATEMENT
    borrow = statement and index == clause[0] and not subject_after(actors, tokens, index) \
        and not described_subject_after_report(tokens, index, clause)
    if not ((not actors and not statement) or borrow):
        return actors
    earlier = preceding_clause_actors(candidates, tokens, index, clause, event_type)
    return earlier[:1] + actors if statement else (actors or earlier)


def described_speaker(ctx: SentenceContext, noun: int) -> list[Candidate]:
    """The organisation or person a subject's description refers back to; the tagger may
    take 'die'/'das' for an accusative here, which the reported words rule out."""
    kind = organisation_description(ctx, noun, ("", "Nom", "Acc"))
    described = organisation_antecedent(ctx, ctx.tokens[noun], kind) if kind else \
        description_antecedent(ctx, noun)
    return [Candidate(described, noun)] if described is not None else []


def described_subject_after_report(tokens: Sequence[Token], index: int,
                                   clause: tuple[int, int]) -> bool:
    """'Nordwerk habe … getäuscht, teilte die Behörde mit': after the reported words, which
    fill the speech verb's object, the definite noun phrase right after the verb is its
    subject (a description, not the reported clause's subject)."""
    after = index + 1
    if clause[0] < 2 or tokens[clause[0] - 1].text != "," or after + 1 >= len(tokens) or \
            tokens[after].text.lower() not in NOMINATIVE_ARTICLES or \
            not tokens[after + 1].tag.startswith("NN"):
        return False
    # the reported words: in the subjunctive, or parsed as the verb's clausal complement
    return any("Mood=Sub" in t.morph.split("|") or (t.dep == "ccomp" and t.head == index)
               for t in tokens[:clause[0]])


def subject_after(actors: list[Candidate], tokens: Sequence[Token], index: int) -> bool:
    """An actor right after the verb, not in the accusative/dative/genitive ("teilte der
    Kreml mit" has a subject; "kritisierten den Besuch Putins" has none); titles may stand
    between ("sagte der Vorsitzende Richter Jan Stein")."""
    for candidate in actors:
        if index < candidate.token_index <= index + SUBJECT_REACH:
            between = {t.text.lower() for t in tokens[index + 1:candidate.token_index]}
            if not between & OBLIQUE_ARTICLES:
                return True
    return False


def preceding_clause_actors(
    candidates: list[Candidate], tokens: Sequence[Token], index: int,
    clause: tuple[int, int], event_type: str,
) -> list[Candidate]:
    labels = ACTOR_LABELS if event_type not in (STATEMENT,) else ACTOR_LABELS + (LOC,)
    usable = [c for c in candidates if c.token_index < clause[0]
              and usable_actor(c, tokens, index, labels)]
    if not usable:
        return []
    if event_type == STATEMENT:
        return prefer_people(usable)[:1]  # the sentence's subject comes first
    last_clause = clause_bounds(tokens, usable[-1].token_index)
    return [c for c in usable if last_clause[0] <= c.token_index < last_clause[1]]


def behind_other_trigger(candidate: Candidate, tokens: Sequence[Token], index: int) -> bool:
    """'Die Reise … nach dem Empfang von Kim durch Putin': names after another event noun
    belong to that event, not to this one."""
    lexicon = trigger_lexicon()
    return any(tokens[j].text[:1].isupper() and noun_event_type(tokens[j], lexicon)
               for j in range(index + 1, candidate.token_index))


def speaks_in_clause(candidate: Candidate, tokens: Sequence[Token],
                     clause: tuple[int, int]) -> bool:
    """'Kuleba bezeichnete die Reise als …', 'X kritisierte die Wahl': the speaker (named
    before the event noun) is not an actor of the trip."""
    lexicon = trigger_lexicon()
    return candidate.mention.label == PER and any(
        lexicon.speaks(verb_base(t)) for t in tokens[clause[0]:clause[1]]
        if is_verb(t) or t.text[:1].islower())


def possessive_pronoun(
    ctx: SentenceContext, index: int
) -> EntityMention | None:
    """'seinem Besuch', 'seiner Reise': the owner of the noun trigger — a person named in
    the same sentence ("Vor seinem Besuch lobte Putin …"), else the last one before."""
    for j in range(index - 1, max(-1, index - 3), -1):
        pronoun = ctx.tokens[j]
        if pronoun.text.lower() in POSSESSIVES:
            if (subject := reflexive_possessor(ctx, index, j)) is not None:
                return subject
            people = [m for m in ctx.sentence.mentions if m.label == PER]
            before = [m for m in people if m.end <= pronoun.start]
            after = [m for m in people if m.start > pronoun.start]
            if before or after:
                return before[-1] if before else after[0]
            return antecedent_for_pronoun(ctx, pronoun)
    return None


def starts_reported_clause(tokens: Sequence[Token], clause: tuple[int, int]) -> bool:
    """'…, dass … unterzeichnet werden könnte': who speaks is not who signs."""
    return tokens[clause[0]].text.lower() in REPORTED_CLAUSE_OPENERS


def further_roles(
    ctx: SentenceContext, index: int, event_type: str, lemma: str,
    candidates: list[Candidate], grouped: dict[int, list[tuple[Candidate, str]]],
    roles: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """The roles the trigger's own arguments leave open, from descriptions, compounds,
    word roles, members, offices and word order, each rule filling only what is unfilled."""
    roles = roles + object_by_description(ctx, index, event_type, lemma, roles)
    roles += word_role_values(ctx, index, event_type, lemma, roles)
    roles += stake_roles(ctx, index, event_type, lemma, grouped, roles)
    roles += division_share_roles(ctx, index, event_type, roles)
    roles += compound_name_roles(ctx, index, event_type, lemma, roles)
    roles += included_members(ctx, index, event_type, lemma, roles)
    roles += directed_recipients(ctx, index, event_type, lemma, candidates, roles)
    roles += motion_owners(ctx, index, event_type, grouped, roles)
    roles += quoted_works(ctx, event_type, roles)
    roles += national_team_roles(ctx, index, event_type, lemma, roles)
    roles += government_speakers(ctx, index, event_type, roles)
    roles = with_addressee(ctx, event_type, roles)
    if event_type == ELECTION and standing_for(ctx, index):
        roles = [(m, CANDIDATE if r == WINNER else r) for m, r in roles]
    roles = dedupe_roles(roles + office_organisations(ctx, event_type, roles, grouped))
    roles += organisation_of_office_compound(ctx, event_type, roles)
    roles += office_by_word_order(ctx, index, event_type, roles)
    if event_type == ELECTION:
        roles += election_office(ctx, clause_bounds(ctx.tokens, index), roles)
    if event_type in PLACE_ONLY_TYPES:
        roles = [(m, r) for m, r in roles if m.label != LOC]
    # after the place filter: the named whole of a part that collapsed is no place
    return roles + partitive_roles(ctx, index, event_type, lemma, grouped, roles)


def mention_status(ctx: SentenceContext, index: int, clause: tuple[int, int],
                   event_type: str) -> str:
    tokens = ctx.tokens
    # The trigger's own verb never calls its event off ("Stellen streichen" is Layoffs).
    verb_lemmas = [verb_lemma(tokens, i) for i in range(*clause)
                   if is_verb(tokens[i]) and i != index]
    if is_cancelled(ctx, index, clause, event_type, verb_lemmas):
        return CANCELLED
    return event_status(ctx.sentence, tokens[index], clause, ctx.lexicon)


def event_places(
    ctx: SentenceContext, index: int, event_type: str, places: list[Candidate],
    roles: list[tuple[EntityMention, str]], grouped: dict[int, list[tuple[Candidate, str]]],
) -> list[Candidate]:
    """An actor is never also the event's place ("teilte der Kreml in Moskau mit"), nor is
    who reports it ("nach Angaben aus Warschau") or what it is about ("über Polen")."""
    tokens = ctx.tokens
    acting = {(m.start, m.end) for m, _ in roles}
    return [c for c in places if not origin_of_another(c, index, grouped)
            and (c.mention.start, c.mention.end) not in acting
            and not is_attribution(c, tokens) and not is_genitive_attribute(c, tokens)
            and not (event_type != VISIT and is_addressee_phrase(c, tokens))
            and not place_of_another_occasion(c, tokens, index)
            and not (event_type == STATEMENT and in_object_phrase(c, tokens, index))]


def in_object_phrase(candidate: Candidate, tokens: Sequence[Token], trigger: int) -> bool:
    """'forderte die Führung in Teheran auf': a place inside the direct object of a speech
    verb, or inside a phrase of its topic, describes whom or what it is about, not where it
    was said."""
    node = tokens[candidate.token_index].head
    for _ in range(6):
        if not 0 <= node < len(tokens) or node == trigger:
            return False
        head = tokens[node].head
        if head == trigger:
            return tokens[node].tag.startswith("NN") and (
                tokens[node].dep == "obj" or topic_phrase(tokens, node))
        node = head
    return False


def topic_phrase(tokens: Sequence[Token], noun: int) -> bool:
    """'würdigte die Auszeichnung als Geste gegen die Unterdrückung im Iran': a noun the
    speech verb governs with a preposition of topic is what the words are about."""
    return tokens[noun].dep == "obl" and any(
        tokens[i].head == noun and tokens[i].dep == "case"
        and tokens[i].text.lower() in SPEECH_TOPIC_PLACE_PREPOSITIONS
        for i in range(max(0, noun - 4), noun))


def place_of_another_occasion(candidate: Candidate, tokens: Sequence[Token], trigger: int
                              ) -> bool:
    """'Eine Woche nach dem Diebstahl im Museum X nahm die Polizei … fest': a place under a
    noun after 'nach'/'seit' and an article is where that other occasion happened ('vor'
    may be a place itself: 'vor dem Reichstagsgebäude in Berlin')."""
    head = tokens[candidate.token_index].head
    if not 0 <= head < len(tokens) or head in (trigger, candidate.token_index) or \
            not tokens[head].tag.startswith("NN"):
        return False
    window = tokens[max(0, head - 3):head]
    marks = [i for i, t in enumerate(window) if t.tag == "APPR"]
    return bool(marks) and window[marks[-1]].text.lower() in SINCE_AFTER and any(
        t.tag == "ART" for t in window[marks[-1]:])


def build_event_mention(
    ctx: SentenceContext, index: int, event_type: str, candidates: list[Candidate],
    grouped: dict[int, list[tuple[Candidate, str]]],
) -> EventMention | None:
    tokens = ctx.tokens
    trigger = tokens[index]
    clause = clause_bounds(tokens, index)
    actors, places = participants_for(ctx, index, event_type, candidates, clause)
    lemma = verb_lemma(tokens, index)
    requirement = ctx.lexicon.weak_verbs.get(lemma) if trigger.text[:1].islower() else None
    if requirement and not weak_trigger_holds(requirement, tokens, clause, actors, places,
                                              ctx.lexicon) and not (
            requirement == "needs_speaker" and nominal_subject(ctx, index)):
        return None
    if event_type == STATEMENT and reports_no_words(tokens, index, lemma, clause,
                                                    ctx.sentence.mentions):
        return None
    roles = dedupe_roles(syntax_roles(ctx, index, event_type, lemma, grouped)) if (
        ctx.parsed and not misparsed_verb(trigger)) else []
    if event_type == NOMINATION and is_designation(ctx, index, clause):
        roles = designation_roles(ctx, index, clause)   # read by word order, see designation
    taker = office_taken_by_word_order(ctx, index, clause) if event_type == APPOINTMENT \
        and not becomes_office(ctx, index) else None
    if taker is not None:
        roles = [(taker, PERSON), (office_mention(ctx, trigger), OFFICE)]
    spoken_of = topic_of_speech(ctx, index)
    if not complete(roles, event_type) and not unnamed_actor(ctx, index, event_type) \
            and not earlier_or_later_event(tokens, index) and not spoken_of:
        # No parse, or one that attaches no name (or one participant of a meeting) to the
        # trigger: a long sentence the parser got wrong, a caption without a verb ("Kim
        # und Putin bei einem Treffen in Wladiwostok"). The word-order reading applies.
        roles = dedupe_roles(assign_roles(ctx, TriggerSite(event_type, index, clause), actors))
    roles = further_roles(ctx, index, event_type, lemma, candidates, grouped, roles)
    event_type, roles = penalty_by_authority(ctx, event_type, roles)
    if territorial_deal(event_type, roles):
        return None
    named_meeting = event_type == MEETING and (
        occasion_noun(tokens, index) or existential_event(ctx, index))
    if not roles and event_type not in ROLELESS_TYPES and not named_meeting and \
            not stated_by_clause(ctx, index) and not spoken_of \
            and not existential_event(ctx, index) and not actorless_pair(ctx, index):
        return None
    if event_type == MEETING and len({m.text for m, _ in roles}) < 2 and not named_meeting \
            and lemma not in CONVENING_VERBS and not coordinated_subject(ctx, index) \
            and (roles or not unnamed_actor(ctx, index, event_type)):
        # "Am Abend trafen sich die Spitzen der Fraktionen": unnamed participants meet.
        return None
    status = mention_status(ctx, index, clause, event_type)
    places = event_places(ctx, index, event_type, places, roles, grouped)
    roles += struck_places(ctx, index, event_type, grouped)
    return EventMention(
        article_id=ctx.article.article.id,
        type=event_type,
        sentence=ctx.sentence.sentence,
        trigger=trigger,
        actors=roles,
        place=choose_place(places, tokens, index, event_type) or struck_place(event_type, roles),
        time=None,
        status=status,
        ordinal=ordinal_before(tokens, index) if event_type in (VISIT, MEETING) else None,
    )


def struck_place(event_type: str, roles: list[tuple[EntityMention, str]]
                 ) -> EntityMention | None:
    """'Iran griff Israel an', 'Angriffe auf den Iran': an attack happens in the country or
    city it strikes (struck_place_types), which stays its target too."""
    if event_type not in STRUCK_PLACE_TYPES:
        return None
    return next((m for m, role in roles if role == TARGET and m.label == LOC), None)


def penalty_by_authority(ctx: SentenceContext, event_type: str,
                         roles: list[tuple[EntityMention, str]]
                         ) -> tuple[str, list[tuple[EntityMention, str]]]:
    """'Die Netzagentur verhängte eine Strafe gegen X': only a court or a judge sentences;
    a penalty an organisation of another kind imposes is a sanction, the imposer its
    agent and the one punished its target."""
    imposers = [m for m, role in roles if role == COURT]
    if event_type != SENTENCE or not imposers or any(
            m.label != ORG or names_a_court(ctx, m) for m in imposers):
        return event_type, roles
    renamed = {COURT: AGENT, DEFENDANT: TARGET}
    return SANCTION, [(m, renamed.get(role, role)) for m, role in roles]


def names_a_court(ctx: SentenceContext, mention: EntityMention) -> bool:
    words = tuple(w.lower() for w in ctx.lexicon.word_lists["court_words"])
    return is_court(mention) or any(word.endswith(words) for word in mention.text.lower().split())


def territorial_deal(event_type: str, roles: list[tuple[EntityMention, str]]) -> bool:
    """'Katalonien beschließt die Abspaltung von Spanien', 'die Übernahme der Stadt durch
    die Armee': a company deal whose only parties are places is a change of territory."""
    return event_type in TRANSACTION_TYPES and bool(roles) and all(
        mention.label == LOC for mention, _ in roles)


def object_by_description(ctx: SentenceContext, index: int, event_type: str, lemma: str,
                          roles: list[tuple[EntityMention, str]]
                          ) -> list[tuple[EntityMention, str]]:
    """The object role of a verb, filled by an age description ("den 69-Jährigen") where
    no name fills it."""
    if not is_verb(ctx.tokens[index]) and not misparsed_verb(ctx.tokens[index]):
        return []
    role = ctx.frames.frame(event_type, lemma, "active").get("obj")
    if role is None or any(r == role for _, r in roles):
        return []
    subject_before = ctx.parsed and any(ctx.deps[c].startswith("nsubj") and c < index
                                        for c in ctx.children[index])
    taken = [m for m, _ in roles] + current_holders(ctx, index, event_type)
    found = named_accusative_object(ctx, index, taken) or described_object(
        ctx, index, taken, subject_before) or described_organisation_object(ctx, index, taken)
    return [(found, role)] if found is not None else []


def directed_recipients(ctx: SentenceContext, index: int, event_type: str, lemma: str,
                        candidates: list[Candidate], roles: list[tuple[EntityMention, str]]
                        ) -> list[tuple[EntityMention, str]]:
    """'… weitere Milliarden an die Ukraine zu überweisen' with the parse hanging 'an die
    Ukraine' under a noun: in the verb's clause a name after a directional preposition
    with the accusative is where the transfer goes, the frame's role for that preposition
    (a dative, 'an der Grenze', is a place)."""
    tokens = ctx.tokens
    if not is_verb(tokens[index]) or is_passive_clause(tokens, clause_bounds(tokens, index),
                                                        index):
        return []
    frame = ctx.frames.frame(event_type, lemma, "active")
    filled = {role for _, role in roles}
    taken = {(m.start, m.end) for m, _ in roles}
    found: list[tuple[EntityMention, str]] = []
    for candidate in candidates_in(candidates, tokens, clause_bounds(tokens, index)):
        before = word_before(tokens, candidate.token_index)
        role = frame.get(f"obl:{before}") if before in DIRECTED_PREPOSITIONS else None
        if role is None or role in filled or role not in type_roles(event_type) or \
                (candidate.mention.start, candidate.mention.end) in taken or \
                not accusative_phrase(tokens, candidate.token_index):
            continue
        found.append((candidate.mention, role))
    return found


def quoted_works(ctx: SentenceContext, event_type: str, roles: list[tuple[EntityMention, str]]
                 ) -> list[tuple[EntityMention, str]]:
    """'erhielt den Preis für ihren Roman „Titel“', 'gewann mit seinem Film „Titel“', 'für
    „Titel“': a quoted title right after 'für' or 'mit' (and a work noun, if any) is the
    work a prize honours (read by word order: a parser splits a quoted title into clauses
    of its own)."""
    if WORK not in type_roles(event_type) or any(r == WORK for _, r in roles):
        return []
    tokens = ctx.tokens
    works = []
    for i, token in enumerate(tokens[:-2]):
        if token.text.lower() not in WORK_PREPOSITIONS:
            continue
        quote = i + 2 if tokens[i + 1].tag in ("ART", "PPOSAT") else i + 1
        if quote < len(tokens) and tokens[quote].text.lower().endswith(WORK_NOUNS):
            quote += 1
        if quote + 1 < len(tokens) and tokens[quote].text in OPEN_QUOTES | TOGGLE_QUOTES:
            title = quoted_title(ctx, quote)
            works += [(title, WORK)] if title is not None else []
    return works


def quoted_title(ctx: SentenceContext, quote: int) -> EntityMention | None:
    """The name a quotation mark opens: the mention starting there, else the words up to
    the closing mark (a title the NER left unnamed)."""
    tokens = ctx.tokens
    start = tokens[quote + 1].start
    named = next((m for m in ctx.sentence.mentions if m.start == start), None)
    if named is not None:
        return named
    close = next((j for j in range(quote + 1, min(len(tokens), quote + 12))
                  if tokens[j].text in CLOSE_QUOTES | TOGGLE_QUOTES), None)
    if close is None or close == quote + 1:
        return None
    end = tokens[close - 1].end
    return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, start, end,
                         ctx.article.article.text[start:end], MISC, source=RECOVERED_SOURCE)


def motion_owners(ctx: SentenceContext, index: int, event_type: str,
                  grouped: dict[int, list[tuple[Candidate, str]]],
                  roles: list[tuple[EntityMention, str]]) -> list[tuple[EntityMention, str]]:
    """'wies die Klage der Firma ab', 'wies ihren Antrag ab': the owner of what a ruling
    decides (a motion noun as its object) filed it, the plaintiff: a genitive name, or a
    possessive for the person or organisation named last."""
    if event_type != COURT_RULING or not ctx.parsed or any(r == PLAINTIFF for _, r in roles):
        return []
    taken = {(m.start, m.end) for m, _ in roles}
    for child in ctx.children[index]:
        lemma = ctx.tokens[child].lemma.lower()
        if ctx.deps[child] != "obj" or not lemma.endswith(MOTION_NOUNS):
            continue
        owners = [c.mention for c, key in grouped.get(child, []) if key == "nmod:gen"]
        owners += [owner for c in ctx.children[child] if ctx.deps[c] in ("det:poss", "det")
                   and ctx.tokens[c].text.lower() in POSSESSIVES
                   and (owner := possessive_owner(ctx, ctx.tokens[c])) is not None]
        return [(m, PLAINTIFF) for m in owners[:1] if (m.start, m.end) not in taken]
    return []


def possessive_owner(ctx: SentenceContext, pronoun: Token) -> EntityMention | None:
    """'ihren Antrag' after 'die Handelsbehörde X versuchte …': a woman named before, else
    the organisation named last whose name agrees with the possessive ('ihr': feminine or
    plural, 'sein': masculine or neuter, by the name's own morphology)."""
    person = antecedent_for_pronoun(ctx, pronoun)
    if person is not None:
        return person
    feminine = pronoun.text.lower().startswith("ihr")
    for analysed in reversed(antecedent_window(ctx)):
        for mention in reversed(analysed.mentions):
            head = next((t for t in reversed(analysed.tokens)
                         if t.start < mention.end and t.end <= mention.end), None)
            if mention.label != ORG or head is None:
                continue
            gender, number = feature(head, "Gender"), feature(head, "Number")
            if (gender == "Fem" or number == "Plur") if feminine else gender in ("Masc", "Neut"):
                return replace(mention)
    return None


def accusative_phrase(tokens: Sequence[Token], index: int) -> bool:
    """The name, or its article right before it, is marked accusative."""
    marked = [tokens[index]] + ([tokens[index - 1]] if index > 0 and
                                tokens[index - 1].tag == "ART" else [])
    return any(feature(t, "Case") == "Acc" for t in marked)


def struck_places(ctx: SentenceContext, index: int, event_type: str,
                  grouped: dict[int, list[tuple[Candidate, str]]]
                  ) -> list[tuple[EntityMention, str]]:
    """'Die Flut verwüstete weite Teile der Region Valencia': the place a disaster noun, as
    the subject of a verb of damage (frames.json sense_verbs), strikes is its victim, and
    still where it happened. The object's own name or the genitive of a part ('Teile der
    Region X') names it."""
    verb = governing_verb(ctx, index) if ctx.parsed and \
        ctx.deps[index] == "nsubj" else None
    if verb is None:
        return []
    verb = content_head(ctx, verb)   # the subject hung under 'hatte'
    frame = ctx.frames.sense_verbs.get(event_type, {}).get(
        ctx.tokens[verb].lemma.lower(), {}).get("active", {})
    role = frame.get("obj")
    if role is None:
        return []
    objects = [c for c in ctx.children[verb] if ctx.deps[c] == "obj"]
    found = [c.mention for c, key in grouped.get(verb, []) if key == "obj"]
    found += [c.mention for o in objects for c, key in grouped.get(o, []) if key == "nmod:gen"]
    # "hatte das südostasiatische Land erschüttert": the place named before
    described = [described_place(ctx, o) for o in objects
                 if not in_mention(ctx, o) and place_description(ctx, o)]
    found += [m for m in described if m is not None]
    return [(m, role) for m in found if m.label == LOC][:1]


def described_place(ctx: SentenceContext, noun: int) -> EntityMention | None:
    """'das Land' after 'Erdbeben in Myanmar … Bangkok': the last place before (the
    sentences before, the title) of the kind the description names, a country here."""
    word = ctx.tokens[noun].text.lower()
    kinds = _WORDS["place_description_kinds"].get(word, ())
    gazetteer = load_gazetteer()
    found = [m for analysed in antecedent_window(ctx) for m in analysed.mentions
             if m.label == LOC and m.kb_id and (entry := gazetteer.get(m.kb_id)) is not None
             and entry.kind in kinds]
    return replace(found[-1]) if found else None


def standing_for(ctx: SentenceContext, index: int) -> bool:
    """'X ist Spitzenkandidat für die Landtagswahl', 'die Kandidatin der Partei bei der
    Wahl': an election noun under a candidate noun names who stands, not who won."""
    if is_verb(ctx.tokens[index]):
        return False
    node = index
    for _ in range(2):
        node = ctx.tokens[node].head
        if not 0 <= node < len(ctx.tokens):
            return False
        if ctx.tokens[node].text.lower().endswith(CANDIDATE_NOUNS):
            return True
    return False


def misparsed_verb(token: Token) -> bool:
    """'Nach der Wahl ernannte Bundespräsident X …': a finite verb (its morphology says
    so) that the tagger took for an adjective; its parse is no guide to its arguments."""
    return token.tag == "ADJA" and ("Mood=" in token.morph or "Tense=" in token.morph)


def is_genitive_attribute(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'Präsident der USA', 'die Regierung Spaniens': a name in the genitive that modifies
    a noun says whose that noun is, not where the event is, unless that noun is itself a
    place phrase ('in der Hauptstadt der Ukraine')."""
    index = candidate.token_index
    token = tokens[index]
    head = token.head
    if not 0 <= head < len(tokens) or head == index or not tokens[head].tag.startswith("NN") \
            or has_case_marker(tokens, index):
        return False
    # The tagger's case of a name is less reliable than its article's ("der Ukraine").
    genitive = "Case=Gen" in token.morph or any(
        t.head == index and t.tag == "ART" and "Case=Gen" in t.morph for t in tokens)
    return genitive and not has_case_marker(tokens, head)


def is_addressee_phrase(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """'an die Ukraine überweisen', 'an Polen liefern': "an" with the accusative names whom
    something goes to, not where the event is ("an der Grenze" with the dative is a place)."""
    index = candidate.token_index
    before = [i for i in range(max(0, index - 3), index) if tokens[i].tag.startswith("APPR")]
    if not before or tokens[before[-1]].text.lower() not in ("an", "ans"):
        return False
    marker = before[-1]
    return tokens[marker].text.lower() == "ans" or any(
        "Case=Acc" in t.morph for t in tokens[marker + 1:index + 1])


def has_case_marker(tokens: Sequence[Token], index: int) -> bool:
    """Whether a preposition depends on ``tokens[index]`` (it heads a prepositional phrase)."""
    return any(t.head == index and t.tag.startswith("APPR") for t in tokens)


def origin_of_another(candidate: Candidate, index: int,
                      grouped: dict[int, list[tuple[Candidate, str]]]) -> bool:
    """'gegen Sinner aus Italien', 'Importe aus Asien': a place in another noun's "aus"
    or "von" phrase tells where someone or something comes from, not where the event is."""
    return any(governor != index and key in ORIGIN_RELATIONS and c is candidate
               for governor, attached in grouped.items() for c, key in attached)


def earlier_or_later_event(tokens: Sequence[Token], index: int) -> bool:
    """'Nach der Wahl ernannte X …', 'sprach nach dem Urteil': a noun after "nach"/"vor"/
    "seit" names another occasion, told elsewhere; the clause's names are not its actors."""
    window = tokens[max(0, index - 3):index]
    if is_verb(tokens[index]) or misparsed_verb(tokens[index]) or any(
            t.text.lower() in POSSESSIVES for t in window):
        return False   # "Vor seinem Besuch …": the possessive names its actor
    before = [t for t in window if t.tag.startswith("APPR")]
    return bool(before) and before[-1].text.lower() in TEMPORAL_PREPOSITIONS


def topic_of_speech(ctx: SentenceContext, index: int) -> bool:
    """'sagte er mit Blick auf die Wahl', 'sprach über den Besuch': an event noun after a
    preposition of topic (speech_topic_prepositions) under a verb of speech is what is
    talked about. The sentence
    states it; the speaker is none of its actors, as a word-order reading would make him."""
    tokens = ctx.tokens
    if not ctx.parsed or not tokens[index].tag.startswith("NN") or \
            case_word(ctx, index) not in SPEECH_TOPIC_PREPOSITIONS:
        return False   # "Bei einem Besuch wurden X und Y begrüßt": the occasion, no topic
    node = index
    for _ in range(LINK_REACH):
        parent = tokens[node].head
        if not 0 <= parent < len(tokens) or parent == node:
            return False
        if is_verb(tokens[parent]):
            return ctx.lexicon.speaks(verb_lemma(tokens, parent))
        node = parent
    return False


def occasion_noun(tokens: Sequence[Token], index: int) -> bool:
    """'bei einem Treffen in Luxemburg', 'beim Gipfel': a meeting noun with its article
    states an occasion even where nobody is named; a verb ("traf") needs two participants,
    and a bare headline noun ("Treffen") states nothing."""
    if is_verb(tokens[index]) or not tokens[index].text[:1].isupper() or \
            names_a_body(tokens, index):
        return False
    return any(t.tag.startswith(("ART", "APPRART")) for t in tokens[max(0, index - 3):index])


def actorless_pair(ctx: SentenceContext, index: int) -> bool:
    """'Am Donnerstag treten die Pflichten des Gesetzes in Kraft': a support-verb pair the
    lexicon marks actorless (a law comes into force by itself) states its event though no
    actor is named."""
    found = light_verb_triggers(ctx.tokens, ctx.lexicon, set()).get(index)
    if found is None:
        return False
    lemma, noun = verb_lemma(ctx.tokens, index), ctx.tokens[found[1]].lemma
    return any(light.actorless and light.type == found[0] and lemma in light.verbs
               and light.has_noun(noun) for light in ctx.lexicon.light_verbs)


def contest_takes_place(ctx: SentenceContext, index: int) -> bool:
    """'Der nächste Wettbewerb findet in der Schweiz statt', 'Die Tour beginnt in Barcelona':
    a contest noun (no trigger by itself: 'der Wettbewerb im Handel') as the subject of a
    verb of taking place is a match."""
    token = ctx.tokens[index]
    return token.lemma in CONTEST_NOUNS and token.text[:1].isupper() and \
        existential_event(ctx, index)


def coordinated_subject(ctx: SentenceContext, index: int) -> bool:
    """'Bund und Länder wollen verhandeln': a meeting verb whose subject is two coordinated
    parties has its two sides, named or not."""
    if not ctx.parsed or not is_verb(ctx.tokens[index]):
        return False
    return any(ctx.deps[c].startswith("nsubj") and any(
        ctx.deps[g] == "conj" for g in ctx.children[c]) for c in ctx.children[index])


def existential_event(ctx: SentenceContext, index: int) -> bool:
    """'Damit könnte es eine Neuwahl geben', 'falls es zu einer Fusion kommt', 'Erste
    Gespräche sollen bald beginnen': a trigger noun that 'es gibt' or 'es kommt zu'
    asserts, or the subject of a verb of taking place, states an event without any actor.
    Not in a negated clause ('Es gab keine Einigung') or a question."""
    tokens = ctx.tokens
    head = tokens[index].head
    if is_verb(tokens[index]) or not tokens[index].text[:1].isupper() or is_question(tokens) \
            or not 0 <= head < len(tokens) or head == index:
        return False
    start, end = clause_bounds(tokens, head)
    words = [t.text.lower() for t in tokens[start:end]]
    if any(w in ctx.lexicon.negations for w in words):
        return False
    if ctx.deps[index].startswith("nsubj") and \
            verb_lemma(tokens, head).lower() in OCCURRENCE_VERBS:
        return True   # "Die Sondierungsgespräche beginnen", "Der Gipfel findet in Genf statt"
    return tokens[head].lemma.lower() in EXISTENTIAL_VERBS and "es" in words


def names_a_body(tokens: Sequence[Token], index: int) -> bool:
    """'Der Vorsitzende der Bischofskonferenz': a meeting noun in the genitive after a post
    in it names the standing body, not an occasion."""
    j = index - 1
    while j >= 0 and tokens[j].tag.startswith("ADJA"):   # 'der Deutschen Bischofskonferenz'
        j -= 1
    if j < 1 or tokens[j].text.lower() not in ("der", "des"):
        return False
    return tokens[j - 1].text.lower().endswith(BODY_POST_NOUNS)


def unnamed_actor(ctx: SentenceContext, index: int, event_type: str) -> bool:
    """'Die Polizei sprach von …', 'Drei Menschen starben', 'Die Feier wurde abgesagt': a
    verb whose parsed subject is a noun without a name. The event is stated; its actor is
    left empty rather than guessed from word order, which would take a name of another
    phrase ("Man wolle mit der Bundesregierung sprechen, erklärte das Institut")."""
    return event_type in UNNAMED_ACTOR_TYPES and unnamed_subject(ctx, index)


def unnamed_subject(ctx: SentenceContext, index: int) -> bool:
    """A trigger verb whose parsed subject is a noun without a name ('Ein Gericht hatte X
    verurteilt'); a time ('Anfang November') the parser took for the subject is none."""
    if not ctx.parsed or not is_verb(ctx.tokens[index]):
        return False
    return any(ctx.deps[c].startswith("nsubj")
               and (ctx.tokens[c].pos == "NOUN" or ctx.tokens[c].tag.startswith("NN"))
               and ctx.tokens[c].text[:1].isupper() and not names_in(ctx, c)
               and not in_time_expression(ctx, c)
               for node in verb_and_auxiliaries(ctx, index) for c in ctx.children[node])


def verb_and_auxiliaries(ctx: SentenceContext, index: int) -> list[int]:
    """The verb and its auxiliaries, below it or (a misparse) above it: the parser may hang
    the subject on the auxiliary ("Ein Gericht hatte X … verurteilt")."""
    nodes = [index] + [c for c in ctx.children[index] if ctx.deps[c].startswith("aux")]
    head = ctx.tokens[index].head
    if 0 <= head < len(ctx.tokens) and head != index and ctx.tokens[head].tag.startswith("VA"):
        nodes.append(head)
    return nodes


def in_time_expression(ctx: SentenceContext, node: int) -> bool:
    start = ctx.tokens[node].start
    return any(timex.start <= start < timex.end for timex in ctx.timexes)


def stated_by_clause(ctx: SentenceContext, index: int) -> bool:
    """A trigger verb with a parsed subject, though no role could be filled from it: a noun
    phrase ('Die Ermittler werfen ihm vor', 'Ein Gericht in San Francisco wies … ab',
    'Tausende Stellen werden abgebaut') or a personal or relative pronoun whose antecedent
    is not found ('Sie warf dem Management vor', '…, der zurückgetreten war'). The clause
    states the event; its actors stay empty rather than guessed."""
    if not ctx.parsed or not is_verb(ctx.tokens[index]) or is_question(ctx.tokens):
        return False
    # The parser may hang the subject on the auxiliary ("Der Konzern hatte … abgespalten").
    auxiliaries = [c for c in ctx.children[index] if ctx.deps[c].startswith("aux")]
    if any(ctx.tokens[c].text.lower() in ctx.lexicon.negations for c in ctx.children[index]):
        return False   # "hatte mehrere Rennen nicht gewonnen": nothing took place
    return any(ctx.deps[c].startswith("nsubj") and stands_for_actor(ctx.tokens[c])
               for node in [index, *auxiliaries, *controller(ctx, index)]
               for c in ctx.children[node]) \
        or prefield_noun_after_comma(ctx.tokens, index) or nominal_subject(ctx, index) \
        or prefield_name(ctx.tokens, index) or demonstrative_inversion(ctx, index)


def demonstrative_inversion(ctx: SentenceContext, index: int) -> bool:
    """'Das gab die Behörde bekannt' parsed with the demonstrative as the subject and the
    noun phrase after the verb as its object: a demonstrative opening the clause takes up
    what was said, so the noun phrase is the subject."""
    children = ctx.children[index]
    return any(ctx.deps[c].startswith("nsubj") and ctx.tokens[c].tag == "PDS" for c in children) \
        and any(ctx.deps[c] == "obj" and c > index and stands_for_actor(ctx.tokens[c])
                for c in children)


def prefield_name(tokens: Sequence[Token], index: int) -> bool:
    """'Nemo bedankte sich …' with the opening name parsed as an adverb: a proper name alone
    before the finite verb that opens the sentence is its subject."""
    return index == 1 and tokens[index].tag.endswith("FIN") and tokens[0].tag.startswith("NE")


def is_question(tokens: Sequence[Token]) -> bool:
    """'Wurde die Behörde vorher aufgekauft?': a question asks; it states no event."""
    return bool(tokens) and tokens[-1].text == "?"


def controller(ctx: SentenceContext, index: int) -> list[int]:
    """'Die Regierung kündigte an, Soldaten zu schicken', 'kommen zusammen, um einen Papst
    zu wählen': a zu-infinitive (also one of purpose) has no subject of its own; the
    subject of the verb it depends on does what it tells."""
    head = ctx.tokens[index].head
    if ctx.deps[index] not in ("xcomp", "advcl", "ccomp") or not 0 <= head < len(ctx.tokens) \
            or head == index or not is_verb(ctx.tokens[head]):
        return []
    marked = any(ctx.tokens[c].tag == "PTKZU" for c in ctx.children[index]) or \
        ctx.tokens[index].tag == "VVIZU"
    return [head] if marked else []


def prefield_noun_after_comma(tokens: Sequence[Token], index: int) -> bool:
    """'X begrüßten die Regeln, Verbände warnten dagegen …': a finite verb right after a
    comma and one noun has that noun in its prefield, its subject, where the parse took it
    for a conjunct of the clause before."""
    return index >= 2 and tokens[index - 2].text == "," and tokens[index].tag.endswith("FIN") \
        and tokens[index - 1].tag.startswith("NN") and stands_for_actor(tokens[index - 1])


def stands_for_actor(token: Token) -> bool:
    if token.tag == "PRELS" or token.text.lower() in SUBJECT_PRONOUNS:
        return True
    return token.text[:1].isupper() and (
        token.pos in ("NOUN", "PROPN") or token.tag.startswith(("NN", "NE")))


def nominal_subject(ctx: SentenceContext, index: int) -> bool:
    """'sagte der 36-Jährige': the parse gives the verb a noun subject (a description or an
    unnamed speaker), so the verb has a speaker even where no name stands in the clause."""
    # A nominalised adjective ("der 36-Jährige", "die Vorsitzende") is tagged ADJ.
    # "der 27-Jährige" may be tagged a number, or its article parsed as the subject.
    return ctx.parsed and any(ctx.deps[c].startswith("nsubj") and (
        ctx.tokens[c].pos in ("NOUN", "PROPN", "ADJ", "NUM") or is_noun(ctx.tokens[c])
        or description_antecedent(ctx, c) is not None) for c in ctx.children[index])


def names_in(ctx: SentenceContext, node: int) -> bool:
    """Whether a name lies in the phrase of ``node`` (itself or a dependent)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if in_mention(ctx, current):
            return True
        stack.extend(ctx.children[current])
    return False


def complete(roles: list[tuple[EntityMention, str]], event_type: str) -> bool:
    return bool(roles) and (event_type != MEETING or len({m.text for m, _ in roles}) >= 2)


def dedupe_roles(roles: list[tuple[EntityMention, str]]) -> list[tuple[EntityMention, str]]:
    seen: set[tuple[str, str]] = set()
    result = []
    for mention, role in roles:
        key = (mention.text, role)
        if key not in seen:
            seen.add(key)
            result.append((mention, role))
    return result


def with_front_field_repaired(sentence: AnalysedSentence) -> AnalysedSentence:
    tokens = reattach_nominal_conjunct(reattach_name_from_time_noun(reattach_across_finite_verb(
        reattach_from_dateline(finite_verb_taken_for_attribute(sentence.tokens)))))
    tokens = reattach_subject_from_title(tokens)
    if all(a is b for a, b in zip(tokens, sentence.tokens)):
        return sentence
    return replace(sentence, tokens=tokens)


def extract_event_mentions(
    article: AnalysedArticle, timexes: Sequence[Timex]
) -> list[EventMention]:
    """All event mentions of one analysed article, given its temporal expressions.

    A date for every event: its own time expression, else its clause's, else the article's
    date as an upper bound ("on or before")."""
    first = SentenceContext(article, article.sentences[0]) if article.sentences else None
    genders = person_genders(article.sentences, first) if first else {}
    published = article.article.published.value if article.article.published else None
    surnames = person_surnames(article.sentences)   # once per article, not per pronoun
    known = known_names(article)
    endings = organisation_endings(article)
    organisation_names = organisation_words(article)
    mentions: list[EventMention] = []
    first_acted: dict[str, EventMention] = {}   # each type's first event with an agent
    for sentence in article.sentences:
        ctx = SentenceContext(article, with_front_field_repaired(sentence), timexes,
                              genders=genders, surnames=surnames, known_names=known,
                              organisation_endings=endings,
                              organisation_words=organisation_names)
        found = event_mentions_in_sentence(ctx)
        blame_condemned_event(ctx, found, first_acted)
        for mention in found:
            if any(role == AGENT for _, role in mention.actors):
                first_acted.setdefault(mention.type, mention)
        mentions.extend(found)
    text = article.article.text
    ends = paragraph_ends(text)
    first_body = lead_paragraph(article, ends)
    lead = [m for s in article.sentences
            if paragraph_of(text, s.sentence.start, ends) == first_body for m in s.mentions
            if m.label in (PER, ORG, LOC)]
    # A name's last word ("Scholz" is "Olaf Scholz"); a one-word name whose person the lead
    # names in full ("Xi" is "Xi Jinping") is that person too.
    lead_names = frozenset(m.text.split()[-1] for m in lead)
    lead_names |= {m.text for s in article.sentences for m in s.mentions
                   if m.label == PER and " " not in m.text
                   and any(p.text.split()[0] == m.text for p in lead if p.label == PER)}
    quoted = {s.sentence.start: quoted_token_indices(s.tokens) for s in article.sentences}
    scenes = scene_times(article, timexes)
    lead_time = carry_narrative_times(mentions, text, first_body, published, lead_names,
                                      scenes, occasion_paragraphs(article.sentences, text, quoted),
                                      onset_times(article, timexes))
    date_headline_events(mentions, lead_time, lead_sentence_span(article, ends, first_body))
    date_title_events(mentions, text, first_body)
    date_contest_results(mentions, text, first_body, lead_time)
    refine_present_year(mentions, text, first_body, lead_time)
    follow_linking_adverbs(mentions, sorted(s.sentence.start for s in article.sentences), scenes,
                           frozenset(s.sentence.start for s in article.sentences
                                     if told_in_praeteritum(s.tokens)))
    follow_place_anaphors(mentions, text)
    announcers_decide(mentions, article, lambda m: trigger_lemma(article, m))
    place_at_dateline(mentions, dateline_place(article), lead_time)
    for mention in mentions:
        if mention.type == STATEMENT and names_a_source(mention):
            mention.place = None
    undate_cited_sources(mentions, published)
    after_publication(mentions, article.article.published)
    date_reactions_on_publication_day(mentions, text, lead_time, article.article.published)
    bound_undated(mentions, published)
    return mentions


def told_in_praeteritum(tokens: Sequence[Token]) -> bool:
    """Every finite verb is in the Präteritum and no participle makes a compound tense:
    "Bester Werfer war Kapitän X." (not "war … gewählt worden")."""
    finite = [t for t in tokens if t.tag.endswith("FIN")]    # STTS: VVFIN, VAFIN, VMFIN
    return bool(finite) and all("Tense=Past" in t.morph.split("|") for t in finite) \
        and not any(t.tag.endswith("PP") and t.tag.startswith("V") for t in tokens)


def trigger_lemma(article: AnalysedArticle, mention: EventMention) -> str:
    """The lemma of a mention's trigger verb, with its separated particle ('gab … bekannt')."""
    tokens = article.sentences[mention.sentence.index].tokens
    index = next((i for i, t in enumerate(tokens) if t.start == mention.trigger.start), None)
    return verb_lemma(tokens, index) if index is not None else mention.trigger.lemma


def blame_condemned_event(ctx: SentenceContext, found: list[EventMention],
                          first_acted: Mapping[str, EventMention]) -> None:
    """'Baerbock verurteilte den Angriff' after 'Iran hat Israel angegriffen': an accusation
    whose object is a definite event noun without a name of its own condemns the event of
    that type the article told first (its main event, in the headline or the lead); who
    acted there is its target."""
    for mention in found:
        index = ctx.token_at.get(mention.trigger.start)
        if mention.type != ACCUSATION or index is None or not ctx.parsed or \
                any(role == TARGET for _, role in mention.actors):
            continue
        event_type = condemned_type(ctx, index)
        earlier = first_acted.get(event_type) if event_type else None
        if earlier is not None:
            mention.actors = mention.actors + [(replace(actor), TARGET)
                                               for actor, role in earlier.actors if role == AGENT]


def condemned_type(ctx: SentenceContext, verb: int) -> str | None:
    """The event type of the verb's definite object noun, one no name attaches to."""
    articles = tuple(_WORDS["definite_articles"])
    for child in ctx.children[verb]:
        token = ctx.tokens[child]
        if ctx.deps[child] != "obj" or not token.tag.startswith("NN") or \
                in_mention(ctx, child) or definite_article(ctx, child, articles) is None or \
                any(in_mention(ctx, c) for c in ctx.children[child]):
            continue
        event_type = noun_event_type(token, ctx.lexicon)
        if event_type not in (None, ACCUSATION, STATEMENT):
            return event_type
    return None


def lead_sentence_span(article: AnalysedArticle, ends: list[int], first_body: int
                       ) -> tuple[int, int]:
    """Where the lead sentence (the first sentence of the lead paragraph) lies."""
    text = article.article.text
    lead = next((s.sentence for s in article.sentences
                 if paragraph_of(text, s.sentence.start, ends) == first_body), None)
    return (lead.start, lead.end) if lead else (0, 0)


def lead_paragraph(article: AnalysedArticle, ends: list[int]) -> int:
    """The lead: the first paragraph after the title (graphkit puts the title first) that
    tells something, i.e. has a verb; a "Stand: 16.12.2024 17:40 Uhr" stamp tells nothing."""
    text = article.article.text
    title = article.article.title
    body_start = len(title) if title and text.startswith(title) else 0
    body_start += len(text[body_start:]) - len(text[body_start:].lstrip())
    first = paragraph_of(text, body_start, ends)
    told = sorted({paragraph_of(text, s.sentence.start, ends) for s in article.sentences
                   if any(t.pos in ("VERB", "AUX") for t in s.tokens)})
    return next((p for p in told if p >= first), first)


def scene_times(article: AnalysedArticle, timexes: Sequence[Timex]) -> list[Timex]:
    """Time expressions of past clauses that may set a narrative's scene: not the start of
    a state ("seit …"), a date inside an attribute ("den am Montag gewählten Präsidenten")
    or a quoted speaker's time."""
    return [t for s in article.sentences
            for t in unquoted(sentence_timexes(s, timexes), s.tokens,
                              quoted_token_indices(s.tokens))
            if not t.text.lower().startswith("seit") and not is_attributive_time(t, s.tokens)
            and in_past_clause(s, t)]


def onset_times(article: AnalysedArticle, timexes: Sequence[Timex]) -> list[Timex]:
    """Days a state began ("ist seit Freitag an der Börse"): the change that began it
    happened that day, the lead's day when the lead states no other."""
    return [replace(t, time=date_value(t.time.begin)) for s in article.sentences
            for t in sentence_timexes(s, timexes)
            if t.text.lower().startswith("seit") and t.time.begin is not None
            and t.time.precision == DAY]


def in_past_clause(sentence: AnalysedSentence, timex: Timex) -> bool:
    """The tense of the clause around a time expression is past: by the tense words, or by
    the tagger's tense of the verb the parse attaches it to ("befanden … am Donnerstag")."""
    if tense_of(sentence.sentence.text, timex.start - sentence.sentence.start) == "past":
        return True
    tokens = sentence.tokens
    node = token_index_at(tokens, timex.start)
    for _ in range(LINK_REACH):
        node = tokens[node].head
        if not 0 <= node < len(tokens):
            return False
        if is_verb(tokens[node]):
            return "Tense=Past" in tokens[node].morph.split("|")
    return False


def unquoted(timexes: list[Timex], tokens: Sequence[Token], quoted: set[int]) -> list[Timex]:
    return [t for t in timexes if token_index_at(tokens, t.start) not in quoted]


def dateline_place(article: AnalysedArticle) -> EntityMention | None:
    """The place of a dateline ("Berlin (dpa) – …") opening the first sentence of the text
    (or the first line after a title the sentence splitter cut: "EU beschließt 14. …")."""
    text = article.article.text
    for number, analysed in enumerate(article.sentences[:3]):
        start = analysed.sentence.start
        # The third sentence only as the first of the body, after a title cut in two.
        if number == 2 and not (PARAGRAPH_START.search(text[:start])
                                and "\n" not in text[:article.sentences[1].sentence.end]):
            break
        for candidate in mention_candidates(analysed):
            if is_dateline(candidate, analysed.tokens):
                return candidate.mention
    return None


def place_at_dateline(mentions: list[EventMention], dateline: EntityMention | None,
                      lead_time: Timex | None) -> None:
    """Events of the occasion the lead reports (dated to the lead's day) happened where the
    report is filed from, unless their sentence names a place: "Berlin – Scholz hat Lindner
    entlassen. … sagte Scholz vor der Presse." Events of other days (a reaction, a
    background fact) take no place from the dateline."""
    if dateline is None or lead_time is None or lead_time.time.begin is None:
        return
    day = lead_time.time.begin
    for mention in mentions:
        time = mention.time.time if mention.time else None
        # A Plusquamperfekt event came before the occasion, wherever it took place.
        if mention.place is None and time is not None and time.precision == DAY \
                and time.begin == day and not time.is_range and not announced_anywhere(mention) \
                and not in_pluperfect(mention) and not off_the_scene(mention) \
                and mention.trigger.lemma not in SENT_SPEECH_VERBS and not through_medium(mention):
            mention.place, mention.place_from_dateline = dateline, True


def names_a_source(mention: EventMention) -> bool:
    """'Der Mann stellte sich in X, wie der Minister mitteilte': the speech verb's clause
    opens with an attribution word after a comma; the sentence's places are the reported
    event's."""
    sentence = mention.sentence
    before = sentence.text[:mention.trigger.start - sentence.start]
    if "," not in before:
        return False
    words = before.rsplit(",", 1)[1].split()
    return bool(words) and words[0].lower() in ATTRIBUTION_SUBORDINATORS


def undate_cited_sources(mentions: list[EventMention], published: date | None) -> None:
    """'Der Mann stellte sich am Samstagabend, wie der Minister mitteilte': the source was
    cited after the reported event and before the report; the narrative's day is the
    event's. Only when that day is the publication day is it the citing's too; otherwise
    the citing keeps the publication bound."""
    for mention in mentions:
        time = mention.time
        if mention.type == STATEMENT and time is not None and time.anchor == NARRATIVE_ANCHOR \
                and time.time.begin is not None and time.time.begin != published \
                and names_a_source(mention):
            mention.time = None


def off_the_scene(mention: EventMention) -> bool:
    """A company deal is a legal transaction, a resignation a change of status: both
    happened nowhere in particular, so the dateline is where they are reported from, not
    their place."""
    return mention.type in TRANSACTION_TYPES or mention.type in STATUS_CHANGE_TYPES
