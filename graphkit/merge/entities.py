"""Entity linking: link entity mentions across spellings and articles.

Entities: gazetteer matches (with genitive/hyphen variants) share the gazetteer entry; office
mentions ("Kremlchef") go to the holder on the article's date; a bare surname ("Kim") goes
to the person of that surname the article named last (else the one it names most); other
names are grouped by a normalised spelling.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from graphkit.kb.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from graphkit.model import (
    ORG,
    PER,
    AnalysedArticle,
    Entity,
    EntityMention,
)
from graphkit.nlp.offices import is_office_kb_id, parse_office_kb_id

HONORIFICS = {"herr", "herrn", "frau", "dr.", "prof.", "präsident", "präsidentin"}
MentionKey = tuple[str, int, int]          # (article id, start, end)


def mention_key(mention: EntityMention) -> MentionKey:
    return (mention.article_id, mention.start, mention.end)


# Latin letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSABLE = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe",
                                "Œ": "Oe", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
                                "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"})


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSABLE))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def strip_honorifics(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def name_key(text: str, label: str) -> str:
    normal = re.sub(r"[\s\-‐–]+", " ", strip_honorifics(text)).strip().casefold()
    return f"name:{label}:{normal}"


# --- entities ---------------------------------------------------------------------------

@dataclass
class EntityIndex:
    """Which entity each mention denotes (mention key → entity id), and the entities."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_mention: dict[MentionKey, str] = field(default_factory=dict)

    def entity_for(self, mention: EntityMention) -> Entity | None:
        entity_id = self.by_mention.get(mention_key(mention))
        return self.entities.get(entity_id) if entity_id else None


@dataclass(frozen=True)
class LinkContext:
    """What linking knows about a mention besides its name: the article's date and the
    lower-case words around it."""

    on: date | None = None
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ContextCues:
    window: int
    cues: Mapping[str, frozenset[str]]

    def score(self, key: str, words: frozenset[str]) -> int:
        return len(self.cues.get(key, frozenset()) & words)


@lru_cache(maxsize=1)
def context_cues() -> ContextCues:
    path = resources.files("graphkit.data") / "lexicon" / "entity_context.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return ContextCues(data["window"], {key: frozenset(words)
                                        for key, words in data["cues"].items()})


# Organisations that also stand for a place and places that also stand for a government:
# "im Kreml", "Moskau reagierte", "Russland verhängte Sanktionen".
PLACE_LIKE_ORG_KINDS = {"government", "international", "military"}
ACTOR_LIKE_PLACE_KINDS = {"country", "territory"}


def label_agrees(entry: GazetteerEntry, mention: EntityMention, gazetteer: Gazetteer,
                 words: frozenset[str]) -> bool:
    """May a mention with this NER label name this entry? A club or firm named after its
    town ("Leverkusen gewann") is an ORG that must not link to the town."""
    if entry.label == mention.label:
        return True
    if context_cues().score("club", words):
        return False
    if mention.label == "ORG" and entry.label == "LOC":
        return entry.kind in ACTOR_LIKE_PLACE_KINDS or gazetteer.is_capital(entry.id)
    if mention.label == "LOC" and entry.label == "ORG":
        return entry.kind in PLACE_LIKE_ORG_KINDS
    return False


def link_entry(mention: EntityMention, gazetteer: Gazetteer,
               context: LinkContext) -> GazetteerEntry | None:
    """The gazetteer entry a mention names, chosen by its label and the words around it;
    None when no entry fits or several fit equally well."""
    found = [gazetteer.get(mention.kb_id)] if mention.kb_id else []
    found += candidates_declined(gazetteer, strip_honorifics(mention.text))
    candidates = {e.id: e for e in found if e is not None
                  and label_agrees(e, mention, gazetteer, context.words)}
    if len(candidates) <= 1:
        return next(iter(candidates.values()), None)
    cues = context_cues()
    scored = sorted(((cues.score(e.kind, context.words) + cues.score(e.label, context.words),
                      e.id) for e in candidates.values()), reverse=True)
    if scored[0][0] > scored[1][0]:
        return candidates[scored[0][1]]
    return None


def gazetteer_key(mention: EntityMention, gazetteer: Gazetteer,
                  context: LinkContext) -> str | None:
    if is_office_kb_id(mention.kb_id):
        country, word = parse_office_kb_id(mention.kb_id or "")
        holder = gazetteer.office_holder(word, country, context.on)
        return f"gaz:{holder.id}" if holder else None
    entry = link_entry(mention, gazetteer, context)
    return f"gaz:{entry.id}" if entry is not None else None


def candidates_declined(gazetteer: Gazetteer, name: str) -> list[GazetteerEntry]:
    """Gazetteer candidates, also under the other declensions of a leading adjective:
    "der Internationale Strafgerichtshof" names "Internationaler Strafgerichtshof"."""
    found = gazetteer.candidates(name)
    words = name.split()
    if found or len(words) < 2 or not words[0].endswith(("e", "en", "er", "es")):
        return found
    stem = re.sub(r"(en|er|es|e)$", "", words[0])
    for ending in ("er", "e", "es", "en"):
        found = gazetteer.candidates(" ".join([stem + ending, *words[1:]]))
        if found:
            return found
    return []


