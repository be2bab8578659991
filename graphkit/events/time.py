"""A date for every event: its own time, else its clause's, else the reference time of
its narrative (see ``carry_narrative_times``), else the article's date as an upper bound
(the event is reported, so it happened on or before publication)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from graphkit.events.lexicon import function_words
from graphkit.events.statement_places import absent_from_scene, said_at_scene
from graphkit.model import (
    ACCUSATION,
    AWARD,
    CANCELLED,
    DAY,
    HAPPENED,
    MATCH,
    MONTH,
    ON_OR_BEFORE,
    PER,
    PLANNED,
    REPORTED,
    SPEAKER,
    STATEMENT,
    THREAT,
    EventMention,
    PublicationDate,
    TimeValue,
    Timex,
    Token,
)
from graphkit.temporal.resolve import resolve_spec
from graphkit.temporal.tense import FUTURE, PRESENT, tense_of
from graphkit.temporal.values import date_value, month_value, parse_partial_date, year_value

PUBLICATION_ANCHOR = "publication"
PLUPERFECT_AUXILIARIES = frozenset(function_words()["pluperfect_auxiliaries"])
JUST_BEFORE_ADVERBS = frozenset(function_words()["just_before_adverbs"])
DURATION_NOUNS = frozenset(function_words()["duration_nouns"])
PERIOD_PREPOSITIONS = tuple(function_words()["period_prepositions"])
CLAUSE_MARKS = tuple(function_words()["clause_breaks"])
BOTH_SIDES = tuple(function_words()["both_sides_phrases"])
COPULA_PRESENT = frozenset(("ist", "sind"))
NARRATIVE_ANCHOR = "narrative"
# The day an ongoing activity began ("protestieren seit einer Woche"): it sets no scene.
ONSET_ANCHOR = "onset"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# How far the text scans around an offset for its clause or the word before it: a bound
# keeps each look constant in a run-on text without punctuation.
CLAUSE_WINDOW = 400
WORD_WINDOW = 60
# Speech acts: what answers an event (comment, criticism, threat) is told by them.
REACTION_TYPES = frozenset((STATEMENT, ACCUSATION, THREAT))
REACTION_ANCHOR = "reaction"
# A contest or ceremony has several results on one occasion (the stage and the race, the
# prizes of one evening).
CONTEST_TYPES = frozenset((AWARD, MATCH))
# A bare weekday ("am Dienstag", "Dienstagabend"), not one named "letzten"/"nächsten" or
# of another week.
BARE_WEEKDAY = re.compile(r"WD\d(@\w+)?")


def on_or_before(published: date) -> TimeValue:
    return TimeValue(value=published.isoformat(), precision=DAY, begin=None, end=published,
                     mod=ON_OR_BEFORE)


def publication_bound(mention: EventMention, published: date | None) -> Timex | None:
    """The article's date as an upper bound, for an event that happened (or is reported)
    and has no time of its own, and for one called off or failed ("Die Fusion ist
    gescheitert": the calling off lies before the report); a planned one has none."""
    if published is None or mention.status not in (HAPPENED, REPORTED, CANCELLED):
        return None
    start = mention.sentence.start
    return Timex(start=start, end=start, text="", type="DATE", time=on_or_before(published),
                 anchor=PUBLICATION_ANCHOR)


def after_publication(mentions: list[EventMention], published: PublicationDate | None) -> None:
    """An event told as happened cannot lie after the article's date. In the present tense
    with a later time of its own it is scheduled ("Sie übernimmt das Amt am 1. Oktober"):
    planned. Told in the past tense, the later time is a misreading (a narrative time
    carried from a plan, a weekday resolved the wrong way): it is dropped, and the
    publication bound takes its place. An inferred publication date decides nothing."""
    if published is None or published.inferred:
        return
    last = published.last
    for mention in mentions:
        time = mention.time.time if mention.time is not None else None
        if mention.status != HAPPENED or time is None or time.begin is None \
                or time.on_or_before or time.begin <= last:
            continue
        if narrates_past(mention) or mention.time.anchor == NARRATIVE_ANCHOR:
            mention.time = None
        else:
            mention.status = PLANNED


def schedule_present_weekday(mention: EventMention, clause: Sequence[Token],
                             published: date | None) -> None:
    """'Spanien trifft am Dienstag auf Frankreich': German news tells past events in the
    Präteritum or Perfekt; an event whose clause (``clause``: its tokens) has a finite verb
    in the present tense and none in the past, with a bare weekday of its own, is
    scheduled, on the next such weekday, not on the one earlier in the week."""
    timex = mention.time
    if published is None or timex is None or mention.status != HAPPENED \
            or timex.direction != PRESENT or not BARE_WEEKDAY.fullmatch(timex.relative) \
            or timex.time.begin is None or timex.time.begin >= published:
        return
    tenses = {feature for token in clause if "VerbForm=Fin" in token.morph
              for feature in token.morph.split("|") if feature.startswith("Tense=")}
    if tenses != {"Tense=Pres"} or tense_of(
            mention.sentence.text, mention.trigger.start - mention.sentence.start) != PRESENT:
        return
    ahead = resolve_spec(timex.relative, published, FUTURE, timex.mod)
    if ahead is not None:
        mention.time = replace(timex, time=ahead, direction=FUTURE)
        mention.status = PLANNED


def deadline_as_target(mention: EventMention) -> None:
    """'Bis 2030 sollen 35.000 Stellen abgebaut werden': the deadline of a planned event
    ("bis" with no start, value "../2030") is when it is to be done, at its precision."""
    timex = mention.time
    if timex is None or mention.status != PLANNED or not timex.time.value.startswith("../"):
        return
    parsed = parse_partial_date(timex.time.value[3:])
    if parsed is None:
        return
    day, precision = parsed
    target = {DAY: date_value(day), MONTH: month_value(day.year, day.month)}.get(
        precision) or year_value(day.year)
    mention.time = replace(timex, time=target)


def bound_undated(mentions: list[EventMention], published: date | None) -> None:
    """The publication bound for each event without a time, or with only a vague past
    ("wenige Wochen zuvor", "kürzlich": no calendar value), which says no more than it."""
    for mention in mentions:
        if mention.time is None or is_vague_past(mention.time):
            mention.time = publication_bound(mention, published) or mention.time


def is_vague_past(timex: Timex) -> bool:
    return timex.time.value == "PAST_REF" and timex.time.begin is None


# --- the reference time of a narrative ------------------------------------------------------

def paragraph_ends(text: str) -> list[int]:
    """Where each paragraph break (a blank line) ends, in order."""
    return [m.end() for m in PARAGRAPH_BREAK.finditer(text)]


def paragraph_of(text: str, offset: int, ends: list[int] | None = None) -> int:
    """Index of the paragraph (blank-line separated block) that holds ``offset``; pass
    ``paragraph_ends(text)`` when asking for many offsets of one text."""
    return bisect_right(paragraph_ends(text) if ends is None else ends, offset)


def is_reference_time(mention: EventMention, published: date | None) -> bool:
    """A day (or finer) that the text itself gives a past event: it can set the scene for
    the sentences that follow. Plans (also an announced event: "rief zu Protesten am
    Samstag auf"), reports and times after publication set none."""
    timex = mention.time
    if timex is None or mention.status != HAPPENED or timex.anchor in (NARRATIVE_ANCHOR,
                                                                        ONSET_ANCHOR):
        return False
    return is_past_day(timex, published)


def narrates_past(mention: EventMention) -> bool:
    """A past-tense statement of a past event (Präteritum or Perfekt): German news tells
    the events of one occasion in the past tense after the sentence that dates them."""
    if mention.status != HAPPENED:
        return False
    sentence = mention.sentence
    return tense_of(sentence.text, mention.trigger.start - sentence.start) == "past"


def told_before_narrative(mention: EventMention) -> bool:
    """The Plusquamperfekt ("hatte … vorgeworfen") tells what came before the narrative's
    reference time: the event of its verb does not take that time (a noun of the clause
    may name the occasion itself: "Zu der Kundgebung hatte der Verband aufgerufen")."""
    return in_pluperfect(mention) and not just_before(trigger_clause(mention))


def trigger_clause(mention: EventMention) -> str:
    """The comma clause of the mention's trigger."""
    sentence = mention.sentence
    offset = mention.trigger.start - sentence.start
    text = sentence.text
    start = max(text.rfind(mark, 0, offset) for mark in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(mark, offset) for mark in CLAUSE_MARKS) if i >= 0]
    return text[start:min(ends, default=len(text))]


