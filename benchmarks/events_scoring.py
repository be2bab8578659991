"""Scoring of extracted events against gold events: the development set and DFKI SmartData.

Shared by ``benchmarks/events_eval.py`` (tables) and ``tests/test_quality_floors.py`` (the
gate). Gold and system events are reduced to the same plain records (``GoldEvent``,
``SystemEvent``) so the scoring itself knows nothing about graphkit; ``system_events`` is
the one adapter from a graphkit ``KnowledgeGraph``.

Matching rules (documented in ``benchmarks/data/events_dev/README.md``):
- an event matches when article and type agree and one of the system event's source
  sentences overlaps the gold sentence (or one of the gold event's ``also`` sentences) by at
  least half of the shorter of the two; one system event matches at most one gold event;
- a role value matches when, after normalisation (case-folded, articles dropped, declension
  endings stripped), the names are equal or one name contains the other's head token (a
  person's surname, an organisation's last word); entity aliases count as names.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEV_DIR = Path(__file__).resolve().parent / "data" / "events_dev"
FLOORS = Path(__file__).resolve().parent / "floors.json"
PLACE = "place"
STATUSES = ("happened", "planned", "reported", "cancelled")
PRECISIONS = ("day", "week", "month", "year")

# The event types the gold annotates and each type's roles (the table agreed for issue 9).
EVENT_ROLES: dict[str, tuple[str, ...]] = {
    "Meeting": ("participant",), "Visit": ("visitor", "host"), "Agreement": ("signatory",),
    "Statement": ("speaker", "addressee"), "Publication": ("agent",),
    "MilitaryAction": ("agent", "target"), "Accusation": ("agent", "target"),
    "Election": ("winner", "candidate", "office"),
    "Appointment": ("person", "office", "organisation", "agent", "predecessor"),
    "Resignation": ("person", "office", "organisation", "successor"),
    "Dismissal": ("person", "office", "organisation", "agent", "successor"),
    "Nomination": ("person", "office", "agent"),
    "CourtRuling": ("court", "plaintiff", "defendant"), "Charge": ("agent", "defendant"),
    "Arrest": ("agent", "person"), "Sentence": ("court", "defendant"),
    "Protest": ("agent", "target"), "Strike": ("agent", "employer"),
    "Sanction": ("agent", "target"), "Aid": ("agent", "recipient"),
    "Threat": ("agent", "target"), "Accident": ("participant", "victim"),
    "Disaster": ("victim",), "Death": ("person",),
    "Acquisition": ("buyer", "acquired", "seller"), "Merger": ("participant",),
    "SpinOff": ("parent", "spun_off"), "Insolvency": ("company",), "Layoffs": ("company",),
    "Award": ("winner", "award", "work", "agent"), "Match": ("participant", "winner", "loser"),
    "Launch": ("agent", "product"), "Legislation": ("agent", "law"),
    "Cancellation": ("agent", "target"),
}

ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "eines", "the"}
# Longest first: "europäischen" and "europäische" both become "europäisch".
ENDINGS = ("es", "en", "er", "em", "s", "n", "e")
ROMAN = re.compile(r"^[ivxlc]+$")
WORD = re.compile(r"[^\W_]+")  # hyphens split: "Deutsche-Bank" is "Deutsche Bank"


# --- records ---------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldTime:
    value: str = ""             # "2024-11-06", "2024-11", "2024", "2024-W41"
    precision: str = ""         # day | week | month | year
    on_or_before: str = ""      # the bound (publication date) when the text gives no time


@dataclass
class GoldEvent:
    article: str
    id: str
    type: str
    sentences: list[str]        # the main sentence first, then the ``also`` sentences
    trigger: list[str]
    roles: dict[str, list[str]]
    place: list[str]
    time: GoldTime | None
    status: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # set against a text


@dataclass
class SystemEvent:
    article: str
    type: str
    spans: list[tuple[int, int]]            # source sentences (or triggers) in that article
    roles: dict[str, list[list[str]]]       # role -> one list of names per participant
    place: list[list[str]] = field(default_factory=list)
    time_value: str = ""
    time_precision: str = ""
    on_or_before: str = ""                  # ISO bound when the time is "on or before"
    status: str = "happened"


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_time(record: Mapping | None) -> GoldTime | None:
    if not record:
        return None
    if "on_or_before" in record:
        return GoldTime(on_or_before=record["on_or_before"])
    return GoldTime(record["value"], record["precision"])


def as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def load_gold(path: Path = DEV_DIR / "gold.jsonl") -> list[GoldEvent]:
    return [
        GoldEvent(
            article=r["article"], id=r["event"], type=r["type"],
            sentences=[r["sentence"], *r.get("also", [])], trigger=as_list(r["trigger"]),
            roles={k: as_list(v) for k, v in r["roles"].items()}, place=as_list(r["place"]),
            time=gold_time(r["time"]), status=r["status"],
        )
        for r in load_jsonl(path)
    ]


def gold_problems(records: Iterable[Mapping], texts: Mapping[str, str]) -> list[str]:
    """What is wrong with gold records (``texts``: article id -> title + text): unknown
    types or roles, sentences or triggers not in the text, malformed times or statuses."""
    problems = []
    for r in records:
        where = r.get("event", "?")
        text = texts.get(r.get("article", ""))
        if text is None:
            problems.append(f"{where}: unknown article {r.get('article')!r}")
            continue
        roles = EVENT_ROLES.get(r.get("type", ""))
        if roles is None:
            problems.append(f"{where}: unknown type {r.get('type')!r}")
            continue
        problems += [f"{where}: {r['type']} has no role {role!r}"
                     for role in r["roles"] if role not in roles]
        for sentence in [r["sentence"], *r.get("also", [])]:
            if sentence not in text:
                problems.append(f"{where}: sentence not in the article: {sentence[:50]!r}")
        problems += [f"{where}: trigger {t!r} not in its sentence"
                     for t in as_list(r["trigger"]) if t not in r["sentence"]]
        if r["status"] not in STATUSES:
            problems.append(f"{where}: status {r['status']!r}")
        time = r.get("time")
        if time and "on_or_before" not in time and time.get("precision") not in PRECISIONS:
            problems.append(f"{where}: time {time!r}")
    return problems


# --- names -----------------------------------------------------------------------------

def name_tokens(name: str) -> list[str]:
    tokens = [t for t in WORD.findall(name.casefold()) if t not in ARTICLES]
    return [strip_ending(t) for t in tokens]


def strip_ending(token: str) -> str:
    for ending in ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            return token[: -len(ending)]
    return token


def head_token(tokens: Sequence[str]) -> str:
    """The last real word: a surname, an organisation's head ("Felipe VI." -> "felipe")."""
    for token in reversed(tokens):
        if len(token) >= 3 and not ROMAN.match(token):
            return token
    return tokens[-1] if tokens else ""


