"""Event merging: mentions of one event across sentences and articles become one event.

Mentions of the same type whose key participants, place and time are compatible
become one event that keeps every source sentence. Times that disagree ("Dienstagabend" in
one article, "am frühen Mittwoch" in another) are all kept as stated times.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from graphkit.events.lexicon import type_label
from graphkit.kb.gazetteer import Gazetteer, load_gazetteer
from graphkit.merge.entities import EntityIndex
from graphkit.model import (
    AGREEMENT,
    CANCELLED,
    DAY,
    HAPPENED,
    HOST,
    MEETING,
    PARTICIPANT,
    PLANNED,
    PRECISIONS,
    REPORTED,
    VISIT,
    VISITOR,
    Entity,
    Event,
    EventMention,
    Participant,
    SourceSentence,
    TimeValue,
)

ROLE_RANK = {HOST: 0, VISITOR: 0, PARTICIPANT: 5}
# Types whose mentions merge across articles without a shared date (visits, meetings and
# agreements are few and named by their participants; statements are many and alike).
MERGE_WITHOUT_DATE = {MEETING, VISIT, AGREEMENT}

@dataclass
class ResolvedMention:
    mention: EventMention
    participants: list[Participant]
    place: str | None
    time: TimeValue | None
    publication: date | None


@dataclass
class Cluster:
    """Mentions of one event, with running aggregates (a build may merge thousands)."""

    type: str
    members: list[ResolvedMention] = field(default_factory=list)
    principal: set[str] = field(default_factory=set)      # participant entity ids
    visitors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    time_set: set[TimeValue] = field(default_factory=set)  # distinct resolved times

    @classmethod
    def of(cls, event_type: str, members: Iterable[ResolvedMention]) -> Cluster:
        cluster = cls(event_type)
        for member in members:
            cluster.add(member)
        return cluster

    def add(self, member: ResolvedMention) -> None:
        self.members.append(member)
        for p in member.participants:
            self.principal.add(p.entity_id)
            if p.role == VISITOR:
                self.visitors.add(p.entity_id)
        if member.place:
            self.places.add(member.place)
        if member.time is not None and member.time.resolved:
            self.time_set.add(member.time)

    @property
    def times(self) -> list[TimeValue]:
        return sorted(self.time_set, key=lambda t: (t.begin or date.min, t.value))


def resolved_time(mention: EventMention) -> TimeValue | None:
    """The mention's time for merging; an upper bound only (the article's date, "on or
    before") counts as undated here, so it never merges as if it were a day."""
    if mention.time is None or mention.time.time.on_or_before:
        return None
    return mention.time.time if mention.time.time.resolved else None


def resolve_mention(
    mention: EventMention, index: EntityIndex, publication: date | None
) -> ResolvedMention | None:
    participants: list[Participant] = []
    for actor, role in mention.actors:
        entity = index.entity_for(actor)
        if entity is not None and all(p.entity_id != entity.id for p in participants):
            participants.append(Participant(entity.id, role))
    if not participants:
        return None
    place_entity = index.entity_for(mention.place) if mention.place else None
    place = place_entity.id if place_entity else None
    if mention.type in (MEETING, VISIT):
        # Places do not visit or meet: "(SRV)" tagged as an organisation is still Vietnam.
        places = [p for p in participants if index.entities[p.entity_id].label == "LOC"]
        participants = [p for p in participants if p not in places] or participants
        place = place or (places[0].entity_id if places else None)
    if place and any(p.entity_id == place for p in participants):
        participants = [p for p in participants if p.entity_id != place] or participants
    if mention.type == MEETING and len(participants) < 2:
        return None
    return ResolvedMention(mention, participants, place, resolved_time(mention), publication)


def times_overlap(a: TimeValue, b: TimeValue, slack_days: int = 1) -> bool:
    """Overlap with a day of slack: time zones split one arrival over two dates."""
    if a.begin is None or b.begin is None:
        return True
    a_end, b_end = a.end or a.begin, b.end or b.begin
    slack = timedelta(days=slack_days if DAY in (a.precision, b.precision) else 0)
    return a.begin <= b_end + slack and b.begin <= a_end + slack


