"""Plain data passed between the pipeline stages.

Every stage takes and returns these dataclasses; none of them knows RDF, HTML or the
terminal. Character offsets always refer to ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

# Entity labels (GermEval-style outer level).
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
ENTITY_LABELS = (PER, ORG, LOC, MISC)

# Precision of a time value, finest first.
DAY, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY = (
    "day", "week", "month", "season", "quarter", "half-year", "year", "decade", "century",
)
PRECISIONS = (DAY, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY)

# How an article's publication date became known.
DATE_FROM_METADATA = "metadata"      # .jsonl field
DATE_FROM_OPTION = "option"          # --date FILE=YYYY-MM-DD
DATE_FROM_DATELINE = "dateline"      # a stamp in the text ("18.06.2024 10:25")
DATE_INFERRED = "inferred"           # from other articles on the same event
STATED_DATE_SOURCES = (DATE_FROM_METADATA, DATE_FROM_OPTION, DATE_FROM_DATELINE)

# Event status.
HAPPENED, PLANNED, REPORTED, CANCELLED = "happened", "planned", "reported", "cancelled"
STATUSES = (HAPPENED, PLANNED, REPORTED, CANCELLED)

# Modifier of a time known only as an upper bound (TIMEX3 mod="ON_OR_BEFORE").
ON_OR_BEFORE = "ON_OR_BEFORE"

# Event types (concepts of the graphkit event-type scheme, see ontologies/graphkit.ttl and
# graphkit/data/events/types.json, which a test keeps equal to these constants).
MEETING = "Meeting"
VISIT = "Visit"
AGREEMENT = "Agreement"
STATEMENT = "Statement"
PUBLICATION = "Publication"
MILITARY_ACTION = "MilitaryAction"
ACCUSATION = "Accusation"
ELECTION = "Election"
APPOINTMENT = "Appointment"
RESIGNATION = "Resignation"
DISMISSAL = "Dismissal"
NOMINATION = "Nomination"
COURT_RULING = "CourtRuling"
CHARGE = "Charge"
ARREST = "Arrest"
SENTENCE = "Sentence"
PROTEST = "Protest"
STRIKE = "Strike"
SANCTION = "Sanction"
AID = "Aid"
THREAT = "Threat"
ACCIDENT = "Accident"
DISASTER = "Disaster"
DEATH = "Death"
ACQUISITION = "Acquisition"
MERGER = "Merger"
SPIN_OFF = "SpinOff"
INSOLVENCY = "Insolvency"
LAYOFFS = "Layoffs"
AWARD = "Award"
MATCH = "Match"
LAUNCH = "Launch"
LEGISLATION = "Legislation"
CANCELLATION = "Cancellation"
# Types that need no human actor: an earthquake, a flood, a fire, a crash is an event with
# its place and time alone.
ROLELESS_TYPES = (ACCIDENT, DISASTER)
# Types kept with empty roles when their actor is unnamed ("Drei Menschen starben", "Die
# Polizei sprach von …", "Die Veranstaltungen wurden abgesagt", "bei einem Treffen in
# Luxemburg"): the event is stated, its actor is none that a graph can name.
UNNAMED_ACTOR_TYPES = (STATEMENT, PROTEST, CANCELLATION, DEATH, ARREST, MEETING)
EVENT_TYPES = (
    MEETING, VISIT, AGREEMENT, STATEMENT, PUBLICATION, MILITARY_ACTION,
    ACCUSATION, ELECTION, APPOINTMENT, RESIGNATION, DISMISSAL, NOMINATION,
    COURT_RULING, CHARGE, ARREST, SENTENCE, PROTEST, STRIKE,
    SANCTION, AID, THREAT, ACCIDENT, DISASTER, DEATH,
    ACQUISITION, MERGER, SPIN_OFF, INSOLVENCY, LAYOFFS, AWARD,
    MATCH, LAUNCH, LEGISLATION, CANCELLATION,
)

# Participant roles (concepts of the graphkit role scheme).
AGENT = "agent"
VISITOR = "visitor"
HOST = "host"
SPEAKER = "speaker"
TARGET = "target"
PARTICIPANT = "participant"
SIGNATORY = "signatory"
ADDRESSEE = "addressee"
WINNER = "winner"
CANDIDATE = "candidate"
OFFICE = "office"
PERSON = "person"
ORGANISATION = "organisation"
PREDECESSOR = "predecessor"
SUCCESSOR = "successor"
COURT = "court"
PLAINTIFF = "plaintiff"
DEFENDANT = "defendant"
EMPLOYER = "employer"
RECIPIENT = "recipient"
VICTIM = "victim"
BUYER = "buyer"
ACQUIRED = "acquired"
SELLER = "seller"
PARENT = "parent"
SPUN_OFF = "spun_off"
COMPANY = "company"
AWARD_ROLE = "award"  # the prize (the event type is AWARD)
WORK = "work"
LOSER = "loser"
PRODUCT = "product"
LAW = "law"
ROLES = (
    AGENT, VISITOR, HOST, SPEAKER, TARGET, PARTICIPANT, SIGNATORY,
    ADDRESSEE, WINNER, CANDIDATE, OFFICE, PERSON, ORGANISATION, PREDECESSOR,
    SUCCESSOR, COURT, PLAINTIFF, DEFENDANT, EMPLOYER, RECIPIENT, VICTIM,
    BUYER, ACQUIRED, SELLER, PARENT, SPUN_OFF, COMPANY, AWARD_ROLE,
    WORK, LOSER, PRODUCT, LAW,
)


# Precisions a publication date may have ("2024-11-05", "2024-11", "2024").
PUBLICATION_PRECISIONS = (DAY, MONTH, YEAR)


@dataclass(frozen=True)
class PublicationDate:
    """When an article appeared. ``value`` is the first day of the period the date names:
    a month-precise "2024-11" is ``date(2024, 11, 1)`` with ``precision`` MONTH, never a
    claim that it appeared on the 1st."""

    value: date
    how: str                    # one of DATE_FROM_* / DATE_INFERRED
    evidence: str = ""          # the dateline, the option, or what it was inferred from
    precision: str = DAY        # one of PUBLICATION_PRECISIONS
    confidence: float | None = None   # inferred dates only: share of agreeing evidence

    @property
    def inferred(self) -> bool:
        return self.how == DATE_INFERRED

    @property
    def last(self) -> date:
        """The last day of the period the date names."""
        if self.precision == YEAR:
            return date(self.value.year, 12, 31)
        if self.precision == MONTH:
            following = date(self.value.year + self.value.month // 12,
                             self.value.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return self.value

    @property
    def text(self) -> str:
        """ISO text at its precision: "2024-11-05", "2024-11" or "2024"."""
        if self.precision == YEAR:
            return f"{self.value.year:04d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True)
class Article:
    id: str                     # stable, unique in a build (file stem, or stem#line for .jsonl)
    path: str                   # file it came from
    title: str
    text: str                   # kept text, title first; all offsets point into it
    url: str | None = None
    source: str | None = None   # publisher / agency as given or found
    published: PublicationDate | None = None


@dataclass(frozen=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeValue:
    """A normalised time: TIMEX3 value plus the days it covers.

    ``begin``/``end`` are the first and last day covered (both ``None`` when the value
    could not be resolved, e.g. a weekday without a reference date). ``is_range`` marks
    explicit ranges ("am Dienstag und Mittwoch", "vom 18. bis 20. Juni"); a month or a
    year is not a range but has begin < end through its precision.
    """

    value: str                  # "2024-06-18", "2024-06", "2000", "2024-W24", "198X", "P2D", ...
    precision: str              # one of PRECISIONS
    begin: date | None = None
    end: date | None = None
    is_range: bool = False
    # ON_OR_BEFORE: the text gives no time; only an upper bound is known (the article's
    # publication date); ``begin`` is then None and ``end`` that date.
    mod: str = ""

    @property
    def on_or_before(self) -> bool:
        return self.mod == ON_OR_BEFORE

    @property
    def resolved(self) -> bool:
        return self.begin is not None or self.end is not None


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in text."""

    start: int                  # offsets into the text given to the tagger
    end: int
    text: str
    type: str                   # "DATE" | "TIME" | "DURATION" | "SET"
    time: TimeValue
    anchor: str = "absolute"    # "absolute" | "publication" | "narrative" | "unresolved"
    # Added by the temporal tagger (defaults keep older callers working):
    direction: str = ""         # tense used to resolve it: "future" | "past" | "present" | ""
    relative: str = ""          # how to re-resolve a relative expression against another
                                # reference date, e.g. "WD3@MO" (Wednesday morning), "D-1",
                                # "Y-24", "MON3"; "" for absolute expressions
    mod: str = ""               # TIMEX mod: "START" | "MID" | "END" | "APPROX" | ""