def names_match(gold: str, system_names: Iterable[str]) -> bool:
    gold_tokens = name_tokens(gold)
    if not gold_tokens:
        return False
    gold_head = head_token(gold_tokens)
    for name in system_names:
        tokens = name_tokens(name)
        if not tokens:
            continue
        if tokens == gold_tokens or gold_head in tokens or head_token(tokens) in gold_tokens:
            return True
    return False


# --- spans -----------------------------------------------------------------------------

def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least half the shorter span (sentence splitters disagree at colons)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = max(1, min(a[1] - a[0], b[1] - b[0]))
    return shared > 0 and shared * 2 >= shorter


def locate(sentence: str, text: str) -> tuple[int, int] | None:
    start = text.find(sentence)
    if start < 0:
        # The ingest may re-join whitespace; compare on single spaces.
        squeezed = " ".join(sentence.split())
        pattern = r"\s+".join(re.escape(w) for w in squeezed.split(" "))
        found = re.search(pattern, text)
        return (found.start(), found.end()) if found else None
    return start, start + len(sentence)


def set_gold_spans(gold: Iterable[GoldEvent], texts: Mapping[str, str]) -> list[str]:
    """Place each gold sentence in its article's text; return the sentences not found."""
    missing = []
    for event in gold:
        event.spans = []
        for sentence in event.sentences:
            span = locate(sentence, texts.get(event.article, ""))
            if span is None:
                missing.append(f"{event.id}: {sentence[:60]}")
            else:
                event.spans.append(span)
    return missing


# --- system events from a graphkit graph ------------------------------------------------

def time_fields(time) -> tuple[str, str, str]:
    """(value, precision, on-or-before bound) of a graphkit TimeValue (or None).

    The upper-bound marking is read from ``TimeValue.on_or_before`` or ``mod`` so that the
    scorer works before and after the extractor learns it.
    """
    if time is None:
        return "", "", ""
    before = bool(getattr(time, "on_or_before", False)) or \
        str(getattr(time, "mod", "")).upper() in {"ON_OR_BEFORE", "BEFORE"}
    if before:
        bound = getattr(time, "end", None) or getattr(time, "begin", None)
        value = bound.isoformat() if isinstance(bound, date) else str(time.value).lstrip(".<")
        return "", "", value
    return str(time.value), str(time.precision), ""