def place_contains(outer: str, inner: str, entities: Mapping[str, Entity],
                   gazetteer: Gazetteer) -> bool:
    inner_entity, outer_entity = entities.get(inner), entities.get(outer)
    if inner_entity is None or outer_entity is None:
        return False
    inner_entry = gazetteer.lookup(inner_entity.name)
    outer_entry = gazetteer.lookup(outer_entity.name)
    return bool(inner_entry and outer_entry and inner_entry.country == outer_entry.id)


def places_compatible(a: set[str], b: str | None, entities: Mapping[str, Entity],
                      gazetteer: Gazetteer) -> bool:
    if not a or b is None or b in a:
        return True
    return all(place_contains(p, b, entities, gazetteer) or place_contains(b, p, entities,
               gazetteer) or region_and_place_of_one_country(p, b, entities, gazetteer)
               for p in a)


def region_and_place_of_one_country(first: str, second: str, entities: Mapping[str, Entity],
                                    gazetteer: Gazetteer) -> bool:
    """'in Kalifornien' and 'bei San Francisco' may be one place: a region and a place of
    the same country (two cities never are)."""
    entries = [gazetteer.lookup(entities[e].name) for e in (first, second) if e in entities]
    if len(entries) != 2 or not all(entries):
        return False
    kinds = {entry.kind for entry in entries}  # type: ignore[union-attr]
    countries = {entry.country for entry in entries}  # type: ignore[union-attr]
    has_region = bool(kinds & {"region", "state"})
    return has_region and len(countries) == 1 and None not in countries


def participants_compatible(event_type: str, cluster: Cluster, member: ResolvedMention) -> bool:
    mine = {p.entity_id for p in member.participants}
    theirs = cluster.principal
    shared = mine & theirs
    if event_type == MEETING:
        return len(shared) >= 2 or (len(shared) >= 1 and (mine <= theirs or theirs <= mine)
                                    and min(len(mine), len(theirs)) >= 2)
    if event_type == VISIT:
        my_visitors = {p.entity_id for p in member.participants if p.role == VISITOR}
        if cluster.visitors and my_visitors:
            return bool(cluster.visitors & my_visitors)
    return bool(shared)


def compatible(
    cluster: Cluster, member: ResolvedMention, entities: Mapping[str, Entity],
    gazetteer: Gazetteer,
) -> bool:
    if cluster.type != member.mention.type:
        return False
    if member.time is None and cluster.type not in MERGE_WITHOUT_DATE:
        return False
    if member.time is not None and not all(times_overlap(t, member.time) for t in cluster.times):
        return False
    if cluster.type not in MERGE_WITHOUT_DATE and not cluster.times:
        return False
    return (participants_compatible(cluster.type, cluster, member)
            and places_compatible(cluster.places, member.place, entities, gazetteer))


def precision_rank(time: TimeValue | None) -> int:
    if time is None:
        return len(PRECISIONS)
    return PRECISIONS.index(time.precision) if time.precision in PRECISIONS else len(PRECISIONS)


def best_cluster(candidates: list[Cluster], member: ResolvedMention) -> Cluster:
    """An undated mention goes to the dated cluster nearest its article's date."""
    def distance(cluster: Cluster) -> float:
        if member.publication is None or not cluster.times:
            return 0.0 if cluster.times else 1e6
        return min(abs((t.begin - member.publication).days) for t in cluster.times
                   if t.begin is not None)
    return min(candidates, key=lambda c: (distance(c), -len(c.members)))


def cluster_mentions(
    members: Iterable[ResolvedMention], entities: Mapping[str, Entity], gazetteer: Gazetteer
) -> list[Cluster]:
    ordered = sorted(members, key=lambda m: (precision_rank(m.time), m.mention.article_id,
                                             m.mention.sentence.start, m.mention.trigger.start))
    clusters: list[Cluster] = []
    # The same sentence in several articles (agency copy) states one event, whatever its type.
    by_copy: dict[tuple[str, str, int], Cluster] = {}
    for member in ordered:
        copy_key = syndicated_copy_key(member.mention)
        cluster = by_copy.get(copy_key)
        if cluster is None:
            candidates = [c for c in clusters if compatible(c, member, entities, gazetteer)]
            cluster = best_cluster(candidates, member) if candidates else None
        if cluster is None:
            cluster = Cluster.of(member.mention.type, [])
            clusters.append(cluster)
        cluster.add(member)
        by_copy.setdefault(copy_key, cluster)
    return clusters