def in_pluperfect(mention: EventMention) -> bool:
    """A verb trigger whose clause has a Präteritum of haben or sein: a Plusquamperfekt."""
    if mention.trigger.text[:1].isupper():
        return False
    return any(word in PLUPERFECT_AUXILIARIES for word in trigger_clause(mention).lower().split())


def just_before(clause: str) -> bool:
    """'Zuvor waren die Spitzen zusammengekommen', 'hatte die Sparte zuvor abgespalten': an
    unmeasured 'zuvor' puts the event right before the narrative's time, on its day ('wenige
    Wochen zuvor' is a time of its own)."""
    words = clause.split()
    for index, word in enumerate(words):
        if word.strip(",.").lower() in JUST_BEFORE_ADVERBS:
            before = words[index - 1] if index > 0 else ""
            return before not in DURATION_NOUNS
    return False


def announced_anywhere(mention: EventMention) -> bool:
    """A statement with no person speaking ("teilte die Behörde mit", "die Polizei sprach
    von …") is a release: made wherever its issuer sits, at a time the report does not tie
    to the occasion it tells. Neither the dateline's city nor the narrative's day is its."""
    return mention.type == STATEMENT and not any(
        actor.label == PER for actor, role in mention.actors if role == SPEAKER)


def in_occasion(mention: EventMention, paragraph: int, occasions: frozenset[int]) -> bool:
    """A verb of a paragraph told from the reported occasion (``occasions``; a noun names
    an event of any time: "mit Blick auf die Wahl")."""
    return paragraph in occasions and not mention.trigger.text[:1].isupper()


