"""Event merging: mentions of one event across sentences and articles become one event.

Mentions of the same type whose key participants, place and time are compatible
become one event that keeps every source sentence. Times that disagree ("Dienstagabend" in
one article, "am frühen Mittwoch" in another) are all kept as stated times.

Time rules (issue 11):

* Two dated mentions merge only if their times overlap at their precision (a day of slack
  between two days for time zones, never across a year boundary): "2024-06" and
  "2024-06-19" may merge, "2023-09" and "2024-06-19" never.
* An undated mention (no time, an unresolved one, or only "on or before publication")
  merges only into an event reported by an article published within
  ``UNDATED_WINDOW_DAYS`` (3) days of its own article, in the same year; a mention of an
  article without a publication date merges into nothing.
* A merge never changes the year of a dated mention: every member's time overlaps the
  others', so the event's time lies in each member's year(s).
* Within one article, a headline mention whose stated day contradicts the body's mention
  of the same event joins the body's event: the body's time wins and the headline's is kept
  as a stated time only when both were stated explicitly.

Support counts independent sources: articles with near-identical text (see
:mod:`graphkit.merge.duplicates`) are one source, and each source sentence is listed once.

Cost: candidates come from an index keyed by (type, participant, month of the time) for
dated mentions and (type, participant, publication day) for undated ones, so each mention
is compared with a bounded number of events, never with all of them.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from graphkit.events.lexicon import function_words, type_label
from graphkit.events.time import NARRATIVE_ANCHOR, REACTION_ANCHOR, in_pluperfect
from graphkit.kb.gazetteer import Gazetteer, load_gazetteer
from graphkit.merge.entities import EntityIndex
from graphkit.model import (
    ACCUSATION,
    AGENT,
    AGREEMENT,
    CANCELLED,
    DAY,
    HAPPENED,
    HOST,
    LOC,
    MEETING,
    OFFICE,
    ORG,
    PARTICIPANT,
    PLANNED,
    PRECISIONS,
    REPORTED,
    ROLELESS_TYPES,
    STATEMENT,
    STRIKE,
    TARGET,
    THREAT,
    VISIT,
    VISITOR,
    Entity,
    Event,
    EventMention,
    Participant,
    PublicationDate,
    SourceSentence,
    TimeValue,
)

ROLE_RANK = {HOST: 0, VISITOR: 0, PARTICIPANT: 5}
# Types whose mentions merge across articles without a shared date (visits, meetings and
# agreements are few and named by their participants; statements are many and alike).
MERGE_WITHOUT_DATE = {MEETING, VISIT, AGREEMENT, STRIKE}
CONVENING_VERBS = frozenset(function_words()["convening_verbs"])
# Attacks that happen where they strike: a struck country or city is target and place.
STRUCK_PLACE_TYPES = frozenset(function_words()["struck_place_types"])
# Speech acts whose agent speaks: in one article, two by different agents are two acts
# ("X warf Y vor, …" and "Y hielt X entgegen, …"), whatever they share.
AGENT_SPEAKS = {ACCUSATION, THREAT}
# An undated mention joins only an event reported within this many days of its article.
UNDATED_WINDOW_DAYS = 3
# Times spanning at most this many days are indexed by month, up to this many years by year.
_FINE_SPAN_DAYS = 62
_COARSE_SPAN_YEARS = 5

Publication = date | PublicationDate | None


def publication_span(value: Publication) -> tuple[date, date] | None:
    """First and last day an article may have appeared on."""
    if value is None:
        return None
    if isinstance(value, PublicationDate):
        return value.value, value.last
    return value, value


@dataclass
class ResolvedMention:
    mention: EventMention
    participants: list[Participant]
    place: str | None
    time: TimeValue | None          # a resolved time of its own; None = undated
    publication: date | None        # first day of the article's publication date
    published_last: date | None = None
    stated_time_kept: bool = True   # False: a headline's time overruled by the body

    @property
    def published_on_day(self) -> date | None:
        """The publication day when it is known to the day."""
        if self.publication is not None and self.published_last in (None, self.publication):
            return self.publication
        return None


@dataclass
class Cluster:
    """Mentions of one event, with running aggregates (a build may merge thousands)."""

    type: str
    members: list[ResolvedMention] = field(default_factory=list)
    principal: set[str] = field(default_factory=set)      # participant entity ids
    visitors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    time_set: set[TimeValue] = field(default_factory=set)  # distinct resolved times
    published: set[date] = field(default_factory=set)      # publication days of members
    article_ids: set[str] = field(default_factory=set)     # articles of members
    # statuses of the members by article (a called-off event never joins a held one)
    statuses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    serial: int = 0                                         # creation order (stable ties)
    filed: set[tuple[str, str, tuple[object, ...]]] = field(default_factory=set)  # index keys
    buckets: set[tuple[object, ...]] = field(default_factory=set)  # time / publication buckets

    @classmethod
    def of(cls, event_type: str, members: Iterable[ResolvedMention]) -> Cluster:
        cluster = cls(event_type)
        for member in members:
            cluster.add(member)
        return cluster

    def add(self, member: ResolvedMention) -> None:
        self.members.append(member)
        self.article_ids.add(member.mention.article_id)
        self.statuses[member.mention.article_id].add(member.mention.status)
        for p in member.participants:
            self.principal.add(p.entity_id)
            if p.role == VISITOR:
                self.visitors.add(p.entity_id)
        if member.place:
            self.places.add(member.place)
        if member.time is not None:
            self.time_set.add(member.time)
        if member.published_on_day is not None:
            self.published.add(member.published_on_day)

    @property
    def stated_places(self) -> set[str]:
        """Its places but those only a dateline gave (where the report was filed)."""
        dated = {m.place for m in self.members if m.place
                 and getattr(m.mention, "place_from_dateline", False)}
        stated = {m.place for m in self.members if m.place
                  and not getattr(m.mention, "place_from_dateline", False)}
        return self.places - (dated - stated)

    @property
    def times(self) -> list[TimeValue]:
        return sorted(self.time_set, key=lambda t: (t.begin or date.min, t.value))


def resolved_time(mention: EventMention) -> TimeValue | None:
    """The mention's own time, or None when it is undated: no time, an unresolved one, or
    only "on or before the publication date" (which says nothing about when)."""
    if mention.time is None:
        return None
    time = mention.time.time
    if not time.resolved or time.on_or_before or time.begin is None:
        return None
    return time


def resolve_mention(
    mention: EventMention, index: EntityIndex, publication: Publication
) -> ResolvedMention | None:
    participants: list[Participant] = []
    for actor, role in mention.actors:
        entity = index.entity_for(actor)
        if entity is not None and all(p.entity_id != entity.id for p in participants):
            participants.append(Participant(entity.id, role))
    # An actor the index cannot resolve drops the mention; one the extractor kept without
    # any actor (an accident, a statement by "die Polizei") stands with its place and time.
    if not participants and mention.actors:
        return None
    place_entity = index.entity_for(mention.place) if mention.place else None
    place = place_entity.id if place_entity else None
    if mention.type in (MEETING, VISIT):
        # Places do not visit or meet: "(SRV)" tagged as an organisation is still Vietnam.
        places = [p for p in participants if index.entities[p.entity_id].label == "LOC"]
        participants = [p for p in participants if p not in places] or participants
        place = place or (places[0].entity_id if places else None)
    if place and any(p.entity_id == place for p in participants) and not struck_target(
            mention.type, place, participants):
        participants = [p for p in participants if p.entity_id != place] or participants
    # One named meeting participant is none (a meeting needs two), unless it is a body
    # whose members meet ("Der Sicherheitsrat kam zu einer Sitzung zusammen"); none named
    # is a meeting stated by its noun ("bei einem Treffen in Luxemburg").
    if mention.type == MEETING and len(participants) == 1 and \
            index.entities[participants[0].entity_id].label != ORG and \
            not convened(mention):
        return None
    span = publication_span(publication)
    return ResolvedMention(mention, participants, place, resolved_time(mention),
                           span[0] if span else None, span[1] if span else None)


def convened(mention: EventMention) -> bool:
    """'X empfing die Freigelassenen', 'X berief den Krisenstab ein': the one who receives
    or convenes meets those received or convened, named or not."""
    lemma = mention.trigger.lemma.lower()
    return any(verb == lemma or verb.endswith(lemma) for verb in CONVENING_VERBS)


def times_overlap(a: TimeValue, b: TimeValue, slack_days: int = 1) -> bool:
    """Overlap at their precision, with a day of slack between two days (time zones split
    one arrival over two dates) — but never across the turn of a year."""
    if a.begin is None or b.begin is None:
        return True
    a_end, b_end = a.end or a.begin, b.end or b.begin
    if a.begin <= b_end and b.begin <= a_end:
        return True
    if DAY not in (a.precision, b.precision) or not slack_days:
        return False
    # Differences, not sums: a sum can leave the calendar at year 9999.
    near = (a.begin - b_end).days <= slack_days and (b.begin - a_end).days <= slack_days
    return near and {a.begin.year, a_end.year} == {b.begin.year, b_end.year}


def time_compatible(cluster: Cluster, member: ResolvedMention) -> bool:
    """Dated: its time overlaps every time of the event. Undated: some report of the event
    appeared within ``UNDATED_WINDOW_DAYS`` of its article, in the same year."""
    if member.time is not None:
        if not cluster.time_set and cluster.members and not _undated_joinable(cluster, member):
            return False
        return all(times_overlap(t, member.time) for t in cluster.times)
    return _undated_joinable(cluster, member)


def _undated_joinable(cluster: Cluster, member: ResolvedMention) -> bool:
    day = member.published_on_day
    if day is None:
        return False
    window = timedelta(days=UNDATED_WINDOW_DAYS)
    return any(abs(other - day) <= window and other.year == day.year
               for other in cluster.published)


def struck_target(event_type: str, place: str, participants: Sequence[Participant]) -> bool:
    """'griff Anlagen im Iran an': the country an attack strikes is its target and its place
    (struck_place_types)."""
    return event_type in STRUCK_PLACE_TYPES and any(
        p.entity_id == place and p.role == TARGET for p in participants)


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
    if cluster.type not in MERGE_WITHOUT_DATE and not cluster.times:
        return False
    if cluster.type == STATEMENT and member.mention.article_id in cluster.article_ids:
        # One article quotes a speaker several times on one day: each is its own statement.
        return False
    if cluster.type in AGENT_SPEAKS and other_agent_in_article(cluster, member):
        return False
    if called_off_beside_held(cluster, member):
        return False
    return (time_compatible(cluster, member)
            and participants_compatible(cluster.type, cluster, member)
            and places_compatible(cluster.places, member.place, entities, gazetteer))


def called_off_beside_held(cluster: Cluster, member: ResolvedMention) -> bool:
    """One article telling a called-off event and one that took place ("hatte den Besuch
    für vergangene Woche geplant, ihn aber abgesagt" beside "ist eingetroffen") tells two."""
    status = member.mention.status
    told = cluster.statuses.get(member.mention.article_id, set())
    return status in OPPOSED and bool((OPPOSED - {status}) & told)


OPPOSED = frozenset((CANCELLED, HAPPENED))


def opposed_statuses(one: ResolvedMention, other: ResolvedMention) -> bool:
    return {one.mention.status, other.mention.status} == OPPOSED


def other_agent_in_article(cluster: Cluster, member: ResolvedMention) -> bool:
    """The cluster holds a mention of the member's article whose agents are all others."""
    article = member.mention.article_id
    mine = {p.entity_id for p in member.participants if p.role == AGENT}
    if not mine or article not in cluster.article_ids:
        return False
    theirs = {p.entity_id for m in cluster.members if m.mention.article_id == article
              for p in m.participants if p.role == AGENT}
    return bool(theirs) and not mine & theirs


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
    return min(candidates, key=lambda c: (distance(c), -len(c.members), c.serial))


# --- candidate index -------------------------------------------------------------------

Bucket = tuple[object, ...]


def time_buckets(time: TimeValue) -> tuple[list[Bucket], list[Bucket]]:
    """Where a time is filed, and where to look for events it may overlap.

    Fine times (up to two months) are filed by month, coarser ones up to five years by year,
    the rest in one coarse bucket; a lookup covers the finer and coarser files its span
    reaches (a day slack at either end for time zones)."""
    assert time.begin is not None
    begin = _shifted(time.begin, -1)
    end = _shifted(time.end or time.begin, 1)
    months = [("m", y, m) for y, m in _months(begin, end)]
    years = [("y", y) for y in range(begin.year, end.year + 1)]
    coarse: list[Bucket] = [("c",)]
    span = (end - begin).days
    if span <= _FINE_SPAN_DAYS:
        return months, months + years + coarse
    if end.year - begin.year < _COARSE_SPAN_YEARS:
        return years, years + coarse + [("m", y, m) for y, m in _months(begin, end)]
    return coarse, coarse + years[:_COARSE_SPAN_YEARS]


def _months(begin: date, end: date) -> list[tuple[int, int]]:
    out = []
    year, month = begin.year, begin.month
    while (year, month) <= (end.year, end.month) and len(out) < 12 * _COARSE_SPAN_YEARS:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _shifted(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the calendar's ends (year 1, year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return day


def _publication_buckets(day: date) -> list[Bucket]:
    days = {_shifted(day, d) for d in range(-UNDATED_WINDOW_DAYS, UNDATED_WINDOW_DAYS + 1)}
    return [("p", d) for d in sorted(days)]


@dataclass
class ClusterIndex:
    """Events by (type, participant, bucket): a mention is compared only with events that
    share its type and a participant and whose time (or publication day) is near its own."""

    clusters: list[Cluster] = field(default_factory=list)
    by_key: dict[tuple[str, str, Bucket], list[Cluster]] = field(
        default_factory=lambda: defaultdict(list))

    def new_cluster(self, event_type: str) -> Cluster:
        cluster = Cluster(event_type, serial=len(self.clusters))
        self.clusters.append(cluster)
        return cluster

    def add(self, cluster: Cluster, member: ResolvedMention) -> None:
        people_before = set(cluster.principal)
        cluster.add(member)
        buckets: set[Bucket] = set()
        if member.time is not None:
            buckets.update(time_buckets(member.time)[0])
        if member.published_on_day is not None:
            buckets.add(("p", member.published_on_day))
        # New buckets under every participant; new participants under every bucket.
        pairs = [(e, b) for e in cluster.principal for b in buckets - cluster.buckets]
        pairs += [(e, b) for e in cluster.principal - people_before for b in cluster.buckets]
        cluster.buckets |= buckets
        for entity_id, bucket in pairs:
            key = (cluster.type, entity_id, bucket)
            if key not in cluster.filed:
                cluster.filed.add(key)
                self.by_key[key].append(cluster)

    def candidates(self, member: ResolvedMention) -> list[Cluster]:
        if member.time is not None:
            buckets = time_buckets(member.time)[1]
        elif member.published_on_day is not None:
            buckets = _publication_buckets(member.published_on_day)
        else:
            return []
        found: dict[int, Cluster] = {}
        for p in member.participants:
            for bucket in buckets:
                for cluster in self.by_key.get((member.mention.type, p.entity_id, bucket), ()):
                    found.setdefault(cluster.serial, cluster)
        return [found[k] for k in sorted(found)]


def is_headline(member: ResolvedMention) -> bool:
    """The article's first line when it reads as a headline (no closing full stop)."""
    sentence = member.mention.sentence
    return sentence.index == 0 and not sentence.text.rstrip().endswith((".", "!", "?"))


def explicit_time(member: ResolvedMention) -> bool:
    time = member.mention.time
    return time is not None and member.time is not None and time.anchor != "unresolved"


def dated_as_reaction(member: ResolvedMention) -> bool:
    """Dated only as a reaction on the publication day (see ``events.time``)."""
    return getattr(getattr(member.mention, "time", None), "anchor", "") == REACTION_ANCHOR


def headline_overrides(members: Sequence[ResolvedMention]) -> dict[int, ResolvedMention]:
    """Headline mentions that join the body's mention of the same event in the same article:
    id of the headline member → body member.

    A headline summarises its article in the present tense and without a date ("Macron
    ernennt Barnier zum Premierminister"); the body tells the same event with its day. An
    undated headline joins a dated body mention of its type that shares a participant; a
    dated one whose time contradicts the body's mention with the same participants yields
    to the body's more precise, consistent date."""
    body: dict[tuple[str, str], list[ResolvedMention]] = defaultdict(list)
    undated_body: dict[tuple[str, str], list[ResolvedMention]] = defaultdict(list)
    for m in members:
        if not is_headline(m):
            key = (m.mention.article_id, m.mention.type)
            (body if m.time is not None else undated_body)[key].append(m)
    overrides: dict[int, ResolvedMention] = {}
    for m in members:
        if not is_headline(m):
            continue
        # A day the headline took from the lead is no date of its own.
        undated = m.time is None or m.mention.time.anchor == NARRATIVE_ANCHOR
        mine = {p.entity_id for p in m.participants}
        # An undated headline's place may be the city of the body's venue ("Finale in
        # Berlin", "im Berliner Olympiastadion"): only a dated one must agree on it.
        same = [b for b in body.get((m.mention.article_id, m.mention.type), [])
                if not opposed_statuses(m, b)
                and (mine & {p.entity_id for p in b.participants} if undated
                    else mine == {p.entity_id for p in b.participants}
                    and not (m.place and b.place and m.place != b.place))]
        if not same and undated:
            # An undated headline naming no one the body names ("Bundesrat lässt Gesetz
            # passieren"): it summarises the body's only event of its type, if one; a
            # Plusquamperfekt tells background, not the news, and a reaction dated only by
            # the publication day has no day the text states.
            same = [b for b in body.get((m.mention.article_id, m.mention.type), [])
                    if not in_pluperfect(b.mention) and not opposed_statuses(m, b)
                    and not dated_as_reaction(b)][:2]
            same = same if len(same) == 1 else []
        if not same and undated:
            # Neither dated: the body's first mention of its type with a shared actor
            # ("Thyssenkrupp verkauft Stahlanteil" over "Thyssenkrupp verkauft 20 Prozent …").
            same = [b for b in undated_body.get((m.mention.article_id, m.mention.type), [])
                    if mine & {p.entity_id for p in b.participants}
                    and not opposed_statuses(m, b)][:1]
        if same and (undated or not any(times_overlap(m.time, b.time) for b in same)):
            overrides[id(m)] = min(same, key=lambda b: (
                -len(mine & {p.entity_id for p in b.participants}), precision_rank(b.time),
                b.mention.sentence.start))
    return overrides


def cluster_mentions(
    members: Iterable[ResolvedMention], entities: Mapping[str, Entity], gazetteer: Gazetteer
) -> list[Cluster]:
    members = list(members)
    overrides = headline_overrides(members)
    ordered = sorted(members, key=lambda m: (id(m) in overrides, precision_rank(m.time),
                                             m.mention.article_id, m.mention.sentence.start,
                                             m.mention.trigger.start))
    index = ClusterIndex()
    cluster_of: dict[int, Cluster] = {}
    # The same sentence in several articles (agency copy) states one event, whatever its type.
    by_copy: dict[tuple[str, str, int], Cluster] = {}
    # Mentions without any actor (an earthquake told in the headline, the lead and a
    # detail sentence) share no participant to meet by: in one article, those of one type
    # at compatible times are one event.
    actorless: dict[tuple[str, str], Cluster] = {}
    for member in ordered:
        body = overrides.get(id(member))
        if body is not None and id(body) in cluster_of:
            # The headline's day yields to the body's; kept as stated only if both explicit.
            member.stated_time_kept = explicit_time(member) and explicit_time(body)
            member.time = None
            index.add(cluster_of[id(body)], member)
            continue
        copy_key = syndicated_copy_key(member.mention)
        cluster = by_copy.get(copy_key)
        if cluster is not None and not time_compatible(cluster, member):
            cluster = None
        roleless_key = (member.mention.article_id, member.mention.type)
        if cluster is None and cluster_type_roleless(member) and names_no_actor(member, entities):
            cluster = actorless.get(roleless_key)
            if cluster is not None and member.time is not None and not all(
                    times_overlap(t, member.time) for t in cluster.times):
                cluster = None
        if cluster is None:
            candidates = [c for c in index.candidates(member)
                          if compatible(c, member, entities, gazetteer)]
            cluster = best_cluster(candidates, member) if candidates else None
        if cluster is None:
            cluster = index.new_cluster(member.mention.type)
        index.add(cluster, member)
        cluster_of[id(member)] = cluster
        by_copy.setdefault(copy_key, cluster)
        if cluster_type_roleless(member) and names_no_actor(member, entities):
            actorless.setdefault(roleless_key, cluster)
    return index.clusters


def names_no_actor(member: ResolvedMention, entities: Mapping[str, Entity]) -> bool:
    """No actor, or only places (the region a disaster struck, its victim): such mentions
    tell no two events of their type in one article apart."""
    return all(p.entity_id in entities and entities[p.entity_id].label == LOC
               for p in member.participants)


def cluster_type_roleless(member: ResolvedMention) -> bool:
    return member.mention.type in ROLELESS_TYPES


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
    """Each entity once, in its most specific role: a plain 'participant' (a headline's
    "X scheitert an Y") yields to 'loser' or any other role a member gives it; among
    equally specific roles, the one most members give it (the later one on a tie)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    order: dict[tuple[str, str], int] = {}
    counts: Counter[str] = Counter()
    for position, member in enumerate(cluster.members):
        for p in member.participants:
            counts[p.entity_id] += 1
            votes[p.entity_id][p.role] += 1
            order[(p.entity_id, p.role)] = position
    roles = {entity: min(given, key=lambda r: (ROLE_RANK.get(r, 3), -given[r],
                                                -order[(entity, r)]))
             for entity, given in votes.items()}
    return [Participant(e, roles[e]) for e in sorted(roles, key=lambda e: (-counts[e], e))]


def one_office_per_post(participants: list[Participant], cluster: Cluster,
                        entities: Mapping[str, Entity]) -> list[Participant]:
    """'X ist neuer Bundeskanzler' and 'Y ernannte X zum Kanzler' merged: an office word and
    a compound ending in it ('Bundeskanzler') name one office. The office of the member
    that states the event most fully (with the most participants) stays, as written there;
    on a tie both stay."""
    fullness: Counter[str] = Counter()
    for member in cluster.members:
        for p in member.participants:
            if p.role == OFFICE:
                fullness[p.entity_id] = max(fullness[p.entity_id], len(member.participants))
    names = {p.entity_id: entities[p.entity_id].name.lower() for p in participants
             if p.role == OFFICE and p.entity_id in entities}
    dropped = {a for a in names for b in names
               if a != b and names[a] != names[b] and (names[a].endswith(names[b])
                                                       or names[b].endswith(names[a]))
               and fullness[a] < fullness[b]}
    return [p for p in participants if p.entity_id not in dropped or p.role != OFFICE]


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
        trigger_start=m.trigger_span()[0],
        trigger_end=m.trigger_span()[1],
        time_text=m.time.text if m.time else "",
    )


def independent_members(cluster: Cluster,
                        duplicates: Mapping[str, str]) -> list[ResolvedMention]:
    """Members from one article per group of near-identical articles (the smallest id
    among those reporting the event): copies of a text are one source."""
    chosen: dict[str, str] = {}
    for member in cluster.members:
        article = member.mention.article_id
        group = duplicates.get(article, article)
        if group not in chosen or article < chosen[group]:
            chosen[group] = article
    kept = set(chosen.values())
    return [m for m in cluster.members if m.mention.article_id in kept]


def unique_sources(members: Iterable[ResolvedMention]) -> list[SourceSentence]:
    """One source per sentence (two event words in one sentence are one statement)."""
    by_sentence: dict[tuple[str, int], SourceSentence] = {}
    for source in sorted({source_sentence(m) for m in members},
                         key=lambda s: (s.article_id, s.start, s.trigger_start)):
        by_sentence.setdefault((source.article_id, source.sentence_index), source)
    return list(by_sentence.values())


def event_from_cluster(
    cluster: Cluster, entities: Mapping[str, Entity], gazetteer: Gazetteer,
    duplicates: Mapping[str, str] | None = None,
) -> Event:
    participants = one_office_per_post(merged_participants(cluster), cluster, entities)
    place = merged_place(cluster, entities, gazetteer)
    time = merged_time(cluster)
    members = independent_members(cluster, duplicates or {})
    sources = unique_sources(members)
    # Every time as stated, unresolved ones included ("am Dienstag" in an undated article),
    # except a headline's day the body overruled without both being explicit.
    stated = sorted({(m.mention.article_id, m.mention.time.time) for m in members
                     if m.mention.time and m.stated_time_kept
                     and not m.mention.time.time.on_or_before},
                    key=lambda p: (p[0], p[1].value))
    if time is None:
        time = next((t for _, t in stated if not t.resolved), None) or earliest_bound(cluster)
    names = [entities[p.entity_id].name for p in participants[:3]]
    # An event without participants (an accident, a statement by "die Polizei") is
    # labelled by its type and place alone.
    label = type_label(cluster.type) + (f": {', '.join(names)}" if names else "")
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
    publication_dates: Mapping[str, Publication],
    gazetteer: Gazetteer,
) -> tuple[list[ResolvedMention], list[Cluster]]:
    """Event mentions with their entities resolved, and grouped into events."""
    resolved = [
        r for m in mentions
        if (r := resolve_mention(m, index, publication_dates.get(m.article_id))) is not None
    ]
    return resolved, fold_unnamed_restatements(
        cluster_mentions(resolved, index.entities, gazetteer))


def fold_unnamed_restatements(clusters: list[Cluster]) -> list[Cluster]:
    """'Die Ermittler werfen ihm vor …' after 'Die Staatsanwaltschaft wirft X vor …': a
    mention without any named actor restates the one event of its type with named actors
    in its article (at a compatible time and place, with the same status); with two or
    more such events it cannot be told which, and it stays an event of its own. Not for
    statements (many and alike in one article) nor accidents and disasters (merged by
    their own rule)."""
    named: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.principal:
            for article_id in cluster.article_ids:
                named[(article_id, cluster.type)].append(cluster)
    kept = []
    for cluster in clusters:
        target = restated_cluster(cluster, named)
        if target is None:
            kept.append(cluster)
            continue
        for member in cluster.members:
            target.add(member)
    return kept


def restated_cluster(cluster: Cluster, named: Mapping[tuple[str, str], list[Cluster]]
                     ) -> Cluster | None:
    if cluster.principal or cluster.type in (*ROLELESS_TYPES, STATEMENT) \
            or len(cluster.article_ids) != 1:
        return None
    article_id = next(iter(cluster.article_ids))
    found = named.get((article_id, cluster.type), [])
    if len(found) != 1:
        return None
    # A planned or called-off mention is no restatement of one that happened, nor one
    # at another place ("In Berlin demonstrierten 100.000 Menschen").
    statuses = {m.mention.status for m in found[0].members}
    if not all((time_compatible(found[0], member) or member.time is None)
               and member.mention.status in statuses
               and (not member.place or not found[0].stated_places
                    or member.place in found[0].stated_places)
               for member in cluster.members):
        return None
    return found[0]


def merge_events(
    mentions: Iterable[EventMention],
    index: EntityIndex,
    publication_dates: Mapping[str, Publication],
    gazetteer: Gazetteer | None = None,
    duplicates: Mapping[str, str] | None = None,
) -> list[Event]:
    """Merge event mentions from all articles into events with provenance.

    ``publication_dates`` maps article ids to a date or a ``PublicationDate`` (whose
    precision bounds the window an undated mention may merge in); ``duplicates`` maps
    article ids to the representative of their group of near-identical texts
    (``graphkit.merge.duplicates.duplicate_groups``), so that copies count once. Pure: the
    same mentions give the same events, whatever was merged before.
    """
    gazetteer = gazetteer or load_gazetteer()
    if duplicates:
        # A copy of another article's text adds no source and no event of its own.
        mentions = [m for m in mentions if duplicates.get(m.article_id, m.article_id)
                    == m.article_id]
    resolved, clusters = resolved_clusters(mentions, index, publication_dates, gazetteer)
    events = [event_from_cluster(c, index.entities, gazetteer, duplicates) for c in clusters]
    return sorted(events, key=event_sort_key)


def event_sort_key(event: Event) -> tuple[str, str, str]:
    begin = event.time.begin.isoformat() if event.time and event.time.begin else "9999"
    return (begin, event.type, event.id)


def cluster_time_pairs(
    mentions: Iterable[EventMention],
    index: EntityIndex,
    publication_dates: Mapping[str, Publication],
    gazetteer: Gazetteer | None = None,
) -> dict[str, list[tuple[EventMention, TimeValue]]]:
    """Evidence for dating undated articles from dated reports of the same events.

    ``publication_dates`` should hold only stated dates (a date is never inferred from
    another inferred one). Returns, per undated article, its relative event times paired
    with the time each event they may denote has in the dated articles. Dated events are
    indexed by (type, participant); an undated mention is compared only with those.
    """
    gazetteer = gazetteer or load_gazetteer()
    mentions = list(mentions)
    dated_mentions = [m for m in mentions if publication_dates.get(m.article_id)]
    _, clusters = resolved_clusters(dated_mentions, index, publication_dates, gazetteer)
    by_key: dict[tuple[str, str], list[tuple[Cluster, TimeValue]]] = defaultdict(list)
    for serial, cluster in enumerate(clusters):
        known = merged_time(cluster)
        if known is None or known.begin is None:
            continue
        cluster.serial = serial
        for entity_id in cluster.principal:
            by_key[(cluster.type, entity_id)].append((cluster, known))
    pairs: dict[str, list[tuple[EventMention, TimeValue]]] = defaultdict(list)
    for mention in mentions:
        timex = mention.time
        if publication_dates.get(mention.article_id) or timex is None or not timex.relative \
                or timex.time.resolved:
            continue
        member = resolve_mention(mention, index, None)
        if member is None:
            continue
        found: dict[int, tuple[Cluster, TimeValue]] = {}
        for p in member.participants:
            for cluster, known in by_key.get((mention.type, p.entity_id), ()):
                found.setdefault(cluster.serial, (cluster, known))
        # Every dated event it could be is a candidate; the inference keeps what agrees.
        for serial in sorted(found):
            cluster, known = found[serial]
            if participants_compatible(cluster.type, cluster, member) and places_compatible(
                    cluster.places, member.place, index.entities, gazetteer):
                pairs[mention.article_id].append((mention, known))
    return pairs