def system_events(graph, article_ids: Mapping[str, str] | None = None,
                  use_triggers: bool = False) -> list[SystemEvent]:
    """One ``SystemEvent`` per (event, article) pair: a merged event reported by two
    articles is scored in each. ``article_ids`` maps graphkit ids to benchmark ids."""
    article_ids = article_ids or {}
    entities = {e.id: [e.name, *e.aliases] for e in graph.entities}
    result = []
    for event in graph.events:
        by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for source in event.sources:
            span = (source.trigger_start, source.trigger_end) if use_triggers else \
                (source.start, source.end)
            by_article[source.article_id].append(span)
        roles: dict[str, list[list[str]]] = defaultdict(list)
        for participant in event.participants:
            roles[participant.role].append(entities.get(participant.entity_id,
                                                        [participant.entity_id]))
        place = [entities.get(event.place, [event.place])] if event.place else []
        value, precision, before = time_fields(event.time)
        status = "cancelled" if event.status == "negated" else event.status
        for article, spans in by_article.items():
            result.append(SystemEvent(
                article=article_ids.get(article, article), type=event.type, spans=spans,
                roles=dict(roles), place=place, time_value=value, time_precision=precision,
                on_or_before=before, status=status,
            ))
    return result


def system_positions(graph) -> list[SystemEvent]:
    """One ``SystemEvent`` of type Position per (position, article): the post word as its
    trigger, the person, the organisation and the post as its roles. Memberships ('Olaf
    Scholz (SPD)', 'SPD-Politiker') lead nothing, so they answer no leadership relation."""
    from graphkit.events.positions import post_words

    entities = {e.id: [e.name, *e.aliases] for e in graph.entities}
    result = []
    for position in getattr(graph, "positions", []):
        if post_words().is_membership(position.post):
            continue
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for source in position.sources:
            spans[source.article_id].append((source.trigger_start, source.trigger_end))
        roles = {"person": [entities.get(position.person, [position.person])],
                 "organisation": [entities.get(position.organisation,
                                               [position.organisation])],
                 "office": [[position.post]]}
        result += [SystemEvent(article=article, type=POSITION, spans=found, roles=roles)
                   for article, found in spans.items()]
    return result


# --- matching --------------------------------------------------------------------------

Compatible = Mapping[str, Iterable[str]]   # gold type -> system types that count for it


def role_hits(gold: GoldEvent, system: SystemEvent) -> int:
    return sum(
        any(names_match(value, names) for names in system.roles.get(role, []))
        for role, values in gold.roles.items() for value in values
    )