def speaks_from_lead(mention: EventMention, lead_names: frozenset[str]) -> bool:
    """A statement by someone the lead names: the protagonists' words are reported from
    the occasion the lead dates ("a quotation's day from the lead"). Its speaker, not its
    addressee: "X gratulierte Trump" is no word of the lead's Trump."""
    return mention.type == STATEMENT and any(
        actor.text.split()[-1] in lead_names for actor, role in mention.actors
        if role == SPEAKER)


def by_both_sides(mention: EventMention) -> bool:
    """'Beide Seiten unterzeichneten Vereinbarungen': the clause of the event refers back to
    the two parties of the lead's occasion."""
    clause = trigger_clause(mention).lower()
    return any(phrase in clause for phrase in BOTH_SIDES)


def carry_narrative_times(mentions: list[EventMention], text: str, first_body: int,
                          published: date | None,
                          lead_names: frozenset[str] = frozenset(),
                          timexes: Sequence[Timex] = (),
                          occasions: frozenset[int] = frozenset(),
                          onsets: Sequence[Timex] = ()) -> Timex | None:
    """Give an undated past-tense event the reference time of its narrative.

    News German states an occasion's day once ("am Mittwochabend") and tells its further
    events in the past tense without repeating it. The reference time is the latest day
    given earlier in the same paragraph, by an event or by a time expression of a past
    clause that no event took ("billigten die Strafmaßnahmen am Montag"); in the lead
    (the first paragraph after the title) it is the lead's day even when stated later ("X
    hat Y entlassen. Das teilte X am Mittwoch mit."). A new paragraph without a day of its
    own starts no narrative: its events keep only the upper bound (measured on the dev
    set: carrying the lead's day into later paragraphs dates more events wrongly than
    rightly), except the statements of people the lead names (``lead_names``, last words
    of its names) and the verbs of a paragraph that refers back to the occasion
    (``occasions``: "nach dem Abpfiff", "in der Debatte"). A lead without a day takes
    the day a state it reports began (``onsets``: "ist seit Freitag an der Börse").
    Releases (no person speaking) and verbs in the Plusquamperfekt take no narrative
    day; a statement dated by an event of its paragraph is placed at that event's place.
    Returns the lead's day.
    """
    ends = paragraph_ends(text)
    free = free_references(mentions, timexes, text, published)
    steps = sorted([(m.trigger.start, 1, m, None) for m in mentions]
                   + [(t.start, 0, None, t) for t in free], key=lambda s: (s[0], s[1]))
    offsets = [s[0] for s in steps]
    lead_time = lead_day(mentions, free, onsets, text, first_body, published)
    current: Timex | None = None
    scene: EventMention | None = None     # the event that set ``current``, if one did
    current_paragraph = -1
    for offset, _, mention, timex in steps:
        paragraph = paragraph_of(text, offset, ends)
        if paragraph != current_paragraph:
            current, scene, current_paragraph = None, None, paragraph
        if timex is not None or is_reference_time(mention, published):
            current, scene = timex or mention.time, mention
            continue
        if mention.time is not None or not narrates_past(mention) \
                or announced_anywhere(mention) or told_before_narrative(mention):
            continue
        from_lead = paragraph == first_body or in_occasion(mention, paragraph, occasions) \
            or speaks_from_lead(mention, lead_names) or by_both_sides(mention)
        if current is not None and scene is not None and mention.type == STATEMENT \
                and absent_from_scene(mention, scene):
            continue    # said elsewhere, at a time the scene does not tell
        carried = current or (lead_time if from_lead else None) \
            or told_next(mention, steps, offsets, text, ends)
        if carried is not None:
            mention.time = replace(carried, anchor=NARRATIVE_ANCHOR)
        if carried is current and scene is not None and mention.place is None \
                and mention.type == STATEMENT and said_at_scene(mention, scene):
            # Words told after the occasion's event in its paragraph were said at its place.
            mention.place = scene.place
    return lead_time