def mention_contexts(articles: Sequence[AnalysedArticle],
                     publication_dates: Mapping[str, date | None]) -> dict[MentionKey, LinkContext]:
    """Each mention's date and the words within the cue window on either side of it."""
    window = context_cues().window
    contexts: dict[MentionKey, LinkContext] = {}
    for article in articles:
        on = publication_dates.get(article.article.id)
        for sentence in article.sentences:
            tokens = sentence.tokens
            starts = [t.start for t in tokens]
            ends = [t.end for t in tokens]
            for mention in sentence.mentions:
                # Tokens are in text order: bisection finds the window's edges.
                first_after = bisect_left(starts, mention.end)
                last_before = bisect_right(ends, mention.start)
                before = [t.text.lower() for t in tokens[max(0, last_before - window):last_before]]
                after = [t.text.lower() for t in tokens[first_after:first_after + window]]
                contexts[mention_key(mention)] = LinkContext(on, frozenset(before + after))
    return contexts


def surname_of(key: str, gazetteer: Gazetteer, surfaces: Mapping[str, Counter[str]]) -> str:
    if key.startswith("gaz:"):
        entry = gazetteer.get(key[4:])
        if entry and entry.label == PER:
            return (entry.surname or entry.name.split()[-1]).casefold()
        return ""
    name = surfaces[key].most_common(1)[0][0] if surfaces.get(key) else ""
    words = strip_honorifics(name).split()
    return words[-1].casefold() if len(words) > 1 else ""


def is_bare_name(mention: EntityMention) -> bool:
    words = strip_honorifics(mention.text).split()
    return mention.label == PER and len(words) == 1 and mention.source != "office"


def genitive_base(word: str) -> str:
    return word[:-1] if word.endswith(("s", "'", "’")) and len(word) > 3 else word


def resolve_bare_names(
    mentions: Sequence[EntityMention],
    keys: dict[MentionKey, str],
    gazetteer: Gazetteer,
    surfaces: Mapping[str, Counter[str]],
) -> None:
    """A bare surname takes the person of that surname named last before it in the article."""
    by_article: dict[str, list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article_id].append(mention)
    for article_mentions in by_article.values():
        article_mentions.sort(key=lambda m: m.start)
        full = [(m, keys[mention_key(m)]) for m in article_mentions
                if mention_key(m) in keys and not is_bare_name(m)]
        named = SurnameIndex.of(full, gazetteer, surfaces)
        for mention in article_mentions:
            if not is_bare_name(mention):
                continue
            word = strip_honorifics(mention.text)
            for form in {word.casefold(), genitive_base(word).casefold()}:
                chosen = named.person(form, mention.start) or gazetteer_person(form, gazetteer)
                if chosen:
                    keys[mention_key(mention)] = chosen
                    break


@dataclass
class SurnameIndex:
    """The full names of one article by surname: their starts and keys in text order, and
    the key named most often (built once, so each bare name is a lookup, not a scan)."""

    starts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    most_named: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, full: list[tuple[EntityMention, str]], gazetteer: Gazetteer,
           surfaces: Mapping[str, Counter[str]]) -> SurnameIndex:
        index = cls()
        surname_by_key: dict[str, str] = {}
        for mention, key in full:
            if key not in surname_by_key:
                surname_by_key[key] = surname_of(key, gazetteer, surfaces)
            index.starts[surname_by_key[key]].append(mention.start)
            index.keys[surname_by_key[key]].append(key)
        index.most_named = {surname: Counter(keys).most_common(1)[0][0]
                            for surname, keys in index.keys.items()}
        return index

    def person(self, surname: str, start: int) -> str | None:
        """The person of ``surname`` named last before ``start``, else the one named most."""
        if surname not in self.keys:
            return None
        before = bisect_left(self.starts[surname], start)
        return self.keys[surname][before - 1] if before else self.most_named[surname]


def gazetteer_person(surname: str, gazetteer: Gazetteer) -> str | None:
    """The gazetteer's only person of that surname, if it knows exactly one."""
    people = gazetteer.people_with_surname(surname)
    return f"gaz:{people[0].id}" if len(people) == 1 else None