def match_events(
    gold: Sequence[GoldEvent], system: Sequence[SystemEvent], compatible: Compatible | None = None
) -> list[tuple[GoldEvent, SystemEvent]]:
    """One-to-one pairs, best role agreement first (then text order)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, event in enumerate(system):
        by_article[event.article].append(index)
    candidates = []
    for g_index, g in enumerate(gold):
        types = set(compatible.get(g.type, (g.type,))) if compatible else {g.type}
        for s_index in by_article.get(g.article, []):
            s = system[s_index]
            if s.type in types and any(overlaps(a, b) for a in g.spans for b in s.spans):
                candidates.append((-role_hits(g, s), g_index, s_index))
    pairs, used_gold, used_system = [], set(), set()
    for _, g_index, s_index in sorted(candidates):
        if g_index in used_gold or s_index in used_system:
            continue
        used_gold.add(g_index)
        used_system.add(s_index)
        pairs.append((gold[g_index], system[s_index]))
    return pairs


# --- scores ----------------------------------------------------------------------------

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1


@dataclass
class Report:
    events: PRF = field(default_factory=PRF)
    arguments: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    roles: Ratio = field(default_factory=Ratio)
    dates: Ratio = field(default_factory=Ratio)
    status: Ratio = field(default_factory=Ratio)
    per_type: dict[str, dict[str, object]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)

    def argument_total(self) -> PRF:
        total = PRF()
        for prf in self.arguments.values():
            total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
        return total

    def summary(self) -> dict[str, object]:
        return {
            "event": self.events.as_dict(),
            "arguments": self.argument_total().as_dict(),
            "arguments_by_role": {r: p.as_dict() for r, p in sorted(self.arguments.items())},
            "role_accuracy": round(self.roles.value, 4),
            "date_accuracy": round(self.dates.value, 4),
            "status_accuracy": round(self.status.value, 4),
            "matched": self.events.tp, "dated": self.dates.total,
        }


def argument_counts(gold_roles: Mapping[str, list[str]],
                    system_roles: Mapping[str, list[list[str]]],
                    report: Report) -> tuple[bool, list[str]]:
    """Count argument hits of one matched pair; return (all roles right, error labels)."""
    right, errors = True, []
    used: set[tuple[str, int]] = set()
    for role, values in gold_roles.items():
        for value in values:
            found = next((i for i, names in enumerate(system_roles.get(role, []))
                          if (role, i) not in used and names_match(value, names)), None)
            if found is None:
                report.arguments[role].fn += 1
                right = False
                elsewhere = next((r for r, lists in system_roles.items() if r != role
                                  and any(names_match(value, n) for n in lists)), None)
                errors.append(f"{role} given as {elsewhere}" if elsewhere else f"missed {role}")
            else:
                used.add((role, found))
                report.arguments[role].tp += 1
    for role, lists in system_roles.items():
        for index in range(len(lists)):
            if (role, index) not in used:
                report.arguments[role].fp += 1
                right = False
                errors.append(f"wrong {role}")
    return right, errors


def date_right(gold: GoldTime, system: SystemEvent) -> bool:
    if gold.on_or_before:
        if system.on_or_before:
            return system.on_or_before[: len(gold.on_or_before)] == gold.on_or_before or \
                (len(gold.on_or_before) == 7 and system.on_or_before.startswith(gold.on_or_before))
        return False
    if system.on_or_before or not system.time_value:
        return False
    value = system.time_value
    if gold.precision == "week":
        # A part of the week ("2024-W41-WE", its weekend) lies inside it.
        return value == gold.value or value.startswith(gold.value + "-") or \
            week_of(value) == gold.value
    return value[: len(gold.value)] == gold.value and len(value) >= len(gold.value)


def week_of(value: str) -> str:
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return ""
    return f"{year}-W{week:02d}"


def score(gold: Sequence[GoldEvent], system: Sequence[SystemEvent],
          compatible: Compatible | None = None, system_types: Iterable[str] | None = None,
          score_time: bool = True) -> Report:
    """Score ``system`` against ``gold``. ``system_types`` limits the system events counted
    (SmartData annotates only some types; the others are neither right nor wrong there)."""
    if system_types is not None:
        keep = set(system_types)
        system = [s for s in system if s.type in keep]
    report = Report()
    pairs = match_events(gold, system, compatible)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    type_counts: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        type_counts[g.type]["gold"] += 1
    for s in system:
        type_counts[s.type]["system"] += 1
    for g, s in pairs:
        type_counts[g.type]["matched"] += 1
        ok, errors = argument_counts(g.roles, s.roles, report)
        if g.place or s.place:
            # The place is scored as an argument but is not a role of role accuracy.
            _, place_errors = argument_counts({PLACE: g.place}, {PLACE: s.place}, report)
            errors += place_errors
        report.roles.add(ok)
        type_counts[g.type]["roles_right"] += ok
        for error in errors:
            report.errors[f"{g.type}: {error}"] += 1
        if score_time and g.time is not None:
            right = date_right(g.time, s)
            report.dates.add(right)
            type_counts[g.type]["dated"] += 1
            type_counts[g.type]["dates_right"] += right
            if not right:
                report.errors[date_error(g.time, s)] += 1
        if score_time:
            report.status.add(g.status == s.status)
            if g.status != s.status:
                report.errors[f"status {g.status} given as {s.status}"] += 1
    for g in gold:
        if id(g) not in matched_gold:
            report.events.fn += 1
            for role, values in g.roles.items():
                report.arguments[role].fn += len(values)
            if g.place:
                report.arguments[PLACE].fn += len(g.place)
            report.errors[missed_label(g, system)] += 1
    for s in system:
        if id(s) not in matched_system:
            report.events.fp += 1
            for role, lists in s.roles.items():
                report.arguments[role].fp += len(lists)
            report.arguments[PLACE].fp += len(s.place)
            report.errors[f"spurious {s.type}"] += 1
    report.events.tp = len(pairs)
    report.per_type = per_type_table(type_counts)
    return report


def missed_label(gold: GoldEvent, system: Sequence[SystemEvent]) -> str:
    """A missed event whose sentence holds a system event of another type is a confusion."""
    for s in system:
        if s.article == gold.article and s.type != gold.type and \
                any(overlaps(a, b) for a in gold.spans for b in s.spans):
            return f"{gold.type} typed as {s.type}"
    return f"missed {gold.type}"


def date_error(gold: GoldTime, system: SystemEvent) -> str:
    if gold.on_or_before:
        if system.time_value:
            return "date: a value where only on-or-before is known"
        return "date: no on-or-before bound"
    if not system.time_value and not system.on_or_before:
        return f"date: none given (gold {gold.precision})"
    if system.on_or_before:
        return f"date: only on-or-before (gold {gold.precision})"
    return f"date: wrong value (gold {gold.precision})"


def per_type_table(counts: Mapping[str, Counter]) -> dict[str, dict[str, object]]:
    table = {}
    for event_type in sorted(counts):
        c = counts[event_type]
        prf = PRF(c["matched"], c["system"] - c["matched"], c["gold"] - c["matched"])
        table[event_type] = {
            "gold": c["gold"], "system": c["system"], "matched": c["matched"],
            "p": round(prf.precision, 4), "r": round(prf.recall, 4), "f1": round(prf.f1, 4),
            "role_accuracy": round(c["roles_right"] / c["matched"], 4) if c["matched"] else None,
            "date_accuracy": round(c["dates_right"] / c["dated"], 4) if c["dated"] else None,
        }
    return table


# --- the development set ---------------------------------------------------------------

def dev_articles(path: Path = DEV_DIR / "articles.jsonl"):
    """The dev set read by graphkit's own ingest, and graphkit id -> benchmark id."""
    from graphkit.ingest import article_id_for, read_articles

    articles, skipped = read_articles([path])
    if skipped:
        raise ValueError(f"{path}: unreadable lines: {[s.reason for s in skipped]}")
    ids = {article_id_for(path, number): record["id"]
           for number, record in enumerate(load_jsonl(path), start=1)}
    return articles, ids