def date_reactions_on_publication_day(mentions: list[EventMention], text: str,
                                     lead_time: Timex | None,
                                     published: PublicationDate | None) -> None:
    """A reaction to the lead's occasion (a comment, criticism or threat told in the past
    tense after it, with no time of its own) came after the occasion and before the report:
    when the lead dates its occasion on the publication day, the reaction happened that day
    too. A paragraph whose narrative an earlier event dates to another time (not in the
    Plusquamperfekt, which tells background) is not about the lead's occasion."""
    if lead_time is None or published is None or published.inferred \
            or published.precision != DAY or lead_time.time.begin != published.value:
        return
    scenes = DatedScenes(mentions, text, paragraph_ends(text))
    other_day = first_other_day(mentions, published.value)
    day = Timex(start=lead_time.start, end=lead_time.end, text=lead_time.text, type="DATE",
                time=date_value(published.value), anchor=REACTION_ANCHOR)
    for mention in mentions:
        if mention.time is None and mention.type in REACTION_TYPES \
                and lead_time.end < mention.trigger.start < other_day \
                and narrates_past(mention) \
                and not told_before_narrative(mention) \
                and not scene_elsewhere(mention, scenes, published.value):
            mention.time = day
            scenes.add(mention)


def first_other_day(mentions: list[EventMention], published: date) -> int:
    """Where the article first tells an event of another past day than the publication day
    (not background in the Plusquamperfekt, no statement, no onset): a reaction after it
    may answer that event ("Das teilten die Behörden am Donnerstag mit. ¶ Die Maschine
    stieß am Mittwochabend zusammen. ¶ X sprach von einer Tragödie.")."""
    starts = [m.trigger.start for m in mentions if m.time is not None
              and m.status == HAPPENED and m.type not in REACTION_TYPES
              and m.time.anchor != ONSET_ANCHOR and m.time.time.precision == DAY
              and m.time.time.begin is not None and m.time.time.begin < published
              and not m.time.time.on_or_before and not told_before_narrative(m)]
    return min(starts, default=sys.maxsize)