def entity_from_key(
    key: str, entity_mentions: list[EntityMention], gazetteer: Gazetteer
) -> Entity:
    surfaces = Counter(strip_honorifics(m.text) for m in entity_mentions
                       if m.source != "office")
    labels = Counter(m.label for m in entity_mentions)
    entry: GazetteerEntry | None = gazetteer.get(key[4:]) if key.startswith("gaz:") else None
    if entry is not None:
        name, label = entry.name, entry.label
        aliases = sorted(set(entry.aliases) | {s for s in surfaces if s != entry.name})
        return Entity(id=slugify(name), name=name, label=label, aliases=aliases,
                      wikidata=entry.wikidata, kind=entry.kind,
                      mention_count=len(entity_mentions))
    # Prefer the longest common spelling, without a genitive s, as the name.
    name = max(surfaces or Counter({key.split(":", 2)[-1]: 1}),
               key=lambda s: (len(s.split()), surfaces[s], -len(s), s))
    aliases = sorted(s for s in surfaces if s != name)
    return Entity(id=slugify(name), name=name, label=labels.most_common(1)[0][0],
                  aliases=aliases, mention_count=len(entity_mentions))


def resolve_entities(
    articles: Sequence[AnalysedArticle],
    publication_dates: Mapping[str, date | None],
    gazetteer: Gazetteer | None = None,
    role_values: Sequence[EntityMention] = (),
) -> EntityIndex:
    """Link every entity mention of every article to an entity; ``role_values`` are
    further mentions events fill roles with (office words: "Finanzminister")."""
    gazetteer = gazetteer or load_gazetteer()
    mentions = [m for a in articles for s in a.sentences for m in s.mentions]
    mentions += role_values
    contexts = mention_contexts(articles, publication_dates)
    keys: dict[MentionKey, str] = {}
    for mention in mentions:
        context = contexts.get(mention_key(mention),
                               LinkContext(publication_dates.get(mention.article_id)))
        key = gazetteer_key(mention, gazetteer, context)
        if key is None and mention.source != "office":
            key = name_key(mention.text, mention.label)
        if key is not None:
            keys[mention_key(mention)] = key
    merge_genitive_spellings(keys)
    link_parenthetical_abbreviations(articles, keys)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention_key(mention) in keys:
            surfaces[keys[mention_key(mention)]][strip_honorifics(mention.text)] += 1
    resolve_bare_names(mentions, keys, gazetteer, surfaces)
    resolve_short_organisation_names(mentions, keys)
    return build_entity_index(mentions, keys, gazetteer)


def resolve_short_organisation_names(mentions: Sequence[EntityMention],
                                     keys: dict[MentionKey, str]) -> None:
    """'die Bahn' after 'die Deutsche Bahn', 'Dortmund' beside 'Borussia Dortmund': an
    unlinked one-word organisation is the organisation of its article whose longer name
    ends in that word, if only one does (a surname for organisations)."""
    by_article: dict[str, list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        if mention.label == ORG and mention_key(mention) in keys:
            by_article[mention.article_id].append(mention)
    for article_mentions in by_article.values():
        longer: dict[str, set[str]] = defaultdict(set)
        for mention in article_mentions:
            words = mention.text.split()
            if len(words) > 1:
                longer[words[-1]].add(keys[mention_key(mention)])
        for mention in article_mentions:
            key = keys[mention_key(mention)]
            named = longer.get(mention.text, set())
            if " " not in mention.text and key.startswith("name:") and len(named) == 1:
                keys[mention_key(mention)] = next(iter(named))


def link_parenthetical_abbreviations(
    articles: Sequence[AnalysedArticle], keys: dict[MentionKey, str]
) -> None:
    """'die Sozialistische Republik Vietnam (SRV)': the abbreviation names the same entity.
    Only for names of one class: 'Olaf Scholz (SPD)' names a person's party, not him."""
    for article in articles:
        for analysed in article.sentences:
            sentence, mentions = analysed.sentence, analysed.mentions
            for first, second in zip(mentions, mentions[1:]):
                between = sentence.text[first.end - sentence.start:second.start - sentence.start]
                is_abbreviation = second.text.isupper() and len(second.text) <= 6
                same_class = first.label == second.label != PER
                if between.strip() == "(" and is_abbreviation and same_class \
                        and mention_key(first) in keys:
                    keys[mention_key(second)] = keys[mention_key(first)]


def merge_genitive_spellings(keys: dict[MentionKey, str]) -> None:
    """'John Kirbys' → 'John Kirby' when the plain spelling occurs too."""
    known = set(keys.values())
    for mkey, key in list(keys.items()):
        if key.startswith("name:") and key.endswith("s") and key[:-1] in known:
            keys[mkey] = key[:-1]


def build_entity_index(
    mentions: Sequence[EntityMention], keys: Mapping[MentionKey, str], gazetteer: Gazetteer
) -> EntityIndex:
    grouped: dict[str, list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        key = keys.get(mention_key(mention))
        if key is not None:
            grouped[key].append(mention)
    index = EntityIndex()
    key_to_id: dict[str, str] = {}
    for key in sorted(grouped):
        entity = entity_from_key(key, grouped[key], gazetteer)
        base, n = entity.id, 2
        while entity.id in index.entities:
            entity.id, n = f"{base}-{n}", n + 1
        index.entities[entity.id] = entity
        key_to_id[key] = entity.id
    for mkey, key in keys.items():
        index.by_mention[mkey] = key_to_id[key]
    return index