def score_dev(graph, ids: Mapping[str, str], gold: list[GoldEvent] | None = None) -> Report:
    gold = load_gold() if gold is None else gold
    texts = {ids.get(a.id, a.id): a.text for a in graph.articles}
    missing = set_gold_spans(gold, texts)
    if missing:
        raise ValueError(f"gold sentences not found in the articles: {missing[:5]}")
    return score(gold, system_events(graph, ids))


# --- DFKI SmartData v3 --------------------------------------------------------------------

POSITION = "Position"    # a post held (graphkit's positions), not an event type

# SmartData relation -> (graphkit event type, {SmartData role: graphkit role}). Roles not
# listed (dates, numbers, "direction", a merger's "new" company) are not scored; location,
# start_loc and end_loc are the event's place.
SMARTDATA_MAPPING: dict[str, tuple[str, dict[str, str]]] = {
    "Acquisition": ("Acquisition", {"buyer": "buyer", "acquired": "acquired",
                                    "seller": "seller"}),
    "Merger": ("Merger", {"old": "participant"}),
    "SpinOff": ("SpinOff", {"parent": "parent", "child": "spun_off"}),
    "Insolvency": ("Insolvency", {"company": "company"}),
    "Layoffs": ("Layoffs", {"company": "company"}),
    "Strike": ("Strike", {"company": "employer", "union": "agent", "striker": "agent"}),
    # SmartData marks who leads what (mostly a state, "Facebook-Chef Zuckerberg"): graphkit's
    # positions (posts held) answer it, and its position-change events count too
    # (SMARTDATA_COMPATIBLE).
    "OrganizationLeadership": (POSITION, {"person": "person", "organization": "organisation",
                                          "position": "office"}),
    "Disaster": ("Disaster", {"victims": "victim"}),
    "Accident": ("Accident", {"victims": "victim"}),
}
SMARTDATA_PLACE_ROLES = {"location", "start_loc", "end_loc"}
# A disaster's "type" argument ("Erdbeben") is the word that states it: its trigger.
SMARTDATA_TRIGGER_ROLES = {"trigger", "type"}
SMARTDATA_COMPATIBLE = {POSITION: (POSITION, "Appointment", "Resignation", "Dismissal")}
SMARTDATA_SYSTEM_TYPES = {t for t, _ in SMARTDATA_MAPPING.values()} | {
    "Appointment", "Resignation", "Dismissal"}