def sets_scene(mention: EventMention) -> bool:
    """A dated event that happened (not only bounded, not Plusquamperfekt background): what
    follows in its paragraph is told at its time."""
    return mention.time is not None and mention.status == HAPPENED \
        and not mention.time.time.on_or_before and not told_before_narrative(mention)


class DatedScenes:
    """The events that set a scene, per paragraph in the order of their triggers: the
    nearest one before a mention is found by bisection (a scan of all events per mention
    was quadratic). Events dated while a pass runs are added as it dates them."""

    def __init__(self, mentions: list[EventMention], text: str, ends: list[int]) -> None:
        self.text, self.ends = text, ends
        self.starts: dict[int, list[int]] = defaultdict(list)
        self.events: dict[int, list[EventMention]] = defaultdict(list)
        for mention in mentions:
            self.add(mention)

    def add(self, mention: EventMention) -> None:
        if not sets_scene(mention):
            return
        paragraph = paragraph_of(self.text, mention.trigger.start, self.ends)
        starts = self.starts[paragraph]
        at = bisect_right(starts, mention.trigger.start)
        starts.insert(at, mention.trigger.start)
        self.events[paragraph].insert(at, mention)

    def nearest_before(self, mention: EventMention) -> EventMention | None:
        """The scene-setting event of the mention's paragraph whose trigger comes last
        before the mention's (the first of several at one offset)."""
        paragraph = paragraph_of(self.text, mention.trigger.start, self.ends)
        starts = self.starts.get(paragraph, [])
        at = bisect_left(starts, mention.trigger.start)
        if not at:
            return None
        return self.events[paragraph][bisect_left(starts, starts[at - 1])]


def scene_elsewhere(mention: EventMention, scenes: DatedScenes, published: date) -> bool:
    """The nearest earlier dated event of the mention's paragraph (not background in the
    Plusquamperfekt) lies at another time than the publication day."""
    nearest = scenes.nearest_before(mention)
    if nearest is None:
        return False
    time = nearest.time.time  # type: ignore[union-attr]  (sets_scene: dated)
    return time.begin != published or time.precision != DAY


def date_contest_results(mentions: list[EventMention], text: str, first_body: int,
                         lead_time: Timex | None) -> None:
    """A lead that reports a contest or ceremony (a race won, a prize awarded) on its day
    tells its further matches later without repeating the day ("Die Schlussetappe gewann
    X."): an undated match told in the past tense takes the lead's day, unless an earlier
    event of its paragraph dates it elsewhere. (Prizes are left alone: a tournament's best
    player is not said to be chosen on the final's day.)"""
    if lead_time is None:
        return
    ends = paragraph_ends(text)
    contest = next((m for m in mentions if m.type in CONTEST_TYPES and m.time is lead_time
                    and paragraph_of(text, m.sentence.start, ends) == first_body), None)
    if contest is None:
        return
    begin = lead_time.time.begin
    # A further prize of the lead's own winner may restate the lead's result ("Pogačar
    # sicherte sich zudem …" beside "Pogačar hat die Tour gewonnen"): it keeps its bound.
    winners = {actor.text.split()[-1] for actor, _ in contest.actors}
    scenes = DatedScenes(mentions, text, ends)
    for mention in mentions:
        if mention.time is None and mention.type == MATCH \
                and not winners & {actor.text.split()[-1] for actor, _ in mention.actors} \
                and paragraph_of(text, mention.sentence.start, ends) > first_body \
                and narrates_past(mention) and not told_before_narrative(mention) \
                and begin is not None \
                and not scene_elsewhere(mention, scenes, begin):
            mention.time = replace(lead_time, anchor=NARRATIVE_ANCHOR)
            scenes.add(mention)