def syndicated_copy_key(mention: EventMention) -> tuple[str, str, int]:
    text = " ".join(mention.sentence.text.split())
    return (mention.type, text, mention.trigger.start - mention.sentence.start)


def merged_time(cluster: Cluster) -> TimeValue | None:
    """The finest stated precision; several stated days become one range."""
    times = cluster.times
    if not times:
        return None
    finest = min(precision_rank(t) for t in times)
    best = [t for t in times if precision_rank(t) == finest]
    if len({(t.begin, t.end) for t in best}) == 1:
        return best[0]
    # Open ranges ("bis 2026") have no begin; they cannot widen a range of days.
    bounded = [t for t in best if t.begin]
    if not bounded:
        return max(best, key=lambda t: sum(t == other for other in best))
    begin = min(t.begin for t in bounded)  # type: ignore[type-var]
    end = max((t.end or t.begin) for t in bounded)  # type: ignore[type-var]
    if best[0].precision == DAY:
        return TimeValue(f"{begin.isoformat()}/{end.isoformat()}", DAY, begin, end, True)
    return max(best, key=lambda t: sum(t == other for other in best))


def merged_participants(cluster: Cluster) -> list[Participant]:
    roles: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for member in cluster.members:
        for p in member.participants:
            counts[p.entity_id] += 1
            if ROLE_RANK.get(p.role, 3) < ROLE_RANK.get(roles.get(p.entity_id, ""), 9):
                roles[p.entity_id] = p.role
    return [Participant(e, roles[e]) for e in sorted(roles, key=lambda e: (-counts[e], e))]


def merged_status(cluster: Cluster, time: TimeValue | None) -> str:
    """Happened if any report says so, unless it appeared before the event began (a report
    from the eve of a visit cannot attest it); else planned, else reported."""
    statuses = set()
    for member in cluster.members:
        status = member.mention.status
        too_early = (time is not None and time.begin is not None
                     and member.publication is not None and member.publication < time.begin)
        statuses.add(PLANNED if status == HAPPENED and too_early else status)
    for status in (HAPPENED, CANCELLED, PLANNED, REPORTED):
        if status in statuses:
            return status
    return HAPPENED


def merged_place(cluster: Cluster, entities: Mapping[str, Entity],
                 gazetteer: Gazetteer) -> str | None:
    places = Counter(m.place for m in cluster.members if m.place)
    if not places:
        return None
    # The most specific place: one no other stated place lies inside.
    inner = [p for p in places if not any(place_contains(p, q, entities, gazetteer)
                                          for q in places if q != p)]
    return max(inner or list(places), key=lambda p: (places[p], p))


def source_sentence(member: ResolvedMention) -> SourceSentence:
    m = member.mention
    return SourceSentence(
        article_id=m.article_id,
        sentence_index=m.sentence.index,
        start=m.sentence.start,
        end=m.sentence.end,
        text=m.sentence.text,
        trigger_start=m.trigger.start,
        trigger_end=m.trigger.end,
        time_text=m.time.text if m.time else "",
    )


def event_from_cluster(
    cluster: Cluster, entities: Mapping[str, Entity], gazetteer: Gazetteer
) -> Event:
    participants = merged_participants(cluster)
    place = merged_place(cluster, entities, gazetteer)
    time = merged_time(cluster)
    sources = sorted({source_sentence(m) for m in cluster.members},
                     key=lambda s: (s.article_id, s.start, s.trigger_start))
    # Every time as stated, unresolved ones included ("am Dienstag" in an undated article).
    stated = sorted({(m.mention.article_id, m.mention.time.time) for m in cluster.members
                     if m.mention.time and not m.mention.time.time.on_or_before},
                    key=lambda p: (p[0], p[1].value))
    if time is None:
        time = next((t for _, t in stated if not t.resolved), None) or earliest_bound(cluster)
    names = [entities[p.entity_id].name for p in participants[:3]]
    label = f"{type_label(cluster.type)}: {', '.join(names)}"
    if place:
        label += f" in {entities[place].name}"
    ordinal = next((m.mention.ordinal for m in cluster.members if m.mention.ordinal), None)
    return Event(
        id=event_id(cluster.type, participants, place, time, sources),
        type=cluster.type,
        label=label,
        participants=participants,
        place=place,
        time=time,
        status=merged_status(cluster, time),
        sources=sources,
        ordinal=ordinal,
        stated_times=stated,
    )