@dataclass(frozen=True)
class EntityMention:
    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    label: str                  # PER | ORG | LOC | MISC
    kb_id: str | None = None    # gazetteer id (a Wikidata QID) when the gazetteer matched
    source: str = "model"       # "gazetteer" | "model" | "rule"


@dataclass(frozen=True)
class Token:
    """One word as the nlp stage saw it (offsets into Article.text)."""

    start: int
    end: int
    text: str
    lemma: str
    tag: str                    # STTS tag as the tagger writes it, e.g. "NN", "VV(FIN)"
    # From a parser/morphologiser when the pipeline has one ("" / -1 without):
    pos: str = ""               # UPOS, e.g. "PROPN"
    morph: str = ""             # UD features, e.g. "Case=Nom|Number=Sing"
    dep: str = ""               # UD relation to the head, e.g. "nsubj", "obj", "obl"
    head: int = -1              # index of the head in the sentence's tokens (root: itself)


@dataclass
class AnalysedSentence:
    sentence: Sentence
    tokens: list[Token] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)


@dataclass
class AnalysedArticle:
    """The nlp stage's output for one article: sentences with tokens and entity mentions."""

    article: Article
    sentences: list[AnalysedSentence] = field(default_factory=list)


@dataclass
class Entity:
    id: str                     # stable slug used in IRIs, e.g. "wladimir-putin"
    name: str                   # canonical label
    label: str                  # PER | ORG | LOC | MISC
    aliases: list[str] = field(default_factory=list)   # every spelling seen, plus gazetteer aliases
    wikidata: str | None = None
    kind: str | None = None     # finer type from the gazetteer: "country", "city", "person", ...
    mention_count: int = 0