def refine_present_year(mentions: list[EventMention], text: str, first_body: int,
                        lead_time: Timex | None) -> None:
    """'Der Nobelpreis geht in diesem Jahr an X. Das gab die Akademie am Montag bekannt.':
    the present year names the round, not the occasion; a lead event that happened and
    has only it takes the lead's day within that year."""
    if lead_time is None or lead_time.time.begin is None:
        return
    ends = paragraph_ends(text)
    for mention in mentions:
        time = mention.time
        if time is not None and time.relative == "Y+0" and mention.status == HAPPENED \
                and time.time.begin is not None \
                and time.time.begin.year == lead_time.time.begin.year \
                and paragraph_of(text, mention.sentence.start, ends) == first_body:
            mention.time = replace(lead_time, anchor=NARRATIVE_ANCHOR)


def date_headline_events(mentions: list[EventMention], lead_time: Timex | None,
                         lead_sentence: tuple[int, int]) -> None:
    """The lead sentence (``lead_sentence``: its start and end) may state the outcome of the
    occasion the lead reports as a state in the present tense ("Spanien ist Europameister",
    "Merz ist neuer Bundeskanzler"): the event of its noun happened on the lead's day. A
    verb in the present tense ("treten zurück", "verkauft") may announce what is still to
    come, and keeps the upper bound."""
    if lead_time is None:
        return
    start, end = lead_sentence
    for mention in mentions:
        if mention.time is None and mention.status == HAPPENED \
                and start <= mention.sentence.start < end \
                and mention.trigger.text[:1].isupper() and stated_as_state(mention) \
                and not announced_anywhere(mention):
            mention.time = replace(lead_time, anchor=NARRATIVE_ANCHOR)


def date_title_events(mentions: list[EventMention], text: str, first_body: int) -> None:
    """A headline sums up the occasion its lead reports, undated ("Landwirte protestieren in
    Berlin"): an event told before the lead that happened and has no time takes the time
    of the lead paragraph's first happened event of its type."""
    ends = paragraph_ends(text)
    lead_times: dict[str, Timex] = {}
    for mention in mentions:
        if mention.time is not None and mention.status == HAPPENED \
                and paragraph_of(text, mention.sentence.start, ends) == first_body:
            lead_times.setdefault(mention.type, mention.time)
    for mention in mentions:
        if mention.time is None and mention.status == HAPPENED and mention.type in lead_times \
                and paragraph_of(text, mention.sentence.start, ends) < first_body:
            mention.time = replace(lead_times[mention.type], anchor=NARRATIVE_ANCHOR)


def stated_as_state(mention: EventMention) -> bool:
    """The trigger noun is the predicate of a present 'sein' before it in its clause ("ist
    zum dritten Mal Weltmeister", "ist neuer Kanzler"); a bare noun ("Streik bei …") is no
    state reached on the occasion."""
    text = mention.sentence.text
    offset = mention.trigger.start - mention.sentence.start
    start = max(text.rfind(mark, 0, offset) for mark in CLAUSE_MARKS) + 1
    return any(word in COPULA_PRESENT for word in text[start:offset].split())