def avro_list(value) -> list:
    """SmartData's JSON keeps Avro's union wrappers: ``{"array": [...]}`` or a plain list."""
    if value is None:
        return []
    return value.get("array", []) if isinstance(value, dict) else list(value)


def avro_string(value) -> str:
    return value.get("string", "") if isinstance(value, dict) else (value or "")


def read_smartdata(path: Path) -> list[dict]:
    """The corpus files hold pretty-printed JSON objects one after another."""
    import gzip

    text = gzip.open(path, "rt", encoding="utf-8").read()
    decoder, objects, position = json.JSONDecoder(), [], 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return objects
        obj, position = decoder.raw_decode(text, position)
        objects.append(obj)


def smartdata_gold(doc: dict, article_id: str) -> list[GoldEvent]:
    text = avro_string(doc.get("text"))
    events = []
    for number, relation in enumerate(avro_list(doc.get("relationMentions"))):
        if relation["name"] not in SMARTDATA_MAPPING:
            continue
        event_type, role_map = SMARTDATA_MAPPING[relation["name"]]
        roles: dict[str, list[str]] = defaultdict(list)
        places, triggers = [], []
        for argument in avro_list(relation.get("args")):
            mention = argument["conceptMention"]
            span = (mention["span"]["start"], mention["span"]["end"])
            words = text[span[0]:span[1]]
            if argument["role"] in SMARTDATA_TRIGGER_ROLES:
                triggers.append(span)
            elif argument["role"] in SMARTDATA_PLACE_ROLES:
                places.append(words)
            elif argument["role"] in role_map:
                roles[role_map[argument["role"]]].append(words)
        whole = (relation["span"]["start"], relation["span"]["end"])
        events.append(GoldEvent(
            article=article_id, id=f"{article_id}-{number}", type=event_type,
            sentences=[text[whole[0]:whole[1]]], trigger=[text[a:b] for a, b in triggers],
            roles=dict(roles), place=places, time=None, status="happened",
            spans=triggers or [whole],
        ))
    return events


def smartdata_date(doc: dict) -> date | None:
    """The document's date; tweets carry their id in ``date``, so take the crawl time."""
    attributes = (doc.get("attributes") or {}).get("map") or {}
    for stamp in (avro_string(doc.get("date")), attributes.get("crawlTimestamp", "")):
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            continue
    return None


def smartdata_articles(docs: Sequence[dict], source: str = "smartdata/v3/test.json.gz"):
    """graphkit ``Article``s with SmartData's text unchanged, so offsets stay valid."""
    from graphkit.model import DATE_FROM_METADATA, Article, PublicationDate

    articles = []
    for index, doc in enumerate(docs):
        text = avro_string(doc.get("text"))
        day = smartdata_date(doc)
        published = PublicationDate(day, DATE_FROM_METADATA, "SmartData date") if day else None
        articles.append(Article(
            id=f"smartdata-{index:03d}", path=source,
            title=text.split("\n", 1)[0].strip()[:200], text=text,
            url=avro_string(doc.get("uri")) or None, published=published,
        ))
    return articles


def score_smartdata(graph, docs: Sequence[dict]) -> Report:
    gold = [g for index, doc in enumerate(docs)
            for g in smartdata_gold(doc, f"smartdata-{index:03d}")]
    system = system_events(graph, use_triggers=True) + system_positions(graph)
    return score(gold, system, compatible=SMARTDATA_COMPATIBLE,
                 system_types=SMARTDATA_SYSTEM_TYPES, score_time=False)


# --- floors (the evaluation gate) -------------------------------------------------------

def headline(summary: Mapping) -> dict[str, float]:
    """The numbers the floors file pins, by the names it uses."""
    numbers = {"event_f1": summary["event"]["f1"], "argument_f1": summary["arguments"]["f1"],
               "role_accuracy": summary["role_accuracy"]}
    if summary.get("dated"):
        numbers["date_accuracy"] = summary["date_accuracy"]
        numbers["status_accuracy"] = summary["status_accuracy"]
    return numbers


def below_floors(summary: Mapping, floors: Mapping[str, float]) -> list[str]:
    measured = headline(summary)
    return [f"{name} {measured.get(name, 0.0):.4f} < floor {floor:.4f}"
            for name, floor in sorted(floors.items())
            if not name.startswith("_") and measured.get(name, 0.0) + 1e-9 < floor]