@dataclass(frozen=True)
class Participant:
    entity_id: str
    role: str                   # one of ROLES


@dataclass(frozen=True)
class SourceSentence:
    """Provenance: one sentence of one article that states an event."""

    article_id: str
    sentence_index: int
    start: int                  # sentence offsets in Article.text
    end: int
    text: str
    trigger_start: int          # offsets of the event word(s) in Article.text
    trigger_end: int
    time_text: str = ""         # the temporal expression as written, if any


@dataclass
class EventMention:
    """One event as stated in one sentence, before entities are resolved and events merged."""

    article_id: str
    type: str
    sentence: Sentence
    trigger: Token
    actors: list[tuple[EntityMention, str]] = field(default_factory=list)  # (mention, role)
    place: EntityMention | None = None
    time: Timex | None = None
    status: str = HAPPENED
    ordinal: int | None = None
    # The noun of a light-verb trigger ("Insolvenz" of "Insolvenz anmelden"): the event's
    # words run from the first of noun and verb to the last.
    trigger_noun: Token | None = None
    # The place came from the article's dateline, not from the event's own sentence.
    place_from_dateline: bool = False

    def trigger_span(self) -> tuple[int, int]:
        noun = self.trigger_noun
        if noun is None:
            return self.trigger.start, self.trigger.end
        return min(noun.start, self.trigger.start), max(noun.end, self.trigger.end)


@dataclass
class Event:
    id: str                     # stable slug derived from content
    type: str                   # one of EVENT_TYPES
    label: str                  # short human label, e.g. "Treffen: Wladimir Putin, Kim Jong Un"
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None    # entity id
    time: TimeValue | None = None
    status: str = HAPPENED
    sources: list[SourceSentence] = field(default_factory=list)
    ordinal: int | None = None  # "zweiter Besuch" → 2
    # Every distinct time stated for the event, with the article that said it
    # (kept when sources disagree: "Dienstagabend" vs "am frühen Mittwoch").
    stated_times: list[tuple[str, TimeValue]] = field(default_factory=list)

    @property
    def support(self) -> int:
        """Number of distinct articles that report the event."""
        return len({s.article_id for s in self.sources})


@dataclass(frozen=True)
class PositionMention:
    """A person's post at an organisation as one sentence states it: 'Siemens-Chef Joe
    Kaeser', 'Anna Berg, Vorsitzende des Verbands X,'. A state, not an event."""

    article_id: str
    sentence: Sentence
    person: EntityMention
    organisation: EntityMention
    post: Token                 # the post word ("Siemens-Chef" holds the post "Chef")
    post_name: str              # the post as a word of its own, e.g. "Chef", "Vorsitzende"


@dataclass
class Position:
    """A post a person holds at an organisation, with every sentence that says so."""

    id: str                     # stable slug: person, organisation and post
    label: str                  # short human label, e.g. "Roland Busch: Chef, Siemens"
    person: str                 # entity ids
    organisation: str
    post: str                   # "Chef", "Vorstandsvorsitzende", as the articles name it
    sources: list[SourceSentence] = field(default_factory=list)

    @property
    def support(self) -> int:
        """Number of distinct articles that state the position."""
        return len({s.article_id for s in self.sources})


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass
class KnowledgeGraph:
    """What a build produces, before it becomes RDF (and what is read back from RDF)."""

    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