def lead_day(mentions: list[EventMention], free: Sequence[Timex], onsets: Sequence[Timex],
             text: str, first_body: int, published: date | None) -> Timex | None:
    """The day of the lead's occasion: an event's day in the lead, else a day no event took,
    else the day of a release ("…, wie die Behörde am Freitag mitteilte": when it was
    issued, which dates the occasion only where the lead gives no other day), else the day
    a state began, else the first day a person's past event takes in the next paragraph (a
    lead without a day leaves it to the paragraph that tells the occasion on: "X ist in
    Berlin eingetroffen. ¶ Y empfing den Gast am Freitagmorgen …")."""
    ends = paragraph_ends(text)
    in_lead = [m for m in mentions if paragraph_of(text, m.sentence.start, ends) == first_body
               and is_reference_time(m, published)]
    # A statement's day dates the report of the occasion ("Einer der Männer wurde am
    # Samstagabend gefasst. Das bestätigte X am Sonntag."), where the lead gives another.
    return next((m.time for m in in_lead if m.type != STATEMENT), None) or next(
        (t for t in free if paragraph_of(text, t.start, ends) == first_body), None) or next(
        (m.time for m in in_lead if not announced_anywhere(m)), None) or next(
        (m.time for m in in_lead), None) or next(
        (t for t in onsets if paragraph_of(text, t.start, ends) == first_body
         and is_past_day(t, published)), None) or next(
        (m.time for m in mentions if paragraph_of(text, m.sentence.start, ends) == first_body + 1
         and is_reference_time(m, published) and not announced_anywhere(m)), None)


def told_next(mention: EventMention, steps: list, offsets: list[int], text: str,
              ends: list[int]) -> Timex | None:
    """'Die Polizei hat X festgenommen. Sie wurde am Montag … gefasst.': a paragraph that
    opens its story undated and gives the day in the very next step, a day no event took,
    dates its first event by that day (``offsets``: the steps' sorted start offsets)."""
    following = bisect_right(offsets, mention.trigger.start)
    if following == len(steps) or steps[following][3] is None:
        return None
    timex = steps[following][3]
    same = paragraph_of(text, timex.start, ends) == paragraph_of(text, mention.trigger.start, ends)
    # A later sentence's Plusquamperfekt tells what came before the undated event.
    earlier = timex.start >= mention.sentence.end and pluperfect_at(text, timex.start)
    return timex if same and not earlier else None


def pluperfect_at(text: str, offset: int) -> bool:
    """The clause around ``offset`` is in the Plusquamperfekt ("Tusk hatte am Montag den
    Notstand ausgerufen"): its day lies before the events told before it, and dates none."""
    low, high = max(offset - CLAUSE_WINDOW, 0), offset + CLAUSE_WINDOW
    start = max(max(text.rfind(mark, low, offset) for mark in (*CLAUSE_MARKS, ".")) + 1, low)
    ends = [i for i in (text.find(mark, offset, high) for mark in (*CLAUSE_MARKS, ".")) if i >= 0]
    clause = text[start:min(ends, default=min(high, len(text)))]
    return any(word in PLUPERFECT_AUXILIARIES for word in clause.lower().split())


def free_references(mentions: list[EventMention], timexes: Sequence[Timex], text: str,
                    published: date | None) -> list[Timex]:
    """Days that no event took (``timexes`` are those of past clauses): they set the scene
    all the same."""
    taken = {(m.time.start, m.time.end) for m in mentions if m.time is not None}
    return [t for t in timexes if (t.start, t.end) not in taken and t.type in ("DATE", "TIME")
            and is_past_day(t, published) and not names_a_period(t, text)]


def names_a_period(timex: Timex, text: str) -> bool:
    """'Für Donnerstag kündigte er Aktionen an': a 'für' phrase names the day something is
    for, not a day the narrative is at."""
    before = text[max(timex.start - WORD_WINDOW, 0):timex.start].split()[-1:]
    return timex.text.lower().startswith(PERIOD_PREPOSITIONS) or \
        bool(before) and before[0].lower() in PERIOD_PREPOSITIONS


def is_past_day(timex: Timex, published: date | None) -> bool:
    time = timex.time
    if time.precision != DAY or time.begin is None or time.on_or_before or time.is_range:
        return False
    return timex.anchor != "unresolved" and (published is None or time.begin <= published)