def earliest_bound(cluster: Cluster) -> TimeValue | None:
    """Without a stated time: the earliest "on or before" bound (the first report's date)."""
    bounds = [m.mention.time.time for m in cluster.members
              if m.mention.time and m.mention.time.time.on_or_before]
    return min(bounds, key=lambda t: t.end or date.max) if bounds else None


def event_id(event_type: str, participants: Sequence[Participant], place: str | None,
             time: TimeValue | None, sources: Sequence[SourceSentence]) -> str:
    first = sources[0]
    basis = "|".join([event_type, ",".join(sorted(p.entity_id for p in participants)),
                      place or "", time.value if time else "",
                      f"{first.article_id}:{first.trigger_start}"])
    digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:8]
    when = time.value.split("/")[0] if time and time.resolved else "undated"
    return f"{event_type.lower()}-{when}-{digest}"


def resolved_clusters(
    mentions: Iterable[EventMention],
    index: EntityIndex,
    publication_dates: Mapping[str, date | None],
    gazetteer: Gazetteer,
) -> tuple[list[ResolvedMention], list[Cluster]]:
    """Event mentions with their entities resolved, and grouped into events."""
    resolved = [
        r for m in mentions
        if (r := resolve_mention(m, index, publication_dates.get(m.article_id))) is not None
    ]
    return resolved, cluster_mentions(resolved, index.entities, gazetteer)


def merge_events(
    mentions: Iterable[EventMention],
    index: EntityIndex,
    publication_dates: Mapping[str, date | None],
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """Merge event mentions from all articles into events with provenance."""
    gazetteer = gazetteer or load_gazetteer()
    resolved, clusters = resolved_clusters(mentions, index, publication_dates, gazetteer)
    events = [event_from_cluster(c, index.entities, gazetteer) for c in clusters]
    return sorted(events, key=event_sort_key)


def event_sort_key(event: Event) -> tuple[str, str, str]:
    begin = event.time.begin.isoformat() if event.time and event.time.begin else "9999"
    return (begin, event.type, event.id)


def cluster_time_pairs(
    mentions: Iterable[EventMention],
    index: EntityIndex,
    publication_dates: Mapping[str, date | None],
    gazetteer: Gazetteer | None = None,
) -> tuple[dict[str, list[tuple[EventMention, TimeValue]]], dict[str, dict[str, int]]]:
    """Evidence for dating undated articles from dated reports of the same events.

    Returns, per undated article, its unresolved event times paired with the time the same
    event has in dated articles, and how many events it shares with each dated article.
    """
    gazetteer = gazetteer or load_gazetteer()
    resolved, clusters = resolved_clusters(mentions, index, publication_dates, gazetteer)
    pairs: dict[str, list[tuple[EventMention, TimeValue]]] = defaultdict(list)
    shared: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    dated_clusters = []
    for cluster in clusters:
        dated = Cluster.of(cluster.type, [m for m in cluster.members
                                          if publication_dates.get(m.mention.article_id)])
        known = merged_time(dated)
        if known is not None:
            dated_clusters.append((dated, known))
        # Only undated mentions without a time of their own count as "the same news".
        for member in cluster.members:
            if publication_dates.get(member.mention.article_id) or member.mention.time:
                continue
            for other in {m.mention.article_id for m in dated.members}:
                shared[member.mention.article_id][other] += 1
    for member in resolved:
        timex = member.mention.time
        if publication_dates.get(member.mention.article_id) or timex is None or (
                timex.time.resolved):
            continue
        # Every dated event it could be is a candidate; the inference keeps what agrees.
        for dated, known in dated_clusters:
            if compatible(dated, member, index.entities, gazetteer):
                pairs[member.mention.article_id].append((member.mention, known))
    return pairs, shared
